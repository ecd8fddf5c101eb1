"""Small widgets and helpers shared by the dialogs and screens.

``FieldErrors`` shows a service's ``ValidationError`` next to the field it
names (``error.field``) and leaves everything typed in place; ``swatch``
draws a platform's colour.  Labels get their look by role and refused fields
their red frame from ``ui.style``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ui.style import set_invalid, set_role

if TYPE_CHECKING:  # a form's layout; its Python type costs start-up time to make
    from PySide6.QtWidgets import QFormLayout


def by_name(items, name=lambda item: item) -> list:
    """``items`` in the order a person reads a list of the team's names: pinyin (陈静 Chén,
    李娜 Lǐ, 刘洋 Liú ... 周敏 Zhōu), not character-code order (刘洋, 周敏, 孙丽 ...) as the
    database sorts them.  In English too: the names are Chinese, and English collation
    orders Chinese characters by code, which nobody can follow (Latin names come after the
    Chinese ones, in alphabetical order).  ``name(item)`` gives each item's name."""
    from PySide6.QtCore import QCollator, QLocale  # its type costs start-up time to make

    key = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China)).sortKey
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


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for its layout (after a wrapped message appeared).

    Only ever grows the window, so a size the person chose is kept otherwise.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
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

    def message(self, field: str | None = None) -> str:
        """The text shown for ``field`` (or the general message), "" if none."""
        _, error = self._fields.get(field or "", (None, self.general))
        return "" if error.isHidden() else error.text()


def swatch(colour: str, size: int = 14) -> QIcon:
    """A rounded square of ``colour`` (#RRGGBB), for platform lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(fill.darker(120))
    painter.setBrush(fill)
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)
