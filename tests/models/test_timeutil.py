"""Stored UTC times shown in this PC's time zone (models.timeutil).

The calendar, the inbox and the editor show a post at its planned time on the PC's own
clock; these tests set the PC's zone (the ``pc_zone`` fixture) and compare with the zone's
rules as zoneinfo knows them, across summer-time changes and in zones whose offset is
not whole hours.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from models.timeutil import to_local, to_local_naive

UTC = dt.timezone.utc


def _expected(value: dt.datetime, zone: str) -> dt.datetime:
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None)


# (zone, UTC times around its changes in 2026)
CASES = [
    ("Asia/Shanghai", [dt.datetime(2026, 12, 31, 16, 0), dt.datetime(2026, 12, 31, 15, 59, 59)]),
    # Berlin: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    ("Europe/Berlin", [dt.datetime(2026, 3, 29, 0, 59, 59, 999999), dt.datetime(2026, 3, 29, 1),
                       dt.datetime(2026, 10, 25, 0, 59, 59), dt.datetime(2026, 10, 25, 1, 0, 1)]),
    # New York: 8 March 07:00 UTC, 1 November 06:00 UTC.
    ("America/New_York", [dt.datetime(2026, 3, 8, 6, 59), dt.datetime(2026, 3, 8, 7),
                          dt.datetime(2026, 11, 1, 5, 59, 59), dt.datetime(2026, 11, 1, 6)]),
    # Lord Howe Island changes by half an hour; Kathmandu is 5:45 ahead of UTC.
    ("Australia/Lord_Howe", [dt.datetime(2026, 4, 4, 14, 59), dt.datetime(2026, 4, 4, 15),
                             dt.datetime(2026, 10, 3, 15, 29), dt.datetime(2026, 10, 3, 15, 30)]),
    ("Asia/Kathmandu", [dt.datetime(2026, 6, 1, 18, 15), dt.datetime(2026, 6, 1, 18, 14, 59)]),
    ("UTC", [dt.datetime(2026, 1, 1)]),
]


@pytest.mark.parametrize("zone,times", CASES, ids=[c[0] for c in CASES])
def test_a_stored_time_reads_as_the_pcs_clock_shows_it(pc_zone, zone, times):
    pc_zone(zone)
    for value in times:
        assert to_local_naive(value) == _expected(value, zone), value
        assert to_local(value).replace(tzinfo=None) == _expected(value, zone), value


def test_summer_time_moves_the_shown_hour(pc_zone):
    """Rule-level view: a post at 09:00 UTC shows at 10:00 in Berlin's winter and 11:00 in
    its summer; the calendar must put it in the right hour row."""
    pc_zone("Europe/Berlin")
    assert to_local_naive(dt.datetime(2026, 3, 28, 9)) == dt.datetime(2026, 3, 28, 10)
    assert to_local_naive(dt.datetime(2026, 3, 30, 9)) == dt.datetime(2026, 3, 30, 11)


def test_none_and_aware_times(pc_zone):
    pc_zone("Asia/Shanghai")
    assert to_local_naive(None) is None
    # An aware time is read as UTC, as a stored one is.
    aware = dt.datetime(2026, 5, 1, 2, 30, tzinfo=UTC)
    assert to_local_naive(aware) == dt.datetime(2026, 5, 1, 10, 30)


def test_far_ahead_and_parts_of_a_second(pc_zone):
    pc_zone("Asia/Shanghai")
    assert to_local_naive(dt.datetime(2099, 12, 31, 20)) == dt.datetime(2100, 1, 1, 4)
    assert to_local_naive(dt.datetime(2026, 2, 16, 23, 59, 59, 500000)) == \
        dt.datetime(2026, 2, 17, 7, 59, 59, 500000)
