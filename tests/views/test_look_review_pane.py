"""The review pane reads well in a light and in a dark theme: the stage chip's white text
on its colour, and the quiet words of its texts ("unchanged", "(no text yet)", "Nothing has
happened yet.").

The chip had the calendar dots' colours (draft grey 2.6 : 1, in review amber 2.3, approved
green 4.2 with white); the quiet words a fixed grey, #5F6368, at 2.3 : 1 on a dark base.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from models import workflow
from models.textdiff import Segment
from tests.conftest import contrast, dark_palette
from views import review_html
from views.review_content import STAGE_COLOURS, ReviewContent

WHITE = QColor("#ffffff")


def test_every_stage_colour_reads_with_white_text_at_4_5_to_1():
    assert {stage.value for stage in workflow.Stage} <= set(STAGE_COLOURS)
    for stage in workflow.Stage:
        ratio = contrast(QColor(STAGE_COLOURS[stage.value]), WHITE)
        assert ratio >= 4.5, (stage.value, STAGE_COLOURS[stage.value], round(ratio, 2))
    # Each stage its own colour: the chip tells them apart at a glance.
    assert len(set(STAGE_COLOURS.values())) == len(STAGE_COLOURS)


def _shown_content(qtbot):
    content = ReviewContent()
    qtbot.addWidget(content)
    content.resize(600, 900)
    content.show()
    qtbot.waitExposed(content)
    return content


@pytest.mark.parametrize("stage", list(workflow.Stage), ids=lambda s: s.value)
def test_the_stage_chip_is_drawn_in_its_colour_with_white_text(qtbot, theme, stage):
    content = _shown_content(qtbot)
    content.show_stage(stage)
    QApplication.processEvents()
    image = content.stage_label.grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height())]
    (chip, _), = Counter(c.name() for c in pixels).most_common(1)
    assert chip == STAGE_COLOURS[stage.value]
    ink = max(pixels, key=lambda c: contrast(c, QColor(chip)))
    assert contrast(ink, QColor(chip)) >= 4.5, (theme, stage.value, ink.name(), chip)
    assert contrast(ink, WHITE) < 1.2  # the text is white


class _Diff:
    """A post whose platform alone changed after its approval."""
    title = [Segment("equal", "标题")]
    body = [Segment("equal", "正文")]
    fields = ()


def _muted_colours(html: str) -> list[QColor]:
    return [QColor(c) for c in re.findall(r"color:(#[0-9A-Fa-f]{6})", html)]


def test_the_quiet_words_read_on_a_dark_base(qtbot, qapp):
    saved = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        base = dark_palette().color(QPalette.ColorRole.Base)
        for html in (review_html.changes_html(_Diff()), review_html.history_html([], {}),
                     review_html.preview_html("标题", "", [])):
            colours = _muted_colours(html)
            assert colours, html
            for colour in colours:
                assert contrast(colour, base) >= 4.5, (colour.name(), html[:80])
        # Shown in the pane: the words are drawn in that colour on the view's dark base.
        content = _shown_content(qtbot)
        view = content.changes_view
        view.setHtml(review_html.changes_html(_Diff()))
        QApplication.processEvents()
        assert view.palette().color(QPalette.ColorRole.Base).name() == base.name()
        image = view.viewport().grab().toImage()
        pixels = [image.pixelColor(x, y) for x in range(image.width())
                  for y in range(image.height())]
        ink = max(pixels, key=lambda c: contrast(c, base))
        assert contrast(ink, base) >= 4.5
    finally:
        qapp.setPalette(saved)


def test_the_quiet_words_read_on_a_light_base_too(qapp):
    base = qapp.palette().color(QPalette.ColorRole.Base)
    for colour in _muted_colours(review_html.changes_html(_Diff())):
        assert contrast(colour, base) >= 4.5, colour.name()


def test_the_quiet_words_follow_a_switch_to_dark(qtbot, qapp):
    saved = qapp.palette()
    content = _shown_content(qtbot)
    content._set_html(content.history_view, lambda: review_html.history_html([], {}))
    try:
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        base = dark_palette().color(QPalette.ColorRole.Base)
        for colour in _muted_colours(content.history_view.toHtml()):
            if colour.name() not in ("#000000", "#f0f0f0"):  # the document's own text colour
                assert contrast(colour, base) >= 4.5, colour.name()
    finally:
        qapp.setPalette(saved)
