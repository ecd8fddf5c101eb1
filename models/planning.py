"""Planning: the service behind the calendar's warnings, its files and the command line.

``check(first_day, last_day)`` reads the cadence rules, posts and events from
the database and judges them with the pure rules of ``models.cadence``
(C1-C5, C7 and same-half-hour clashes); the calendar screen asks it for the
visible range and ``main.py check-cadence`` for the range given.
``import_plan`` / ``export_plan`` read and write posting plans as CSV
(``models.post_csv``), ``export_ics`` writes the calendar as .ics
(``models.post_ics``).

Days and times
    ``first_day`` and ``last_day`` are calendar days in this PC's time zone,
    both included, the same days the screen shows (``models.timeutil``); a
    post belongs to the local day of its publication time if it has been
    published, else of its planned time (see ``models.cadence``).  The files
    the team passes between its PCs are in the team's time zone
    (``timeutil.TEAM_ZONE``, Asia/Shanghai), whatever this PC's clock says:
    the times of a CSV plan, and the .ics file with its VTIMEZONE (the same
    instants, shown at Beijing times by any calendar).

Which warnings belong to a range
    - Day rules (C2): every day from ``first_day`` to ``last_day``.
    - Week rules (C1): every ISO week (Monday to Sunday) that overlaps the
      range, judged on the whole week, also the days outside the range.  A
      week cut by the range edge is therefore never judged on part of its
      days (which would flag a website with 3 posts on Thursday-Sunday as
      short in the week's first days) and never skipped.  The shortfall's
      ``first_day`` is then the Monday, which may lie before ``first_day``.
      The screen asks for the month grid, which already starts on a Monday
      and ends on a Sunday.
    - Deadlines (C3, C4): those whose due day falls inside the range, even if
      the event itself lies outside it (a promotion starting two days after
      the range has its announcement due inside it).  A recap whose due day
      cannot be worked out (a year the holiday calendar does not know) is
      shown in every range its due day could fall in.  ``deadlines`` holds the
      problems (missed, at risk, unknown), ``all_deadlines`` every one.
    - Clashes: posts of one platform planned in one half-hour, within the range.
    - Months (C5: each fixed column every month; C7: each writer's monthly quota): only
      the calendar months lying entirely inside the range, as ``monthly``.  The month
      grid holds its whole month; a week or a few days hold none.

Speed: one indexed range query for the posts (read as plain tuples, never
model instances), one for the events and one for the posts linked to them.
A year of 20,000 posts on 12 platforms is checked in about 0.1 s on SQLite
(tests/benchmarks/test_check_cadence.py).  The CSV and .ics modules are
imported only by the functions that use them, so ``check-cadence`` does not
pay for them at start-up.  A plan of 3,000 rows is imported in about 0.3 s on
SQLite and 0.7 s on PostgreSQL (it took 6 s and 10 s): its names are read in
one go, its rows checked together and written 500 to an INSERT (``import_plan``).
"""
from __future__ import annotations

import datetime as _dt
import sqlite3
from dataclasses import dataclass
from typing import Callable

from peewee import JOIN

from models import cadence
from models.cadence import (Clash, Deadline, EventSpec, MonthShortfall, PlannedPost, Shortfall,
                            week_bounds)
from models.cadence_rules import CadencePeriod, list_column_rules, list_rules
from models.db import database, is_postgres
from models.errors import ValidationError
from models.events import Event
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.platforms import Platform, PlatformColumn
from models.posts import (WRITER_ROLES, Post, PostCategory, PostFilter, PostStatus, _filtered,
                          require_writer)
from models.timeutil import (from_team, is_supported_day, local_day_start,
                             to_team_naive, utcnow)
from models.users import User, UserInfo, UserRole, list_users

CONTEXT = "Planning"
_ONE_DAY = _dt.timedelta(days=1)
# The most calendar days that 3 Chinese working days can take (a recap due after a long
# holiday: 8 days of Spring Festival or National Day plus weekends stay well below this).
RECAP_SEARCH_DAYS = 31
TIME_FORMAT = "%Y-%m-%d %H:%M"
YES, NO = "yes", "no"


# -- checking the plan ------------------------------------------------------------------------

_KIND_ORDER = {MonthShortfall: 0, Shortfall: 1, Deadline: 2, Clash: 3}


@dataclass(frozen=True)
class PlanCheck:
    """Every cadence shortfall, deadline problem and clash of a range of days."""

    first_day: _dt.date
    last_day: _dt.date
    today: _dt.date
    shortfalls: list[Shortfall]
    deadlines: list[Deadline]  # missed, at risk or unknown: the ones to act on
    all_deadlines: list[Deadline]  # every deadline due in the range, met ones included
    clashes: list[Clash]
    events: list[EventSpec]  # the events whose deadlines were judged
    monthly: list[MonthShortfall] = ()  # C5's columns and C7's quotas, whole months only

    def day_of(self, item) -> _dt.date:
        """The day a shortfall, deadline or clash is shown on (a month's: its first)."""
        if isinstance(item, (Shortfall, MonthShortfall)):
            return item.first_day
        if isinstance(item, Clash):
            return item.slot.date()
        if item.due is not None:
            return item.due
        ends = next((e.ends_on for e in self.events if e.event_id == item.event_id),
                    self.first_day)
        return ends + _ONE_DAY

    @property
    def items(self) -> list:
        """Shortfalls, deadline problems and clashes in date order (then in that order)."""
        found = [*self.monthly, *self.shortfalls, *self.deadlines,
                 *cadence.one_per_slot(self.clashes)]
        found.sort(key=lambda item: (self.day_of(item), _KIND_ORDER[type(item)]))
        return found

    @property
    def problems(self) -> list[str]:
        """One line per problem, in the user's language, in date order."""
        return [item.describe() for item in self.items]

    @property
    def has_problems(self) -> bool:
        return bool(self.shortfalls or self.deadlines or self.clashes or self.monthly)


PROBLEM_STATES = frozenset({cadence.MISSED, cadence.AT_RISK, cadence.UNKNOWN})


def _bad_range(first_day: _dt.date, last_day: _dt.date) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The first day ({first}) comes after the last day ({last}). "
                                    "Check the dates."),
        field="first_day", first=first_day.isoformat(), last=last_day.isoformat())


def check(first_day: _dt.date, last_day: _dt.date, today: _dt.date | None = None) -> PlanCheck:
    """Judge the plan for the local days ``first_day``..``last_day`` (both included).

    ``today`` (default: this PC's date) decides which open deadlines are missed or at risk.
    """
    if last_day < first_day:
        raise _bad_range(first_day, last_day)
    today = today or _dt.date.today()
    # The platforms' rules and their columns' (C2: the mini program's moments and recruitment).
    rules = [r for r in (*list_rules(), *list_column_rules()) if r.enabled and r.min_posts > 0]
    span_first, span_last = first_day, last_day
    if any(r.period == CadencePeriod.WEEK for r in rules):
        span_first, span_last = week_bounds(first_day)[0], week_bounds(last_day)[1]

    planned = _planned_posts(span_first, span_last)
    monthly = _monthly(planned, first_day, last_day)
    # One pass over the posts for both kinds of rule; the day rules' extra days are dropped.
    found = [s for s in cadence.shortfalls(rules, planned, span_first, span_last)
             if s.period == cadence.WEEK or first_day <= s.first_day <= last_day]

    names = dict(Platform.select(Platform.id, Platform.name).tuples())
    clashes = cadence.same_slot_clashes(_sharing_a_slot(planned, first_day, last_day), names)

    events = _events_near(first_day, last_day)
    judged = cadence.deadlines(events, _linked_posts([e.event_id for e in events]), today,
                               _team_calendar(events))
    ends = {e.event_id: e.ends_on for e in events}
    all_deadlines = [d for d in judged if _due_in(d, ends[d.event_id], first_day, last_day)]
    return PlanCheck(first_day, last_day, today, found,
                     [d for d in all_deadlines if d.state in PROBLEM_STATES], all_deadlines,
                     clashes, [e for e in events if any(d.event_id == e.event_id
                                                        for d in all_deadlines)], monthly)


def _monthly(planned: list[PlannedPost], first_day: _dt.date,
             last_day: _dt.date) -> list[MonthShortfall]:
    """Rules C5 and C7 for the whole months of the range (``cadence.monthly_shortfalls``):
    the active columns of the active platforms, in the platforms' order, and the active
    people who write, by name; the numbers as the operations manager set them."""
    if not cadence.whole_months(first_day, last_day):
        return []
    from models import settings

    rules = settings.monthly_rules()
    columns = [cadence.FixedColumn(cid, name, pid, platform) for cid, name, pid, platform in
               PlatformColumn.select(PlatformColumn.id, PlatformColumn.name, Platform.id,
                                     Platform.name)
               .join(Platform)
               .where((PlatformColumn.active == True) & (Platform.active == True))  # noqa: E712
               .order_by(Platform.sort_order, Platform.id, PlatformColumn.name,
                         PlatformColumn.id).tuples()]
    writers = [cadence.Writer(u.id, u.display_name, rules.quota_of(u.id, u.roles))
               for u in list_users(include_inactive=False) if u.roles & WRITER_ROLES]
    return cadence.monthly_shortfalls(columns, writers, planned, first_day, last_day,
                                      rules.column_posts)


def _sharing_a_slot(planned: list[PlannedPost], first_day: _dt.date,
                    last_day: _dt.date) -> list[PlannedPost]:
    """The posts planned in the range that share their platform's half-hour with another.

    ``same_slot_clashes`` would find the same pairs among all posts; handing it only these
    keeps a year's check quick (it sorts every slot it is given).
    """
    slots: dict[tuple, list[PlannedPost]] = {}
    for p in planned:
        at = p.planned_local
        if at is not None and p.counts:
            day = at.date()
            if first_day <= day <= last_day:  # the key names the half-hour of cadence.half_hour
                slots.setdefault((p.platform_id, day, at.hour, at.minute // 30), []).append(p)
    return [p for group in slots.values() if len(group) > 1 for p in group]


def _due_in(deadline: Deadline, ends_on: _dt.date, first_day: _dt.date,
            last_day: _dt.date) -> bool:
    if deadline.due is not None:
        return first_day <= deadline.due <= last_day
    if not is_supported_day(ends_on):  # a far row (cadence.DatesUnsupported): in no range
        return False
    # Unknown due day: at least 3 calendar days after the end, at most RECAP_SEARCH_DAYS.
    earliest = ends_on + _dt.timedelta(days=cadence.RECAP_WORKING_DAYS)
    latest = ends_on + _dt.timedelta(days=RECAP_SEARCH_DAYS)
    return earliest <= last_day and latest >= first_day


_fromiso = _dt.datetime.fromisoformat
_POST_FIELDS = (Post.id, Post.platform, Post.category, Post.planned_at, Post.published_at,
                Post.status, Post.event, Post.column, Post.writer, Post.origin)


def _planned(rows) -> list[PlannedPost]:
    """PlannedPost for raw (id, platform, category, planned, published, status, event, column,
    writer, origin) rows.

    SQLite returns times as text, PostgreSQL as datetimes; both are stored in UTC and
    turned into this PC's local time here.  Asking the system for a local time costs about
    9 µs, so the offset is looked up at the start and end of each UTC day and reused for the
    whole day when both agree; on the day a zone changes its offset (summer time) each
    time is converted on its own.
    """
    utc, text, one_day = _dt.timezone.utc, str, _ONE_DAY
    at_midnight: dict[_dt.date, _dt.timedelta] = {}  # UTC midnight -> local offset
    day_offsets: dict[_dt.date, _dt.timedelta | None] = {}

    def exact(value: _dt.datetime) -> _dt.timedelta:
        return value.replace(tzinfo=utc).astimezone().utcoffset()

    def midnight(day: _dt.date) -> _dt.timedelta:
        offset = at_midnight.get(day)
        if offset is None:
            offset = at_midnight[day] = exact(_dt.datetime(day.year, day.month, day.day))
        return offset

    def local(value):
        if value is None:
            return None
        if value.__class__ is text:
            value = _fromiso(value)
        day = value.date()
        try:
            offset = day_offsets[day]
        except KeyError:
            first, last = midnight(day), midnight(day + one_day)
            offset = day_offsets[day] = first if first == last else None
        return value + (offset if offset is not None else exact(value))

    new, cls = object.__new__, PlannedPost
    made = []
    for i, p, k, at, pub, s, e, c, w, o in rows:
        # PlannedPost(i, p, k, ...) without its __init__ (~4 µs a post, most of a year's
        # conversion): the values are already the plain strings and naive local times
        # that __init__ would store (tests/models/test_planning.py compares the two).
        post = new(cls)
        post.__dict__.update(post_id=i, platform_id=p, category=k, planned_local=local(at),
                             published_local=local(pub), status=s, event_id=e,
                             column_id=c, writer_id=w, family_id=o or i)
        made.append(post)
    return made


def _planned_posts(first_day: _dt.date, last_day: _dt.date) -> list[PlannedPost]:
    """Posts planned or published on the local days ``first_day``..``last_day``."""
    start, end = local_day_start(first_day), local_day_start(last_day + _ONE_DAY)
    q = (Post.select(*_POST_FIELDS)
         .where(((Post.planned_at >= start) & (Post.planned_at < end))
                | ((Post.published_at >= start) & (Post.published_at < end))))
    return _planned(database.execute_sql(*q.sql()))


def _linked_posts(event_ids: list[int]) -> list[PlannedPost]:
    if not event_ids:
        return []
    q = Post.select(*_POST_FIELDS).where(Post.event.in_(event_ids))
    return _planned(database.execute_sql(*q.sql()))


def _events_near(first_day: _dt.date, last_day: _dt.date) -> list[EventSpec]:
    """Events whose announcement or recap may be due in the range (and those that overlap it)."""
    before = _dt.timedelta(days=cadence.ANNOUNCE_DAYS_BEFORE)
    q = (Event.select(Event.id, Event.name, Event.kind, Event.starts_on, Event.ends_on)
         .where(((Event.starts_on <= last_day + before) & (Event.starts_on >= first_day))
                | ((Event.ends_on >= first_day - _dt.timedelta(days=RECAP_SEARCH_DAYS))
                   & (Event.ends_on <= last_day)))
         .order_by(Event.starts_on, Event.id))
    found = []
    for event_id, name, kind, starts_on, ends_on in q.tuples():
        if kind not in cadence.EVENT_KINDS or ends_on < starts_on:
            continue  # not a kind the rules know, or dates no one could have saved
        found.append(EventSpec(event_id, name, kind, starts_on, ends_on))
    return found


def _team_calendar(events: list[EventSpec]):
    """The team's holidays and working days for the years chinesecalendar does not know
    (rule C3, ``models.workdays.TeamCalendar``), read afresh for each check so a
    colleague's entry counts at once; not read when there are no events to judge."""
    if not events:
        return None
    from models import settings

    return settings.team_calendar()


def event_deadlines(events, today: _dt.date | None = None) -> dict[int, list[Deadline]]:
    """Each event's deadlines (a promotion's C4 announcement, an event's C3 recap), met
    ones included, by event id: what the events dialog shows next to each event.

    ``events`` are ``models.events.EventInfo``; one query reads all their linked posts.
    """
    specs = [EventSpec(e.id, e.name, e.kind.value, e.starts_on, e.ends_on)
             for e in events if e.kind.value in cadence.EVENT_KINDS and e.ends_on >= e.starts_on]
    found: dict[int, list[Deadline]] = {spec.event_id: [] for spec in specs}
    judged = cadence.deadlines(specs, _linked_posts([s.event_id for s in specs]),
                               today or _dt.date.today(), _team_calendar(specs))
    for deadline in judged:
        found[deadline.event_id].append(deadline)
    return found


# -- importing a posting plan ------------------------------------------------------------------

# The file format's names for the categories, in English and in Chinese, accepted whatever
# language the importer's screen is in: a plan one colleague wrote imports for every other
# (issue 3).  The English names are the labels' source text; the Chinese ones are the labels
# the Chinese screens show (resources/i18n/mediadesk_zh_CN.ts; a test keeps the two alike).
# They are written here because models load no translation catalogue, and a name once
# accepted stays accepted if the screen's wording changes.
CHINESE_CATEGORY_NAMES = {
    PostCategory.GENERAL: "一般信息",
    PostCategory.COMPANY_NEWS: "公司新闻",
    PostCategory.PROMOTION: "推广",
    PostCategory.EVENT_RECAP: "活动回顾",
    PostCategory.RECRUITMENT: "招聘",
    PostCategory.OTHER: "其他",
}
# Posts per INSERT: 17 values each, 8,500 parameters (SQLite takes 32,766, PostgreSQL 65,535).
IMPORT_CHUNK = 500


def plan_lookup():
    """The names a posting plan may use: active platforms and their active columns,
    active members who write posts (user name, or full name when only one has it),
    categories (code, English and Chinese name, name in the user's language) and events
    (name when only one event has it, and always "name (first day)").  Every platform,
    also those no longer in use, to recognise posts already in the plan."""
    every = list(Platform.select(Platform.name, Platform.id, Platform.active)
                 .order_by(Platform.sort_order, Platform.id).tuples())
    platforms = {name: pid for name, pid, active in every if active}
    columns = {(pid, name): cid for cid, pid, name in
               PlatformColumn.select(PlatformColumn.id, PlatformColumn.platform,
                                     PlatformColumn.name)
               .where((PlatformColumn.active == True)  # noqa: E712
                      & PlatformColumn.platform.in_(list(platforms.values()))).tuples()}
    writer_rows = list(User.select(User.id, User.login, User.display_name)
                       .where((User.active == True)  # noqa: E712
                              & User.id.in_(UserRole.select(UserRole.user).where(
                                  UserRole.role.in_(sorted(r.value for r in WRITER_ROLES)))))
                       .tuples())
    writers = {login.casefold(): uid for uid, login, _ in writer_rows}
    by_name: dict[str, set[int]] = {}
    for uid, _, name in writer_rows:
        by_name.setdefault(name.casefold(), set()).add(uid)
    shared_names = {}
    for name, ids in by_name.items():
        if name in writers:  # a user name wins
            continue
        if len(ids) == 1:
            writers[name] = next(iter(ids))
        else:
            shared_names[name] = tuple(sorted(login for uid, login, _ in writer_rows
                                              if uid in ids))
    non_writers = {}
    for login, name in (User.select(User.login, User.display_name)
                        .where((User.active == True)  # noqa: E712
                               & User.id.not_in([uid for uid, _, _ in writer_rows] or [0]))
                        .tuples()):
        non_writers[login] = non_writers[name] = name
    from models.post_csv import Lookup

    categories = {}
    for category in PostCategory:
        for key in (category.value, _english_label(category), CHINESE_CATEGORY_NAMES[category],
                    category.label):
            categories[key] = category.value
    events, shared_events = _event_names()
    return Lookup(platforms, columns, writers, categories, events,
                  platform_names=tuple(platforms),
                  category_names=tuple(c.label for c in PostCategory),
                  known_platforms={name: pid for name, pid, _ in every},
                  non_writers=non_writers, shared_writer_names=shared_names,
                  shared_event_names=shared_events)


def _english_label(category: PostCategory) -> str:
    from models.posts import CATEGORY_LABELS

    return CATEGORY_LABELS[category]


def _event_names() -> tuple[dict[str, int], dict[str, tuple[str, ...]]]:
    """Event name -> id: the plain name when it is unique, and "name (YYYY-MM-DD)" always;
    and a name two or more events share -> those forms (a yearly 双十二 has one a year)."""
    rows = list(Event.select(Event.id, Event.name, Event.starts_on)
                .order_by(Event.starts_on, Event.id).tuples())
    forms: dict[str, list[str]] = {}
    names = {}
    for event_id, name, starts_on in rows:
        form = f"{name} ({starts_on.isoformat()})"
        names[form] = event_id
        forms.setdefault(name.casefold(), []).append(form)
    shared = {}
    for event_id, name, _ in rows:
        if len(forms[name.casefold()]) == 1:
            names[name] = event_id
        else:
            shared[name.casefold()] = tuple(forms[name.casefold()])
    return names, shared


@dataclass(frozen=True)
class PlanImport:
    """What ``import_plan`` did: the new posts' ids, in the file's order, and the lines
    left out because the plan already holds the same post (platform, planned time, title)."""

    created: list[int]
    skipped_lines: list[int]

    @property
    def skipped(self) -> int:
        return len(self.skipped_lines)


class _PlanChecker:
    """The checks of ``posts.check_new_post`` for all new rows of a plan at once.

    ``check_new_post`` reads the platform, its limits and the writer for every post:
    five queries a row, 3,000 rows in about 6 s.  Here the lookup (read in the same
    transaction) already holds only what ``check_new_post`` would accept: active
    platforms, their active columns, existing events, active members who write posts,
    known categories; and the parser refuses an empty title.  What is left is checked
    per row without a query: whose post it is (a specialist plans only her own), the
    platform's title limit (all limits read in one query) and a planned time that has
    passed.  A refusal is worded by the function ``create_post`` uses, so both say the
    same (tests/models/test_planning.py compares the values with ``check_new_post``'s).
    """

    def __init__(self, fresh: UserInfo):
        self.fresh = fresh
        self.prepared: dict[int, tuple[int, dict]] = {}  # line -> (writer id, column values)

    def __call__(self, rows) -> list:
        from models.cadence_rules import TITLE_HARD_MAX, list_limits
        from models.post_csv import Problem
        from models.posts import _refuse_past, check_lengths, normalise_time

        limits = list_limits()
        names: dict[int, str] = {}
        problems = []
        for row in rows:
            if row.writer_id != self.fresh.id and not self.fresh.is_manager:
                if row.writer_id not in names:
                    names[row.writer_id] = User.select(User.display_name).where(
                        User.id == row.writer_id).scalar() or ""
                problems.append(Problem(row.line, "writer", QT_TRANSLATE_NOOP(
                    "Errors", "this is a post for {name}. You may import only your own posts; "
                              "the operations manager imports posts for anyone."),
                    {"name": names[row.writer_id]}))
                continue
            limit = limits.get(row.platform_id)
            title_max = min((limit.title_max if limit else None) or TITLE_HARD_MAX,
                            TITLE_HARD_MAX)
            at = normalise_time(from_team(row.planned_local))
            try:
                if len(row.title) > title_max:  # (a plan has no body to check)
                    check_lengths(row.platform_id, row.title, "")  # raises, in its words
                _refuse_past(at)
            except ValidationError as exc:
                values = dict(exc.values)
                if exc.field == "planned_at" and "when" in values:
                    values["when"] = row.planned_local.strftime(TIME_FORMAT)  # as in the file
                problems.append(Problem(row.line, _FIELD_COLUMNS.get(exc.field or "", ""),
                                        exc.message, values))
                continue
            self.prepared[row.line] = (row.writer_id, dict(
                platform=row.platform_id, column=row.column_id, title=row.title, body="",
                source="", category=PostCategory(row.category).value,
                concerns_project=bool(row.concerns_project), planned_at=at, event=row.event_id))
        return problems


def _posts_in_plan(keys: list[tuple]) -> set[tuple]:
    """Those of ``keys`` (platform id, naive local planned time or None, title) whose post
    the plan already holds: one range query on the planned_at index, and one for the
    unscheduled posts if a key has no time.  Times are compared to the minute, as a plan
    writes them."""
    from models.posts import normalise_time

    wanted = {(p, normalise_time(from_team(at)), title): (p, at, title)
              for p, at, title in keys}
    platform_ids = sorted({p for p, _, _ in wanted})
    times = [at for _, at, _ in wanted if at is not None]
    queries = []
    if times:
        queries.append((Post.planned_at >= min(times))
                       & (Post.planned_at < max(times) + _dt.timedelta(minutes=1)))
    if len(times) < len(wanted):
        queries.append(Post.planned_at.is_null())
    found: set[tuple] = set()
    for where in queries:
        q = (Post.select(Post.platform, Post.planned_at, Post.title)
             .where(where & Post.platform.in_(platform_ids)))
        for platform_id, at, title in q.tuples():
            if at is not None:
                at = (_fromiso(at) if isinstance(at, str) else at).replace(second=0,
                                                                           microsecond=0)
            key = wanted.get((platform_id, at, title))
            if key is not None:
                found.add(key)
    return found


# Every column an imported post sets or has a default for (peewee adds any default left out).
_INSERT_FIELDS = (Post.platform, Post.column, Post.title, Post.body, Post.source, Post.writer,
                  Post.category, Post.concerns_project, Post.planned_at, Post.status,
                  Post.published_url, Post.event, Post.version, Post.created_at, Post.created_by,
                  Post.updated_at, Post.updated_by)
_insert_statements: dict[tuple[type, int, bool], str] = {}


def _returns_ids() -> bool:
    """Whether an INSERT can return the new ids: PostgreSQL, and SQLite from 3.35 (2021;
    the SQLite of Python 3.11 on Windows and macOS is newer; some Linux systems' older)."""
    return is_postgres() or sqlite3.sqlite_version_info >= (3, 35)


def _insert_statement(count: int, returning: bool) -> str:
    """The INSERT of ``count`` posts (the values of _INSERT_FIELDS, row after row), with
    RETURNING their ids if ``returning``.

    Peewee takes ~0.1 ms a row to compile a multi-row INSERT, more than half of a
    3,000-row import; the text depends only on the number of rows and the kind of
    database, so it is compiled once (as ``posts._move_statement`` is) and each chunk
    passes its own values.
    """
    key = (type(database.obj), count, returning)
    sql = _insert_statements.get(key)
    if sql is None:
        dummy = [[0] * len(_INSERT_FIELDS)] * count  # placeholders: every value is a parameter
        query = Post.insert_many(dummy, fields=list(_INSERT_FIELDS))
        sql, params = (query.returning(Post.id) if returning else query).sql()
        if len(params) != len(dummy) * len(_INSERT_FIELDS):  # a new column with a default
            raise RuntimeError("_INSERT_FIELDS lacks a column of Post that has a default")
        if count == IMPORT_CHUNK or len(_insert_statements) < 8:
            _insert_statements[key] = sql
    return sql


_FIELD_COLUMNS = {"platform": "platform", "column": "column", "title": "title",
                  "writer": "writer", "category": "category", "planned_at": "planned_at",
                  "event": "event"}


def import_plan(actor: UserInfo, data: bytes,
                progress: Callable[[int, int], None] | None = None) -> PlanImport:
    """Create every new post of a CSV posting plan, or none.

    Each row passes the checks of ``create_post``: the actor must write posts, a writer
    plans only their own posts (the operations manager anyone's), the planned time has
    not passed, the title fits the platform's limits.  Any bad row raises
    ``PlanRejected`` listing every bad row with its line number, and nothing is written
    (DESIGN "Errors and bad input").  A row for a post the plan already holds (same
    platform, planned time and title: the same file imported twice, an exported range
    imported back) is skipped, not checked, and counted in the result; a row repeating
    another row of the file is a bad row.

    The new posts are drafts (version 1), created in one transaction with batched
    INSERTs and one "post.imported" audit entry listing them all (and how many rows were
    skipped).  ``progress(done, total)``, if given, is called from the importing thread
    as the posts are written; an exception it raises stops the import, and the
    transaction is rolled back (the calendar's Cancel button).
    """
    from models import audit
    from models.post_csv import read_plan

    fresh = require_writer(actor)
    with database.atomic():
        checker = _PlanChecker(fresh)
        plan = read_plan(data, plan_lookup(), checker, _posts_in_plan)
        todo = [checker.prepared[row.line] for row in plan.rows]
        now = utcnow()
        returning = _returns_ids()
        ids: list[int] = []
        if progress is not None:
            progress(0, len(todo))
        for first in range(0, len(todo), IMPORT_CHUNK):
            chunk = todo[first:first + IMPORT_CHUNK]
            params = []
            for writer_id, values in chunk:
                row = dict(values, writer=writer_id, status=PostStatus.DRAFT.value,
                           published_url="", version=1, created_by=actor.id,
                           updated_by=actor.id, created_at=now, updated_at=now)
                params.extend(f.db_value(row[f.name]) for f in _INSERT_FIELDS)
            cursor = database.execute_sql(_insert_statement(len(chunk), returning), params)
            if returning:  # one INSERT's ids rise in the order of its rows: the file's order
                ids.extend(sorted(i for (i,) in cursor))
            else:  # SQLite numbers one INSERT's rows one after another (the write lock is ours)
                last = cursor.lastrowid
                ids.extend(range(last - len(chunk) + 1, last + 1))
            if progress is not None:
                progress(len(ids), len(todo))
        if ids:
            audit.record(actor, "post.imported", "post", "", count=len(ids), posts=ids,
                         skipped=len(plan.skipped_lines))
    return PlanImport(ids, plan.skipped_lines)


# -- exporting -----------------------------------------------------------------------------------

def _range_query(fields, first_day: _dt.date | None, last_day: _dt.date | None,
                 filters: PostFilter | None):
    """Posts planned on the local days first_day..last_day (None: open on that side).

    With neither day given: every post, the unscheduled ones (last) included.
    """
    if first_day is not None and last_day is not None and last_day < first_day:
        raise _bad_range(first_day, last_day)
    q = Post.select(*fields)
    if first_day is not None:
        q = q.where(Post.planned_at >= local_day_start(first_day))
    if last_day is not None:
        q = q.where(Post.planned_at < local_day_start(last_day + _ONE_DAY))
    if first_day is None and last_day is None:
        order = (Post.planned_at.is_null(), Post.planned_at, Post.id)
    else:
        order = (Post.planned_at, Post.id)
    q = _filtered(q.order_by(*order), filters)
    return q


def _team_text(value) -> str:
    """A stored time as a plan writes it: in the team's zone (``timeutil.TEAM_ZONE``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = _fromiso(value)
    return to_team_naive(value).strftime(TIME_FORMAT)


def plan_rows(first_day: _dt.date | None = None, last_day: _dt.date | None = None,
              filters: PostFilter | None = None) -> list[dict]:
    """The rows ``export_plan`` writes: dicts with the keys of ``post_csv.COLUMNS``.

    Names that read back unchanged whatever the user's language: the platform's and
    column's names, the writer's user name, the category's code, yes/no, the event's name
    (with its first day when two events share it), the planned time in local time.
    """
    Column, Writer = PlatformColumn.alias(), User.alias()
    fields = (Platform.name, Column.name, Post.title, Writer.login, Post.category,
              Post.planned_at, Post.concerns_project, Post.event)
    q = _range_query(fields, first_day, last_day, filters)
    if q is None:
        return []
    q = _with_names(q, Column, Writer)
    labels = _event_labels()
    out = []
    for platform, column, title, writer, category, planned_at, project, event_id in q.tuples():
        out.append({"platform": platform, "column": column or "", "title": title,
                    "writer": writer, "category": category,
                    "planned_at": _team_text(planned_at),
                    "concerns_project": YES if project else NO,
                    "event": "" if event_id is None else labels.get(event_id, "")})
    return out


def _with_names(q, column, writer):
    """``q`` joined to the post's platform, column (if any) and writer (``column`` and
    ``writer`` are aliases of PlatformColumn and User)."""
    return (q.join_from(Post, Platform, on=(Post.platform == Platform.id))
            .join_from(Post, column, JOIN.LEFT_OUTER, on=(Post.column == column.id))
            .join_from(Post, writer, on=(Post.writer == writer.id)))


def _event_labels() -> dict[int, str]:
    """Event id -> the name a plan uses for it (plain if unique, else "name (first day)")."""
    labels: dict[int, str] = {}
    for key, event_id in _event_names()[0].items():
        if event_id not in labels or len(key) < len(labels[event_id]):
            labels[event_id] = key
    return labels


def export_plan(first_day: _dt.date | None = None, last_day: _dt.date | None = None,
                filters: PostFilter | None = None) -> bytes:
    """The posts planned on the local days ``first_day``..``last_day`` as a CSV posting plan
    (UTF-8 with a BOM) that ``import_plan`` reads back; no days: every post, unscheduled
    ones included."""
    from models.post_csv import write_plan

    return write_plan(plan_rows(first_day, last_day, filters))


def ics_items(first_day: _dt.date, last_day: _dt.date, filters: PostFilter | None = None) -> list:
    """The posts planned on the local days ``first_day``..``last_day`` as ``IcsItem``."""
    from models.post_ics import IcsItem

    Column, Writer = PlatformColumn.alias(), User.alias()
    fields = (Post.id, Post.title, Platform.name, Post.planned_at, Post.status, Writer.display_name,
              Column.name, Post.category, Post.published_url, Post.concerns_project, Post.source)
    q = _range_query(fields, first_day, last_day, filters)
    if q is None:
        return []
    rows = list(_with_names(q, Column, Writer).tuples())
    reviewers = _reviewers(_range_query((Post.id,), first_day, last_day, filters)
                           .where(Post.status.in_(_APPROVED_STATES)).order_by())
    items = []
    for (post_id, title, platform, planned_at, status, writer, column, category, url, project,
         source) in rows:
        if isinstance(planned_at, str):
            planned_at = _fromiso(planned_at)
        # Rule P5: every post names its source, its writer and its reviewer; the stage is
        # the workflow's ("Awaiting the general manager", not "Approved", for rule P2).
        lines = [_text(QT_TRANSLATE_NOOP("Planning", "Status: {status}"),
                       status=_stage_label(status, project)),
                 _text(QT_TRANSLATE_NOOP("Planning", "Writer: {writer}"), writer=writer),
                 _text(QT_TRANSLATE_NOOP("Planning", "Source: {name}"), name=source)
                 if source else _text(QT_TRANSLATE_NOOP("Planning", "Source: not given yet")),
                 _text(QT_TRANSLATE_NOOP("Planning", "Reviewer: {reviewer}"),
                       reviewer=reviewers[post_id])
                 if post_id in reviewers
                 else _text(QT_TRANSLATE_NOOP("Planning", "Reviewer: not approved yet"))]
        if column:
            lines.append(_text(QT_TRANSLATE_NOOP("Planning", "Column: {column}"), column=column))
        lines.append(_text(QT_TRANSLATE_NOOP("Planning", "Category: {category}"),
                           category=_category_label(category)))
        items.append(IcsItem(post_id, title, platform, planned_at, "\n".join(lines), url or ""))
    return items


_APPROVED_STATES = frozenset({PostStatus.APPROVED.value, PostStatus.CONFIRMED.value,
                              PostStatus.PUBLISHED.value})


def _reviewers(posts) -> dict[int, str]:
    """Post id -> the name of whoever made its latest approval (the responsible editor of
    rule P5), for the posts whose ids ``posts`` (a query) selects."""
    from models.review_tables import ReviewDecision
    from models.workflow import Move

    q = (ReviewDecision.select(ReviewDecision.post, ReviewDecision.actor_name)
         .where(ReviewDecision.post.in_(posts) & (ReviewDecision.action == Move.APPROVE.value))
         .order_by(ReviewDecision.at, ReviewDecision.id))
    return dict(q.tuples())  # the latest approval of each post wins


def export_ics(first_day: _dt.date, last_day: _dt.date, filters: PostFilter | None = None,
               zone: str | None = None) -> bytes:
    """The posts planned on the local days ``first_day``..``last_day`` as an iCalendar file:
    one 30-minute event per post, "[platform] title", stage, writer, source, reviewer (rule
    P5), column and category in its description, times in the team's time zone ``zone`` (default
    ``post_ics.DEFAULT_ZONE``, Asia/Shanghai)."""
    from models.post_ics import DEFAULT_ZONE, to_ics

    return to_ics(ics_items(first_day, last_day, filters), zone=zone or DEFAULT_ZONE,
                  calendar_name=calendar_name())


def calendar_name() -> str:
    """The name calendars show for an exported .ics file."""
    return translate(CONTEXT, QT_TRANSLATE_NOOP("Planning", "MediaDesk posts"))


def _text(source: str, **values) -> str:
    return translate(CONTEXT, source).format(**values)


def _stage_label(value: str, concerns_project: bool) -> str:
    from models.workflow import stage_label

    return stage_label(value, bool(concerns_project))


def _category_label(value: str) -> str:
    try:
        return PostCategory(value).label
    except ValueError:
        return value


def __getattr__(name: str):
    """``planning.PlanRejected`` (``models.post_csv.PlanRejected``), imported when asked for."""
    if name == "PlanRejected":
        from models.post_csv import PlanRejected

        return PlanRejected
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PlanCheck", "PlanImport", "calendar_name", "check", "export_ics", "export_plan",
           "ics_items", "import_plan", "plan_lookup", "plan_rows"]
