"""Settings, the first-run setup and the demo picker on a small or scaled screen, and the
shared helpers that fit a window to its screen (ui.widgets).

At 150 % a 1280x720 laptop has 853x454 logical pixels above the taskbar; the dialogs must fit
there with their title bar and their buttons in view, and keep their size on a big screen.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.fitting import FULL_HD, SMALL, assert_fits, on_screen


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    QApplication.processEvents()
    return dialog


def test_fit_to_screen_keeps_a_window_on_a_small_screen(qtbot, monkeypatch):
    from ui.widgets import WINDOW_FRAME, fit_to_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    on_screen(monkeypatch, SMALL)
    fit_to_screen(widget, 820, 560)
    assert widget.width() + WINDOW_FRAME.width() <= SMALL.width()
    assert widget.height() + WINDOW_FRAME.height() <= SMALL.height()
    assert widget.width() == 820  # what fits is kept
    on_screen(monkeypatch, FULL_HD)
    fit_to_screen(widget, 820, 560)
    assert widget.size() == QSize(820, 560)


def test_a_scroll_form_lets_its_window_shrink_and_never_scrolls_sideways(qtbot):
    from ui.widgets import scroll_form

    content = QWidget()
    rows = QVBoxLayout(content)
    for i in range(40):
        rows.addWidget(QLabel(f"第 {i} 行"))
    area = scroll_form(content)
    qtbot.addWidget(area)
    line = area.fontMetrics().lineSpacing()
    assert area.minimumSizeHint().height() <= line * 4
    assert area.minimumSizeHint().width() >= content.minimumSizeHint().width()
    assert area.sizeHint().height() >= content.sizeHint().height()
    area.resize(area.minimumSizeHint().width(), line * 6)
    area.show()
    QApplication.processEvents()
    assert area.verticalScrollBar().maximum() > 0
    assert not area.horizontalScrollBar().isVisible()


def test_grow_to_fit_stops_at_the_screen(qtbot, monkeypatch):
    """A long message in a scrolling form grows the window to the screen's height, no more."""
    from ui.widgets import WINDOW_FRAME, grow_to_fit, scroll_form

    on_screen(monkeypatch, SMALL)
    window = QWidget()
    qtbot.addWidget(window)
    content = QWidget()
    message = QLabel("\n".join(["一行说明"] * 60))
    QVBoxLayout(content).addWidget(message)
    QVBoxLayout(window).addWidget(scroll_form(content))
    window.resize(300, 100)
    grow_to_fit(message)
    assert window.height() == SMALL.height() - WINDOW_FRAME.height()


def test_settings_fit_a_150_percent_laptop(qtbot, monkeypatch, language):
    from ui.settings_dialog import SettingsDialog

    on_screen(monkeypatch, SMALL)
    dialog = open_dialog(qtbot, SettingsDialog())
    assert_fits(dialog)
    dialog.server_radio.setChecked(True)
    QApplication.processEvents()
    assert_fits(dialog)


def test_settings_show_everything_on_a_full_hd_screen(qtbot, monkeypatch):
    from ui.settings_dialog import SettingsDialog

    on_screen(monkeypatch, FULL_HD)
    dialog = open_dialog(qtbot, SettingsDialog())
    assert dialog.sections_area.verticalScrollBar().maximum() == 0


def test_the_first_run_setup_fits_a_125_percent_laptop(qtbot, monkeypatch, language):
    """1280x720 at 125 %: 1024x544 above the taskbar; it opened at 820x560."""
    from ui.setup_dialog import SetupDialog

    room = QSize(1024, 544)
    on_screen(monkeypatch, room)
    assert_fits(open_dialog(qtbot, SetupDialog("sqlite:///team.db")), room)


def test_the_first_run_setup_fits_a_150_percent_laptop(qtbot, monkeypatch, language):
    from ui.setup_dialog import SetupDialog

    on_screen(monkeypatch, SMALL)
    assert_fits(open_dialog(qtbot, SetupDialog("sqlite:///team.db")))


def test_the_first_run_setup_keeps_its_size_on_a_full_hd_screen(qtbot, monkeypatch):
    from ui.setup_dialog import SetupDialog

    on_screen(monkeypatch, FULL_HD)
    assert open_dialog(qtbot, SetupDialog()).size() == QSize(820, 560)


def test_the_demo_picker_fits_a_150_percent_laptop(qtbot, monkeypatch, demo_url, language):
    from models import db as dbmod
    from ui.login import DemoLoginDialog

    dbmod.connect(demo_url)
    on_screen(monkeypatch, SMALL)
    assert_fits(open_dialog(qtbot, DemoLoginDialog()))


# -- the main window ------------------------------------------------------------------------

def main_window(qtbot, monkeypatch, demo_url, size):
    """The main window on the demo database as its operations manager sees it, on a screen
    of ``size``, at the most the screen has room for (as maximised, less its frame)."""
    from models import db as dbmod, users
    from ui.main_window import MainWindow
    from ui.widgets import screen_room

    dbmod.connect(demo_url)
    on_screen(monkeypatch, size)
    window = MainWindow(users.demo_login("wangfang"), "demo")
    qtbot.addWidget(window)
    window.resize(screen_room(window))
    with qtbot.waitExposed(window):
        window.show()
    QApplication.processEvents()
    return window


def settle(window) -> None:
    for _ in range(3):  # a screen shown, its title fitted, the window's minimum updated
        QApplication.processEvents()
    window.layout().activate()


def assert_window_fits(window, room: QSize) -> None:
    """The window at its least fits ``room``, and as shown all of it is inside the window: the
    status bar at the bottom, the screen's toolbar, nothing squeezed below its minimum."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel

    settle(window)
    key = window.screen_keys()[window.navigation.currentRow()]
    for what, size in (("minimumSizeHint", window.minimumSizeHint()),
                       ("minimumSize", window.minimumSize()), ("size", window.size())):
        assert size.width() <= room.width() and size.height() <= room.height(), \
            (key, what, size, room)
    bar = window.statusBar()
    assert window.rect().contains(QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size()))
    page = window.current_screen()
    assert window.rect().contains(QRect(page.mapTo(window, page.rect().topLeft()), page.size()))
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel)
    shown = [w for w in page.findChildren(QWidget)
             if isinstance(w, kinds) and w.isVisibleTo(page) and w.window() is window]
    for widget in shown:
        where = QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())
        viewport = widget.parentWidget()
        while viewport is not page and viewport.objectName() != "qt_scrollarea_viewport":
            viewport = viewport.parentWidget()
        if viewport is page:  # not in a scrolling list or form (those scroll)
            assert page.rect().contains(where), (key, widget.objectName(), where, page.size())
            least = widget.minimumSizeHint()
            assert widget.height() >= least.height(), (key, widget.objectName(), widget.size())


def test_the_main_window_fits_a_150_percent_laptop_on_every_screen(qtbot, monkeypatch,
                                                                   demo_url, language):
    """1366x768 (or 1280x720) at 150 %: 853x454 above the taskbar.  The window's least height
    was 463 (the calendar's month grid at least 322 high, under the toolbar's two rows), so
    its status bar was below the screen; in the week view its title made it 861 wide."""
    from ui.widgets import screen_room

    window = main_window(qtbot, monkeypatch, demo_url, SMALL)
    room = screen_room(window)
    for key in window.screen_keys():
        window.show_screen(key)
        assert_window_fits(window, room)
        if key == "team":
            screen = window.current_screen()
            for tab in range(screen.tabs.count()):
                screen.tabs.setCurrentIndex(tab)
                assert_window_fits(window, room)
    window.show_screen("calendar")
    calendar = window.current_screen()
    for mode in ("week", "agenda", "month"):
        calendar.set_mode(mode)
        assert_window_fits(window, room)
    # At its least (a window narrowed and lowered as far as it goes) too.
    window.resize(window.minimumSize())
    for key in window.screen_keys():
        window.show_screen(key)
        assert_window_fits(window, room)


def test_the_calendar_keeps_usable_cells_at_the_window_s_least(qtbot, monkeypatch, demo_url,
                                                                language):
    """At its least height the month grid's cells still show the day and a card of a line of
    text ("+N" beside it), and the notice lies over the grid instead of growing the window
    past the screen's bottom."""
    window = main_window(qtbot, monkeypatch, demo_url, SMALL)
    window.resize(window.minimumSize())
    settle(window)
    calendar = window.current_screen()
    grid = calendar.month_grid
    assert grid.height() >= grid.minimumSizeHint().height()
    line = calendar.look.line_h
    cards = [rect for rect, _card in grid._card_rects]
    assert cards
    assert all(rect.height() >= line for rect in cards), cards
    for day, cell in grid._cells:
        assert cell.height() >= 2 * line, (day, cell)
    least = window.minimumSize()
    calendar.show_notice("“公司荣获年度优秀服务商称号”已发布，不能再移动。"
                         "The calendar now shows the latest plan.")
    settle(window)
    assert window.minimumSize().height() <= least.height()
    assert window.height() == least.height()
    notice = calendar.notice
    assert notice.isVisible()
    where = notice.geometry()
    assert calendar.rect().contains(where)
    assert where.height() >= notice.heightForWidth(where.width())  # the whole message


def test_on_a_full_hd_screen_the_main_window_is_as_before(qtbot, monkeypatch, demo_url):
    """A big window keeps the toolbar's margins, the notice above the calendar and the
    title in full (no tooltip)."""
    window = main_window(qtbot, monkeypatch, demo_url, FULL_HD)
    window.resize(1280, 800)
    settle(window)
    calendar = window.current_screen()
    layout = calendar.layout()
    style = calendar.style()
    from PySide6.QtWidgets import QStyle

    assert layout.contentsMargins().top() == style.pixelMetric(
        QStyle.PixelMetric.PM_LayoutTopMargin)
    assert layout.indexOf(calendar.notice) >= 0
    for mode in ("month", "week"):
        calendar.set_mode(mode)
        settle(window)
        title = calendar.title_label
        assert title.text() == title.full_text() and not title.toolTip()
        assert title.width() >= title.sizeHint().width()


def assert_title_readable(title) -> None:
    """The calendar's title shows whole in its width: the full period, or a shorter form or
    an elided one with the full period in its tooltip."""
    shown = title.text()
    full = title.full_text() if hasattr(title, "full_text") else shown  # a plain label's
    assert shown and full
    assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width(), \
        (shown, title.contentsRect().width())
    if shown != full:
        assert title.toolTip() == full, (shown, title.toolTip())
    else:
        assert not title.toolTip()
    assert title.accessibleName() == full


def test_the_calendar_title_is_readable_on_a_150_percent_laptop(qtbot, monkeypatch, demo_url,
                                                               language):
    """At 853x454 the week's title was cut ("11月30日 – 2026年12", "Nov 30 – Dec 6, 20"): it
    shows the week without its year there, and every month and week of a year shows whole
    (a shorter form, never cut).  A window narrowed to its least elides it, with the full
    period in the tooltip."""
    import datetime as _dt

    window = main_window(qtbot, monkeypatch, demo_url, SMALL)
    calendar = window.current_screen()
    title = calendar.title_label
    for mode in ("week", "month"):
        calendar.set_mode(mode)
        for weeks in range(0, 53, 3 if mode == "week" else 4):
            calendar.jump_to(_dt.date(2026, 1, 5) + _dt.timedelta(weeks=weeks))
            settle(window)
            assert_title_readable(title)
            assert not title.text().endswith("…"), title.text()  # a form in whole words
    calendar.set_mode("week")
    calendar.jump_to(_dt.date(2026, 11, 30))
    settle(window)
    assert title.toolTip() == title.full_text()  # the week's year is in the tooltip
    assert title.text() == calendar.look.week_title_short(_dt.date(2026, 11, 30))
    window.resize(window.minimumSize())
    for mode in ("week", "month"):
        calendar.set_mode(mode)
        settle(window)
        assert_title_readable(title)
