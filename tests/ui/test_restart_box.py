"""The "Restart MediaDesk?" box that the settings offer: each button has its own access key
(Alt+R restarts, Alt+L is later), in English and in Chinese, where the translation carries
it as "(&R)" (tests/views/test_mnemonics.py has the house rule)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import show_and_activate
from ui import settings_dialog
from ui.settings_dialog import SettingsDialog
from tests.fitting import language  # noqa: F401 - the fixture (en and zh_CN)

ACCESS_KEY = re.compile(r"&(\w)")


def access_key(text: str) -> str | None:
    found = ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_restart_now_and_later_have_access_keys(qtbot, person, language):
    dialog = show_and_activate(qtbot, SettingsDialog())
    seen = {}

    def look(box):
        seen.update({b.objectName(): b.text() for b in box.buttons()})
        later = next(b for b in box.buttons() if b.objectName() == "restartLaterButton")
        qtbot.mouseClick(later, Qt.MouseButton.LeftButton)

    person.when(QMessageBox, look, name="restartBox")
    dialog.offer_restart(True, False)
    person.finish()
    keys = {name: access_key(text) for name, text in seen.items()}
    assert set(keys) == {"restartNowButton", "restartLaterButton"}, seen
    assert all(keys.values()), seen
    assert len(set(keys.values())) == 2, seen


def test_alt_r_restarts(qtbot, person, monkeypatch):
    restarted = []
    monkeypatch.setattr(settings_dialog, "restart", lambda *a: restarted.append(a) or True)
    dialog = show_and_activate(qtbot, SettingsDialog())

    def alt_r(box):
        qtbot.waitActive(box)
        qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        try:  # the access key presses the button after a short flash (animateClick)
            qtbot.waitUntil(lambda: not box.isVisible(), timeout=1000)
        finally:
            if box.isVisible():  # Alt+R did nothing: close it, or exec() never returns
                box.reject()

    person.when(QMessageBox, alt_r, name="restartBox")
    dialog.offer_restart(True, False)
    person.finish()
    assert restarted == [(True, False)]
