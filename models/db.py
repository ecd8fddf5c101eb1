"""Opening the database: one PC's SQLite file, or a team's PostgreSQL server.

``connect(url)`` checks the database before it touches it (a file that is not
a database, another application's database, a database from a newer MediaDesk,
a folder it cannot write in, an unreachable server, a login role without the
rights it needs), then runs the numbered migrations in ``models/migrations``
(one start at a time) and binds every table to the one ``database`` proxy.
Nothing is written to a database that fails a check, and no message shows a
password.  A team database reconnects by itself after the server or the
network dropped the connection (``TeamDatabase``).
"""
from __future__ import annotations

import datetime as _dt
import functools
import os
import re
import sqlite3
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import peewee

from models.errors import DatabaseProblem
from models.i18n import QT_TRANSLATE_NOOP, translate

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_TABLE = "schema_migration"
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("synchronous", "normal"),
)
PG_CONNECT_TIMEOUT = 5
# pg_advisory_xact_lock key that one migration run at a time holds ("MDmigrat").
PG_MIGRATION_LOCK = 0x4D446D6967726174
# ... and one that a check of a free name holds until its change is stored ("MDnames").
PG_NAMES_LOCK = 0x4D446E616D6573

database = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


def as_datetime(value):
    """A time column as a query's raw row holds it (SQLite: text; PostgreSQL: a datetime),
    as a datetime; None stays None."""
    return _dt.datetime.fromisoformat(value) if value.__class__ is str else value


def as_date(value):
    """A day column as a query's raw row holds it (SQLite: text; PostgreSQL: a date), as a
    date; None stays None."""
    return _dt.date.fromisoformat(value) if value.__class__ is str else value


class Statement:
    """A query that peewee compiles once per kind of database and that runs again with new
    values: ``Statement(lambda post_id: Post.select(...).where(Post.id == post_id))``, then
    ``rows(42)``.  Peewee takes 0.2-0.6 ms to write a query's SQL, which is most of what a
    read of one row by its id costs (each decision in the inbox reads the post and the
    person several times).  The values stand for integers (ids, versions): the query is
    compiled with marks in their place, which the values then replace.  A value may be a
    time or a day as well, where its column is one (Peewee passes them on as they are,
    as it does an integer); never text, which Peewee converts.  A statement with more
    values than there are marks (a long IN list) is written each time.
    """

    _MARKS = tuple(-9_200_001 - i for i in range(64))

    def __init__(self, build):
        self._build = build
        self._compiled: dict[tuple[type, int], tuple[str, tuple, tuple]] = {}

    def _compile(self, count: int) -> tuple[str, tuple, tuple]:
        marks = self._MARKS[:count]
        sql, params = self._build(*marks).sql()
        slots = tuple((at, marks.index(p)) for at, p in enumerate(params)
                      if p.__class__ is int and p in marks)
        if {which for _at, which in slots} != set(range(count)):  # converted: never replaced
            raise RuntimeError(f"a value of this statement is not passed on as it is: {sql}")
        return sql, tuple(params), slots

    def rows(self, *values) -> list[tuple]:
        if len(values) > len(self._MARKS):
            return database.execute_sql(*self._build(*values).sql()).fetchall()
        kind = (type(database.obj), len(values))
        compiled = self._compiled.get(kind)
        if compiled is None:
            compiled = self._compiled[kind] = self._compile(len(values))
        sql, template, slots = compiled
        params = list(template)
        for at, which in slots:
            params[at] = values[which]
        return database.execute_sql(sql, params).fetchall()


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

    def __repr__(self) -> str:  # a log line or a crash report never shows the password
        shown = self._replace(password="***") if self.password else self
        return "DbUrl(" + ", ".join(f"{k}={v!r}" for k, v in shown._asdict().items()) + ")"


# ``password=...`` in a URI's query (libpq accepts it) or in a "key=value" connection string.
_PASSWORD_PARAMETER = re.compile(r"(?i)(\bpassword\s*=\s*)('(?:\\.|[^'\\])*'|[^&#\s]*)")


_URL_PREFIX = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*(?::/*|//+))?")


def masked_url(url: str) -> str:
    """``url`` as it may be shown (a message, a log): any password in it replaced by ***.

    For an address that cannot be parsed, so ``DbUrl.display`` cannot be used: the
    password of ``scheme://user:password@host`` (up to the last "@", so that a "/" or
    "@" typed in the password cannot uncover part of it) and ``password=`` parameters.
    """
    text = _PASSWORD_PARAMETER.sub(lambda m: m.group(1) + "***", url)
    if text.startswith("sqlite:///"):  # a file's path, which has no user part
        return text
    # Whatever stands before the user part: "postgresql://", and the shapes a mistyped
    # address takes ("postgresql:/", "postgresql:", "postgresql//", "postgresql:///", or
    # none at all: "user:password@host/db"), each of which showed the password whole.
    prefix = _URL_PREFIX.match(text).group(0)
    userinfo, at, host = text[len(prefix):].rpartition("@")
    if not at:
        return text
    user, colon, _password = userinfo.partition(":")
    if colon and not any(c in user for c in "/\\"):  # not a file's path: /home/li:2026@x/
        return f"{prefix}{user}:***@{host}"
    # "ops:pw@host/db": what looked like a scheme was the user.  Not when it has a path's
    # "/" or "\" in it (a file, C:\Users\li.na@corp\...), nor after "scheme://" (then
    # the user simply has no password: postgresql://ops@host/db).
    userinfo = text.rpartition("@")[0]
    user, colon, _password = userinfo.partition(":")
    if colon and "/" not in prefix and not any(c in userinfo for c in "/\\"):
        return f"{user}:***@{host}"
    return text


def _split_password(url: str) -> tuple[str, str] | None:
    """(``url`` without its password, the password) for a team server's address that
    has one; None for any other address."""
    if not url.startswith(("postgresql://", "postgres://")):
        return None
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return None
    if password is None:
        return None
    userinfo, _at, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{userinfo.partition(':')[0]}@{host}")), \
        unquote(password)


def without_password(url: str) -> tuple[str, str]:
    """``url`` without its password and the password ("" when it has none), so that a
    new MediaDesk can be given the address on its command line, which anyone on the PC
    can read, and the password where only its own user can (``ui.app.PASSWORD_ENV``)."""
    split = _split_password(url)
    return split if split is not None else (url, "")


def with_password(url: str, password: str) -> str:
    """A team server's address with ``password`` put in, unless it has one already or
    has no user to go with it; any other address as it is."""
    if not password or _split_password(url) is not None \
            or not url.startswith(("postgresql://", "postgres://")):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or not userinfo:
        return url
    return urlunsplit(parts._replace(netloc=f"{userinfo}:{quote(password, safe='')}@{host}"))


def current_password() -> str:
    """The password the open team database was opened with ("" for none or a file): only
    for handing to a restarted MediaDesk (``ui.settings_dialog.restart``)."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return ""
    return db.connect_params.get("password", "") or ""


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
        url=masked_url(url))


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


def _cannot_write(path: str, create_folder: bool) -> DatabaseProblem | None:
    """Why MediaDesk could not write the SQLite database at ``path`` (None: it can): the
    file itself is read-only, or its folder cannot be written."""
    p = Path(path)
    if p.exists() and os.access(p.parent, os.W_OK) and not os.access(p, os.W_OK):
        return DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} is read-only. Nothing was changed. Make the file "
                "writable, or choose another database with --db or in the settings."),
            path=path)
    if not _sqlite_writable(path, create_folder):
        return _unwritable(str(p.parent), path)
    return None


def _unwritable(folder: str, path: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "MediaDesk cannot write in the folder {folder}, where the database {path} is kept. "
            "Make the folder writable, or choose another database with --db or in the settings."),
        folder=folder, path=path)


# Tables of another application: anything but SQLite's own tables and schema_migration.
_SQLITE_OTHER_TABLES = (
    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name <> ? "
    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")


def _sqlite_read(query, path: str) -> set[str] | None:
    """The migrations recorded in an SQLite database (None: none, an empty database).

    ``query(sql, params)`` returns the rows.  A database with tables but no
    migration recorded is another program's: refused.
    """
    applied = None
    if query("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (MIGRATION_TABLE,)):
        applied = {r[0] for r in query(f"SELECT name FROM {MIGRATION_TABLE}", ())}
    if not applied and query(_SQLITE_OTHER_TABLES, (MIGRATION_TABLE,)):
        raise _not_a_database(path)
    return applied or None


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
    # A read-only connection to a file in WAL mode makes its -shm (and -wal) files beside
    # it, and cannot remove them again: a refused file would keep two new files.  When no
    # journal is there, nobody is writing and all of the database is in the file itself,
    # which SQLite then reads as it is ("immutable") and creates nothing.
    quiet = not any(Path(path + end).exists() for end in ("-wal", "-shm", "-journal"))
    try:
        ro = sqlite3.connect(f"{p.as_uri()}?mode=ro{'&immutable=1' if quiet else ''}", uri=True)
        try:
            ro.execute("PRAGMA schema_version").fetchone()
            return _sqlite_read(lambda sql, params: ro.execute(sql, params).fetchall(), path)
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: str, exc: Exception) -> DatabaseProblem:
    """Why SQLite could not read the file at ``path``: a damaged file, or a folder it cannot
    write in (even reading a WAL database needs its -shm file, which SQLite makes beside it:
    a read-only folder fails with SQLITE_CANTOPEN or SQLITE_READONLY_DIRECTORY)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        problem = _cannot_write(path, create_folder=False)
        if problem is not None:
            return problem
    return _damaged(path, str(exc))


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
    """Refuse a file that is not an SQLite database, a newer schema, a read-only file or an
    unwritable folder."""
    _check_unknown(path, _sqlite_applied(path))
    problem = _cannot_write(path, create_folder=True)
    if problem is not None:
        raise problem


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


# The usual reasons a connection fails, recognised in libpq's and the server's (English)
# text: psycopg gives no SQLSTATE for a refused connection.  Anything else keeps the
# driver's own first line.
_PG_REASONS = (
    (r"connection refused",
     QT_TRANSLATE_NOOP("Errors", "the server refused the connection (is it running, and is "
                                 "the port right?)")),
    (r"failed to resolve host|could not translate host name|name or service not known|"
     r"nodename nor servname",
     QT_TRANSLATE_NOOP("Errors", "no server of that name was found")),
    (r"timeout expired|timed out",
     QT_TRANSLATE_NOOP("Errors", "the server did not answer in time")),
    (r'database ".*" does not exist',
     QT_TRANSLATE_NOOP("Errors", "the server has no database of that name")),
    (r'role ".*" does not exist',
     QT_TRANSLATE_NOOP("Errors", "the server has no user of that name")),
    (r"password authentication failed|no password supplied|password is required",
     QT_TRANSLATE_NOOP("Errors", "the user name or password is wrong")),
    (r"no pg_hba\.conf entry",
     QT_TRANSLATE_NOOP("Errors", "the server does not let this user connect from this PC")),
    (r'database ".*" is not currently accepting connections',
     QT_TRANSLATE_NOOP("Errors", "the server takes no connections to this database at the "
                                 "moment; try again later, or ask its administrator")),
    (r"database system is (starting up|shutting down|in recovery mode|not yet accepting)",
     QT_TRANSLATE_NOOP("Errors", "the server is starting or stopping; try again in a "
                                 "minute")),
    (r"too many clients|remaining connection slots are reserved",
     QT_TRANSLATE_NOOP("Errors", "the server has as many connections as it allows; try "
                                 "again in a minute, or ask its administrator")),
)


def _pg_reason(text: str) -> str | None:
    """Why a connection failed, in the user's language, if it is one of the usual reasons."""
    for pattern, reason in _PG_REASONS:
        if re.search(pattern, text, re.IGNORECASE):
            return translate("Errors", reason)
    return None


def _unreachable(u: DbUrl, exc: Exception) -> DatabaseProblem:
    # The driver's text may quote the connection string; keep only its first line
    # and make sure no password can be in it.
    text = str(exc).strip()
    reason = _pg_reason(text) or (text.splitlines()[0] if text else type(exc).__name__)
    if u.password:
        reason = reason.replace(u.password, "***")
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot connect to the team database {where}: {reason}. Check the address, that "
            "the server is running, and that this PC may connect to it."),
        where=u.display, reason=reason)


@functools.cache
def _team_database_class() -> type:
    """``TeamDatabase``, made on first use: playhouse's ReconnectMixin is imported only by
    a PC that opens a team server (not at every start on SQLite)."""
    from playhouse.shortcuts import ReconnectMixin

    class _ConnectionLost(peewee.OperationalError):
        """The server or the network ended the session (a restart, pg_terminate_backend, a
        dropped link): psycopg marks such a connection broken, whatever language the
        server's message is in."""

    class _LossAwarePostgres(peewee.PostgresqlDatabase):
        """Raises ``_ConnectionLost`` for a failure that left the connection broken."""

        def _lost(self, exc: Exception) -> Exception:
            conn = self._state.conn
            if conn is None or not getattr(conn, "broken", False):
                return exc
            lost = _ConnectionLost(*exc.args)
            lost.orig = getattr(exc, "orig", exc)
            return lost

        def _marking_loss(self, call, *args, **kwargs):
            try:
                return call(*args, **kwargs)
            except (peewee.DatabaseError, peewee.InterfaceError) as exc:
                lost = self._lost(exc)
                if lost is exc:
                    raise
                raise lost from exc

        def execute_sql(self, sql, params=None):
            return self._marking_loss(super().execute_sql, sql, params)

        def begin(self, *args, **kwargs):
            return self._marking_loss(super().begin, *args, **kwargs)

        def commit(self):
            return self._marking_loss(super().commit)

        def rollback(self):
            conn = self._state.conn
            if conn is not None and getattr(conn, "broken", False):
                return  # the session is gone, and the server rolled back what it held
            return super().rollback()

    class TeamDatabase(ReconnectMixin, _LossAwarePostgres):
        """A team's PostgreSQL database that opens a new connection when the old one was lost.

        peewee's ReconnectMixin retries a statement (or a BEGIN) once on a new connection,
        and never inside a transaction: a half-done transaction fails instead of being
        replayed.  The next statement after it reconnects.
        """

        reconnect_errors = ((_ConnectionLost, ""),)
        url: DbUrl | None = None  # the address, for the message when the server cannot be reached

        def execute_sql(self, sql, params=None):
            """A session lost in the middle of a transaction (a server restart, a dropped
            link) is a ``DatabaseProblem`` that says nothing of the change was saved: it had
            reached the person as the crash dialog ("the connection is closed").  The next
            statement reconnects."""
            try:
                return super().execute_sql(sql, params)
            except _ConnectionLost:
                if not self.in_transaction() or self.url is None:
                    raise
                raise DatabaseProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The connection to the team database {where} was lost in the middle "
                        "of a change, so nothing of it was saved. Try again: MediaDesk "
                        "connects again by itself."),
                    where=self.url.display) from None

        def commit(self):
            """A session lost at COMMIT: whether the server stored the change is not known
            (it had reached the person as the crash dialog)."""
            try:
                return super().commit()
            except _ConnectionLost:
                if self.url is None:
                    raise
                raise DatabaseProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The connection to the team database {where} was lost just as a "
                        "change was being stored, so MediaDesk cannot tell whether it was "
                        "saved. Look at it again before you make it once more: MediaDesk "
                        "connects again by itself."),
                    where=self.url.display) from None

        def connect(self, reuse_if_open=False):
            """Connect, or raise ``DatabaseProblem`` naming the server (also when reconnecting)."""
            try:
                return super().connect(reuse_if_open)
            except peewee.OperationalError as exc:
                if self.url is None or getattr(exc, "orig", None) is None:
                    raise  # not the driver's: e.g. "Connection already opened."
                raise _unreachable(self.url, exc) from None

    return TeamDatabase


def _open_postgres(u: DbUrl) -> peewee.Database:
    _enable_psycopg()
    db = _team_database_class()(u.dbname, prefer_psycopg3=True, **_pg_params(u))
    db.url = u
    db.connect()
    return db


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _sqlstate(exc: Exception) -> str:
    return getattr(getattr(exc, "orig", exc), "sqlstate", None) or ""


def _lacks_right(where: str, role: str, right: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The login role {role} lacks the right {right} in the team database {where}. "
            "Nothing was changed. Ask the database administrator to grant it."),
        where=where, role=role, right=right)


def _refused_by_server(where: str, role: str, reason: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The team database {where} refused the login role {role} a right MediaDesk needs "
            "({reason}). Nothing was changed. Ask the database administrator to grant it."),
        where=where, role=role, reason=reason)


def _another_application(where: str, names: list[str]) -> DatabaseProblem:
    shown = ", ".join(names[:5]) + (", \u2026" if len(names) > 5 else "")
    return DatabaseProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The team database {where} is not a MediaDesk database: it holds another "
            "application's tables ({names}). Nothing was changed. Give the address of the "
            "team's MediaDesk database, or ask the database administrator for an empty "
            "database for MediaDesk."),
        where=where, names=shown)


# Who is connected, where MediaDesk's tables are (NULL: no schema of the search path
# may be used), and whether schema_migration exists and may be read.
_PG_STATE = (
    "SELECT current_user, current_schema(), current_setting('search_path'), "
    "to_regclass(%s) IS NOT NULL, has_table_privilege(to_regclass(%s), 'SELECT')")

# Another application's tables, views and sequences in any schema: not PostgreSQL's own,
# not an extension's, not a table's own sequence, not schema_migration.
_PG_OTHER_TABLES = """
SELECT CASE WHEN n.nspname = current_schema() THEN c.relname
            ELSE n.nspname || '.' || c.relname END
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND left(n.nspname, 3) <> 'pg_' AND n.nspname <> 'information_schema'
  AND c.oid IS DISTINCT FROM to_regclass(%s)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                    AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
ORDER BY 1 LIMIT 6"""


def _pg_schema_named(query, role: str, search_path: str) -> str:
    """The schema of ``search_path`` MediaDesk's tables belong in (the first that exists)."""
    names = [n.strip().strip('"') for n in search_path.split(",")]
    names = [role if n == "$user" else n for n in names if n]
    existing = {r[0] for r in query(
        "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(%s)", (names,))}
    return next((n for n in names if n in existing), "public")


def _pg_read(query, where: str) -> set[str] | None:
    """The migrations recorded on a team server (None: none, an empty database).

    ``query(sql, params)`` returns the rows.  Refuses, naming the missing right, a
    login role that may not read them, and a database of another application.
    """
    role, schema, search_path, exists, may_read = query(
        _PG_STATE, (MIGRATION_TABLE, MIGRATION_TABLE))[0]
    try:
        if schema is None:
            raise _lacks_right(where, role,
                               f"USAGE on schema {_pg_schema_named(query, role, search_path)}")
        applied = None
        if exists:
            if not may_read:
                raise _lacks_right(where, role, f"SELECT on table {MIGRATION_TABLE}")
            applied = {r[0] for r in query(f"SELECT name FROM {MIGRATION_TABLE}", ())}
        if not applied:
            others = [r[0] for r in query(_PG_OTHER_TABLES, (MIGRATION_TABLE,))]
            if others:
                raise _another_application(where, others)
        return applied or None
    except Exception as exc:
        if _sqlstate(exc) != "42501":  # insufficient_privilege
            raise
        raise _refused_by_server(where, role, _first_line(exc)) from None


def _pg_applied(u: DbUrl) -> set[str] | None:
    """The migrations applied on the server (None: an empty database); changes nothing."""
    import psycopg

    try:
        conn = psycopg.connect(dbname=u.dbname, **_pg_params(u, "MediaDesk (connection test)"))
    except psycopg.Error as exc:
        raise _unreachable(u, exc) from None
    try:
        conn.read_only = True
        return _pg_read(lambda sql, params: conn.execute(sql, params).fetchall(), u.display)
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
        problem = _cannot_write(u.path, create_folder=False)
        if problem is not None:
            raise problem
    else:
        applied = _pg_applied(u)
        _check_unknown(u.display, applied)
    return PROBE_READY if applied else PROBE_NEW


# -- one PC's file while MediaDesk runs --------------------------------------------

_WRITES = frozenset(("INSERT", "UPDATE", "DELETE", "REPLAC"))  # the first six letters


def _file_identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class LocalDatabase(peewee.SqliteDatabase):
    """One PC's SQLite file, whose failures while MediaDesk runs are ``DatabaseProblem``s
    that the screens show like any refusal (they had opened the "unexpected error" box):

    - another program holds the write lock beyond the busy timeout (a second MediaDesk,
      an import on the command line, a backup tool);
    - the file cannot be written any more (made read-only, its disk full or gone);
    - the file was moved, deleted or replaced while open: SQLite would go on writing to
      the open file, which nobody would ever see again, so nothing more is written
      (checked before each write: the file at the path is still the one opened).

    A ROLLBACK after SQLite has already ended the transaction itself (a full disk, an I/O
    error) is skipped, so that the reason, not "no transaction is active", reaches the
    person.  A broken constraint stays peewee's IntegrityError (the services' own to
    handle).
    """

    _identity: tuple[int, int] | None = None

    def _connect(self):
        if self._identity is not None:
            # Another thread's connection (an import runs in its own), or a reconnection:
            # to the file first opened only.  SQLite would make a new empty file where the
            # moved one was ("no such table", and a stray file in the way of putting the
            # real one back).
            self._check_file()
        conn = super()._connect()
        if self._identity is None:  # the file first opened
            self._identity = _file_identity(self.database)
        return conn

    def _moved(self) -> DatabaseProblem | None:
        """Why nothing more may be written, if the file at the path is not the one opened."""
        if self._identity is None or _file_identity(self.database) == self._identity:
            return None
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} was moved, deleted or replaced while MediaDesk was "
            "open. Nothing more was saved, so that nothing goes where nobody would find "
            "it. Put the file back and restart MediaDesk, or choose it where it is now "
            "in the settings."), path=self.database)

    def _check_file(self) -> None:
        problem = self._moved()
        if problem is not None:
            raise problem

    def _problem(self, exc: peewee.DatabaseError) -> Exception:
        """The ``DatabaseProblem`` for a failure of the file, or ``exc`` itself."""
        orig = getattr(exc, "orig", None) or exc
        name = getattr(orig, "sqlite_errorname", "") or ""
        path = self.database
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} is in use by another program (another MediaDesk, "
                "an import or a backup), which kept it locked. Nothing was saved. Try again "
                "in a moment."), path=path)
        if name.startswith("SQLITE_FULL"):
            return DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors",
                "The disk that holds the database file {path} is full. Nothing was saved. "
                "Free some space, then try again."), path=path)
        if name.startswith(("SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN")):
            return self._moved() or DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} cannot be written now. Nothing was saved. Check "
                "that the file is not read-only and that its disk is still there (a network "
                "drive or a USB disk), then try again."), path=path)
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return _damaged(path, str(orig))
        return exc

    def _guarded(self, call, *args):
        try:
            return call(*args)
        except peewee.IntegrityError:
            raise
        except peewee.DatabaseError as exc:
            problem = self._problem(exc)
            if problem is exc:
                raise
            raise problem from exc

    def execute_sql(self, sql, params=None):
        if sql[:6] in _WRITES:
            self._check_file()
        elif sql[:8] == "ROLLBACK" and not self._in_transaction():
            return self.cursor()  # SQLite ended the transaction already
        return self._guarded(super().execute_sql, sql, params)

    def begin(self, lock_type=None):
        self._check_file()
        return self._guarded(super().begin, lock_type)

    def commit(self):
        return self._guarded(super().commit)

    def rollback(self):
        if not self._in_transaction():
            return None
        return self._guarded(super().rollback)

    def _in_transaction(self) -> bool:
        """Whether a transaction is open on the connection (False: nothing to roll back)."""
        conn = self._state.conn
        return conn is None or conn.in_transaction


def _open_sqlite(u: DbUrl) -> peewee.Database:
    _check_sqlite_file(u.path)
    db = LocalDatabase(u.path, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                       check_same_thread=False, timeout=5)
    deadline = time.monotonic() + 5
    while True:
        try:
            db.connect()
            return db
        except peewee.DatabaseError as exc:
            orig = getattr(exc, "orig", None) or exc.__cause__ or exc
            # Another start on the same new file is switching it to WAL: SQLite refuses the
            # second one's "journal_mode = wal" at once (no busy wait there), so wait here.
            if getattr(orig, "sqlite_errorname", "") == "SQLITE_BUSY" \
                    and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise _unreadable(u.path, orig) from exc


# -- migrations -----------------------------------------------------------------

def _applied(db: peewee.Database, where: str) -> set[str] | None:
    def query(sql, params):
        return db.execute_sql(sql, params).fetchall()

    if isinstance(db, peewee.PostgresqlDatabase):
        return _pg_read(query, where)
    return _sqlite_read(query, where or db.database)


@contextmanager
def _one_migration_run_at_a_time(db: peewee.Database):
    """A transaction that a second start (another PC, a second window) waits for.

    PostgreSQL: a transaction-level advisory lock.  SQLite: BEGIN IMMEDIATE takes the
    write lock, which another connection waits for (the busy timeout).  The migrations
    run inside it (each in a savepoint), so a failure leaves nothing half done; a
    migration therefore cannot opt out of a transaction (``atomic = False``).
    """
    if isinstance(db, peewee.PostgresqlDatabase):
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_MIGRATION_LOCK,))
            yield
        return
    # SQLite enforces foreign keys while a table is rebuilt unless they are off, and
    # they can be turned off only outside a transaction (the migrator cannot, in it).
    foreign_keys = db.pragma("foreign_keys")
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic("IMMEDIATE"):
            yield
    finally:
        db.pragma("foreign_keys", foreign_keys)


def migrate(db: peewee.Database, target: str | None = None, where: str = "") -> list[str]:
    """Apply pending migrations; refuse a newer database, another application's, or one
    this login role may not change (naming the right it lacks), and change nothing then.

    An up-to-date database is recognised with one look, so an ordinary start never
    imports the migration runner.  Two starts on a new database at once: the second
    waits for the first, then finds the database up to date.
    """
    known = set(_migration_names())
    applied = _applied(db, where)
    _check_unknown(where, applied)
    if target is None and known <= (applied or set()):
        return []
    from models import import_without_drivers

    runner_cls = import_without_drivers("playhouse.migrations").Runner
    try:
        with _one_migration_run_at_a_time(db):
            applied = _applied(db, where)  # again: another start may have just done it
            _check_unknown(where, applied)
            if target is None and known <= (applied or set()):
                return []
            if applied is None and isinstance(db, peewee.PostgresqlDatabase):
                role, schema, may_create = db.execute_sql(
                    "SELECT current_user, current_schema(), "
                    "has_schema_privilege(current_schema(), 'CREATE')").fetchone()
                if not may_create:
                    raise _lacks_right(where, role, f"CREATE on schema {schema}")
            runner = runner_cls(db, directory=str(MIGRATIONS_DIR), table_name=MIGRATION_TABLE)
            return runner.up(target)
    except peewee.DatabaseError as exc:
        if _sqlstate(exc) != "42501":  # insufficient_privilege, e.g. "must be owner of table"
            raise
        role = db.execute_sql("SELECT current_user").fetchone()[0]
        raise _refused_by_server(where, role, _first_line(exc)) from None


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


def one_name_change_at_a_time() -> None:
    """Inside a transaction that checks a name is free and then stores it: another such
    transaction waits until this one ends, so that two managers naming two platforms
    "Kuaishou" and "KUAISHOU" at once are not both told the name is free (the database's
    unique index compares names exactly).  PostgreSQL: a transaction-level advisory lock;
    SQLite: its transactions begin IMMEDIATE, one writer at a time already."""
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_NAMES_LOCK,))


def close() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def psycopg_loaded() -> bool:
    return "psycopg" in sys.modules
