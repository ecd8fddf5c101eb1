"""The .ics export (issue 3): parsed back with icalendar, times right in the team's zone."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from models.post_ics import IcsItem, to_ics

ITEMS = [
    IcsItem(11, "本周行业要闻", "微信公众号", dt.datetime(2026, 11, 24, 1, 30), "栏目：每周精选\n撰稿：李娜"),
    IcsItem(12, "双十一活动预告", "官网", dt.datetime(2026, 11, 8, 2, 0), url="https://example.com/a"),
]


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_each_post_is_an_event_at_its_local_time_with_the_zone_defined():
    cal = parse(to_ics(ITEMS))
    events = list(cal.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == ["post-11@mediadesk", "post-12@mediadesk"]
    first = events[0]
    start = first.decoded("dtstart")
    # 01:30 UTC is 09:30 in Beijing; the file says so with a TZID the reader can resolve.
    assert start.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%H:%M") == "09:30"
    assert first["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert first.decoded("dtend") - start == dt.timedelta(minutes=30)
    assert start.astimezone(dt.timezone.utc).replace(tzinfo=None) == dt.datetime(2026, 11, 24, 1, 30)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert str(first["summary"]) == "[微信公众号] 本周行业要闻"
    assert "撰稿：李娜" in str(first["description"])
    assert str(events[1]["url"]) == "https://example.com/a"


def test_another_zone_keeps_the_same_instant():
    cal = parse(to_ics(ITEMS, zone="Europe/Berlin"))
    start = next(iter(cal.walk("VEVENT"))).decoded("dtstart")
    assert start.utcoffset() == dt.timedelta(hours=1)  # CET in November
    assert start.astimezone(dt.timezone.utc).replace(tzinfo=None) == dt.datetime(2026, 11, 24, 1, 30)


def test_an_empty_range_is_a_valid_empty_calendar():
    cal = parse(to_ics([]))
    assert cal.name == "VCALENDAR" and list(cal.walk("VEVENT")) == []
    assert str(cal["version"]) == "2.0"
