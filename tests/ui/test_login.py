"""Logging in with a password, the demo's member picker, and changing one's own password."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from tests.conftest import MANAGER_PASSWORD
from tests.ui.conftest import MEMBER_PASSWORD, show_and_activate
from ui.login import ChangePasswordDialog, DemoLoginDialog, LoginDialog


def open_dialog(qtbot, dialog):
    return show_and_activate(qtbot, dialog)


def has_cursor(dialog, edit) -> bool:
    """The text cursor is in ``edit`` (the dialog's focus widget, active or not)."""
    return dialog.focusWidget() is edit


def log_in(qtbot, dialog, login, password):
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


@pytest.fixture
def login_dialog(qtbot, team):
    return open_dialog(qtbot, LoginDialog("/data/mediadesk.db"))


def test_the_right_password_logs_in(qtbot, login_dialog):
    log_in(qtbot, login_dialog, "wangfang", MANAGER_PASSWORD)

    assert login_dialog.result() == QDialog.DialogCode.Accepted
    assert not login_dialog.isVisible()
    assert login_dialog.user.login == "wangfang" and login_dialog.user.is_manager


def test_a_wrong_password_is_explained_and_the_dialog_stays(qtbot, login_dialog):
    log_in(qtbot, login_dialog, "wangfang", "not-my-password")

    assert login_dialog.isVisible()
    assert login_dialog.message.isVisible()
    assert login_dialog.message.text() == "The user name or password is wrong."
    assert login_dialog.login_edit.text() == "wangfang"
    assert login_dialog.password_edit.text() == ""
    assert has_cursor(login_dialog, login_dialog.password_edit)
    assert login_dialog.user is None

    # Typing the right password now logs in.
    qtbot.keyClicks(login_dialog.password_edit, MANAGER_PASSWORD)
    qtbot.mouseClick(login_dialog.login_button, Qt.MouseButton.LeftButton)
    assert login_dialog.result() == QDialog.DialogCode.Accepted


def test_five_failures_pause_log_in_and_say_to_wait(qtbot, login_dialog):
    from models import users

    for _ in range(users.MAX_FAILURES):
        log_in(qtbot, login_dialog, "wangfang", "guess-1234")
    text = login_dialog.message.text()
    assert "paused" in text and "wait" in text
    assert f"{users.PAUSE_SECONDS} seconds" in text

    # Even the right password waits now: Log in is off until the pause is over (it counts
    # down: tests/ui/test_login_pause.py), and what is typed stays for then.
    assert not login_dialog.login_button.isEnabled()
    qtbot.keyClicks(login_dialog.password_edit, MANAGER_PASSWORD)
    qtbot.keyClick(login_dialog.password_edit, Qt.Key.Key_Return)
    assert login_dialog.isVisible()
    assert login_dialog.user is None
    assert "wait" in login_dialog.message.text()


def test_an_empty_user_name_is_asked_for(qtbot, login_dialog):
    qtbot.keyClicks(login_dialog.password_edit, MANAGER_PASSWORD)
    qtbot.mouseClick(login_dialog.login_button, Qt.MouseButton.LeftButton)

    assert login_dialog.isVisible()
    assert login_dialog.message.text() == "Please enter your user name."
    assert has_cursor(login_dialog, login_dialog.login_edit)


def test_the_last_user_name_is_remembered(qtbot, team):
    first = open_dialog(qtbot, LoginDialog())
    log_in(qtbot, first, "lina", MEMBER_PASSWORD)
    assert first.result() == QDialog.DialogCode.Accepted

    second = open_dialog(qtbot, LoginDialog())
    assert second.login_edit.text() == "lina"
    assert has_cursor(second, second.password_edit)


def test_the_dialog_names_the_database(login_dialog):
    assert "/data/mediadesk.db" in login_dialog.findChild(type(login_dialog.message),
                                                          "databaseLabel").text()


# -- the demo ---------------------------------------------------------------------------------

def test_the_demo_lists_the_team_with_roles_and_departments(qtbot, demo_url):
    from models import db as dbmod

    dbmod.connect(demo_url)
    dialog = open_dialog(qtbot, DemoLoginDialog())
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(t.startswith("王芳\n") and "Operations manager, Account administrator" in t
               and "新媒体运营部" in t for t in texts)
    assert any(t.startswith("周敏\n") and "Read-only access" in t and "设计部" in t for t in texts)
    assert "demo" in dialog.findChild(type(dialog.message), "demoNote").text()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_demo_lists_the_team_in_the_order_a_chinese_reader_expects(qtbot, demo_url,
                                                                        language):
    """By pinyin (陈 chén, 李 lǐ, 刘 liú ... 周 zhōu), not by character code as the database
    and English collation sort them (刘, 周, 孙 ...)."""
    from PySide6.QtCore import QLocale

    from models import db as dbmod
    from ui import i18n

    dbmod.connect(demo_url)
    saved = QLocale()
    i18n.install(language)
    try:
        dialog = open_dialog(qtbot, DemoLoginDialog())
        names = [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())]
    finally:
        i18n.uninstall()
        QLocale.setDefault(saved)
    assert names == ["陈静", "李娜", "刘洋", "孙丽", "王芳", "张伟", "赵刚", "周敏"]


def test_double_clicking_a_member_logs_in_as_them(qtbot, demo_url):
    from models import audit, db as dbmod

    dbmod.connect(demo_url)
    dialog = open_dialog(qtbot, DemoLoginDialog())
    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("李娜"))
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    # A double-click: the first press and release, then the second press.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.login == "lina"
    assert audit.recent(1)[0].action == "login.succeeded"


def test_the_demo_picker_refuses_a_real_database(qtbot, team):
    dialog = open_dialog(qtbot, DemoLoginDialog())
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.message.text() == "Logging in without a password works only in the demo."


# -- changing the password -------------------------------------------------------------------

@pytest.fixture
def reset_member(team):
    """李娜 after the manager reset her password: she must choose a new one."""
    from models import users

    manager, lina = team
    users.reset_password(manager, lina.id, "temporary-1")
    member = users.authenticate("lina", "temporary-1")
    assert member.must_change_password
    return member


def fill_change(qtbot, dialog, old, new, repeat=None):
    for edit, text in ((dialog.old_edit, old), (dialog.new_edit, new),
                       (dialog.repeat_edit, new if repeat is None else repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_after_a_reset_the_new_password_must_be_chosen(qtbot, reset_member):
    from models import users

    dialog = open_dialog(qtbot, ChangePasswordDialog(reset_member, forced=True))
    assert "temporary password" in dialog.findChild(type(dialog.general_error), "forcedNote").text()
    assert dialog.findChild(type(dialog.ok_button), "cancelButton").text() == "&Quit"

    fill_change(qtbot, dialog, "temporary-1", "lina-2026!", repeat="lina-2026?")
    assert dialog.isVisible()
    assert "not the same" in dialog.errors.message("repeat")

    fill_change(qtbot, dialog, "wrong-one-1", "lina-2026!")
    assert dialog.errors.message("old_password") == "The current password is wrong."
    assert dialog.old_edit.text() == "" and has_cursor(dialog, dialog.old_edit)

    fill_change(qtbot, dialog, "temporary-1", "short1")
    assert "at least 8 characters" in dialog.errors.message("new_password")

    fill_change(qtbot, dialog, "temporary-1", "lina-2026!")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.must_change_password is False
    assert users.authenticate("lina", "lina-2026!").id == reset_member.id


def test_the_forced_change_cannot_be_skipped_except_by_quitting(qtbot, reset_member):
    from ui.app import Session

    dialog = open_dialog(qtbot, ChangePasswordDialog(reset_member, forced=True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()

    # The session treats leaving the forced dialog as quitting: nobody is logged in.
    from tests.ui.conftest import Person

    person = Person().when(ChangePasswordDialog, lambda d: qtbot.mouseClick(
        d.findChild(type(d.ok_button), "cancelButton"), Qt.MouseButton.LeftButton))
    assert Session(None, "").check_password_change(reset_member) is None
    person.finish()


def test_changing_the_password_from_the_menu_is_optional(qtbot, team):
    manager, _ = team
    dialog = open_dialog(qtbot, ChangePasswordDialog(manager))
    cancel = dialog.findChild(type(dialog.ok_button), "cancelButton")
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_asks_before_typed_passwords_are_thrown_away(qtbot, team):
    """Typed passwords count as entries: Cancel or Escape asks "Discard your changes?"
    (Keep editing the default); a dialog nobody typed into closes at once."""
    manager, _ = team
    dialog = open_dialog(qtbot, ChangePasswordDialog(manager))
    qtbot.keyClicks(dialog.old_edit, MANAGER_PASSWORD)
    qtbot.keyClicks(dialog.new_edit, "wangfang-2026!")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.text() == "Discard your changes?"
    assert box.defaultButton() is box.cancel_button
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.new_edit.text() == "wangfang-2026!"
    qtbot.mouseClick(dialog.findChild(type(dialog.ok_button), "cancelButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.discard_box.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    untouched = open_dialog(qtbot, ChangePasswordDialog(manager))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and untouched.discard_box is None


def test_quitting_the_forced_change_asks_when_a_password_was_typed(qtbot, reset_member):
    dialog = open_dialog(qtbot, ChangePasswordDialog(reset_member, forced=True))
    qtbot.keyClicks(dialog.old_edit, "temporary-1")
    qtbot.mouseClick(dialog.findChild(type(dialog.ok_button), "cancelButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.discard_box is not None and dialog.isVisible()


def test_the_log_in_dialog_closes_at_once(qtbot, login_dialog):
    """Not a form to keep: a user name and a password are typed again in a moment."""
    qtbot.keyClicks(login_dialog.password_edit, "half-typed")
    qtbot.keyClick(login_dialog.password_edit, Qt.Key.Key_Escape)
    assert not login_dialog.isVisible()
    assert login_dialog.result() == QDialog.DialogCode.Rejected


def test_log_in_and_database_settings_have_access_keys(qtbot, login_dialog, person):
    """登录 and 数据库设置… had none."""
    from tests.views.test_mnemonics import access_key, window_clashes
    from ui.settings_dialog import SettingsDialog

    settings = login_dialog.findChild(QPushButton, "databaseSettingsButton")
    assert access_key(login_dialog.login_button.text()) == "l"
    assert access_key(settings.text()) == "d"
    assert not window_clashes(login_dialog)

    person.when(SettingsDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(login_dialog.login_edit, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: SettingsDialog in person.done)  # a mnemonic "animates" the click
    person.finish()
    with qtbot.waitActive(login_dialog):
        login_dialog.activateWindow()

    login_dialog.login_edit.clear()
    qtbot.keyClicks(login_dialog.login_edit, "wangfang")
    qtbot.keyClicks(login_dialog.password_edit, MANAGER_PASSWORD)
    qtbot.keyClick(login_dialog.password_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: login_dialog.result() == QDialog.DialogCode.Accepted)


def test_every_button_of_the_log_in_dialogs_has_an_access_key(qtbot, login_dialog, team,
                                                              demo_url):
    """Quit (log-in, demo picker, forced change), the demo's Log in and Change password had
    none."""
    from models import db as dbmod
    from tests.views.test_mnemonics import access_key, window_clashes

    dialogs = [login_dialog, open_dialog(qtbot, ChangePasswordDialog(team[1], forced=True)),
               open_dialog(qtbot, ChangePasswordDialog(team[1]))]
    for dialog in dialogs:
        for button in dialog.findChildren(QPushButton):
            if button.text() != "Cancel":  # Qt's own: Escape is its key
                assert access_key(button.text()), (type(dialog).__name__, button.text())
        assert not window_clashes(dialog)
    dbmod.connect(demo_url)
    demo = open_dialog(qtbot, DemoLoginDialog())
    assert {access_key(b.text()) for b in demo.findChildren(QPushButton)} == {"l", "q"}


def test_an_error_line_takes_the_height_of_its_text(qtbot, team):
    """A one-line error under the new password had an empty line under it."""
    _, lina = team
    dialog = open_dialog(qtbot, ChangePasswordDialog(lina))
    fill_change(qtbot, dialog, MEMBER_PASSWORD, "abcdefghijk")
    error = dialog.findChild(QLabel, "new_passwordError")
    assert error.isVisible() and "mix letters" in error.text()
    assert error.height() == error.heightForWidth(error.width())
    assert dialog.repeat_edit.y() - error.geometry().bottom() < error.fontMetrics().lineSpacing()
