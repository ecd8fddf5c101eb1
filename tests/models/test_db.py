"""Opening databases: addresses, pragmas, migrations, and refusing bad databases unchanged."""
from __future__ import annotations

import hashlib
import sqlite3

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


def test_a_damaged_database_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "damaged.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
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
