"""The approval inbox (issue 4): what waits for whom, my posts, all posts, urgency.

``waiting_for(user)`` lists the posts a person must act on, each with its
reasons (``Reason``):

- review: an operations manager, any post in review they did not write; the
  general manager, posts in review written by an operations manager (P1);
- confirm: the general manager, approved company-project posts (P2);
- returned: the writer, their posts sent back to them;
- publish: the writer, their fully approved posts planned within the urgency
  window or already past (P3): time to publish and mark them;
- mention: anyone ``@``-mentioned in a comment they have not seen yet.

Each SQL query narrows the posts through an index (``post.status``,
``post (writer_id, status)``, ``review_mention (user_id, seen_at)``); the
pure rules of ``models.workflow`` then decide, so the inbox can never offer a
move the service would refuse.  Most urgent first: planned time (unscheduled
last), then how long the post has waited (since its last workflow move).

Urgency (``is_post_urgent``, ``workflow.is_urgent``): planned within
``urgent_hours()`` (a team setting, default 24) or past, without the approvals
needed to publish.
"""
from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from peewee import JOIN, fn

from models import workflow
from models.db import database
from models.errors import PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.posts import Post, PostStatus
from models.review_tables import ReviewDecision, ReviewMention
from models.roles import Role
from models.timeutil import utcnow
from models.users import User, UserInfo, UserRole, get_user
from models.workflow import Move, PostFacts

URGENT_HOURS_KEY = "review.urgent_hours"
MINE_PUBLISHED_DAYS = 14  # "Mine" keeps a published post this long
_OPEN_STATES = [s for s in workflow.STATES if s != workflow.PUBLISHED]


class Reason(str, enum.Enum):
    REVIEW = "review"
    CONFIRM = "confirm"
    RETURNED = "returned"
    PUBLISH = "publish"
    MENTION = "mention"

    @property
    def label(self) -> str:
        return translate("Inbox", REASON_LABELS[self])


REASON_LABELS = {
    Reason.REVIEW: QT_TRANSLATE_NOOP("Inbox", "Review"),
    Reason.CONFIRM: QT_TRANSLATE_NOOP("Inbox", "Confirm"),
    Reason.RETURNED: QT_TRANSLATE_NOOP("Inbox", "Returned: change and resubmit"),
    Reason.PUBLISH: QT_TRANSLATE_NOOP("Inbox", "Due: publish and mark as published"),
    Reason.MENTION: QT_TRANSLATE_NOOP("Inbox", "Mentioned"),
}


class InboxItem(NamedTuple):
    """One line of the inbox (a tuple: thousands are built per second)."""

    post_id: int
    title: str
    platform_id: int
    writer_id: int
    writer_name: str
    status: PostStatus
    concerns_project: bool
    planned_at: _dt.datetime | None
    waiting_since: _dt.datetime
    version: int
    urgent: bool
    reasons: tuple[Reason, ...] = ()

    @property
    def stage(self) -> workflow.Stage:
        return workflow.stage(self.status, self.concerns_project)


@dataclass(frozen=True)
class InboxCounts:
    waiting: int  # the badge
    urgent: int
    mentions: int


# -- urgency -------------------------------------------------------------------------------------

def urgent_hours() -> int:
    """The team's urgency window in hours (default 24)."""
    from models import settings

    value = settings.get(URGENT_HOURS_KEY)
    try:
        return workflow.clean_urgent_hours(value)
    except ValidationError:  # a value stored by hand or by a newer version
        return workflow.DEFAULT_URGENT_HOURS


def set_urgent_hours(actor: UserInfo, hours: int, expected_version: int | None = None) -> int:
    """Change the urgency window (operations manager only); returns the setting's version."""
    from models import settings
    from models.users import require_manager

    require_manager(actor)
    return settings.put(actor, URGENT_HOURS_KEY, workflow.clean_urgent_hours(hours),
                        expected_version)


def is_post_urgent(post, now: _dt.datetime | None = None, hours: int | None = None) -> bool:
    """Whether a post (``PostInfo``, ``PostRow``, ``InboxItem``: anything with ``status``,
    ``concerns_project`` and ``planned_at``) is urgent now."""
    return workflow.is_urgent(post.status, post.concerns_project, post.planned_at,
                              now or utcnow(), urgent_hours() if hours is None else hours)


# -- queries ---------------------------------------------------------------------------------------

def _query():
    last_move = (ReviewDecision.select(fn.MAX(ReviewDecision.at))
                 .where(ReviewDecision.post == Post.id))
    return (Post.select(Post.id, Post.title, Post.platform, Post.writer, User.display_name,
                        Post.status, Post.concerns_project, Post.planned_at,
                        fn.COALESCE(last_move, Post.updated_at), Post.version)
            .join(User, JOIN.LEFT_OUTER, on=(Post.writer == User.id)))


def _status(value: str) -> PostStatus:
    try:
        return PostStatus(value)
    except ValueError:  # a state of a newer version
        return PostStatus.DRAFT


def _time(value):
    return _dt.datetime.fromisoformat(value) if value.__class__ is str else value


def _rows(q) -> list[tuple]:
    """Run ``q`` (from ``_query``) without Peewee's per-column converters (see
    ``posts._rows``): SQLite returns times as text, PostgreSQL as datetimes."""
    return [(i, t, p, w, name or "", s, bool(cp), _time(at) if at is not None else None,
             _time(since), v)
            for i, t, p, w, name, s, cp, at, since, v in database.execute_sql(*q.sql())]


def _managers() -> frozenset[int]:
    """Who holds the operations manager role (a handful of people; asked once per query)."""
    return frozenset(uid for (uid,) in UserRole.select(UserRole.user).where(
        UserRole.role == Role.OPERATIONS_MANAGER.value).tuples())


class _Judge:
    """What one person must do about each row, decided by the pure rules."""

    def __init__(self, fresh: UserInfo, now: _dt.datetime, hours: int,
                 mentions: dict[int, _dt.datetime]):
        self.fresh, self.roles, self.now, self.hours = fresh, fresh.roles, now, hours
        self.cutoff = workflow.urgent_cutoff(now, hours)
        self.managers = _managers()
        self.mentions = mentions

    def reasons(self, row) -> tuple[Reason, ...]:
        i, _, _, writer, _, state, project, planned, _, _ = row
        me, roles, may = self.fresh.id, self.roles, workflow.may
        facts = PostFacts(writer, writer in self.managers, project)
        out = []
        if may(Move.APPROVE, state, facts, roles, me):
            out.append(Reason.REVIEW)
        if may(Move.CONFIRM, state, facts, roles, me):
            out.append(Reason.CONFIRM)
        if state == workflow.RETURNED and writer == me:
            out.append(Reason.RETURNED)
        if (writer == me and planned is not None and planned <= self.cutoff
                and may(Move.PUBLISH, state, facts, roles, me)):
            out.append(Reason.PUBLISH)
        if i in self.mentions:
            out.append(Reason.MENTION)
        return tuple(out)

    def item(self, row, reasons: tuple[Reason, ...]) -> InboxItem:
        i, title, platform, writer, name, state, project, planned, waited, version = row
        if reasons == (Reason.MENTION,):
            waited = self.mentions[i]  # waiting since the mention
        return InboxItem(i, title, platform, writer, name, _status(state), project, planned,
                         waited, version,
                         workflow.is_urgent(state, project, planned, self.now, self.hours),
                         reasons)

    def items(self, rows, only_with_reasons: bool = False) -> list[InboxItem]:
        out = []
        for row in rows:
            reasons = self.reasons(row)
            if reasons or not only_with_reasons:
                out.append(self.item(row, reasons))
        return _order(out)


def _order(items: list[InboxItem]) -> list[InboxItem]:
    far = _dt.datetime.max
    return sorted(items, key=lambda it: (it.planned_at is None, it.planned_at or far,
                                         it.waiting_since, it.post_id))


def _unseen_mentions(user_id: int) -> dict[int, _dt.datetime]:
    return {pid: _time(at) for pid, at in (
        ReviewMention.select(ReviewMention.post, fn.MIN(ReviewMention.at))
        .where((ReviewMention.user == user_id) & ReviewMention.seen_at.is_null())
        .group_by(ReviewMention.post).tuples())}


def waiting_for(user: UserInfo, now: _dt.datetime | None = None) -> list[InboxItem]:
    """The posts ``user`` must act on, most urgent first (see the module notes)."""
    fresh = get_user(user.id)
    if not fresh.active:
        return []
    now, hours = now or utcnow(), urgent_hours()
    uid, roles = fresh.id, fresh.roles
    wheres = [(Post.writer == uid) & (Post.status == workflow.RETURNED),
              (Post.writer == uid) & Post.status.in_([workflow.APPROVED, workflow.CONFIRMED])
              & (Post.planned_at <= workflow.urgent_cutoff(now, hours))]
    if Role.OPERATIONS_MANAGER in roles:
        wheres.append((Post.status == workflow.IN_REVIEW) & (Post.writer != uid))
    elif Role.GENERAL_MANAGER in roles:  # the general manager reviews the managers' posts
        wheres.append((Post.status == workflow.IN_REVIEW) & (Post.writer != uid)
                      & Post.writer.in_(sorted(_managers()) or [0]))
    if Role.GENERAL_MANAGER in roles:
        wheres.append((Post.status == workflow.APPROVED) & (Post.concerns_project == True)  # noqa: E712
                      & (Post.writer != uid))
    mentions = _unseen_mentions(uid)
    if mentions:
        wheres.append(Post.id.in_(list(mentions)))
    rows = {}
    for where in wheres:
        for row in _rows(_query().where(where)):
            rows[row[0]] = row
    return _Judge(fresh, now, hours, mentions).items(rows.values(), only_with_reasons=True)


def mine(user: UserInfo, now: _dt.datetime | None = None,
         published_days: int = MINE_PUBLISHED_DAYS) -> list[InboxItem]:
    """``user``'s own posts and where each stands: every one not yet published, and those
    published in the last ``published_days`` days."""
    fresh = get_user(user.id)
    now, hours = now or utcnow(), urgent_hours()
    open_rows = _rows(_query().where((Post.writer == fresh.id) & Post.status.in_(_OPEN_STATES)))
    recent = _rows(_query().where((Post.writer == fresh.id)
                                  & (Post.status == workflow.PUBLISHED)
                                  & (Post.published_at >= now - _dt.timedelta(
                                      days=published_days))))
    return _Judge(fresh, now, hours, _unseen_mentions(fresh.id)).items(open_rows + recent)


def all_posts(user: UserInfo, statuses: Iterable[str] | None = None,
              now: _dt.datetime | None = None, limit: int | None = None) -> list[InboxItem]:
    """Every post still on its way (default: not yet published), for the operations
    manager and the general manager; ``PermissionDenied`` for anyone else."""
    fresh = get_user(user.id)
    if not fresh.active or not fresh.roles & {Role.OPERATIONS_MANAGER, Role.GENERAL_MANAGER}:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "Only the operations manager and the general manager see every post's "
                      "review."))
    now, hours = now or utcnow(), urgent_hours()
    states = _OPEN_STATES if statuses is None else [PostStatus(s).value for s in statuses]
    if not states:
        return []
    q = (_query().where(Post.status.in_(states))
         .order_by(Post.planned_at.is_null(), Post.planned_at, Post.id))
    if limit is not None:
        q = q.limit(limit)
    return _Judge(fresh, now, hours, _unseen_mentions(fresh.id)).items(_rows(q))


def inbox_counts(user: UserInfo, now: _dt.datetime | None = None) -> InboxCounts:
    items = waiting_for(user, now)
    return InboxCounts(len(items), sum(1 for it in items if it.urgent),
                       sum(1 for it in items if Reason.MENTION in it.reasons))


def badge_count(user: UserInfo, now: _dt.datetime | None = None) -> int:
    """The number on the inbox's navigation entry: posts waiting for ``user``."""
    return len(waiting_for(user, now))


def mark_seen(user: UserInfo, post_id: int) -> int:
    """``user`` has opened the post: their mentions in its thread leave the inbox."""
    return (ReviewMention.update(seen_at=utcnow())
            .where((ReviewMention.user == user.id) & (ReviewMention.post == post_id)
                   & ReviewMention.seen_at.is_null()).execute())


def activity_mark() -> tuple[int, int]:
    """Changes whenever a decision or a comment is stored: a cheap "has the inbox
    changed?" check for a screen that polls (the latest decision and mention ids)."""
    return (ReviewDecision.select(fn.MAX(ReviewDecision.id)).scalar() or 0,
            ReviewMention.select(fn.MAX(ReviewMention.id)).scalar() or 0)
