"""The pause after five wrong passwords counts down in the log-in dialog, once a second,
with Log in off until it is over; then Log in works again.  (The message said "paused for
60 seconds" for ever while Log in stayed on.)  Time is shifted as the service tests shift
it: ``timeutil.utcnow``, the clock of both the service and the dialog; the dialog's timer
is ticked by hand, so nothing waits a minute."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models import timeutil, users
from tests.conftest import MANAGER_PASSWORD
from tests.ui.conftest import MEMBER_PASSWORD, show_and_activate
from tests.ui.test_login import log_in
from ui.login import LoginDialog


@pytest.fixture
def clock(monkeypatch):
    """``timeutil.utcnow`` stands still until ``clock.shift(seconds)``."""
    class Clock:
        now = timeutil.utcnow()

        def shift(self, seconds: int) -> None:
            self.now += dt.timedelta(seconds=seconds)

    c = Clock()
    monkeypatch.setattr(timeutil, "utcnow", lambda: c.now)
    return c


@pytest.fixture
def paused(qtbot, team, clock):
    dialog = show_and_activate(qtbot, LoginDialog("/data/mediadesk.db"))
    for _ in range(users.MAX_FAILURES):
        log_in(qtbot, dialog, "wangfang", "guess-1234")
    return dialog


def tick(dialog) -> None:
    dialog.pause_timer.timeout.emit()  # what the timer does once a second


def test_the_pause_counts_down_with_log_in_off(qtbot, paused, clock):
    dialog = paused
    assert f"{users.PAUSE_SECONDS} seconds" in dialog.message.text()
    assert not dialog.login_button.isEnabled()
    assert dialog.pause_timer.isActive() and dialog.pause_timer.interval() == 1000

    clock.shift(1)
    tick(dialog)
    assert f"{users.PAUSE_SECONDS - 1} second" in dialog.message.text()
    clock.shift(24)
    tick(dialog)
    assert f"{users.PAUSE_SECONDS - 25} second" in dialog.message.text()
    assert "wait" in dialog.message.text()
    assert not dialog.login_button.isEnabled()

    # Return in the password field cannot get round it: nothing is tried, nothing counted.
    qtbot.keyClicks(dialog.password_edit, MANAGER_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None
    assert f"{users.PAUSE_SECONDS - 25} second" in dialog.message.text()


def test_when_the_pause_is_over_log_in_works_again(qtbot, paused, clock):
    dialog = paused
    clock.shift(users.PAUSE_SECONDS)
    tick(dialog)
    assert dialog.login_button.isEnabled()
    assert not dialog.pause_timer.isActive()
    assert dialog.message.isHidden() or "paused" not in dialog.message.text()

    qtbot.keyClicks(dialog.password_edit, MANAGER_PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.login == "wangfang"


def test_the_timer_itself_ticks_the_countdown(qtbot, paused, clock):
    """The real timer, shortened: the message follows the clock without a hand tick."""
    dialog = paused
    dialog.pause_timer.setInterval(10)
    clock.shift(users.PAUSE_SECONDS - 3)
    qtbot.waitUntil(lambda: "3 second" in dialog.message.text(), timeout=2000)
    clock.shift(3)
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=2000)


@pytest.mark.parametrize("lang, last", [("en", "paused for 1 second;"), ("zh_CN", "已暂停登录 1 秒")])
def test_the_last_second_reads_as_one(qtbot, paused, clock, lang, last):
    """It said "paused for 1 seconds" at the end."""
    from ui import i18n

    i18n.install(lang)
    try:
        clock.shift(users.PAUSE_SECONDS - 1)
        tick(paused)
        assert last in paused.message.text()
    finally:
        i18n.uninstall()


def test_another_user_name_may_log_in_during_the_pause(qtbot, paused, clock):
    """The service pauses one user name: a colleague at this PC (or the person with a mistyped
    name corrected) was kept out for the minute, with Log in off."""
    dialog = paused
    paused_name = dialog.login_edit.text()
    clock.shift(10)
    tick(dialog)
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "lina")
    assert dialog.login_button.isEnabled() and dialog.message.isHidden()
    dialog.login_edit.setText(paused_name)  # back to the paused name: still paused
    assert not dialog.login_button.isEnabled()
    assert f"{users.PAUSE_SECONDS - 10} second" in dialog.message.text()
    dialog.login_edit.setText("lina")
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, MEMBER_PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user.login == "lina"


def test_the_change_password_pause_counts_down_too(qtbot, team, clock):
    """After five wrong current passwords the message stood at "60 seconds" and Change
    password stayed on; the log-in that followed blamed "failed log-ins"."""
    from ui.login import ChangePasswordDialog

    manager, _ = team
    dialog = show_and_activate(qtbot, ChangePasswordDialog(manager))
    for _ in range(users.MAX_FAILURES):
        dialog.old_edit.clear()
        qtbot.keyClicks(dialog.old_edit, "guess-1234")
        dialog.new_edit.setText("a-new-password-9")
        dialog.repeat_edit.setText("a-new-password-9")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert f"{users.PAUSE_SECONDS} seconds" in dialog.general_error.text()
    clock.shift(20)
    dialog.pause_timer.timeout.emit()
    assert f"{users.PAUSE_SECONDS - 20} second" in dialog.general_error.text()
    clock.shift(users.PAUSE_SECONDS)
    dialog.pause_timer.timeout.emit()
    assert dialog.ok_button.isEnabled() and not dialog.pause_timer.isActive()
    from models.errors import LoginPaused

    # What the log-in then says: not "failed log-ins", since none failed.
    assert str(LoginPaused(seconds=60)).startswith("Too many wrong passwords.")
