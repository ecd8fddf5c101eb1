"""The calendar's side panels and list view.

- ``UnscheduledPanel``: drafts without a planned time; drag one onto the
  calendar to plan it, drag a card back here to unschedule it.
- ``WarningsList``: cadence shortfalls (C1, C2), event deadlines (C3, C4) and
  same-half-hour clashes for the visible range, in words; a click jumps to the day.
- ``AgendaModel``: the agenda (list) view's item model, one row per post.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent,
                            QModelIndex, QObject, Qt, Signal)
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QListView, QListWidget, QListWidgetItem,
                               QWidget)

from models.posts import PostCategory
from views.calendar_grid import Card, DragSource
from views.calendar_look import Look

POST_ID = Qt.ItemDataRole.UserRole
JUMP_DAY = Qt.ItemDataRole.UserRole + 1


def swatch(colour: QColor, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def warning_icon(look: Look, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    look.paint_warning(painter, pixmap.rect().adjusted(1, 1, -1, -1))
    painter.end()
    return QIcon(pixmap)


class UnscheduledPanel(QListWidget):
    """Posts with no planned time.  Drag from here to plan; drop a card here to unschedule."""

    open_requested = Signal(int)

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unscheduledList")
        self.look = look
        self.host = None
        self.cards: dict[int, Card] = {}
        self.drag = DragSource(self, lambda pos: self.viewport().mapToGlobal(pos))
        self._drop_highlight = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAccessibleName(QCoreApplication.translate("Calendar", "Unscheduled posts"))
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(POST_ID)))

    def set_cards(self, cards: list[Card]) -> None:
        self.cards = {c.row.id: c for c in cards}
        current = self.current_card()
        self.clear()
        size = self.look.line_h
        for card in cards:
            row = card.row
            item = QListWidgetItem(
                swatch(self.look.platform_colours.get(row.platform_id, self.look.grid), size),
                f"{self.look.platform_names.get(row.platform_id, '')} · {row.title}")
            item.setData(POST_ID, row.id)
            item.setToolTip(self.look.card_tooltip(card))
            self.addItem(item)
            if current is not None and current.row.id == row.id:
                self.setCurrentItem(item)

    def current_card(self) -> Card | None:
        item = self.currentItem()
        return self.cards.get(item.data(POST_ID)) if item is not None else None

    def item_rect(self, post_id: int):
        for i in range(self.count()):
            item = self.item(i)
            if item.data(POST_ID) == post_id:
                return self.visualItemRect(item)
        return None

    # Dragging out (see calendar_grid: the host finds the target under the pointer).
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        card = None
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            card = self.cards.get(item.data(POST_ID))
        self.drag.pressed(event.position().toPoint(), card)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.drag.moved(event.position().toPoint(), event.buttons()):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.drag.released(event.position().toPoint()):
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.drag.cancel():
            return
        super().keyPressEvent(event)

    def show_drop_highlight(self, on: bool) -> None:
        if on != self._drop_highlight:
            self._drop_highlight = on
            self.setProperty("dropTarget", on)
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._drop_highlight:
            painter = QPainter(self.viewport())
            fill = QColor(self.look.drop)
            fill.setAlpha(40)
            painter.fillRect(self.viewport().rect(), fill)
            painter.end()
        elif self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.look.muted)
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate(
                                 "Calendar", "No unscheduled posts. Drag a card here to take it "
                                             "off the calendar."))
            painter.end()


class WarningsList(QListWidget):
    """What falls short in the visible range, one line each; activating a line jumps there."""

    jump_requested = Signal(object)  # date

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warningsList")
        self.look = look
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setAccessibleName(QCoreApplication.translate("Calendar", "Warnings"))
        self.itemClicked.connect(self._jump)
        self.itemActivated.connect(self._jump)

    def _jump(self, item: QListWidgetItem) -> None:
        day = item.data(JUMP_DAY)
        if day is not None:
            self.jump_requested.emit(day)

    def set_warnings(self, warnings: list[tuple[_dt.date, str]]) -> None:
        self.clear()
        icon = warning_icon(self.look, self.look.line_h)
        for day, text in warnings:
            item = QListWidgetItem(icon, text)
            item.setData(JUMP_DAY, day)
            item.setToolTip(text)
            self.addItem(item)
        if not warnings:
            item = QListWidgetItem(
                QCoreApplication.translate("Calendar", "Nothing falls short in this range."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).data(JUMP_DAY) is not None]


class AgendaModel(QAbstractTableModel):
    """One row per post of the visible range, in time order."""

    WHEN, PLATFORM, COLUMN, TITLE, WRITER, STATUS, CATEGORY = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("Calendar", "When"), QT_TRANSLATE_NOOP("Calendar", "Platform"),
               QT_TRANSLATE_NOOP("Calendar", "Column"), QT_TRANSLATE_NOOP("Calendar", "Title"),
               QT_TRANSLATE_NOOP("Calendar", "Writer"), QT_TRANSLATE_NOOP("Calendar", "Status"),
               QT_TRANSLATE_NOOP("Calendar", "Category"))

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.cards: list[Card] = []

    def set_cards(self, cards: list[Card]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("Calendar", self.HEADERS[section])
        return None

    def card(self, row: int) -> Card | None:
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def row_of(self, post_id: int) -> int:
        for i, card in enumerate(self.cards):
            if card.row.id == post_id:
                return i
        return -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        row, col = card.row, index.column()
        look = self.look
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                if card.local is None:
                    return QCoreApplication.translate("Calendar", "Unscheduled")
                return f"{look.short_date(card.local.date())} " \
                       f"{look.weekday_names[card.local.weekday()]} {card.local:%H:%M}"
            if col == self.PLATFORM:
                return look.platform_names.get(row.platform_id, "")
            if col == self.COLUMN:
                return look.column_names.get(row.column_id, "") if row.column_id else ""
            if col == self.TITLE:
                return row.title
            if col == self.WRITER:
                return look.writer_names.get(row.writer_id, "")
            if col == self.STATUS:
                return look.stage_text(row)
            if col == self.CATEGORY:
                return _label(PostCategory, row.category)
        elif role == Qt.ItemDataRole.DecorationRole and col == self.PLATFORM:
            return swatch(look.platform_colours.get(row.platform_id, look.grid), look.line_h)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return look.status_colours.get(row.status)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return look.card_tooltip(card)
        elif role == POST_ID:
            return row.id
        return None


def _label(enum_type, value: str) -> str:
    try:
        return enum_type(value).label
    except ValueError:
        return value


class _ResizeWatch(QObject):
    """Calls ``callback`` after each resize of the widget it watches (``on_resize``)."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def on_resize(widget: QWidget, callback) -> None:
    """``callback()`` after every resize of ``widget`` (the agenda fits its columns then)."""
    _ResizeWatch(widget, callback)
