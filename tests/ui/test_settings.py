"""The settings dialog: which database, which language, testing a connection, restarting."""
from __future__ import annotations

import json
import socket
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.conftest import PG_URL, need, reset_postgres
from tests.ui.conftest import press, show_and_activate
from ui import settings_dialog
from ui.settings_dialog import SettingsDialog, restart_arguments


@pytest.fixture
def dialog(qtbot):
    return show_and_activate(qtbot, SettingsDialog())


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def set_text(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def run_test(qtbot, dialog) -> str:
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    return dialog.test_result.text()


def choose_server(qtbot, dialog, host, port, dbname, user="", password=""):
    click(qtbot, dialog.server_radio)
    set_text(qtbot, dialog.host_edit, host)
    dialog.port_spin.selectAll()
    qtbot.keyClicks(dialog.port_spin, str(port))
    set_text(qtbot, dialog.dbname_edit, dbname)
    set_text(qtbot, dialog.user_edit, user)
    set_text(qtbot, dialog.password_edit, password)


def test_by_default_this_pc_and_the_system_language_are_chosen(dialog):
    from models import db as dbmod

    assert dialog.local_radio.isChecked()
    assert dialog.path_edit.text() == dbmod.parse_url(dbmod.default_url()).path
    assert dialog.path_edit.isEnabled() and not dialog.host_edit.isEnabled()
    assert dialog.language_combo.currentText() == "Same as the system"
    assert [dialog.language_combo.itemText(i) for i in range(3)] == [
        "Same as the system", "English", "简体中文"]


def test_choosing_the_team_server_enables_its_fields(qtbot, dialog):
    click(qtbot, dialog.server_radio)
    assert dialog.host_edit.isEnabled() and dialog.password_edit.isEnabled()
    assert not dialog.path_edit.isEnabled() and not dialog.browse_button.isEnabled()


def test_testing_a_new_file_says_it_will_be_created_and_creates_nothing(qtbot, dialog, tmp_path):
    path = tmp_path / "team" / "new.db"
    set_text(qtbot, dialog.path_edit, str(path))
    text = run_test(qtbot, dialog)
    assert "MediaDesk can use this file" in text
    assert dialog.test_result.property("role") == "success"
    assert not path.exists() and not path.parent.exists()


def test_a_result_of_two_lines_makes_room_for_itself_instead_of_scrolling(qapp, qtbot,
                                                                         tmp_path):
    """The window kept its height when the test result took a second line (always in
    Chinese): the language section slid under a scroll bar, its list half hidden, on a
    screen with room to spare."""
    from PySide6.QtWidgets import QScrollArea

    from ui import i18n
    from ui.widgets import screen_room

    i18n.install("zh_CN")
    try:
        dialog = show_and_activate(qtbot, SettingsDialog())
        area = dialog.findChild(QScrollArea)
        assert not area.verticalScrollBar().isVisible()
        before = dialog.height()
        dialog.path_edit.setText(str(tmp_path / "新建团队数据库" / "mediadesk.db"))
        text = run_test(qtbot, dialog)
        assert text.startswith("MediaDesk 可以使用此文件")
        qtbot.wait(50)
        lines = dialog.test_result.height() // dialog.test_result.fontMetrics().lineSpacing()
        assert lines >= 2  # the case in question
        assert dialog.height() > before and dialog.height() <= screen_room(dialog).height()
        assert not area.verticalScrollBar().isVisible()
        assert dialog.language_combo.visibleRegion().boundingRect().height() == \
            dialog.language_combo.height()  # the language list in full view
    finally:
        i18n.install("en")


def test_testing_a_file_that_is_not_a_database_changes_nothing(qtbot, dialog, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"meeting notes, not a database\n")
    set_text(qtbot, dialog.path_edit, str(path))
    text = run_test(qtbot, dialog)
    assert text.startswith(f"The file {path} is not a MediaDesk database.")
    assert dialog.test_result.property("role") == "error"
    assert path.read_bytes() == b"meeting notes, not a database\n"


def test_testing_a_database_of_a_newer_version_says_so(qtbot, dialog, tmp_path):
    from models import db as dbmod

    path = tmp_path / "newer.db"
    dbmod.connect("sqlite:///" + str(path))
    dbmod.close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) "
                     "VALUES ('9999_from_the_future', '2030-01-01 00:00:00')")
    conn.close()
    before = path.read_bytes()
    set_text(qtbot, dialog.path_edit, str(path))
    text = run_test(qtbot, dialog)
    assert "newer version of MediaDesk" in text and "9999_from_the_future" in text
    assert path.read_bytes() == before


def test_testing_an_existing_mediadesk_file(qtbot, dialog, tmp_path):
    from models import db as dbmod

    path = tmp_path / "team.db"
    dbmod.connect("sqlite:///" + str(path))
    dbmod.close()
    set_text(qtbot, dialog.path_edit, str(path))
    assert run_test(qtbot, dialog) == "This file is a MediaDesk database."


def test_an_unreachable_server_is_explained_without_the_password(qtbot, dialog):
    port = closed_port()
    choose_server(qtbot, dialog, "127.0.0.1", port, "mediadesk", "ops", "s3cret-Pw")
    text = run_test(qtbot, dialog)
    assert text.startswith(f"Cannot connect to the team database postgresql://ops@127.0.0.1:{port}"
                           f"/mediadesk:")
    assert "s3cret-Pw" not in text
    assert dialog.test_result.property("role") == "error"


def test_the_window_keeps_working_while_a_test_runs(qtbot, dialog, monkeypatch):
    release = threading.Event()
    seen = []

    def slow_probe(url):
        seen.append(url)
        release.wait(10)
        return "done: " + url

    monkeypatch.setattr(settings_dialog, "probe_database", slow_probe)
    choose_server(qtbot, dialog, "db.example.com", 5432, "mediadesk", "ops", "pw-1")
    click(qtbot, dialog.test_button)
    assert dialog.test_result.text() == "Testing…"
    assert not dialog.test_button.isEnabled()
    # The GUI thread is free: typing still works while the test waits for the server.
    set_text(qtbot, dialog.user_edit, "ops2")
    assert dialog.user_edit.text() == "ops2"
    # The test of the old entries is dropped (its result would be about them): Test again.
    assert dialog.test_result.text() == "" and dialog.test_button.isEnabled()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # its result, queued to the GUI thread, has arrived
    assert dialog.test_result.text() == ""
    assert run_test(qtbot, dialog) == "done: postgresql://ops2:pw-1@db.example.com:5432/mediadesk"
    assert seen == ["postgresql://ops:pw-1@db.example.com:5432/mediadesk",
                    "postgresql://ops2:pw-1@db.example.com:5432/mediadesk"]


@pytest.mark.postgres
def test_testing_the_real_team_server(qtbot, dialog):
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    from models import db as dbmod

    reset_postgres(PG_URL)
    u = dbmod.parse_url(PG_URL)
    choose_server(qtbot, dialog, u.host, u.port or 5432, u.dbname, u.user, u.password)
    assert run_test(qtbot, dialog).startswith("Connected. The database is empty")
    dbmod.connect(PG_URL)
    dbmod.close()
    assert run_test(qtbot, dialog) == "Connected. This is a MediaDesk database."


def test_saving_a_team_server_keeps_no_password_and_offers_a_restart(qtbot, dialog, person,
                                                                     monkeypatch):
    checked = []
    monkeypatch.setattr(settings_dialog, "probe_database",
                        lambda url: checked.append(url) or "Connected.")
    choose_server(qtbot, dialog, "db.example.com", 5433, "mediadesk", "ops", "do-not-store-1")
    prompts = []

    def later(box):
        prompts.append(box.text())
        press(qtbot, box, "Later")

    person.when(QMessageBox, later, name="restartBox")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # the check runs off the GUI thread
    person.finish()

    assert len(checked) == 1  # checked first, as "Test connection" does; it answered
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert QSettings().value("database/url") == "postgresql://ops@db.example.com:5433/mediadesk"
    assert prompts == ["The new settings take effect when MediaDesk starts again."]
    settings_file = Path(QSettings().fileName())
    assert "do-not-store-1" not in settings_file.read_text(encoding="utf-8")

    # Opened again, the dialog shows what was saved.
    again = show_and_activate(qtbot, SettingsDialog())
    assert again.server_radio.isChecked()
    assert (again.host_edit.text(), again.port_spin.value(), again.dbname_edit.text(),
            again.user_edit.text(), again.password_edit.text()) == (
        "db.example.com", 5433, "mediadesk", "ops", "")


def test_saving_the_language(qtbot, dialog, person):
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_End)  # the last entry: 简体中文
    assert dialog.language_combo.currentText() == "简体中文"
    click(qtbot, dialog.save_button)
    person.finish()
    assert QSettings().value("language") == "zh_CN"

    back = show_and_activate(qtbot, SettingsDialog())
    assert back.language_combo.currentText() == "简体中文"
    back.language_combo.setFocus()
    qtbot.keyClick(back.language_combo, Qt.Key.Key_Home)
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    click(qtbot, back.save_button)
    person.finish()
    assert QSettings().value("language") is None


def test_saving_without_a_change_asks_nothing(qtbot, dialog):
    shown = []
    dialog.offer_restart = lambda *a: shown.append(a)
    click(qtbot, dialog.save_button)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert shown == []
    assert QSettings().value("database/url") is None


# -- what Save refuses, and what it asks first ----------------------------------------------

def refused(dialog) -> str:
    """The dialog stayed open, saved nothing and says why (the text it shows)."""
    assert dialog.isVisible()
    assert QSettings().value("database/url") is None
    assert dialog.message.isVisible()
    return dialog.message.text()


@pytest.fixture
def restarts(monkeypatch):
    """The restarts offered (what changed: the database, the language), instead of asking."""
    offered = []
    monkeypatch.setattr(SettingsDialog, "offer_restart", lambda self, *a: offered.append(a))
    return offered


@pytest.fixture
def no_restart(restarts):
    """Fails a test that offers a restart (Save went through)."""
    yield
    assert restarts == []


def test_a_folder_given_as_the_file_is_refused(qtbot, dialog, tmp_path, no_restart):
    """Test said "not a MediaDesk database" and Save stored the folder anyway, offering a
    restart that failed ("cannot open the database")."""
    set_text(qtbot, dialog.path_edit, str(tmp_path))
    click(qtbot, dialog.save_button)
    said = refused(dialog)
    assert said.startswith(f"{tmp_path} is a folder.") and "mediadesk.db" in said
    assert dialog.focusWidget() is dialog.path_edit
    assert dialog.path_edit.text() == str(tmp_path)  # what was typed stays
    assert run_test(qtbot, dialog) == said  # the test says the same


def test_a_file_that_is_not_a_database_is_refused_by_save(qtbot, dialog, tmp_path, no_restart):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"meeting notes, not a database\n")
    set_text(qtbot, dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter presses Save
    assert refused(dialog).startswith(f"The file {path} is not a MediaDesk database.")
    assert dialog.focusWidget() is dialog.path_edit
    assert path.read_bytes() == b"meeting notes, not a database\n"


def test_a_file_whose_folder_cannot_be_written_is_refused(qtbot, dialog, tmp_path, no_restart):
    (tmp_path / "notes.txt").write_text("not a folder")
    path = tmp_path / "notes.txt" / "team.db"  # its "folder" is a file: nothing can go there
    set_text(qtbot, dialog.path_edit, str(path))
    click(qtbot, dialog.save_button)
    assert refused(dialog).startswith(f"MediaDesk cannot write in the folder {path.parent},")
    assert dialog.focusWidget() is dialog.path_edit


def test_a_new_file_in_a_writable_folder_is_saved_and_not_created(qtbot, dialog, tmp_path,
                                                                  person):
    path = tmp_path / "team" / "new.db"
    set_text(qtbot, dialog.path_edit, str(path))
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    click(qtbot, dialog.save_button)
    person.finish()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert QSettings().value("database/url") == "sqlite:///" + str(path)
    assert not path.parent.exists()  # MediaDesk creates it when it starts with it


def test_an_unreachable_team_server_asks_before_it_is_saved(qtbot, dialog, person, restarts):
    """A server may be down for a moment: "Save anyway?", with Keep editing the default.
    (It was saved at once, and the restart it offered failed.)"""
    port = closed_port()
    choose_server(qtbot, dialog, "127.0.0.1", port, "mediadesk", "ops", "s3cret-Pw")
    asked = []

    def keep_editing(box):
        asked.append((box.text(), box.informativeText(), box.defaultButton().text(),
                      box.escapeButton() is box.defaultButton()))
        press(qtbot, box, "Keep editing")

    person.when(QMessageBox, keep_editing, name="saveAnywayBox")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(asked) or not dialog.isVisible(), timeout=15000)
    person.finish()
    assert restarts == []
    (text, reason, default, escape_keeps), = asked
    assert text == "The connection test failed. Save these settings anyway?"
    assert reason.startswith(f"Cannot connect to the team database postgresql://ops@127.0.0.1:"
                             f"{port}/mediadesk:") and "s3cret-Pw" not in reason
    assert default == "&Keep editing" and escape_keeps
    assert dialog.isVisible() and QSettings().value("database/url") is None
    assert dialog.focusWidget() is dialog.host_edit
    assert dialog.test_result.text() == reason  # and the dialog still says why
    assert dialog.save_button.isEnabled()

    person.when(QMessageBox, lambda box: press(qtbot, box, "Save anyway"), name="saveAnywayBox")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    person.finish()
    assert QSettings().value("database/url") == f"postgresql://ops@127.0.0.1:{port}/mediadesk"
    assert restarts == [(True, False)]

    # Opened again for the language only: the saved server is not checked again.
    again = show_and_activate(qtbot, SettingsDialog())
    again.language_combo.setCurrentIndex(again.language_combo.findData("zh_CN"))
    click(qtbot, again.save_button)
    assert again.result() == SettingsDialog.DialogCode.Accepted
    assert restarts == [(True, False), (False, True)]
    assert QSettings().value("language") == "zh_CN"


@pytest.mark.parametrize("host", ["db example com", "db.example.com:5433",
                                  "postgresql://db.example.com/mediadesk", "db/1"])
def test_a_server_name_that_cannot_be_one_is_refused_outright(qtbot, dialog, host, monkeypatch,
                                                              no_restart):
    monkeypatch.setattr(settings_dialog, "probe_database",
                        lambda url: pytest.fail(f"tested {url}"))
    choose_server(qtbot, dialog, host, 5432, "media desk", "wang fang", "p@ss:w/rd")
    click(qtbot, dialog.save_button)
    said = refused(dialog)
    assert said == (f"\u201c{host}\u201d cannot be a server's name. Type its name (for example "
                    "db.example.com) or its IP address, without spaces; the port goes in the "
                    "Port field.")
    assert dialog.focusWidget() is dialog.host_edit
    assert dialog.host_edit.property("invalid")
    assert run_test(qtbot, dialog) == said and dialog.focusWidget() is dialog.host_edit


@pytest.mark.parametrize("name", ["postgresql:notes/mediadesk.db", "Postgres:2026/mediadesk.db",
                                  "archive/http://old/mediadesk.db", "ops:2026@backup/md.db"])
def test_a_file_whose_path_looks_a_little_like_an_address_is_a_file(qtbot, dialog, tmp_path,
                                                                    name, restarts):
    """Folders may be called "postgresql:notes" or hold "://" or ":…@" on Linux."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    set_text(qtbot, dialog.path_edit, str(path))
    assert dialog.field_problem() is None
    click(qtbot, dialog.save_button)
    assert QSettings().value("database/url") == "sqlite:///" + str(path)


def test_a_server_name_holding_a_password_is_refused_without_showing_it(qtbot, dialog,
                                                                        no_restart):
    """"ops:Pw-2026@db" typed into the server field was shown whole in the refusal."""
    choose_server(qtbot, dialog, "ops:Zq7-Pw-2026@db.example.com", 5432, "mediadesk", "ops", "")
    click(qtbot, dialog.save_button)
    said = refused(dialog)
    assert said.startswith("\u201cops:***@db.example.com\u201d cannot be a server's name.")
    assert "Zq7-Pw-2026" not in said and "Zq7-Pw-2026" not in run_test(qtbot, dialog)


@pytest.mark.parametrize("address", [
    "postgresql://ops:Zq7-Pw-2026@127.0.0.1:5432/mediadesk",
    "postgresql:/ops:Zq7-Pw-2026@127.0.0.1:5432/mediadesk",
    "postgres:ops:Zq7-Pw-2026@db/mediadesk",
    "postgresql//ops:Zq7-Pw-2026@db/mediadesk",
    "ops:Zq7-Pw-2026@db.example.com/mediadesk"])
def test_a_server_address_pasted_as_the_file_is_refused_and_not_saved(qtbot, dialog, address,
                                                                      no_restart):
    """It was taken for a file's path: Test said the file would be created, Save stored the
    address, password and all, in the settings (and the next start made its folders)."""
    set_text(qtbot, dialog.path_edit, address)
    click(qtbot, dialog.save_button)
    said = refused(dialog)
    assert said.startswith("This is a database address, not a file.")
    assert dialog.path_edit.text() == address  # what was typed stays, to be corrected
    assert run_test(qtbot, dialog) == said
    assert QSettings().value("database/url") is None


@pytest.mark.parametrize("host", ["db.example.com", "192.168.1.20", "::1", "[fe80::1]",
                                  "数据库.公司.cn", "db-01_b.local."])
def test_server_names_and_addresses_are_accepted(host):
    assert settings_dialog.valid_host(host)


# -- empty fields --------------------------------------------------------------------------

def test_an_empty_file_name_is_asked_for(qtbot, dialog):
    """It said "“sqlite:///” is not a database address …", an address nobody typed."""
    dialog.path_edit.clear()
    click(qtbot, dialog.save_button)
    assert refused(dialog) == "Please choose a file."
    assert dialog.focusWidget() is dialog.path_edit
    assert run_test(qtbot, dialog) == "Please choose a file."
    assert dialog.test_result.property("role") == "error"


def test_an_empty_server_name_is_asked_for(qtbot, dialog):
    """It said "“postgresql://:5432/” is not a database address …"."""
    click(qtbot, dialog.server_radio)
    click(qtbot, dialog.save_button)
    assert refused(dialog) == "Please enter the server's name."
    assert dialog.focusWidget() is dialog.host_edit
    set_text(qtbot, dialog.host_edit, "   ")
    assert run_test(qtbot, dialog) == "Please enter the server's name."
    assert dialog.focusWidget() is dialog.host_edit


def test_an_empty_database_name_is_the_default_mediadesk(qtbot, dialog, monkeypatch, person):
    """The grey "mediadesk" in the field is what an empty field means (it said the address
    was not understood and put the cursor in the filled server field)."""
    tested = []
    monkeypatch.setattr(settings_dialog, "probe_database",
                        lambda url: tested.append(url) or "Connected.")
    choose_server(qtbot, dialog, "db.example.com", 5432, "", "ops")
    assert dialog.dbname_edit.placeholderText() == "mediadesk"
    assert run_test(qtbot, dialog) == "Connected."
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    person.finish()
    assert tested == ["postgresql://ops@db.example.com:5432/mediadesk"] * 2
    assert QSettings().value("database/url") == "postgresql://ops@db.example.com:5432/mediadesk"


def test_a_database_name_with_a_slash_is_refused_at_its_field(qtbot, dialog, no_restart):
    choose_server(qtbot, dialog, "db.example.com", 5432, "media/desk", "ops")
    click(qtbot, dialog.save_button)
    assert refused(dialog) == "A database's name cannot contain \u201c/\u201d."
    assert dialog.focusWidget() is dialog.dbname_edit


@pytest.mark.parametrize("field", ["path_edit", "host_edit", "port_spin", "dbname_edit",
                                   "user_edit", "password_edit"])
def test_a_test_result_goes_as_soon_as_a_field_is_edited(qtbot, dialog, monkeypatch, field):
    """Only switching between this PC and a server cleared it: "Connected" stayed next to an
    address that was never tested."""
    monkeypatch.setattr(settings_dialog, "probe_database", lambda url: "Connected.")
    if field != "path_edit":
        choose_server(qtbot, dialog, "db.example.com", 5432, "mediadesk", "ops", "pw-1")
    assert run_test(qtbot, dialog) == "Connected."
    widget = getattr(dialog, field)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert dialog.test_result.text() == ""


def test_a_save_message_goes_when_the_field_is_corrected(qtbot, dialog):
    click(qtbot, dialog.server_radio)
    click(qtbot, dialog.save_button)
    assert dialog.message.isVisible() and dialog.host_edit.property("invalid")
    qtbot.keyClicks(dialog.host_edit, "d")
    assert not dialog.message.isVisible() and not dialog.host_edit.property("invalid")


@pytest.mark.postgres
def test_saving_the_real_team_server_asks_nothing_and_leaves_no_connection_open(
        qtbot, dialog, person):
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    import psycopg

    from models import db as dbmod

    reset_postgres(PG_URL)
    u = dbmod.parse_url(PG_URL)
    choose_server(qtbot, dialog, u.host, u.port or 5432, u.dbname, u.user, u.password)
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    person.finish()
    assert QSettings().value("database/url") == settings_dialog.postgres_url(
        u.host, u.port or 5432, u.dbname, u.user)
    with psycopg.connect(PG_URL) as conn:
        left = conn.execute("SELECT count(*) FROM pg_stat_activity "
                            "WHERE application_name = 'MediaDesk (connection test)'").fetchone()
    assert left == (0,)


# -- where the file is ----------------------------------------------------------------------

def test_a_file_in_the_home_folder_and_a_relative_one_are_saved_as_full_paths(
        qtbot, dialog, person, tmp_path, monkeypatch):
    """"~/team.db" was saved as <working folder>/~/team.db."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    set_text(qtbot, dialog.path_edit, "~/team.db")
    assert run_test(qtbot, dialog).startswith("MediaDesk can use this file.")
    person.when(QMessageBox, lambda box: press(qtbot, box, "Later"), name="restartBox")
    click(qtbot, dialog.save_button)
    person.finish()
    assert QSettings().value("database/url") == "sqlite:///" + str(home / "team.db")
    assert settings_dialog.sqlite_url("data/team.db") == "sqlite:///" + str(work / "data" /
                                                                           "team.db")


# -- Cancel and Escape ----------------------------------------------------------------------

def test_escape_asks_before_what_was_typed_is_thrown_away(qtbot, dialog):
    choose_server(qtbot, dialog, "db.example.com", 5432, "mediadesk", "ops")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.text() == "Discard your changes?"
    assert box.defaultButton() is box.cancel_button  # Keep editing
    click(qtbot, box.cancel_button)
    assert dialog.isVisible() and dialog.host_edit.text() == "db.example.com"
    click(qtbot, dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Cancel))
    click(qtbot, dialog.discard_box.confirm_button)
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Rejected
    assert QSettings().value("database/url") is None

    untouched = show_and_activate(qtbot, SettingsDialog())
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and untouched.discard_box is None


def test_cancel_while_save_waits_for_the_server_saves_nothing(qtbot, dialog, monkeypatch,
                                                               no_restart):
    release = threading.Event()
    monkeypatch.setattr(settings_dialog, "probe_database",
                        lambda url: release.wait(10) and "Connected.")
    choose_server(qtbot, dialog, "db.example.com", 5432, "mediadesk", "ops")
    click(qtbot, dialog.save_button)
    assert dialog.test_result.text() == "Testing…" and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    click(qtbot, dialog.discard_box.confirm_button)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Rejected
    assert QSettings().value("database/url") is None


def test_restart_now_starts_mediadesk_again_without_the_replaced_options(
        qtbot, dialog, person, monkeypatch, tmp_path):
    started, exits = [], []
    monkeypatch.setattr(settings_dialog, "start_detached",
                        lambda program, args, password="": started.append((program, args))
                        or True)
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    monkeypatch.setattr(sys, "argv", ["/opt/mediadesk/main.py", "--db", "sqlite:///old.db",
                                      "--lang", "en"])
    monkeypatch.setattr(settings_dialog.os.path, "exists", lambda p: True)
    set_text(qtbot, dialog.path_edit, str(tmp_path / "other.db"))
    person.when(QMessageBox, lambda box: press(qtbot, box, "Restart now"), name="restartBox")
    click(qtbot, dialog.save_button)
    person.finish()

    assert started == [(sys.executable, ["/opt/mediadesk/main.py", "--lang", "en"])]
    assert exits == [0]


@pytest.mark.postgres
def test_a_restart_keeps_the_team_password_off_the_command_line_and_the_log(monkeypatch,
                                                                              caplog):
    """Started with a team server's address that holds a password, a restart for a new
    language gives the new MediaDesk the address without it (a command line is there for
    every user of the PC to read) and the password in its environment; the log has
    neither."""
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    from models import db as dbmod

    reset_postgres(PG_URL)
    secret = "Top@S3cret"  # an "@" in it too
    url = dbmod.with_password(dbmod.without_password(PG_URL)[0], secret)
    bare = dbmod.without_password(url)[0]
    dbmod.connect(url)  # the test server trusts its clients: any password opens it
    started = []
    monkeypatch.setattr(settings_dialog, "start_detached",
                        lambda program, args, password="": started.append((args, password))
                        or True)
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: None))
    monkeypatch.setattr(sys, "argv", ["/opt/mediadesk/main.py", "--db", url, "--lang", "en"])
    monkeypatch.setattr(settings_dialog.os.path, "exists", lambda p: True)
    try:
        with caplog.at_level("INFO", logger=settings_dialog.log.name):
            assert settings_dialog.restart(drop_database=False, drop_language=True)
    finally:
        dbmod.close()
    assert started == [(["/opt/mediadesk/main.py", "--db", bare], secret)]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Restarting" in logged and "S3cret" not in logged and "Top" not in logged
    assert bare in logged


def test_a_program_started_on_its_own_gets_the_password_in_its_environment(tmp_path,
                                                                            monkeypatch):
    """What ``restart`` does, with a real process: the password is in its environment
    (only its user can read that), not in its arguments; without one, it inherits none
    from this MediaDesk's environment either."""
    out = tmp_path / "seen.json"
    dump = ("import json, os, sys\n"
            "with open(%r, 'w') as f:\n"
            "    json.dump([sys.argv[1:], os.environ.get(%r)], f)\n"
            "os.replace(%r, %r)\n" % (str(out) + ".part", settings_dialog.PASSWORD_ENV,
                                      str(out) + ".part", str(out)))

    def seen(password):
        out.unlink(missing_ok=True)
        assert settings_dialog.start_detached(
            sys.executable, ["-c", dump, "--db", "postgresql://ops@db/media"], password)
        deadline = time.monotonic() + 30
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return json.loads(out.read_text())

    assert seen("Top@S3cret") == [["--db", "postgresql://ops@db/media"], "Top@S3cret"]
    monkeypatch.setenv(settings_dialog.PASSWORD_ENV, "left-over")
    assert seen("") == [["--db", "postgresql://ops@db/media"], None]


def test_restart_arguments_drop_only_what_the_new_preference_replaces():
    argv = ["main.py", "--db", "sqlite:///a.db", "--lang=zh_CN", "--demo", "--demo-user", "lina"]
    assert restart_arguments(argv, drop_database=True, drop_language=False) == ["--lang=zh_CN"]
    assert restart_arguments(argv, drop_database=False, drop_language=True) == [
        "--db", "sqlite:///a.db", "--demo", "--demo-user", "lina"]
    assert restart_arguments(argv, True, True) == []
    assert restart_arguments(["main.py", "--db=x", "--lang", "en"], True, False) == ["--lang", "en"]


def test_restart_command_for_a_script_and_for_the_installed_entry_point(monkeypatch):
    monkeypatch.setattr(settings_dialog.os.path, "exists", lambda p: True)
    program, args = settings_dialog.restart_command(["/x/main.py", "--lang", "en"], False, True)
    assert (program, args) == (sys.executable, ["/x/main.py"])
    program, args = settings_dialog.restart_command(["/usr/bin/mediadesk", "--demo"], False, False)
    assert (program, args) == (sys.executable, ["-m", "main", "--demo"])


def test_addresses_are_built_with_quoting():
    assert settings_dialog.postgres_url("db", 5432, "media desk", "张", "p@ss:1") == \
        "postgresql://%E5%BC%A0:p%40ss%3A1@db:5432/media%20desk"
    assert settings_dialog.postgres_url("::1", None, "m") == "postgresql://[::1]/m"
    from models import db as dbmod

    u = dbmod.parse_url(settings_dialog.postgres_url("db", 5432, "media desk", "张", "p@ss:1"))
    assert (u.user, u.password, u.dbname) == ("张", "p@ss:1", "media desk")
    assert dbmod.parse_url(settings_dialog.sqlite_url("/tmp/100%/x.db")).path == "/tmp/100%/x.db"
