"""Weekday names and the short day text of warnings and lists, in the user's language.

Kept apart from ``models.cadence`` so a screen can name days without importing the
rules (and with them the Chinese holiday calendar) at start-up.
"""
from __future__ import annotations

import datetime as _dt

from models.i18n import QT_TRANSLATE_NOOP, translate

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Weekdays", "Mon"),
    QT_TRANSLATE_NOOP("Weekdays", "Tue"),
    QT_TRANSLATE_NOOP("Weekdays", "Wed"),
    QT_TRANSLATE_NOOP("Weekdays", "Thu"),
    QT_TRANSLATE_NOOP("Weekdays", "Fri"),
    QT_TRANSLATE_NOOP("Weekdays", "Sat"),
    QT_TRANSLATE_NOOP("Weekdays", "Sun"),
)
DAY_FORMAT = QT_TRANSLATE_NOOP("Weekdays", "{date} ({weekday})")


def format_day(d: _dt.date) -> str:
    """``2025-10-09 (Thu)``: ISO date and short weekday, in the user's language."""
    return translate("Weekdays", DAY_FORMAT).format(
        date=d.isoformat(), weekday=translate("Weekdays", WEEKDAY_NAMES[d.weekday()]))
