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


# Month names of our own (not QLocale's): in Chinese a calendar says 12月, not 十二月.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Months", "January"), QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"), QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"), QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"), QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"), QT_TRANSLATE_NOOP("Months", "December"),
)
MONTH_SHORT_NAMES = (
    QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"),
    QT_TRANSLATE_NOOP("Months", "Mar"), QT_TRANSLATE_NOOP("Months", "Apr"),
    QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
    QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"),
    QT_TRANSLATE_NOOP("Months", "Sep"), QT_TRANSLATE_NOOP("Months", "Oct"),
    QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"),
)
#: A month as the monthly rules name it (C5, C7): "December 2026"; Chinese "{year}年{month_name}".
MONTH_FORMAT = QT_TRANSLATE_NOOP("Months", "{month_name} {year}")


def format_month(d: _dt.date) -> str:
    """The month of ``d`` in the user's language: "December 2026", "2026年12月"."""
    return translate("Months", MONTH_FORMAT).format(
        month_name=translate("Months", MONTH_NAMES[d.month - 1]), year=d.year, month=d.month)
