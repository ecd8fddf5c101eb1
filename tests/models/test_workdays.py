"""Chinese statutory working days (rule C3): holidays, swapped working weekends, unknown years.

Pure functions: no database.  The dates below were checked against
chinesecalendar 1.11 and the State Council notices:
National Day + Mid-autumn 2025: 1-8 Oct off, Sun 28 Sep and Sat 11 Oct worked;
Spring Festival 2026: 15-23 Feb off, Sat 14 Feb and Sat 28 Feb worked.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile

# Hypothesis caches into ./.hypothesis by default; with this repo's norecursedirs
# pytest then warns about that folder (an error under filterwarnings) on every
# later run.  Keep the cache in the run's private folder (see tests/conftest.py).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(
    os.environ.get("XDG_CACHE_HOME", tempfile.gettempdir()), "hypothesis"))

import chinese_calendar  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings, strategies as st  # noqa: E402

from models.errors import DomainError  # noqa: E402
from models.workdays import (CalendarUnknown, add_working_days, is_working_day,  # noqa: E402
                             known_years, working_days_between)

D = dt.date
PROPERTIES = settings(database=None, max_examples=300, deadline=None)
# Far enough from the end of the last known year that 60 working days stay inside it.
KNOWN_DATES = st.dates(min_value=D(2004, 1, 1), max_value=D(2026, 6, 30))
COUNTS = st.integers(min_value=0, max_value=60)


def test_the_calendar_data_is_what_these_tests_assume():
    assert [chinese_calendar.is_workday(D(2025, 10, d)) for d in range(1, 12)] == \
        [False] * 8 + [True, True, True]
    assert chinese_calendar.is_workday(D(2025, 9, 28))      # Sunday, swapped
    assert chinese_calendar.is_workday(D(2026, 2, 14))      # Saturday, swapped
    assert not any(chinese_calendar.is_workday(D(2026, 2, d)) for d in range(15, 24))


def test_known_years_are_the_libraries_years():
    years = known_years()
    assert years.start == 2004 and 2026 in years and 2027 not in years
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(years.stop, 1, 1))


@pytest.mark.parametrize("day, working", [
    (D(2025, 9, 26), True),     # Friday
    (D(2025, 9, 27), False),    # ordinary Saturday
    (D(2025, 9, 28), True),     # Sunday worked before National Day
    (D(2025, 10, 1), False),    # National Day, Wednesday
    (D(2025, 10, 6), False),    # Mid-autumn Festival, Monday
    (D(2025, 10, 8), False),    # last holiday, Wednesday
    (D(2025, 10, 11), True),    # Saturday worked after National Day
    (D(2025, 10, 12), False),   # ordinary Sunday
    (D(2026, 2, 14), True),     # Saturday worked before Spring Festival
    (D(2026, 2, 16), False),    # Spring Festival, Monday
    (D(2026, 2, 28), True),     # Saturday worked after Spring Festival
])
def test_is_working_day_follows_the_statutory_calendar(day, working):
    assert is_working_day(day) is working


def test_a_datetime_counts_as_its_day():
    assert is_working_day(dt.datetime(2025, 10, 11, 9, 30)) is True
    assert add_working_days(dt.datetime(2025, 9, 30, 18, 0), 1) == D(2025, 10, 9)


def test_a_recap_after_an_event_ending_before_national_day_2025_lands_after_golden_week():
    # C3: event ends Tue 30 Sep 2025; 1-8 Oct are off; Thu 9, Fri 10 and the
    # swapped Saturday 11 Oct are the three working days.
    assert add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    assert add_working_days(D(2025, 9, 30), 2) == D(2025, 10, 10)
    assert add_working_days(D(2025, 9, 30), 3) == D(2025, 10, 11)
    assert add_working_days(D(2025, 9, 30), 4) == D(2025, 10, 13)


def test_the_swapped_sunday_before_national_day_is_counted():
    # Fri 26 Sep 2025 + 1: Saturday is off, Sunday 28 Sep is worked.
    assert add_working_days(D(2025, 9, 26), 1) == D(2025, 9, 28)
    assert working_days_between(D(2025, 9, 26), D(2025, 9, 30)) == 3


def test_spring_festival_2026_is_crossed():
    # Event ends Fri 13 Feb 2026: Sat 14 Feb is worked, 15-23 Feb are off.
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)
    assert add_working_days(D(2026, 2, 13), 2) == D(2026, 2, 24)
    assert add_working_days(D(2026, 2, 13), 3) == D(2026, 2, 25)
    assert working_days_between(D(2026, 2, 14), D(2026, 2, 23)) == 0


def test_zero_days_is_the_same_day_even_on_a_holiday():
    assert add_working_days(D(2025, 10, 1), 0) == D(2025, 10, 1)
    assert working_days_between(D(2025, 10, 1), D(2025, 10, 1)) == 0


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2025, 10, 9), -1)


def test_working_days_between_is_negative_backwards():
    assert working_days_between(D(2025, 10, 11), D(2025, 9, 30)) == -3


@pytest.mark.parametrize("call", [
    lambda: is_working_day(D(2030, 5, 6)),
    lambda: add_working_days(D(2030, 1, 2), 3),
    lambda: working_days_between(D(2030, 1, 1), D(2030, 2, 1)),
])
def test_an_unknown_year_raises_calendar_unknown_naming_the_year(call):
    with pytest.raises(CalendarUnknown) as caught:
        call()
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.year == 2030
    text = str(error)
    assert "2030" in text and "2004" in text and "2026" in text
    # It says what to do: the operations manager enters the year, or MediaDesk is updated.
    assert "Content calendar › More › Holidays and working days…" in text
    assert "operations manager" in text and "MediaDesk can be updated" in text


def test_the_year_before_the_calendar_is_unknown_too():
    with pytest.raises(CalendarUnknown, match="2003") as caught:
        is_working_day(D(2003, 12, 31))
    assert "Holidays and working days" not in str(caught.value)  # nobody enters 2003


def test_counting_into_an_unknown_year_names_that_year():
    # 28 Dec 2026 is known; the third working day after 29 Dec falls in 2027.
    assert add_working_days(D(2026, 12, 25), 3) == D(2026, 12, 30)
    with pytest.raises(CalendarUnknown) as caught:
        add_working_days(D(2026, 12, 29), 3)
    assert caught.value.year == 2027 and "2027" in str(caught.value)


def test_the_message_is_translated(monkeypatch):
    from models import i18n

    monkeypatch.setattr(i18n, "_translate",
                        lambda context, text: "{year}年的节假日安排未知（已知 {first}–{last}）"
                        if context == "Errors" and "holiday calendar" in text else text)
    assert str(CalendarUnknown(2030)) == "2030年的节假日安排未知（已知 2004–2026）"


@PROPERTIES
@given(KNOWN_DATES)
def test_is_working_day_agrees_with_chinese_calendar(d):
    assert is_working_day(d) == chinese_calendar.is_workday(d)


@PROPERTIES
@given(KNOWN_DATES, st.integers(min_value=1, max_value=60))
def test_n_working_days_later_is_a_working_day_strictly_after(d, n):
    later = add_working_days(d, n)
    assert later > d
    assert is_working_day(later)


@PROPERTIES
@given(KNOWN_DATES, COUNTS)
def test_working_days_between_undoes_add_working_days(d, n):
    assert working_days_between(d, add_working_days(d, n)) == n


@PROPERTIES
@given(KNOWN_DATES, COUNTS, COUNTS)
def test_add_working_days_is_monotonic(d, a, b):
    small, large = sorted((a, b))
    assert add_working_days(d, small) <= add_working_days(d, large)
    if small < large:
        assert add_working_days(d, small) < add_working_days(d, large)


@PROPERTIES
@given(KNOWN_DATES, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_add_working_days_composes(d, a, b):
    assert add_working_days(add_working_days(d, a), b) == add_working_days(d, a + b)


@PROPERTIES
@given(KNOWN_DATES, st.integers(min_value=-400, max_value=400))
def test_working_days_between_counts_the_working_days_after_a_up_to_b(a, offset):
    b = min(max(a + dt.timedelta(days=offset), D(2004, 1, 1)), D(2026, 12, 31))
    first, last = sorted((a, b))
    brute = sum(is_working_day(first + dt.timedelta(days=i))
                for i in range(1, (last - first).days + 1))
    assert working_days_between(first, last) == brute
    assert working_days_between(last, first) == -brute


@pytest.mark.parametrize("year", list(known_years()))
def test_every_known_year_has_about_250_working_days(year):
    """No gap inside the calendar: a Chinese year has 248-252 working days (2025: 248)."""
    first = D(year, 1, 1)
    days = [first + dt.timedelta(days=i) for i in range((D(year, 12, 31) - first).days + 1)]
    assert 245 <= sum(map(is_working_day, days)) <= 255
