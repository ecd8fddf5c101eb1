"""The month view on the office's laptops: 1366x768 at Windows' display scaling of 125 % and
150 % leaves the calendar screen about 903x504 and 721x415 logical pixels inside the main
window (navigation, menus and status bar around it), and the month grid 411 and 322 pixels
(its minimum) of height, cells of 65 and 50 pixels.  A busy day still shows a card, and its
"+N more" fits the place it is drawn in (it showed no card at all, and "+13 mc")."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtGui import QFontMetrics

from tests.views.test_calendar_screen import future_month, make_post, open_calendar, utc

pytestmark = pytest.mark.usefixtures("settings_isolated", "app_font")


@pytest.fixture
def month():
    return future_month()


@pytest.fixture
def settings_isolated(qapp):
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def app_font(qapp):
    """The font the app runs with (ui.app.configure_font: at least 10 points, a CJK
    fallback), not Qt's 9-point default of the test run: the cells' rows come from it."""
    from ui.app import configure_font

    saved = qapp.font()
    configure_font(qapp)
    yield
    qapp.setFont(saved)

# The month grid's size in the main window, measured with the demo database: window
# 1366x698, 1093x552 and 911x463 (its minimum height) on a 1366x768 screen at 100 %,
# 125 % and 150 %; the calendar screen around the grid is about 1169x650, 903x504, 721x415.
GRIDS = {"100 %": {"en": (905, 557), "zh_CN": (912, 557)},
         "125 %": {"en": (632, 411), "zh_CN": (639, 411)},
         "150 %": {"en": (450, 322), "zh_CN": (457, 322)}}
POSTS_A_DAY = 12


def crowded_month(team, month) -> dict[_dt.date, list[int]]:
    from models.platforms import list_platforms

    names = [p.name for p in list_platforms()]
    days = [month + _dt.timedelta(days=d) for d in (0, 9, 10, 17, 27)]
    return {day: [make_post(team.lina, f"门店活动预告第{i}篇 Store event {i}",
                            utc(day, 7 + i % 12, 30 * (i % 2)),
                            platform=names[i % len(names)]).id
                  for i in range(POSTS_A_DAY)]
            for day in days}


def shown_month(qtbot, team, month, size):
    """The calendar screen sized so that its month grid gets ``size``, as in the window."""
    from PySide6.QtCore import QSize

    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    want = QSize(*size)
    for _ in range(4):
        if grid.size() == want:
            break
        screen.resize(screen.size() + want - grid.size())
        qtbot.wait(1)
    assert grid.size() == want
    return screen, grid


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", ["125 %", "150 %"])
def test_a_busy_day_shows_a_card_and_a_more_link_that_fits_on_a_laptop(
        qtbot, team, month, request, lang, scale):
    if lang == "zh_CN":
        request.getfixturevalue("in_chinese")
    posts = crowded_month(team, month)
    screen, grid = shown_month(qtbot, team, month, GRIDS[scale][lang])
    fm = QFontMetrics(grid.font())
    for day, ids in posts.items():
        cell = grid.cell_rect(day)
        cards = [grid.card_rect(i) for i in ids if grid.card_rect(i) is not None]
        assert cards, (day, cell, "no card is drawn")
        for rect in cards:
            assert cell.contains(rect), (day, cell, rect)
            assert rect.height() >= screen.look.line_h, rect
        more, text = grid.more_rect(day), grid.more_label(day)
        assert more is not None and text, day
        assert cell.contains(more), (day, cell, more)
        assert not any(more.intersects(rect) for rect in cards), (more, cards)
        assert str(POSTS_A_DAY - len(cards)) in text, text
        assert fm.horizontalAdvance(text) <= more.width(), (text, more)
        assert fm.height() <= more.height(), (text, more)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_at_100_percent_a_busy_day_shows_two_cards_and_more_on_a_big_screen(
        qtbot, team, month, request, lang):
    if lang == "zh_CN":
        request.getfixturevalue("in_chinese")
    posts = crowded_month(team, month)
    screen, grid = shown_month(qtbot, team, month, GRIDS["100 %"][lang])
    for day, ids in posts.items():
        assert sum(grid.card_rect(i) is not None for i in ids) >= 2, day
        assert screen.look.more_text(POSTS_A_DAY - 2) == grid.more_label(day)
    # A big screen keeps its full-height cards, and its "+N more" line as high as one.
    screen.resize(1723, 962)
    qtbot.waitUntil(lambda: grid.height() > 800)
    look = screen.look
    for day, ids in posts.items():
        rects = [grid.card_rect(i) for i in ids if grid.card_rect(i) is not None]
        assert len(rects) >= 3 and all(r.height() == look.card_h for r in rects), rects
        assert grid.more_rect(day).height() == look.card_h


def test_a_narrow_cell_or_column_gives_the_day_alone_instead_of_a_cut_label(qtbot, team):
    """At 150 % the first of the month read "12月1E" and the week's headings ran into each
    other ("7日 周一8日 周二")."""
    import datetime as _dt

    from tests.views.test_calendar_screen import open_calendar

    screen = open_calendar(qtbot, team.manager, mode="week")
    metrics = screen.month_grid.fontMetrics()
    first = _dt.date(2026, 12, 1)
    wide = screen.month_grid.day_text(first, 400, metrics)
    assert wide != "1" and metrics.horizontalAdvance(wide) <= 390
    narrow = metrics.horizontalAdvance(wide) + 5
    assert screen.month_grid.day_text(first, narrow, metrics) == "1"
    header = screen.week_header
    monday = _dt.date(2026, 12, 7)
    full = header.day_text(monday, 400, metrics)
    assert full == screen.look.week_day_label(monday)
    short = header.day_text(monday, metrics.horizontalAdvance(full), metrics)
    assert short == "7"
    assert header.day_text(monday, 10, metrics) == "7"  # never less than the day
