"""Chinese statutory working days (rule C3).

Rule C3 gives a recap "3 working days after the event ends", and working days
follow the Chinese statutory calendar: statutory holidays (国庆, 春节, ...) are
days off even on a weekday, and the swapped working weekends (调休) are working
days even on a Saturday or Sunday.  The calendar comes from the
``chinesecalendar`` package (import name ``chinese_calendar``), which knows
only the years the State Council has published, 2004-2026 in version 1.11.
For any other year it raises ``NotImplementedError``; here that becomes
``CalendarUnknown``, a message a person can act on (update MediaDesk).

Plain functions over ``datetime.date``: no database, no Qt.  A ``datetime``
is accepted wherever a date is and stands for its calendar day.
"""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import chinese_calendar
from chinese_calendar.constants import holidays as _HOLIDAYS

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP

_ONE_DAY = _dt.timedelta(days=1)


class CalendarUnknown(DomainError):
    """The holiday calendar of ``year`` is not in this version of chinesecalendar."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The Chinese holiday calendar for {year} is not known to this version of MediaDesk "
        "(it knows {first}–{last}). Update MediaDesk (the chinesecalendar package) to count "
        "working days in {year}.")

    def __init__(self, year: int):
        years = known_years()
        super().__init__(year=year, first=years.start, last=years.stop - 1)
        self.year = year


def _compute_known_years() -> range:
    # The same bounds chinese_calendar checks before every look-up.
    years = [d.year for d in _HOLIDAYS]
    return range(min(years), max(years) + 1)


_KNOWN_YEARS = _compute_known_years()


def known_years() -> range:
    """The years whose holidays and swapped working days are known (2004-2026 in 1.11)."""
    return _KNOWN_YEARS


def _as_date(d: _dt.date) -> _dt.date:
    return d.date() if isinstance(d, _dt.datetime) else d


def is_working_day(d: _dt.date) -> bool:
    """True if people work on ``d`` in China (rule C3).

    A swapped working Saturday or Sunday is a working day; a statutory holiday
    is not, even on a weekday.  Raises ``CalendarUnknown`` for a year the
    calendar does not know.
    """
    return _is_working_day(_as_date(d))


@lru_cache(maxsize=None)  # bounded: only dates of known years get here without raising
def _is_working_day(d: _dt.date) -> bool:
    if d.year not in _KNOWN_YEARS:
        raise CalendarUnknown(d.year)
    try:
        return chinese_calendar.is_workday(d)
    except NotImplementedError:  # a library whose bounds differ from ours
        raise CalendarUnknown(d.year) from None


def add_working_days(d: _dt.date, n: int) -> _dt.date:
    """The day that is ``n`` working days after ``d`` (rule C3).

    ``d`` itself is not counted, whether or not it is a working day:
    ``add_working_days(d, 1)`` is the first working day after ``d``, and
    ``n == 0`` returns ``d`` unchanged.  Only the days after ``d`` are looked
    up, so ``CalendarUnknown`` is raised only when the count runs into an
    unknown year.
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, not {n}")
    day = _as_date(d)
    while n:
        day += _ONE_DAY
        if _is_working_day(day):
            n -= 1
    return day


def working_days_between(a: _dt.date, b: _dt.date) -> int:
    """The number of working days after ``a`` up to and including ``b``.

    The counterpart of ``add_working_days``:
    ``working_days_between(d, add_working_days(d, n)) == n``.  It is 0 when
    ``a == b`` and negative when ``b`` comes before ``a``
    (``working_days_between(b, a) == -working_days_between(a, b)``).
    """
    a, b = _as_date(a), _as_date(b)
    if b < a:
        return -working_days_between(b, a)
    count = 0
    day = a
    while day < b:
        day += _ONE_DAY
        if _is_working_day(day):
            count += 1
    return count
