"""Qt item models of the approval inbox: "Waiting for me", "Mine" and "All".

Each model holds the service's ``InboxItem`` tuples (``models.inbox``) as its
rows and never queries the database in ``data()``.  ``InboxModel`` takes a
whole list (the person's own inbox is short, and the service sorts it, most
urgent first); ``PagedInboxModel`` reads "Waiting for me" and "All" one page at
a time through ``canFetchMore`` / ``fetchMore``, since a busy team has thousands
of posts on their way.  It reads on after the last line the service gave it (not
from a row count): lines the screen keeps in view after they have left the
service's list (a mention just read) or takes out shift nothing.

An urgent post (rule: planned within the team's urgency window, or past, and
not yet approved) is marked three ways, so that colour is never the only
sign: the word ("Urgent", "Overdue") in the first column, a warning icon and
the red text colour.  ``Qt.UserRole`` gives a row's post id.
"""
from __future__ import annotations

import datetime as _dt
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPointF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter,
                           QPainterPath, QPalette, QPen, QPixmap)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from models import workflow
from models.inbox import InboxItem
from models.timeutil import from_local, to_local_naive, utcnow
from ui.style import is_dark

URGENT_COLOUR = "#C5221F"
# The same red on a dark theme's list: lighter, 4.5 : 1 or more on its rows.
URGENT_COLOUR_DARK = "#FF7B72"
PAGE_SIZE = 200
POST_ID = Qt.ItemDataRole.UserRole

_icons: dict[int, QIcon] = {}


def urgent_colour() -> QColor:
    """The urgent red for the application's theme (light or dark, ``ui.style.is_dark``)."""
    return QColor(URGENT_COLOUR_DARK if is_dark(QGuiApplication.palette()) else URGENT_COLOUR)


def urgent_icon(size: int = 16) -> QIcon:
    """A red warning triangle with an exclamation mark (drawn once per size)."""
    icon = _icons.get(size)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.moveTo(size / 2, 1)
        path.lineTo(size - 1, size - 1.5)
        path.lineTo(1, size - 1.5)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(URGENT_COLOUR))
        painter.drawPath(path)
        painter.setPen(QPen(QColor("white"), max(1.5, size / 9)))
        x = size / 2
        painter.drawLine(QPointF(x, size * 0.38), QPointF(x, size * 0.68))
        painter.drawPoint(QPointF(x, size * 0.82))
        painter.end()
        icon = _icons[size] = QIcon(pixmap)
    return icon


def when_text(planned_utc: _dt.datetime | None, now_utc: _dt.datetime | None = None,
              in_sentence: bool = False) -> str:
    """A planned time as a person scans a list: "Today 14:00", "Tomorrow 09:00",
    "12-05 14:00", or with the year when it is another year; "Unscheduled".
    ``in_sentence``: the form inside a sentence ("planned for today 14:00")."""
    if planned_utc is None:
        return QCoreApplication.translate("Inbox", "Unscheduled")
    local = to_local_naive(planned_utc)
    today = to_local_naive(now_utc or utcnow()).date()
    clock = f"{local:%H:%M}"
    days = (local.date() - today).days
    if days in (-1, 0, 1):
        if in_sentence:
            text = (QCoreApplication.translate("Inbox", "yesterday {time}"),
                    QCoreApplication.translate("Inbox", "today {time}"),
                    QCoreApplication.translate("Inbox", "tomorrow {time}"))[days + 1]
        else:
            text = (QCoreApplication.translate("Inbox", "Yesterday {time}"),
                    QCoreApplication.translate("Inbox", "Today {time}"),
                    QCoreApplication.translate("Inbox", "Tomorrow {time}"))[days + 1]
        return text.format(time=clock)
    if local.year == today.year:
        return f"{local:%m-%d} {clock}"
    return f"{local:%Y-%m-%d} {clock}"


def reasons_text(item: InboxItem, short: bool = False) -> str:
    """What the person must do about the post: in full, or in a word or two (``short``,
    the To do column, whose tooltip has it in full)."""
    #: Between two things a person must do about one post ("Review; Mentioned").
    sep = QCoreApplication.translate("Inbox", "; ")
    return sep.join(reason.short_label if short else reason.label for reason in item.reasons)


def is_overdue(item: InboxItem, now: _dt.datetime) -> bool:
    return item.urgent and item.planned_at is not None and item.planned_at < now


def next_local_day(now_utc: _dt.datetime) -> _dt.datetime:
    """The UTC time at which this PC's next day begins (the day words change then)."""
    local = to_local_naive(now_utc)
    return from_local(_dt.datetime.combine(local.date() + _dt.timedelta(days=1), _dt.time()))


class InboxModel(QAbstractTableModel):
    """One inbox line per row: urgency, planned time, title, platform, stage, writer, to do."""

    URGENCY, PLANNED, TITLE, PLATFORM, STAGE, WRITER, TODO = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[InboxItem] = []
        self._platforms: dict[int, str] = {}
        self._now = utcnow()
        self._display: dict[tuple[int, int], str] = {}
        self._headers = [self.tr("Urgency"), self.tr("Planned"), self.tr("Title"),
                         self.tr("Platform"), self.tr("Stage"), self.tr("Writer"),
                         self.tr("To do")]
        self.urgent = urgent_colour()  # the urgent cells' text (InboxScreen.theme_changed)
        self._bold: QFont | None = None
        self._change: tuple | None = None  # (hours, me, when): ``changes_at``, worked out

    # -- rows -----------------------------------------------------------------------------
    def set_platforms(self, names: dict[int, str]) -> None:
        self._platforms = dict(names)

    def set_items(self, items: list[InboxItem], now: _dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._now = now or utcnow()
        self._display.clear()
        self._change = None
        self.endResetModel()

    def items(self) -> list[InboxItem]:
        return list(self._items)

    def item(self, row: int) -> InboxItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, post_id: int) -> int:
        for n, item in enumerate(self._items):
            if item.post_id == post_id:
                return n
        return -1

    def remove_post(self, post_id: int) -> bool:
        row = self.row_of(post_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._display.clear()
        self._change = None
        self.endRemoveRows()
        return True

    def replace_item(self, item: InboxItem) -> bool:
        """Show the fresh line of a post already listed; False if it is not listed."""
        row = self.row_of(item.post_id)
        if row < 0:
            return False
        self._items[row] = item
        self._change = None
        for column in range(len(self._headers)):
            self._display.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        return True

    # -- the clock -------------------------------------------------------------------------
    def changes_at(self, hours: int, me: int) -> _dt.datetime | None:
        """The first moment (UTC) after the lines were judged at which one would read
        differently: a post enters the urgency window of ``hours`` ("Urgent", or due for its
        writer ``me`` to publish), an urgent one's time passes ("Overdue"), the local day
        turns ("Today", "Tomorrow").  Worked out once per list (a poll asks every tick)."""
        if self._change is None or self._change[:2] != (hours, me):
            self._change = (hours, me, self._next_change(hours, me))
        return self._change[2]

    def _next_change(self, hours: int, me: int) -> _dt.datetime | None:
        now, window, second = self._now, _dt.timedelta(hours=hours), _dt.timedelta(seconds=1)
        soonest = next_local_day(now)
        for item in self._items:
            planned = item.planned_at
            if planned is None or planned <= now:
                continue
            if item.urgent:
                when = planned + second  # overdue once its time has passed
            elif planned - window > now and (item.writer_id == me or workflow.is_urgent_before(
                    item.status.value, item.concerns_project, planned, planned)):
                when = planned - window  # urgent, or due to publish, from then
            else:
                continue
            if when < soonest:
                soonest = when
        return self._later_pages(soonest, window)

    def _later_pages(self, soonest: _dt.datetime, window: _dt.timedelta) -> _dt.datetime:
        """``soonest``, or earlier if posts not read yet may change before (``Paged``)."""
        return soonest

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), column)
            text = self._display.get(key)
            if text is None:
                text = self._display[key] = self._text(item, column)
            return text
        if role == POST_ID:
            return item.post_id
        if item.urgent:
            if role == Qt.ItemDataRole.ForegroundRole and column in (self.URGENCY,
                                                                    self.PLANNED):
                return self.urgent
            if role == Qt.ItemDataRole.DecorationRole and column == self.URGENCY:
                return urgent_icon()
            if role == Qt.ItemDataRole.FontRole and column == self.URGENCY:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def display(self, row: int, column: int) -> str:
        """The text of a cell (what ``data()`` gives for the display role)."""
        key = (row, column)
        text = self._display.get(key)
        if text is None:
            text = self._display[key] = self._text(self._items[row], column)
        return text

    def _text(self, item: InboxItem, column: int) -> str:
        if column == self.URGENCY:
            if not item.urgent:
                return ""
            return self.tr("Overdue") if is_overdue(item, self._now) else self.tr("Urgent")
        if column == self.PLANNED:
            return when_text(item.planned_at, self._now)
        if column == self.TITLE:
            return item.title
        if column == self.PLATFORM:
            return self._platforms.get(item.platform_id, "")
        if column == self.STAGE:
            return item.stage.label
        if column == self.WRITER:
            return item.writer_name
        if column == self.TODO:
            return reasons_text(item, short=True)
        return ""

    def _tooltip(self, item: InboxItem, column: int) -> str | None:
        if column in (self.URGENCY, self.PLANNED) and item.urgent:
            if is_overdue(item, self._now):
                return self.tr("Overdue: its planned time has passed and it still lacks the "
                               "approvals it needs.")
            if workflow.awaiting_confirmation(item.status, item.concerns_project):
                return self.tr("Urgent: planned soon and not yet confirmed by the general "
                               "manager.")
            return self.tr("Urgent: planned soon and not yet approved.")
        if column == self.TITLE:
            return item.title
        if column == self.STAGE:  # in full where a narrow list cuts it short
            return item.stage.label
        if column == self.TODO and item.reasons:
            return reasons_text(item)
        return None


class InboxDelegate(QStyledItemDelegate):
    """Draws an inbox cell from the model's row with one call into Python per cell.

    The standard delegate asks ``data()`` for six or seven roles of every cell it paints
    (font, alignment, colour, check state, icon, text, background): with a screenful of
    rows that is more than a thousand calls from C++ into Python before anything is drawn.
    This one reads the line once and fills in the same options; what it shows is exactly
    what ``data()`` gives (the tests compare them).
    """

    _ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        model = index.model()
        if not isinstance(model, InboxModel):
            super().initStyleOption(option, index)
            return
        row, column = index.row(), index.column()
        item = model.item(row)
        if item is None:
            return
        option.index = index
        option.text = model.display(row, column)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.displayAlignment = self._ALIGN
        if item.urgent and column in (InboxModel.URGENCY, InboxModel.PLANNED):
            palette = QPalette(option.palette)  # the option hands out copies
            palette.setColor(QPalette.ColorRole.Text, model.urgent)
            option.palette = palette
            if column == InboxModel.URGENCY:
                option.icon = urgent_icon()
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
                font = QFont(option.font)
                font.setBold(True)
                option.font = font
                option.fontMetrics = QFontMetrics(font)


Loader = Callable[[InboxItem | None, int], list[InboxItem]]


class PagedInboxModel(InboxModel):
    """A long list: the first page at once, the next one whenever the view scrolls to the
    end.

    ``loader(after, limit)`` returns up to ``limit`` lines that follow the line ``after``
    in the service's order (``after`` None: from the start); a page shorter than
    ``page_size`` is the last one.  ``after`` is the last line of the previous page as the
    service gave it, whatever the screen has done with its row since (replaced it with a
    fresh line, taken it out): a keyset, so a post that leaves the service's list or
    joins it while the person reads moves nothing that follows.
    """

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self._loader: Loader | None = None
        self._more = False
        self._last: InboxItem | None = None  # where the next page starts

    def set_loader(self, loader: Loader | None, now: _dt.datetime | None = None,
                   first: list[InboxItem] | None = None) -> None:
        """Start again from the first page (None: empty, nothing to fetch); ``first``: the
        first page, if the caller has read it already."""
        self._loader = loader
        if first is None:
            first = loader(None, self.page_size) if loader is not None else []
        self._more = loader is not None and len(first) >= self.page_size
        self._last = first[-1] if first else None
        self.set_items(first, now)

    def _later_pages(self, soonest: _dt.datetime, window: _dt.timedelta) -> _dt.datetime:
        # The pages not read yet follow the last line read: planned no sooner than it, they
        # enter the window no sooner than it does (the count says how many are urgent).
        last = self._last
        if self._more and last is not None and last.planned_at is not None:
            enters = last.planned_at - window
            if self._now < enters < soonest:
                return enters
        return soonest

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._loader is None:
            return
        raw = self._loader(self._last, self.page_size)
        self._more = len(raw) >= self.page_size
        if raw:
            self._last = raw[-1]
        known = {item.post_id for item in self._items}
        page = [item for item in raw if item.post_id not in known]  # a post moved meanwhile
        if not page:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._items.extend(page)
        self._change = None
        self.endInsertRows()
