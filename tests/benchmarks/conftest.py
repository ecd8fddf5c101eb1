"""Benchmarks run with `make bench`, never in `make test`. Each records rows for one table."""
from __future__ import annotations

import pytest

RESULTS: list[tuple[str, str, str, str]] = []


@pytest.fixture
def team_app(qapp):
    """The test's QApplication as the team sees MediaDesk: the app's font (with its CJK
    fallbacks) and the Simplified Chinese translation (longer texts, the CJK fallback
    font), so a screen is timed as it is used, not bare.  (The app's look needs no
    more: its few style sheets belong to the widgets, ui/style.py.)"""
    from PySide6.QtCore import QLocale

    from ui import app as ui_app
    from ui import i18n

    saved = qapp.font(), QLocale()
    i18n.install("zh_CN")
    ui_app.configure_font(qapp)
    yield qapp
    i18n.uninstall()
    QLocale.setDefault(saved[1])
    qapp.setFont(saved[0])


@pytest.fixture
def report():
    """report(name, measured, target, verdict) adds a row to the table printed at the end."""
    def add(name: str, measured: str, target: str, ok: bool) -> None:
        RESULTS.append((name, measured, target, "ok" if ok else "MISSED"))
    return add


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    widths = [max(len(r[i]) for r in RESULTS + [("benchmark", "measured", "target", "result")])
              for i in range(4)]
    tr = terminalreporter
    tr.section("MediaDesk benchmarks")
    header = ("benchmark", "measured", "target", "result")
    tr.write_line("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    tr.write_line("  ".join("-" * w for w in widths))
    for row in RESULTS:
        tr.write_line("  ".join(c.ljust(w) for c, w in zip(row, widths)))
