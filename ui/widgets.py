"""Small widgets and helpers shared by the dialogs and screens.

``FieldErrors`` shows a service's ``ValidationError`` next to the field it
names (``error.field``) and leaves everything typed in place; ``swatch``
draws a platform's colour.  Labels get their look by role and refused fields
their red frame from ``ui.style``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import functools

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ui.style import MARK_CONTRAST, contrast, readable, set_invalid, set_role

if TYPE_CHECKING:  # a form's layout; its Python type costs start-up time to make
    from PySide6.QtWidgets import QFormLayout


@functools.cache
def name_collator():
    """The order a person reads a list of the team's names in: pinyin (陈静 Chén, 李娜 Lǐ,
    刘洋 Liú ... 周敏 Zhōu), not character-code order (刘洋, 周敏, 孙丽 ...) as the database
    sorts them.  In English too: the names are Chinese, and English collation orders
    Chinese characters by code, which nobody can follow.  Latin letters keep their
    alphabetical order, whatever their case."""
    from PySide6.QtCore import QCollator, QLocale  # its type costs start-up time to make

    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def by_name(items, name=lambda item: item) -> list:
    """``items`` in the order of ``name_collator``; ``name(item)`` gives each item's name."""
    key = name_collator().sortKey
    return sorted(items, key=lambda item: key(name(item)))


_CELL_PAD = 18  # a table cell's margins and a little air


def heading_width(view, section: int) -> int:
    """The width a table column needs to show its heading in full."""
    heading = view.model().headerData(section, Qt.Orientation.Horizontal) or ""
    return view.horizontalHeader().fontMetrics().horizontalAdvance(heading) + _CELL_PAD


def column_width(view, section: int, texts, cap: int, extra: int = 0) -> int:
    """A table column wide enough for the longest of ``texts`` (plus ``extra``: an icon),
    at most ``cap`` (longer ones elide), and never narrower than its heading."""
    fm = view.fontMetrics()
    widest = max((fm.horizontalAdvance(t) for t in texts if t), default=0) + extra
    return max(min(cap, widest + _CELL_PAD), heading_width(view, section))


def roles_text(roles, empty: str | None = None) -> str:
    """A person's roles in the user's language, in the order RULES.md lists them.

    The separator is translatable: "、" in Chinese, ", " in English.  With no
    role, ``empty`` (default: "Read-only access").
    """
    from models.roles import Role

    names = [role.label for role in Role if role in roles]
    if not names:
        return QCoreApplication.translate("Roles", "Read-only access") if empty is None else empty
    #: Between the roles of one person, as in "Content specialist, Customer service".
    #: Chinese uses the enumeration comma: "、".
    return QCoreApplication.translate("Roles", ", ").join(names)


class BusyCursor:
    """A wait cursor while a slow service call (password hashing, a query) runs."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return self

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()
        return False


def without_access_key(text: str) -> str:
    """A label's text as read aloud or shown plain: "&Waiting" -> "Waiting", and a
    translation's "待我处理(&I)" -> "待我处理" ("&&" stays a single "&")."""
    import re

    parts = [re.sub(r"[(（]&[^&][)）]|&", "", part) for part in text.split("&&")]
    return "&".join(parts)


def quoted(title: str) -> str:
    """A title as it goes inside “…” in a sentence: its own double quotes become single
    ones, as Chinese and English nest them (not 退回“公司荣获“年度优秀服务商”称号”)."""
    return title.replace("“", "‘").replace("”", "’").replace('"', "'")


def form_state(root: QWidget) -> tuple:
    """What a person has entered in ``root``'s fields (texts, ticks, choices, dates and
    numbers), to tell whether a form was changed since it was filled."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QPlainTextEdit, QTextEdit)

    state = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            state.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            state.append(None if w.isReadOnly() else w.toPlainText())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
        elif isinstance(w, QComboBox):
            state.append(w.currentIndex())
        elif isinstance(w, QAbstractSpinBox):
            state.append(w.text())
    return tuple(state)


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A label styled by role (``ui.style.set_role``): "heading", "note", "error" ..."""
    widget = QLabel(text)
    if role:
        set_role(widget, role)
    widget.setWordWrap(wrap)
    return widget


def error_label(object_name: str) -> QLabel:
    """A hidden error line, shown by ``FieldErrors.show``."""
    widget = label("", "error")
    widget.setObjectName(object_name)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.hide()
    return widget


#: What the window manager adds around a window: a title bar of about 30 px and thin borders.
WINDOW_FRAME = QSize(16, 38)


def available_geometry(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen (or the primary one) a window may take: the screen
    less the taskbar; an empty rectangle without a screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def screen_room(widget: QWidget) -> QSize | None:
    """The largest size ``widget``'s window may have with its frame and title bar still on
    the screen (at 150 % a 1280x720 laptop has about 853x454 logical pixels), or None when
    there is no screen to measure."""
    available = available_geometry(widget)
    if available.isEmpty():
        return None
    return QSize(max(available.width() - WINDOW_FRAME.width(), 0),
                 max(available.height() - WINDOW_FRAME.height(), 0))


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Give ``widget``'s window ``width`` x ``height`` (by default its size hint) to start
    with, but never more than its screen has room for (``screen_room``); a dialog that
    needs more scrolls inside (``ScrollForm``).  A big screen gets the size asked for."""
    if width is None or height is None:
        hint = widget.sizeHint()
        width = hint.width() if width is None else width
        if height is None:  # as QWidget.adjustSize measures a window of wrapped labels
            layout = widget.layout()
            height = (layout.totalHeightForWidth(width)
                      if layout is not None and layout.hasHeightForWidth() else hint.height())
    room = screen_room(widget)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    widget.resize(width, height)


def scroll_form(content: QWidget, parent: QWidget | None = None) -> QWidget:
    """``content`` (a form) in a ``ScrollForm``: it scrolls vertically when its window is too
    short for it (a small or scaled screen), and the window's buttons, kept outside it,
    stay in view."""
    return _scroll_form_class()(content, parent)


@functools.cache
def _scroll_form_class():  # its Qt types cost start-up time to make: made on first use
    from PySide6.QtWidgets import QFrame, QScrollArea

    class ScrollForm(QScrollArea):
        """``content`` (a form) that scrolls vertically when its window is too short for it: the
        window's buttons stay outside, always in view.  As wide as the content plus a scroll
        bar (it never scrolls sideways), as tall as the content if the screen has the room."""

        #: The lowest it goes, in lines of text: a window on a small screen shrinks this far.
        MIN_LINES = 4

        def __init__(self, content: QWidget, parent: QWidget | None = None):
            super().__init__(parent)
            # Not a Tab stop of its own (a screen reader said nothing there): the fields
            # inside take the focus, and the area scrolls to the one that has it.
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setWidgetResizable(True)
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setWidget(content)

        def _bar(self) -> int:
            return self.verticalScrollBar().sizeHint().width()

        def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
            content = self.widget()
            hint = content.sizeHint()
            height = hint.height()
            # Shown, the content is as wide as the viewport: as tall as its wrapped lines
            # are there (a two-line message below a field slid the last section under a
            # scroll bar although the screen had room, the hint being one line short).
            # Measured as narrow as a scroll bar would make it, so that a bar does not
            # appear because of the lines it wraps itself.
            width = self.viewport().width()
            if not self.verticalScrollBar().isVisible():
                width -= self._bar()
            if self.isVisible() and width > 0 and content.hasHeightForWidth():
                height = max(height, content.heightForWidth(width))
            return QSize(hint.width() + self._bar(), height)

        def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
            least = self.widget().minimumSizeHint()
            lowest = self.fontMetrics().lineSpacing() * self.MIN_LINES
            return QSize(least.width() + self._bar(), min(least.height(), lowest))

    return ScrollForm


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows (a field a refusal names)."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is parent:
            area.ensureWidgetVisible(widget)
        parent = area


def flow_layout(parent: QWidget | None = None):
    """A ``FlowLayout``: widgets side by side that wrap to another row when there is no room."""
    return _flow_layout_class()(parent)


@functools.cache
def _flow_layout_class():  # its Qt types cost start-up time to make: made on first use
    from PySide6.QtWidgets import QLayout, QStyle

    class FlowLayout(QLayout):
        """Buttons side by side that wrap to a second row when there is no room for them all
        (Qt's flow layout example): a row of buttons that does not set a wide window's minimum
        width."""

        def __init__(self, parent: QWidget | None = None):
            super().__init__(parent)
            self._items = []

        def addItem(self, item) -> None:  # noqa: N802 - Qt's name
            self._items.append(item)

        def count(self) -> int:
            return len(self._items)

        def itemAt(self, index: int):  # noqa: N802 - Qt's name
            return self._items[index] if 0 <= index < len(self._items) else None

        def takeAt(self, index: int):  # noqa: N802 - Qt's name
            return self._items.pop(index) if 0 <= index < len(self._items) else None

        def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
            return Qt.Orientation(0)

        def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
            return True

        def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
            return self._arrange(QRect(0, 0, width, 0), move=False)

        def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
            super().setGeometry(rect)
            self._arrange(rect, move=True)

        def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
            width = height = 0
            for item in self._visible():
                hint = item.sizeHint()
                width += hint.width() + (self._gap() if width else 0)
                height = max(height, hint.height())
            margins = self.contentsMargins()
            return QSize(width + margins.left() + margins.right(),
                         height + margins.top() + margins.bottom())

        def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
            size = QSize()
            for item in self._visible():
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

        def _visible(self) -> list:
            return [item for item in self._items if not item.isEmpty()]

        def _gap(self) -> int:
            spacing = self.spacing()
            if spacing >= 0:
                return spacing
            parent = self.parentWidget()
            style = parent.style() if parent is not None else None
            return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

        def _arrange(self, rect: QRect, move: bool) -> int:
            margins = self.contentsMargins()
            area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
            x, y, line = area.x(), area.y(), 0
            gap = self._gap()
            for item in self._visible():
                hint = item.sizeHint()
                if x > area.x() and x + hint.width() > area.right() + 1:
                    x, y, line = area.x(), y + line + gap, 0
                if move:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + gap
                line = max(line, hint.height())
            return y + line - rect.y() + margins.bottom()

    return FlowLayout


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for its layout (after a wrapped message appeared).

    Only ever grows the window, and never beyond its screen (``screen_room``: a form in a
    ``ScrollForm`` scrolls instead), so a size the person chose is kept otherwise.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    # The layouts between the message and the window, innermost first, laid out now for
    # the new text (each would be at the next event), and a ScrollForm's hint with them:
    # it follows its content's, which its window's layout had cached one line short.
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not window:
        if ancestor.layout() is not None:
            ancestor.layout().activate()
        if isinstance(ancestor, _scroll_form_class()):
            ancestor.updateGeometry()
        ancestor = ancestor.parentWidget()
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    room = screen_room(window)
    if room is not None:
        needed = min(needed, max(room.height(), window.minimumHeight()))
    if window.height() < needed:
        window.resize(window.width(), needed)


def fit_placeholder(edit) -> None:
    """Make a line edit wide enough to show its placeholder whole: where the placeholder is
    the field's only hint (the password rules), a cut-off one hides what it says."""
    import math

    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame  # their types cost start-up time

    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    chrome = edit.width() - contents.width()  # the frame and the style's padding
    margins = edit.textMargins()
    text = math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()))
    # QLineEdit keeps 2 px free on either side of its text (QLineEditPrivate::horizontalMargin).
    edit.setMinimumWidth(text + 2 * 2 + chrome + margins.left() + margins.right() + 1)


class FieldErrors:
    """Maps a service's field names to the widget to focus and the error line under it.

    ``general`` (an error label) takes errors that name no known field.
    """

    def __init__(self, general: QLabel):
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._rows: dict[str, tuple[QFormLayout, int]] = {}

    def add(self, name: str, widget: QWidget, error: QLabel) -> None:
        """Register a field whose error label the caller has placed itself."""
        self._fields[name] = (widget, error)

    def add_row(self, form: QFormLayout, name: str, text: str, field: QWidget) -> QLabel:
        """Add ``text`` and ``field`` to ``form``, with a hidden error row under them."""
        form.addRow(text, field)
        error = error_label(f"{name}Error")
        form.addRow("", error)
        row = form.rowCount() - 1
        form.setRowVisible(row, False)  # no empty gap until there is something to say
        self._rows[name] = (form, row)
        self.add(name, field, error)
        return error

    def clear(self) -> None:
        for name, (widget, error) in self._fields.items():
            error.clear()
            error.hide()
            if name in self._rows:
                form, row = self._rows[name]
                form.setRowVisible(row, False)
            set_invalid(widget, False)
        self.general.clear()
        self.general.hide()

    def show(self, field: str | None, message: str) -> None:
        """Show ``message`` next to ``field`` (or in the general label) and focus the field."""
        widget, error = self._fields.get(field or "", (None, self.general))
        error.setText(message)
        if field in self._rows:
            form, row = self._rows[field]
            form.setRowVisible(row, True)
        error.show()
        grow_to_fit(error)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            bring_into_view(error)
            bring_into_view(widget)

    def message(self, field: str | None = None) -> str:
        """The text shown for ``field`` (or the general message), "" if none."""
        _, error = self._fields.get(field or "", (None, self.general))
        return "" if error.isHidden() else error.text()


def swatch_edge(fill: QColor, palette: QPalette | None = None) -> QColor:
    """The outline of a square of ``fill``: a little darker than it, or where that would
    not stand out from the list or window under it at 3 : 1 (Douyin's near-black on a dark
    theme), ``fill`` moved toward the palette's text colour until it does."""
    palette = palette if palette is not None else QGuiApplication.palette()
    under = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)]
    edge = fill.darker(120)
    if all(contrast(edge, back) >= MARK_CONTRAST for back in under):
        return edge
    return readable(fill, under, palette.color(QPalette.ColorRole.Text), MARK_CONTRAST)


def swatch(colour: str, size: int = 14, palette: QPalette | None = None) -> QIcon:
    """A rounded square of ``colour`` (#RRGGBB), for platform lists, outlined so that it
    shows in a light and in a dark theme (``swatch_edge``; ``palette``: the application's
    by default)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(Qt.PenStyle.NoPen)  # a 1 px pen came out half-blended with the fill
    painter.setBrush(swatch_edge(fill, palette))
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    return QIcon(pixmap)
