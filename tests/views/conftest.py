"""Fixtures for screen tests: a small team on SQLite (the services are tested on both backends
in tests/models; a screen only needs one), the screen itself, and helpers that act as a person
would: click rows, answer message boxes."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from tests.conftest import MANAGER_PASSWORD
from tests.ui.conftest import show_and_activate

# The offscreen platform says what it cannot do (size hints of a top-level window, raising
# the completer's popup, grabbing the keyboard); a real desktop does all of it.
OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"

MEMBER_PASSWORD = "member-pass-1"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/views/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class Team:
    manager: object  # UserInfo of 王芳, operations manager
    colleague: object  # a second operations manager (刘洋), who edits behind the screen's back
    lina: object  # content specialist
    zhangwei: object  # channel specialist


@pytest.fixture
def team(sqlite_db):
    from models import platforms, users
    from models.roles import Role

    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())
    colleague = users.create_user(manager, "liuyang", "刘洋", "新媒体运营部",
                                  [Role.OPERATIONS_MANAGER], MEMBER_PASSWORD)
    lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], MEMBER_PASSWORD)
    zhangwei = users.create_user(manager, "zhangwei", "张伟", "新媒体运营部",
                                 [Role.CHANNEL_SPECIALIST], MEMBER_PASSWORD)
    return Team(manager, colleague, lina, zhangwei)


def open_screen(qtbot, user):
    from views.team import TeamScreen

    screen = TeamScreen(user)
    screen.resize(1100, 700)
    return show_and_activate(qtbot, screen)  # keyboard shortcuts need the active window


@pytest.fixture
def screen(qtbot, team):
    """The screen as the operations manager sees it."""
    return open_screen(qtbot, team.manager)


def enter(qtbot, edit, text: str) -> None:
    """Type ``text``: Latin letters key by key, Chinese as an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot press keys for Chinese characters; an IME sends them like this
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def table_texts(view: QTableView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def row_with(view: QTableView, text: str, column: int = 0) -> int:
    texts = table_texts(view, column)
    assert text in texts, f"{text!r} not in {texts!r}"
    return texts.index(text)


def click_row(qtbot, view: QTableView, text: str, column: int = 0) -> None:
    """Click the row whose ``column`` shows ``text``, as a person would."""
    index = view.model().index(row_with(view, text, column), column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.selectionModel().isRowSelected(index.row())


class MessageBoxes:
    """Answers the error boxes (ui.feedback.show_error) that open while it is active.

    ``show_error`` runs a blocking ``exec()``; a timer inside that nested event loop
    reads the text and presses OK, as a person would.
    """

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)

    def _poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QMessageBox) and widget.isVisible()
                    and widget.objectName() == "domainErrorBox"):
                self.texts.append(widget.text())
                self.qtbot.mouseClick(widget.button(QMessageBox.StandardButton.Ok),
                                      Qt.MouseButton.LeftButton)

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        return False


@pytest.fixture
def message_boxes(qtbot):
    return MessageBoxes(qtbot)


@pytest.fixture
def in_chinese(qapp):
    """The app in Simplified Chinese, as the team uses it (Qt's own texts and the locale:
    dates, name order); the language and locale before it come back afterwards."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    saved = QLocale()
    i18n.install("zh_CN")
    yield
    i18n.uninstall()
    QLocale.setDefault(saved)


@pytest.fixture
def in_review(team):
    """A post of 李娜's waiting in review."""
    from models import reviews
    from models.platforms import PlatformKind
    from tests.views.test_post_editor import make_post

    post = make_post(team.lina, "冬季安全生产提示", PlatformKind.WECHAT_OA, source="公司安全部")
    return reviews.submit(team.lina, post.id, post.version)
