"""A dark platform colour (Douyin's #1C1C1C, the default) shows in a dark theme: the
calendar card's stripe and the colour squares of the platform lists.

On a dark theme the stripe was drawn at 1.16 : 1 on its card and the squares, outlined in
a darker shade of their own colour, disappeared into the list.  WCAG asks 3 : 1 of a mark
that carries meaning.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from tests.conftest import contrast, dark_palette
from ui.widgets import swatch
from views.calendar_look import Look

DOUYIN = "#1C1C1C"
COLOURS = [DOUYIN, "#07C160", "#E6162D", "#0066FF", "#F5B800", "#2932E1"]


def _look(qtbot, palette: QPalette) -> Look:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setPalette(palette)
    look = Look(widget)
    look.set_platforms([SimpleNamespace(id=i, name=f"平台{i}", colour=c)
                        for i, c in enumerate(COLOURS)])
    return look


def _card_pixels(look: Look, platform_id: int) -> tuple[QColor, QColor, QColor]:
    """Paint one card as the month view does: (the stripe's colour, the card's, the cell's)."""
    row = SimpleNamespace(id=900 + platform_id, version=1, platform_id=platform_id,
                          status="in_review", concerns_project=False, planned_at=None,
                          title="抖音短视频", column_id=None)
    card = SimpleNamespace(row=row, local=None, clash=False)
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(look.base)
    painter = QPainter(image)
    look.paint_card(painter, QRect(10, 10, 160, look.card_h), card, False, True)
    painter.end()
    y = 10 + look.card_h // 2
    return image.pixelColor(11, y), image.pixelColor(60, 11), image.pixelColor(5, y)


@pytest.mark.parametrize("colour", range(len(COLOURS)), ids=COLOURS)
def test_a_cards_stripe_stands_out_from_its_card_in_a_dark_theme(qtbot, colour):
    look = _look(qtbot, dark_palette())
    stripe, card, cell = _card_pixels(look, colour)
    assert card.name() == look.tints[colour].name()
    assert contrast(stripe, card) >= 3, (COLOURS[colour], stripe.name(), card.name())
    assert contrast(stripe, cell) >= 3, (COLOURS[colour], stripe.name(), cell.name())


def test_douyins_stripe_stays_grey_and_the_bright_ones_keep_their_colour(qtbot):
    look = _look(qtbot, dark_palette())
    shown = look.platform_colours[COLOURS.index(DOUYIN)]
    assert abs(shown.red() - shown.green()) <= 2 and abs(shown.green() - shown.blue()) <= 2
    assert look.own_colours[COLOURS.index(DOUYIN)].name() == DOUYIN.lower()
    for i in (COLOURS.index("#07C160"), COLOURS.index("#F5B800")):
        assert look.platform_colours[i].name() == COLOURS[i].lower()


def test_a_light_theme_keeps_the_teams_colours(qtbot):
    look = _look(qtbot, QPalette(QColor("#efefef")))
    light = QPalette()
    look.read_palette(light)
    for i, colour in enumerate(COLOURS):
        assert look.platform_colours[i].name() == colour.lower()
        stripe, _card, _cell = _card_pixels(look, i)
        assert stripe.name() == colour.lower()


def _square_edge_contrast(icon, back: QColor) -> float:
    image = icon.pixmap(14, 14).toImage()
    opaque = [image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height()) if image.pixelColor(x, y).alpha() > 230]
    assert opaque
    return max(contrast(c, back) for c in opaque)


@pytest.mark.parametrize("colour", COLOURS)
def test_a_colour_square_shows_on_a_dark_and_a_light_list(qapp, colour):
    saved = qapp.palette()
    try:
        for palette in (dark_palette(), QPalette(saved)):
            qapp.setPalette(palette)
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                back = palette.color(role)
                assert _square_edge_contrast(swatch(colour), back) >= 3, (colour, back.name())
    finally:
        qapp.setPalette(saved)
