"""Major company events and promotions (rules C3 and C4).

An event has a name, a kind (event or promotion) and a first and last day
(calendar dates, no time of day, from ``timeutil.EARLIEST_DAY`` to
``timeutil.LATEST_DAY``: 2000-01-01 to 2099-12-31).  Posts link to the event they announce or
recap (``post.event``); the pure rule functions in ``models.cadence`` turn
these dates into deadlines: a recap within 3 working days after an event
ends (C3), an announcement at least 3 days before a promotion starts (C4).

Only the operations manager adds, changes or removes events: their dates
drive deadlines that count in everyone's assessment (C6).  Removing an event
keeps its posts; they are only unlinked from it (and versioned, so an open
editor notices).
"""
from __future__ import annotations

import datetime as _dt
import enum
from typing import NamedTuple

from peewee import (AutoField, CharField, DateField, DateTimeField, ForeignKeyField,
                    IntegerField, TextField)

from models.db import BaseModel, Statement, as_date, database
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.timeutil import EARLIEST_DAY, LATEST_DAY, is_supported_day, utcnow
from models.users import User, UserInfo, require_manager
from models.versioning import conflict_for, versioned_update

NAME_MAX = 100


class EventKind(str, enum.Enum):
    EVENT = "event"
    PROMOTION = "promotion"

    @property
    def label(self) -> str:
        return translate("Events", EVENT_KIND_LABELS[self])


EVENT_KIND_LABELS = {
    EventKind.EVENT: QT_TRANSLATE_NOOP("Events", "Major event"),
    EventKind.PROMOTION: QT_TRANSLATE_NOOP("Events", "Major promotion"),
}


class Event(BaseModel):
    id = AutoField()
    name = CharField(max_length=NAME_MAX)
    kind = CharField(max_length=20)
    starts_on = DateField(index=True)
    ends_on = DateField(index=True)
    description = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")


class EventInfo(NamedTuple):
    id: int
    name: str
    kind: EventKind
    starts_on: _dt.date
    ends_on: _dt.date
    description: str
    version: int

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1


def _kind(value) -> EventKind:
    try:
        return EventKind(value)
    except ValueError:
        return EventKind.EVENT


# A day outside models.timeutil's EARLIEST_DAY..LATEST_DAY, per field.
_DAY_OUT_OF_RANGE = {
    "starts_on": QT_TRANSLATE_NOOP(
        "Errors", "The first day ({day}) is outside the dates MediaDesk works with "
                  "({earliest} to {latest}). Check the date."),
    "ends_on": QT_TRANSLATE_NOOP(
        "Errors", "The last day ({day}) is outside the dates MediaDesk works with "
                  "({earliest} to {latest}). Check the date."),
}


def day_problem(day: _dt.date, field: str) -> ValidationError | None:
    """Why ``day`` cannot be the event's ``field`` ("starts_on" or "ends_on"); None if it can.

    Only days from ``EARLIEST_DAY`` to ``LATEST_DAY``: a far date (the date field once took
    up to 9999-12-31) was stored and then crashed every deadline worked out from it.
    """
    if is_supported_day(day):
        return None
    return ValidationError(_DAY_OUT_OF_RANGE[field], field=field, day=day.isoformat(),
                           earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())


def _as_date(value, field: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if not isinstance(value, _dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please choose a date."), field=field)
    problem = day_problem(value, field)
    if problem is not None:
        raise problem
    return value


def _clean(name: str, kind, starts_on, ends_on) -> tuple[str, EventKind, _dt.date, _dt.date]:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the event's name."),
                              field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The name is too long (at most {n} characters)."),
            field="name", n=NAME_MAX)
    try:
        kind = EventKind(kind)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose whether this is an event or "
                                                          "a promotion."), field="kind") from None
    starts_on = _as_date(starts_on, "starts_on")
    ends_on = _as_date(ends_on, "ends_on")
    if ends_on < starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The event cannot end ({end}) before it starts ({start}). "
                                        "Check the dates."),
            field="ends_on", start=starts_on.isoformat(), end=ends_on.isoformat())
    return name, kind, starts_on, ends_on


def _info(row: Event) -> EventInfo:
    return EventInfo(row.id, row.name, _kind(row.kind), row.starts_on, row.ends_on,
                     row.description, row.version)


# -- reading -------------------------------------------------------------------------

def get_event(event_id: int) -> EventInfo:
    row = Event.get_or_none(Event.id == event_id)
    if row is None:
        raise NotFound()
    return _info(row)


def list_events(first_day: _dt.date | None = None, last_day: _dt.date | None = None,
                kind: EventKind | None = None) -> list[EventInfo]:
    """Events that overlap the days ``first_day``..``last_day`` (both included; None: open).

    Compiled once per choice of bounds and kind (``db.Statement``): the calendar reads the
    events of the visible days at every switch of month or week, and Peewee took 0.5 ms of
    the 0.74 to write the SQL and make model rows.
    """
    kind_value = None if kind is None else EventKind(kind).value
    shape = (first_day is not None, last_day is not None, kind_value)
    statement = _LISTED.get(shape)
    if statement is None:
        statement = _LISTED[shape] = Statement(lambda *days: _list_query(shape, days))
    # Days as Peewee would pass them (a time is read as its day).
    days = [d.date() if isinstance(d, _dt.datetime) else d
            for d in (first_day, last_day) if d is not None]
    return [EventInfo(i, name, _kind(k), as_date(starts), as_date(ends), description, version)
            for i, name, k, starts, ends, description, version in statement.rows(*days)]


def _list_query(shape: tuple, days: tuple):
    """``list_events``'s query for ``shape`` (whether there is a first day, a last day;
    the kind or None), with ``days`` (the first, then the last, those that are given)."""
    has_first, has_last, kind_value = shape
    days = list(days)
    first_day = days.pop(0) if has_first else None
    last_day = days.pop(0) if has_last else None
    q = (Event.select(Event.id, Event.name, Event.kind, Event.starts_on, Event.ends_on,
                      Event.description, Event.version)
         .order_by(Event.starts_on, Event.name, Event.id))
    if last_day is not None:
        q = q.where(Event.starts_on <= last_day)
    if first_day is not None:
        q = q.where(Event.ends_on >= first_day)
    if kind_value is not None:
        q = q.where(Event.kind == kind_value)
    return q


_LISTED: dict[tuple, Statement] = {}


# -- changing (operations manager only) --------------------------------------------------

def create_event(actor: UserInfo, name: str, kind: EventKind, starts_on: _dt.date,
                 ends_on: _dt.date, description: str = "") -> EventInfo:
    from models import audit

    require_manager(actor)
    name, kind, starts_on, ends_on = _clean(name, kind, starts_on, ends_on)
    with database.atomic():
        row = Event.create(name=name, kind=kind.value, starts_on=starts_on, ends_on=ends_on,
                           description=(description or "").strip(), created_by=actor.id,
                           updated_by=actor.id)
        audit.record(actor, "event.created", "event", row.id, name=name, kind=kind.value,
                     starts_on=starts_on, ends_on=ends_on)
    return get_event(row.id)


def update_event(actor: UserInfo, event_id: int, version: int, *, name: str, kind: EventKind,
                 starts_on: _dt.date, ends_on: _dt.date, description: str = "") -> EventInfo:
    from models import audit

    require_manager(actor)
    name, kind, starts_on, ends_on = _clean(name, kind, starts_on, ends_on)
    with database.atomic():
        versioned_update(Event, event_id, version, actor.id, name=name, kind=kind.value,
                         starts_on=starts_on, ends_on=ends_on,
                         description=(description or "").strip())
        audit.record(actor, "event.updated", "event", event_id, name=name, kind=kind.value,
                     starts_on=starts_on, ends_on=ends_on)
    return get_event(event_id)


def delete_event(actor: UserInfo, event_id: int, version: int) -> int:
    """Remove an event; its posts stay and are unlinked. Returns how many were unlinked.

    The event is one of the things a reviewer approved (rule P1, ``workflow.REVIEWED_FIELDS``):
    an approved or confirmed post of it goes back to review, as an edit of its event would
    send it, and its story says so (a recap approved for a cancelled event went out as
    approved).  A published post is only unlinked: its approval keeps the event's name.
    """
    from models import audit, reviews, workflow
    from models.posts import Post

    require_manager(actor)
    with database.atomic():
        row = Event.get_or_none(Event.id == event_id)
        if row is None:
            raise NotFound()
        if row.version != version:
            raise conflict_for(Event, event_id)
        query = (Post.select(Post.id, Post.status, Post.version)
                 .where(Post.event == event_id).order_by(Post.id))
        if database.for_update:  # a team server: a colleague's save of one of them waits
            query = query.for_update()
        linked = list(query)
        for post in linked:
            status = workflow.state_after_edit(post.status, ["event"])
            # Versioned: a colleague who saved the post meanwhile (published it, say) is a
            # conflict naming them, and nothing of the removal is kept.
            versioned_update(Post, post.id, post.version, actor.id, event=None, status=status)
            reviews.record_edit(actor, post.id, post.version, post.status, status, ["event"])
        Event.delete().where((Event.id == event_id) & (Event.version == version)).execute()
        audit.record(actor, "event.deleted", "event", event_id, name=row.name,
                     unlinked_posts=len(linked), posts=[p.id for p in linked])
    return len(linked)
