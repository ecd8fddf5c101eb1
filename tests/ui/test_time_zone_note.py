"""A PC whose clock is not on Beijing time is told whose times the screens show (the team's
files, posting plans and .ics, are in Beijing time; nothing said so)."""
from __future__ import annotations

import pytest

from models import db as dbmod
from ui.main_window import MainWindow


def open_window(qtbot, user) -> MainWindow:
    window = MainWindow(user, dbmod.current_url_display())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def test_a_pc_on_another_zone_says_whose_times_are_shown(qtbot, team, pc_zone):
    pc_zone("America/New_York")  # December: UTC-5
    window = open_window(qtbot, team[0])
    qtbot.waitUntil(lambda: window.time_zone_label is not None)  # just after the first paint
    label = window.time_zone_label
    assert label.isVisible()
    assert label.text() == "Times in this PC's zone (UTC\u221205:00)"
    assert "Beijing time" in label.toolTip() and "posting plans" in label.toolTip()


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Asia/Hong_Kong"])
def test_a_pc_on_beijing_time_shows_nothing_more(qtbot, team, pc_zone, zone):
    pc_zone(zone)
    window = open_window(qtbot, team[0])
    qtbot.wait(50)
    assert window.time_zone_label is None
