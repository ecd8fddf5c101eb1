"""Headings grow with the application font.

They had fixed sizes (a heading 14 pt, the calendar's arrows 16 pt in their style sheet), so
with an 18 pt font (a person who needs large text) a heading was smaller than the text under
it.  At the normal 10 pt font they keep their sizes.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QVBoxLayout, QWidget

from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from ui import style
from ui.widgets import label


@pytest.fixture
def font_at(qapp, app_font):  # noqa: F811 - after app_font has set the font
    saved = qapp.font()

    def set_points(points: float) -> None:
        font = qapp.font()
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield set_points
    qapp.setFont(saved)


def _shown(qtbot, *widgets):
    parent = QWidget()
    layout = QVBoxLayout(parent)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    QApplication.processEvents()
    return parent


@pytest.mark.parametrize("points", [18.0, 14.0])
def test_a_heading_is_larger_than_the_text_with_a_large_font(qtbot, font_at, points):
    font_at(points)
    heading, body = label("欢迎使用 MediaDesk", "heading"), QLabel("正文 body")
    parent = _shown(qtbot, heading, body)
    assert body.font().pointSizeF() == points
    assert heading.font().pointSizeF() > body.font().pointSizeF()
    assert heading.font().pointSizeF() == pytest.approx(points * style.HEADING_POINTS / 10)
    assert heading.sizeHint().height() > body.sizeHint().height()
    assert parent.isVisible()


def test_a_heading_keeps_its_size_at_the_normal_font(qtbot, font_at):
    font_at(10.0)
    heading = label("欢迎使用 MediaDesk", "heading")
    parent = _shown(qtbot, heading)
    assert heading.font().pointSizeF() == style.HEADING_POINTS == 14.0
    assert parent.isVisible()


@pytest.mark.parametrize("points, expected", [(10.0, 16.0), (18.0, 28.8)])
def test_the_calendar_arrows_grow_with_the_font(qtbot, font_at, points, expected):
    font_at(points)
    button = QToolButton()
    button.setText("\u2039")
    style.apply_sheet(button, "step_button")
    parent = _shown(qtbot, button)
    assert button.font().pointSizeF() == pytest.approx(expected)
    assert button.font().pointSizeF() > QApplication.font().pointSizeF()
    assert parent.isVisible()


def test_the_setup_dialogs_heading_is_larger_than_its_text_at_18_pt(qtbot, font_at, language):
    from ui.setup_dialog import SetupDialog

    font_at(18.0)
    dialog = SetupDialog("sqlite:///team.db")
    qtbot.addWidget(dialog)
    headings = [w for w in dialog.findChildren(QLabel) if w.property("role") == "heading"]
    assert headings
    for heading in headings:
        assert heading.font().pointSizeF() > dialog.font().pointSizeF() == 18.0
