# MediaDesk developer tasks.
#
#   make run            create .venv if needed, install the app, start it with demo data
#   make test           run the test suite against a throwaway PostgreSQL + Secret Service
#   make test ARGS='-k vault -x'    extra pytest arguments (PYTEST_ARGS works too)
#   make bench          run tests/benchmarks in the same environment (prints a table)
#   make translations   refresh resources/i18n/mediadesk_zh_CN.ts and compile the .qm
#   make clean          remove build outputs and caches (keeps .venv)
#   make distclean      clean + remove .venv and test/benchmark data
#
# The virtualenv is only (re)installed when setup.cfg or pyproject.toml changed
# (stamp files inside .venv). See .ci/test-env.sh for the test environment.

SHELL := /bin/bash
.DELETE_ON_ERROR:
.DEFAULT_GOAL := help

PYTHON      ?= python3
VENV        ?= .venv
VPY         := $(VENV)/bin/python
PIP         := $(VPY) -m pip --disable-pip-version-check --no-input
ARGS        ?=
PYTEST_ARGS ?= $(ARGS)
RUN_ARGS    ?= --demo

RUN_STAMP  := $(VENV)/.installed-stamp
TEST_STAMP := $(VENV)/.installed-test-stamp
PKG_FILES  := setup.cfg $(wildcard pyproject.toml)

I18N_DIR      := resources/i18n
TS            := $(I18N_DIR)/mediadesk_zh_CN.ts
QM            := $(I18N_DIR)/mediadesk_zh_CN.qm
# English is the source; its catalogue holds only the plural forms ("1 post", "2 posts").
TS_EN         := $(I18N_DIR)/mediadesk_en.ts
QM_EN         := $(I18N_DIR)/mediadesk_en.qm
# Every .py file lupdate scans for tr()/translate() calls.
TR_SOURCES     = $(sort $(wildcard main.py) $(shell find models ui views -name '*.py' -not -path '*/__pycache__/*' 2>/dev/null))
# No source line numbers in the .ts, so unrelated code edits don't churn it.
LUPDATE_FLAGS ?= -locations none

.PHONY: help venv run test bench translations qm clean distclean

help:
	@sed -n '3,10s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

# --- virtualenv -------------------------------------------------------------

$(VPY):
	@echo "creating $(VENV) with $(PYTHON)"
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "error: '$(PYTHON) -m venv' failed (on Debian: apt-get install python3-venv)" >&2; exit 1; }

$(RUN_STAMP): $(PKG_FILES) | $(VPY)
	$(PIP) install -e .
	@touch $@

# [test] includes everything the plain install has, so it satisfies `run` too.
$(TEST_STAMP): $(PKG_FILES) | $(VPY)
	$(PIP) install -e '.[test]'
	@touch $@ $(RUN_STAMP)

venv: $(RUN_STAMP)

# --- tasks ------------------------------------------------------------------

run: $(RUN_STAMP)
	@bash .ci/system-deps.sh run
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
	  echo "note: no DISPLAY/WAYLAND_DISPLAY; try 'xvfb-run -a make run' or QT_QPA_PLATFORM=offscreen" >&2; fi
	$(VPY) main.py $(RUN_ARGS)

test: $(TEST_STAMP)
	bash .ci/test-env.sh $(VPY) -m pytest $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	bash .ci/test-env.sh $(VPY) -m pytest tests/benchmarks -p no:cacheprovider -s $(PYTEST_ARGS)

translations: $(RUN_STAMP)
	@mkdir -p $(I18N_DIR)
	$(VENV)/bin/pyside6-lupdate $(TR_SOURCES) -ts $(TS) -no-obsolete $(LUPDATE_FLAGS) -target-language zh_CN
	$(VENV)/bin/pyside6-lupdate $(TR_SOURCES) -ts $(TS_EN) -pluralonly -no-obsolete $(LUPDATE_FLAGS) -target-language en
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

# Compile the existing .ts only (no source scan).
qm: $(RUN_STAMP)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)
	$(VENV)/bin/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

clean:
	rm -rf build dist *.egg-info .pytest_cache
	find . -path ./$(VENV) -prune -o -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) .hypothesis bench-results
