"""Starting the GUI: language, look, database choice, and whole sessions run through main()."""
from __future__ import annotations

import argparse
import os

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

import main
import resources
from tests.conftest import MANAGER_PASSWORD
from tests.ui.conftest import MEMBER_PASSWORD, type_text
from ui import app as gui, i18n
from ui.login import ChangePasswordDialog, DemoLoginDialog, LoginDialog
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog


def args(**values):
    base = {"db": None, "demo": False, "demo_user": None, "lang": None}
    base.update(values)
    return argparse.Namespace(**base)


# -- language ----------------------------------------------------------------------------------

def test_language_names_are_normalised():
    assert [i18n.normalise(v) for v in ("zh", "zh-CN", "zh_Hans_CN", "zh_TW", "en_GB", "en",
                                        "fr_FR", "", None)] == [
        "zh_CN", "zh_CN", "zh_CN", "zh_CN", "en", "en", None, None, None]


def test_the_language_comes_from_the_option_then_the_settings_then_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.choose_language(None) == "en"
    QSettings().setValue("language", "zh_CN")
    assert i18n.choose_language(None) == "zh_CN"
    assert i18n.choose_language("en") == "en"
    QSettings().remove("language")
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.choose_language(None) == "zh_CN"


def test_chinese_installs_qts_own_translation_for_standard_buttons(qtbot):
    own = i18n.install("zh_CN")
    try:
        assert own == resources.path("i18n", "mediadesk_zh_CN.qm").exists()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        texts = sorted(b.text().replace("&", "") for b in box.buttons())
        assert texts == sorted(["取消", "关闭"])
        assert i18n.current_language() == "zh_CN"
    finally:
        i18n.uninstall()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text().replace("&", "") == "Cancel"


def test_domain_errors_are_translated_through_qt_once_installed():
    from models import i18n as model_i18n

    i18n.install("en")
    try:
        assert model_i18n._translate is QCoreApplication.translate
    finally:
        i18n.uninstall()
    assert model_i18n._translate is None


# -- look ----------------------------------------------------------------------------------------

def test_the_font_falls_back_to_a_cjk_font_at_a_readable_size(qapp):
    old = qapp.font()
    try:
        gui.configure_font(qapp)
        font = qapp.font()
        assert font.families()[1:] == list(gui.CJK_FONTS)
        assert font.pointSizeF() >= 10
    finally:
        qapp.setFont(old)


def test_version_and_process_age():
    assert gui.app_version() == "0.1.0"
    age = gui.seconds_since_start()
    assert age is not None and 0 < age < 24 * 3600


# -- which database ----------------------------------------------------------------------------

def test_database_choice_order():
    from models import db as dbmod

    assert gui.database_url(args(db="sqlite:///a.db", demo=True)) == ("sqlite:///a.db", "option")
    assert gui.database_url(args(demo=True)) == (None, "demo")
    assert gui.database_url(args()) == (dbmod.default_url(), "default")
    QSettings().setValue("database/url", "postgresql://ops@db/mediadesk")
    assert gui.database_url(args()) == ("postgresql://ops@db/mediadesk", "settings")
    assert gui.database_url(args(db="sqlite:///b.db")) == ("sqlite:///b.db", "option")


def test_a_password_in_the_environment_goes_with_the_address_given_with_db(monkeypatch):
    """``MEDIADESK_DB_PASSWORD`` (how a restart hands the password on, and how a person can
    keep it off the command line) completes a team server's address given with --db, and
    is taken out of the environment, so that nothing MediaDesk starts inherits it."""
    monkeypatch.setenv(gui.PASSWORD_ENV, "p@ss:1")
    assert gui.database_url(args(db="postgresql://ops@db/media")) == (
        "postgresql://ops:p%40ss%3A1@db/media", "option")
    assert gui.PASSWORD_ENV not in os.environ
    monkeypatch.setenv(gui.PASSWORD_ENV, "p@ss:1")
    assert gui.database_url(args(db="postgresql://ops:own@db/media")) == (
        "postgresql://ops:own@db/media", "option")
    assert gui.PASSWORD_ENV not in os.environ


# -- whole sessions, run through main() ------------------------------------------------------------

def close_when_painted(window: MainWindow) -> None:
    """Close the window (as a person would, after it is painted), which ends the app."""
    def close():
        QTimer.singleShot(0, window.close)

    if window._painted:
        close()
    else:
        window.first_painted.connect(close)


def test_demo_user_opens_the_main_window_straight_away(qtbot, demo_url, person):
    from ui import errors

    seen = []

    def check(window):
        seen.append((window.user.login, window.user_label.text(), window.database_label.text(),
                     QApplication.instance().styleSheet()))
        close_when_painted(window)

    person.when(MainWindow, check)
    assert main.main(["--db", demo_url, "--demo-user", "wangfang", "--lang", "en"]) == 0
    person.finish()
    login, user_text, db_text, app_sheet = seen[0]
    # No style sheet for the whole application: it would make every widget's style a
    # QStyleSheetStyle, 10 % of opening the inbox (ui/style.py).
    assert app_sheet == ""
    assert login == "wangfang"
    assert user_text == "王芳 (Operations manager, Account administrator)"
    assert db_text == "Database: " + demo_url[len("sqlite:///"):]
    log_text = errors.log_file().read_text(encoding="utf-8")
    assert "Main window painted" in log_text and "ms after the process started" in log_text
    assert QApplication.instance().styleSheet() == ""  # the test's application is handed back


def test_the_collector_waits_for_the_first_paint_but_never_for_a_person(
        qtbot, demo_url, person, monkeypatch):
    """Python's cyclic garbage collector is held back while the window is built (9 ms of
    start-up, issue 2), and on again once it is painted, or while a dialog waits."""
    import gc

    states = []
    build = MainWindow.__init__

    def spy(self, *a, **k):
        states.append(("building", gc.isenabled()))
        build(self, *a, **k)
        def painted_and_done():
            states.append(("painted", gc.isenabled()))
            self.close()  # which ends the app

        # Once the event loop has gone round after the paint (the collector comes back
        # on then, not while the first frame is drawn).
        self.first_painted.connect(lambda: QTimer.singleShot(
            0, lambda: QTimer.singleShot(0, painted_and_done)))

    monkeypatch.setattr(MainWindow, "__init__", spy)
    assert main.main(["--db", demo_url, "--demo-user", "wangfang", "--lang", "en"]) == 0
    person.finish()
    assert states == [("building", False), ("painted", True)]
    assert gc.isenabled()

    states.clear()

    def pick_first(dialog):
        states.append(("choosing", gc.isenabled()))
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    person.when(DemoLoginDialog, pick_first)
    assert main.main(["--db", demo_url, "--lang", "en"]) == 0
    person.finish()
    assert states == [("choosing", True), ("building", True), ("painted", True)]
    assert gc.isenabled()


def test_demo_builds_a_temporary_database_and_removes_it_at_the_end(qtbot, person):
    from models import db as dbmod

    where = []

    def pick_lina(dialog):
        where.append(dbmod.current_url_display())
        for row in range(dialog.list.count()):
            if dialog.list.item(row).text().startswith("李娜"):
                dialog.list.setCurrentRow(row)
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    person.when(DemoLoginDialog, pick_lina)
    person.when(MainWindow, lambda w: (where.append(w.user.login), close_when_painted(w)))
    assert main.main(["--demo"]) == 0
    person.finish()
    path, login = where
    assert login == "lina"
    assert os.path.basename(os.path.dirname(path)).startswith("mediadesk-demo-")
    assert not os.path.exists(os.path.dirname(path))


def set_up_as_wang_fang(qtbot, dialog) -> None:
    """The set-up dialog filled in for 王芳, the operations manager, and saved."""
    type_text(qtbot, dialog.login_edit, "wang.fang")
    type_text(qtbot, dialog.name_edit, "王芳")
    type_text(qtbot, dialog.password_edit, "start-2026")
    type_text(qtbot, dialog.repeat_edit, "start-2026")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)


def test_first_start_sets_up_the_team_and_logs_the_manager_in(qtbot, tmp_path, person):
    url = "sqlite:///" + str(tmp_path / "new.db")

    def set_up(dialog):
        set_up_as_wang_fang(qtbot, dialog)

    users_seen = []
    person.when(SetupDialog, set_up)
    person.when(MainWindow, lambda w: (users_seen.append(w.user), close_when_painted(w)))
    assert main.main(["--db", url]) == 0
    person.finish()
    assert users_seen[0].login == "wang.fang" and users_seen[0].is_manager


def test_a_team_set_up_by_a_colleague_meanwhile_leads_to_the_log_in(qtbot, tmp_path, person):
    """Two PCs' first starts on one new database: the second's set-up dialog said "set up
    already, please log in" and stayed, with no way to log in but a restart."""
    from PySide6.QtWidgets import QMessageBox

    url = "sqlite:///" + str(tmp_path / "new.db")

    def set_up(dialog):
        # Meanwhile, on the colleague's PC (another process):
        import subprocess
        import sys

        colleague = ("import sys; sys.path.insert(0, '.'); from models import db, platforms, "
                     f"users; db.connect({url!r}); users.setup_team('zhao.li', '赵丽', "
                     "'start-2026', platforms.default_specs()); db.close()")
        subprocess.run([sys.executable, "-c", colleague], check=True, timeout=60,
                       cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
        set_up_as_wang_fang(qtbot, dialog)

    told = []

    def note(box):
        told.append(box.text())
        box.accept()

    def log_in(dialog):
        qtbot.keyClicks(dialog.login_edit, "zhao.li")
        qtbot.keyClicks(dialog.password_edit, "start-2026")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    users_seen = []
    person.when(SetupDialog, set_up).when(QMessageBox, note).when(LoginDialog, log_in)
    person.when(MainWindow, lambda w: (users_seen.append(w.user), close_when_painted(w)))
    assert main.main(["--db", url]) == 0
    person.finish()
    assert told == ["A colleague has just set up this team database. Log in with the account "
                    "the operations manager created for you."]
    assert users_seen[0].login == "zhao.li"


def test_log_in_forced_password_change_log_out_and_quit(qtbot, team, sqlite_db, person):
    from models import users

    manager, lina = team
    users.reset_password(manager, lina.id, "temporary-1")
    url = "sqlite:///" + sqlite_db.database

    def log_in(dialog):
        qtbot.keyClicks(dialog.login_edit, "lina")
        qtbot.keyClicks(dialog.password_edit, "temporary-1")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    def change(dialog):
        assert dialog.forced
        qtbot.keyClicks(dialog.old_edit, "temporary-1")
        qtbot.keyClicks(dialog.new_edit, MEMBER_PASSWORD + "x")
        qtbot.keyClicks(dialog.repeat_edit, MEMBER_PASSWORD + "x")
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    windows = []

    def log_out(window):
        windows.append(window.user)
        window.logout_action.trigger()

    def quit_at_login(dialog):
        assert dialog.login_edit.text() == "lina"  # remembered from the first log-in
        qtbot.mouseClick(dialog.findChild(type(dialog.login_button), "quitButton"),
                         Qt.MouseButton.LeftButton)

    person.when(LoginDialog, log_in).when(ChangePasswordDialog, change)
    person.when(MainWindow, log_out).when(LoginDialog, quit_at_login)
    assert main.main(["--db", url]) == 0
    person.finish()
    assert windows[0].login == "lina" and not windows[0].must_change_password
    from models import db as dbmod

    dbmod.connect(url)
    assert users.authenticate("lina", MEMBER_PASSWORD + "x").id == lina.id


def test_quitting_the_forced_password_change_ends_the_app(qtbot, team, sqlite_db, person):
    from models import users

    manager, lina = team
    users.reset_password(manager, lina.id, "temporary-1")

    def log_in(dialog):
        qtbot.keyClicks(dialog.login_edit, "lina")
        qtbot.keyClicks(dialog.password_edit, "temporary-1")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    person.when(LoginDialog, log_in)
    person.when(ChangePasswordDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert main.main(["--db", "sqlite:///" + sqlite_db.database]) == 0
    person.finish()
    assert not any(isinstance(w, MainWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_a_bad_database_option_is_shown_in_a_message_box_and_exits_2(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("not for --db"))
    assert main.main(["--db", "nonsense://x"]) == 2
    assert shown == [("Cannot open the database",
                      shown[0][1])] and "is not a database address" in shown[0][1]
    assert "is not a database address" in capsys.readouterr().err


def test_a_bad_saved_database_offers_the_settings(monkeypatch, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    QSettings().setValue("database/url", "sqlite:///" + str(notes))
    asked = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    assert main.main([]) == 2
    assert asked == ["Choose another database in the settings?"]
    assert notes.read_text(encoding="utf-8") == "not a database"


def test_demo_user_on_a_real_database_is_refused(monkeypatch, team, sqlite_db, capsys):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append((title, text)))
    assert main.main(["--db", "sqlite:///" + sqlite_db.database, "--demo-user", "wangfang"]) == 2
    assert shown == [("Cannot log in", "Logging in without a password works only in the demo.")]
    assert "only in the demo" in capsys.readouterr().err


def test_manager_password_still_logs_in(team):
    from models import users

    assert users.authenticate("wangfang", MANAGER_PASSWORD).is_manager


@pytest.mark.postgres
def test_a_team_server_is_set_up_and_used_through_the_gui(qtbot, person):
    from tests.conftest import PG_URL, need, reset_postgres

    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    reset_postgres(PG_URL)

    def set_up(dialog):
        type_text(qtbot, dialog.login_edit, "wangfang")
        type_text(qtbot, dialog.name_edit, "王芳")
        type_text(qtbot, dialog.password_edit, MANAGER_PASSWORD)
        type_text(qtbot, dialog.repeat_edit, MANAGER_PASSWORD)
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    shown = []
    person.when(SetupDialog, set_up)
    person.when(MainWindow, lambda w: (shown.append(w.database_label.text()),
                                       close_when_painted(w)))
    assert main.main(["--db", PG_URL]) == 0
    person.finish()
    assert shown[0].startswith("Database: postgresql://") and "@" in shown[0]
    from models import db as dbmod

    password = dbmod.parse_url(PG_URL).password
    assert not password or password not in shown[0]


def test_the_data_layer_is_imported_before_qt():
    """PySide6 reads the source of every module imported after it; the models the log-in
    and the first screens need come first (start-up, issue 2)."""
    import subprocess
    import sys

    code = ("import sys; import ui.app as a; a.import_data_layer(); "
            "print(sorted(m for m in ('PySide6', 'models.users', 'models.posts', "
            "'models.audit', 'peewee') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=os.path.dirname(main.__file__),
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["['models.audit',", "'models.posts',", "'models.users',",
                                  "'peewee']"], out.stderr


def test_the_app_paints_on_its_own_thread_without_qts_helper_threads(tmp_path):
    """Qt hands every fill of more than 96 lines to helper threads and waits for them,
    which costs more than the fill for a window's surfaces (ui.app.serial_painting: the
    inbox's scroll bar took 3.0 ms instead of 0.36).  MediaDesk's QApplication paints
    a tall list without starting one; the same painting with Qt's default starts them
    (the check that the count shows them)."""
    import subprocess
    import sys

    code = r"""
import os, sys
from ui import app as gui
def threads():
    return len(os.listdir("/proc/self/task"))
def paint_a_list():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QScrollBar, QTableWidget
    table = QTableWidget(60, 4)
    table.resize(900, 800)
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(14, 800)
    for widget in (table, bar):
        widget.show()
        QApplication.processEvents()
        widget.repaint()
    QApplication.processEvents()
if sys.argv[1] == "app":
    with gui.application("en"):
        before = threads()
        paint_a_list()
        print(before, threads())
else:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    before = threads()
    paint_a_list()
    print(before, threads())
"""
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    counts = {}
    for how in ("app", "qt-default"):
        out = subprocess.run([sys.executable, "-c", code, how], cwd=os.path.dirname(main.__file__),
                             capture_output=True, text=True, timeout=60, env=env)
        assert out.returncode == 0, out.stderr
        counts[how] = [int(n) for n in out.stdout.split()]
    before, after = counts["qt-default"]
    assert after > before, "Qt's default no longer starts helper threads: this test sees nothing"
    before, after = counts["app"]
    assert after == before, f"MediaDesk started {after - before} painting threads"
