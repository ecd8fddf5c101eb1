"""Everything that is true without a screen: tables, rules and services.

Nothing in this package imports Qt (tests/models/test_no_qt.py proves it).

Peewee imports every PostgreSQL driver it can find when it is first imported;
psycopg alone costs about 200 ms, which a single-PC (SQLite) user would pay on
every start.  So peewee is imported here, once, with the drivers hidden, and
``models.db`` plugs psycopg back in only when a ``postgresql://`` database is
opened (see ``models.db._enable_psycopg``).
"""
import sys as _sys

if "peewee" not in _sys.modules:
    _hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb", "mysql")
               if name not in _sys.modules]
    for _name in _hidden:
        _sys.modules[_name] = None  # makes "import psycopg" raise ImportError
    try:
        import peewee as _peewee  # noqa: F401
    finally:
        for _name in _hidden:
            if _sys.modules.get(_name, 0) is None:
                del _sys.modules[_name]
