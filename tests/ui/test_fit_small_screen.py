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
