"""The calendar as an iCalendar (.ics) file that Outlook and phone calendars import.

Each planned post becomes a 30-minute event at its planned time.  Times are
written in the team's time zone with its VTIMEZONE definition (so Outlook
shows 09:30 as 09:30 in Beijing, whatever the reader's own zone), and each
event has a stable UID, so importing the file again updates rather than
duplicates.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from models.timeutil import TEAM_ZONE

DEFAULT_ZONE = TEAM_ZONE  # the team's time, whatever this PC's clock says
SLOT = _dt.timedelta(minutes=30)


@dataclass(frozen=True)
class IcsItem:
    post_id: int
    title: str
    platform: str
    planned_utc: _dt.datetime  # naive UTC, as stored
    description: str = ""  # column, writer, status... already in the user's language
    url: str = ""


def to_ics(items: list[IcsItem], zone: str = DEFAULT_ZONE, calendar_name: str = "MediaDesk",
           now_utc: _dt.datetime | None = None) -> bytes:
    """An .ics calendar of ``items`` in time zone ``zone`` (an IANA name)."""
    import icalendar

    tz = ZoneInfo(zone)
    stamp = (now_utc or _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)).replace(
        tzinfo=_dt.timezone.utc, microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//MediaDesk//Content calendar//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", zone)
    for item in items:
        start = item.planned_utc.replace(tzinfo=_dt.timezone.utc).astimezone(tz)
        event = icalendar.Event()
        event.add("uid", f"post-{item.post_id}@mediadesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + SLOT)
        event.add("summary", f"[{item.platform}] {item.title}")
        if item.description:
            event.add("description", item.description)
        if item.url:
            event.add("url", item.url)
        event.add("categories", [item.platform])
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
