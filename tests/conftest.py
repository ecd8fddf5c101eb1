"""Shared fixtures: a fresh database per test, on SQLite and on the real PostgreSQL server.

``make test`` starts a throwaway PostgreSQL cluster and exports
MEDIADESK_TEST_PG_URL.  Outside CI a missing server skips the PostgreSQL
half with a reason; in CI (CI=true) it fails the run, naming what is missing.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Screens are tested and timed as the app paints them: on the GUI thread alone.
from ui.app import serial_painting  # noqa: E402 - the standard library only

serial_painting()
# Keep every per-user file (QSettings, platformdirs data and logs) out of the
# tester's home: one private folder for the whole run.
# Removed when the run ends (each xdist worker has its own), so that runs do not pile
# folders up in the tester's /tmp.
_HOME = tempfile.mkdtemp(prefix="mediadesk-test-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
os.environ.setdefault("MPLCONFIGDIR", os.path.join(_HOME, "mpl"))
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(_HOME, "hypothesis"))

import pytest  # noqa: E402

PG_URL = os.environ.get("MEDIADESK_TEST_PG_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"

# The suite makes some 3,600 password hashes (every team fixture's people): at the cost the
# app uses (models.users.SCRYPT_COST, 170 ms a hash) they would take about ten minutes.
# Its tests hash at this lower cost instead; the tests of the cost itself, and every
# subprocess the tests start (main.py), use the app's.
QUICK_SCRYPT_COST = {"n": 2 ** 10, "r": 8, "p": 1}


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashes():
    from models import users

    saved = users._cost
    users._cost = QUICK_SCRYPT_COST
    yield
    users._cost = saved


@pytest.fixture
def app_password_cost(monkeypatch):
    """Passwords hashed at the cost the app uses (``models.users.SCRYPT_COST``)."""
    from models import users

    monkeypatch.setattr(users, "_cost", users.SCRYPT_COST)
    return users.SCRYPT_COST


@pytest.fixture
def pc_zone(monkeypatch):
    """``pc_zone("Europe/Berlin")``: this PC's clock in that zone for the test (TZ and
    time.tzset, which the app's local times read); the tester's own afterwards."""
    import time

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def need(what: str, available: bool) -> None:
    """Skip a test for a missing service locally; fail it in CI."""
    if available:
        return
    message = f"{what} is not available; run the suite with `make test`, which starts it"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The address of a fresh, empty database on each backend."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "mediadesk.db")
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(db_url):
    """A migrated, empty database on each backend, bound to the models."""
    from models import db as dbmod

    database = dbmod.connect(db_url)
    yield database
    dbmod.close()


@pytest.fixture
def sqlite_db(tmp_path):
    from models import db as dbmod

    database = dbmod.connect("sqlite:///" + str(tmp_path / "mediadesk.db"))
    yield database
    dbmod.close()


MANAGER_PASSWORD = "manager-pass-1"


@pytest.fixture
def manager(db):
    """The operations manager of a freshly set-up team (with RULES.md's platforms)."""
    from models import platforms, users

    return users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())


@pytest.fixture
def demo_url(tmp_path):
    """A freshly built demo database on SQLite (closed again, ready to open)."""
    from models import db as dbmod, demo

    url = "sqlite:///" + str(tmp_path / "demo.db")
    demo.build(url)
    dbmod.close()
    return url


# -- themes -----------------------------------------------------------------------------------

def contrast(a, b) -> float:
    """WCAG's contrast ratio of two QColors (1 to 21; text wants 4.5, icons 3)."""
    def luminance(c):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette():
    """A dark theme's palette, as Windows' or GNOME's dark mode gives Qt."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in ((role.Window, "#202020"), (role.WindowText, "#f0f0f0"),
                          (role.Base, "#2b2b2b"), (role.AlternateBase, "#323232"),
                          (role.Text, "#f0f0f0"), (role.Button, "#2d2d2d"),
                          (role.ButtonText, "#f0f0f0"), (role.Highlight, "#4cc2ff"),
                          (role.HighlightedText, "#000000"), (role.PlaceholderText, "#a0a0a0"),
                          (role.Mid, "#505050"), (role.Midlight, "#3c3c3c"),
                          (role.Link, "#99ebff")):
        palette.setColor(which, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    """The application in a light theme (Qt's default) and in a dark one, handed back."""
    saved = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(saved)
