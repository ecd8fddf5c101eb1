"""What the manager changes on one PC while a colleague works on another (a team sharing
one database): the colleague's next step follows the change and says why it is refused.

Found by a test of two PCs: a deactivated person's every change was refused with "You are
not allowed to do this." alone (and her inbox read "nothing waits"); a post over a length
limit lowered meanwhile went through review; a writer whose role was taken away was told
"Only the post's writer submits it", which she is.
"""
from __future__ import annotations

import pytest

from models import cadence_rules, inbox, posts, reviews, users
from models.errors import PermissionDenied, ValidationError
from models.posts import PostFields
from models.roles import Role
from tests.models.reviewing import (EVERYTHING, approve, at, draft, submitted,  # noqa: F401
                                    team)

DEACTIVATED = ("Your account has been deactivated, so you can no longer change anything in "
               "MediaDesk. Ask the operations manager if this is a mistake.")


def deactivate(t, person) -> None:
    users.set_user_active(t.manager, person.id, users.get_user(person.id).version, False)


def test_a_person_deactivated_meanwhile_is_told_so_at_every_change(team):
    t = team
    mine = draft(t)
    waiting = submitted(t, title="待审稿件")
    deactivate(t, t.lina)
    deactivate(t, t.sunlei)  # a second operations manager, at her review
    refusals = [
        lambda: draft(t),
        lambda: posts.update_post(t.lina, mine.id, mine.version, PostFields(
            platform_id=t.wechat.id, title="改过的标题", source="原创")),
        lambda: posts.move_post(t.lina, mine.id, mine.version, at(5)),
        lambda: posts.delete_post(t.lina, mine.id, mine.version),
        lambda: reviews.submit(t.lina, mine.id, mine.version),
        lambda: reviews.add_comment(t.lina, waiting.id, "请尽快审核"),
        lambda: users.change_own_password(t.lina, "password-1", "a-new-password-2"),
        lambda: reviews.approve(t.sunlei, waiting.id, waiting.version, EVERYTHING,
                                reviews.hits_for(waiting.id)),
        lambda: inbox.waiting_page(t.sunlei),  # her inbox said "nothing waits for you"
    ]
    for refused in refusals:
        with pytest.raises(PermissionDenied) as err:
            refused()
        assert str(err.value) == DEACTIVATED
    assert posts.get_post(mine.id).title == "行业资讯速递"  # nothing was changed
    assert posts.get_post(waiting.id).status.value == "in_review"


def test_a_post_over_a_length_limit_lowered_meanwhile_is_not_submitted_or_approved(team):
    t = team
    mine = draft(t, title="八个字的长标题啊")
    waiting = submitted(t, title="另一篇稿件的标题")
    limits = cadence_rules.get_limits(t.wechat.id)
    cadence_rules.set_limits(t.manager, t.wechat.id, limits.version, title_max=5, body_max=None)
    with pytest.raises(ValidationError) as err:
        reviews.submit(t.lina, mine.id, mine.version)
    assert str(err.value) == ("The title is too long for WeChat official account: 8 "
                              "characters, at most 5.")
    with pytest.raises(ValidationError) as err:
        reviews.approve(t.manager, waiting.id, waiting.version, EVERYTHING,
                        reviews.hits_for(waiting.id))
    assert err.value.field == "title" and "at most 5" in str(err.value)
    assert posts.get_post(mine.id).status.value == "draft"
    assert posts.get_post(waiting.id).status.value == "in_review"
    reviews.return_post(t.manager, waiting.id, waiting.version, "标题请控制在 5 个字以内")


def test_a_writer_whose_role_was_taken_away_is_told_why_she_cannot_submit(team):
    t = team
    mine = draft(t)
    me = users.get_user(t.lina.id)
    users.update_user(t.manager, me.id, me.version, display_name=me.display_name,
                      department=me.department, roles=[Role.CUSTOMER_SERVICE])
    with pytest.raises(PermissionDenied) as err:
        reviews.submit(t.lina, mine.id, mine.version)
    assert "no longer include writing posts" in str(err.value)
    assert "Only the post's writer" not in str(err.value)


def test_a_writer_moved_out_of_the_writing_roles_can_no_longer_publish_or_withdraw(team):
    """Rule P6: lina moved to the design department (no role: read-only) may not mark her
    approved post as published, nor withdraw the one in review; the manager still may
    publish it, or give it to another writer."""
    t = team
    ready = approve(t.manager, submitted(t, title="已通过"))
    waiting = submitted(t, title="待审")
    me = users.get_user(t.lina.id)
    users.update_user(t.manager, me.id, me.version, display_name=me.display_name,
                      department="设计部", roles=[])
    lina = users.get_user(t.lina.id)
    assert reviews.allowed_moves(lina, ready.id) == []
    assert reviews.allowed_moves(lina, waiting.id) == []
    with pytest.raises(PermissionDenied) as err:
        reviews.mark_published(lina, ready.id, ready.version, "https://example.com/a")
    assert "no longer include writing posts" in str(err.value)
    with pytest.raises(PermissionDenied) as err:
        reviews.withdraw(lina, waiting.id, waiting.version)
    assert "no longer include writing posts" in str(err.value)
    assert posts.get_post(ready.id).status.value == "approved"
    assert posts.get_post(waiting.id).status.value == "in_review"
    done = reviews.mark_published(t.manager, ready.id, ready.version, "https://example.com/a")
    assert done.status.value == "published"
