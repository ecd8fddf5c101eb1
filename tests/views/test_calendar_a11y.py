"""What a screen reader gets from the calendar: the painted month and week grids, the agenda
and the events list have names, and a grid's description follows the keyboard (the day and
its selected card, in the words of the card's tooltip)."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.views.test_calendar_screen import (make_post, month, open_calendar,  # noqa: F401
                                              settings_isolated, team, utc)

pytestmark = pytest.mark.usefixtures("settings_isolated")


def spoken(widget, what=QAccessible.Text.Name) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(what)


def walk_to(qtbot, grid, day: _dt.date) -> None:
    """The arrow keys, as a keyboard user goes to ``day`` in the month grid."""
    while grid.focus_day != day:
        if abs((day - grid.focus_day).days) >= 7:
            key = Qt.Key.Key_Down if grid.focus_day < day else Qt.Key.Key_Up
        else:
            key = Qt.Key.Key_Right if grid.focus_day < day else Qt.Key.Key_Left
        qtbot.keyClick(grid, key)


def test_the_views_have_names(qtbot, team, month):
    from views.event_dialogs import EventsDialog

    screen = open_calendar(qtbot, team.lina, month)
    assert spoken(screen.month_grid) == "Month view"
    screen.set_mode("week")
    assert spoken(screen.week_grid) == "Week view"
    screen.set_mode("agenda")
    assert spoken(screen.agenda_view) == "Agenda view"
    events = EventsDialog(team.manager)
    qtbot.addWidget(events)
    assert spoken(events.table) == "Events and promotions"


def test_the_month_grid_describes_the_day_and_card_the_keyboard_is_on(qtbot, team, month):
    day = month + _dt.timedelta(days=9)
    post = make_post(team.lina, "双十一活动预告", utc(day, 10, 30), platform="微博")
    screen = open_calendar(qtbot, team.lina, month)
    grid, look = screen.month_grid, screen.month_grid.look
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    assert grid.accessibleDescription() == ""  # nothing worked out at start-up
    walk_to(qtbot, grid, day)
    assert grid.selected_id == post.id
    described = spoken(grid, QAccessible.Text.Description)
    assert described == grid.accessibleDescription()
    assert described.startswith(look.long_day(day)), described
    for part in ("10:30", "微博", "双十一活动预告", look.stage_text(post)):
        assert part in described, (part, described)
    assert "\n" not in described

    qtbot.keyClick(grid, Qt.Key.Key_Right)  # an empty day
    described = grid.accessibleDescription()
    assert described.startswith(look.long_day(day + _dt.timedelta(days=1))), described
    assert "双十一活动预告" not in described

    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.card_rect(post.id).center())
    assert "双十一活动预告" in grid.accessibleDescription()


def test_the_week_grid_describes_the_half_hour_and_card(qtbot, team, month):
    day = month + _dt.timedelta(days=9)
    post = make_post(team.lina, "双十一活动预告", utc(day, 9, 30))
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid, look = screen.week_grid, screen.week_grid.look
    grid.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the grid: it says where it is
    qtbot.waitUntil(grid.hasFocus)
    while grid.focus_day != day:
        qtbot.keyClick(grid, Qt.Key.Key_Right if grid.focus_day < day else Qt.Key.Key_Left)
    assert grid.focus_slot == 18  # 09:00, empty
    described = grid.accessibleDescription()
    assert described.startswith(look.long_day(day)) and "09:00" in described, described
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 09:30: the post
    assert grid.selected_id == post.id
    described = grid.accessibleDescription()
    assert "双十一活动预告" in described and "09:30" in described, described


def test_in_chinese_the_description_reads_the_chinese_day(qtbot, team, month, in_chinese):
    day = month + _dt.timedelta(days=9)
    make_post(team.lina, "双十一活动预告", utc(day, 10, 0), platform="微博")
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    assert spoken(grid) == "月视图"
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    walk_to(qtbot, grid, day)
    described = grid.accessibleDescription()
    assert f"{day.month}月{day.day}日" in described and "（周" in described, described
    assert "微博" in described and "双十一活动预告" in described
