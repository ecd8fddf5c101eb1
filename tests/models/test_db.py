"""Opening databases: addresses, pragmas, migrations, and refusing bad databases unchanged."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from models import db as dbmod
from models.errors import DatabaseProblem
from tests.conftest import PG_URL, need


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("url, expected", [
    ("sqlite:////tmp/a b/x.db", dict(scheme="sqlite", path="/tmp/a b/x.db")),
    ("sqlite:///%2Ftmp%2Fy.db", dict(scheme="sqlite", path="/tmp/y.db")),
    ("postgresql://ops@db.example:5433/media", dict(scheme="postgresql", user="ops",
                                                    host="db.example", port=5433, dbname="media")),
    ("postgres://h/d", dict(scheme="postgresql", host="h", dbname="d", port=None)),
])
def test_parse_good_urls(url, expected):
    parsed = dbmod.parse_url(url)
    for key, value in expected.items():
        assert getattr(parsed, key) == value


@pytest.mark.parametrize("url", ["", "mysql://x/y", "sqlite://", "sqlite:///", "sqlite:///dir/",
                                 "postgresql://host", "postgresql://:5432/db",
                                 "postgresql://h:notaport/db", "postgresql://h/db/extra"])
def test_malformed_url_is_refused_with_the_accepted_forms(url):
    with pytest.raises(DatabaseProblem) as err:
        dbmod.parse_url(url)
    assert "sqlite:///" in str(err.value) and "postgresql://" in str(err.value)


def test_display_never_shows_the_password():
    parsed = dbmod.parse_url("postgresql://ops:s3cret@host:5432/media")
    assert parsed.password == "s3cret"
    assert "s3cret" not in parsed.display
    assert parsed.display == "postgresql://ops@host:5432/media"


@pytest.mark.parametrize("url, bare, password", [
    ("postgresql://ops:s3cret@db:5432/media", "postgresql://ops@db:5432/media", "s3cret"),
    # quoted as the settings dialog writes it: a Chinese user, "@" and ":" in the password
    ("postgresql://%E5%BC%A0:p%40ss%3A1@db/media%20desk", "postgresql://%E5%BC%A0@db/media%20desk",
     "p@ss:1"),
    ("postgresql://ops@db/media", "postgresql://ops@db/media", ""),
    ("sqlite:////tmp/li:na@x/a.db", "sqlite:////tmp/li:na@x/a.db", ""),
])
def test_a_password_is_taken_out_of_an_address_and_put_back(url, bare, password):
    """A restart gives the new MediaDesk the address on its command line and the password
    elsewhere (ui.app.PASSWORD_ENV): taken out and put back, the address is the same."""
    assert dbmod.without_password(url) == (bare, password)
    back = dbmod.with_password(bare, password)
    assert dbmod.parse_url(back) == dbmod.parse_url(url)


def test_a_password_is_not_put_where_it_does_not_belong():
    assert dbmod.with_password("postgresql://ops:own@db/media", "other") == \
        "postgresql://ops:own@db/media"  # the address's own password wins
    assert dbmod.with_password("postgresql://db/media", "x") == "postgresql://db/media"  # no user
    assert dbmod.with_password("sqlite:///a.db", "x") == "sqlite:///a.db"


def test_the_open_databases_password_is_known_for_a_restart(db_url):
    """The test server trusts its clients, so it takes any password: the one given is
    what a restart hands on.  A file has none."""
    dbmod.connect(dbmod.with_password(db_url, "Top@S3cret"))
    try:
        expected = "" if db_url.startswith("sqlite") else "Top@S3cret"
        assert dbmod.current_password() == expected
    finally:
        dbmod.close()


def test_default_url_is_in_the_per_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = dbmod.default_url()
    assert url == "sqlite:///" + str(tmp_path / "MediaDesk" / "mediadesk.db")


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(sqlite_db):
    assert sqlite_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sqlite_db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_migrations_are_recorded_on_both_backends(db):
    names = [r[0] for r in db.execute_sql("SELECT name FROM schema_migration ORDER BY name")]
    assert names == dbmod._migration_names()
    assert names[0] == "0001_foundation"


def test_a_database_at_the_first_version_is_migrated_and_keeps_its_data(db_url):
    """Build a database as version 0001 left it, then let connect() bring it up to date."""
    import peewee

    from models import db as dbmod2

    u = dbmod2.parse_url(db_url)
    raw = (dbmod2._open_sqlite(u) if u.is_sqlite else dbmod2._open_postgres(u))
    dbmod2.migrate(raw, target="0001_foundation")
    raw.execute_sql(
        "INSERT INTO \"user\" (login, display_name, department, active, password_hash, "
        "must_change_password, version, created_at, updated_at) VALUES "
        "('lina', '李娜', '新媒体运营部', %s, 'x', %s, 1, '2025-01-02 03:04:05', "
        "'2025-01-02 03:04:05')" % (("1", "0") if u.is_sqlite else ("TRUE", "FALSE")))
    raw.execute_sql("INSERT INTO platform (name, kind, colour, active, sort_order, version, "
                    "updated_at) VALUES ('官网', 'website', '#1F6FEB', %s, 0, 1, "
                    "'2025-01-02 03:04:05')" % ("1" if u.is_sqlite else "TRUE"))
    cols = [c.name for c in raw.get_columns("user")]
    assert "last_login_at" not in cols
    raw.close()

    dbmod.connect(db_url)
    try:
        from models import platforms, users

        person = users.find_by_login("lina")
        assert person.display_name == "李娜" and person.department == "新媒体运营部"
        assert person.last_login_at is None
        assert [p.name for p in platforms.list_platforms()] == ["官网"]
        assert "last_login_at" in [c.name for c in dbmod.database.get_columns("user")]
    finally:
        dbmod.close()
    assert isinstance(raw, peewee.Database)


def test_a_file_that_is_not_a_database_is_refused_and_unchanged(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库 — this is a text file\n" * 50, encoding="utf-8")
    before = digest(bogus)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect("sqlite:///" + str(bogus))
    assert "is not a MediaDesk database" in str(err.value)
    assert digest(bogus) == before
    assert not (tmp_path / "notes.db-wal").exists()


def damaged_database(path: Path) -> Path:
    """An SQLite file whose schema page is wrecked (the header kept)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_database_is_refused_and_unchanged(tmp_path):
    path = damaged_database(tmp_path / "damaged.db")
    before = digest(path)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect("sqlite:///" + str(path))
    assert "damaged" in str(err.value)
    assert digest(path) == before


def _add_future_migration(url: str) -> None:
    dbmod.connect(url)
    dbmod.database.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', '2030-01-01')")
    dbmod.close()


def test_a_database_from_a_newer_version_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "newer.db"
    url = "sqlite:///" + str(path)
    _add_future_migration(url)
    # Bring the file to rest (no WAL left) so that any write would show in its bytes.
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=delete")
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect(url)
    assert "newer version of MediaDesk" in str(err.value)
    assert "9999_from_the_future" in str(err.value)
    assert digest(path) == before
    assert not (tmp_path / "newer.db-wal").exists()


def test_a_refused_newer_database_gets_no_files_beside_it(tmp_path):
    """MediaDesk's files are in WAL mode; reading one read-only made its -shm and -wal
    files, which stayed beside a file the message said was not changed."""
    path = tmp_path / "newer.db"
    url = "sqlite:///" + str(path)
    _add_future_migration(url)
    with open(path, "rb") as fh:
        assert fh.read(20)[18:20] == b"\x02\x02"  # WAL mode (the header's versions 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.db"]  # at rest
    before = digest(path)
    for action in (dbmod.probe, dbmod.connect):
        with pytest.raises(DatabaseProblem) as err:
            action(url)
        assert "newer version of MediaDesk" in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.db"]
    assert digest(path) == before


def test_a_newer_postgres_database_is_refused_before_any_migration(tmp_path):
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    from tests.conftest import reset_postgres

    reset_postgres(PG_URL)
    dbmod.connect(PG_URL)
    dbmod.database.execute_sql("DELETE FROM schema_migration WHERE name = '0002_user_last_login'")
    dbmod.database.execute_sql("ALTER TABLE \"user\" DROP COLUMN last_login_at")
    dbmod.database.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_from_the_future', '2030-01-01')")
    dbmod.close()
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect(PG_URL)
    assert "newer version" in str(err.value)
    # 0002 was pending but must not have run against a database we refuse.
    import psycopg

    with psycopg.connect(PG_URL) as conn:
        cols = [r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'user'")]
    assert "last_login_at" not in cols


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    # Works as root too: a regular file stands where the folder should be.
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect("sqlite:///" + str(blocker / "data" / "mediadesk.db"))
    assert "cannot write in the folder" in str(err.value)
    assert blocker.read_text() == "x"


def test_an_unreachable_server_is_named_without_the_password():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect(f"postgresql://ops:topsecret@127.0.0.1:{port}/media")
    text = str(err.value)
    assert f"127.0.0.1:{port}/media" in text and "Cannot connect" in text
    assert "topsecret" not in text


@pytest.mark.parametrize("driver_text, reason", [
    ('connection failed: connection to server at "127.0.0.1", port 1 failed: Connection '
     'refused', "the server refused the connection"),
    ("failed to resolve host 'db.example': [Errno -2] Name or service not known",
     "no server of that name was found"),
    ('connection failed: connection to server at "10.0.0.9", port 5432 failed: timeout expired',
     "the server did not answer in time"),
    ('connection failed: ... failed: FATAL:  database "media" does not exist',
     "the server has no database of that name"),
    ('connection failed: ... failed: FATAL:  role "ops" does not exist',
     "the server has no user of that name"),
    ('connection failed: ... FATAL:  password authentication failed for user "ops"',
     "the user name or password is wrong"),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "ops", database "media"',
     "the server does not let this user connect from this PC"),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  the '
     'database system is starting up', "the server is starting or stopping"),
    ("connection failed: ... failed: FATAL:  the database system is shutting down",
     "the server is starting or stopping"),
    ("connection failed: ... failed: FATAL:  sorry, too many clients already",
     "the server has as many connections as it allows"),
])
def test_the_usual_connection_failures_are_said_in_words_that_can_be_translated(driver_text,
                                                                               reason):
    """libpq's text is English whatever the user's language: the usual reasons are ours."""
    problem = dbmod._unreachable(dbmod.parse_url("postgresql://ops:pw@db.example/media"),
                                 Exception(driver_text))
    assert f": {reason}" in str(problem) and driver_text not in str(problem)


def test_a_missing_team_database_is_named_as_such():
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    u = dbmod.parse_url(PG_URL)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.connect(PG_URL.rsplit("/", 1)[0] + "/no_such_database_here")
    assert "the server has no database of that name" in str(err.value), str(err.value)
    assert u.host in str(err.value)


def test_the_postgres_backend_is_really_postgres(db):
    if dbmod.is_postgres():
        assert db.execute_sql("SELECT version()").fetchone()[0].startswith("PostgreSQL")
        assert "postgresql://" in dbmod.current_url_display()
    else:
        assert dbmod.current_url_display().endswith("mediadesk.db")


def test_probe_tells_new_and_ready_databases_and_creates_nothing(tmp_path, db_url):
    if db_url.startswith("sqlite"):
        fresh = tmp_path / "not" / "yet" / "there.db"
        assert dbmod.probe("sqlite:///" + str(fresh)) == dbmod.PROBE_NEW
        assert not (tmp_path / "not").exists()
    else:
        assert dbmod.probe(db_url) == dbmod.PROBE_NEW  # an empty server database
    dbmod.connect(db_url)
    dbmod.close()
    assert dbmod.probe(db_url) == dbmod.PROBE_READY


def test_probe_refuses_what_connect_refuses(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello")
    with pytest.raises(DatabaseProblem, match="is not a MediaDesk database"):
        dbmod.probe("sqlite:///" + str(bogus))
    url = "sqlite:///" + str(tmp_path / "newer.db")
    _add_future_migration(url)
    with pytest.raises(DatabaseProblem, match="newer version"):
        dbmod.probe(url)
    with pytest.raises(DatabaseProblem, match="sqlite:///"):
        dbmod.probe("ftp://x")


def test_the_inbox_reads_posts_by_state_through_one_index(db):
    """Migration 0006: ``post (status, planned_at, writer_id, concerns_project)`` replaces
    ``post (status)``; the approval inbox's page and count read it (issue 4)."""
    indexes = {tuple(i.columns): i.name for i in db.get_indexes("post")}
    assert ("status", "planned_at", "writer_id", "concerns_project") in indexes
    assert ("status",) not in indexes
    assert ("writer_id", "status") in indexes


# -- a password is never shown (QA bug 2) ------------------------------------------------------

@pytest.mark.parametrize("url, secret, shown", [
    ("postgresql://mediadesk:S3cret%PW@host:abc/x", "S3cret",
     "postgresql://mediadesk:***@host:abc/x"),
    ("postgresql://ops:pa/ss-W0rd@host/db", "ss-W0rd", "postgresql://ops:***@host/db"),
    ("postgresql://ops:p@ss-W0rd@host:x/db", "ss-W0rd", "postgresql://ops:***@host:x/db"),
    ("postgresql://host/db?password=Qu3ry-PW", "Qu3ry-PW", "postgresql://host/db?password=***"),
    ("host=db-server password=Kv-S3cret dbname=md", "Kv-S3cret",
     "host=db-server password=*** dbname=md"),
    # Mistyped schemes showed the password whole (on the screen, stderr and the log).
    ("postgresql:/ops:Sl4sh-PW@host:5432/db", "Sl4sh-PW", "postgresql:/ops:***@host:5432/db"),
    ("postgresql:ops:C0lon-PW@host/db", "C0lon-PW", "postgresql:ops:***@host/db"),
    ("postgresql:///ops:Thr33-PW@host/db", "Thr33-PW", "postgresql:///ops:***@host/db"),
    ("postgresql//ops:N0colon-PW@host/db", "N0colon-PW", "postgresql//ops:***@host/db"),
    ("ops:N0scheme-PW@host/db", "N0scheme-PW", "ops:***@host/db"),
    ("postgresq://ops:Typ0-PW@host/db", "Typ0-PW", "postgresq://ops:***@host/db"),
])
def test_a_malformed_address_is_shown_with_its_password_masked(url, secret, shown):
    with pytest.raises(DatabaseProblem) as err:
        dbmod.parse_url(url)
    text = str(err.value)
    assert f"\u201c{shown}\u201d is not a database address MediaDesk understands" in text
    assert secret not in text and secret not in repr(err.value.values)


@pytest.mark.parametrize("text", [
    "postgresql://ops@db.example.com:5432/mediadesk",  # a user without a password
    "postgresql://ops@db.example.com:5432",  # ... and without a database (malformed)
    # (Not "postgresql:ops@host": it looks like "ops:password@host" and is masked so.)
    "/home/li/ops:2026@backup/mediadesk.db",  # files, whose paths may hold ":" and "@"
    r"C:\Users\li.na@corp\mediadesk.db",
    "sqlite:///C:/Users/li:na@corp/mediadesk.db",
    "--lang", "zh_CN", "postgresql://[::1]:5432/mediadesk"])
def test_an_address_or_argument_without_a_password_is_shown_as_it_is(text):
    """Masking once turned postgresql://ops@host into postgresql:***@host (its user lost, a
    password implied) and cut into paths; the restart log masks every argument."""
    assert dbmod.masked_url(text) == text


def test_a_parsed_address_never_shows_its_password_in_a_log_or_crash_report():
    parsed = dbmod.parse_url("postgresql://ops:Tops3cret@host/media")
    assert "Tops3cret" not in repr(parsed) and "Tops3cret" not in str(parsed)


# -- a dropped team connection (QA bug 1) ------------------------------------------------------

def _backend_pid() -> int:
    return dbmod.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


def _maintenance_url() -> str:
    """The test server's "postgres" database, for an administrator's look from outside."""
    return PG_URL.rsplit("/", 1)[0] + "/postgres"


def _end_session(pid: int) -> None:
    """What a server restart or a network drop does to a client: its session ends."""
    import time

    import psycopg

    with psycopg.connect(_maintenance_url(), autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
        for _ in range(200):
            if not admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s",
                                 (pid,)).fetchone():
                return
            time.sleep(0.05)
    raise AssertionError(f"backend {pid} did not end")


@pytest.fixture
def team_server():
    """The PostgreSQL test database, set up with an operations manager, bound to the models."""
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    from tests.conftest import MANAGER_PASSWORD, reset_postgres

    from models import platforms, users

    reset_postgres(PG_URL)
    dbmod.connect(PG_URL)
    try:
        yield users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())
    finally:
        dbmod.close()


def test_a_dropped_team_connection_is_reopened_by_the_next_query(team_server):
    from tests.conftest import MANAGER_PASSWORD

    from models import users

    first = _backend_pid()
    _end_session(first)
    # A log-in (transactions: BEGIN is the first statement) works on a new connection ...
    assert users.authenticate("wangfang", MANAGER_PASSWORD).display_name == "王芳"
    second = _backend_pid()
    assert second != first
    _end_session(second)
    # ... and so does a plain read.
    assert [u.login for u in users.list_users()] == ["wangfang"]
    assert not dbmod.database.is_closed()


def test_a_transaction_cut_by_a_dropped_connection_fails_and_is_not_replayed(team_server):
    """It fails with a message a screen shows (a plain OperationalError, "the connection is
    closed", from the rollback had reached the person as the crash dialog)."""
    from models import users
    from models.roles import Role

    with pytest.raises(DatabaseProblem) as lost:
        with dbmod.database.atomic():
            users.create_user(team_server, "lina", "李娜", "新媒体运营部",
                              [Role.CONTENT_SPECIALIST], "password-1")
            _end_session(_backend_pid())
            users.create_user(team_server, "chenjing", "陈静", "新媒体运营部",
                              [Role.PROMOTION_SPECIALIST], "password-1")
    assert "was lost in the middle of a change, so nothing of it was saved" in str(lost.value)
    # Nothing of the half-done change was kept or replayed; the next query reconnects.
    assert [u.login for u in users.list_users()] == ["wangfang"]
    assert users.find_by_login("lina") is None and users.find_by_login("chenjing") is None


def test_a_session_lost_at_commit_says_the_outcome_is_not_known(team_server):
    """Lost at COMMIT, after the last statement: a raw OperationalError ("terminating
    connection due to administrator command") had reached the crash dialog."""
    from models import users
    from models.roles import Role

    with pytest.raises(DatabaseProblem, match="cannot tell whether it was saved"):
        with dbmod.database.atomic():
            users.create_user(team_server, "lina", "李娜", "新媒体运营部",
                              [Role.CONTENT_SPECIALIST], "password-1")
            _end_session(_backend_pid())
    assert [u.login for u in users.list_users()] == ["wangfang"]  # it was not, this time


def test_a_save_cut_by_a_dropped_connection_says_so_and_the_next_one_works(team_server,
                                                                            monkeypatch):
    """The manager saves a colleague's department while the server restarts: the session
    ends inside the service's transaction (here, just before its audit line)."""
    from models import audit, users
    from models.roles import Role

    lina = users.create_user(team_server, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], "password-1")
    record = audit.record

    def server_restarts(*args, **kwargs):
        monkeypatch.setattr(audit, "record", record)
        _end_session(_backend_pid())
        return record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", server_restarts)
    with pytest.raises(DatabaseProblem, match="nothing of it was saved"):
        users.update_user(team_server, lina.id, lina.version, display_name="李娜",
                          department="市场部", roles=[Role.CONTENT_SPECIALIST])
    assert users.get_user(lina.id).department == "新媒体运营部"
    users.update_user(team_server, lina.id, lina.version, display_name="李娜",
                      department="市场部", roles=[Role.CONTENT_SPECIALIST])
    assert users.get_user(lina.id).department == "市场部"


def test_a_team_server_that_refuses_the_reconnection_is_named_then_used_again(team_server):
    """While the server does not take connections the person is told so (not a traceback);
    once it does again, the next query goes through."""
    import psycopg

    from models import users

    dbname = dbmod.parse_url(PG_URL).dbname
    with psycopg.connect(_maintenance_url(), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
        try:
            _end_session(_backend_pid())
            with pytest.raises(DatabaseProblem) as err:
                users.list_users()
        finally:
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
    assert str(err.value).startswith(
        f"Cannot connect to the team database {dbmod.parse_url(PG_URL).display}: the server "
        "takes no connections to this database at the moment")  # not libpq's English
    assert [u.login for u in users.list_users()] == ["wangfang"]


# -- a database that is not MediaDesk's (QA bug 3) ---------------------------------------------

def _tables(url: str) -> list[str]:
    if url.startswith("sqlite"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        conn.close()
    else:
        import psycopg

        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT tablename FROM pg_tables "
                                "WHERE schemaname = 'public'").fetchall()
    return sorted(r[0] for r in rows)


def _execute(url: str, *statements: str) -> None:
    if url.startswith("sqlite"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            for sql in statements:
                conn.execute(sql)
        conn.close()
    else:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            for sql in statements:
                conn.execute(sql)


@pytest.mark.parametrize("tables", [
    ['CREATE TABLE "user" (id INTEGER PRIMARY KEY, name TEXT)',
     "INSERT INTO \"user\" VALUES (1, 'x')"],
    ["CREATE TABLE invoices (id INTEGER PRIMARY KEY)"],
])
def test_another_applications_database_is_refused_and_left_unchanged(db_url, tables):
    _execute(db_url, *tables)
    before = _tables(db_url)
    expected = "is not a MediaDesk database"
    with pytest.raises(DatabaseProblem, match=expected):
        dbmod.probe(db_url)
    with pytest.raises(DatabaseProblem, match=expected):
        dbmod.connect(db_url)
    # init-db's way: open without migrating, then migrate.
    u = dbmod.parse_url(db_url)
    if not u.is_sqlite:
        raw = dbmod._open_postgres(u)
        try:
            with pytest.raises(DatabaseProblem) as err:
                dbmod.migrate(raw, where=u.display)
        finally:
            raw.close()
        assert expected in str(err.value) and before[0] in str(err.value)
    assert _tables(db_url) == before


@pytest.fixture
def role_without_rights():
    """The address of a login role of the test server that was granted nothing (with a
    password, which the server's trust rule ignores), on an empty test database."""
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    import psycopg

    from tests.conftest import reset_postgres

    reset_postgres(PG_URL)
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS md_norights")
        admin.execute("CREATE ROLE md_norights LOGIN PASSWORD 'N0rights-PW'")
    u = dbmod.parse_url(PG_URL)
    yield f"postgresql://md_norights:N0rights-PW@{u.host}:{u.port}/{u.dbname}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute("DROP OWNED BY md_norights")
        admin.execute("DROP ROLE md_norights")


def _refusal(action, url: str) -> str:
    with pytest.raises(DatabaseProblem) as err:
        action(url)
    text = str(err.value)
    assert "N0rights-PW" not in text and "Nothing was changed" in text
    return text


def test_a_login_role_without_rights_is_told_which_right_it_lacks(role_without_rights):
    url = role_without_rights
    where = dbmod.parse_url(url).display
    # An empty database in a schema the role may not even use ...
    for action in (dbmod.probe, dbmod.connect):
        assert (f"The login role md_norights lacks the right USAGE on schema public in the "
                f"team database {where}.") in _refusal(action, url)
    # ... or only use: setting it up needs CREATE, and nothing is made.
    _execute(PG_URL, "GRANT USAGE ON SCHEMA public TO PUBLIC")
    assert dbmod.probe(url) == dbmod.PROBE_NEW
    assert "lacks the right CREATE on schema public" in _refusal(dbmod.connect, url)
    assert _tables(PG_URL) == []
    # A MediaDesk database whose tables it may not read.
    dbmod.connect(PG_URL)
    dbmod.close()
    for action in (dbmod.probe, dbmod.connect):
        assert "lacks the right SELECT on table schema_migration" in _refusal(action, url)


def test_a_refusal_by_the_server_during_an_upgrade_names_it_and_changes_nothing(
        role_without_rights):
    """Rights the checks cannot foresee (here: altering a table it does not own)."""
    url = role_without_rights
    raw = dbmod._open_postgres(dbmod.parse_url(PG_URL))
    dbmod.migrate(raw, target="0001_foundation")
    raw.close()
    _execute(PG_URL, "GRANT USAGE, CREATE ON SCHEMA public TO md_norights",
             "GRANT SELECT ON ALL TABLES IN SCHEMA public TO md_norights")
    text = _refusal(dbmod.connect, url)
    assert "refused the login role md_norights a right MediaDesk needs" in text
    assert "(must be owner of table " in text
    import psycopg

    with psycopg.connect(PG_URL) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migration")]
    assert names == ["0001_foundation"]


# -- two first starts at once (QA bug 4) -------------------------------------------------------

def test_two_first_starts_at_once_wait_for_each_other(db_url, monkeypatch):
    """Two PCs start MediaDesk on the same new database at the same moment: both start, the
    second finds the database the first set up.  Both get as far as the migration runner
    before either has run a migration (a barrier holds the first there for a moment)."""
    import threading

    from models import import_without_drivers

    runner = import_without_drivers("playhouse.migrations").Runner
    barrier = threading.Barrier(2, timeout=1.5)
    up = runner.up

    def up_together(self, *args, **kwargs):
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other start is waiting for this one
        return up(self, *args, **kwargs)

    monkeypatch.setattr(runner, "up", up_together)
    u = dbmod.parse_url(db_url)
    results, errors = {}, {}

    def start(name):
        try:
            raw = dbmod._open_sqlite(u) if u.is_sqlite else dbmod._open_postgres(u)
            try:
                results[name] = dbmod.migrate(raw, where=u.display)
            finally:
                raw.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors[name] = exc

    threads = [threading.Thread(target=start, args=(name,)) for name in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == {}
    assert sorted(results.values(), key=len) == [[], dbmod._migration_names()]
    dbmod.connect(db_url)
    try:
        recorded = [r[0] for r in dbmod.database.execute_sql(
            "SELECT name FROM schema_migration ORDER BY name")]
    finally:
        dbmod.close()
    assert recorded == dbmod._migration_names()


# -- a healthy database in a folder that cannot be written (QA bug 5) --------------------------

def _as_someone_who_cannot_write(work):
    """``work()``'s result, run by someone for whom a folder without write permission is
    one: this process when it is not root; as root (who may write anywhere) a forked child
    that has become the unprivileged user 65534 ("nobody")."""
    import os
    import pickle

    if os.geteuid() != 0:
        return work()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            try:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                outcome = ("ok", work())
            except BaseException as exc:  # noqa: BLE001 - handed to the parent
                outcome = ("error", repr(exc))
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(outcome, out)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as inp:
        data = inp.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    assert kind == "ok", value
    return value


def _problem(action, url: str) -> str:
    try:
        action(url)
    except DatabaseProblem as exc:
        return exc.message.format(**exc.values)
    return "no problem"


def test_a_healthy_database_in_a_folder_that_cannot_be_written_is_not_called_damaged():
    """A read-only share or mount: SQLite cannot even read a WAL database there (it needs
    to make the -shm file beside it).  The person is told the folder, not "restore it from
    a backup"."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    base = Path(tempfile.mkdtemp(prefix="mediadesk-ro-"))
    folder = base / "share"
    try:
        os.chmod(base, 0o755)  # the unprivileged user may look inside
        folder.mkdir()
        path = folder / "mediadesk.db"
        url = "sqlite:///" + str(path)
        dbmod.connect(url)
        dbmod.close()
        assert sorted(p.name for p in folder.iterdir()) == ["mediadesk.db"]  # a WAL file at rest
        before = digest(path)
        os.chmod(folder, 0o555)
        messages = _as_someone_who_cannot_write(
            lambda: [_problem(dbmod.probe, url), _problem(dbmod.connect, url)])
        for text in messages:
            assert text.startswith(f"MediaDesk cannot write in the folder {folder}, "
                                   f"where the database {path} is kept."), text
        assert digest(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["mediadesk.db"]
    finally:
        if folder.exists():
            os.chmod(folder, 0o755)
        shutil.rmtree(base)


def test_a_read_only_database_file_is_named_not_its_folder():
    """Its folder can be written: "cannot write in the folder" sent the person to the
    wrong place."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="mediadesk-ro-"))
    try:
        os.chmod(folder, 0o777)  # writable for the unprivileged user too
        path = folder / "team.db"
        url = "sqlite:///" + str(path)
        dbmod.connect(url)
        dbmod.close()
        os.chmod(path, 0o444)
        before = digest(path)
        messages = _as_someone_who_cannot_write(
            lambda: [_problem(dbmod.probe, url), _problem(dbmod.connect, url)])
        for text in messages:
            assert text.startswith(f"The database file {path} is read-only."), text
        assert digest(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["team.db"]
    finally:
        shutil.rmtree(folder)


def test_a_damaged_database_in_a_folder_that_cannot_be_written_is_still_called_damaged(
        tmp_path, monkeypatch):
    """The folder is named only when reading failed for want of writing: SQLite's own
    verdict on a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) stands."""
    path = damaged_database(tmp_path / "damaged.db")
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as real:
        con.execute("SELECT * FROM sqlite_master").fetchall()
    con.close()
    monkeypatch.setattr(dbmod, "_sqlite_writable", lambda *a, **k: False)
    assert "is damaged" in str(dbmod._unreadable(str(path), real.value))



def test_a_compiled_statement_runs_again_with_each_calls_values(manager):
    """``db.Statement``: compiled once per kind of database, the values replaced at each
    call (get_user and get_post read through it at every service call)."""
    from models import users
    from models.roles import Role

    lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST], "password-1")
    by_id = dbmod.Statement(lambda uid, active: users.User.select(users.User.login).where(
        (users.User.id == uid) & (users.User.version >= active)))
    assert by_id.rows(manager.id, 1) == [("wangfang",)]
    assert by_id.rows(lina.id, 1) == [("lina",)]
    assert by_id.rows(lina.id, 99) == []
    assert len(by_id._compiled) == 1  # compiled once for this database
    assert users.get_user(lina.id).roles == {Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST}
    assert users.get_user(manager.id) == next(u for u in users.list_users() if u.id == manager.id)


def test_a_compiled_statement_takes_times_refuses_text_and_writes_long_lists_each_time(
        manager):
    """A time is passed on as it is (the inbox's urgency cut-off and page starts); a value
    Peewee would convert (text) is refused when the statement is compiled, instead of
    running with a mark in its place; more values than marks (a long IN list) are written
    for the occasion."""
    import datetime as dt

    from models import users

    since = dbmod.Statement(lambda when: users.User.select(users.User.login).where(
        users.User.created_at >= when))
    assert since.rows(dt.datetime(2000, 1, 1)) == [("wangfang",)]
    assert since.rows(dt.datetime(2999, 1, 1)) == []
    named = dbmod.Statement(lambda login: users.User.select(users.User.id).where(
        users.User.login == login))
    with pytest.raises(RuntimeError, match="not passed on"):
        named.rows(5)
    among = dbmod.Statement(lambda *ids: users.User.select(users.User.login).where(
        users.User.id.in_(list(ids))))
    many = [manager.id] + list(range(10_000, 10_100))
    assert among.rows(*many) == [("wangfang",)]
    assert among.rows(manager.id, 10_000) == [("wangfang",)]
