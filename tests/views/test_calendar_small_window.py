"""The calendar in a short window (1366x768 or 1280x720 at 150 %: 853x454 above the
taskbar): the month grid's least cells, the toolbar's narrower margins, the notice over the
calendar and the period's title in a narrow toolbar."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from tests.views.test_month_fit import POSTS_A_DAY, crowded_month, shown_month
from tests.views.test_month_fit import app_font, month, settings_isolated  # noqa: F401

pytestmark = pytest.mark.usefixtures("settings_isolated", "app_font")


def test_the_title_shows_the_longest_form_that_fits_and_the_full_one_in_its_tooltip(qtbot):
    from ui.style import set_role
    from views.calendar_title import PeriodTitle

    title = PeriodTitle()
    qtbot.addWidget(title)
    set_role(title, "heading")
    full, short = "11月30日 – 2026年12月6日", "11月30日 – 12月6日"
    title.set_forms(full, short)
    plain = QLabel(full)  # a big screen gives it what a label of the full text asks
    set_role(plain, "heading")
    assert title.sizeHint() == plain.sizeHint()
    assert title.minimumSizeHint().width() < QFontMetrics(title.font()).horizontalAdvance(short)
    title.show()
    title.resize(title.sizeHint())
    QApplication.processEvents()
    assert (title.text(), title.toolTip(), title.accessibleName()) == (full, "", full)
    title.resize(title.sizeHint().width() - 1, title.height())
    QApplication.processEvents()
    assert (title.text(), title.toolTip()) == (short, full)
    title.resize(title.minimumSizeHint().width(), title.height())
    QApplication.processEvents()
    assert title.text().endswith("…") and title.toolTip() == full
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_busy_day_in_the_grid_at_its_least_shows_a_card_and_more(qtbot, team, month,
                                                                   request, lang):
    """The grid's least height went from 322 to 289 pixels (cells of 44): each cell still has
    its day, a card as high as a line of text and "+N" beside it."""
    if lang == "zh_CN":
        request.getfixturevalue("in_chinese")
    posts = crowded_month(team, month)
    from views.calendar_grid import MonthGrid
    from views.calendar_look import Look
    from PySide6.QtWidgets import QWidget

    probe = MonthGrid(Look(QWidget()))
    least = probe.minimumSizeHint()
    screen, grid = shown_month(qtbot, team, month, (450, least.height()))
    assert grid.height() == least.height() < 322
    line = screen.look.line_h
    fm = QFontMetrics(grid.font())
    for day, ids in posts.items():
        cell = grid.cell_rect(day)
        cards = [grid.card_rect(i) for i in ids if grid.card_rect(i) is not None]
        assert cards, (day, cell)
        for rect in cards:
            assert cell.contains(rect) and rect.height() > line, (day, cell, rect)
        more, text = grid.more_rect(day), grid.more_label(day)
        assert cell.contains(more) and not any(more.intersects(r) for r in cards)
        assert str(POSTS_A_DAY - len(cards)) in text
        assert fm.horizontalAdvance(text) <= more.width()


def test_a_short_screen_takes_its_margins_in_and_a_tall_one_gives_them_back(qtbot, team):
    """In a window (as in the main window's stack, not a window of its own)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from tests.ui.conftest import show_and_activate
    from views.calendar import CalendarScreen

    window = QWidget()
    rows = QVBoxLayout(window)
    rows.setContentsMargins(0, 0, 0, 0)
    screen = CalendarScreen(team.lina, window)
    rows.addWidget(screen)
    window.resize(1280, 820)
    show_and_activate(qtbot, window)
    QApplication.processEvents()
    layout = screen.layout()
    roomy = layout.contentsMargins(), layout.spacing()
    tall = screen.size()
    least = screen.minimumSizeHint()
    assert window.minimumSizeHint().height() == least.height()
    window.resize(least)
    qtbot.waitUntil(lambda: screen.month_grid.height() >= screen.month_grid.minimumSizeHint()
                    .height())
    assert layout.contentsMargins().top() < roomy[0].top()
    # Every row of the toolbar above the calendar, none squeezed.
    for widget in (screen.prev_button, screen.today_button, screen.title_label,
                   screen.date_edit, screen.new_button, screen.more_button,
                   *screen.filters.values()):
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()
        bottom = widget.mapTo(screen, widget.rect().bottomLeft()).y()
        assert bottom < screen.splitter.y(), widget.objectName()
    assert screen.minimumSizeHint() == least  # the same minimum either way
    screen.show_notice("“公司荣获年度优秀服务商称号”已发布，不能再移动。")
    QApplication.processEvents()
    assert screen.minimumSizeHint() == least  # over the calendar, not above it
    assert screen.notice.geometry().bottom() <= screen.splitter.geometry().bottom()
    window.resize(tall)
    qtbot.waitUntil(lambda: layout.contentsMargins() == roomy[0])
    assert layout.spacing() == roomy[1]
    assert layout.indexOf(screen.notice) >= 0  # above the calendar again
    QApplication.processEvents()
    assert screen.notice.geometry().bottom() < screen.splitter.y()
    assert screen.size() == tall and screen.minimumSizeHint() == least
