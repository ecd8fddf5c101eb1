"""The main window while the team server is down: opening a screen for the first time says
why instead of crashing, and the navigation always shows the screen in view (it raised
``KeyError: 'team'`` and left the Team entry selected over the calendar)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.conftest import show_and_activate
from tests.views.test_database_down import DOWN, assert_no_crash, hooks, pg_team  # noqa: F401

pytestmark = pytest.mark.qt_no_exception_capture


def window(qtbot, user):
    from ui.main_window import MainWindow

    win = MainWindow(user, "team server")
    return show_and_activate(qtbot, win)


def click_entry(qtbot, win, key: str) -> None:
    nav = win.navigation
    item = nav.item(win.screen_keys().index(key))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(item).center())


def test_the_team_screen_first_opened_while_the_server_is_down(qtbot, hooks, pg_team):
    manager, _lina, outage = pg_team
    win = window(qtbot, manager)
    assert win.current_screen().objectName() == "calendarScreen"

    outage.start()
    click_entry(qtbot, win, "team")
    assert_no_crash(qtbot, hooks)
    team = win.current_screen()
    assert team.objectName() == "teamScreen"
    assert win.navigation.currentRow() == win.screen_keys().index("team")
    assert DOWN in team.status_text() and team.reload_button.isVisible()

    click_entry(qtbot, win, "calendar")
    assert win.current_screen().objectName() == "calendarScreen"
    assert win.show_screen("team") is team  # no KeyError, the same page
    assert_no_crash(qtbot, hooks)

    outage.end()
    qtbot.mouseClick(team.reload_button, Qt.MouseButton.LeftButton)
    assert "王芳" in [team.people_proxy.index(r, 0).data()
                     for r in range(team.people_proxy.rowCount())]
    assert team.status_text() == ""
    assert_no_crash(qtbot, hooks)


class UnreadableScreen(QWidget):
    """A screen that reads the database when it is made and does not catch what it raises."""

    def __init__(self, user, parent=None):
        from models import users

        super().__init__(parent)
        self.setObjectName("unreadableScreen")
        self.people = users.list_users()


def test_a_screen_that_cannot_be_made_leaves_the_navigation_on_the_one_in_view(
        qtbot, hooks, pg_team, monkeypatch, person):
    from ui import main_window

    manager, _lina, outage = pg_team
    screens = list(main_window.SCREENS)
    screens[2] = main_window.Screen("team", screens[2].title, screens[2].icon,
                                    f"{__name__}:UnreadableScreen")
    monkeypatch.setattr(main_window, "SCREENS", screens)
    win = window(qtbot, manager)
    calendar = win.current_screen()

    outage.start()
    seen = []
    person.when(QMessageBox, lambda box: (seen.append((box.windowTitle(), box.text())),
                                          box.accept()), name="screenNotMadeBox")
    assert win.show_screen("team") is calendar
    person.finish()
    assert_no_crash(qtbot, hooks)
    assert seen and seen[0][0] == screens[2].label and DOWN in seen[0][1]
    assert win.current_screen() is calendar
    assert win.navigation.currentRow() == win.screen_keys().index("calendar")

    outage.end()
    click_entry(qtbot, win, "team")  # tried again: made now
    assert win.current_screen().objectName() == "unreadableScreen"
    assert win.navigation.currentRow() == win.screen_keys().index("team")
    assert_no_crash(qtbot, hooks)
