"""One PC's database file going wrong while MediaDesk runs (``models.db.LocalDatabase``).

Another program holding the write lock, a full disk, the file moved or deleted under the
app: each is a ``DatabaseProblem`` that names the file and says what to do (a screen shows
it like any refusal; these had opened the "unexpected error" box, and a deleted file
took every later change with it), nothing is half written, and the next save works once
the cause is gone.  Real SQLite files and real locks; nothing is mocked.
"""
from __future__ import annotations

import sqlite3

import pytest

from models import audit, platforms
from models import db as dbmod
from models.errors import DatabaseProblem
from models.platforms import PlatformKind
from tests.conftest import MANAGER_PASSWORD


@pytest.fixture
def solo(tmp_path):
    """A set-up team in an SQLite file: (path, the operations manager)."""
    from models import users

    path = tmp_path / "mediadesk.db"
    dbmod.connect("sqlite:///" + str(path))
    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())
    yield path, manager
    dbmod.close()


def names() -> list[str]:
    return [p.name for p in platforms.list_platforms()]


def add(manager, name: str):
    return platforms.create_platform(manager, name, PlatformKind.OTHER, "#336699")


def test_a_file_another_program_keeps_locked_is_named_and_the_save_can_be_repeated(solo):
    """A second MediaDesk, an import on the command line or a backup tool holds the write
    lock: after the busy wait the raw "database is locked" opened the crash dialog."""
    path, manager = solo
    dbmod.database.execute_sql("PRAGMA busy_timeout = 200")  # the app waits 5 s; the same path
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            add(manager, "B站")
        assert str(err.value) == (
            f"The database file {path} is in use by another program (another MediaDesk, an "
            "import or a backup), which kept it locked. Nothing was saved. Try again in a "
            "moment.")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "B站" not in names() and audit.count("platform.created") == 0
    add(manager, "B站")  # once the other program is done
    assert "B站" in names()


def test_a_full_disk_is_named_not_a_rollback_that_failed(solo):
    """SQLite ends the transaction itself when the disk is full; peewee's ROLLBACK then
    failed with "cannot rollback - no transaction is active", which hid the reason."""
    path, manager = solo
    pages = dbmod.database.execute_sql("PRAGMA page_count").fetchone()[0]
    dbmod.database.execute_sql(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL
    with pytest.raises(DatabaseProblem) as err:
        for n in range(200):
            add(manager, f"平台{n}" + "很长的名字" * 8)
    assert str(err.value).startswith(f"The disk that holds the database file {path} is full.")
    assert "rollback" not in str(err.value)
    saved = [n for n in names() if n.startswith("平台")]
    assert audit.count("platform.created") == len(saved)  # each platform with its audit line
    dbmod.database.execute_sql("PRAGMA max_page_count = 1073741823")
    add(manager, "B站")
    assert "B站" in names()


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
def test_a_file_moved_or_deleted_while_open_takes_no_more_changes(solo, tmp_path, how):
    """SQLite goes on writing to the open file: every save "worked" and was gone when the
    app closed, and the next start found no database."""
    path, manager = solo
    add(manager, "B站")
    if how == "moved":
        path.rename(tmp_path / "elsewhere.db")
    else:
        path.unlink()
    if how == "replaced":  # a backup put back over the open file
        sqlite3.connect(path).close()
    with pytest.raises(DatabaseProblem) as err:
        add(manager, "快手")
    assert str(err.value).startswith(
        f"The database file {path} was moved, deleted or replaced while MediaDesk was open. "
        "Nothing more was saved")
    assert "快手" not in names()  # reading goes on, from the file as it was
    if how != "replaced":
        assert not path.exists()


def test_another_threads_connection_to_a_moved_file_makes_no_new_file(solo, tmp_path):
    """A posting plan is imported in a thread of its own, with its own connection: SQLite
    made a new empty file where the moved one had been ("no such table: user" in the crash
    dialog, and a stray file in the way of putting the real one back)."""
    import threading

    path, manager = solo
    path.rename(tmp_path / "elsewhere.db")
    outcome = []

    def work():
        try:
            outcome.append(names())
        except Exception as exc:  # noqa: BLE001 - looked at below
            outcome.append(exc)
        finally:
            dbmod.database.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    [problem] = outcome
    assert isinstance(problem, DatabaseProblem)
    assert str(problem).startswith(f"The database file {path} was moved, deleted or replaced")
    assert not path.exists()
