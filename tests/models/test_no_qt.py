"""models/ imports no Qt at all, and a SQLite start never loads the PostgreSQL driver."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import models

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_importing_every_models_module_imports_no_qt():
    names = sorted(m.name for m in pkgutil.walk_packages(models.__path__, "models.")
                   if ".migrations." not in m.name)
    assert "models.users" in names and "models.db" in names
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'matplotlib')))")
    assert run(code) == "[]"


def test_opening_sqlite_does_not_import_psycopg(tmp_path):
    code = ("import sys\nfrom models import db, users\n"
            f"db.connect('sqlite:///{tmp_path}/x.db')\nusers.needs_setup()\n"
            "print('psycopg' in sys.modules, 'keyring' in sys.modules)")
    assert run(code) == "False False"


def test_peewee_still_speaks_postgres_after_the_lazy_driver_load():
    code = ("from models import db\nimport peewee\n"
            "db._enable_psycopg()\n"
            "d = peewee.PostgresqlDatabase('x', prefer_psycopg3=True)\n"
            "print(type(d._adapter).__name__, peewee.psycopg is not None)")
    assert run(code) == "Psycopg3Adapter True"
