"""The approval workflow (rules P1-P4, P6) as plain functions over plain data.

No database and no Qt: ``models.reviews`` reads the post and the actor, asks
these functions, and writes the result.  The states are the values of
``models.posts.PostStatus`` (plain strings here, so that this module imports
nothing heavier than the role list)::

    draft ──submit──> in_review ──approve──> approved ──publish──> published
      ^                 │  │                    │  (not a project post, P3)
      └────withdraw─────┘  │                    │
                           return (reason)      │ concerns a company project (P2):
    returned <─────────────┘<──return (reason)──┤ "awaiting the general manager"
      └──submit──> in_review                    confirm
                                                  v
                                              confirmed ──publish──> published

"Awaiting the general manager" is not a state of its own: it is the state
``approved`` of a post whose ``concerns_project`` flag is set (``stage`` and
``stage_label`` name it for the screens).  So a post's state never disagrees
with its flag, and a post's flag can only change through an edit, which
sends an approved post back to review anyway (``state_after_edit``).

Who makes which move (``check_move`` raises ``MoveRefused`` naming the rule):

- submit: the post's writer, from draft or returned (P1: every post is
  reviewed before it goes out).
- withdraw: the writer, from in_review, back to draft.
- approve: an operations manager, from in_review (P1).  Nobody approves their
  own post: a post the operations manager wrote is approved by another
  operations manager or by the general manager.  The checklist (P4) must be
  complete and every sensitive-word hit confirmed (``check_checklist``,
  ``check_hits_confirmed``).
- return: whoever may approve the post (from in_review) or confirm it (from
  "awaiting the general manager"; the approving operations managers may also
  take their approval back this way), never on one's own post; a reason is
  required (``clean_reason``).
- confirm: the general manager, for a company-project post the operations
  manager has approved, not on their own post (P2).
- publish: the writer or an operations manager (P3, P6), only once the
  approvals exist: approved for an ordinary post, confirmed for a project post.

Editing an approved or confirmed post (anything but its planned time) sends
it back to in_review (``state_after_edit``): the reviewer then sees what
changed since the version they approved.  A published post stays published.

Urgency: a post whose planned time is within ``urgent_hours`` (a team
setting, default 24) or already past while it still lacks the approvals it
needs to be published is urgent (``is_urgent``).
"""
from __future__ import annotations

import datetime as _dt
import enum
from typing import Collection, Iterable, NamedTuple

from models.errors import PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, join_list, translate
from models.roles import Role

CONTEXT = "Workflow"

DRAFT = "draft"
IN_REVIEW = "in_review"
RETURNED = "returned"
APPROVED = "approved"
CONFIRMED = "confirmed"
PUBLISHED = "published"
STATES = (DRAFT, IN_REVIEW, RETURNED, APPROVED, CONFIRMED, PUBLISHED)

# The same set as models.posts.WRITER_ROLES (a test keeps them equal).
WRITER_ROLES = frozenset({Role.CONTENT_SPECIALIST, Role.CHANNEL_SPECIALIST,
                          Role.PROMOTION_SPECIALIST, Role.OPERATIONS_MANAGER})
# Changing any of these on an approved or confirmed post sends it back to review;
# the planned time is planning, not content, and may change freely.
REVIEWED_FIELDS = frozenset({"platform", "column", "title", "body", "source", "category",
                             "concerns_project", "event", "writer"})
DEFAULT_URGENT_HOURS = 24
MAX_URGENT_HOURS = 24 * 14
REASON_MAX = 2000


class Move(str, enum.Enum):
    SUBMIT = "submit"
    WITHDRAW = "withdraw"
    APPROVE = "approve"
    RETURN = "return"
    CONFIRM = "confirm"
    PUBLISH = "publish"

    @property
    def label(self) -> str:
        return translate(CONTEXT, MOVE_LABELS[self])


MOVE_LABELS = {
    Move.SUBMIT: QT_TRANSLATE_NOOP("Workflow", "Submit for review"),
    Move.WITHDRAW: QT_TRANSLATE_NOOP("Workflow", "Withdraw"),
    Move.APPROVE: QT_TRANSLATE_NOOP("Workflow", "Approve"),
    Move.RETURN: QT_TRANSLATE_NOOP("Workflow", "Return to the writer"),
    Move.CONFIRM: QT_TRANSLATE_NOOP("Workflow", "Confirm"),
    Move.PUBLISH: QT_TRANSLATE_NOOP("Workflow", "Mark as published"),
}


class CheckItem(str, enum.Enum):
    """The review checklist (rule P4); approving needs every item ticked."""

    LEGAL = "legal"
    TRUTHFUL = "truthful"
    ACCURATE = "accurate"
    HOUSE_STYLE = "house_style"
    NO_PERSONAL_OPINION = "no_personal_opinion"
    NO_INTERNAL_INFORMATION = "no_internal_information"
    NO_RUMOUR = "no_rumour"

    @property
    def label(self) -> str:
        return translate(CONTEXT, CHECK_LABELS[self])


CHECKLIST = tuple(CheckItem)
CHECK_LABELS = {
    CheckItem.LEGAL: QT_TRANSLATE_NOOP("Workflow", "Legal: breaks no law or regulation"),
    CheckItem.TRUTHFUL: QT_TRANSLATE_NOOP("Workflow", "Truthful"),
    CheckItem.ACCURATE: QT_TRANSLATE_NOOP("Workflow", "Accurate: names, figures, dates and "
                                                      "links checked"),
    CheckItem.HOUSE_STYLE: QT_TRANSLATE_NOOP("Workflow", "Follows the house style"),
    CheckItem.NO_PERSONAL_OPINION: QT_TRANSLATE_NOOP("Workflow", "No emotional personal "
                                                                 "opinion"),
    CheckItem.NO_INTERNAL_INFORMATION: QT_TRANSLATE_NOOP("Workflow", "No unreleased internal "
                                                                     "company information"),
    CheckItem.NO_RUMOUR: QT_TRANSLATE_NOOP("Workflow", "No rumour or unverified claim"),
}


class Stage(str, enum.Enum):
    """Where a post stands, as a person reads it (a state, with approved split in two)."""

    DRAFT = DRAFT
    IN_REVIEW = IN_REVIEW
    RETURNED = RETURNED
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    APPROVED = APPROVED
    CONFIRMED = CONFIRMED
    PUBLISHED = PUBLISHED

    @property
    def label(self) -> str:
        return translate(CONTEXT, STAGE_LABELS[self])


STAGE_LABELS = {
    Stage.DRAFT: QT_TRANSLATE_NOOP("Workflow", "Draft"),
    Stage.IN_REVIEW: QT_TRANSLATE_NOOP("Workflow", "In review"),
    Stage.RETURNED: QT_TRANSLATE_NOOP("Workflow", "Returned to the writer"),
    Stage.AWAITING_CONFIRMATION: QT_TRANSLATE_NOOP("Workflow", "Awaiting the general manager"),
    Stage.APPROVED: QT_TRANSLATE_NOOP("Workflow", "Approved"),
    Stage.CONFIRMED: QT_TRANSLATE_NOOP("Workflow", "Confirmed by the general manager"),
    Stage.PUBLISHED: QT_TRANSLATE_NOOP("Workflow", "Published"),
}


class PostFacts(NamedTuple):
    """What the rules need to know about a post besides its state."""

    writer_id: int
    writer_is_manager: bool = False  # the writer holds the operations manager role
    concerns_project: bool = False  # rule P2


class MoveRefused(PermissionDenied):
    """A move the rules do not allow this person in this state; ``rule`` names the rule."""

    def __init__(self, message: str, rule: str, move: Move | None = None, **values):
        super().__init__(message, **values)
        self.rule = rule
        self.move = move


class DecisionIncomplete(ValidationError):
    """A decision lacks what the rules ask for (a reason, the checklist, confirmed hits)."""

    def __init__(self, message: str, rule: str, field: str, **values):
        super().__init__(message, field=field, **values)
        self.rule = rule


# -- reading a state -----------------------------------------------------------------------

def awaiting_confirmation(state: str, concerns_project: bool) -> bool:
    """Approved by the operations manager, waiting for the general manager (rule P2)."""
    return state == APPROVED and bool(concerns_project)


def approvals_complete(state: str, concerns_project: bool) -> bool:
    """True when the post has every approval it needs to be published (P1, P2)."""
    if state == CONFIRMED:
        return True
    return state == APPROVED and not concerns_project


def stage(state: str, concerns_project: bool) -> Stage:
    if awaiting_confirmation(state, concerns_project):
        return Stage.AWAITING_CONFIRMATION
    try:
        return Stage(state)
    except ValueError:
        return Stage.DRAFT


def stage_label(state: str, concerns_project: bool) -> str:
    return stage(state, concerns_project).label


def state_after_edit(state: str, changed_fields: Iterable[str]) -> str:
    """The state after an edit changed ``changed_fields``: an approved or confirmed post
    whose reviewed content changed goes back to review (rules P1, P2); otherwise as it was.

    A post given to another writer while in review, approved or confirmed goes back to
    draft: its new writer submits it (rule P5, the post names who answers for it), and
    nobody can take a post out of their own name to approve it themselves (rule P1)."""
    changed = set(changed_fields)
    if "writer" in changed and state in (IN_REVIEW, APPROVED, CONFIRMED):
        return DRAFT
    if state in (APPROVED, CONFIRMED) and REVIEWED_FIELDS & changed:
        return IN_REVIEW
    return state


# -- who may do what ---------------------------------------------------------------------

class _Refusal(NamedTuple):
    """A refused move, cheap to make: ``allowed_moves`` asks about every move of every post
    of an inbox.  ``check_move`` turns it into ``MoveRefused``."""

    move: Move
    rule: str
    message: str
    with_stage: bool  # the message names the post's stage ({stage})


def _refuse(move: Move, rule: str, message: str, stage: bool = False) -> _Refusal:
    return _Refusal(move, rule, message, stage)


def _may_approve(post: PostFacts, roles: Collection[Role], actor_id: int) -> bool:
    if actor_id == post.writer_id:
        return False
    if Role.OPERATIONS_MANAGER in roles:
        return True
    return Role.GENERAL_MANAGER in roles and post.writer_is_manager


def _approve_refusal(post: PostFacts, roles: Collection[Role], actor_id: int,
                     move: Move) -> _Refusal:
    if actor_id == post.writer_id:
        if post.writer_is_manager:
            return _refuse(move, "P1", QT_TRANSLATE_NOOP(
                "Errors", "Nobody reviews their own post (rule P1). A post the operations "
                          "manager wrote is reviewed by another operations manager or by the "
                          "general manager."))
        return _refuse(move, "P1", QT_TRANSLATE_NOOP(
            "Errors", "Nobody reviews their own post (rule P1). The operations manager "
                      "reviews it."))
    if Role.GENERAL_MANAGER in roles:
        return _refuse(move, "P1", QT_TRANSLATE_NOOP(
            "Errors", "The operations manager reviews this post (rule P1). The general "
                      "manager reviews only posts the operations manager wrote, and confirms "
                      "company-project posts after the approval."))
    return _refuse(move, "P1", QT_TRANSLATE_NOOP(
        "Errors", "Only the operations manager reviews and approves posts (rule P1)."))


def _no_longer_writer(move: Move) -> _Refusal:
    """The writer of the post holds no writing role any more (moved to another department,
    say): like anyone outside the team's writers, she changes nothing on it (rule P6)."""
    return _refuse(move, "P6", QT_TRANSLATE_NOOP(
        "Errors", "Your roles no longer include writing posts, so you cannot change this "
                  "one. Ask the operations manager to give it to another writer."))


def _check(move: Move, state: str, post: PostFacts, roles: Collection[Role],
           actor_id: int) -> str | _Refusal:
    """The state ``move`` leads to, or why not (see ``check_move``)."""
    is_writer = actor_id == post.writer_id
    if move is Move.SUBMIT:
        if state not in (DRAFT, RETURNED):
            return _refuse(move, "P1", QT_TRANSLATE_NOOP(
                "Errors", "Only a draft or a returned post can be submitted for review; this "
                          "post is: {stage}."), stage=True)
        if not is_writer:
            return _refuse(move, "P5", QT_TRANSLATE_NOOP(
                "Errors", "Only the post's writer submits it for review."))
        if WRITER_ROLES.isdisjoint(roles):  # the writer's role was taken away meanwhile
            return _refuse(move, "P5", QT_TRANSLATE_NOOP(
                "Errors", "Your roles no longer include writing posts, so you cannot submit "
                          "this one. Ask the operations manager to give it to another writer."))
        return IN_REVIEW
    if move is Move.WITHDRAW:
        if state != IN_REVIEW:
            return _refuse(move, "P1", QT_TRANSLATE_NOOP(
                "Errors", "Only a post that is still in review can be withdrawn; this post "
                          "is: {stage}."), stage=True)
        if not is_writer:
            return _refuse(move, "P5", QT_TRANSLATE_NOOP(
                "Errors", "Only the post's writer withdraws it from review."))
        if WRITER_ROLES.isdisjoint(roles):
            return _no_longer_writer(move)
        return DRAFT
    if move is Move.APPROVE:
        if state != IN_REVIEW:
            return _refuse(move, "P1", QT_TRANSLATE_NOOP(
                "Errors", "Only a post in review can be approved; this post is: {stage}."),
                stage=True)
        if not _may_approve(post, roles, actor_id):
            return _approve_refusal(post, roles, actor_id, move)
        return APPROVED
    if move is Move.RETURN:
        if state == IN_REVIEW:
            if not _may_approve(post, roles, actor_id):
                return _approve_refusal(post, roles, actor_id, move)
            return RETURNED
        if awaiting_confirmation(state, post.concerns_project):
            if is_writer:
                return _approve_refusal(post, roles, actor_id, move)
            if Role.GENERAL_MANAGER in roles or _may_approve(post, roles, actor_id):
                return RETURNED
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "Only the general manager or the operations manager returns a "
                          "post that awaits the general manager's confirmation (rule P2)."))
        return _refuse(move, "P1", QT_TRANSLATE_NOOP(
            "Errors", "Only a post in review or awaiting the general manager can be returned; "
                      "this post is: {stage}."), stage=True)
    if move is Move.CONFIRM:
        if not post.concerns_project:
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "This post does not concern a company project, so it needs no "
                          "confirmation by the general manager (rule P2)."))
        if state != APPROVED:
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "The general manager confirms a company-project post after the "
                          "operations manager has approved it (rule P2); this post is: "
                          "{stage}."), stage=True)
        if Role.GENERAL_MANAGER not in roles:
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "Only the general manager confirms company-project posts "
                          "(rule P2)."))
        if is_writer:
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "Nobody confirms their own post (rule P2)."))
        return CONFIRMED
    if move is Move.PUBLISH:
        if state == PUBLISHED:
            return _refuse(move, "P3", QT_TRANSLATE_NOOP(
                "Errors", "This post has been published already."))
        if awaiting_confirmation(state, post.concerns_project):
            return _refuse(move, "P2", QT_TRANSLATE_NOOP(
                "Errors", "This post concerns a company project: the general manager must "
                          "confirm it before it is published (rule P2)."))
        if not approvals_complete(state, post.concerns_project):
            return _refuse(move, "P1", QT_TRANSLATE_NOOP(
                "Errors", "The operations manager must approve this post before it is "
                          "published (rule P1); it is: {stage}."),
                stage=True)
        if Role.OPERATIONS_MANAGER in roles:
            return PUBLISHED
        if not is_writer:
            return _refuse(move, "P6", QT_TRANSLATE_NOOP(
                "Errors", "Only the post's writer or the operations manager marks it as "
                          "published (rules P3, P6)."))
        if WRITER_ROLES.isdisjoint(roles):  # P6: no longer on the team's writing side
            return _no_longer_writer(move)
        return PUBLISHED
    raise ValueError(f"unknown move {move!r}")


def check_move(move: Move | str, state: str, post: PostFacts, actor_roles: Collection[Role],
               actor_id: int) -> str:
    """The state that ``move`` leads to when ``actor_id`` (holding ``actor_roles``) makes it
    on a post in ``state``; raises ``MoveRefused`` (``.rule``: "P1", "P2", ...) otherwise."""
    move = Move(move)
    result = _check(move, state, post, frozenset(actor_roles), actor_id)
    if isinstance(result, _Refusal):
        values = {"stage": stage_label(state, post.concerns_project)} if result.with_stage else {}
        raise MoveRefused(result.message, result.rule, move, **values)
    return result


def allowed_moves(state: str, post: PostFacts, actor_roles: Collection[Role],
                  actor_id: int) -> list[Move]:
    """Every move ``actor_id`` may make on the post now, in ``Move`` order."""
    roles = frozenset(actor_roles)
    return [move for move in _MOVES
            if not isinstance(_check(move, state, post, roles, actor_id), _Refusal)]


_MOVES = tuple(Move)


def may(move: Move, state: str, post: PostFacts, actor_roles: frozenset,
        actor_id: int) -> bool:
    """Whether ``check_move`` would allow the move (no error is built: for long lists)."""
    return not isinstance(_check(move, state, post, actor_roles, actor_id), _Refusal)


# -- what a decision must carry ------------------------------------------------------------

def check_source(source: str | None) -> None:
    """A post goes for review and is approved only naming its source (rule P5: every
    post names its source, writer and reviewer); ``DecisionIncomplete`` otherwise."""
    if not (source or "").strip():
        raise DecisionIncomplete(
            QT_TRANSLATE_NOOP("Errors", "The post names no source (rule P5). Say where its "
                                        "content comes from before it is submitted or "
                                        "approved."), "P5", "source")


def check_checklist(ticked: Iterable[CheckItem | str]) -> tuple[str, ...]:
    """The ticked items in checklist order; ``DecisionIncomplete`` (rule P4) naming the
    items left unticked.  Values that are not checklist items are ignored."""
    values = set()
    for item in ticked:
        try:
            values.add(CheckItem(item))
        except ValueError:
            continue
    missing = [item for item in CHECKLIST if item not in values]
    if missing:
        raise DecisionIncomplete(
            QT_TRANSLATE_NOOP("Errors", "Tick every item of the review checklist before "
                                          "approving (rule P4). Not ticked yet: {items}."),
            "P4", "checklist",
            items=translate("Workflow", QT_TRANSLATE_NOOP("Workflow", "; ")).join(
                m.label for m in missing))
    return tuple(item.value for item in CHECKLIST)


def check_hits_confirmed(hits: Iterable, confirmed: Iterable) -> None:
    """Every sensitive-word hit must be among those the reviewer confirmed (rule P4).

    ``hits`` and ``confirmed`` hold comparable items (``models.sensitive.FieldHit``)."""
    done = {tuple(h) for h in confirmed}
    left = [h for h in hits if tuple(h) not in done]
    if left:
        words = list(dict.fromkeys(getattr(h, "word", str(h)) for h in left))
        raise DecisionIncomplete(
            QT_TRANSLATE_NOOP("Errors", "Confirm each highlighted sensitive word before "
                                          "approving (rule P4): {words}."),
            "P4", "hits", words=join_list(words))


def clean_reason(reason: str | None) -> str:
    """A return's reason, stripped; ``DecisionIncomplete`` when it is empty or too long."""
    text = (reason or "").strip()
    if not text:
        raise DecisionIncomplete(
            QT_TRANSLATE_NOOP("Errors", "Say why the post goes back, so that the writer "
                                          "knows what to change."), "P1", "reason")
    if len(text) > REASON_MAX:
        raise DecisionIncomplete(
            QT_TRANSLATE_NOOP("Errors", "The reason is too long (at most {n} characters)."),
            "P1", "reason", n=REASON_MAX)
    return text


# -- urgency -------------------------------------------------------------------------------

def clean_urgent_hours(value) -> int:
    """The urgency window in whole hours (1 to two weeks); ``ValidationError`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or not \
            1 <= value <= MAX_URGENT_HOURS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose between 1 and {n} hours."),
            field="urgent_hours", n=MAX_URGENT_HOURS)
    return value


def urgent_cutoff(now: _dt.datetime, hours: int) -> _dt.datetime:
    """Posts planned before this time are urgent if they lack approvals."""
    return now + _dt.timedelta(hours=hours)


def is_urgent(state: str, concerns_project: bool, planned_at: _dt.datetime | None,
              now: _dt.datetime, hours: int = DEFAULT_URGENT_HOURS) -> bool:
    """A post planned within ``hours`` of ``now`` (or already past) that does not yet have
    the approvals it needs to be published (P1, P2).  Unscheduled posts are never urgent."""
    if planned_at is None:
        return False
    return is_urgent_before(state, concerns_project, planned_at, urgent_cutoff(now, hours))


def is_urgent_before(state: str, concerns_project: bool, planned_at: _dt.datetime | None,
                     cutoff: _dt.datetime) -> bool:
    """``is_urgent`` with the cutoff (``urgent_cutoff(now, hours)``) worked out once, for
    long lists: the inbox's thousands of rows, the calendar's cards."""
    if planned_at is None or state == PUBLISHED:
        return False
    if approvals_complete(state, concerns_project):
        return False
    return planned_at <= cutoff
