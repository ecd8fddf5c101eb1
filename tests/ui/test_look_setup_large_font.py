"""The first-run setup with a large font (18 pt): nothing cut, the fields wide enough.

It opened at a fixed 820x560, so at 18 pt the password rule under the fields was cut after
its second line ("digits or symbo…" half hidden) and the fields showed "for example…".  It
grows to its size hint now, within the screen; at the normal font it keeps 820x560.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit

from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.fitting import FULL_HD, SMALL, cut_labels, on_screen
from tests.ui.test_fit_small_screen import open_dialog


@pytest.fixture
def large_font(qapp, app_font):  # noqa: F811 - after app_font has set the font
    saved = qapp.font()
    font = qapp.font()
    font.setPointSizeF(18.0)
    qapp.setFont(font)
    yield 18.0
    qapp.setFont(saved)


def test_no_label_of_the_setup_is_cut_at_18_pt(qtbot, monkeypatch, language, large_font):
    from ui.setup_dialog import SetupDialog

    on_screen(monkeypatch, FULL_HD)
    dialog = open_dialog(qtbot, SetupDialog("sqlite:///team.db"))
    assert cut_labels(dialog) == []
    assert dialog.width() <= FULL_HD.width() and dialog.height() <= FULL_HD.height()
    # The fields show their examples in full ("for example wang.fang").
    for edit in dialog.findChildren(QLineEdit):
        text = edit.placeholderText()
        if text:
            assert edit.fontMetrics().horizontalAdvance(text) < edit.width() - 8, text


def test_the_setup_at_18_pt_still_fits_a_small_screen(qtbot, monkeypatch, language,
                                                      large_font):
    from ui.setup_dialog import SetupDialog

    on_screen(monkeypatch, SMALL)
    dialog = open_dialog(qtbot, SetupDialog("sqlite:///team.db"))
    assert dialog.width() <= SMALL.width()


def test_the_setup_keeps_its_size_at_the_normal_font(qtbot, monkeypatch, language):
    from ui.setup_dialog import SetupDialog

    on_screen(monkeypatch, FULL_HD)
    dialog = open_dialog(qtbot, SetupDialog("sqlite:///team.db"))
    assert dialog.size() == QSize(820, 560)
    assert cut_labels(dialog) == []
