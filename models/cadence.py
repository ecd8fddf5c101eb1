"""Cadence and deadline rules (C1-C4) as plain functions over plain data.

No database and no Qt: a service turns rows into the dataclasses below (times
already converted to the team's local time, as naive datetimes) and shows the
results; these functions only judge them.

Which posts count (``NOT_COUNTED_STATUSES``)
    Every post counts as planned, drafts included: of ``models.posts``'
    statuses "draft", "in_review", "approved" and "published" count, and only
    "returned" (sent back to its writer) does not.  A status this module has
    never heard of counts, so a new workflow step cannot silently hide
    planned work; a status that should not count is added to
    ``NOT_COUNTED_STATUSES``.
    A post's day is the day it was published if it has been published,
    otherwise the day it is planned for; a post with neither is not yet on the
    calendar and counts nowhere.  A planned day counts even after it has
    passed without the post being published: these rules judge the plan;
    overdue unpublished posts are a separate check.

Cadence (rules C1, C2): ``shortfalls``
    A "day" rule is judged on every calendar day of [start, end], weekends and
    holidays included (C2 says "every day").  A "week" rule (C1: the website
    at least 3 times a week) is judged per ISO week, Monday to Sunday, and
    only for weeks that lie entirely inside [start, end]: a week cut by the
    range is skipped, never prorated, because the posts outside the range are
    not known here.  A caller that wants the weeks at the edges widens the
    range to whole weeks with ``week_bounds``.
    A rule may also name one of the platform's columns (C2: the mini program's
    moments and its recruitment section are each updated every day): it counts
    only the posts in that column.  A column's day is left out where its
    platform's own day rule already reports nothing planned at all, so an empty
    day is one warning, not one per column.

Deadlines (rules C3, C4): ``deadlines``
    C4: a promotion (kind "promotion") is announced at least 3 days before it
    starts: due = starts_on - 3 calendar days.  Met by a post of category
    "promotion" linked to the promotion whose day is on or before the due day.
    C3: a recap of a major event (kind "event" only; a promotion gets no
    recap deadline, it is not "company news or a major event") is due within
    3 Chinese working days after the event ends: due = the end of the day
    ``add_working_days(ends_on, 3)``.  Met by a post of category "event_recap"
    linked to the event whose day is on or after the event's last day and on
    or before the due day: a recap dated before the last day comes before
    the event has ended and meets nothing.  The earliest linked post from the
    last day on is the one judged (and named in the result); when there is
    none, the latest one dated before the last day is named, worded as such
    (``Deadline.post_early``).
    States: "met"; "missed" (not met and the due day has passed);
    "at_risk" (not met, and due today or within ``AT_RISK_DAYS`` days, or a linked post
    is planned too late or, for a recap, before the event's last day: a plan that breaks
    the rule already is a problem now, not two days before the due day);
    "open" (not met, due later than that, and no post planned for it yet); "unknown" (C3 only: the working
    days run into a year neither the holiday calendar nor the team's entries know:
    ``deadlines(..., team=)``, see ``models.workdays``).  "unknown" is
    returned rather than raised so one unknown year does not hide every other
    deadline; its ``reason`` is the ``CalendarUnknown`` error to show.  Even
    then a recap dated within 3 calendar days of the end is "met", since
    3 working days never take fewer than 3 calendar days.  A deadline counted
    from a day outside ``timeutil.EARLIEST_DAY``..``LATEST_DAY`` (a promotion's
    first day, an event's last day, stored before the service checked them) is
    "unknown" too, with a ``DatesUnsupported`` reason: 3 days after 9999-12-29
    do not exist, and the overflow had closed the list of events for everyone.

Months: rules C5 and C7, ``monthly_shortfalls``
    Judged per calendar month, and only for months lying entirely inside [start, end],
    as weeks are.  C5: each fixed column (an active column of an active platform) gets
    at least ``MonthlyRules.column_posts`` posts a month ("checked and refreshed every
    month"; 0 turns the check off).  C7: each active person who writes gets at least
    their quota of pieces a month: the quota set for them, else the largest of their
    roles' quotas (0: no quota).  A piece is a post they write, counted once however many
    platforms it was copied to (``PlannedPost.family_id``).  Posts count as for C1/C2:
    any status but "returned", on the day published, else planned.

Clashes: ``same_slot_clashes``
    Two posts for the same platform planned in the same half-hour
    (planned time floored to :00 or :30) clash; each pair is reported once.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable, Mapping

from models.daytext import DAY_FORMAT, WEEKDAY_NAMES, format_day, format_month  # noqa: F401
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.timeutil import EARLIEST_DAY, LATEST_DAY, is_supported_day
from models.workdays import CalendarUnknown, TeamCalendar, add_working_days

CONTEXT = "Cadence"

DAY = "day"
WEEK = "week"
PERIODS = (DAY, WEEK)

EVENT = "event"
PROMOTION = "promotion"
EVENT_KINDS = (EVENT, PROMOTION)

ANNOUNCEMENT = "announcement"
RECAP = "recap"

# Post categories that meet the deadlines.
ANNOUNCEMENT_CATEGORY = "promotion"   # rule C4
RECAP_CATEGORY = "event_recap"        # rule C3

# Statuses that take a post off the plan (see the module docstring).
NOT_COUNTED_STATUSES = frozenset({"returned"})

ANNOUNCE_DAYS_BEFORE = 3   # rule C4: calendar days before the promotion starts
RECAP_WORKING_DAYS = 3     # rule C3: working days after the event ends
AT_RISK_DAYS = 2           # an open deadline this close (or due today) is "at_risk"

MET, OPEN, AT_RISK, MISSED, UNKNOWN = "met", "open", "at_risk", "missed", "unknown"

# The day texts live in models.daytext (the calendar screen needs them before the rules).


def _text(source: str, **values) -> str:
    return translate(CONTEXT, source).format(**values)


def _plain(obj, *names: str) -> None:
    """Store a str enum member (PostStatus, EventKind, ...) in a frozen dataclass as its value."""
    for name in names:
        value = getattr(obj, name)
        object.__setattr__(obj, name, str(getattr(value, "value", value)))


# --- inputs ------------------------------------------------------------------

@dataclass(frozen=True)
class CadenceRule:
    """At least ``minimum`` posts on a platform per day or per ISO week (rules C1, C2).

    With ``column_id``: only the posts in that column of the platform count (C2: the
    mini program's moments and its recruitment section, each every day).
    """

    platform_id: int
    platform_name: str
    period: str  # "day" or "week"
    minimum: int
    column_id: int | None = None
    column_name: str = ""

    def __post_init__(self):
        _plain(self, "period")
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {PERIODS}, not {self.period!r}")
        if self.minimum < 0:
            raise ValueError(f"minimum must be 0 or more, not {self.minimum}")


@dataclass(frozen=True)
class PlannedPost:
    """A post as the rules see it; times are naive local times."""

    post_id: int
    platform_id: int
    category: str
    planned_local: _dt.datetime | None
    published_local: _dt.datetime | None
    status: str
    event_id: int | None = None
    column_id: int | None = None
    writer_id: int | None = None
    family_id: int | None = None  # the original of linked copies (its own id if none): C7

    def __post_init__(self):
        _plain(self, "category", "status")

    @property
    def counts(self) -> bool:
        """On the plan: any status but those in ``NOT_COUNTED_STATUSES`` (returned)."""
        return self.status not in NOT_COUNTED_STATUSES

    @property
    def day(self) -> _dt.date | None:
        """The day it was published, else the day it is planned for, else None."""
        when = self.published_local or self.planned_local
        return None if when is None else when.date()


@dataclass(frozen=True)
class EventSpec:
    """A major event (rule C3) or promotion (rule C4); both days inclusive."""

    event_id: int
    name: str
    kind: str  # "event" or "promotion"
    starts_on: _dt.date
    ends_on: _dt.date

    def __post_init__(self):
        _plain(self, "kind")
        if self.kind not in EVENT_KINDS:
            raise ValueError(f"kind must be one of {EVENT_KINDS}, not {self.kind!r}")
        if self.ends_on < self.starts_on:
            raise ValueError(f"event {self.event_id} ends before it starts")


# --- cadence: rules C1, C2 -----------------------------------------------------

@dataclass(frozen=True)
class Shortfall:
    """Fewer posts than a cadence rule asks for in one day or one ISO week."""

    platform_id: int
    platform_name: str
    period: str
    first_day: _dt.date
    last_day: _dt.date
    required: int
    planned: int
    column_id: int | None = None
    column_name: str = ""

    def describe(self) -> str:
        source = _SHORTFALL_TEXTS[self.period, self.planned == 0]
        where = self.platform_name
        if self.column_id is not None:
            where = _text(_COLUMN_PLACE, platform=self.platform_name, column=self.column_name)
        return _text(source, platform=where, planned=self.planned,
                     required=self.required, day=format_day(self.first_day),
                     monday=format_day(self.first_day))


#: Where a column rule falls short: the platform and the column (rule C2), as "{platform}"
#: in the texts below.
_COLUMN_PLACE = QT_TRANSLATE_NOOP("Cadence", "{platform} · {column}")


_SHORTFALL_TEXTS = {  # (period, nothing planned) -> text
    (DAY, True): QT_TRANSLATE_NOOP("Cadence", "{platform}: no post planned on {day}"),
    (DAY, False): QT_TRANSLATE_NOOP(
        "Cadence", "{platform}: {planned} of {required} posts planned on {day}"),
    (WEEK, True): QT_TRANSLATE_NOOP(
        "Cadence", "{platform}: no post planned in the week of {monday}"),
    (WEEK, False): QT_TRANSLATE_NOOP(
        "Cadence", "{platform}: {planned} of {required} posts planned in the week of {monday}"),
}


def week_bounds(d: _dt.date) -> tuple[_dt.date, _dt.date]:
    """Monday and Sunday of the ISO week that holds ``d``."""
    monday = d - _dt.timedelta(days=d.weekday())
    return monday, monday + _dt.timedelta(days=6)


def as_rule(rule) -> CadenceRule | None:
    """``rule`` as a ``CadenceRule``; None for a disabled rule.

    Takes a ``CadenceRule`` or any object with ``platform_id``,
    ``platform_name``, ``period`` (a str or str enum), ``min_posts`` and
    ``enabled``, such as ``models.cadence_rules.CadenceRuleInfo`` (and, for a column's
    rule, ``column_id`` and ``column_name``).
    """
    if isinstance(rule, CadenceRule):
        return rule
    if not getattr(rule, "enabled", True):
        return None
    return CadenceRule(rule.platform_id, rule.platform_name, rule.period, rule.min_posts,
                       getattr(rule, "column_id", None), getattr(rule, "column_name", ""))


def shortfalls(rules: Iterable[CadenceRule], posts: Iterable[PlannedPost],
               start: _dt.date, end: _dt.date) -> list[Shortfall]:
    """Every day or whole ISO week in [start, end] where a platform falls short (C1, C2).

    Day rules are judged on every calendar day; week rules only on weeks lying
    entirely inside the range (see the module docstring).  ``rules`` may also
    be ``models.cadence_rules.CadenceRuleInfo`` rows (see ``as_rule``);
    disabled ones are skipped.  A rule with a column counts that column's posts only, and
    is not reported on a day its platform's own day rule finds empty.  Sorted by first day,
    then platform name, the platform's own rule before its columns'.
    """
    per_day: Counter[tuple[int, _dt.date]] = Counter()
    per_column: Counter[tuple[int, int, _dt.date]] = Counter()
    for post in posts:
        day = post.day
        if post.counts and day is not None and start <= day <= end:
            per_day[post.platform_id, day] += 1
            if post.column_id is not None:
                per_column[post.platform_id, post.column_id, day] += 1

    def planned_on(rule: CadenceRule, day: _dt.date) -> int:
        if rule.column_id is None:
            return per_day[rule.platform_id, day]
        return per_column[rule.platform_id, rule.column_id, day]

    days = [start + _dt.timedelta(days=i) for i in range((end - start).days + 1)]
    first_monday = start + _dt.timedelta(days=-start.weekday() % 7)
    mondays = [first_monday + _dt.timedelta(weeks=i)
               for i in range(max(0, ((end - first_monday).days + 1) // 7))]

    found = []
    for rule in map(as_rule, rules):
        if rule is None or rule.minimum == 0:
            continue
        if rule.period == DAY:
            for day in days:
                planned = planned_on(rule, day)
                if planned < rule.minimum:
                    found.append(Shortfall(rule.platform_id, rule.platform_name, DAY, day, day,
                                           rule.minimum, planned, rule.column_id,
                                           rule.column_name))
        else:
            for monday in mondays:
                week = [monday + _dt.timedelta(days=i) for i in range(7)]
                planned = sum(planned_on(rule, day) for day in week)
                if planned < rule.minimum:
                    found.append(Shortfall(rule.platform_id, rule.platform_name, WEEK, monday,
                                           week[-1], rule.minimum, planned, rule.column_id,
                                           rule.column_name))
    # "Mini program: no post planned on Thursday" already says its columns have none.
    empty = {(s.platform_id, s.first_day) for s in found
             if s.column_id is None and s.period == DAY and s.planned == 0}
    found = [s for s in found
             if s.column_id is None or s.period != DAY or (s.platform_id, s.first_day) not in empty]
    found.sort(key=lambda s: (s.first_day, s.platform_name, s.platform_id, s.column_id is not None,
                              s.column_name, s.column_id or 0, s.period))
    return found


# --- months: rules C5, C7 -----------------------------------------------------------

COLUMN_RULE, QUOTA_RULE = "C5", "C7"
DEFAULT_COLUMN_POSTS = 1  # rule C5: each fixed column at least once a month
DEFAULT_QUOTA = 2         # rule C7's example: at least 2 pieces a person a month


@dataclass(frozen=True)
class MonthlyRules:
    """What the months ask for (C5, C7), as the operations manager set it.

    ``role_quotas``: pieces a month by role value; ``person_quotas``: by user id, for the
    people with a quota of their own (it replaces their roles'; 0 frees them of it).
    """

    column_posts: int = DEFAULT_COLUMN_POSTS
    role_quotas: Mapping[str, int] = field(default_factory=dict)
    person_quotas: Mapping[int, int] = field(default_factory=dict)

    def quota_of(self, user_id: int, roles: Iterable) -> int:
        """The pieces a month ``user_id`` owes: their own quota, else their roles' largest."""
        if user_id in self.person_quotas:
            return self.person_quotas[user_id]
        return max((self.role_quotas.get(str(getattr(r, "value", r)), 0) for r in roles),
                   default=0)


@dataclass(frozen=True)
class FixedColumn:
    """A platform's fixed column (栏目) as rule C5 sees it."""

    column_id: int
    column_name: str
    platform_id: int
    platform_name: str


@dataclass(frozen=True)
class Writer:
    """A person who writes, and the pieces a month they owe (rule C7; 0: none)."""

    user_id: int
    name: str
    quota: int


@dataclass(frozen=True)
class MonthShortfall:
    """A month in which a fixed column (C5) or a person's quota (C7) falls short.

    ``subject_id`` is the column's id (C5) or the person's (C7); ``name`` the column's
    name or the person's; ``platform_name`` the column's platform (C5 only).
    """

    rule: str  # "C5" or "C7"
    month: _dt.date  # its first day
    subject_id: int
    name: str
    required: int
    planned: int
    platform_id: int | None = None
    platform_name: str = ""

    @property
    def first_day(self) -> _dt.date:
        return self.month

    @property
    def last_day(self) -> _dt.date:
        return _month_end(self.month)

    def describe(self) -> str:
        source = _MONTH_TEXTS[self.rule, self.planned == 0]
        where = self.name
        if self.rule == COLUMN_RULE:
            where = _text(_COLUMN_PLACE, platform=self.platform_name, column=self.name)
        return _text(source, where=where, planned=self.planned, required=self.required,
                     month=format_month(self.month))


_MONTH_TEXTS = {  # (rule, nothing planned) -> text
    (COLUMN_RULE, True): QT_TRANSLATE_NOOP(
        "Cadence", "{where}: no post planned in {month} (rule C5: each column every month)"),
    (COLUMN_RULE, False): QT_TRANSLATE_NOOP(
        "Cadence", "{where}: {planned} of {required} posts planned in {month} (rule C5)"),
    (QUOTA_RULE, True): QT_TRANSLATE_NOOP(
        "Cadence", "{where}: no piece planned in {month}, the quota is {required} (rule C7)"),
    (QUOTA_RULE, False): QT_TRANSLATE_NOOP(
        "Cadence", "{where}: {planned} of {required} pieces planned in {month} (rule C7)"),
}


def _month_end(first: _dt.date) -> _dt.date:
    following = (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
    return following - _dt.timedelta(days=1)


def whole_months(start: _dt.date, end: _dt.date) -> list[_dt.date]:
    """The first days of the calendar months lying entirely inside [start, end]."""
    month = start.replace(day=1)
    if month < start:
        month = _month_end(month) + _dt.timedelta(days=1)
    found = []
    while _month_end(month) <= end:
        found.append(month)
        if month.year == LATEST_DAY.year and month.month == 12:
            break
        month = _month_end(month) + _dt.timedelta(days=1)
    return found


def monthly_shortfalls(columns: Iterable[FixedColumn], writers: Iterable[Writer],
                       posts: Iterable[PlannedPost], start: _dt.date, end: _dt.date,
                       column_posts: int = DEFAULT_COLUMN_POSTS) -> list[MonthShortfall]:
    """Every whole month in [start, end] where a fixed column (C5) or a writer's quota (C7)
    falls short (see the module docstring).  ``column_posts``: posts a column needs a month
    (0: C5 is not checked); a writer with quota 0 is not judged.  By month, the columns
    before the people, each in the order given."""
    months = whole_months(start, end)
    if not months:
        return []
    columns, writers = list(columns), list(writers)
    per_column: Counter[tuple[int, int, _dt.date]] = Counter()
    pieces: dict[tuple[int, _dt.date], set[int]] = defaultdict(set)
    first, last = months[0], _month_end(months[-1])
    for post in posts:
        day = post.day
        if not post.counts or day is None or not first <= day <= last:
            continue
        month = day.replace(day=1)
        if post.column_id is not None:
            per_column[post.platform_id, post.column_id, month] += 1
        if post.writer_id is not None:
            family = post.family_id if post.family_id is not None else post.post_id
            pieces[post.writer_id, month].add(family)
    found = []
    for month in months:
        if column_posts > 0:
            for c in columns:
                planned = per_column[c.platform_id, c.column_id, month]
                if planned < column_posts:
                    found.append(MonthShortfall(COLUMN_RULE, month, c.column_id, c.column_name,
                                                column_posts, planned, c.platform_id,
                                                c.platform_name))
        for w in writers:
            planned = len(pieces.get((w.user_id, month), ()))
            if w.quota > 0 and planned < w.quota:
                found.append(MonthShortfall(QUOTA_RULE, month, w.user_id, w.name, w.quota,
                                            planned))
    return found


# --- deadlines: rules C3, C4 -----------------------------------------------------

_DEADLINE_TEXTS = {
    (ANNOUNCEMENT, "met"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} is planned for {day}, in time (rule C4)"),
    (ANNOUNCEMENT, "met_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} was published on {day}, in time (rule C4)"),
    (ANNOUNCEMENT, "due"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} is due by {due} (rule C4)"),
    (ANNOUNCEMENT, "due_late"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} is due by {due} but planned for {day} (rule C4)"),
    (ANNOUNCEMENT, "missed"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} was due by {due} (rule C4)"),
    (ANNOUNCEMENT, "missed_late"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} was due by {due} but is planned for {day} (rule C4)"),
    (ANNOUNCEMENT, "missed_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Announcement of {event} was due by {due} but published on {day} (rule C4)"),
    (ANNOUNCEMENT, "unknown"): QT_TRANSLATE_NOOP(
        "Cadence",
        "The due date of the announcement of {event} cannot be worked out (rule C4). {reason}"),
    (RECAP, "met"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} is planned for {day}, in time (rule C3)"),
    (RECAP, "met_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was published on {day}, in time (rule C3)"),
    (RECAP, "due"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} is due by {due} (rule C3)"),
    (RECAP, "due_late"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} is due by {due} but planned for {day} (rule C3)"),
    (RECAP, "missed"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was due by {due} (rule C3)"),
    (RECAP, "missed_late"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was due by {due} but is planned for {day} (rule C3)"),
    (RECAP, "missed_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was due by {due} but published on {day} (rule C3)"),
    # A recap dated before the event's last day: C3 asks for one after the event ends.
    (RECAP, "due_early"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} is due by {due} but planned for {day}, before the event's "
                   "last day (rule C3)"),
    (RECAP, "due_early_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} is due by {due} but was published on {day}, before the "
                   "event's last day (rule C3)"),
    (RECAP, "missed_early"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was due by {due} but is planned for {day}, before the "
                   "event's last day (rule C3)"),
    (RECAP, "missed_early_published"): QT_TRANSLATE_NOOP(
        "Cadence", "Recap of {event} was due by {due} but published on {day}, before the "
                   "event's last day (rule C3)"),
    (RECAP, "unknown"): QT_TRANSLATE_NOOP(
        "Cadence", "The due date of the recap of {event} cannot be worked out (rule C3). {reason}"),
}


class DatesUnsupported(DomainError):
    """An event's day lies outside the days MediaDesk works with, so no deadline can be
    counted from it (a row stored before ``models.events`` checked the dates)."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "Its dates lie outside the dates MediaDesk works with ({earliest} to "
                  "{latest}). Correct them in the list of events.")

    def __init__(self):
        super().__init__(earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())


@dataclass(frozen=True)
class Deadline:
    """An announcement (rule C4) or recap (rule C3) deadline and how it stands.

    ``post_id``/``post_day``/``post_published``: the post that meets it, or
    else the linked post dated too late, or else (a recap, ``post_early``) the one dated
    before the event's last day, or None/False when there is none.  ``due`` is None
    only when the state is "unknown" (or "met" with an unknown calendar);
    ``reason`` is then the ``CalendarUnknown`` or ``DatesUnsupported`` error.
    """

    event_id: int
    event_name: str
    kind: str  # "announcement" or "recap"
    due: _dt.date | None
    state: str  # "met", "open", "at_risk", "missed" or "unknown"
    post_id: int | None = None
    post_day: _dt.date | None = None
    post_published: bool = False
    reason: DomainError | None = None
    post_early: bool = False

    @property
    def rule(self) -> str:
        return "C4" if self.kind == ANNOUNCEMENT else "C3"

    def describe(self) -> str:
        if self.state == MET:
            situation = "met_published" if self.post_published else "met"
        elif self.state == UNKNOWN:
            situation = "unknown"
        elif self.post_early:  # the only recap comes before the event's last day (C3)
            situation = ("missed_early" if self.state == MISSED else "due_early") + (
                "_published" if self.post_published else "")
        elif self.state == MISSED:
            situation = ("missed" if self.post_day is None
                         else "missed_published" if self.post_published else "missed_late")
        else:
            situation = "due" if self.post_day is None else "due_late"
        values = {"event": self.event_name}
        if self.due is not None:
            values["due"] = format_day(self.due)
        if self.post_day is not None:
            values["day"] = format_day(self.post_day)
        if self.reason is not None:
            values["reason"] = str(self.reason)
        return _text(_DEADLINE_TEXTS[self.kind, situation], **values)


def _state(due: _dt.date, met: bool, today: _dt.date) -> str:
    if met:
        return MET
    if due < today:
        return MISSED
    return AT_RISK if (due - today).days <= AT_RISK_DAYS else OPEN


def _judge(event: EventSpec, kind: str, due: _dt.date | None, candidates: list[PlannedPost],
           today: _dt.date, reason: DomainError | None = None,
           surely_met_by: _dt.date | None = None,
           too_early: PlannedPost | None = None) -> Deadline:
    """One deadline; ``candidates`` are the linked posts of the right category that may meet
    it, earliest first; ``too_early`` a recap dated before the event's last day, named
    when there is no candidate."""
    in_time_by = due if due is not None else surely_met_by
    first = candidates[0] if candidates else None
    met = first is not None and in_time_by is not None and first.day <= in_time_by
    if due is None:
        state = MET if met else UNKNOWN
    else:
        state = _state(due, met, today)
    named, early = first, False
    if named is None and too_early is not None:
        named, early = too_early, True
    if state == OPEN and named is not None:  # planned, but on a day that does not meet it
        state = AT_RISK
    return Deadline(event.event_id, event.name, kind, due, state,
                    named.post_id if named else None, named.day if named else None,
                    bool(named and named.published_local), None if met else reason, early)


def deadlines(events: Iterable[EventSpec], posts: Iterable[PlannedPost],
              today: _dt.date, team: TeamCalendar | None = None) -> list[Deadline]:
    """The C4 announcement of every promotion and the C3 recap of every event.

    ``team``: the team's holidays and working days for the years chinesecalendar does
    not know (``models.workdays.TeamCalendar``; the services read it once per check).
    Sorted by due day (unknown last), then event id.  Never raises
    ``CalendarUnknown``: such a recap comes back with state "unknown".
    """
    linked: dict[tuple[int, str], list[PlannedPost]] = defaultdict(list)
    for post in posts:
        if post.event_id is not None and post.counts and post.day is not None:
            linked[post.event_id, post.category].append(post)
    for candidates in linked.values():
        candidates.sort(key=lambda p: (p.day, p.post_id))

    found = []
    for event in events:
        if event.kind == PROMOTION:
            candidates = linked.get((event.event_id, ANNOUNCEMENT_CATEGORY), [])
            if not is_supported_day(event.starts_on):
                found.append(_judge(event, ANNOUNCEMENT, None, candidates, today,
                                    reason=DatesUnsupported()))
                continue
            due = event.starts_on - _dt.timedelta(days=ANNOUNCE_DAYS_BEFORE)
            found.append(_judge(event, ANNOUNCEMENT, due, candidates, today))
        else:
            recaps = linked.get((event.event_id, RECAP_CATEGORY), [])
            # C3: a recap "after the event ends"; one dated before its last day recaps an
            # event still going on and meets nothing (the latest such one is named).
            candidates = [p for p in recaps if p.day >= event.ends_on]
            early = [p for p in recaps if p.day < event.ends_on]
            too_early = early[-1] if early else None
            if not is_supported_day(event.ends_on):
                found.append(_judge(event, RECAP, None, candidates, today,
                                    reason=DatesUnsupported(), too_early=too_early))
                continue
            try:
                due = add_working_days(event.ends_on, RECAP_WORKING_DAYS, team)
            except CalendarUnknown as problem:
                found.append(_judge(
                    event, RECAP, None, candidates, today, reason=problem,
                    surely_met_by=event.ends_on + _dt.timedelta(days=RECAP_WORKING_DAYS),
                    too_early=too_early))
            else:
                found.append(_judge(event, RECAP, due, candidates, today, too_early=too_early))
    found.sort(key=lambda d: (d.due is None, d.due or _dt.date.min, d.event_id, d.kind))
    return found


# --- clashes ---------------------------------------------------------------------

class Clash(tuple):
    """Two posts planned for one platform in one half-hour: ``(first_post_id, second_post_id)``.

    Compares equal to the plain pair; also carries ``platform_id``,
    ``platform_name``, ``slot`` (the start of the half-hour) and ``size``, the number of
    posts in that half-hour (every pair of them is a clash; ``describe`` tells of them
    all, so one line per half-hour is enough: see ``one_per_slot``).
    """

    def __new__(cls, first: int, second: int, platform_id: int, slot: _dt.datetime,
                platform_name: str = "", size: int = 2):
        self = super().__new__(cls, (first, second))
        self.platform_id = platform_id
        self.slot = slot
        self.platform_name = platform_name
        self.size = size
        return self

    def __getnewargs__(self):
        return (self[0], self[1], self.platform_id, self.slot, self.platform_name, self.size)

    def __repr__(self) -> str:
        return (f"Clash({self[0]!r}, {self[1]!r}, platform_id={self.platform_id!r}, "
                f"slot={self.slot!r})")

    def describe(self) -> str:
        end = self.slot + _dt.timedelta(minutes=30)
        values = dict(platform=self.platform_name or f"#{self.platform_id}",
                      day=format_day(self.slot.date()), start=self.slot.strftime("%H:%M"),
                      end=end.strftime("%H:%M"))
        if self.size > 2:
            return _text(QT_TRANSLATE_NOOP(
                "Cadence",
                "{platform}: {count} posts are planned in the same half-hour, {day} "
                "{start}–{end}"), count=self.size, **values)
        return _text(QT_TRANSLATE_NOOP(
            "Cadence",
            "{platform}: two posts are planned in the same half-hour, {day} {start}–{end}"),
            **values)


def one_per_slot(clashes: Iterable[Clash]) -> list[Clash]:
    """The first clash of each platform's half-hour: the one a warning line tells of (it
    counts the posts), where every pair would repeat the same line."""
    seen: set[tuple[int, _dt.datetime]] = set()
    found = []
    for clash in clashes:
        if (clash.platform_id, clash.slot) not in seen:
            seen.add((clash.platform_id, clash.slot))
            found.append(clash)
    return found


def half_hour(when: _dt.datetime) -> _dt.datetime:
    """The start of the half-hour that holds ``when`` (:00 or :30)."""
    return when.replace(minute=when.minute - when.minute % 30, second=0, microsecond=0)


def same_slot_clashes(posts: Iterable[PlannedPost],
                      platform_names: Mapping[int, str] | None = None) -> list[Clash]:
    """Pairs of posts for the same platform planned in the same half-hour.

    Judged on the planned time; posts without one, or not counted (returned,
    ...), are left out.  Each pair once, lower post id first, sorted by slot.
    """
    names = platform_names or {}
    slots: dict[tuple[int, _dt.datetime], list[int]] = defaultdict(list)
    for post in posts:
        if post.counts and post.planned_local is not None:
            slots[post.platform_id, half_hour(post.planned_local)].append(post.post_id)
    found = []
    for (platform_id, slot), ids in sorted(slots.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        for first, second in combinations(sorted(ids), 2):
            found.append(Clash(first, second, platform_id, slot, names.get(platform_id, ""),
                               len(ids)))
    return found
