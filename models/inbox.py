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
from typing import Callable, Iterable, NamedTuple

from peewee import Case, fn

from models import workflow
from models.db import Statement, as_datetime, database
from models.errors import PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.posts import Post, PostStatus
from models.review_tables import ReviewComment, ReviewDecision, ReviewMention
from models.roles import Role
from models.timeutil import utcnow
from models.users import DEACTIVATED, User, UserInfo, UserRole, get_user
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

    @property
    def short_label(self) -> str:
        """A word or two, for the inbox's narrow To do column (``label`` in its tooltip)."""
        return translate("Inbox", SHORT_REASON_LABELS[self])


REASON_LABELS = {
    Reason.REVIEW: QT_TRANSLATE_NOOP("Inbox", "Review"),
    Reason.CONFIRM: QT_TRANSLATE_NOOP("Inbox", "Confirm"),
    Reason.RETURNED: QT_TRANSLATE_NOOP("Inbox", "Returned: change and resubmit"),
    Reason.PUBLISH: QT_TRANSLATE_NOOP("Inbox", "Due: publish and mark as published"),
    Reason.MENTION: QT_TRANSLATE_NOOP("Inbox", "Mentioned"),
}
# The long ones were cut to "Due: …" in the column (到期：…), the thing to do lost.
SHORT_REASON_LABELS = {
    Reason.REVIEW: REASON_LABELS[Reason.REVIEW],
    Reason.CONFIRM: REASON_LABELS[Reason.CONFIRM],
    Reason.RETURNED: QT_TRANSLATE_NOOP("Inbox", "Resubmit"),
    Reason.PUBLISH: QT_TRANSLATE_NOOP("Inbox", "Publish"),
    Reason.MENTION: REASON_LABELS[Reason.MENTION],
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


def set_review_rules(actor: UserInfo, words: list[str] | None, words_version: int | None,
                     hours: int | None, hours_version: int | None) -> tuple[int | None,
                                                                         int | None]:
    """The review rules dialog's save: the sensitive words and the urgency window (None:
    unchanged) in one transaction, so a colleague's change of either saves neither (a
    conflict on the window had left the new words saved); the versions after it."""
    from models import sensitive

    with database.atomic():
        if words is not None:
            words_version = sensitive.set_words(actor, words, words_version)
        if hours is not None:
            hours_version = set_urgent_hours(actor, hours, hours_version)
    return words_version, hours_version


def set_urgent_hours(actor: UserInfo, hours: int, expected_version: int | None = None) -> int:
    """Change the urgency window (operations manager only; ``settings.put`` checks who and
    the value, ``workflow.clean_urgent_hours``); returns the setting's version."""
    from models import settings

    return settings.put(actor, URGENT_HOURS_KEY, hours, expected_version)


def is_post_urgent(post, now: _dt.datetime | None = None, hours: int | None = None) -> bool:
    """Whether a post (``PostInfo``, ``PostRow``, ``InboxItem``: anything with ``status``,
    ``concerns_project`` and ``planned_at``) is urgent now."""
    return workflow.is_urgent(post.status, post.concerns_project, post.planned_at,
                              now or utcnow(), urgent_hours() if hours is None else hours)


# -- queries ---------------------------------------------------------------------------------------

def _query():
    """The columns of an inbox line; the writer's name comes from ``_names`` (a join per
    row costs more than one look-up of the team's few names)."""
    last_move = (ReviewDecision.select(fn.MAX(ReviewDecision.at))
                 .where(ReviewDecision.post == Post.id))
    return Post.select(Post.id, Post.title, Post.platform, Post.writer, Post.status,
                       Post.concerns_project, Post.planned_at,
                       fn.COALESCE(last_move, Post.updated_at).alias("since"), Post.version)


_LINE_SQL: dict[type, str] = {}


def _rows_by_id(ids: list[int], names: dict[int, str]) -> list[tuple]:
    """``_rows`` of the posts ``ids``: the statement of ``_query`` is compiled once per kind
    of database (Peewee takes longer to write an IN list of a page's ids than the
    database takes to answer it)."""
    if not ids:
        return []
    key = type(database.obj)
    sql = _LINE_SQL.get(key)
    if sql is None:
        sql, params = _query().sql()
        if params or '"post" AS "t1"' not in sql:  # pragma: no cover - a Peewee change
            raise RuntimeError(f"unexpected inbox statement: {sql}")
        sql = _LINE_SQL[key] = sql + ' WHERE ("t1"."id" IN ({}))'
    fromiso, text, name = _dt.datetime.fromisoformat, str, names.get
    cursor = database.execute_sql(sql.format(", ".join([database.param] * len(ids))),
                                  list(ids))
    return [(i, t, p, w, name(w, ""), s, cp is True or cp == 1,
             fromiso(at) if at.__class__ is text else at,
             fromiso(since) if since.__class__ is text else since, v)
            for i, t, p, w, s, cp, at, since, v in cursor]


_NAMES = Statement(lambda: User.select(User.id, User.display_name))


def _names() -> dict[int, str]:
    return dict(_NAMES.rows())


_STATUSES = {s.value: s for s in PostStatus}


def _status(value: str) -> PostStatus:
    return _STATUSES.get(value, PostStatus.DRAFT)  # DRAFT: a state of a newer version


_time = as_datetime  # a time column of a raw row


def _rows(q, names: dict[int, str] | None = None) -> list[tuple]:
    """Run ``q`` (from ``_query``) without Peewee's per-column converters (see
    ``posts._rows``): SQLite returns times as text, PostgreSQL as datetimes.  ``names``:
    the writers' names (default: read them)."""
    return _lines(database.execute_sql(*q.sql()), names)


def _lines(raw, names: dict[int, str] | None = None) -> list[tuple]:
    """The rows of ``_query`` as ``raw`` rows of the database hold them, converted."""
    fromiso, text = _dt.datetime.fromisoformat, str
    name = (_names() if names is None else names).get
    return [(i, t, p, w, name(w, ""), s, cp is True or cp == 1,
             fromiso(at) if at.__class__ is text else at,
             fromiso(since) if since.__class__ is text else since, v)
            for i, t, p, w, s, cp, at, since, v in raw]


_MANAGERS = Statement(lambda: UserRole.select(UserRole.user).where(
    UserRole.role == Role.OPERATIONS_MANAGER.value))


def _managers() -> frozenset[int]:
    """Who holds the operations manager role (a handful of people; asked once per query)."""
    return frozenset(uid for (uid,) in _MANAGERS.rows())


class _Judge:
    """What one person must do about each row, decided by the pure rules.

    The reasons depend only on the writer, the state, the project flag, whether the post
    is due (planned within the urgency window) and whether it holds an unseen mention;
    they are worked out once per such combination (an inbox of thousands of posts has a
    few dozen), so judging a row costs a dictionary look-up."""

    @classmethod
    def for_user(cls, fresh: UserInfo, now: _dt.datetime | None = None) -> "_Judge":
        """A judge for ``fresh`` (active, read from the database) with the team's window
        and the person's unseen mentions."""
        return cls(fresh, now or utcnow(), urgent_hours(), _unseen_mentions(fresh.id))

    def __init__(self, fresh: UserInfo, now: _dt.datetime, hours: int,
                 mentions: dict[int, _dt.datetime]):
        self.fresh, self.roles, self.now, self.hours = fresh, fresh.roles, now, hours
        self.cutoff = workflow.urgent_cutoff(now, hours)
        self.managers = _managers()
        self.mentions = mentions
        self._memo: dict[tuple, tuple[Reason, ...]] = {}
        self._needs_approval: dict[tuple, bool] = {}

    def reasons(self, row) -> tuple[Reason, ...]:
        i, _, _, writer, _, state, project, planned, _, _ = row
        return self.reasons_of(i, writer, state, project, planned)

    def reasons_of(self, i: int, writer: int, state: str, project: bool,
                   planned: _dt.datetime | None) -> tuple[Reason, ...]:
        me = self.fresh.id
        due = writer == me and planned is not None and planned <= self.cutoff
        key = (writer, state, project, due, i in self.mentions)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._decide(*key)
        return found

    def _decide(self, writer: int, state: str, project: bool, due: bool,
                mentioned: bool) -> tuple[Reason, ...]:
        me, roles, may = self.fresh.id, self.roles, workflow.may
        facts = PostFacts(writer, writer in self.managers, project)
        out = []
        if may(Move.APPROVE, state, facts, roles, me):
            out.append(Reason.REVIEW)
        if may(Move.CONFIRM, state, facts, roles, me):
            out.append(Reason.CONFIRM)
        if state == workflow.RETURNED and writer == me:
            out.append(Reason.RETURNED)
        if due and may(Move.PUBLISH, state, facts, roles, me):
            out.append(Reason.PUBLISH)
        if mentioned:
            out.append(Reason.MENTION)
        return tuple(out)

    def urgent(self, state: str, project: bool, planned: _dt.datetime | None) -> bool:
        if planned is None or planned > self.cutoff:
            return False
        key = (state, project)
        needs = self._needs_approval.get(key)
        if needs is None:  # the rule itself decides, once per state and flag
            needs = self._needs_approval[key] = workflow.is_urgent_before(
                state, project, self.cutoff, self.cutoff)
        return needs

    def item(self, row, reasons: tuple[Reason, ...]) -> InboxItem:
        i, title, platform, writer, name, state, project, planned, waited, version = row
        if reasons == (Reason.MENTION,):
            waited = self.mentions[i]  # waiting since the mention
        return InboxItem(i, title, platform, writer, name, _status(state), project, planned,
                         waited, version, self.urgent(state, project, planned), reasons)

    def items(self, rows, only_with_reasons: bool = False,
              ordered: bool = True) -> list[InboxItem]:
        """The lines of ``rows`` (from ``_rows``), most urgent first (``ordered``; else in
        the order of ``rows``): ``reasons`` and ``item`` for each row, written out in one
        loop (an inbox can hold thousands)."""
        me, cutoff, mentions, memo = self.fresh.id, self.cutoff, self.mentions, self._memo
        decide, urgent, status_of, draft = self._decide, self.urgent, _STATUSES.get, \
            PostStatus.DRAFT
        new, line, only_mention = tuple.__new__, InboxItem, (Reason.MENTION,)
        out = []
        for i, title, platform, writer, name, state, project, planned, waited, version in rows:
            due = writer == me and planned is not None and planned <= cutoff
            mentioned = i in mentions
            key = (writer, state, project, due, mentioned)
            reasons = memo.get(key)
            if reasons is None:
                reasons = memo[key] = decide(*key)
            if not reasons and only_with_reasons:
                continue
            if mentioned and reasons == only_mention:
                waited = mentions[i]  # waiting since the mention
            out.append(new(line, (i, title, platform, writer, name, status_of(state, draft),
                                  project, planned, waited, version,
                                  urgent(state, project, planned), reasons)))
        return _order(out) if ordered else out


_FAR = _dt.datetime.max


def _key(item) -> tuple:
    """Where a line (or a row of ``_rows``) stands in the inbox's order: planned time
    (unscheduled last), then how long the post has waited, then its id."""
    # By position, not by name: a NamedTuple's named fields are slower to read.
    return (item[7] is None, item[7] or _FAR, item[8], item[0])


def _order(items: list[InboxItem]) -> list[InboxItem]:
    """Planned time (unscheduled last), then how long the post has waited, then its id."""
    return sorted(items, key=_key)


_UNSEEN_MENTIONS = Statement(lambda user_id: (
    ReviewMention.select(ReviewMention.post, fn.MIN(ReviewMention.at))
    .where((ReviewMention.user == user_id) & ReviewMention.seen_at.is_null())
    .group_by(ReviewMention.post)))


def _unseen_mentions(user_id: int) -> dict[int, _dt.datetime]:
    return {pid: _time(at) for pid, at in _UNSEEN_MENTIONS.rows(user_id)}


class _Where(NamedTuple):
    """A condition of the inbox's queries as its shape (``key``) and its values, so that
    each query built on it is compiled once per shape (``_compiled``): writing the SQL of
    an opening's queries took Peewee 3.8 ms of their 15 (the manager's inbox of the
    benchmark).  ``build(*values)`` makes the condition; the values are ids and times
    (the values a ``db.Statement`` takes), every constant is written in ``build``."""

    key: tuple
    values: tuple
    build: Callable

    def and_(self, key: tuple, values: tuple, build: Callable) -> "_Where":
        """This condition AND ``build(*values)``."""
        n, first = len(self.values), self.build
        return _Where(self.key + key, self.values + values,
                      lambda *v: first(*v[:n]) & build(*v[n:]))


def _any(wheres: list["_Where"]) -> _Where:
    """Any of ``wheres`` (OR)."""
    sizes, builds = [len(w.values) for w in wheres], [w.build for w in wheres]

    def build(*values):
        out, at = None, 0
        for size, part in zip(sizes, builds):
            term = part(*values[at:at + size])
            at += size
            out = term if out is None else out | term
        return out

    return _Where(("any", *(w.key for w in wheres)), sum((w.values for w in wheres), ()), build)


_STATEMENTS: dict[tuple, Statement] = {}


def _compiled(name: str, where: _Where, make: Callable, *extra) -> list[tuple]:
    """The rows of ``make(condition, *extra)`` over ``where``, its SQL written once per
    ``name`` and shape of ``where``."""
    key = (name, where.key, len(extra))
    statement = _STATEMENTS.get(key)
    if statement is None:
        n, build = len(where.values), where.build
        statement = _STATEMENTS[key] = Statement(lambda *v: make(build(*v[:n]), *v[n:]))
    return statement.rows(*where.values, *extra)


def _returned(uid):
    return (Post.writer == uid) & (Post.status == workflow.RETURNED)


def _due_to_publish(uid, cutoff):
    return ((Post.writer == uid) & Post.status.in_([workflow.APPROVED, workflow.CONFIRMED])
            & (Post.planned_at <= cutoff))


def _to_review(uid):
    return (Post.status == workflow.IN_REVIEW) & (Post.writer != uid)


def _managers_to_review(uid, *managers):
    return _to_review(uid) & Post.writer.in_(list(managers))


def _to_confirm(uid):
    return ((Post.status == workflow.APPROVED) & (Post.concerns_project == True)  # noqa: E712
            & (Post.writer != uid))


def _among(*ids):
    return Post.id.in_(list(ids))


def _waiting_conditions(judge: "_Judge", mentions: dict[int, _dt.datetime]) -> list[_Where]:
    """The conditions that narrow the posts that may wait for the judge's person (see the
    notes); ``mentions``: the posts whose unseen mentions are to be included."""
    uid, roles = judge.fresh.id, judge.roles
    wheres = [_Where(("returned",), (uid,), _returned),
              _Where(("publish",), (uid, judge.cutoff), _due_to_publish)]
    if Role.OPERATIONS_MANAGER in roles:
        wheres.append(_Where(("review",), (uid,), _to_review))
    elif Role.GENERAL_MANAGER in roles:  # the general manager reviews the managers' posts
        managers = tuple(sorted(judge.managers)) or (0,)
        wheres.append(_Where(("review managers", len(managers)), (uid, *managers),
                             _managers_to_review))
    if Role.GENERAL_MANAGER in roles:
        wheres.append(_Where(("confirm",), (uid,), _to_confirm))
    if mentions:
        ids = tuple(mentions)
        wheres.append(_Where(("among", len(ids)), ids, _among))
    return wheres


def waiting_for(user: UserInfo, now: _dt.datetime | None = None, limit: int | None = None,
                offset: int = 0, after: InboxItem | None = None) -> list[InboxItem]:
    """The posts ``user`` must act on, most urgent first (see the module notes).

    ``limit`` and ``offset`` read one page of that order: the database sorts each
    condition's posts and hands over only the first ``offset + limit`` of each (a screen
    shows the first page of a manager's thousands at once and reads on as the list
    scrolls); the page is the same slice of the whole list.  ``after``: a line read
    before (the last of the page a screen holds): the lines that follow it in the order,
    so that a post leaving the list meanwhile (a decision, a mention seen) or joining it
    shifts nothing that follows (``offset`` then counts from there)."""
    fresh = get_user(user.id)
    if not fresh.active:
        return []
    return _waiting(_Judge.for_user(fresh, now), limit, offset, after)


def waiting_page(user: UserInfo, now: _dt.datetime | None = None, limit: int = 200,
                 offset: int = 0) -> tuple[list[InboxItem], InboxCounts]:
    """``waiting_for(user, now, limit, offset)`` and ``inbox_counts(user, now)`` at once,
    reading the person, the setting and their mentions once (a screen opening)."""
    fresh = get_user(user.id)
    if not fresh.active:  # deactivated meanwhile (on another PC): the screen says so
        raise PermissionDenied(DEACTIVATED)
    judge = _Judge.for_user(fresh, now)
    return _waiting(judge, limit, offset), _counts(judge)


def _waiting(judge: _Judge, limit: int | None, offset: int,
             after: InboxItem | None = None) -> list[InboxItem]:
    mentions = judge.mentions
    rows, names = {}, _names()
    since = None if after is None else _key(after)
    if limit is None:
        for where in _waiting_conditions(judge, mentions):
            for row in _lines(_compiled("lines", where, _lines_of), names):
                rows[row[0]] = row
        items = judge.items(rows.values(), only_with_reasons=True)
        return items if since is None else [it for it in items if _key(it) > since]
    want = offset + max(0, limit)
    if want == 0:
        return []
    for where in _waiting_conditions(judge, {}):
        for row in _first_rows(where, want, judge, names, since):
            rows[row[0]] = row
    if mentions:  # a handful: all of them (a mention's own time orders it)
        for row in _rows_by_id(list(mentions), names):
            rows[row[0]] = row
    items = judge.items(rows.values(), only_with_reasons=True)
    if since is not None:
        items = [it for it in items if _key(it) > since]
    return items[offset:want]


def _lines_of(condition):
    return _query().where(condition)


def _first_scheduled(condition, n):
    return (Post.select(Post.id, Post.planned_at).where(condition & Post.planned_at.is_null(False))
            .order_by(Post.planned_at, Post.id).limit(n))


def _unscheduled(condition):
    # No ORDER BY: "ORDER BY id" would have SQLite walk a writer's every post in id order.
    return Post.select(Post.id, Post.planned_at).where(condition & Post.planned_at.is_null())


def _planned_at(condition, when):
    return Post.select(Post.id).where(condition & (Post.planned_at == when))


def _first_rows(where: _Where, want: int, judge: _Judge, names: dict[int, str],
                since: tuple | None = None) -> list[tuple]:
    """The first rows of one condition in the inbox's order, enough for ``want`` lines
    that have a reason (the conditions are written so that every row has one; should a
    row have none, more are read); ``since``: only those after that place in the order
    (``_key``), the rows planned at the same time or later.

    Two steps, so that "waiting since" (a look-up in the history) is worked out for the
    page only: the ids of the first ``want`` posts by planned time, with every post
    planned at the same time as the last of them (their order depends on how long they
    have waited); then their lines.  The scheduled posts and the unscheduled ones (last)
    are asked for apart: "planned_at, id" is the order of the index
    ``post (status, planned_at, ...)`` (migration 0006), so the database reads the first
    rows of it instead of sorting every post in the state."""
    if since is not None:
        if since[0]:  # after an unscheduled line: the unscheduled posts only
            where = where.and_(("unscheduled",), (), Post.planned_at.is_null)
        else:
            where = where.and_(("from",), (since[1],), lambda when: (
                Post.planned_at.is_null() | (Post.planned_at >= when)))
    mentions = judge.mentions
    n = want
    while True:
        keys, complete = _first_keys(where, n)
        ids = [i for i, _planned in keys]
        if not complete:  # every post planned at the same time as the last one read
            known = set(ids)
            ids += [i for (i,) in _compiled("tie", where, _planned_at, _time(keys[-1][1]))
                    if i not in known]
        rows = _rows_by_id(ids, names)
        if complete:
            return rows
        # Lines that count: with a reason, after ``since``; a post with an unseen mention
        # is read anyway (all of them are) and may be placed by the mention's time.
        found = sum(1 for row in rows if row[0] not in mentions and judge.reasons(row)
                    and (since is None or _key(row) > since))
        if found >= want:
            return rows
        n *= 2


def _first_keys(where: _Where, n: int) -> tuple[list[tuple], bool]:
    """(id, planned_at) of the first ``n`` scheduled posts of ``where`` by planned time,
    then id, and whether that is all of ``where``: when fewer than ``n`` are scheduled,
    every unscheduled post follows (they come last, ordered by how long they have
    waited, which the page works out)."""
    keys = _compiled("first", where, _first_scheduled, n)
    if len(keys) == n:
        return keys, False
    return keys + _compiled("unscheduled", where, _unscheduled), True


def _judged_columns(condition):
    return Post.select(Post.id, Post.writer, Post.status, Post.concerns_project,
                       Post.planned_at).where(condition)


def waiting_ids(user: UserInfo, now: _dt.datetime | None = None) -> frozenset[int]:
    """The ids of the posts ``waiting_for(user)`` lists, without building its lines: the
    same conditions and rules over five columns (no titles, names or waiting times), for
    the navigation badge and the desktop notifier, which ask often."""
    fresh = get_user(user.id)
    if not fresh.active:
        return frozenset()
    now, hours = now or utcnow(), urgent_hours()
    mentions = _unseen_mentions(fresh.id)
    judge = _Judge(fresh, now, hours, mentions)
    uid, seen, found = fresh.id, set(), set()
    for where in _waiting_conditions(judge, mentions):
        for i, writer, state, project, planned in _compiled("ids", where, _judged_columns):
            if i in seen:
                continue
            seen.add(i)
            # Only the writer's own posts need their time (the "due to publish" reason).
            when = _time(planned) if writer == uid and planned is not None else None
            if judge.reasons_of(i, writer, state, bool(project), when):
                found.add(i)
    return frozenset(found)


def unseen_mention_ids(user: UserInfo) -> frozenset[int]:
    """The posts whose thread mentions ``user`` in a comment they have not seen yet."""
    return frozenset(_unseen_mentions(user.id))


def moved_last_by(user: UserInfo, post_ids) -> frozenset[int]:
    """Of ``post_ids``, those whose latest decision ``user`` made themselves (an edit of
    theirs that sent a post back to review is not news to them)."""
    ids = list(post_ids)
    if not ids:
        return frozenset()
    latest = (ReviewDecision.select(ReviewDecision.post, fn.MAX(ReviewDecision.id).alias("last"))
              .where(ReviewDecision.post.in_(ids)).group_by(ReviewDecision.post))
    mine = (ReviewDecision.select(ReviewDecision.post)
            .join(latest, on=(ReviewDecision.id == latest.c.last))
            .where(ReviewDecision.actor == user.id))
    return frozenset(pid for (pid,) in mine.tuples())


def item_for(user: UserInfo, post_id: int, now: _dt.datetime | None = None) -> InboxItem | None:
    """The inbox line of one post for ``user`` (None if there is no such post): a screen
    refreshes the line after a decision instead of reading the whole inbox again.  Its
    reasons are those ``waiting_for`` gives, so the post waits for ``user`` exactly when
    they are not empty."""
    fresh = get_user(user.id)
    now, hours = now or utcnow(), urgent_hours()
    rows = _rows(_query().where(Post.id == post_id))
    if not rows:
        return None
    judge = _Judge(fresh, now, hours, _unseen_mentions(fresh.id) if fresh.active else {})
    reasons = judge.reasons(rows[0]) if fresh.active else ()
    return judge.item(rows[0], reasons)


def mine(user: UserInfo, now: _dt.datetime | None = None,
         published_days: int = MINE_PUBLISHED_DAYS) -> list[InboxItem]:
    """``user``'s own posts and where each stands: every one not yet published, and those
    published in the last ``published_days`` days."""
    fresh = get_user(user.id)
    now, hours = now or utcnow(), urgent_hours()
    names = _names()
    open_rows = _rows(_query().where((Post.writer == fresh.id)
                                     & Post.status.in_(_OPEN_STATES)), names)
    recent = _rows(_query().where((Post.writer == fresh.id)
                                  & (Post.status == workflow.PUBLISHED)
                                  & (Post.published_at >= now - _dt.timedelta(
                                      days=published_days))), names)
    return _Judge(fresh, now, hours, _unseen_mentions(fresh.id)).items(open_rows + recent)


def all_posts(user: UserInfo, statuses: Iterable[str] | None = None,
              now: _dt.datetime | None = None, limit: int | None = None,
              offset: int = 0, after: InboxItem | None = None) -> list[InboxItem]:
    """Every post still on its way (default: not yet published), for the operations
    manager and the general manager; ``PermissionDenied`` for anyone else.

    In planned-time order (unscheduled last), then by id; ``limit`` and ``offset`` read
    one page of it (a screen fetches the next page as the list scrolls).  ``after``: a
    line read before: the posts that follow it in that order, whatever left or joined
    the list meanwhile (``offset`` then counts from there)."""
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
    if after is not None:
        if after.planned_at is None:
            q = q.where(Post.planned_at.is_null() & (Post.id > after.post_id))
        else:
            q = q.where(Post.planned_at.is_null() | (Post.planned_at > after.planned_at)
                        | ((Post.planned_at == after.planned_at) & (Post.id > after.post_id)))
    if limit is not None:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset)
    # In the database's order: a page ends where the next one (``after``) starts.
    return _Judge(fresh, now, hours, _unseen_mentions(fresh.id)).items(_rows(q),
                                                                       ordered=False)


def inbox_counts(user: UserInfo, now: _dt.datetime | None = None) -> InboxCounts:
    """How many posts wait for ``user``, how many of them are urgent, how many hold a
    mention: the figures of ``waiting_for``, counted without reading its lines.

    One grouped query counts the posts per writer, state, project flag and "due"
    (planned within the urgency window or past; the conditions of ``waiting_for`` joined
    with OR, so no post counts twice), and the pure rules judge each group as they judge
    each row of ``waiting_for``.  Posts with an unseen mention always wait (the mention is
    their reason); the few there are are read and judged one by one."""
    fresh = get_user(user.id)
    if not fresh.active:
        return InboxCounts(0, 0, 0)
    return _counts(_Judge.for_user(fresh, now))


def _grouped_counts(condition, cutoff):
    # "Due": planned within the urgency window or past (a NULL time is not).
    due = fn.SUM(Case(None, [(Post.planned_at <= cutoff, 1)], 0))
    return (Post.select(Post.writer, Post.status, Post.concerns_project, fn.COUNT(Post.id), due)
            .where(condition).group_by(Post.writer, Post.status, Post.concerns_project))


def _counts(judge: _Judge) -> InboxCounts:
    fresh, mentions = judge.fresh, judge.mentions
    where = _any(_waiting_conditions(judge, {}))
    if mentions:
        ids = tuple(mentions)
        where = where.and_(("not among", len(ids)), ids, lambda *i: Post.id.not_in(list(i)))
    waiting = urgent = 0
    me, decide = fresh.id, judge._decide
    for writer, state, project, n, n_due in _compiled("counts", where, _grouped_counts,
                                                      judge.cutoff):
        project, n_due = bool(project), int(n_due or 0)
        for is_due, count in ((True, n_due), (False, n - n_due)):
            if count and decide(writer, state, project, is_due and writer == me, False):
                waiting += count
                # Urgent: due, and still without the approvals it needs (workflow.is_urgent).
                if is_due and judge.urgent(state, project, judge.cutoff):
                    urgent += count
    mentioned = 0
    if mentions:
        rows = (Post.select(Post.status, Post.concerns_project, Post.planned_at)
                .where(Post.id.in_(list(mentions))).tuples())
        for state, project, planned in rows:
            mentioned += 1
            if judge.urgent(state, bool(project), _time(planned) if planned else None):
                urgent += 1
    return InboxCounts(waiting + mentioned, urgent, mentioned)


def badge_count(user: UserInfo, now: _dt.datetime | None = None) -> int:
    """The number on the inbox's navigation entry: as many posts as ``waiting_for(user)``
    lists (``inbox_counts``: counted without reading them)."""
    return inbox_counts(user, now).waiting


def mark_seen(user: UserInfo, post_id: int) -> int:
    """``user`` has opened the post: their mentions in its thread leave the inbox."""
    return (ReviewMention.update(seen_at=utcnow())
            .where((ReviewMention.user == user.id) & (ReviewMention.post == post_id)
                   & ReviewMention.seen_at.is_null()).execute())


def activity_mark() -> tuple[int, int, int]:
    """Changes whenever a decision or a comment is stored or a post changed in any way
    (created, edited, moved, deleted, imported…): a cheap "has the inbox changed?" check
    for a screen or badge that polls (the latest decision and comment ids, and the audit id
    of the latest change of a post: a post moved to an hour from now is urgent, and a
    deleted post takes its decisions with it, which can leave the latest ones as they were;
    a mention is stored with its comment, so a comment that mentions nobody counts too).
    Two MAX() look-ups on an index and one read from the newest audit event back."""
    from models.audit import latest_id

    return (ReviewDecision.select(fn.MAX(ReviewDecision.id)).scalar() or 0,
            ReviewComment.select(fn.MAX(ReviewComment.id)).scalar() or 0,
            latest_id("post"))
