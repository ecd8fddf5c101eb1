"""The navigation bar is wide enough for the inbox's entry with its count.

Its width came from the screens' names alone, so "审核中心（128）" was cut to
"审核中心（1…" at 12 and 14 pt.  It is sized for the widest count the entry shows, "999+"
(more posts than that say "999+"; the tooltip has the number).
"""
from __future__ import annotations

import pytest

from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.ui import test_main_window


@pytest.fixture(autouse=True)
def no_badge(monkeypatch):
    """The counts are the test's: the badge (which counts the empty inbox) stays off."""
    monkeypatch.setattr("ui.main_window.MainWindow.start_inbox_badge", lambda self: None)


def open_window(qtbot, user):
    return test_main_window.open_window(qtbot, user)


@pytest.fixture(params=[12.0, 14.0], ids=["12pt", "14pt"])
def font_points(request, qapp, app_font):  # noqa: F811 - after app_font has set the font
    saved = qapp.font()
    font = qapp.font()
    font.setPointSizeF(request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(saved)


def _room_and_need(window, row: int) -> tuple[int, int]:
    nav = window.navigation
    item = nav.item(row)
    rect = nav.visualItemRect(item)
    # The text, the icon, the entry's padding (10 px either side) and the icon's spacing.
    need = nav.fontMetrics().horizontalAdvance(item.text()) + nav.iconSize().width() + 10 + 10 + 6
    return rect.width(), need


@pytest.mark.parametrize("count", [128, 999, 5000])
def test_the_inbox_entry_with_its_count_fits_the_bar(qtbot, team, language, font_points,
                                                     count):
    window = open_window(qtbot, team[0])
    row = window.screen_keys().index("inbox")
    window.show_inbox_count(count)
    qtbot.wait(1)
    text = window.navigation.item(row).text()
    assert str(min(count, 999)) in text
    room, need = _room_and_need(window, row)
    assert need <= room, (text, need, room)
    for other in range(window.navigation.count()):  # the names without a count as well
        room, need = _room_and_need(window, other)
        assert need <= room, (window.navigation.item(other).text(), need, room)


def test_more_than_999_posts_say_999_plus_and_the_tooltip_has_the_number(qtbot, team):
    window = open_window(qtbot, team[0])
    item = window.navigation.item(window.screen_keys().index("inbox"))
    window.show_inbox_count(1234)
    assert item.text() == "Approval inbox (999+)"
    assert "1234" in item.toolTip()
    window.show_inbox_count(0)
    assert item.text() == "Approval inbox"
