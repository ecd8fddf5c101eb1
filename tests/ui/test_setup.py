"""The set-up dialog on an empty database: the operations manager and the team's platforms."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from tests.ui.conftest import show_and_activate, type_text
from ui.setup_dialog import SetupDialog

PASSWORD = "start-2026"


@pytest.fixture
def dialog(qtbot, sqlite_db):
    return show_and_activate(qtbot, SetupDialog("/tmp/team.db"))


def fill_person(qtbot, d, login="wang.fang", name="王芳", password=PASSWORD, repeat=None):
    for edit, text in ((d.login_edit, login), (d.name_edit, name), (d.password_edit, password),
                       (d.repeat_edit, password if repeat is None else repeat)):
        edit.clear()
        type_text(qtbot, edit, text)


def item_named(d, name):
    for item in d.platform_items():
        if item.text() == name:
            return item
    raise AssertionError(f"no platform {name!r} in {[i.text() for i in d.platform_items()]}")


def toggle(qtbot, d, name):
    """Select the platform and press Space, as a person ticks or unticks it."""
    d.platform_list.setCurrentItem(item_named(d, name))
    d.platform_list.setFocus()
    qtbot.keyClick(d.platform_list, Qt.Key.Key_Space)


def rename(qtbot, d, old, new):
    """F2 on the platform, type the new name, Enter."""
    d.platform_list.setCurrentItem(item_named(d, old))
    d.platform_list.setFocus()
    qtbot.keyClick(d.platform_list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, new)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # At a person's pace: the editor has closed and the list has the focus again.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.platform_list)
    qtbot.wait(20)


def test_every_default_platform_is_offered_and_ticked(dialog):
    from models import platforms

    names = [item.text() for item in dialog.platform_items()]
    assert names == [spec.name for spec in platforms.default_specs()]
    assert all(item.checkState() == Qt.CheckState.Checked for item in dialog.platform_items())
    assert not item_named(dialog, "Weibo").icon().isNull()  # the colour swatch


def test_setup_creates_the_manager_and_the_chosen_platforms(qtbot, dialog):
    from models import platforms, users

    fill_person(qtbot, dialog)
    toggle(qtbot, dialog, "Weibo")
    toggle(qtbot, dialog, "QQ Zone")
    rename(qtbot, dialog, "Official website", "公司官网")
    assert item_named(dialog, "Weibo").checkState() == Qt.CheckState.Unchecked

    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.is_manager
    assert dialog.user.login == "wang.fang" and dialog.user.display_name == "王芳"
    names = [p.name for p in platforms.list_platforms()]
    assert names[0] == "公司官网"
    assert "Weibo" not in names and "QQ Zone" not in names
    assert len(names) == len(platforms.default_specs()) - 2
    assert not users.needs_setup()
    # Logged in already: the password works, and no second prompt was needed.
    assert users.authenticate("wang.fang", PASSWORD).id == dialog.user.id


def test_a_short_password_is_refused_next_to_the_field_and_the_form_stays_filled(qtbot, dialog):
    from models import users

    fill_person(qtbot, dialog, password="abc12")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "at least 8 characters" in dialog.errors.message("password")
    assert dialog.findChild(type(dialog.general_error), "passwordError").isVisible()
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.login_edit.text() == "wang.fang" and dialog.name_edit.text() == "王芳"
    assert dialog.password_edit.text() == "abc12"
    assert users.needs_setup()

    # Correcting the password clears the message and sets the team up.
    fill_person(qtbot, dialog)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert not users.needs_setup()


def test_a_bad_user_name_is_shown_at_the_user_name(qtbot, dialog):
    fill_person(qtbot, dialog, login="x")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter presses "Set up"

    assert dialog.isVisible()
    assert "2 to 64 letters" in dialog.errors.message("login")
    assert dialog.focusWidget() is dialog.login_edit
    assert dialog.name_edit.text() == "王芳"


def test_passwords_that_differ_are_caught_before_anything_is_saved(qtbot, dialog):
    from models import users

    fill_person(qtbot, dialog, repeat="start-2027")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert "not the same" in dialog.errors.message("repeat")
    assert dialog.repeat_edit.text() == "" and dialog.focusWidget() is dialog.repeat_edit
    assert dialog.password_edit.text() == PASSWORD
    assert users.needs_setup()


def test_at_least_one_platform_is_required(qtbot, dialog):
    from models import users

    fill_person(qtbot, dialog)
    for item in dialog.platform_items():
        toggle(qtbot, dialog, item.text())
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.message("platforms") == "Tick at least one platform."
    assert dialog.login_edit.text() == "wang.fang"
    assert users.needs_setup()


def test_two_platforms_with_one_name_are_refused_at_the_list(qtbot, dialog):
    from models import users

    fill_person(qtbot, dialog)
    rename(qtbot, dialog, "Douyin", "Weibo")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "already a platform called Weibo" in dialog.errors.message("platforms")
    assert dialog.platform_list.currentItem().text() == "Weibo"
    assert dialog.password_edit.text() == PASSWORD  # nothing typed was lost
    assert users.needs_setup()


# -- Quit and Escape -------------------------------------------------------------------------

def test_escape_and_quit_ask_before_what_was_typed_is_thrown_away(qtbot, dialog):
    """Escape or Quit threw away everything typed and quit MediaDesk without a word."""
    from models import users

    fill_person(qtbot, dialog)
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.text() == "Discard your changes?"
    assert box.defaultButton() is box.cancel_button  # Keep editing
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.login_edit.text() == "wang.fang"
    assert dialog.password_edit.text() == PASSWORD

    qtbot.mouseClick(dialog.findChild(QPushButton, "quitButton"), Qt.MouseButton.LeftButton)
    assert dialog.discard_box.isVisible() and dialog.isVisible()
    qtbot.mouseClick(dialog.discard_box.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == SetupDialog.DialogCode.Rejected
    assert users.needs_setup()


def test_a_platform_unticked_counts_as_a_change(qtbot, dialog):
    toggle(qtbot, dialog, "Weibo")
    qtbot.keyClick(dialog.platform_list, Qt.Key.Key_Escape)
    assert dialog.discard_box is not None and dialog.isVisible()


def test_an_untouched_form_closes_at_once(qtbot, dialog):
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None
    assert dialog.result() == SetupDialog.DialogCode.Rejected


# -- access keys -----------------------------------------------------------------------------

def test_every_button_has_an_access_key(qtbot, dialog, person):
    """创建, 退出 and 改用团队服务器… had none."""
    from tests.views.test_mnemonics import access_key, window_clashes
    from ui.settings_dialog import SettingsDialog

    buttons = {b.objectName(): b for b in dialog.findChildren(QPushButton)}
    keys = {name: access_key(b.text()) for name, b in buttons.items()}
    assert keys == {"setupButton": "s", "quitButton": "q", "databaseSettingsButton": "t"}
    assert not window_clashes(dialog)

    person.when(SettingsDialog, lambda settings: settings.reject())
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: SettingsDialog in person.done)  # a mnemonic "animates" the click
    person.finish()
    with qtbot.waitActive(dialog):  # a window manager gives the focus back to the dialog
        dialog.activateWindow()

    fill_person(qtbot, dialog)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == SetupDialog.DialogCode.Accepted)


# -- the error lines -------------------------------------------------------------------------

def test_an_error_line_takes_the_height_of_its_text(qtbot, dialog):
    """A two-line error under the user name left two empty lines under it (more in Chinese):
    the field below starts right under the text."""
    top = dialog.name_edit.y()
    fill_person(qtbot, dialog, login="x")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "loginError")
    qtbot.waitUntil(lambda: error.isVisible())
    line = error.fontMetrics().lineSpacing()
    assert error.height() == error.heightForWidth(error.width()) >= 2 * line
    assert dialog.name_edit.y() - top < error.height() + line  # no empty lines below it

    dialog.errors.clear()
    qtbot.wait(20)
    assert dialog.name_edit.y() == top  # and no gap once it has gone
