"""The painted month and week grids of the content calendar.

Both grids draw posts as cards (platform colour, status mark, time, title) and
know nothing of the database: the screen (views/calendar.py) hands them the
cards of the visible range and the warnings, and they report what the person
did (open, create, "+N more", drag).  Layout is computed when the data or the
size changes, never in ``paintEvent``; card texts are pre-laid-out
``QStaticText`` kept in a cache shared by both grids, so a month switch costs
one query, one layout and one paint of cached text (see the calendar benchmark).

Dragging is done by the grids themselves, not with ``QDrag``: a press, a move
beyond the drag distance and a release, with the mouse grabbed by the widget
that was pressed (as Qt does for any press).  The ``DragHost`` (the screen)
finds the drop target under the pointer, across the grid and the unscheduled
panel, so tests can drive a drag with ordinary mouse events.
"""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from models.posts import PostRow
from views.calendar_look import Look

if TYPE_CHECKING:  # its Qt type is not made at start-up for an annotation
    from PySide6.QtGui import QFontMetrics

SLOTS_PER_DAY = 48
SLOT = _dt.timedelta(minutes=30)
MONTH_DEFAULT_TIME = _dt.time(9, 0)
CARD_GAP = 2  # between the cards of a month cell
MORE_REACH = 2  # the "+N more" line may reach this much nearer the cell's bottom than a card


class Card:
    """One post on the calendar: its row and its planned time in local time.

    A plain class rather than a dataclass: this module is on the way to the first paint,
    and importing ``dataclasses`` costs about 4 ms there (issue 2).
    """

    __slots__ = ("row", "local", "clash")
    __hash__ = None  # compared by value, and ``clash`` changes

    def __init__(self, row: PostRow, local: _dt.datetime | None, clash: bool = False):
        self.row, self.local, self.clash = row, local, clash

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.row, self.local, self.clash) == (other.row, other.local, other.clash)

    def __repr__(self) -> str:
        return f"Card(row={self.row!r}, local={self.local!r}, clash={self.clash!r})"


class Marks:
    """Warnings for the visible range, in words (rules C1-C4): per day and per week (Monday),
    and the names of the major events and promotions on each day they run."""

    __slots__ = ("days", "weeks", "events")

    def __init__(self, days: dict[_dt.date, list[str]] | None = None,
                 weeks: dict[_dt.date, list[str]] | None = None,
                 events: dict[_dt.date, list[str]] | None = None):
        self.days = {} if days is None else days
        self.weeks = {} if weeks is None else weeks
        self.events = {} if events is None else events


class DragHost(Protocol):
    def drag_started(self, card: Card, source: QWidget, global_pos: QPoint) -> None: ...
    def drag_moved(self, global_pos: QPoint) -> None: ...
    def drag_finished(self, global_pos: QPoint) -> None: ...
    def drag_cancelled(self) -> None: ...


class DragSource:
    """A card pressed in ``widget`` becomes a drag once the pointer has moved the platform's
    drag distance; the widget's ``host`` (a ``DragHost``) is told each step, in global
    coordinates (``to_global`` maps the widget's event positions).  The grids and the
    unscheduled list share it."""

    def __init__(self, widget: QWidget, to_global):
        self.widget, self.to_global = widget, to_global
        self.press: tuple[QPoint, Card] | None = None
        self.dragging = False

    def pressed(self, pos: QPoint, card: Card | None) -> None:
        # Someone who writes no posts picks up no card (the move was refused only on the drop).
        writes = getattr(self.widget.host, "writes", True)
        self.press = (pos, card) if card is not None and writes else None
        self.dragging = False

    def moved(self, pos: QPoint, buttons) -> bool:
        """The pointer moved; False if no card is held (the widget handles the move)."""
        if self.press is None or not buttons & Qt.MouseButton.LeftButton:
            return False
        host, (start, card) = self.widget.host, self.press
        if not self.dragging:
            if (pos - start).manhattanLength() < QApplication.startDragDistance():
                return True
            self.dragging = True
            if host is not None:
                host.drag_started(card, self.widget, self.to_global(start))
        if host is not None:
            host.drag_moved(self.to_global(pos))
        return True

    def released(self, pos: QPoint) -> bool:
        """The button was let go; True if that dropped a dragged card."""
        was, self.dragging, self.press = self.dragging, False, None
        if was and self.widget.host is not None:
            self.widget.host.drag_finished(self.to_global(pos))
        return was

    def cancel(self) -> bool:
        """Escape: True if a drag was under way (and is now called off)."""
        if not self.dragging:
            return False
        self.dragging, self.press = False, None
        if self.widget.host is not None:
            self.widget.host.drag_cancelled()
        return True


class _Grid(QWidget):
    """What both grids share: cards, selection, hit testing, drag start, tooltips."""

    open_requested = Signal(int)           # post id (double-click on a card, Enter)
    create_requested = Signal(object)      # local datetime (double-click on an empty slot)
    selection_changed = Signal(object)     # Card or None
    day_activated = Signal(object)         # date ("+N more")
    hidden_activated = Signal(object)      # the first Card a crowded week slot hides

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.host: DragHost | None = None
        self.cards_by_day: dict[_dt.date, list[Card]] = {}
        self.marks = Marks()
        self.selected_id: int | None = None
        self.focus_day: _dt.date = _dt.date.today()
        self._card_rects: list[tuple[QRect, Card]] = []
        self.drag = DragSource(self, self.mapToGlobal)
        self._indicator: QRect | None = None
        self._described = False  # a screen reader's description was given (``_say_focus``)
        # Called once, right after the grid's first paint (the screen's cadence warnings).
        self.after_first_paint = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- data -------------------------------------------------------------------------------
    def set_cards(self, cards_by_day: dict[_dt.date, list[Card]], marks: Marks) -> None:
        self.cards_by_day = cards_by_day
        self.marks = marks
        self.relayout()
        if self._described:
            self._say_focus()

    def set_marks(self, marks: Marks) -> None:
        """New warnings for the cards shown: laid out again, since where a mark is
        drawn (and hovered) is part of the layout (rules C1-C4)."""
        self.marks = marks
        self.relayout()
        if self._described:
            self._say_focus()

    def relayout(self) -> None:  # subclasses compute rects, then repaint
        self.update()

    def card_rect(self, post_id: int) -> QRect | None:
        for rect, card in self._card_rects:
            if card.row.id == post_id:
                return QRect(rect)
        return None

    def card_at(self, pos: QPoint) -> Card | None:
        for rect, card in reversed(self._card_rects):
            if rect.contains(pos):
                return card
        return None

    def selected_card(self) -> Card | None:
        for _rect, card in self._card_rects:
            if card.row.id == self.selected_id:
                return card
        for cards in self.cards_by_day.values():
            for card in cards:
                if card.row.id == self.selected_id:
                    return card
        return None

    def select(self, card: Card | None) -> None:
        new = card.row.id if card else None
        if card is not None and card.local is not None:
            self.focus_day = card.local.date()
        if new != self.selected_id:
            self.selected_id = new
            self.update()
            self.selection_changed.emit(card)
        self._say_focus()

    # -- what a screen reader says ------------------------------------------------------------
    def focus_description(self) -> str:
        """The day the keyboard is on and its selected card, in the words of the card's
        tooltip ("2026年12月3日（周四）：10:00 微博；年终大促；审核中 · …"); without a card, the
        day's half-hour (week view), events and warnings."""
        card = self.selected_card()
        if card is not None:
            details = self.look.card_tooltip(card).split("\n")
        else:
            details = self._focus_details()
        details = [" ".join(line.split()) for line in details if line.strip()]
        day = self.look.long_day(self.focus_day)
        if not details:
            return day
        #: Between the lines of a calendar card's description for a screen reader
        #: ("10:00 Weibo; 年终大促; In review · …"); Chinese: "；".
        separator = QCoreApplication.translate("Calendar", "; ")
        #: A calendar day and what is selected on it, as a screen reader says it.
        #: Chinese: "{day}：{details}".
        return QCoreApplication.translate("Calendar", "{day}: {details}").format(
            day=day, details=separator.join(details))

    def _focus_details(self) -> list[str]:
        return [*self.marks.events.get(self.focus_day, ()),
                *self.marks.days.get(self.focus_day, ())]

    def _say_focus(self) -> None:
        """Tell a screen reader what the keyboard is on (the accessible description), while
        the grid has the focus.  Called when the person moves the selection or the focus,
        and for new cards only once a description was given: start-up does none of it."""
        if self.hasFocus():
            self._described = True
            self.setAccessibleDescription(self.focus_description())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # Tab or a shortcut brought the person here (the window's first focus at start-up
        # is neither: the first arrow key describes the day then).
        if self._described or event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason):
            self._say_focus()

    # -- dropping (called by the host) ------------------------------------------------------
    def drop_time_at(self, pos: QPoint, card: Card) -> _dt.datetime | None:  # pragma: no cover
        raise NotImplementedError

    def show_drop_indicator(self, rect: QRect | None) -> None:
        if rect != self._indicator:
            self._indicator = rect
            self.update()

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        card = self.card_at(pos)
        self.select(card)
        if card is None:
            self._set_focus_from(pos)
        self.drag.pressed(pos, card)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag.moved(event.position().toPoint(), event.buttons()):
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.drag.released(event.position().toPoint())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        card = self.card_at(pos)
        if card is not None:
            self.open_requested.emit(card.row.id)
        else:
            when = self.slot_time_at(pos)
            if when is not None:
                self.create_requested.emit(when)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drag.cancel():
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card = self.selected_card()
            if card is not None:
                self.open_requested.emit(card.row.id)
            else:
                when = self.focus_time()
                if when is not None:
                    self.create_requested.emit(when)
            return
        if self.move_focus(key):
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        """Tab and Shift+Tab go through the cards of the focused day, then leave the grid."""
        cards = self.focus_cards()
        ids = [c.row.id for c in cards]
        if ids:
            index = ids.index(self.selected_id) if self.selected_id in ids else -1
            index = index + 1 if next_ else (index - 1 if index >= 0 else len(ids) - 1)
            if 0 <= index < len(ids):
                self.select(cards[index])
                return True
        return super().focusNextPrevChild(next_)

    def focus_cards(self) -> list[Card]:
        return self.cards_by_day.get(self.focus_day, [])

    def set_focus_day(self, day: _dt.date) -> None:
        self.focus_day = day
        cards = self.focus_cards()
        self.select(cards[0] if cards else None)
        self.update()

    # -- subclass hooks ---------------------------------------------------------------------
    def slot_time_at(self, pos: QPoint) -> _dt.datetime | None:  # pragma: no cover
        return None

    def focus_time(self) -> _dt.datetime | None:  # pragma: no cover
        return None

    def move_focus(self, key) -> bool:  # pragma: no cover
        return False

    def _set_focus_from(self, pos: QPoint) -> None:  # pragma: no cover
        pass

    def tooltip_at(self, pos: QPoint) -> str:
        card = self.card_at(pos)
        return self.look.card_tooltip(card) if card is not None else ""

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- painting helpers -------------------------------------------------------------------
    def _painted(self) -> None:
        if self.after_first_paint is not None:
            from PySide6.QtCore import QTimer

            # With the grid as context: a screen closed at once is not called after it.
            QTimer.singleShot(0, self, self.after_first_paint)
            self.after_first_paint = None

    def _paint_indicator(self, painter: QPainter) -> None:
        if self._indicator is not None:
            painter.setPen(QPen(self.look.drop, 2))
            fill = QColor(self.look.drop)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(self._indicator).adjusted(1, 1, -1, -1), 4, 4)


class MonthGrid(_Grid):
    """Six weeks, Monday first; cards that do not fit collapse into "+N more"."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent)
        self.setObjectName("monthGrid")
        self.setAccessibleName(QCoreApplication.translate("CalendarScreen", "Month view"))
        self.month = _dt.date.today().replace(day=1)
        self.first_day = self.month
        self._cells: list[tuple[_dt.date, QRect]] = []
        # "+N more": (rect, day, how many, the text drawn, shortened to fit the rect)
        self._more: list[tuple[QRect, _dt.date, int, str]] = []
        self._week_marks: list[tuple[QRect, _dt.date]] = []
        self._day_marks: list[tuple[QRect, _dt.date]] = []
        self._header_h = 0
        self._gutter = 0

    @staticmethod
    def grid_start(month: _dt.date) -> _dt.date:
        first = month.replace(day=1)
        return first - _dt.timedelta(days=first.weekday())

    def set_month(self, month: _dt.date) -> None:
        self.month = month.replace(day=1)
        self.first_day = self.grid_start(self.month)
        if not self.first_day <= self.focus_day < self.first_day + _dt.timedelta(days=42):
            self.focus_day = self.month

    def days(self) -> list[_dt.date]:
        return [self.first_day + _dt.timedelta(days=i) for i in range(42)]

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("M") * 70, (fm.height() + 4) * 30)

    def minimumSizeHint(self) -> QSize:
        """Cells as high as the day's number and one card of a text line and a pixel, with
        "+N" beside it (``card_fit``): 44 pixels, where a 1366x768 laptop at 150 % has room
        for about 45 (the grid was at least 322 pixels high, 50 a cell, and the window
        taller than that screen)."""
        fm = self.fontMetrics()
        line = fm.height()
        header = line + 6  # as relayout() draws it
        cell = (line + 2) + (line + 1) + 3  # the day's number, a card, the cell's bottom
        return QSize(fm.horizontalAdvance("M") * 35, header + 6 * cell)

    def resizeEvent(self, event) -> None:
        self.relayout()

    def cell_rect(self, day: _dt.date) -> QRect | None:
        for d, rect in self._cells:
            if d == day:
                return QRect(rect)
        return None

    def more_rect(self, day: _dt.date) -> QRect | None:
        for rect, d, _n, _text in self._more:
            if d == day:
                return QRect(rect)
        return None

    def more_label(self, day: _dt.date) -> str | None:
        """The "+N more" text drawn for ``day`` (shortened to "+N" where it does not fit)."""
        for _rect, d, _n, text in self._more:
            if d == day:
                return text
        return None

    def card_fit(self, cell_h: int) -> tuple[int, int, int]:
        """For cells ``cell_h`` pixels high: the cards' height, how many cards a crowded day
        shows above its "+N more" line (0 when the cell has room for one row only, and "+N"
        goes beside that row's card) and the line's height.

        Where a cell holds two cards and the line at full height (a big screen) the line is
        as high as a card.  Below that, the line is one text line high and the cards shrink
        (at most to the text's line and a pixel) to show one more of them: on a 1366x768
        laptop a cell shows two cards and the line at 100 %, one card and the line at 125 %,
        one card and "+N" beside it at 150 %."""
        look = self.look
        avail = cell_h - look.line_h - 5  # between the day's number and the cell's bottom
        pitch = look.card_h + CARD_GAP
        if avail // pitch - 1 >= 2:
            return look.card_h, avail // pitch - 1, look.card_h
        room = avail + MORE_REACH - look.line_h  # for the cards above a one-line "+N more"
        k_full = room // pitch
        k_min = room // (look.line_h + 1 + CARD_GAP)
        if k_min <= 0:
            return max(4, min(look.card_h, avail)), 0, look.line_h
        if k_min > k_full:
            return min(look.card_h, room // k_min - CARD_GAP), k_min, look.line_h
        return look.card_h, k_full, look.line_h

    def day_text(self, day: _dt.date, cell_width: int, metrics: QFontMetrics) -> str:
        """The day's number, "Dec 1" on the first of a month where the cell has room for it
        (a narrow cell at 150 % cut "12月1日" to "12月1E")."""
        label = self.look.day_label(day, first=day.day == 1)
        room = cell_width - 10 - (self.look.line_h if day in self.marks.days else 0)
        if day.day == 1 and metrics.horizontalAdvance(label) > room:
            return str(day.day)
        return label

    def relayout(self) -> None:
        look = self.look
        w, h = self.width(), self.height()
        self._header_h = look.line_h + 6
        self._gutter = look.line_h
        cell_w = (w - self._gutter) / 7
        cell_h = (h - self._header_h) / 6
        self._cells, self._card_rects, self._more = [], [], []
        self._week_marks, self._day_marks = [], []
        # The lowest row decides (rows differ by a pixel of rounding).
        lowest = min(round(self._header_h + (r + 1) * cell_h) - round(self._header_h + r * cell_h)
                     for r in range(6))
        card_h, crowded, more_h = self.card_fit(lowest)
        pitch = card_h + CARD_GAP
        fm = look.fm
        texts: dict[tuple[int, bool], tuple[str, int]] = {}

        def more_text(n: int, short: bool) -> tuple[str, int]:
            found = texts.get((n, short))
            if found is None:
                text = look.more_short(n) if short else look.more_text(n)
                found = texts[n, short] = (text, fm.horizontalAdvance(text))
            return found

        for i, day in enumerate(self.days()):
            row, col = divmod(i, 7)
            x0 = round(self._gutter + col * cell_w)
            y0 = round(self._header_h + row * cell_h)
            rect = QRect(x0, y0, round(self._gutter + (col + 1) * cell_w) - x0,
                         round(self._header_h + (row + 1) * cell_h) - y0)
            self._cells.append((day, rect))
            if col == 0 and day in self.marks.weeks:
                self._week_marks.append((QRect(0, y0, self._gutter, rect.height()), day))
            if day in self.marks.days:
                self._day_marks.append((QRect(rect.right() - look.line_h, y0 + 2,
                                              look.line_h - 2, look.line_h - 2), day))
            cards = self.cards_by_day.get(day, ())
            if not cards:
                continue
            top = y0 + look.line_h + 2
            avail = rect.bottom() - 2 - top
            if len(cards) * pitch <= avail:
                shown = len(cards)
            elif crowded:
                reach = MORE_REACH if more_h < look.card_h else 0
                shown = min(len(cards) - 1, crowded, max(0, (avail + reach - more_h) // pitch))
            else:  # one row: the first card and "+N" beside it
                shown = 1
            width = rect.width() - 6
            if shown < len(cards):
                n = len(cards) - shown
                if crowded:
                    text, advance = more_text(n, False)
                    if advance > width - 4:
                        text, advance = more_text(n, True)
                    self._more.append((QRect(x0 + 7, top + shown * pitch, width - 4, more_h),
                                       day, n, text))
                else:
                    text, advance = more_text(n, True)
                    link = QRect(x0 + rect.width() - 3 - advance - 2, top, advance + 2, card_h)
                    self._more.append((link, day, n, text))
                    width = link.x() - 3 - (x0 + 3)
            for k in range(shown):
                r = QRect(x0 + 3, top + k * pitch, width, card_h)
                self._card_rects.append((r, cards[k]))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self.look
        painter = QPainter(self)
        painter.fillRect(self.rect(), look.base)
        painter.setFont(self.font())
        today = _dt.date.today()
        # Weekday names
        painter.setPen(look.muted)
        cell_w = (self.width() - self._gutter) / 7
        for col in range(7):
            r = QRect(round(self._gutter + col * cell_w), 0, round(cell_w), self._header_h)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, look.weekday_names[col])
        # Cells
        for day, rect in self._cells:
            if day == today:
                painter.fillRect(rect, look.today)
            elif day.month != self.month.month:
                painter.fillRect(rect, look.outside)
            if day in self.marks.days:
                painter.fillRect(rect, look.warn_fill)
        painter.setPen(QPen(look.grid, 1))
        for _day, rect in self._cells:
            painter.drawRect(rect)
        bold = QFont(self.font())
        bold.setBold(True)
        for day, rect in self._cells:
            painter.setPen(look.text if day.month == self.month.month else look.muted)
            painter.setFont(bold if day == today else self.font())
            label = self.day_text(day, rect.width(), painter.fontMetrics())
            painter.drawText(rect.adjusted(5, 1, -5, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            names = self.marks.events.get(day)
            if names:
                left = rect.x() + 5 + painter.fontMetrics().horizontalAdvance(label) + 6
                right = rect.right() - (look.line_h + 2 if day in self.marks.days else 3)
                look.paint_event_names(painter, QRect(left, rect.y() + 2, right - left,
                                                      look.line_h - 2), names)
        painter.setFont(self.font())
        for rect, _day in self._day_marks:
            look.paint_warning(painter, rect)
        for rect, _day in self._week_marks:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), look.warn_fill)
            side = min(rect.width(), look.line_h) - 4
            look.paint_warning(painter, QRect(rect.x() + 2, rect.y() + 4, side, side))
        if self.hasFocus():
            focus = self.cell_rect(self.focus_day)
            if focus is not None:
                painter.setPen(QPen(look.focus, 2, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(focus.adjusted(1, 1, -2, -2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, card in self._card_rects:
            look.paint_card(painter, rect, card, card.row.id == self.selected_id, with_time=True)
        painter.setPen(look.link)
        for rect, _day, _n, text in self._more:
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
        self._paint_indicator(painter)
        painter.end()
        self._painted()

    # -- hit testing --------------------------------------------------------------------------
    def day_at(self, pos: QPoint) -> _dt.date | None:
        for day, rect in self._cells:
            if rect.contains(pos):
                return day
        return None

    def drop_time_at(self, pos: QPoint, card: Card) -> tuple[_dt.datetime, QRect] | None:
        """Month view: the day under ``pos`` at the card's own time of day."""
        day = self.day_at(pos)
        if day is None:
            return None
        time_of_day = card.local.time() if card.local is not None else None
        return self.look.day_time(day, time_of_day), self.cell_rect(day)

    def slot_time_at(self, pos: QPoint) -> _dt.datetime | None:
        day = self.day_at(pos)
        return None if day is None else self.look.day_time(day, None)

    def focus_time(self) -> _dt.datetime | None:
        return self.look.day_time(self.focus_day, None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            for rect, day, _n, _text in self._more:
                if rect.contains(pos):
                    self.focus_day = day
                    self._say_focus()
                    self.day_activated.emit(day)
                    event.accept()
                    return
        super().mousePressEvent(event)

    def _set_focus_from(self, pos: QPoint) -> None:
        day = self.day_at(pos)
        if day is not None:
            self.focus_day = day
            self.update()
            self._say_focus()

    def move_focus(self, key) -> bool:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                Qt.Key.Key_Down: 7}.get(key)
        if step is None:
            return False
        day = self.focus_day + _dt.timedelta(days=step)
        if not self.first_day <= day < self.first_day + _dt.timedelta(days=42):
            return False
        self.set_focus_day(day)
        return True

    def tooltip_at(self, pos: QPoint) -> str:
        for rect, day, n, _text in self._more:
            if rect.contains(pos):
                return self.look.more_tooltip(n, day)
        text = super().tooltip_at(pos)
        if text:
            return text
        for rect, monday in self._week_marks:
            if rect.contains(pos):
                return "\n".join(self.marks.weeks.get(monday, ()))
        day = self.day_at(pos)
        if day is None:
            return ""
        return "\n".join([*self.marks.events.get(day, ()), *self.marks.days.get(day, ())])


class WeekGrid(_Grid):
    """Seven days in half-hour rows; lives in a scroll area under a ``WeekHeader``."""

    def __init__(self, look: Look, parent: QWidget | None = None):
        super().__init__(look, parent)
        self.setObjectName("weekGrid")
        self.setAccessibleName(QCoreApplication.translate("CalendarScreen", "Week view"))
        self.monday = _dt.date.today() - _dt.timedelta(days=_dt.date.today().weekday())
        self.focus_slot = 18  # 09:00
        self._gutter = 0
        self._slot_h = 0
        # "+N" where a half-hour holds more posts than fit: (rect, the cards it hides)
        self._more: list[tuple[QRect, list[Card]]] = []

    def set_week(self, monday: _dt.date) -> None:
        self.monday = monday
        if not monday <= self.focus_day < monday + _dt.timedelta(days=7):
            self.focus_day = monday

    def days(self) -> list[_dt.date]:
        return [self.monday + _dt.timedelta(days=i) for i in range(7)]

    def slot_height(self) -> int:
        return self.look.card_h + 4

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 70,
                     self.slot_height() * SLOTS_PER_DAY)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 35,
                     self.slot_height() * SLOTS_PER_DAY)

    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 12

    def resizeEvent(self, event) -> None:
        self.relayout()

    def column_rect(self, index: int) -> QRect:
        col_w = (self.width() - self._gutter) / 7
        x0 = round(self._gutter + index * col_w)
        return QRect(x0, 0, round(self._gutter + (index + 1) * col_w) - x0, self.height())

    def slot_rect(self, day: _dt.date, slot: int) -> QRect:
        col = self.column_rect((day - self.monday).days)
        return QRect(col.x(), slot * self._slot_h, col.width(), self._slot_h)

    def relayout(self) -> None:
        self._gutter = self.gutter_width()
        self._slot_h = self.slot_height()
        self._card_rects, self._more = [], []
        fm = self.fontMetrics()
        # A card's stripe, dot and padding (24 px, Look.paint_card) and two characters.
        least = 24 + fm.horizontalAdvance("国国")
        more_w = fm.horizontalAdvance("+99") + 8
        for i, day in enumerate(self.days()):
            cards = self.cards_by_day.get(day, ())
            by_slot: dict[int, list[Card]] = {}
            for card in cards:
                if card.local is not None:
                    slot = card.local.hour * 2 + card.local.minute // 30
                    by_slot.setdefault(slot, []).append(card)
            col = self.column_rect(i)
            room = col.width() - 6
            for slot, group in by_slot.items():
                # Side by side only as many as show a few characters of their titles (three
                # in a 109 px column had showed a colour bar and a dot, or "第1" without an
                # ellipsis); the others behind "+N", which opens them.
                fits = max(1, room // least)
                if len(group) <= min(3, fits):
                    shown, more = group, 0
                else:
                    shown = group[:max(1, min(2, (room - more_w) // least))]
                    more = more_w
                width = (room - more) / len(shown)
                top = slot * self._slot_h + 2
                for k, card in enumerate(shown):
                    r = QRect(round(col.x() + 3 + k * width), top, round(width) - 2,
                              self._slot_h - 4)
                    self._card_rects.append((r, card))
                if more:
                    r = QRect(round(col.x() + 3 + len(shown) * width), top, more - 2,
                              self._slot_h - 4)
                    self._more.append((r, group[len(shown):]))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self.look
        painter = QPainter(self)
        painter.fillRect(self.rect(), look.base)
        painter.setFont(self.font())
        today = _dt.date.today()
        clip = event.rect()
        for i, day in enumerate(self.days()):
            col = self.column_rect(i)
            if day == today:
                painter.fillRect(col, look.today)
        first = max(0, clip.top() // max(1, self._slot_h))
        last = min(SLOTS_PER_DAY - 1, clip.bottom() // max(1, self._slot_h))
        for slot in range(first, last + 1):
            y = slot * self._slot_h
            painter.setPen(QPen(look.grid if slot % 2 == 0 else look.grid_light, 1))
            painter.drawLine(self._gutter, y, self.width(), y)
            if slot % 2 == 0:
                painter.setPen(look.muted)
                painter.drawText(QRect(0, y, self._gutter - 6, self._slot_h),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{slot // 2:02d}:00")
        painter.setPen(QPen(look.grid, 1))
        for i in range(8):
            x = self.column_rect(min(i, 6)).x() if i < 7 else self.width() - 1
            painter.drawLine(x, clip.top(), x, clip.bottom())
        if self.hasFocus() and self.monday <= self.focus_day < self.monday + _dt.timedelta(days=7):
            painter.setPen(QPen(look.focus, 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.slot_rect(self.focus_day, self.focus_slot).adjusted(1, 1, -2, -2))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, card in self._card_rects:
            if rect.intersects(clip):
                look.paint_card(painter, rect, card, card.row.id == self.selected_id,
                                with_time=False)
        painter.setPen(look.link)
        for rect, hidden in self._more:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(hidden)}")
        for rect, hidden in self._more:
            if any(card.row.id == self.selected_id for card in hidden):
                # The chosen post is behind "+N" (Tab reaches it): "+N" shows the selection
                # as a card would, so that Enter, Delete or Move to… are seen to act there.
                painter.setPen(QPen(look.focus, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3)
        # Now
        now = _dt.datetime.now()
        if self.monday <= now.date() < self.monday + _dt.timedelta(days=7):
            col = self.column_rect(now.date().weekday())
            y = round((now.hour * 2 + now.minute / 30) * self._slot_h)
            painter.setPen(QPen(look.now, 2))
            painter.drawLine(col.x(), y, col.right(), y)
        self._paint_indicator(painter)
        painter.end()
        self._painted()

    def slot_at(self, pos: QPoint) -> tuple[_dt.date, int] | None:
        if pos.x() < self._gutter or self._slot_h <= 0:
            return None
        for i, day in enumerate(self.days()):
            if self.column_rect(i).contains(pos):
                slot = pos.y() // self._slot_h
                if 0 <= slot < SLOTS_PER_DAY:
                    return day, slot
        return None

    @staticmethod
    def slot_time(day: _dt.date, slot: int) -> _dt.datetime:
        return _dt.datetime.combine(day, _dt.time(slot // 2, 30 * (slot % 2)))

    def drop_time_at(self, pos: QPoint, card: Card) -> tuple[_dt.datetime, QRect] | None:
        found = self.slot_at(pos)
        if found is None:
            return None
        day, slot = found
        return self.slot_time(day, slot), self.slot_rect(day, slot)

    def slot_time_at(self, pos: QPoint) -> _dt.datetime | None:
        found = self.slot_at(pos)
        return None if found is None else self.slot_time(*found)

    def focus_time(self) -> _dt.datetime | None:
        return self.slot_time(self.focus_day, self.focus_slot)

    def _set_focus_from(self, pos: QPoint) -> None:
        found = self.slot_at(pos)
        if found is not None:
            self.focus_day, self.focus_slot = found
            self.update()
            self._say_focus()

    def _focus_details(self) -> list[str]:
        time = self.slot_time(self.focus_day, self.focus_slot)
        return [f"{time:%H:%M}", *self.marks.days.get(self.focus_day, ())]

    def focus_cards(self) -> list[Card]:
        return [c for c in self.cards_by_day.get(self.focus_day, [])
                if c.local is not None
                and c.local.hour * 2 + c.local.minute // 30 == self.focus_slot]

    def move_focus(self, key) -> bool:
        day, slot = self.focus_day, self.focus_slot
        if key == Qt.Key.Key_Left:
            day -= _dt.timedelta(days=1)
        elif key == Qt.Key.Key_Right:
            day += _dt.timedelta(days=1)
        elif key == Qt.Key.Key_Up:
            slot -= 1
        elif key == Qt.Key.Key_Down:
            slot += 1
        else:
            return False
        if not (self.monday <= day < self.monday + _dt.timedelta(days=7)
                and 0 <= slot < SLOTS_PER_DAY):
            return False
        self.focus_day, self.focus_slot = day, slot
        cards = self.focus_cards()
        self.select(cards[0] if cards else None)
        self.update()
        self._keep_in_view(self.slot_rect(day, slot))
        return True

    def _keep_in_view(self, rect: QRect) -> None:
        """Scroll the week's scroll area (if it lives in one) so the keyboard's slot shows."""
        from PySide6.QtWidgets import QScrollArea

        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(rect.center().x(), rect.center().y(), 0,
                               rect.height() // 2 + self._slot_h)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            for rect, hidden in self._more:
                if rect.contains(pos):
                    self.hidden_activated.emit(hidden[0])
                    event.accept()
                    return
        super().mousePressEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        for rect, hidden in self._more:
            if rect.contains(pos):
                return self.look.hidden_tooltip(hidden)
        text = super().tooltip_at(pos)
        if text:
            return text
        found = self.slot_at(pos)
        if found is not None and found[0] in self.marks.days:
            return "\n".join(self.marks.days[found[0]])
        return ""


class WeekHeader(QWidget):
    """Day names above the week grid, with the day's warnings marked and in the tooltip."""

    day_clicked = Signal(object)

    def __init__(self, look: Look, grid: WeekGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekHeader")
        self.look = look
        self.grid = grid

    def sizeHint(self) -> QSize:
        return QSize(100, self.look.line_h * 3 + 10)  # day name, date, the day's events

    def _column(self, i: int) -> QRect:
        col = self.grid.column_rect(i)
        offset = self.grid.mapTo(self.window(), QPoint(0, 0)).x() - \
            self.mapTo(self.window(), QPoint(0, 0)).x()
        return QRect(col.x() + offset, 0, col.width(), self.height())

    def day_text(self, day: _dt.date, width: int, metrics: QFontMetrics) -> str:
        """"Mon 7" where the column has room; a narrow one (150 % on a laptop) takes the day
        alone, then an elided one: the labels ran into each other ("7日 周一8日 周二")."""
        label = self.look.week_day_label(day)
        room = width - 4
        if metrics.horizontalAdvance(label) <= room:
            return label
        return metrics.elidedText(str(day.day), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event) -> None:
        look = self.look
        painter = QPainter(self)
        painter.fillRect(self.rect(), look.base)
        today = _dt.date.today()
        for i, day in enumerate(self.grid.days()):
            rect = self._column(i)
            if day in self.grid.marks.days:
                painter.fillRect(rect, look.warn_fill)
                look.paint_warning(painter, QRect(rect.right() - look.line_h, 4,
                                                  look.line_h - 4, look.line_h - 4))
            names = self.grid.marks.events.get(day)
            if names:
                look.paint_event_names(painter, QRect(rect.x() + 2, rect.bottom() - look.line_h - 2,
                                                      rect.width() - 4, look.line_h), names)
                label_rect = rect.adjusted(0, 0, 0, -look.line_h - 2)
            else:
                label_rect = rect
            painter.setPen(look.text if day != today else look.link)
            # A narrow column (150 % on a laptop) takes the day alone, then an elided one:
            # the labels ran into each other ("7日 周一8日 周二").
            label = self.day_text(day, label_rect.width(), painter.fontMetrics())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(look.grid, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def day_at(self, pos: QPoint) -> _dt.date | None:
        for i, day in enumerate(self.grid.days()):
            if self._column(i).contains(pos):
                return day
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A click on a day's heading puts the keyboard on that day, at its first post."""
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            day = self.day_at(event.pos())
            text = "\n".join([*self.grid.marks.events.get(day, ()),
                              *self.grid.marks.days.get(day, ())]) if day else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
