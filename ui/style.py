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

Text size comes from the application font (``ui.app.configure_font``), not from here.
"""
from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGroupBox, QWidget

log = logging.getLogger(__name__)

# Text colours that mean something: red and green, lighter on a dark theme, so that
# each stands out from the window's background at least 4.5 : 1 (WCAG's contrast for
# text) on a light theme and on a dark one.
ERROR_COLOUR, ERROR_COLOUR_DARK = "#C4320A", "#FF8A70"
SUCCESS_COLOUR, SUCCESS_COLOUR_DARK = "#067647", "#5BD48A"
HEADING_POINTS = 14.0
_COLOURS = {"error": (ERROR_COLOUR, ERROR_COLOUR_DARK),
            "success": (SUCCESS_COLOUR, SUCCESS_COLOUR_DARK)}


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark theme's (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


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


def apply_sheet(widget: QWidget, name: str) -> None:
    """Give ``widget`` (and its children) the style sheet ``NAME``."""
    widget.setStyleSheet(sheet(name))


_FONT_ROLES = ("heading", "subheading")


def set_role(widget: QWidget, role: str) -> None:
    """Style a label by ``role``; "" makes it plain again.

    The ``role`` property says which (tests and code read it back):

    - heading: 14 pt, semi-bold, 4 px below;
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
            font.setPointSizeF(HEADING_POINTS)
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
    under ``root`` take the colours for ``theme`` (the others follow the palette)."""
    for widget in root.findChildren(QWidget):
        role = widget.property("role")
        if role in _COLOURS:
            _colour(widget, role, theme)


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
