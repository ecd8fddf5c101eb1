"""MediaDesk's look on top of the platform's own style.

Two means, and no style sheet for the whole application:

- **Labels by role** ("heading", "subheading", "note", "error", "success") and the titles
  of group boxes (``Section``) get their font and colour in code, from the palette where
  possible, so a dark system theme still reads well.
- **The few widgets that draw differently** (the navigation, the status bar, the demo's
  team list, a notice, a field a service refused) carry a style sheet of their own, from
  ``resources/styles/NAME.qss`` (``apply_sheet``).

Why not one sheet on the QApplication: as soon as the application has a style sheet, Qt
wraps the style of *every* widget in a QStyleSheetStyle, which looks up its rules each
time a widget is polished or a list cell is painted, even when no rule matches.  Measured
with callgrind on the approval inbox (20,000 posts): opening it cost 21 M instructions
more (14 %) with our application sheet, and about as much with a one-rule sheet that
matches nothing.  A sheet on one widget costs only that widget and its children.

Text size comes from the application font (``ui.app.configure_font``), not from here: a
heading, and a size a style sheet names in points, are written for the normal 10 pt font
and grow with a larger one (``scaled_points``), so that a heading stays larger than the
text at 18 pt.
"""
from __future__ import annotations

import logging
import re
from functools import cache

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QGroupBox, QWidget

log = logging.getLogger(__name__)

# Text colours that mean something: red and green, lighter on a dark theme, so that
# each stands out from the window's background at least 4.5 : 1 (WCAG's contrast for
# text) on a light theme and on a dark one.
ERROR_COLOUR, ERROR_COLOUR_DARK = "#C4320A", "#FF8A70"
SUCCESS_COLOUR, SUCCESS_COLOUR_DARK = "#067647", "#5BD48A"
HEADING_POINTS = 14.0  # at the normal application font (REFERENCE_POINTS); see scaled_points
# The application font the sizes here and in the style sheets are written for (ui.app's
# MIN_POINT_SIZE): with a larger one they grow in proportion.
REFERENCE_POINTS = 10.0
# WCAG's contrast for text: what a quiet text (``muted_colour``) keeps on its background.
TEXT_CONTRAST = 4.5
# WCAG's contrast for what is not text (a colour's square, a card's stripe): 3 : 1.
MARK_CONTRAST = 3.0
_COLOURS = {"error": (ERROR_COLOUR, ERROR_COLOUR_DARK),
            "success": (SUCCESS_COLOUR, SUCCESS_COLOUR_DARK)}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark theme's (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of ``colour`` (0 black to 1 white)."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21; text wants 4.5, lines and marks 3)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(a: QColor, b: QColor, k: float) -> QColor:
    """``a`` moved a share ``k`` (0 to 1) of the way to ``b``, in whole 8-bit steps (as it
    is painted: a contrast worked out on it is the one on screen)."""
    return QColor(round(a.red() + (b.red() - a.red()) * k),
                  round(a.green() + (b.green() - a.green()) * k),
                  round(a.blue() + (b.blue() - a.blue()) * k))


def readable(colour: QColor, background, toward: QColor,
             ratio: float = TEXT_CONTRAST) -> QColor:
    """``colour`` itself if it stands out from ``background`` (a colour, or a list of the
    colours it must stand out from) by ``ratio``, else the least step (of twentieths)
    toward ``toward`` (the text colour, white, black) that does."""
    backgrounds = [background] if isinstance(background, QColor) else list(background)
    if colour.alpha() < 255:  # as it is seen on the (first) background (Qt's placeholder
        # colour is the text's at half opacity)
        colour = mix(backgrounds[0], QColor(colour.red(), colour.green(), colour.blue()),
                     colour.alphaF())
    for step in range(21):
        shown = mix(colour, toward, step / 20) if step else QColor(colour)
        if all(contrast(shown, back) >= ratio for back in backgrounds):
            return shown
    return QColor(toward)


def muted_colour(palette: QPalette | None = None,
                 background: QPalette.ColorRole | None = None) -> QColor:
    """A quiet text colour readable on ``background`` (the palette's window by default,
    its base for a text view): the palette's placeholder colour, moved toward the text's
    until it reads at 4.5 : 1 (Qt's default light palette has a placeholder of 3.9 : 1)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    role = background if background is not None else QPalette.ColorRole.Window
    text = (QPalette.ColorRole.Text if role == QPalette.ColorRole.Base
            else QPalette.ColorRole.WindowText)
    return readable(palette.color(QPalette.ColorRole.PlaceholderText), palette.color(role),
                    palette.color(text))


def app_points() -> float:
    """The application font's size in points (REFERENCE_POINTS when it is set in pixels)."""
    points = QGuiApplication.font().pointSizeF()
    return points if points > 0 else REFERENCE_POINTS


def scaled_points(points: float) -> float:
    """A size written for the normal 10 pt font, for the application font: the same at
    10 pt or less, in proportion with a larger one (14 pt at 10 pt is 25.2 pt at 18)."""
    return points * max(1.0, app_points() / REFERENCE_POINTS)


def heading_points() -> float:
    """A heading's size: HEADING_POINTS at the normal font, growing with a larger one."""
    return scaled_points(HEADING_POINTS)


_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def adapted_sheet(name: str, palette: QPalette | None = None) -> str:
    """The sheet ``NAME`` for the application font and ``palette`` (the application's by
    default): its sizes in points scaled (``scaled_points``), and its quiet text,
    ``palette(placeholder-text)``, as ``muted_colour`` (readable on the window)."""
    text = sheet(name)
    if "palette(placeholder-text)" in text:
        text = text.replace("palette(placeholder-text)", muted_colour(palette).name())
    if "pt" in text and app_points() > REFERENCE_POINTS:
        text = _POINTS.sub(lambda m: f"{scaled_points(float(m.group(1))):g}pt", text)
    return text


@cache
def sheet(name: str) -> str:
    """The text of ``resources/styles/NAME.qss`` ("" when it cannot be read: logged, once)."""
    import resources

    path = resources.path("styles", f"{name}.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("The style sheet %s cannot be read", path)
        return ""


def apply_sheet(widget: QWidget, name: str, palette: QPalette | None = None) -> None:
    """Give ``widget`` (and its children) the style sheet ``NAME`` (``adapted_sheet``).

    Qt reads a sheet's ``palette(...)`` colours once, as it is applied: after a switch
    between a light and a dark theme, apply it again, with the new ``palette``."""
    widget.setStyleSheet(adapted_sheet(name, palette))  # the same text again repolishes
    widget.setProperty("sheet", name)  # for theme_changed


_FONT_ROLES = ("heading", "subheading")


def set_role(widget: QWidget, role: str) -> None:
    """Style a label by ``role``; "" makes it plain again.

    The ``role`` property says which (tests and code read it back):

    - heading: 14 pt at the normal 10 pt font, larger with a larger one
      (``heading_points``), semi-bold, 4 px below;
    - subheading: semi-bold, 4 px above and 2 px below;
    - note: the palette's placeholder colour (quieter than the text around it);
    - error: red; success: green (lighter ones on a dark theme; ``theme_changed`` gives
      them the other ones when the system switches).
    """
    old = widget.property("role") or ""
    if old == role:
        return
    widget.setProperty("role", role)
    if role in _FONT_ROLES or old in _FONT_ROLES:
        font = QFont()  # nothing set: the parent's font, and only what the role changes
        margins = (0, 0, 0, 0)
        if role == "heading":
            font.setPointSizeF(heading_points())
            font.setWeight(QFont.Weight.DemiBold)
            margins = (0, 0, 0, 4)
        elif role == "subheading":
            font.setWeight(QFont.Weight.DemiBold)
            margins = (0, 4, 0, 2)
        else:
            font.setWeight(QFont.Weight.Normal)  # plain again (in a Section too)
        widget.setFont(font)
        widget.setContentsMargins(*margins)
    _colour(widget, role, widget.palette())
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText if role == "note"
                             else QPalette.ColorRole.NoRole)


def _colour(widget: QWidget, role: str, theme: QPalette) -> None:
    palette = QPalette()  # nothing set: the parent's colours, and only the role's own
    colours = _COLOURS.get(role)
    if colours:
        colour = QColor(colours[is_dark(theme)])
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def theme_changed(root: QWidget, theme: QPalette) -> None:
    """The system switched between a light and a dark theme: the red and green labels
    under ``root`` take the colours for ``theme`` (the others follow the palette), and the
    widgets with a sheet of their own (``apply_sheet``) have it applied again: a widget
    with a style sheet keeps the colours it was polished with (the calendar's ‹ › stayed
    black on a dark window)."""
    for widget in root.findChildren(QWidget):
        role = widget.property("role")
        if role in _COLOURS:
            _colour(widget, role, theme)
        name = widget.property("sheet")
        if name:
            widget.setStyleSheet(adapted_sheet(name, theme))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field a service refused (a red frame on a line edit or a list) or clear it.

    The ``invalid`` property says which.
    """
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(sheet("invalid") if invalid else "")


_CHILD_EVENTS = (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished)


class Section(QGroupBox):
    """A group box with a semi-bold title over contents in the normal weight.

    The style draws the title in the box's font, and children inherit it: each widget
    put in the box gets the normal weight back (a heading or subheading keeps its own),
    when it is put in (ChildAdded) or, made inside the box, when Qt polishes it.
    """

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        font = QFont()
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    def childEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().childEvent(event)
        child = event.child()
        if (event.type() in _CHILD_EVENTS and isinstance(child, QWidget)
                and child.property("role") not in _FONT_ROLES):
            font = child.font()  # what the code gave it (a family, a size) stays
            if font.weight() != QFont.Weight.Normal:
                font.setWeight(QFont.Weight.Normal)
                child.setFont(font)
