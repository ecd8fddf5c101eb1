"""The approval state machine (issue 4, rules P1-P6) as pure rules: no database.

The tables below spell out, for every state and every kind of person, exactly
which moves are allowed; every other move must be refused with the rule it
breaks.  The writer is a content specialist unless the test says otherwise.
"""
from __future__ import annotations

import datetime as dt

import pytest

from models import posts, workflow
from models.errors import PermissionDenied, ValidationError
from models.posts import PostStatus
from models.roles import Role
from models.sensitive import FieldHit
from models.workflow import (APPROVED, CONFIRMED, DRAFT, IN_REVIEW, PUBLISHED, RETURNED,
                             CheckItem, DecisionIncomplete, Move, MoveRefused, PostFacts, Stage)

SUBMIT, WITHDRAW, APPROVE, RETURN, CONFIRM, PUBLISH = Move

# Who acts: (id, roles).  Id 1 writes the specialist's posts, id 10 the manager's.
PEOPLE = {
    "writer": (1, {Role.CONTENT_SPECIALIST}),
    "other specialist": (2, {Role.PROMOTION_SPECIALIST, Role.CHANNEL_SPECIALIST}),
    "customer service": (3, {Role.CUSTOMER_SERVICE}),
    "account administrator": (4, {Role.ACCOUNT_ADMINISTRATOR}),
    "read-only staff": (5, set()),
    "manager": (10, {Role.OPERATIONS_MANAGER}),
    "second manager": (11, {Role.OPERATIONS_MANAGER, Role.CONTENT_SPECIALIST}),
    "general manager": (20, {Role.GENERAL_MANAGER}),
}
SPECIALIST_POST = PostFacts(writer_id=1)
SPECIALIST_PROJECT_POST = PostFacts(writer_id=1, concerns_project=True)
MANAGER_POST = PostFacts(writer_id=10, writer_is_manager=True)
MANAGER_PROJECT_POST = PostFacts(writer_id=10, writer_is_manager=True, concerns_project=True)

# state -> person -> the moves allowed; anyone not named may do nothing.
ORDINARY = {  # a specialist's post that does not concern a company project
    DRAFT: {"writer": {SUBMIT}},
    IN_REVIEW: {"writer": {WITHDRAW}, "manager": {APPROVE, RETURN},
                "second manager": {APPROVE, RETURN}},
    RETURNED: {"writer": {SUBMIT}},
    APPROVED: {"writer": {PUBLISH}, "manager": {PUBLISH}, "second manager": {PUBLISH}},
    CONFIRMED: {"writer": {PUBLISH}, "manager": {PUBLISH}, "second manager": {PUBLISH}},
    PUBLISHED: {},
}
PROJECT = {  # P2: the general manager confirms after the manager's approval
    DRAFT: {"writer": {SUBMIT}},
    IN_REVIEW: {"writer": {WITHDRAW}, "manager": {APPROVE, RETURN},
                "second manager": {APPROVE, RETURN}},
    RETURNED: {"writer": {SUBMIT}},
    APPROVED: {"manager": {RETURN}, "second manager": {RETURN},
               "general manager": {CONFIRM, RETURN}},
    CONFIRMED: {"writer": {PUBLISH}, "manager": {PUBLISH}, "second manager": {PUBLISH}},
    PUBLISHED: {},
}
BY_MANAGER = {  # P1: the manager's own post is reviewed by another manager or the GM
    DRAFT: {"manager": {SUBMIT}},
    IN_REVIEW: {"manager": {WITHDRAW}, "second manager": {APPROVE, RETURN},
                "general manager": {APPROVE, RETURN}},
    RETURNED: {"manager": {SUBMIT}},
    APPROVED: {"manager": {PUBLISH}, "second manager": {PUBLISH}},
    CONFIRMED: {"manager": {PUBLISH}, "second manager": {PUBLISH}},
    PUBLISHED: {},
}
BY_MANAGER_PROJECT = {
    DRAFT: {"manager": {SUBMIT}},
    IN_REVIEW: {"manager": {WITHDRAW}, "second manager": {APPROVE, RETURN},
                "general manager": {APPROVE, RETURN}},
    RETURNED: {"manager": {SUBMIT}},
    APPROVED: {"second manager": {RETURN}, "general manager": {CONFIRM, RETURN}},
    CONFIRMED: {"manager": {PUBLISH}, "second manager": {PUBLISH}},
    PUBLISHED: {},
}
TARGET = {SUBMIT: IN_REVIEW, WITHDRAW: DRAFT, APPROVE: APPROVED, RETURN: RETURNED,
          CONFIRM: CONFIRMED, PUBLISH: PUBLISHED}
CASES = [(name, facts, table, state, person)
         for name, facts, table in (("ordinary", SPECIALIST_POST, ORDINARY),
                                    ("project", SPECIALIST_PROJECT_POST, PROJECT),
                                    ("by manager", MANAGER_POST, BY_MANAGER),
                                    ("by manager, project", MANAGER_PROJECT_POST,
                                     BY_MANAGER_PROJECT))
         for state in workflow.STATES for person in PEOPLE]


@pytest.mark.parametrize("name, facts, table, state, person", CASES,
                         ids=[f"{c[0]}-{c[3]}-{c[4]}" for c in CASES])
def test_every_move_for_every_role_in_every_state(name, facts, table, state, person):
    """Rules P1, P2, P3, P5, P6: each allowed move leads to its state; every other move is
    refused with a domain error that names one of the publishing rules."""
    actor_id, roles = PEOPLE[person]
    expected = table[state].get(person, set())
    assert set(workflow.allowed_moves(state, facts, roles, actor_id)) == expected
    for move in Move:
        assert workflow.may(move, state, facts, frozenset(roles), actor_id) is (move in expected)
        if move in expected:
            assert workflow.check_move(move, state, facts, roles, actor_id) == TARGET[move]
            continue
        with pytest.raises(MoveRefused) as err:
            workflow.check_move(move, state, facts, roles, actor_id)
        assert err.value.rule in {"P1", "P2", "P3", "P5", "P6"}
        assert err.value.move is move
        assert isinstance(err.value, PermissionDenied) and str(err.value)


def refusal(move, state, facts, person):
    actor_id, roles = PEOPLE[person]
    with pytest.raises(MoveRefused) as err:
        workflow.check_move(move, state, facts, roles, actor_id)
    return err.value


def test_nobody_approves_their_own_post_rule_p1():
    """P1: the manager cannot approve her own post; the message says who can."""
    err = refusal(APPROVE, IN_REVIEW, MANAGER_POST, "manager")
    assert err.rule == "P1"
    assert str(err).startswith("Nobody reviews their own post (rule P1).")
    assert "another operations manager or by the general manager" in str(err)
    # ... nor return it: that is a review decision too.
    assert refusal(RETURN, IN_REVIEW, MANAGER_POST, "manager").rule == "P1"
    # A specialist who is also a manager (id 11) cannot approve what she wrote.
    own = PostFacts(writer_id=11, writer_is_manager=True)
    assert refusal(APPROVE, IN_REVIEW, own, "second manager").rule == "P1"
    manager_id, manager_roles = PEOPLE["manager"]
    assert workflow.check_move(APPROVE, IN_REVIEW, own, manager_roles, manager_id) == APPROVED


def test_the_general_manager_approves_only_the_managers_posts_rule_p1():
    err = refusal(APPROVE, IN_REVIEW, SPECIALIST_POST, "general manager")
    assert err.rule == "P1" and "only posts the operations manager wrote" in str(err)
    assert refusal(APPROVE, IN_REVIEW, SPECIALIST_POST, "other specialist").rule == "P1"
    assert "Only the operations manager reviews" in str(
        refusal(APPROVE, IN_REVIEW, SPECIALIST_POST, "customer service"))


def test_publishing_needs_the_approvals_rules_p1_p2():
    for state in (DRAFT, IN_REVIEW, RETURNED):
        err = refusal(PUBLISH, state, SPECIALIST_POST, "writer")
        assert err.rule == "P1" and "must approve this post before it is published" in str(err)
    err = refusal(PUBLISH, APPROVED, SPECIALIST_PROJECT_POST, "manager")
    assert err.rule == "P2" and "general manager must confirm it" in str(err)
    assert refusal(PUBLISH, PUBLISHED, SPECIALIST_POST, "writer").rule == "P3"
    # P6: a colleague does not publish someone else's post on their own authority.
    assert refusal(PUBLISH, APPROVED, SPECIALIST_POST, "other specialist").rule == "P6"
    assert refusal(PUBLISH, APPROVED, SPECIALIST_POST, "general manager").rule == "P6"


def test_confirmation_rules_p2():
    assert "needs no confirmation" in str(refusal(CONFIRM, APPROVED, SPECIALIST_POST,
                                                  "general manager"))
    err = refusal(CONFIRM, IN_REVIEW, SPECIALIST_PROJECT_POST, "general manager")
    assert err.rule == "P2" and "after the operations manager has approved it" in str(err)
    assert refusal(CONFIRM, APPROVED, SPECIALIST_PROJECT_POST, "manager").rule == "P2"
    # The general manager who wrote a project post (holding a writer role) cannot confirm it.
    gm_writer = PostFacts(writer_id=20, concerns_project=True)
    err = refusal(CONFIRM, APPROVED, gm_writer, "general manager")
    assert err.rule == "P2" and "Nobody confirms their own post" in str(err)


def test_submit_and_withdraw_belong_to_the_writer():
    assert refusal(SUBMIT, DRAFT, SPECIALIST_POST, "manager").rule == "P5"
    assert refusal(WITHDRAW, IN_REVIEW, SPECIALIST_POST, "manager").rule == "P5"
    err = refusal(SUBMIT, APPROVED, SPECIALIST_PROJECT_POST, "writer")
    assert err.rule == "P1" and str(err).endswith("this post is: Awaiting the general manager.")
    # A writer who lost every writing role may no longer submit.
    assert refusal(SUBMIT, DRAFT, PostFacts(writer_id=3), "customer service").rule == "P5"


def test_editing_an_approved_or_confirmed_post_sends_it_back_to_review():
    """Rules P1, P2: approval covers the content; only the planned time may change freely."""
    for state in (APPROVED, CONFIRMED):
        assert workflow.state_after_edit(state, ["body"]) == IN_REVIEW
        assert workflow.state_after_edit(state, ["title", "planned_at"]) == IN_REVIEW
        assert workflow.state_after_edit(state, ["concerns_project"]) == IN_REVIEW
        assert workflow.state_after_edit(state, ["planned_at"]) == state
        assert workflow.state_after_edit(state, []) == state
    for state in (DRAFT, IN_REVIEW, RETURNED, PUBLISHED):
        assert workflow.state_after_edit(state, ["title", "body"]) == state


def test_the_checklist_needs_every_item_rule_p4():
    everything = [item.value for item in workflow.CHECKLIST]
    assert workflow.check_checklist(reversed(everything)) == tuple(everything)
    assert workflow.check_checklist(list(CheckItem) + ["unknown"]) == tuple(everything)
    with pytest.raises(DecisionIncomplete) as err:
        workflow.check_checklist([i for i in everything if i != "no_rumour"] + ["no_gossip"])
    assert (err.value.rule, err.value.field) == ("P4", "checklist")
    assert str(err.value).endswith("Not ticked yet: No rumour or unverified claim.")
    with pytest.raises(DecisionIncomplete) as err:
        workflow.check_checklist([])
    assert "Legal: breaks no law or regulation; Truthful; " in str(err.value)
    assert len(workflow.CHECKLIST) == 7 and isinstance(err.value, ValidationError)


def test_every_sensitive_word_hit_must_be_confirmed_rule_p4():
    hits = [FieldHit("title", 0, 2, "最佳"), FieldHit("body", 5, 7, "第一"),
            FieldHit("body", 9, 11, "第一"), FieldHit("body", 20, 24, "100%")]
    workflow.check_hits_confirmed(hits, list(reversed(hits)))
    workflow.check_hits_confirmed([], [])
    with pytest.raises(DecisionIncomplete) as err:
        workflow.check_hits_confirmed(hits, hits[:1])
    assert (err.value.rule, err.value.field) == ("P4", "hits")
    assert str(err.value) == ("Confirm each highlighted sensitive word before approving "
                              "(rule P4): 第一, 100%.")
    # A confirmation of the same word elsewhere does not count for this place.
    with pytest.raises(DecisionIncomplete):
        workflow.check_hits_confirmed(hits[:2], [FieldHit("title", 0, 2, "最佳"),
                                                 FieldHit("body", 9, 11, "第一")])


def test_a_return_needs_a_reason():
    assert workflow.clean_reason("  标题有误，请核实数据来源 ") == "标题有误，请核实数据来源"
    for blank in (None, "", " \n\t"):
        with pytest.raises(DecisionIncomplete) as err:
            workflow.clean_reason(blank)
        assert err.value.field == "reason" and "Say why the post goes back" in str(err.value)
    with pytest.raises(DecisionIncomplete):
        workflow.clean_reason("长" * (workflow.REASON_MAX + 1))


def test_awaiting_the_general_manager_is_approved_plus_the_project_flag():
    assert workflow.stage(APPROVED, True) is Stage.AWAITING_CONFIRMATION
    assert workflow.stage(APPROVED, False) is Stage.APPROVED
    assert workflow.stage("from_a_newer_version", False) is Stage.DRAFT
    assert workflow.stage_label(CONFIRMED, True) == "Confirmed by the general manager"
    assert not workflow.approvals_complete(APPROVED, True)
    assert workflow.approvals_complete(APPROVED, False) and workflow.approvals_complete(
        CONFIRMED, True)
    assert workflow.awaiting_confirmation(APPROVED, True)
    assert not workflow.awaiting_confirmation(CONFIRMED, True)


NOW = dt.datetime(2026, 11, 20, 8, 0)


@pytest.mark.parametrize("state, project, planned, urgent", [
    (IN_REVIEW, False, NOW + dt.timedelta(hours=24), True),      # exactly at the window
    (IN_REVIEW, False, NOW + dt.timedelta(hours=24, minutes=1), False),
    (DRAFT, False, NOW - dt.timedelta(days=3), True),           # past and never approved
    (RETURNED, False, NOW + dt.timedelta(hours=2), True),
    (APPROVED, False, NOW + dt.timedelta(hours=2), False),      # approved: ready
    (APPROVED, True, NOW + dt.timedelta(hours=2), True),        # still needs the GM (P2)
    (CONFIRMED, True, NOW - dt.timedelta(hours=2), False),
    (PUBLISHED, False, NOW - dt.timedelta(hours=2), False),
    (IN_REVIEW, False, None, False),                            # unscheduled
])
def test_urgency(state, project, planned, urgent):
    assert workflow.is_urgent(state, project, planned, NOW, 24) is urgent


def test_the_urgency_window_is_a_setting_of_whole_hours():
    planned = NOW + dt.timedelta(hours=30)
    assert not workflow.is_urgent(IN_REVIEW, False, planned, NOW)
    assert workflow.is_urgent(IN_REVIEW, False, planned, NOW, hours=48)
    assert workflow.clean_urgent_hours(48) == 48
    for bad in (0, -1, workflow.MAX_URGENT_HOURS + 1, 2.5, "24", True):
        with pytest.raises(ValidationError):
            workflow.clean_urgent_hours(bad)


def test_the_states_are_the_post_statuses_and_the_writers_are_the_same():
    assert {s.value for s in PostStatus} == set(workflow.STATES)
    assert PostStatus.CONFIRMED.label == "Confirmed"
    assert workflow.WRITER_ROLES == posts.WRITER_ROLES
    assert {m.value for m in Move} == {"submit", "withdraw", "approve", "return", "confirm",
                                       "publish"}
    assert all(m.label for m in Move) and all(s.label for s in Stage)
