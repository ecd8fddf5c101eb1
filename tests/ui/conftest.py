"""Fixtures for the shell's tests: the app's identity, a private QSettings per test, a team on
SQLite, and a helper that acts on modal dialogs as a person would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import MANAGER_PASSWORD

# The offscreen platform warns once per top-level window that sets size limits; nothing to fix.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

MEMBER_PASSWORD = "member-pass-1"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def app_settings(qapp, tmp_path):
    """MediaDesk's names on the test application and an empty QSettings of its own."""
    from models import i18n as model_i18n

    old = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("MediaDesk")
    qapp.setApplicationName("MediaDesk")
    folder = str(tmp_path / "settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    QSettings().clear()
    yield QSettings()
    QSettings().clear()
    model_i18n.set_translator(None)
    qapp.setOrganizationName(old[0])
    qapp.setApplicationName(old[1])


@pytest.fixture
def team(sqlite_db):
    """王芳 (operations manager) and 李娜 (content specialist) on SQLite."""
    from models import platforms, users
    from models.roles import Role

    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())
    lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], MEMBER_PASSWORD)
    return manager, lina


class Person:
    """Acts on the modal dialogs that a blocking ``exec()`` opens, one step at a time.

    ``person.when(DialogType, step)`` queues a step; a timer finds the visible top-level
    widget of that type (inside the nested event loop) and runs ``step(widget)``.
    """

    def __init__(self):
        self.steps: list[tuple[type, object, str | None]] = []
        self.done: list[type] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)

    def when(self, kind: type, step, name: str | None = None) -> "Person":
        """Queue ``step(widget)`` for the next visible ``kind`` (with object ``name``)."""
        self.steps.append((kind, step, name))
        if not self.timer.isActive():
            self.timer.start()
        return self

    def _poll(self) -> None:
        if not self.steps:
            return
        kind, step, name = self.steps[0]
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, kind) and widget.isVisible()
                    and (name is None or widget.objectName() == name)):
                self.steps.pop(0)
                try:
                    step(widget)
                except BaseException as exc:  # noqa: BLE001 - reported by finish()
                    self.errors.append(exc)
                    self.steps.clear()
                    close_all_windows()
                self.done.append(kind)
                return

    def finish(self) -> None:
        """Check that every step ran (and raise what a step raised)."""
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.steps, f"never seen: {[k.__name__ for k, _, _ in self.steps]}"


def show_and_activate(qtbot, widget):
    """Show a top-level widget and wait until it is on screen and active (has the keyboard)."""
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` as a person would: keys for ASCII, an input method's commit for Chinese
    (QTest cannot press keys for characters outside Latin-1)."""
    from PySide6.QtGui import QInputMethodEvent

    for chunk in _chunks(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _chunks(text: str):
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or text[i].isascii() != text[start].isascii():
            yield text[start:i]
            start = i


def press(qtbot, box, text: str) -> None:
    """Click the button labelled ``text`` in a message box."""
    from PySide6.QtCore import Qt

    for button in box.buttons():
        if button.text().replace("&", "") == text:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def close_all_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWidget) and widget.isVisible():
            widget.close()


@pytest.fixture
def person():
    p = Person()
    yield p
    p.timer.stop()
