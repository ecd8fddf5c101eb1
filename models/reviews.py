"""The approval workflow's services (issue 4): decisions, comments, history, differences.

Every service checks the actor against the database (roles may have changed
since log-in), asks ``models.workflow`` whether the move is allowed (rules
P1-P6; a refusal is ``workflow.MoveRefused`` naming the rule), writes in one
transaction and records an audit event:

    post.submitted  post.withdrawn  post.approved  post.returned
    post.confirmed  post.published  post.reopened  post.commented

Each decision names the post version its maker was looking at.  The post's
row is changed with a version guard (``UPDATE ... WHERE version = ?``): when
two reviewers decide on the same post at once, the second one finds a newer
version and gets ``ConflictError`` (saying who acted and what the post is
now) and nothing of theirs is stored: only one decision counts.

An approval keeps the title and body it approved, so that after an edit the
reviewer sees a word-level difference since then (``changes_since_approval``).
Mentions (``@李娜``, ``@lina``) reach the mentioned person's inbox
(``models.inbox``; its queries are re-exported here).
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from peewee import JOIN

from models import audit, sensitive, textdiff, workflow
from models.db import Statement, database
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.inbox import (InboxCounts, InboxItem, Reason, activity_mark, all_posts,  # noqa: F401
                          badge_count, inbox_counts, is_post_urgent, item_for, mark_seen, mine,
                          moved_last_by, set_urgent_hours, unseen_mention_ids, urgent_hours,
                          waiting_for, waiting_ids, waiting_page)
from models.posts import URL_MAX, Post, PostInfo, check_lengths, get_post, stored_time
from models.review_tables import ReviewComment, ReviewDecision, ReviewMention, now_precise
from models.roles import Role
from models.sensitive import FieldHit
from models.textdiff import Segment
from models.timeutil import format_local, utcnow
from models.users import User, UserInfo, UserRole, require_active
from models.workflow import Move, PostFacts

COMMENT_MAX = 4000
REOPEN = "reopen"  # the history action of an edit that sent an approved post back to review
REASSIGN = "reassign"  # ... that gave a post in review or approved to another writer: a draft
EDIT = "edit"  # ... that changed a post while it waited in review (it stays in review)
COMMENT = "comment"
AUDIT_ACTIONS = {
    Move.SUBMIT: "post.submitted", Move.WITHDRAW: "post.withdrawn",
    Move.APPROVE: "post.approved", Move.RETURN: "post.returned",
    Move.CONFIRM: "post.confirmed", Move.PUBLISH: "post.published",
    REOPEN: "post.reopened", REASSIGN: "post.reassigned", COMMENT: "post.commented",
}
HISTORY_LABELS = {
    Move.SUBMIT.value: QT_TRANSLATE_NOOP("Reviews", "Submitted for review"),
    Move.WITHDRAW.value: QT_TRANSLATE_NOOP("Reviews", "Withdrew from review"),
    Move.APPROVE.value: QT_TRANSLATE_NOOP("Reviews", "Approved"),
    Move.RETURN.value: QT_TRANSLATE_NOOP("Reviews", "Returned to the writer"),
    Move.CONFIRM.value: QT_TRANSLATE_NOOP("Reviews", "Confirmed (general manager)"),
    Move.PUBLISH.value: QT_TRANSLATE_NOOP("Reviews", "Marked as published"),
    REOPEN: QT_TRANSLATE_NOOP("Reviews", "Edited after approval: back to review"),
    REASSIGN: QT_TRANSLATE_NOOP("Reviews", "Given to another writer: back to draft"),
    EDIT: QT_TRANSLATE_NOOP("Reviews", "Edited while in review"),
    COMMENT: QT_TRANSLATE_NOOP("Reviews", "Commented"),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a post's story: a decision (``kind`` "decision") or a comment."""

    kind: str
    id: int
    action: str  # a Move value, "reopen" or "comment"
    actor_id: int | None
    actor_name: str
    at: _dt.datetime
    post_version: int  # the version the person was looking at (a reopen: the one edited)
    from_state: str | None
    to_state: str | None
    text: str  # reason, note, published URL, comment; a reopen: the fields changed
    checklist: tuple[str, ...] = ()
    hits: tuple[FieldHit, ...] = ()
    mentioned_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return translate("Reviews", HISTORY_LABELS.get(self.action, self.action))


@dataclass(frozen=True)
class CommentInfo:
    id: int
    post_id: int
    author_id: int
    author_name: str
    at: _dt.datetime
    post_version: int
    text: str
    mentioned_ids: tuple[int, ...]
    #: People ``@``-named who are no longer active: not told (a screen says so).
    not_told: tuple[str, ...] = ()
    #: Names ``@``-mentioned that two or more active people share: nobody told (a screen
    #: says so, and the user names to write instead).
    shared_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """A reviewed field other than title and body, as approved and as it is now: names
    for platform, column, event and writer ("" for none), the stored value of category,
    a bool for the project flag, the text of the source."""

    field: str  # one of workflow.REVIEWED_FIELDS
    before: object
    after: object


@dataclass(frozen=True)
class ApprovalDiff:
    """What changed since the last approval: title and body (``textdiff`` segments) and
    the other reviewed fields (approvals made before migration 0008 did not keep them)."""

    approved_version: int
    approved_at: _dt.datetime
    approved_by: str
    title: list[Segment]
    body: list[Segment]
    fields: tuple[FieldChange, ...] = ()

    @property
    def changed(self) -> bool:
        return (textdiff.has_changes(self.title) or textdiff.has_changes(self.body)
                or bool(self.fields))


# -- reading the post and the actor ----------------------------------------------------------

# The reads of every decision, compiled once (``db.Statement``: peewee spent more time
# writing their SQL than the database running it; an approval is timed).
_MANAGER_ROLE = Statement(lambda user_id: UserRole.select(UserRole.user).where(
    (UserRole.user == user_id) & (UserRole.role == Role.OPERATIONS_MANAGER.value)))
_POST_TO_DECIDE = Statement(lambda post_id: Post.select(
    Post.id, Post.status, Post.writer, Post.concerns_project, Post.version, Post.title,
    Post.body, Post.source, Post.platform, Post.column, Post.category, Post.event)
    .where(Post.id == post_id))


class _Loaded(NamedTuple):
    """What a decision reads of a post."""

    id: int
    status: str
    writer_id: int
    concerns_project: bool
    version: int
    title: str
    body: str
    source: str
    platform_id: int
    column_id: int | None
    category: str
    event_id: int | None


def _writer_is_manager(writer_id: int) -> bool:
    return bool(_MANAGER_ROLE.rows(writer_id))


def _load(post_id: int) -> _Loaded:
    rows = _POST_TO_DECIDE.rows(post_id)
    if not rows:
        raise NotFound()
    i, status, writer, project, *rest = rows[0]
    return _Loaded(i, status, writer, bool(project), *rest)


def _facts(row: _Loaded) -> PostFacts:
    return PostFacts(row.writer_id, _writer_is_manager(row.writer_id), row.concerns_project)


def _decision_conflict(post_id: int) -> Exception:
    row = (Post.select(Post.status, Post.concerns_project, Post.updated_at, Post.updated_by)
           .where(Post.id == post_id).first())
    if row is None:
        return NotFound()
    who = None
    if row.updated_by_id is not None:
        who = User.select(User.display_name).where(User.id == row.updated_by_id).scalar()
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "{who} changed this post at {when}; it is now: {stage}. "
                                    "Your decision was not recorded. Look at the latest version "
                                    "and decide again."),
        who=who or translate("Errors", QT_TRANSLATE_NOOP("Errors", "A colleague")),
        when=format_local(row.updated_at),
        stage=workflow.stage_label(row.status, row.concerns_project))


def allowed_moves(actor: UserInfo, post_id: int) -> list[Move]:
    """The moves ``actor`` may make on the post now (which buttons to offer)."""
    fresh = require_active(actor)
    row = _load(post_id)
    return workflow.allowed_moves(row.status, _facts(row), fresh.roles, fresh.id)


def hits_for(post_id: int) -> list[FieldHit]:
    """The team's sensitive words found in the post's title and body (rule P4)."""
    row = _load(post_id)
    return sensitive.post_hits(row.title, row.body, sensitive.get_words())


# -- decisions ---------------------------------------------------------------------------------

# The reviewed fields an approval keeps besides title and body (workflow.REVIEWED_FIELDS),
# in the order the review pane lists their changes.
_SNAPSHOT_FIELDS = ("platform", "column", "source", "category", "concerns_project", "event",
                    "writer")


def _names_query(post_id):
    from models.events import Event
    from models.platforms import Platform, PlatformColumn

    return (Post.select(Platform.name, PlatformColumn.name, Event.name, User.display_name)
            .join(Platform, on=(Platform.id == Post.platform))
            .join(User, on=(User.id == Post.writer))
            .join(PlatformColumn, JOIN.LEFT_OUTER, on=(PlatformColumn.id == Post.column))
            .join(Event, JOIN.LEFT_OUTER, on=(Event.id == Post.event))
            .where(Post.id == post_id))


_POST_NAMES = Statement(_names_query)


def _names(row) -> dict[str, str]:
    """The names of the post's platform, column, event and writer, as they are now (one
    query: an approval is timed, ``tests/benchmarks/test_inbox.py``)."""
    found = (_POST_NAMES.rows(row.id) or [("", "", "", "")])[0]
    return {key: value or "" for key, value in zip(("platform", "column", "event", "writer"),
                                                    found)}


def _snapshot(row: _Loaded) -> dict:
    """The reviewed fields of ``row`` besides title and body: [id, name] for the ones that
    point at another row, the value for the others."""
    names = _names(row)
    return {"platform": [row.platform_id, names["platform"]],
            "column": [row.column_id, names["column"]],
            "event": [row.event_id, names["event"]],
            "writer": [row.writer_id, names["writer"]],
            "source": row.source or "", "category": row.category,
            "concerns_project": bool(row.concerns_project)}


def _field_changes(approved: str | None, row: _Loaded) -> tuple[FieldChange, ...]:
    if not approved:
        return ()
    try:
        before = json.loads(approved)
    except ValueError:
        return ()
    now = _snapshot(row)
    changes = []
    for field in _SNAPSHOT_FIELDS:
        if field not in before:
            continue
        old, new = before[field], now[field]
        if isinstance(new, list):  # [id, name]: the same row, whatever its name now
            if (old or [None])[0] != new[0]:
                changes.append(FieldChange(field, (old or [None, ""])[1] or "", new[1]))
        elif old != new:
            changes.append(FieldChange(field, old, new))
    return tuple(changes)


def _hits_json(hits: Iterable[FieldHit]) -> str:
    hits = [list(h) for h in hits]
    return json.dumps(hits, ensure_ascii=False) if hits else ""


def _decide(actor: UserInfo, post_id: int, version: int, move: Move, prepare=None,
            **post_values) -> PostInfo:
    """Check and record ``move`` on version ``version`` of the post, in one transaction.

    ``prepare(row)`` validates what the decision carries (after the move is allowed) and
    returns the decision's extra columns.
    """
    with database.atomic():
        fresh = require_active(actor)
        row = _load(post_id)
        if row.version != version:
            raise _decision_conflict(post_id)
        target = workflow.check_move(move, row.status, _facts(row), fresh.roles, fresh.id)
        extra = prepare(row) if prepare else {}
        count = (Post.update(status=target, version=Post.version + 1, updated_at=utcnow(),
                             updated_by=fresh.id, **post_values)
                 .where((Post.id == post_id) & (Post.version == version)).execute())
        if count != 1:
            raise _decision_conflict(post_id)
        ReviewDecision.insert(post=post_id, action=move.value, actor=fresh.id,
                              actor_name=fresh.display_name, at=now_precise(),
                              post_version=version, from_state=row.status, to_state=target,
                              **extra).execute()
        detail = {"version": version, "from": row.status, "to": target}
        if extra.get("checklist"):
            detail["checklist"] = json.loads(extra["checklist"])
        if extra.get("hits"):
            detail["hits"] = len(json.loads(extra["hits"]))
        audit.record(fresh, AUDIT_ACTIONS[move], "post", post_id, **detail)
    return get_post(post_id)


def _clean_note(note: str | None) -> str:
    text = (note or "").strip()
    if len(text) > workflow.REASON_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The note is too long (at most {n} "
                                                          "characters)."),
                              field="note", n=workflow.REASON_MAX)
    return text


def submit(actor: UserInfo, post_id: int, version: int) -> PostInfo:
    """The writer sends a draft or returned post for review (rule P1), naming its source
    (rule P5).

    A post with sensitive-word hits may be submitted; the hits are recorded with the
    decision and shown to the reviewer (``hits_for``)."""
    def prepare(row):
        workflow.check_source(row.source)
        # The limits as they are now: the manager may have lowered them since the post was
        # saved (on another PC), and a post over them went through.
        check_lengths(row.platform_id, row.title, row.body)
        return {"hits": _hits_json(sensitive.post_hits(row.title, row.body,
                                                       sensitive.get_words()))}
    return _decide(actor, post_id, version, Move.SUBMIT, prepare)



def withdraw(actor: UserInfo, post_id: int, version: int) -> PostInfo:
    """The writer takes a post still in review back to draft."""
    return _decide(actor, post_id, version, Move.WITHDRAW)


def approve(actor: UserInfo, post_id: int, version: int, checklist: Iterable,
            confirmed_hits: Iterable[FieldHit] = (), note: str = "") -> PostInfo:
    """The operations manager approves the post (rule P1; not their own post).

    The post must name its source (rule P5), every checklist item (rule P4,
    ``workflow.CHECKLIST``) must be ticked and every
    sensitive-word hit of ``hits_for`` confirmed; both are stored with the decision,
    with a snapshot of the approved title and body."""
    ticked = list(checklist)
    confirmed = list(confirmed_hits)

    def prepare(row):
        workflow.check_source(row.source)
        check_lengths(row.platform_id, row.title, row.body)  # as they are now (see submit)
        ticks = workflow.check_checklist(ticked)
        hits = sensitive.post_hits(row.title, row.body, sensitive.get_words())
        workflow.check_hits_confirmed(hits, confirmed)
        return {"checklist": json.dumps(list(ticks)), "hits": _hits_json(hits),
                "text": _clean_note(note), "title": row.title, "body": row.body,
                "fields": json.dumps(_snapshot(row), ensure_ascii=False)}
    return _decide(actor, post_id, version, Move.APPROVE, prepare)


def return_post(actor: UserInfo, post_id: int, version: int, reason: str) -> PostInfo:
    """A reviewer sends the post back to its writer; the reason is required."""
    def prepare(row):
        return {"text": workflow.clean_reason(reason)}
    return _decide(actor, post_id, version, Move.RETURN, prepare)


def confirm(actor: UserInfo, post_id: int, version: int, note: str = "") -> PostInfo:
    """The general manager confirms an approved company-project post (rule P2)."""
    def prepare(row):
        return {"text": _clean_note(note)}
    return _decide(actor, post_id, version, Move.CONFIRM, prepare)


def _clean_url(url: str | None) -> str:
    url = (url or "").strip()
    if not url:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the link of the published "
                                                          "post."), field="url")
    if not url.lower().startswith(("http://", "https://")) or any(c.isspace() for c in url) \
            or len(url) > URL_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the post's full link, starting with https:// "
                                        "(at most {n} characters)."), field="url", n=URL_MAX)
    return url


def _clean_published_at(value: _dt.datetime | None) -> _dt.datetime:
    now = utcnow()
    if value is None:
        return now
    value = stored_time(value, "published_at").replace(microsecond=0)
    if value > now + _dt.timedelta(minutes=5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{when} is still ahead. Mark a post as published once "
                                        "it is out."), field="published_at",
            when=format_local(value))
    return value


def _check_published_after_approval(post_id: int, when: _dt.datetime) -> None:
    """A post goes out after its approval (rule P1; and the confirmation, P2): a publication
    time before the last of them is a typing slip, refused naming that time.  The form
    gives minutes, so a time in the minute of the approval passes."""
    last = (ReviewDecision.select(ReviewDecision.at)
            .where((ReviewDecision.post == post_id)
                   & ReviewDecision.action.in_([Move.APPROVE.value, Move.CONFIRM.value]))
            .order_by(ReviewDecision.at.desc()).first())
    approved = last.at if last is not None else None
    if approved is not None and when < approved.replace(second=0, microsecond=0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The post was approved on {when}; it cannot have gone "
                                        "out before that (rule P1). Check the date and time."),
            field="published_at", when=format_local(approved))


def mark_published(actor: UserInfo, post_id: int, version: int, url: str,
                   published_at: _dt.datetime | None = None) -> PostInfo:
    """The writer (or the operations manager) records where and when the post went out
    (rule P3).  Only a post with the approvals it needs: approved, and for a
    company-project post also confirmed (rules P1, P2, P6).  ``published_at`` is UTC
    (naive) or aware; default now."""
    url = _clean_url(url)
    when = _clean_published_at(published_at)

    def prepare(row):
        _check_published_after_approval(post_id, when)
        return {"text": url}
    return _decide(actor, post_id, version, Move.PUBLISH, prepare, published_url=url,
                   published_at=when)


def record_edit(actor: UserInfo, post_id: int, version: int, from_state: str, to_state: str,
                changed: Iterable[str]) -> None:
    """Called inside the transaction of every edit of version ``version`` (``posts.update_post``,
    ``events.delete_event``): a line of the post's history if it touched what reviewers
    check.  An approved or confirmed post went back to review (REOPEN), a post in review
    or approved was given to another writer (to draft, REASSIGN), or a post in review
    stayed there (EDIT: the audit log has that edit already, as ``post.updated``).  Any
    other edit leaves no line."""
    changed = sorted(changed)
    if from_state == to_state and not (to_state == workflow.IN_REVIEW
                                       and workflow.REVIEWED_FIELDS & set(changed)):
        return
    if to_state == workflow.DRAFT:
        action = REASSIGN
    elif from_state == to_state:
        action = EDIT
    else:
        action = REOPEN
    ReviewDecision.insert(post=post_id, action=action, actor=actor.id,
                          actor_name=actor.display_name, at=now_precise(),
                          post_version=version, from_state=from_state,
                          to_state=to_state, text=", ".join(changed)).execute()
    if action != EDIT:
        audit.record(actor, AUDIT_ACTIONS[action], "post", post_id, version=version,
                     **{"from": from_state, "changed": changed})


# -- comments and mentions ---------------------------------------------------------------------

def _ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "_.-")


def find_mentions(text: str, people: Iterable[tuple[int, str, str]]) -> list[int]:
    """The ids of the people ``@``-mentioned in ``text``, in order of first mention.

    ``people`` holds (id, login, display name).  After ``@`` the longest login or display
    name wins (``@李娜请看`` names 李娜, Chinese needs no space after the name); a Latin name
    must end at a word boundary, and an ``@`` inside a word (an e-mail address) is not a
    mention.  A name two people share names nobody (``add_comment`` says so)."""
    return _mentions(text, people)[0]


def _mentions(text: str, people) -> tuple[list[int], list[str]]:
    names: dict[str, int | None] = {}
    shown: dict[str, str] = {}
    for uid, login, display in people:
        for name in (login, display):
            key = (name or "").strip().casefold()
            if key:
                names[key] = uid if names.get(key, uid) == uid else None
                shown.setdefault(key, name.strip())
    # Shared names are matched too (the longest name still wins), and then name nobody.
    ordered = sorted(names, key=len, reverse=True)
    found: list[int] = []
    shared: list[str] = []
    for i, ch in enumerate(text or ""):
        if ch not in "@＠" or (i and _ascii_word(text[i - 1])):
            continue
        rest = text[i + 1:i + 101].casefold()
        for name in ordered:
            if rest.startswith(name) and not (
                    _ascii_word(name[-1]) and len(rest) > len(name)
                    and _ascii_word(rest[len(name)]) and rest[len(name)] != "."):
                uid = names[name]
                if uid is None:
                    if shown[name] not in shared:
                        shared.append(shown[name])
                elif uid not in found:
                    found.append(uid)
                break
    return found, shared


def _involved(fresh: UserInfo, post_id: int, writer_id: int) -> bool:
    """Anyone involved may comment: the writer, the managers who review and confirm, and
    whoever has already decided on, commented on or been mentioned in the post."""
    if fresh.id == writer_id or fresh.roles & {Role.OPERATIONS_MANAGER, Role.GENERAL_MANAGER}:
        return True
    return any(q.exists() for q in (
        ReviewDecision.select().where((ReviewDecision.post == post_id)
                                      & (ReviewDecision.actor == fresh.id)),
        ReviewComment.select().where((ReviewComment.post == post_id)
                                     & (ReviewComment.author == fresh.id)),
        ReviewMention.select().where((ReviewMention.post == post_id)
                                     & (ReviewMention.user == fresh.id))))


def add_comment(actor: UserInfo, post_id: int, text: str) -> CommentInfo:
    """A comment in the post's thread; the people it ``@``-mentions see it in their inbox
    (the active ones: anyone else named is listed in ``not_told``)."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write a comment first."),
                              field="comment")
    if len(text) > COMMENT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The comment is too long (at most "
                                                          "{n} characters)."),
                              field="comment", n=COMMENT_MAX)
    with database.atomic():
        fresh = require_active(actor)
        row = _load(post_id)
        if not _involved(fresh, post_id, row.writer_id):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "Only the people involved in a post comment on it: its writer, the "
                          "managers, and those mentioned in its thread."))
        people = list(User.select(User.id, User.login, User.display_name)
                      .where(User.active == True).tuples())  # noqa: E712
        mentioned, shared = _mentions(text, people)
        mentioned = [uid for uid in mentioned if uid != fresh.id]
        gone = list(User.select(User.id, User.login, User.display_name)
                    .where(User.active == False).tuples())  # noqa: E712
        names = {uid: name for uid, _login, name in gone}
        # A name an active colleague answers to is theirs, though someone who left had it.
        taken = {(n or "").strip().casefold() for _uid, login, display in people
                 for n in (login, display)}
        gone = [(uid, login if login.casefold() not in taken else "",
                 display if display.strip().casefold() not in taken else "")
                for uid, login, display in gone]
        not_told = tuple(names[uid] for uid in find_mentions(text, gone))
        at = now_precise()
        comment_id = ReviewComment.insert(post=post_id, author=fresh.id,
                                          author_name=fresh.display_name, at=at,
                                          post_version=row.version, text=text).execute()
        if mentioned:
            ReviewMention.insert_many([dict(comment=comment_id, post=post_id, user=uid, at=at)
                                       for uid in mentioned]).execute()
        audit.record(fresh, AUDIT_ACTIONS[COMMENT], "post", post_id, comment=comment_id,
                     version=row.version, mentioned=mentioned)
    return CommentInfo(comment_id, post_id, fresh.id, fresh.display_name, at, row.version, text,
                       tuple(mentioned), not_told, tuple(shared))


# -- the story of a post -------------------------------------------------------------------------

def _hits(raw: str) -> tuple[FieldHit, ...]:
    return tuple(FieldHit(*h) for h in json.loads(raw)) if raw else ()


def history(post_id: int) -> list[HistoryEntry]:
    """Every decision and comment on the post, oldest first: who, when, which version, the
    checklist and hits of an approval, the reason of a return, whom a comment mentions."""
    out = []
    for d in (ReviewDecision.select().where(ReviewDecision.post == post_id)
              .order_by(ReviewDecision.at, ReviewDecision.id)):
        out.append(HistoryEntry("decision", d.id, d.action, d.actor_id, d.actor_name, d.at,
                                d.post_version, d.from_state, d.to_state, d.text,
                                tuple(json.loads(d.checklist)) if d.checklist else (),
                                _hits(d.hits)))
    mentions: dict[int, list[int]] = {}
    for comment_id, user_id in (ReviewMention.select(ReviewMention.comment, ReviewMention.user)
                                .where(ReviewMention.post == post_id)
                                .order_by(ReviewMention.id).tuples()):
        mentions.setdefault(comment_id, []).append(user_id)
    for c in (ReviewComment.select().where(ReviewComment.post == post_id)
              .order_by(ReviewComment.at, ReviewComment.id)):
        out.append(HistoryEntry("comment", c.id, COMMENT, c.author_id, c.author_name, c.at,
                                c.post_version, None, None, c.text,
                                mentioned_ids=tuple(mentions.get(c.id, ()))))
    out.sort(key=lambda e: (e.at, e.kind != "decision", e.id))
    return out


def changes_since_approval(post_id: int) -> ApprovalDiff | None:
    """The word-level difference (Chinese included) of title and body between the version
    last approved and the post now; None if it has never been approved."""
    row = _load(post_id)
    last = (ReviewDecision.select(ReviewDecision.post_version, ReviewDecision.at,
                                  ReviewDecision.actor_name, ReviewDecision.title,
                                  ReviewDecision.body, ReviewDecision.fields)
            .where((ReviewDecision.post == post_id)
                   & (ReviewDecision.action == Move.APPROVE.value))
            .order_by(ReviewDecision.at.desc(), ReviewDecision.id.desc()).first())
    if last is None:
        return None
    return ApprovalDiff(last.post_version, last.at, last.actor_name,
                        textdiff.diff(last.title or "", row.title),
                        textdiff.diff(last.body or "", row.body),
                        _field_changes(last.fields, row))
