"""Times are stored in UTC (naive datetimes) and shown in the local time zone."""
from __future__ import annotations

import datetime as _dt
import functools
import time


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def to_local(value: _dt.datetime | None) -> _dt.datetime | None:
    """A stored UTC time as an aware datetime in this PC's time zone."""
    if value is None:
        return None
    return value.replace(tzinfo=_dt.timezone.utc).astimezone()


def format_local(value: _dt.datetime | None) -> str:
    local = to_local(value)
    return "" if local is None else local.strftime("%Y-%m-%d %H:%M")


_EPOCH = _dt.datetime(1970, 1, 1)
_SECOND = _dt.timedelta(seconds=1)


def to_local_naive(value: _dt.datetime | None) -> _dt.datetime | None:
    """A stored UTC time as a naive local time (this PC's zone), as the calendar shows it.

    The same as ``value.replace(tzinfo=utc).astimezone().replace(tzinfo=None)``: the
    offset is the one the C library gives for that second (``time.localtime``'s
    ``tm_gmtoff``), which is what ``astimezone()`` asks it, without making a time zone
    object and two datetimes for each call.  The calendar converts every post it shows (a
    month's grid: 500 to 800): 3.3 ms became 1.6 ms for 523 posts.
    """
    if value is None:
        return None
    if value.tzinfo is not None:  # read as UTC, as stored times are
        value = value.replace(tzinfo=None)
    offset = time.localtime((value - _EPOCH) // _SECOND).tm_gmtoff
    return value + _dt.timedelta(seconds=offset)


def from_local(value: _dt.datetime | None) -> _dt.datetime | None:
    """A naive local time (this PC's zone) as the naive UTC time that is stored."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time is read as this PC's local time
    return value.astimezone(_dt.timezone.utc).replace(tzinfo=None)


# The team's own time: China's (no summer time).  The files the team passes between its PCs
# (a posting plan, an .ics calendar) are written and read in it, so that a file means the
# same on a PC whose clock is set to another zone (a colleague abroad, a PC left on UTC):
# a plan exported on a UTC PC and imported on a Beijing one had every post twice, eight
# hours apart.  Screens show this PC's time, as the person's own clock does.
TEAM_ZONE = "Asia/Shanghai"


@functools.cache
def team_zone():
    from zoneinfo import ZoneInfo  # at first use: the screens never need it

    return ZoneInfo(TEAM_ZONE)


def to_team_naive(value: _dt.datetime | None) -> _dt.datetime | None:
    """A stored UTC time as a naive time in the team's zone (``TEAM_ZONE``)."""
    if value is None:
        return None
    return value.replace(tzinfo=_dt.timezone.utc).astimezone(team_zone()).replace(tzinfo=None)


def from_team(value: _dt.datetime | None) -> _dt.datetime | None:
    """A naive time in the team's zone as the naive UTC time that is stored."""
    if value is None:
        return None
    return value.replace(tzinfo=team_zone()).astimezone(_dt.timezone.utc).replace(tzinfo=None)


def local_is_team_time(when: _dt.datetime | None = None) -> bool:
    """Whether this PC's clock shows the team's time at ``when`` (UTC; default now)."""
    at = (when or utcnow()).replace(tzinfo=_dt.timezone.utc)
    return at.astimezone().utcoffset() == at.astimezone(team_zone()).utcoffset()


def local_day_start(day: _dt.date) -> _dt.datetime:
    """The stored (naive UTC) time at which the local calendar day ``day`` begins."""
    return from_local(_dt.datetime.combine(day, _dt.time()))


# The calendar days MediaDesk works with: an event's days (models.events), the date fields of
# its dialogs and the command line's --from/--to all keep within these bounds.  Wide enough for
# any plan a team makes; narrow enough that the rules' day arithmetic (a deadline days or
# weeks after an event, whole weeks around a range, a day's start in local time) never leaves
# what ``datetime.date`` can hold (year 1 to 9999), which had crashed the events dialog.
EARLIEST_DAY = _dt.date(2000, 1, 1)
LATEST_DAY = _dt.date(2099, 12, 31)


def is_supported_day(day: _dt.date) -> bool:
    """Whether ``day`` lies within ``EARLIEST_DAY``..``LATEST_DAY`` (both included)."""
    return EARLIEST_DAY <= day <= LATEST_DAY
