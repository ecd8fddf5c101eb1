"""Chinese statutory working days (rule C3).

Rule C3 gives a recap "3 working days after the event ends", and working days
follow the Chinese statutory calendar: statutory holidays (国庆, 春节, ...) are
days off even on a weekday, and the swapped working weekends (调休) are working
days even on a Saturday or Sunday.  The calendar comes from the
``chinesecalendar`` package (import name ``chinese_calendar``), which knows
only the years the State Council has published, 2004-2026 in version 1.11.

The State Council publishes each year's arrangement (放假安排) in November or
December, often before a new chinesecalendar is released.  The operations
manager then enters it in MediaDesk (Content calendar › More › Holidays and
working days…): a team setting (``models.settings.HOLIDAYS_KEY``) that the
services read once per check into a ``TeamCalendar`` and pass to the functions
here (``team=``).  For a year the package does not know, the team's entry
decides: a weekday is a working day unless it is one of the entry's days off,
a Saturday or Sunday is a day off unless it is one of its working days.  For
the package's own years the package stays authoritative (an entry for such a
year is refused by ``clean_team_calendar`` and ignored by
``TeamCalendar.from_setting``).  A year with neither raises
``CalendarUnknown``, a message that says what to do.

Caching: only the package's answers are cached (they never change while the
app runs); a team year is answered from the ``TeamCalendar`` passed in, so a
colleague's new entry is seen at the next check, which reads it again.

Plain functions over ``datetime.date``: no database, no Qt.  A ``datetime``
is accepted wherever a date is and stands for its calendar day.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable, Mapping

import chinese_calendar
from chinese_calendar.constants import holidays as _HOLIDAYS

from models.errors import DomainError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.timeutil import EARLIEST_DAY, LATEST_DAY

_ONE_DAY = _dt.timedelta(days=1)
SATURDAY = 5  # date.weekday(): Saturday and Sunday are 5 and 6

# The fields a ``ValidationError`` of an entry names.
DAYS_OFF, WORKING_DAYS = "days_off", "working_days"


class CalendarUnknown(DomainError):
    """Neither chinesecalendar nor the team's entries know the holidays of ``year``."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The Chinese holiday calendar for {year} is not known to this version of MediaDesk "
        "(it knows {first}–{last}). The operations manager can enter the days off and "
        "working days of {year} from the State Council's notice in Content calendar › "
        "More › Holidays and working days…, or MediaDesk can be updated.")
    # A year before the package's first: nobody enters those (the dialog offers later years).
    earlier_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The Chinese holiday calendar for {year} is not known to MediaDesk (it knows "
        "{first}–{last}), so working days in {year} cannot be counted.")

    def __init__(self, year: int):
        years = known_years()
        super().__init__(self.earlier_message if year < years.start else None,
                         year=year, first=years.start, last=years.stop - 1)
        self.year = year


def _compute_known_years() -> range:
    # The same bounds chinese_calendar checks before every look-up.
    years = [d.year for d in _HOLIDAYS]
    return range(min(years), max(years) + 1)


_KNOWN_YEARS = _compute_known_years()


def known_years() -> range:
    """The years whose holidays and swapped working days are known (2004-2026 in 1.11)."""
    return _KNOWN_YEARS


def first_unknown_year() -> int:
    """The first year after the package's (2027 with chinesecalendar 1.11)."""
    return _KNOWN_YEARS.stop


def _as_date(d: _dt.date) -> _dt.date:
    return d.date() if isinstance(d, _dt.datetime) else d


# -- the team's entries -----------------------------------------------------------------------

@dataclass(frozen=True)
class TeamYear:
    """One year's arrangement as the operations manager entered it.

    ``days_off``: the days off, as the notice lists them (a holiday's Saturday and Sunday
    may be among them: they are off anyway); ``working_days``: the Saturdays and Sundays
    worked instead (调休)."""

    year: int
    days_off: frozenset = frozenset()
    working_days: frozenset = frozenset()

    def is_working_day(self, d: _dt.date) -> bool:
        if d.weekday() >= SATURDAY:
            return d in self.working_days
        return d not in self.days_off

    def to_setting(self) -> dict:
        return {"off": sorted(d.isoformat() for d in self.days_off),
                "working": sorted(d.isoformat() for d in self.working_days)}


@dataclass(frozen=True)
class TeamCalendar:
    """The team's entries for the years the package does not know: an immutable value, read
    from the team setting once per check (``models.settings.team_calendar``)."""

    years: tuple = ()  # TeamYear, one per year, in year order
    _by_year: Mapping | None = field(default=None, init=False, repr=False, compare=False,
                                     hash=False)

    def __post_init__(self):
        ordered = tuple(sorted(self.years, key=lambda y: y.year))
        object.__setattr__(self, "years", ordered)
        object.__setattr__(self, "_by_year", MappingProxyType({y.year: y for y in ordered}))

    def year(self, year: int) -> TeamYear | None:
        return self._by_year.get(year)

    def __contains__(self, year: int) -> bool:
        return year in self._by_year

    @classmethod
    def from_setting(cls, value: Any) -> TeamCalendar:
        """The stored setting (``{"2027": {"off": [...], "working": [...]}}``) as a value.

        Lenient: what ``clean_team_calendar`` would refuse (a stored value from before the
        checks, a hand-edited database) is left out, never raised, so a bad entry cannot
        stop the calendar's check; a year that then has no entry stays unknown."""
        if not isinstance(value, Mapping):
            return cls()
        found = []
        for key, entry in value.items():
            try:
                found.append(_clean_year(key, entry))
            except ValidationError:
                continue
        return cls(tuple(found))

    def to_setting(self) -> dict:
        return {str(y.year): y.to_setting() for y in self.years
                if y.days_off or y.working_days}


NO_TEAM_CALENDAR = TeamCalendar()


def _bad(message: str, field_name: str | None, year=None, **values) -> ValidationError:
    return ValidationError(message, field=field_name, year=year, **values)


def _year_of(key: Any) -> int:
    try:
        year = int(key)
    except (TypeError, ValueError):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a year."), "year",
                   value=key) from None
    if not EARLIEST_DAY.year <= year <= LATEST_DAY.year:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "MediaDesk works with the years {first} to {last}, not {year}."),
            "year", year, first=EARLIEST_DAY.year, last=LATEST_DAY.year)
    if year in _KNOWN_YEARS:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "MediaDesk already knows the holidays of {year} from the Chinese "
                      "statutory calendar."), "year", year)
    return year


def _day_of(value: Any, year: int, field_name: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if not isinstance(value, _dt.date):
        try:
            value = _dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise _bad(QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a date (write it as YYYY-MM-DD)."),
                field_name, year, value=value) from None
    if value.year != year:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "{day} is not in {year}: enter it under its own year."),
            field_name, year, day=value.isoformat())
    return value


def _days(values: Any, year: int, field_name: str) -> frozenset:
    if values is None:
        return frozenset()
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "The days of {year} are a list of dates."),
                   field_name, year)
    return frozenset(_day_of(v, year, field_name) for v in values)


def _clean_year(key: Any, entry: Any) -> TeamYear:
    year = _year_of(key)
    if isinstance(entry, TeamYear):
        off, working = entry.days_off, entry.working_days
    elif isinstance(entry, Mapping):
        unknown = set(entry) - {"off", "working"}
        if unknown:
            raise _bad(QT_TRANSLATE_NOOP(
                "Errors", "The holidays of {year} are its days off and its working days."),
                None, year)
        off, working = entry.get("off"), entry.get("working")
    elif isinstance(entry, (tuple, list)) and len(entry) == 2:
        off, working = entry
    else:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "The holidays of {year} are its days off and its working days."),
            None, year)
    return clean_year(year, _days(off, year, DAYS_OFF), _days(working, year, WORKING_DAYS))


def clean_year(year: int, days_off: Iterable[_dt.date],
               working_days: Iterable[_dt.date]) -> TeamYear:
    """One year's entry as it is stored; raises ``ValidationError`` naming the field
    (``DAYS_OFF`` or ``WORKING_DAYS``) and the first day that is wrong.

    A day off on a Saturday or Sunday is accepted (the notice's "2月6日至14日放假" runs
    over a weekend that is off anyway) and changes nothing; a working day must be a
    Saturday or Sunday (a weekday is one anyway), and no day is both."""
    year = _year_of(year)
    off = frozenset(_day_of(d, year, DAYS_OFF) for d in days_off)
    working = frozenset(_day_of(d, year, WORKING_DAYS) for d in working_days)
    for day in sorted(working):
        if day.weekday() < SATURDAY:
            raise _bad(QT_TRANSLATE_NOOP(
                "Errors", "{day} is a weekday, and weekdays are working days anyway: a "
                          "swapped working day (调休) is a Saturday or a Sunday."),
                WORKING_DAYS, year, day=day.isoformat())
    both = sorted(off & working)
    if both:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "{day} is both a day off and a working day. Remove it from one of the "
                      "lists."), WORKING_DAYS, year, day=both[0].isoformat())
    return TeamYear(year, off, working)


def clean_team_calendar(value: Any) -> dict:
    """The team setting as stored (``{"2027": {"off": [...], "working": [...]}}``, ISO
    dates, sorted; a year with nothing entered is left out); raises ``ValidationError``.

    ``value`` maps each year (an int or its text) to ``{"off": days, "working": days}``,
    a ``TeamYear`` or a pair ``(days_off, working_days)``; days are dates or ISO texts."""
    if isinstance(value, TeamCalendar):
        value = {y.year: y for y in value.years}
    if not isinstance(value, Mapping):
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "The holidays are given per year, each with its days off and its "
                      "working days."), None)
    return TeamCalendar(tuple(_clean_year(k, v) for k, v in value.items())).to_setting()


# -- working days ---------------------------------------------------------------------------

def is_working_day(d: _dt.date, team: TeamCalendar | None = None) -> bool:
    """True if people work on ``d`` in China (rule C3).

    A swapped working Saturday or Sunday is a working day; a statutory holiday
    is not, even on a weekday.  ``team``: the team's entries for the years the
    package does not know.  Raises ``CalendarUnknown`` for a year neither knows.
    """
    return _working(_as_date(d), team)


def _working(d: _dt.date, team: TeamCalendar | None) -> bool:
    if d.year in _KNOWN_YEARS:
        return _package_working_day(d)
    entry = team.year(d.year) if team is not None else None
    if entry is None:
        raise CalendarUnknown(d.year)
    return entry.is_working_day(d)


@lru_cache(maxsize=None)  # bounded: only dates of the package's years get here
def _package_working_day(d: _dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(d)
    except NotImplementedError:  # a library whose bounds differ from ours
        raise CalendarUnknown(d.year) from None


def add_working_days(d: _dt.date, n: int, team: TeamCalendar | None = None) -> _dt.date:
    """The day that is ``n`` working days after ``d`` (rule C3).

    ``d`` itself is not counted, whether or not it is a working day:
    ``add_working_days(d, 1)`` is the first working day after ``d``, and
    ``n == 0`` returns ``d`` unchanged.  Only the days after ``d`` are looked
    up, so ``CalendarUnknown`` is raised only when the count runs into a year
    neither the package nor ``team`` knows.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    day = _as_date(d)
    while n:
        day += _ONE_DAY
        if _working(day, team):
            n -= 1
    return day


def working_days_between(a: _dt.date, b: _dt.date, team: TeamCalendar | None = None) -> int:
    """The number of working days after ``a`` up to and including ``b``.

    The counterpart of ``add_working_days``:
    ``working_days_between(d, add_working_days(d, n)) == n``.  It is 0 when
    ``a == b`` and negative when ``b`` comes before ``a``
    (``working_days_between(b, a) == -working_days_between(a, b)``).
    """
    a, b = _as_date(a), _as_date(b)
    if b < a:
        return -working_days_between(b, a, team)
    count = 0
    day = a
    while day < b:
        day += _ONE_DAY
        if _working(day, team):
            count += 1
    return count


def working_days_in_year(year: int, team: TeamCalendar | None = None) -> int:
    """How many working days ``year`` has (a Chinese year has about 248-252): the check
    the holidays dialog shows under a year's entry.  Raises ``CalendarUnknown`` for a
    year neither the package nor ``team`` knows."""
    return working_days_between(_dt.date(year - 1, 12, 31), _dt.date(year, 12, 31), team)
