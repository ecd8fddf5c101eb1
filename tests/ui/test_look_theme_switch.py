"""A light/dark switch while MediaDesk runs reaches the navigation bar and the status bar.

Their style sheets name palette colours (``palette(window)``, ``palette(placeholder-text)``),
which Qt reads once, when a sheet is applied: after a switch the bar stayed light grey in a
dark window and the status bar's text dark grey on black (1.2 : 1), until the next log-in.
Checked on the pixels Qt draws, both ways.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.conftest import contrast, dark_palette
from tests.ui.test_main_window import open_window


def _settle(qtbot):
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def _navigation_background(window):
    """The colour under the navigation's entries, below the last one."""
    nav = window.navigation
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    image = nav.grab().toImage()
    return image.pixelColor(nav.width() // 2, min(nav.height() - 5, last.bottom() + 40))


def _status_text_and_back(window):
    """The user label's ink (the pixel farthest from its background) and its background."""
    label = window.user_label
    image = label.grab().toImage()
    counts = Counter(image.pixelColor(x, y).rgb() for x in range(image.width())
                     for y in range(image.height()))
    back = image.pixelColor(0, 0).fromRgb(counts.most_common(1)[0][0])
    ink = max((image.pixelColor(x, y) for x in range(image.width())
               for y in range(image.height())), key=lambda c: contrast(c, back))
    return ink, back


def _assert_in_theme(window, palette):
    window_colour = palette.color(QPalette.ColorRole.Window)
    assert _navigation_background(window).name() == window_colour.name()
    ink, back = _status_text_and_back(window)
    assert back.name() == window_colour.name()
    assert contrast(ink, back) >= 4.5, (ink.name(), back.name())
    # ... and quieter than the window's text, as the sheet means it.
    assert contrast(ink, back) < contrast(palette.color(QPalette.ColorRole.WindowText), back)


def test_the_navigation_and_status_bar_follow_a_switch_to_dark_and_back(qtbot, team, qapp):
    saved = qapp.palette()
    light = QPalette(saved)
    window = open_window(qtbot, team[0])
    try:
        _settle(qtbot)
        _assert_in_theme(window, light)
        qapp.setPalette(dark_palette())
        _settle(qtbot)
        _assert_in_theme(window, dark_palette())
        qapp.setPalette(light)
        _settle(qtbot)
        _assert_in_theme(window, light)
    finally:
        qapp.setPalette(saved)


def test_a_window_opened_in_a_dark_theme_follows_a_switch_to_light(qtbot, team, qapp):
    saved = qapp.palette()
    light = QPalette(saved)
    qapp.setPalette(dark_palette())
    try:
        window = open_window(qtbot, team[0])
        _settle(qtbot)
        _assert_in_theme(window, dark_palette())
        qapp.setPalette(light)
        _settle(qtbot)
        _assert_in_theme(window, light)
    finally:
        qapp.setPalette(saved)


def test_the_calendars_arrows_follow_a_switch_to_dark_and_back(qtbot, team, qapp):
    """The ‹ › buttons carry a sheet of their own (large arrows) and kept black text on a
    dark window after a switch (QA: this stop's changes)."""
    from views.calendar import CalendarScreen

    saved = qapp.palette()
    light = QPalette(saved)
    window = open_window(qtbot, team[0])
    try:
        arrow = window.findChild(CalendarScreen).prev_button
        for palette in (dark_palette(), light):
            qapp.setPalette(palette)
            _settle(qtbot)
            back = palette.color(QPalette.ColorRole.Window)
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
                ink = arrow.palette().color(role)  # what the arrow is drawn with
                assert contrast(ink, back) >= 4.5, (role, ink.name(), back.name())
    finally:
        qapp.setPalette(saved)
