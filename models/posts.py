"""Posts: what the team plans to publish, where and when (the content calendar).

A post belongs to one platform and optionally one of its columns; it names
its source and its writer (rule P5; the reviewer is added by the approval
workflow).  ``planned_at`` is the planned publication time in UTC, or None
for an unscheduled post.  The status values are defined here; the approval
rules (P1-P3) that move a post between them are in ``models.workflow`` and
``models.reviews``.  Editing an approved or confirmed post sends it back to
review (``update_post``; a reschedule through ``move_post`` does not).

Who may change what (checked here, not in the screens):
- content, channel and promotion specialists write and move their own posts;
  the operations manager writes and moves anyone's and may give a post to
  another writer; everybody else (no role: read-only staff; customer service,
  the general manager) only reads the calendar;
- a published post cannot be moved; nothing is planned for a time that has
  already passed.

Every change is versioned (a stale edit raises ``ConflictError`` naming the
colleague) and audited; the audit log names the fields changed, never the text.

The calendar reads light rows (``PostRow``, a NamedTuple) through
``posts_in_range``: one range query on the ``planned_at`` index, written by
Peewee and read without model instances (see ``_rows``).  A move is one guarded UPDATE plus one
audit insert in one transaction; only a refused move reads more, to say why.
"""
from __future__ import annotations

import datetime as _dt
import enum
from typing import Iterable, NamedTuple

from peewee import (JOIN, SQL, AutoField, BooleanField, CharField, DateTimeField,
                    ForeignKeyField, IntegerField, NodeList, TextField, fn)

from models.cadence_rules import BODY_HARD_MAX, TITLE_HARD_MAX, get_limits
from models.db import BaseModel, Statement, as_datetime, database, is_postgres
from models.errors import NotFound, PermissionDenied, ValidationError
from models.events import Event
from models.i18n import QT_TRANSLATE_NOOP, join_list, translate
from models.names import has_control
from models.platforms import Platform, PlatformColumn
from models.roles import Role
from models.timeutil import (EARLIEST_DAY, LATEST_DAY, format_local, is_supported_day,
                             to_local_naive, utcnow)
from models.users import User, UserInfo, UserRole, get_user, require_active
from models.versioning import conflict_for, versioned_update
from models import workflow

SOURCE_MAX = 200
URL_MAX = 500
# Who writes posts (RULES "People and roles"); the manager also edits anyone's.
WRITER_ROLES = workflow.WRITER_ROLES  # who may write posts


class PostCategory(str, enum.Enum):
    GENERAL = "general"  # general information: industry news and tips (rule P3)
    COMPANY_NEWS = "company_news"
    PROMOTION = "promotion"
    EVENT_RECAP = "event_recap"
    RECRUITMENT = "recruitment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Posts", CATEGORY_LABELS[self])


CATEGORY_LABELS = {
    PostCategory.GENERAL: QT_TRANSLATE_NOOP("Posts", "General information"),
    PostCategory.COMPANY_NEWS: QT_TRANSLATE_NOOP("Posts", "Company news"),
    PostCategory.PROMOTION: QT_TRANSLATE_NOOP("Posts", "Promotion"),
    PostCategory.EVENT_RECAP: QT_TRANSLATE_NOOP("Posts", "Event recap"),
    PostCategory.RECRUITMENT: QT_TRANSLATE_NOOP("Posts", "Recruitment"),
    PostCategory.OTHER: QT_TRANSLATE_NOOP("Posts", "Other"),
}


class PostStatus(str, enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    RETURNED = "returned"
    CONFIRMED = "confirmed"  # by the general manager, after the approval (rule P2)

    @property
    def label(self) -> str:
        return translate("Posts", STATUS_LABELS[self])


STATUS_LABELS = {
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("Posts", "Draft"),
    PostStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Posts", "In review"),
    PostStatus.APPROVED: QT_TRANSLATE_NOOP("Posts", "Approved"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("Posts", "Published"),
    PostStatus.RETURNED: QT_TRANSLATE_NOOP("Posts", "Returned"),
    PostStatus.CONFIRMED: QT_TRANSLATE_NOOP("Posts", "Confirmed"),
}


class Post(BaseModel):
    id = AutoField()
    platform = ForeignKeyField(Platform, lazy_load=False, backref="+")
    column = ForeignKeyField(PlatformColumn, null=True, on_delete="SET NULL", lazy_load=False,
                             backref="+")
    title = CharField(max_length=TITLE_HARD_MAX)
    body = TextField(default="")
    source = CharField(max_length=SOURCE_MAX, default="")
    writer = ForeignKeyField(User, lazy_load=False, backref="+")
    category = CharField(max_length=20, default=PostCategory.GENERAL.value)
    concerns_project = BooleanField(default=False)
    planned_at = DateTimeField(null=True, index=True)
    # Indexed with planned_at, writer and project flag (Meta; migration 0006).
    status = CharField(max_length=20, default=PostStatus.DRAFT.value)
    published_at = DateTimeField(null=True, index=True)  # migration 0004
    published_url = CharField(max_length=URL_MAX, default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL", lazy_load=False, backref="+")
    origin = ForeignKeyField("self", null=True, on_delete="SET NULL", lazy_load=False,
                             backref="+")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")

    class Meta:
        # As the migrations create them: 0005 (a writer's posts by state) and 0006 (a
        # reviewer's posts by state in planned-time order, with what the inbox counts).
        indexes = ((("writer", "status"), False),
                   (("status", "planned_at", "writer", "concerns_project"), False))


# -- what services take and return ---------------------------------------------------------

class PostFields(NamedTuple):
    """What the post editor hands in. ``writer_id`` None: the actor (new post) or unchanged."""

    platform_id: int
    title: str
    body: str = ""
    source: str = ""
    category: PostCategory = PostCategory.GENERAL
    concerns_project: bool = False
    column_id: int | None = None
    planned_at: _dt.datetime | None = None
    event_id: int | None = None
    writer_id: int | None = None


class PostInfo(NamedTuple):
    id: int
    platform_id: int
    column_id: int | None
    title: str
    body: str
    source: str
    writer_id: int
    writer_name: str
    category: PostCategory
    concerns_project: bool
    planned_at: _dt.datetime | None
    status: PostStatus
    published_at: _dt.datetime | None
    published_url: str
    event_id: int | None
    origin_id: int | None
    version: int

    def fields(self, **changes) -> PostFields:
        """The editable fields, to hand back to ``update_post`` with ``changes`` applied."""
        values = dict(platform_id=self.platform_id, title=self.title, body=self.body,
                      source=self.source, category=self.category,
                      concerns_project=self.concerns_project, column_id=self.column_id,
                      planned_at=self.planned_at, event_id=self.event_id,
                      writer_id=self.writer_id)
        values.update(changes)
        return PostFields(**values)


class PostRow(NamedTuple):
    """One calendar card. ``status`` and ``category`` are the stored strings (they compare
    equal to the ``PostStatus`` / ``PostCategory`` members); names and colours come from the
    platform and user lists the screen already holds."""

    id: int
    platform_id: int
    column_id: int | None
    writer_id: int
    event_id: int | None
    origin_id: int | None
    title: str
    status: str
    category: str
    concerns_project: bool
    planned_at: _dt.datetime | None
    published_at: _dt.datetime | None
    version: int


_ROW_FIELDS = (Post.id, Post.platform, Post.column, Post.writer, Post.event, Post.origin,
               Post.title, Post.status, Post.category, Post.concerns_project, Post.planned_at,
               Post.published_at, Post.version)


NO_COLUMN = 0  # in ``PostFilter.column_ids``: the posts of no column (ids start at 1)


class PostFilter(NamedTuple):
    """Which posts to show; None: no filter on that field, an empty collection: nothing."""

    platform_ids: Iterable[int] | None = None
    column_ids: Iterable[int] | None = None  # NO_COLUMN among them: posts without a column
    writer_ids: Iterable[int] | None = None
    statuses: Iterable[PostStatus | str] | None = None


# -- reading -------------------------------------------------------------------------------

def _unindexed(field):
    """``field`` as SQLite's planner may not use its index for (unary plus).

    SQLite (without ANALYZE statistics) would otherwise answer "platform IN (...)" or
    "status IN (...)" through that column's index and scan thousands of rows, instead of
    the month's few hundred through ``planned_at``.  PostgreSQL's planner has statistics.
    """
    if is_postgres():
        return field
    return NodeList((SQL("+"), field), glue="")


def _filtered(q, f: PostFilter | None):
    """Apply ``f`` to the query ``q``; None when the filter matches nothing."""
    if f is None:
        return q
    for field, values in ((Post.platform, f.platform_ids), (Post.column, f.column_ids),
                          (Post.writer, f.writer_ids)):
        if values is None:
            continue
        values = list(values)
        if not values:
            return None
        if field is Post.column and NO_COLUMN in values:
            others = [v for v in values if v != NO_COLUMN]
            q = q.where(Post.column.is_null() | _unindexed(field).in_(others) if others
                        else Post.column.is_null())
            continue
        q = q.where(_unindexed(field).in_(values))
    if f.statuses is not None:
        values = [PostStatus(s).value for s in f.statuses]
        if not values:
            return None
        q = q.where(_unindexed(Post.status).in_(values))
    return q


_fromiso = _dt.datetime.fromisoformat


def _rows(q) -> list[PostRow]:
    """Run ``q`` (selecting ``_ROW_FIELDS``) and build light rows.

    Peewee writes the SQL (both backends, the filters); the rows are built here
    rather than through ``.tuples()``, whose per-column converters cost about as much
    as the query itself (measured on a month of 543 rows out of 20,000: the bare
    sqlite3 query 3.0-3.9 ms, ``.tuples()`` 6.3-7.0 ms, this 4.3-5.9 ms).  SQLite returns
    times as text, PostgreSQL as datetimes; integers and strings come back as they are.
    """
    return _built_rows(database.execute_sql(*q.sql()))


def _built_rows(raw) -> list[PostRow]:
    """``_rows`` of the database's ``raw`` rows."""
    new, row_type, fromiso, text = tuple.__new__, PostRow, _fromiso, str
    return [new(row_type, (i, p, c, w, e, o, t, s, k, bool(j),
                           fromiso(at) if at.__class__ is text else at,
                           fromiso(pub) if pub.__class__ is text else pub, v))
            for i, p, c, w, e, o, t, s, k, j, at, pub, v in raw]


def posts_in_range(start_utc: _dt.datetime, end_utc: _dt.datetime,
                   filters: PostFilter | None = None) -> list[PostRow]:
    """Posts planned at ``start_utc`` <= time < ``end_utc``, in time order.

    One range scan of the ``planned_at`` index (the filters are applied to its rows).
    The query is compiled once per shape of the filter (``db.Statement``): a calendar
    reads it at every switch of month or week, and Peewee took 0.6 ms of its 4 ms to
    write the SQL.
    """
    shaped = _shaped(filters)
    if shaped is None:
        return []  # a filter that matches nothing
    shape, ids = shaped
    statement = _IN_RANGE.get(shape)
    if statement is None:
        statement = _IN_RANGE[shape] = Statement(lambda start, end, *ids: _filtered(
            Post.select(*_ROW_FIELDS).where((Post.planned_at >= start) & (Post.planned_at < end)),
            _filter_of(shape, ids)).order_by(Post.planned_at, Post.id))
    return _built_rows(statement.rows(start_utc, end_utc, *ids))


def unscheduled_posts(filters: PostFilter | None = None) -> list[PostRow]:
    """Posts with no planned time, the most recently changed first.

    Compiled once per shape of the filter, as ``posts_in_range`` is: the calendar reads
    both at every switch of month or week (Peewee took 0.45 ms to write this one's SQL).
    """
    shaped = _shaped(filters)
    if shaped is None:
        return []
    shape, ids = shaped
    statement = _UNSCHEDULED.get(shape)
    if statement is None:
        statement = _UNSCHEDULED[shape] = Statement(lambda *ids: _filtered(
            Post.select(*_ROW_FIELDS).where(Post.planned_at.is_null()),
            _filter_of(shape, ids)).order_by(Post.updated_at.desc(), Post.id.desc()))
    return _built_rows(statement.rows(*ids))


# Compiled statements by the shape of their filter (see _shaped).
_IN_RANGE: dict[tuple, Statement] = {}
_UNSCHEDULED: dict[tuple, Statement] = {}


def _shaped(filters: PostFilter | None) -> tuple[tuple, list[int]] | None:
    """``filters`` as a shape (how many platforms, columns and writers, whether "(no
    column)" is among them, the states) and the ids in that order, which a statement
    compiled for the shape takes as its values; None when the filter matches nothing."""
    ids = [None if f is None else list(f) for f in (
        (None, None, None) if filters is None
        else (filters.platform_ids, filters.column_ids, filters.writer_ids))]
    statuses = None if filters is None or filters.statuses is None else tuple(
        PostStatus(s).value for s in filters.statuses)
    if any(v is not None and not v for v in ids) or statuses == ():
        return None
    no_column = ids[1] is not None and NO_COLUMN in ids[1]
    if no_column:  # written into the query: "column IS NULL"
        ids[1] = [v for v in ids[1] if v != NO_COLUMN]
    shape = (tuple(None if v is None else len(v) for v in ids), no_column, statuses)
    values: list[int] = []
    for v in ids:
        values += v or ()
    return shape, values


def _filter_of(shape: tuple, ids: tuple) -> PostFilter:
    """The filter a statement of ``shape`` applies, with ``ids`` (``_shaped``'s)."""
    sizes, no_column, statuses = shape
    rest, given = list(ids), []
    for size in sizes:
        given.append(None if size is None else rest[:size])
        rest = rest[size or 0:]
    if no_column:
        given[1].append(NO_COLUMN)
    return PostFilter(*given, statuses=statuses)


def posts_for_event(event_id: int) -> list[PostRow]:
    """The posts that announce or recap an event (rules C3, C4), planned ones first."""
    return _rows(Post.select(*_ROW_FIELDS).where(Post.event == event_id)
                 .order_by(Post.planned_at.is_null(), Post.planned_at, Post.id))


def linked_posts(post_id: int) -> list[PostRow]:
    """The other posts of the same family: the original and its copies on other platforms."""
    origin = Post.select(Post.origin).where(Post.id == post_id).scalar()
    root = origin or post_id
    return _rows(Post.select(*_ROW_FIELDS)
                 .where(((Post.id == root) | (Post.origin == root)) & (Post.id != post_id))
                 .order_by(Post.id))


def count_upcoming(platform_id: int | None = None, column_id: int | None = None) -> int:
    """How many posts not yet published are planned from now on, on a platform or in a
    column (what deactivating it leaves behind in the calendar)."""
    q = Post.select().where((Post.status != PostStatus.PUBLISHED.value)
                            & (Post.planned_at >= utcnow()))
    if platform_id is not None:
        q = q.where(Post.platform == platform_id)
    if column_id is not None:
        q = q.where(Post.column == column_id)
    return q.count()


# One post by its id, with its writer's name (compiled once: ``db.Statement``).
_ONE_POST = Statement(lambda post_id: (
    Post.select(Post.id, Post.platform, Post.column, Post.title, Post.body, Post.source,
                Post.writer, User.display_name, Post.category, Post.concerns_project,
                Post.planned_at, Post.status, Post.published_at, Post.published_url,
                Post.event, Post.origin, Post.version)
    .join(User, JOIN.LEFT_OUTER, on=(Post.writer == User.id))
    .where(Post.id == post_id)))


def get_post(post_id: int) -> PostInfo:
    rows = _ONE_POST.rows(post_id)
    if not rows:
        raise NotFound()
    (i, platform, column, title, body, source, writer, writer_name, category, project,
     planned, status, published, url, event, origin, version) = rows[0]
    return PostInfo(i, platform, column, title, body, source, writer, writer_name or "",
                    _category(category), bool(project), as_datetime(planned), _status(status),
                    as_datetime(published), url, event, origin, version)


def _category(value) -> PostCategory:
    try:
        return PostCategory(value)
    except ValueError:
        return PostCategory.OTHER


def _status(value) -> PostStatus:
    try:
        return PostStatus(value)
    except ValueError:
        return PostStatus.DRAFT


# -- permissions ---------------------------------------------------------------------------

def _require_writer(actor: UserInfo | None) -> UserInfo:
    """The actor, fresh from the database, if they may write posts at all."""
    fresh = require_active(actor)
    if fresh.is_read_only:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "You can view the calendar but not change it. Ask the operations manager "
                      "if you need to plan posts."))
    if not fresh.roles & WRITER_ROLES:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "Only the content, channel and promotion specialists and the operations "
                      "manager plan and write posts."))
    return fresh


def _require_may_edit(fresh: UserInfo, writer_id: int) -> None:
    if fresh.is_manager or writer_id == fresh.id:
        return
    name = User.select(User.display_name).where(User.id == writer_id).scalar() or ""
    raise PermissionDenied(
        QT_TRANSLATE_NOOP("Errors", "This is {writer}'s post. Only {writer} or the operations "
                                    "manager may change or move it."),
        writer=name)


def _writer_for(fresh: UserInfo, writer_id: int | None, current: int | None = None) -> int:
    if writer_id is None or writer_id == current:
        return current if current is not None else fresh.id
    if writer_id != fresh.id and not fresh.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "Only the operations manager may give a post to another writer."))
    writer = get_user(writer_id)
    if not writer.active or not writer.roles & WRITER_ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} does not write posts. Choose a content, channel "
                                        "or promotion specialist, or the operations manager."),
            field="writer", name=writer.display_name)
    return writer_id


# -- validation ----------------------------------------------------------------------------

def stored_time(value, field: str) -> _dt.datetime:
    """A time a person entered as stored: naive UTC (a naive ``value`` is UTC already);
    anything but a datetime is refused on ``field``."""
    if not isinstance(value, _dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please choose a date and time."),
                              field=field)
    if value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return value


def normalise_time(value: _dt.datetime | None) -> _dt.datetime | None:
    """A planned time as stored: naive UTC, to the minute."""
    if value is None:
        return None
    return stored_time(value, "planned_at").replace(second=0, microsecond=0)


def _refuse_past(planned_at: _dt.datetime | None) -> None:
    """A planned time must be ahead, and on a day MediaDesk plans (``timeutil``'s bounds:
    the rules' deadlines after a day in 9999 cannot be worked out)."""
    if planned_at is None:
        return
    if planned_at < utcnow().replace(second=0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{when} has already passed. Plan the post for a time "
                                        "that is still ahead, or leave it unscheduled."),
            field="planned_at", when=format_local(planned_at))
    # The day as the person chose it, on this PC's clock (the date fields take those
    # days): west of UTC, 2099-12-31 22:00 was refused as "2100-01-01".
    try:
        day = to_local_naive(planned_at).date()
    except (OverflowError, ValueError, OSError):  # past 9999-12-31 on this PC's clock
        day = planned_at.date()
    if not is_supported_day(day):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{when} is outside the dates MediaDesk works with "
                                        "({earliest} to {latest}). Check the year."),
            field="planned_at", when=day.isoformat(),
            earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())


def check_lengths(platform_id: int, title: str, body: str) -> None:
    """Refuse a title or body longer than the platform allows (the manager's limits)."""
    title, body = (title or "").strip(), (body or "").strip()
    limits = get_limits(platform_id)
    title_max = min(limits.title_max or TITLE_HARD_MAX, TITLE_HARD_MAX)
    body_max = min(limits.body_max or BODY_HARD_MAX, BODY_HARD_MAX)
    if len(title) <= title_max and len(body) <= body_max:
        return
    name = Platform.select(Platform.name).where(Platform.id == platform_id).scalar() or ""
    if len(title) > title_max:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The title is too long for {platform}: {count} characters, at most {n}."),
            field="title", platform=name, count=len(title), n=title_max)
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "The text is too long for {platform}: {count} characters, at most {n}."),
        field="body", platform=name, count=len(body), n=body_max)


_CONTROL_IN_TITLE = QT_TRANSLATE_NOOP(
    "Errors", "The title has an invisible control character in it (a tab, or one another "
              "program left, such as U+0000). Remove it: a title is one line of text.")
_CONTROL_IN_SOURCE = QT_TRANSLATE_NOOP(
    "Errors", "The source has an invisible control character in it (a tab, or one another "
              "program left, such as U+0000). Remove it: a source is one line of text.")
_CONTROL_IN_BODY = QT_TRANSLATE_NOOP(
    "Errors", "The text has an invisible control character in it that another program left "
              "(such as U+0000). Remove it: line breaks and tabs are fine.")
_BODY_SPACING = {ord(c): None for c in "\t\n\r"}  # a body's lines and tabs are its own


def _clean(f: PostFields, current: Post | None = None) -> dict:
    """The column values for ``f``; raises ValidationError naming the first bad field."""
    title = (f.title or "").strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a title."),
                              field="title")
    source = (f.source or "").strip()
    body = (f.body or "").strip()
    # A control character pasted from another program (U+0000 cannot even be stored on
    # PostgreSQL, and the save failed as an unexpected error): refused, naming the field.
    for name, text, message in (("title", title, _CONTROL_IN_TITLE),
                                ("source", source, _CONTROL_IN_SOURCE),
                                ("body", body, _CONTROL_IN_BODY)):
        if has_control(text.translate(_BODY_SPACING) if name == "body" else text):
            raise ValidationError(message, field=name)
    if len(source) > SOURCE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The source is too long (at most {n} characters)."),
            field="source", n=SOURCE_MAX)
    try:
        category = PostCategory(f.category)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please choose a category."),
                              field="category") from None
    platform = Platform.get_or_none(Platform.id == f.platform_id)
    if platform is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please choose a platform."),
                              field="platform")
    if not platform.active and (current is None or current.platform_id != platform.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{platform} is no longer in use. Choose another "
                                        "platform."), field="platform", platform=platform.name)
    if f.column_id is not None and not PlatformColumn.select().where(
            (PlatformColumn.id == f.column_id) & (PlatformColumn.platform == platform.id)).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The column does not belong to {platform}. Choose one of "
                                        "its columns."), field="column", platform=platform.name)
    if f.event_id is not None and not Event.select().where(Event.id == f.event_id).exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The event no longer exists. Choose "
                                                          "another one."), field="event")
    check_lengths(platform.id, title, f.body)
    planned_at = normalise_time(f.planned_at)
    if current is None or planned_at != current.planned_at:
        _refuse_past(planned_at)
    return dict(platform=platform.id, column=f.column_id, title=title,
                body=body, source=source, category=category.value,
                concerns_project=bool(f.concerns_project), planned_at=planned_at,
                event=f.event_id)


# -- changing ------------------------------------------------------------------------------

def require_writer(actor: UserInfo | None) -> UserInfo:
    """The actor, fresh from the database, if they may write posts at all; else
    ``PermissionDenied`` saying why (read-only staff, customer service, ...)."""
    return _require_writer(actor)


def check_new_post(fresh: UserInfo, fields: PostFields) -> tuple[int, dict]:
    """The writer id and column values of a new post, checked as ``create_post`` checks them.

    ``fresh`` comes from ``require_writer``.  Raises ``PermissionDenied`` (a writer naming
    another writer) or ``ValidationError`` naming the field.  Also used by the plan import.
    """
    return _writer_for(fresh, fields.writer_id), _clean(fields)


def create_post(actor: UserInfo, fields: PostFields) -> PostInfo:
    """A new draft; the writer is the actor unless the manager names another."""
    from models import audit

    fresh = _require_writer(actor)
    writer_id, values = check_new_post(fresh, fields)
    with database.atomic():
        row = Post.create(writer=writer_id, status=PostStatus.DRAFT.value, created_by=actor.id,
                          updated_by=actor.id, **values)
        audit.record(actor, "post.created", "post", row.id, platform=values["platform"],
                     title=values["title"], planned_at=values["planned_at"], writer=writer_id)
    return get_post(row.id)


def update_post(actor: UserInfo, post_id: int, version: int, fields: PostFields) -> PostInfo:
    """Save the editor's fields over version ``version`` of the post."""
    from models import audit

    fresh = _require_writer(actor)
    current = Post.get_or_none(Post.id == post_id)
    if current is None:
        raise NotFound()
    _require_may_edit(fresh, current.writer_id)
    writer_id = _writer_for(fresh, fields.writer_id, current.writer_id)
    values = _clean(fields, current)
    values["writer"] = writer_id
    changed = sorted(k for k, v in values.items() if getattr(current, _attr(k)) != v)
    if current.status == PostStatus.PUBLISHED.value and changed:
        # What went out was approved as it stands (rule P1) and its history says so: a
        # published post is not edited afterwards; a correction is a new post.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This post has been published, so it can no longer "
                                        "be changed (rule P1). For a correction, write a new "
                                        "post and send it for review."),
            field=changed[0])
    # Editing an approved or confirmed post sends it back to review, giving it to another
    # writer sends it back to draft (models.workflow).
    status = workflow.state_after_edit(current.status, changed)
    if status != current.status:
        values["status"] = status
    with database.atomic():
        versioned_update(Post, post_id, version, actor.id, **values)
        audit.record(actor, "post.updated", "post", post_id, changed=changed,
                     title=values["title"])
        # The post's story says who changed what reviewers check, also while it waited
        # for its reviewer (a reviewer's own rewrite included): rules P1, P4.
        from models import reviews

        reviews.record_edit(actor, post_id, version, current.status, status, changed)
    return get_post(post_id)


def _attr(name: str) -> str:
    return name + "_id" if name in ("platform", "column", "event", "writer") else name


# Placeholders the move statement is compiled with, replaced by each call's values.
_AT, _NOW = _dt.datetime(1, 1, 1), _dt.datetime(1, 1, 2)
_ACTOR, _POST, _VERSION = -9_000_001, -9_000_002, -9_000_003
_move_statements: dict[type, tuple[str, list]] = {}


def _move_statement() -> tuple[str, list]:
    """The guarded UPDATE of a move, compiled once per kind of database.

    It changes the row only if the version still matches, the post is not published,
    and the actor (read fresh in the same statement) is active with a writing role and
    either wrote the post or is the operations manager.  Peewee takes ~0.6 ms to compile
    it; the cached text leaves the move at one UPDATE and one audit insert.
    """
    key = type(database.obj)
    cached = _move_statements.get(key)
    if cached is None:
        may_write = (UserRole.select(SQL("1")).join(User, on=(UserRole.user == User.id))
                     .where((UserRole.user == _ACTOR) & (User.active == True)  # noqa: E712
                            & UserRole.role.in_(sorted(r.value for r in WRITER_ROLES))))
        is_manager = UserRole.select(SQL("1")).where(
            (UserRole.user == _ACTOR) & (UserRole.role == Role.OPERATIONS_MANAGER.value))
        sql, params = (Post.update(planned_at=_AT, version=Post.version + 1, updated_at=_NOW,
                                   updated_by=_ACTOR)
                       .where((Post.id == _POST) & (Post.version == _VERSION)
                              & (Post.status != PostStatus.PUBLISHED.value)
                              & fn.EXISTS(may_write)
                              & ((Post.writer == _ACTOR) | fn.EXISTS(is_manager)))
                       .sql())
        cached = _move_statements[key] = (sql, params)
    return cached


def move_post(actor: UserInfo, post_id: int, version: int,
              planned_at_utc: _dt.datetime | None) -> int:
    """Reschedule (or, with None, unschedule) a post; returns its new version."""
    from models import audit

    planned_at = normalise_time(planned_at_utc)
    _refuse_past(planned_at)
    sql, template = _move_statement()
    values = {_AT: planned_at, _NOW: utcnow(), _ACTOR: actor.id, _POST: post_id,
              _VERSION: version}
    params = [values.get(p, p) if p.__class__ in (int, _dt.datetime) else p for p in template]
    with database.atomic():
        if database.execute_sql(sql, params).rowcount != 1:
            raise _why_not_moved(actor, post_id)
        audit.record(actor, "post.moved", "post", post_id, to=planned_at)
    return version + 1


def _why_not_moved(actor: UserInfo, post_id: int) -> Exception:
    row = (Post.select(Post.writer, Post.status).where(Post.id == post_id).tuples().first())
    if row is None:
        return NotFound()
    writer_id, status = row
    try:
        _require_may_edit(_require_writer(actor), writer_id)
    except PermissionDenied as exc:
        return exc
    if status == PostStatus.PUBLISHED.value:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This post has been published, so it can no longer be "
                                        "moved."), field="planned_at")
    return conflict_for(Post, post_id)


def duplicate_post(actor: UserInfo, post_id: int, platform_ids: Iterable[int]) -> list[PostInfo]:
    """Linked draft copies of a post, one per chosen platform, each edited on its own.

    A copy keeps the writer, texts, category, event and planned time (unless that has
    passed: then it is unscheduled), takes the same-named column of its platform if
    there is one, and links to the family's original (``origin_id``).  A copy may exceed
    its platform's length limits; the editor says so when it is saved.
    """
    from models import audit

    fresh = _require_writer(actor)
    src = Post.get_or_none(Post.id == post_id)
    if src is None:
        raise NotFound()
    _require_may_edit(fresh, src.writer_id)
    targets = list(dict.fromkeys(platform_ids))
    if not targets:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one platform to copy "
                                                          "the post to."), field="platforms")
    platforms = {p.id: p for p in Platform.select().where(Platform.id.in_(targets))}
    if len(platforms) != len(targets):
        raise NotFound()
    root = src.origin_id or src.id
    family = {pid for (pid,) in Post.select(Post.platform)
              .where((Post.id == root) | (Post.origin == root)).tuples()}
    clash = [platforms[t].name for t in targets if t in family]
    if clash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This post already has a version on {platforms}. Choose "
                                        "other platforms."),
            field="platforms", platforms=join_list(clash))
    inactive = [platforms[t].name for t in targets if not platforms[t].active]
    if inactive:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{platform} is no longer in use. Choose another "
                                        "platform."),
            field="platforms", platform=join_list(inactive))
    columns = _same_columns(src.column_id, targets)
    planned_at = src.planned_at
    if planned_at is not None and planned_at < utcnow().replace(second=0):
        planned_at = None
    new_ids = []
    with database.atomic():
        for pid in targets:
            row = Post.create(platform=pid, column=columns.get(pid), title=src.title,
                              body=src.body, source=src.source, writer=src.writer_id,
                              category=src.category, concerns_project=src.concerns_project,
                              planned_at=planned_at, status=PostStatus.DRAFT.value,
                              event=src.event_id, origin=root, created_by=actor.id,
                              updated_by=actor.id)
            new_ids.append(row.id)
        audit.record(actor, "post.duplicated", "post", post_id, copies=new_ids,
                     platforms=targets)
    return [get_post(i) for i in new_ids]


def _same_columns(column_id: int | None, platform_ids: list[int]) -> dict[int, int]:
    """The active column with the same name as ``column_id`` on each platform, if any."""
    if column_id is None:
        return {}
    name = PlatformColumn.select(PlatformColumn.name).where(PlatformColumn.id == column_id)
    return dict(PlatformColumn.select(PlatformColumn.platform, PlatformColumn.id)
                .where(PlatformColumn.platform.in_(platform_ids)
                       & (PlatformColumn.name == name)
                       & (PlatformColumn.active == True))  # noqa: E712
                .tuples())


# -- deleting ------------------------------------------------------------------------------

def delete_post(actor: UserInfo, post_id: int, version: int) -> None:
    """Delete a post made by mistake or no longer wanted; it leaves the calendar and no
    longer counts toward the cadence checks.

    Who may delete what (checked here; the screens only offer it):
    - the people who may edit the post: its writer or the operations manager
      (``_require_writer`` / ``_require_may_edit``); read-only staff, customer service and
      the general manager are refused;
    - never a published post: it is the record of what went out (rule P1);
    - a post in review is first withdrawn by its writer (the workflow's ``withdraw``,
      models.workflow), so that a post is not pulled from under its reviewer by the one
      person who should not decide on it (rules P1, P5); the operations manager, who
      reviews it, may delete it while it is in review, unless it is their own post (then
      they withdraw it like any writer).  Approved, confirmed, returned posts and drafts
      may be deleted by the writer or the manager: nothing of them has gone out.

    Version ``version`` is the one the person was looking at: a newer one raises
    ``ConflictError`` naming who changed the post.  The review history, comments and
    mentions go with the post (their foreign keys CASCADE, migration 0005); linked
    copies on other platforms stay, and stay one family (``_keep_family``).  One
    ``post.deleted`` audit entry keeps what the post was: title, platform, planned time,
    status, writer.
    """
    from models import audit

    fresh = _require_deleter(actor)
    with database.atomic():
        row = (Post.select(Post.id, Post.writer, Post.status, Post.title, Post.platform,
                           Post.planned_at, Post.version)
               .where(Post.id == post_id).first())
        if row is None:
            raise NotFound()
        _check_may_delete(fresh, row.writer_id, row.status)
        if row.version != version:
            raise _deletion_conflict(post_id)
        _keep_family(post_id)
        deleted = (Post.delete()
                   .where((Post.id == post_id) & (Post.version == version)
                          & (Post.status != PostStatus.PUBLISHED.value))
                   .execute())
        if deleted != 1:
            raise _deletion_conflict(post_id)
        audit.record(fresh, "post.deleted", "post", post_id, title=row.title,
                     platform=row.platform_id, planned_at=row.planned_at, status=row.status,
                     writer=row.writer_id, version=version)


def _keep_family(post_id: int) -> None:
    """Before the original of linked copies (``duplicate_post``) is deleted: the oldest copy
    becomes the family's original and the others point at it.  Left to ``origin``'s SET
    NULL, the copies fell apart, and one platform could get a second version of the post."""
    copies = [pid for (pid,) in Post.select(Post.id).where(Post.origin == post_id)
              .order_by(Post.id).tuples()]
    if not copies:
        return
    root, others = copies[0], copies[1:]
    Post.update(origin=None).where(Post.id == root).execute()
    if others:
        Post.update(origin=root).where(Post.id.in_(others)).execute()


def check_delete(actor: UserInfo, post_id: int) -> None:
    """Raise what ``delete_post`` would refuse (``PermissionDenied`` saying why, ``NotFound``)
    without deleting: a screen asks "Delete?" only when the answer can be yes."""
    fresh = _require_deleter(actor)
    row = Post.select(Post.writer, Post.status).where(Post.id == post_id).tuples().first()
    if row is None:
        raise NotFound()
    _check_may_delete(fresh, *row)


def _require_deleter(actor: UserInfo | None) -> UserInfo:
    """The actor, fresh, if they may delete posts at all (``_require_writer``, with a message
    about deleting for a person with a role who writes no posts)."""
    if actor is not None:
        fresh = get_user(actor.id)
        if fresh.active and not fresh.is_read_only and not fresh.roles & WRITER_ROLES:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "Only a post's writer or the operations manager may delete it."))
    return _require_writer(actor)


def _check_may_delete(fresh: UserInfo, writer_id: int, status: str) -> None:
    if status == PostStatus.PUBLISHED.value:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "This post has been published, so it cannot be deleted: it is the record "
                      "of what went out (rule P1)."))
    if not fresh.is_manager and writer_id != fresh.id:
        name = User.select(User.display_name).where(User.id == writer_id).scalar() or ""
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This is {writer}'s post. Only {writer} or the "
                                        "operations manager may delete it."),
            writer=name)
    if status == PostStatus.IN_REVIEW.value and writer_id == fresh.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "This post is in review. Withdraw it from review first, then delete it."))


def may_delete(user: UserInfo, writer_id: int, status: PostStatus | str) -> bool:
    """Whether ``delete_post`` would let ``user`` (as known to the screen) delete a post of
    ``writer_id`` in ``status``: which buttons to offer (a courtesy; the service checks)."""
    if not user.active or not user.roles & WRITER_ROLES:
        return False
    try:
        _check_may_delete(user, writer_id, getattr(status, "value", status))
    except PermissionDenied:
        return False
    return True


def _deletion_conflict(post_id: int) -> Exception:
    from models.errors import ConflictError

    exc = conflict_for(Post, post_id)
    if isinstance(exc, ConflictError):
        exc.message = QT_TRANSLATE_NOOP(
            "Errors", "{who} changed this post at {when}, so it was not deleted. Look at the "
                      "latest version, then delete it again if it should still go.")
    return exc

