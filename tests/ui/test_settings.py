"""The settings dialog: which database, which language, testing a connection, restarting."""
from __future__ import annotations

import socket
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QProcess, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

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
        return "done"

    monkeypatch.setattr(settings_dialog, "probe_database", slow_probe)
    choose_server(qtbot, dialog, "db.example.com", 5432, "mediadesk", "ops", "pw-1")
    click(qtbot, dialog.test_button)
    assert dialog.test_result.text() == "Testing…"
    assert not dialog.test_button.isEnabled()
    # The GUI thread is free: typing still works while the test waits for the server.
    set_text(qtbot, dialog.user_edit, "ops2")
    assert dialog.user_edit.text() == "ops2"
    release.set()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.test_result.text() == "done"
    assert seen == ["postgresql://ops:pw-1@db.example.com:5432/mediadesk"]


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


def test_saving_a_team_server_keeps_no_password_and_offers_a_restart(qtbot, dialog, person):
    choose_server(qtbot, dialog, "db.example.com", 5433, "mediadesk", "ops", "do-not-store-1")
    prompts = []

    def later(box):
        prompts.append(box.text())
        press(qtbot, box, "Later")

    person.when(QMessageBox, later, name="restartBox")
    click(qtbot, dialog.save_button)
    person.finish()

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


def test_an_empty_file_name_is_refused(qtbot, dialog):
    dialog.path_edit.clear()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "is not a database address" in dialog.message.text()
    assert QSettings().value("database/url") is None


def test_restart_now_starts_mediadesk_again_without_the_replaced_options(
        qtbot, dialog, person, monkeypatch, tmp_path):
    started, exits = [], []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, args, cwd: started.append((program, args))
                                     or (True, 4242)))
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


def test_a_restart_logs_no_password(monkeypatch, caplog):
    """Started with a team server's address that holds a password, a restart for a new
    language logs its command without it (the log had the password); the new process is
    still given the address whole."""
    started = []
    monkeypatch.setattr(QProcess, "startDetached",
                        staticmethod(lambda program, args, cwd: started.append(args)
                                     or (True, 4242)))
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: None))
    url = "postgresql://mediadesk:Top@S3cret@db-server:5432/mediadesk"  # an "@" in it too
    monkeypatch.setattr(sys, "argv", ["/opt/mediadesk/main.py", "--db", url, "--lang", "en"])
    monkeypatch.setattr(settings_dialog.os.path, "exists", lambda p: True)
    with caplog.at_level("INFO", logger=settings_dialog.log.name):
        assert settings_dialog.restart(drop_database=False, drop_language=True)
    assert started and url in started[0]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Restarting" in logged and "S3cret" not in logged and "Top@" not in logged
    assert "postgresql://mediadesk:***@db-server:5432/mediadesk" in logged


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
