"""How the calendar looks and speaks: colours, card painting, date texts, tooltips.

One ``Look`` per calendar screen, shared by its grids and panels.  Card texts
are laid out once into ``QStaticText`` (keyed by post, version and width) so a
repaint only blits cached glyph runs: measured here, painting cards with
pre-laid-out static text costs about half of drawing the strings each time.
"""
from __future__ import annotations

import datetime as _dt
from time import monotonic as _monotonic

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QWidget

from models import workflow
from models.daytext import MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAY_NAMES, format_month
from models.i18n import translate
from models.posts import PostCategory, PostStatus
from models.timeutil import utcnow
from ui.style import MARK_CONTRAST, contrast, is_dark, mix, readable

CONTEXT = "Calendar"
CACHE_LIMIT = 4000

# Status marks: a filled or hollow dot in a colour a person learns quickly.  A draft's dot
# is hollow; so is that of a company-project post the operations manager approved and the
# general manager has yet to confirm (rule P2), in the approval's green.
STATUS_COLOURS = {
    PostStatus.DRAFT.value: "#9aa0a6",
    PostStatus.IN_REVIEW.value: "#f29900",
    PostStatus.APPROVED.value: "#1e8e3e",
    PostStatus.CONFIRMED.value: "#00796b",
    PostStatus.PUBLISHED.value: "#1a73e8",
    PostStatus.RETURNED.value: "#d93025",
}
URGENT_COLOUR = "#c5221f"  # planned soon or past without the approvals it needs
URGENT_REFRESH_SECONDS = 60  # how long "now" and the team's urgency window are reused


def default_time(day: _dt.date, now: _dt.datetime | None = None) -> _dt.datetime:
    """Where a post lands on a day without a time of its own: 09:00, or for today, once
    09:00 has passed, the next whole half-hour (a local naive datetime)."""
    now = now or _dt.datetime.now()
    when = _dt.datetime.combine(day, _dt.time(9, 0))
    if day == now.date() and when <= now:
        nxt = now.replace(second=0, microsecond=0) + _dt.timedelta(minutes=30)
        when = nxt.replace(minute=0 if nxt.minute < 30 else 30)
        if when.date() != day:
            when = _dt.datetime.combine(day, _dt.time(23, 30))
    return when


def fit_text(fm: QFontMetrics, text: str, width: int) -> str:
    """``text`` elided to ``width`` pixels; where not even one character and the ellipsis
    fit (two clashing posts side by side in the week view), the characters that do fit:
    "公司" says more on a narrow card than "…" alone."""
    elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
    if elided.strip() not in ("", "\u2026") or not text:
        return elided
    end = 0
    while end < len(text) and fm.horizontalAdvance(text[:end + 1]) <= width:
        end += 1
    return text[:end] if end else elided


class CalendarTexts(QObject):
    """The calendar's texts with a count: lupdate marks a plural only in ``tr()``."""

    def urgent(self, hours: int) -> str:
        # A plural ("1 hour", English plural forms in mediadesk_en.ts); the source reads
        # right for every other count.
        return self.tr("Urgent: planned within %n hours or past, and not yet approved as the "
                       "rules require.", "", hours)


class Look:
    """Colours, fonts and texts for one screen; ``platforms``/``writers`` map ids to names."""

    _static: dict[tuple, QStaticText] = {}

    def __init__(self, widget: QWidget):
        self.font = QFont(widget.font())
        self.fm = QFontMetrics(self.font)
        self.line_h = self.fm.height()
        self.card_h = self.line_h + 4
        self.platform_names: dict[int, str] = {}
        self.own_colours: dict[int, QColor] = {}  # each platform's colour, as the team chose
        self.platform_colours: dict[int, QColor] = {}  # as shown: visible on its card
        self.tints: dict[int, QColor] = {}
        self.read_palette(widget.palette())
        self.writer_names: dict[int, str] = {}
        self.column_names: dict[int, str] = {}
        self.weekday_names = [translate("Weekdays", name) for name in WEEKDAY_NAMES]
        self.month_names = [translate("Months", name) for name in MONTH_NAMES]
        self.month_short = [translate("Months", name) for name in MONTH_SHORT_NAMES]
        self.status_colours = {k: QColor(v) for k, v in STATUS_COLOURS.items()}
        self.urgent = QColor(URGENT_COLOUR)
        self.locale = QLocale()
        # Urgency (issue 4) from each card's status and planned time, no query per card:
        # the team's window is read once, after the first paint, then every minute.
        self.urgent_hours = workflow.DEFAULT_URGENT_HOURS
        self._texts = CalendarTexts()
        self._urgent_cutoff: _dt.datetime | None = None
        self._urgent_checked = -1.0
        self._widget = widget

    def read_palette(self, palette) -> None:
        """The colours that follow the theme, from ``palette`` (again when it changes)."""
        self.base = palette.base().color()
        self.text = palette.text().color()
        self.dark = is_dark(palette)
        self.muted = palette.placeholderText().color()
        self.grid = palette.mid().color()
        self.grid_light = palette.midlight().color()
        self.focus = palette.highlight().color()
        self.link = palette.link().color()
        self.today = QColor(palette.highlight().color())
        self.today.setAlpha(28)
        self.outside = QColor(palette.alternateBase().color())
        self.warn = QColor("#e37400")
        self.warn_fill = QColor(self.warn)
        self.warn_fill.setAlpha(26)
        self.clash = QColor("#d93025")
        self.drop = QColor(palette.highlight().color())
        self.now = QColor("#d93025")
        # Major events and promotions (rules C3, C4): purple, a light one on a dark theme.
        self.event = QColor("#CE93D8" if is_dark(palette) else "#6A1B9A")
        self.event_fill = QColor(self.event)
        self.event_fill.setAlpha(30)
        self._tint()

    # -- reference data ----------------------------------------------------------------------
    def set_platforms(self, platforms) -> None:
        self.platform_names = {p.id: p.name for p in platforms}
        self.own_colours = {p.id: QColor(p.colour) for p in platforms}
        self._tint()

    def _tint(self) -> None:
        """Each platform's card wash (``tints``) and the colour its stripe and squares are
        drawn in (``platform_colours``)."""
        self.tints, self.platform_colours = {}, {}
        for pid, colour in self.own_colours.items():
            # A light wash of the platform's colour, readable with the text colour.
            tint = self.tints[pid] = mix(self.base, colour, 0.22)
            self.platform_colours[pid] = self.shown_colour(colour, tint)

    def shown_colour(self, colour: QColor, card: QColor) -> QColor:
        """``colour`` as the calendar draws a platform's stripe and square: itself, or in a
        dark theme, where a dark one would not stand out from its card and the cell under it
        at 3 : 1 (Douyin's #1C1C1C: 1.2 : 1), lightened toward the text colour until it
        does.  A light theme keeps the team's colours as they are."""
        if not self.dark or all(contrast(colour, back) >= MARK_CONTRAST
                                for back in (card, self.base)):
            return QColor(colour)
        return readable(colour, (card, self.base), self.text, MARK_CONTRAST)

    def set_writers(self, users) -> None:
        self.writer_names = {u.id: u.display_name for u in users}

    def set_columns(self, columns) -> None:
        self.column_names = {c.id: c.name for c in columns}

    # -- urgency (issue 4) ------------------------------------------------------------------
    def is_urgent(self, row) -> bool:
        """Whether the card's post is urgent now (``workflow.is_urgent``), from the row alone."""
        if row.planned_at is None or row.status == PostStatus.PUBLISHED.value:
            return False
        return workflow.is_urgent_before(row.status, row.concerns_project, row.planned_at,
                                         self.urgent_cutoff())

    def urgent_cutoff(self) -> _dt.datetime:
        """Now plus the team's urgency window, worked out at most once a minute."""
        clock = _monotonic()
        if self._urgent_cutoff is None or clock - self._urgent_checked > URGENT_REFRESH_SECONDS:
            if self._urgent_checked < 0:
                # The first time is the first paint: read the team's window right after it.
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, self._widget, self._read_urgent_hours)
            elif self._urgent_cutoff is not None:
                self._read_urgent_hours(repaint=False)
            self._urgent_checked = clock
            self._urgent_cutoff = workflow.urgent_cutoff(utcnow(), self.urgent_hours)
        return self._urgent_cutoff

    def clock_ticked(self) -> None:
        """The calendar's minute has come: the next card painted works out "now" afresh (a
        repaint in between had moved the minute on, and a timer a little early left a card
        unmarked for another minute)."""
        if self._urgent_cutoff is not None:
            self._urgent_checked = _monotonic() - URGENT_REFRESH_SECONDS - 1

    def _read_urgent_hours(self, repaint: bool = True) -> None:
        from models import inbox

        try:
            hours = inbox.urgent_hours()
        except Exception:  # noqa: BLE001 - the database went away: keep the last window
            return
        if hours != self.urgent_hours:
            self.urgent_hours = hours
            self._urgent_cutoff = None
            if repaint and self._widget is not None:
                for child in self._widget.findChildren(QWidget):
                    child.update()

    def stage_text(self, row) -> str:
        """The post's stage in words (approved company-project posts: "Awaiting the general
        manager")."""
        return workflow.stage_label(row.status, row.concerns_project)

    # -- texts -------------------------------------------------------------------------------
    def month_title(self, month: _dt.date) -> str:
        return format_month(month)

    def month_title_short(self, month: _dt.date) -> str:
        """The month where the toolbar is too narrow for its name in full: "Dec 2026"."""
        #: The calendar's title where "December 2026" does not fit (a small screen).
        #: Chinese: "{year}年{month_short}" (the full title is short already).
        return QCoreApplication.translate("Calendar", "{month_short} {year}").format(
            month_short=self.month_short[month.month - 1], year=month.year,
            month=month.month)

    def day_label(self, day: _dt.date, first: bool = False) -> str:
        if not first:
            return str(day.day)
        return QCoreApplication.translate("Calendar", "{month_short} {day}").format(
            month_short=self.month_short[day.month - 1],
            month=day.month, day=day.day)

    def long_day(self, day: _dt.date) -> str:
        return QCoreApplication.translate(
            "Calendar", "{weekday}, {month_name} {day}, {year}").format(
            weekday=self.weekday_names[day.weekday()],
            month_name=self.month_names[day.month - 1], month=day.month,
            day=day.day, year=day.year)

    def week_title(self, monday: _dt.date) -> str:
        sunday = monday + _dt.timedelta(days=6)
        return QCoreApplication.translate("Calendar", "{first} – {last}").format(
            first=self.short_date(monday), last=self.short_date(sunday, year=True))

    def week_title_short(self, monday: _dt.date) -> str:
        """The week without its year, where the toolbar is too narrow: "Nov 30 – Dec 6"."""
        sunday = monday + _dt.timedelta(days=6)
        return QCoreApplication.translate("Calendar", "{first} – {last}").format(
            first=self.short_date(monday), last=self.short_date(sunday))

    def week_title_digits(self, monday: _dt.date) -> str:
        """The week in digits, where even "11月16日 – 11月22日" does not fit: "11/16 – 11/22"."""
        sunday = monday + _dt.timedelta(days=6)
        #: A day in digits, in the calendar's title on a small screen ("11/16 – 11/22").
        digits = QCoreApplication.translate("Calendar", "{month}/{day}")
        return QCoreApplication.translate("Calendar", "{first} – {last}").format(
            first=digits.format(month=monday.month, day=monday.day),
            last=digits.format(month=sunday.month, day=sunday.day))

    def short_date(self, day: _dt.date, year: bool = False) -> str:
        if year:
            source = QCoreApplication.translate("Calendar", "{month_short} {day}, {year}")
        else:
            source = QCoreApplication.translate("Calendar", "{month_short} {day}")
        return source.format(
            month_short=self.month_short[day.month - 1],
            month=day.month, day=day.day, year=day.year)

    def week_day_label(self, day: _dt.date) -> str:
        return QCoreApplication.translate("Calendar", "{weekday} {day}").format(
            weekday=self.weekday_names[day.weekday()], day=day.day, month=day.month)

    def more_text(self, n: int) -> str:
        return QCoreApplication.translate("Calendar", "+{n} more").format(n=n)

    def more_short(self, n: int) -> str:
        """The short "+N more": "+N", where a month cell is too narrow or too low for it."""
        return QCoreApplication.translate("Calendar", "+{n}").format(n=n)

    def more_tooltip(self, n: int, day: _dt.date) -> str:
        return QCoreApplication.translate(
            "Calendar", "{n} more posts on {day}; click to open the day").format(
            n=n, day=self.long_day(day))

    def hidden_tooltip(self, cards) -> str:
        """The week view's "+N": the posts a crowded half-hour hides, and where to see them."""
        lines = [QCoreApplication.translate(
            "Calendar", "{n} more posts in this half-hour; click to see them in the agenda:")
            .format(n=len(cards))]
        lines += [f"{c.local:%H:%M}  {c.row.title}" for c in cards]
        return "\n".join(lines)

    def card_tooltip(self, card) -> str:
        row = card.row
        lines = []
        when = (card.local.strftime("%H:%M") if card.local is not None
                else QCoreApplication.translate("Calendar", "Unscheduled"))
        where = self.platform_names.get(row.platform_id, "")
        if row.column_id is not None and row.column_id in self.column_names:
            where = f"{where} · {self.column_names[row.column_id]}"
        lines.append(f"{when}  {where}")
        lines.append(row.title)
        lines.append(QCoreApplication.translate(
            "Calendar", "{status} · {category} · written by {writer}").format(
            status=self.stage_text(row), category=_label(PostCategory, row.category),
            writer=self.writer_names.get(row.writer_id, "")))
        if row.concerns_project:
            lines.append(QCoreApplication.translate("Calendar", "Concerns a company project"))
        if self.is_urgent(row):
            lines.append(self._texts.urgent(self.urgent_hours))
        if card.clash:
            lines.append(QCoreApplication.translate(
                "Calendar", "Another post for this platform is planned in the same half-hour."))
        return "\n".join(lines)

    # -- painting ----------------------------------------------------------------------------
    @classmethod
    def cache_size(cls) -> int:
        return len(cls._static)

    def card_label(self, card, width: int, with_time: bool) -> str:
        """What a card says in ``width`` pixels: its time (month view) and its title.
        A card too narrow for the time and a little of the title shows the title alone:
        the title tells the posts apart; the time is in the tooltip and in the order."""
        label = card.row.title
        if with_time and card.local is not None:
            stamp = f"{card.local:%H:%M} "
            if self.fm.horizontalAdvance(stamp + "国国…") <= width:
                label = stamp + label
        return fit_text(self.fm, label, width)

    def _static_text(self, card, width: int, with_time: bool) -> QStaticText:
        row = card.row
        key = (row.id, row.version, width, with_time, self.line_h)
        text = self._static.get(key)
        if text is None:
            if len(self._static) > CACHE_LIMIT:
                self._static.clear()
            text = QStaticText(self.card_label(card, width, with_time))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self.font)
            self._static[key] = text
        return text

    def paint_card(self, painter: QPainter, rect: QRect, card, selected: bool,
                   with_time: bool) -> None:
        row = card.row
        colour = self.platform_colours.get(row.platform_id, self.grid)
        r = QRectF(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tints.get(row.platform_id, self.base))
        painter.drawRoundedRect(r, 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(r.x(), r.y(), 4, r.height()), 2, 2)
        # status mark
        d = min(8.0, r.height() - 6)
        mark = QRectF(r.right() - d - 4, r.center().y() - d / 2, d, d)
        status = self.status_colours.get(row.status, self.grid)
        if row.status == PostStatus.DRAFT.value or (
                row.concerns_project and row.status == PostStatus.APPROVED.value):
            painter.setPen(QPen(status, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status)
        painter.drawEllipse(mark)
        width = int(r.width() - 4 - 4 - d - 8)
        urgent = self.is_urgent(row)
        if urgent:  # a red "!" left of the dot (and a red outline below)
            side = min(r.height() - 4, float(self.line_h))
            badge = QRectF(mark.left() - side - 3, r.center().y() - side / 2, side, side)
            if badge.left() >= r.x() + 6:  # a card too narrow for it keeps the outline
                self.paint_urgent(painter, badge)
                width -= int(side + 3)
        text = self._static_text(card, width, with_time)
        painter.setPen(self.text)
        painter.drawStaticText(QPointF(r.x() + 8, r.y() + (r.height() - self.line_h) / 2), text)
        if card.clash or selected or urgent:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if urgent and not card.clash:
                painter.setPen(QPen(self.urgent, 1.2))
                painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if card.clash:
                painter.setPen(QPen(self.clash, 1.5, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if selected:
                painter.setPen(QPen(self.focus, 2))
                painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3)

    def paint_event_names(self, painter: QPainter, rect: QRect, names: list[str]) -> None:
        """The names of the day's events as a tinted band, elided to fit ``rect``; where
        only the ellipsis would fit, the characters that do ("双十", not "…")."""
        if not names or rect.width() < self.line_h:
            return
        painter.fillRect(rect, self.event_fill)
        painter.setPen(self.event)
        text = fit_text(painter.fontMetrics(), " · ".join(names), rect.width() - 6)
        painter.drawText(rect.adjusted(3, 0, -3, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def paint_urgent(self, painter: QPainter, rect: QRectF) -> None:
        """The urgent mark: a red disc with a white exclamation mark."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.urgent)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), max(1.4, rect.width() / 7),
                            Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        x = rect.center().x()
        painter.drawLine(QPointF(x, rect.top() + rect.height() * 0.25),
                         QPointF(x, rect.top() + rect.height() * 0.58))
        painter.drawPoint(QPointF(x, rect.top() + rect.height() * 0.77))
        painter.restore()

    def paint_warning(self, painter: QPainter, rect: QRect) -> None:
        """A small warning triangle with an exclamation mark."""
        r = QRectF(rect)
        path = QPainterPath()
        path.moveTo(r.center().x(), r.top())
        path.lineTo(r.right(), r.bottom())
        path.lineTo(r.left(), r.bottom())
        path.closeSubpath()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.warn)
        painter.drawPath(path)
        painter.setPen(QPen(QColor("white"), max(1.2, r.width() / 9)))
        x = r.center().x()
        painter.drawLine(QPointF(x, r.top() + r.height() * 0.35),
                         QPointF(x, r.top() + r.height() * 0.68))
        painter.drawPoint(QPointF(x, r.top() + r.height() * 0.83))
        painter.restore()

    # -- times -------------------------------------------------------------------------------
    @staticmethod
    def day_time(day: _dt.date, time_of_day: _dt.time | None) -> _dt.datetime:
        if time_of_day is None:
            return default_time(day)
        return _dt.datetime.combine(day, time_of_day)


def _label(enum_type, value: str) -> str:
    try:
        return enum_type(value).label
    except ValueError:
        return value
