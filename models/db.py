"""Opening the database: one PC's SQLite file, or a team's PostgreSQL server.

``connect(url)`` checks the database before it touches it (a file that is not
a database, a database from a newer MediaDesk, a folder it cannot write in, an
unreachable server), then runs the numbered migrations in
``models/migrations`` and binds every table to the one ``database`` proxy.
Nothing is written to a database that fails a check.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import peewee

from models.errors import DatabaseProblem
from models.i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_TABLE = "schema_migration"
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("synchronous", "normal"),
)
PG_CONNECT_TIMEOUT = 5

database = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


# -- addresses ---------------------------------------------------------------

class DbUrl(NamedTuple):
    """A parsed database address. ``display`` never shows a password."""

    scheme: str  # "sqlite" or "postgresql"
    path: str = ""  # sqlite file
    user: str = ""
    password: str = ""
    host: str = ""
    port: int | None = None
    dbname: str = ""

    @property
    def is_sqlite(self) -> bool:
        return self.scheme == "sqlite"

    @property
    def display(self) -> str:
        if self.is_sqlite:
            return self.path
        user = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{user}{self.host}{port}/{self.dbname}"


def default_url() -> str:
    """This PC's database file in the per-user data directory."""
    import platformdirs

    folder = platformdirs.user_data_path("MediaDesk", appauthor=False)
    return "sqlite:///" + str(folder / "mediadesk.db")


def _bad_url(url: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "\u201c{url}\u201d is not a database address MediaDesk understands. Use "
            "sqlite:///PATH/TO/FILE.db for a database on this PC or "
            "postgresql://USER@HOST:PORT/DATABASE for a team server."),
        url=url)


def parse_url(url: str) -> DbUrl:
    """Parse ``sqlite:///PATH`` or ``postgresql://user[:password]@host[:port]/dbname``."""
    url = (url or "").strip()
    if url.startswith("sqlite:///"):
        path = unquote(url[len("sqlite:///"):])
        if not path or path.endswith(("/", "\\")):
            raise _bad_url(url)
        # sqlite:////abs/path and sqlite:///C:/path are absolute; sqlite:///rel is relative.
        if not os.path.isabs(path) and not (len(path) > 1 and path[1] == ":"):
            path = os.path.abspath(path)
        return DbUrl("sqlite", path=os.path.normpath(path))
    if url.startswith(("postgresql://", "postgres://")):
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise _bad_url(url) from None
        dbname = unquote(parts.path.lstrip("/"))
        if not parts.hostname or not dbname or "/" in dbname or parts.query or parts.fragment:
            raise _bad_url(url)
        return DbUrl("postgresql", user=unquote(parts.username or ""),
                     password=unquote(parts.password or ""), host=parts.hostname,
                     port=port, dbname=dbname)
    raise _bad_url(url)


# -- checks before opening -----------------------------------------------------

def _migration_names() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def _newer_problem(where: str, unknown: set[str]) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {where} was last used by a newer version of MediaDesk (it holds "
            "changes this version does not know: {names}). Nothing was changed. Please install "
            "the newer version of MediaDesk."),
        where=where, names=", ".join(sorted(unknown)))


def _damaged(path: str, reason: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is damaged or cannot be read ({reason}). "
            "Nothing was changed. Restore it from a backup or choose another file."),
        path=path, reason=reason)


def _unwritable(folder: str, path: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "MediaDesk cannot write in the folder {folder}, where the database {path} is kept. "
            "Make the folder writable, or choose another database with --db or in the settings."),
        folder=folder, path=path)


def _sqlite_applied(path: str) -> set[str] | None:
    """The migrations applied to the SQLite file at ``path`` (None: no file, or an empty one).

    Reads only, through a read-only connection, so that nothing, not even the
    journal mode, changes before every check has passed.
    """
    p = Path(path)
    if not p.exists():
        return None
    if p.is_dir():
        raise _not_a_database(path)
    with open(p, "rb") as fh:
        header = fh.read(16)
    if not header:
        return None
    if header != b"SQLite format 3\x00":
        raise _not_a_database(path)
    try:
        ro = sqlite3.connect(f"{p.as_uri()}?mode=ro", uri=True)
        try:
            ro.execute("PRAGMA schema_version").fetchone()
            exists = ro.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                (MIGRATION_TABLE,)).fetchone()
            if not exists:
                return set()
            return {r[0] for r in ro.execute(f"SELECT name FROM {MIGRATION_TABLE}")}
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc


def _sqlite_writable(path: str, create_folder: bool) -> bool:
    p = Path(path)
    if p.exists():
        return os.access(p.parent, os.W_OK) and os.access(p, os.W_OK)
    if create_folder:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(p.parent, os.W_OK)
    ancestor = p.parent  # a check that creates nothing: the nearest folder that exists
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    return ancestor.is_dir() and os.access(ancestor, os.W_OK)


def _check_unknown(where: str, applied: set[str] | None) -> None:
    unknown = (applied or set()) - set(_migration_names())
    if unknown:
        raise _newer_problem(where, unknown)


def _check_sqlite_file(path: str) -> None:
    """Refuse a file that is not an SQLite database, a newer schema or an unwritable folder."""
    _check_unknown(path, _sqlite_applied(path))
    if not _sqlite_writable(path, create_folder=True):
        raise _unwritable(str(Path(path).parent), path)


def _not_a_database(path: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} is not a MediaDesk database. Nothing was changed. Choose another "
            "file, or a new file name to start a new database."),
        path=path)


# -- PostgreSQL driver, loaded only when a team server is opened ----------------

def _enable_psycopg() -> None:
    """Give peewee the psycopg driver that ``models/__init__`` kept from it at import."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError as exc:  # pragma: no cover - psycopg is a hard dependency
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The PostgreSQL driver (psycopg) is not installed, so a team database cannot be "
                "opened. Reinstall MediaDesk."),
        ) from exc
    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def _pg_params(u: DbUrl, application: str = "MediaDesk") -> dict:
    params = {"host": u.host, "connect_timeout": PG_CONNECT_TIMEOUT,
              "application_name": application}
    if u.port:
        params["port"] = u.port
    if u.user:
        params["user"] = u.user
    if u.password:
        params["password"] = u.password
    return params


def _unreachable(u: DbUrl, exc: Exception) -> DatabaseProblem:
    # The driver's text may quote the connection string; keep only its first line
    # and make sure no password can be in it.
    text = str(exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    if u.password:
        reason = reason.replace(u.password, "***")
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot connect to the team database {where}: {reason}. Check the address, that "
            "the server is running, and that this PC may connect to it."),
        where=u.display, reason=reason)


def _open_postgres(u: DbUrl) -> peewee.Database:
    _enable_psycopg()
    db = peewee.PostgresqlDatabase(u.dbname, prefer_psycopg3=True, **_pg_params(u))
    try:
        db.connect()
    except peewee.OperationalError as exc:
        raise _unreachable(u, exc) from None
    return db


def _pg_applied(u: DbUrl) -> set[str] | None:
    """The migrations applied on the server (None: an empty database); changes nothing."""
    import psycopg

    try:
        conn = psycopg.connect(dbname=u.dbname, **_pg_params(u, "MediaDesk (connection test)"))
    except psycopg.Error as exc:
        raise _unreachable(u, exc) from None
    try:
        conn.read_only = True
        if conn.execute("SELECT to_regclass(%s)", (MIGRATION_TABLE,)).fetchone()[0] is None:
            return None
        return {row[0] for row in conn.execute(f"SELECT name FROM {MIGRATION_TABLE}")}
    finally:
        conn.rollback()
        conn.close()


# What ``probe`` finds.
PROBE_NEW = "new"  # no database yet (or an empty one): set up on the next start
PROBE_READY = "ready"  # a MediaDesk database this version can open


def probe(url: str) -> str:
    """Check, without changing or creating anything, that MediaDesk could use ``url``.

    Returns PROBE_NEW or PROBE_READY; raises ``DatabaseProblem`` (a malformed
    address, an unreachable server, a file that is not a database, a folder it
    cannot write in, a database from a newer version).  Safe to call from a
    worker thread: it never touches the bound database.
    """
    u = parse_url(url)
    if u.is_sqlite:
        applied = _sqlite_applied(u.path)
        _check_unknown(u.path, applied)
        if not _sqlite_writable(u.path, create_folder=False):
            raise _unwritable(str(Path(u.path).parent), u.path)
    else:
        applied = _pg_applied(u)
        _check_unknown(u.display, applied)
    return PROBE_READY if applied else PROBE_NEW


def _open_sqlite(u: DbUrl) -> peewee.Database:
    _check_sqlite_file(u.path)
    db = peewee.SqliteDatabase(u.path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                               check_same_thread=False, timeout=5)
    try:
        db.connect()
    except peewee.DatabaseError as exc:
        raise _damaged(u.path, str(exc)) from exc
    return db


# -- migrations -----------------------------------------------------------------

def migrate(db: peewee.Database, target: str | None = None, where: str = "") -> list[str]:
    """Apply pending migrations (each in its own transaction); refuse a newer database.

    An up-to-date database is recognised with one query, so an ordinary start
    never imports the migration runner.
    """
    known = set(_migration_names())
    applied: set[str] = set()
    if db.table_exists(MIGRATION_TABLE):
        applied = {r[0] for r in db.execute_sql(f"SELECT name FROM {MIGRATION_TABLE}")}
    unknown = applied - known
    if unknown:
        raise _newer_problem(where, unknown)
    if target is None and known <= applied:
        return []
    from models import import_without_drivers

    runner_cls = import_without_drivers("playhouse.migrations").Runner
    runner = runner_cls(db, directory=str(MIGRATIONS_DIR), table_name=MIGRATION_TABLE)
    return runner.up(target)


def connect(url: str | None = None, *, run_migrations: bool = True) -> peewee.Database:
    """Open the database at ``url`` (default: this PC's file) and bind the tables to it."""
    u = parse_url(url or default_url())
    db = _open_sqlite(u) if u.is_sqlite else _open_postgres(u)
    try:
        if run_migrations:
            migrate(db, where=u.display)
    except BaseException:
        db.close()
        raise
    if database.obj is not None and database.obj is not db:
        close()
    database.initialize(db)
    return db


def current_url_display() -> str:
    db = database.obj
    if db is None:
        return ""
    if isinstance(db, peewee.SqliteDatabase):
        return db.database
    params = db.connect_params
    host = params.get("host", "")
    port = f":{params['port']}" if params.get("port") else ""
    user = f"{params['user']}@" if params.get("user") else ""
    return f"postgresql://{user}{host}{port}/{db.database}"


def is_postgres() -> bool:
    return isinstance(database.obj, peewee.PostgresqlDatabase)


def close() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def psycopg_loaded() -> bool:
    return "psycopg" in sys.modules
