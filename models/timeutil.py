"""Times are stored in UTC (naive datetimes) and shown in the local time zone."""
from __future__ import annotations

import datetime as _dt


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
