"""Everything that is true without a screen: tables, rules and services.

Nothing in this package imports Qt (tests/models/test_no_qt.py proves it).

Peewee (and playhouse.migrate, through playhouse.pool) imports every
PostgreSQL driver it can find at import time; psycopg alone costs about
200 ms, which a single-PC (SQLite) user would pay on every start.  So these
modules are imported with the drivers hidden, and ``models.db`` plugs psycopg
back in only when a ``postgresql://`` database is opened
(``models.db._enable_psycopg``).
"""
import importlib as _importlib
import sys as _sys

_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb", "mysql")


def import_without_drivers(name: str):
    """Import module ``name`` while database drivers that are not loaded yet stay hidden."""
    if name in _sys.modules:
        return _sys.modules[name]
    hidden = [d for d in _DRIVERS if d not in _sys.modules]
    for d in hidden:
        _sys.modules[d] = None  # makes "import psycopg" raise ImportError
    try:
        return _importlib.import_module(name)
    finally:
        for d in hidden:
            if _sys.modules.get(d, 0) is None:
                del _sys.modules[d]


import_without_drivers("peewee")
