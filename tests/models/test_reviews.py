"""The approval workflow's services (issue 4, rules P1-P6) on SQLite and PostgreSQL.

Every decision goes through ``models.reviews``: who may make it is checked against
the database, the decision is stored with who, when, which version and the checklist,
and two reviewers deciding at once cannot both win.
"""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from models import audit, posts, reviews, users
from models.db import database
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.posts import PostStatus
from models.review_tables import ReviewDecision
from models.roles import Role
from models.sensitive import FieldHit
from models.textdiff import Segment
from models.timeutil import utcnow
from models.workflow import DecisionIncomplete, Move, MoveRefused

from tests.models.reviewing import (EVERYTHING, approve, at, decisions, draft,  # noqa: F401
                                    run_at_once, submitted, team)


# -- the whole path ----------------------------------------------------------------------------

def test_an_ordinary_post_is_submitted_approved_and_published_rules_p1_p3(team):
    p = submitted(team)
    assert p.status is PostStatus.IN_REVIEW and p.version == 2
    p = approve(team.manager, p)
    assert p.status is PostStatus.APPROVED and p.version == 3
    when = utcnow().replace(second=0)  # the minute of the approval: after it (rule P1)
    p = reviews.mark_published(team.lina, p.id, p.version, " https://mp.weixin.qq.com/s/abc ",
                               when.replace(tzinfo=dt.timezone.utc).astimezone(
                                   dt.timezone(dt.timedelta(hours=8))))
    assert (p.status, p.published_url, p.published_at) == \
        (PostStatus.PUBLISHED, "https://mp.weixin.qq.com/s/abc", when)
    assert decisions(p.id) == [("submit", "李娜", "draft", "in_review"),
                               ("approve", "王芳", "in_review", "approved"),
                               ("publish", "李娜", "approved", "published")]
    history = reviews.history(p.id)
    assert [e.post_version for e in history] == [1, 2, 3]
    assert history[1].checklist == tuple(EVERYTHING) and history[2].text == p.published_url
    assert [e.action for e in audit.recent(3)] == ["post.published", "post.approved",
                                                   "post.submitted"]
    assert audit.recent(2)[1].detail["checklist"] == EVERYTHING
    assert audit.recent(1)[0].action_label == "Marked a post as published"


def test_a_project_post_needs_the_general_managers_confirmation_rule_p2(team):
    p = approve(team.manager, submitted(team, concerns_project=True))
    assert p.status is PostStatus.APPROVED
    with pytest.raises(MoveRefused) as err:
        reviews.mark_published(team.lina, p.id, p.version, "https://mp.weixin.qq.com/s/x")
    assert err.value.rule == "P2"
    with pytest.raises(MoveRefused) as err:
        reviews.confirm(team.manager, p.id, p.version)
    assert err.value.rule == "P2"
    p = reviews.confirm(team.zhao, p.id, p.version, note="同意发布")
    assert p.status is PostStatus.CONFIRMED
    p = reviews.mark_published(team.manager, p.id, p.version, "https://mp.weixin.qq.com/s/x")
    assert p.status is PostStatus.PUBLISHED
    assert [d[0] for d in decisions(p.id)] == ["submit", "approve", "confirm", "publish"]
    assert reviews.history(p.id)[2].text == "同意发布"


def test_a_post_without_its_source_is_neither_submitted_nor_approved_rule_p5(team):
    """Rule P5: every post names its source; the review is where that is made sure of."""
    p = draft(team, source="  ")
    with pytest.raises(DecisionIncomplete) as refused:
        reviews.submit(team.lina, p.id, p.version)
    assert refused.value.rule == "P5" and refused.value.field == "source"
    assert posts.get_post(p.id).status is PostStatus.DRAFT and decisions(p.id) == []
    # Sent with a source, then emptied while in review: the manager cannot approve it.
    p = submitted(team)
    p = posts.update_post(team.lina, p.id, p.version, p.fields(source=""))
    assert p.status is PostStatus.IN_REVIEW
    with pytest.raises(DecisionIncomplete) as refused:
        approve(team.manager, p)
    assert refused.value.rule == "P5"
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    p = posts.update_post(team.lina, p.id, p.version, p.fields(source="中国汽车工业协会"))
    assert approve(team.manager, p).status is PostStatus.APPROVED


def test_a_publication_time_before_the_approval_is_refused_rule_p1(team):
    """A post goes out after it is approved (rule P1): a time before that is a slip of the
    keyboard, refused naming the approval's time, and nothing is recorded."""
    p = approve(team.manager, submitted(team))
    with pytest.raises(ValidationError) as refused:
        reviews.mark_published(team.lina, p.id, p.version, "https://mp.weixin.qq.com/s/abc",
                               dt.datetime(2001, 1, 1, 9, 0))
    assert refused.value.field == "published_at" and "rule P1" in str(refused.value)
    assert posts.get_post(p.id).status is PostStatus.APPROVED
    assert [d[0] for d in decisions(p.id)] == ["submit", "approve"]


def test_a_mention_of_a_deactivated_colleague_tells_nobody_and_says_so(team):
    p = submitted(team)
    users.set_user_active(team.manager, team.chenjing.id,
                          users.get_user(team.chenjing.id).version, False)
    sent = reviews.add_comment(team.manager, p.id, "@陈静 @李娜 请确认")
    assert sent.mentioned_ids == (team.lina.id,) and sent.not_told == ("陈静",)
    assert reviews.add_comment(team.manager, p.id, "@李娜 好的").not_told == ()


def test_a_name_two_colleagues_share_tells_nobody_and_says_so(team):
    """Two people called 李娜: "@李娜" told neither, and the commenter was not told that;
    their user names reach each.  A name someone who left had is still an active
    colleague's ("Not told, since deactivated: 李娜" while she was told)."""
    from models.roles import Role

    p = submitted(team)
    other = users.create_user(team.manager, "lina2", "李娜", "新媒体运营部",
                              [Role.CONTENT_SPECIALIST], "password-1")
    sent = reviews.add_comment(team.manager, p.id, "@李娜请看配图")
    assert sent.mentioned_ids == () and sent.shared_names == ("李娜",)
    sent = reviews.add_comment(team.manager, p.id, "@lina2 请看配图")
    assert sent.mentioned_ids == (other.id,) and sent.shared_names == ()
    users.set_user_active(team.manager, other.id, users.get_user(other.id).version, False)
    sent = reviews.add_comment(team.manager, p.id, "@李娜 好的")
    assert sent.mentioned_ids == (team.lina.id,)
    assert sent.not_told == () and sent.shared_names == ()


def test_publishing_is_blocked_without_the_approvals_rule_p1(team):
    """Whatever the screen does, the service refuses and stores nothing."""
    d = draft(team)
    for post in (d, submitted(team)):
        with pytest.raises(MoveRefused) as err:
            reviews.mark_published(team.lina, post.id, post.version, "https://example.com/a")
        assert err.value.rule == "P1"
        stored = posts.get_post(post.id)
        assert (stored.status, stored.published_url, stored.version) == \
            (post.status, "", post.version)
    assert audit.count("post.published") == 0
    assert ReviewDecision.select().where(ReviewDecision.action == "publish").count() == 0


def test_marking_published_needs_the_link_and_a_time_that_has_come(team):
    p = approve(team.manager, submitted(team))
    for url in ("", "mp.weixin.qq.com/s/abc", "https://exa mple.com"):
        with pytest.raises(ValidationError) as err:
            reviews.mark_published(team.lina, p.id, p.version, url)
        assert err.value.field == "url"
    with pytest.raises(ValidationError) as err:
        reviews.mark_published(team.lina, p.id, p.version, "https://a.cn/1", at(1))
    assert err.value.field == "published_at" and "still ahead" in str(err.value)
    with pytest.raises(MoveRefused) as err:  # rule P6: not a colleague's post
        reviews.mark_published(team.chenjing, p.id, p.version, "https://a.cn/1")
    assert err.value.rule == "P6"
    assert posts.get_post(p.id).status is PostStatus.APPROVED


# -- who decides -------------------------------------------------------------------------------

def test_nobody_approves_their_own_post_rule_p1(team):
    p = submitted(team, actor=team.manager)
    with pytest.raises(MoveRefused) as err:
        approve(team.manager, p)
    assert err.value.rule == "P1" and "Nobody reviews their own post" in str(err.value)
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    # Another operations manager, or the general manager, approves it.
    assert approve(team.sunlei, p).status is PostStatus.APPROVED
    q = submitted(team, actor=team.manager, title="经理的第二篇")
    assert approve(team.zhao, q).status is PostStatus.APPROVED
    # But the general manager does not approve a specialist's post.
    r = submitted(team, title="专员的稿件")
    with pytest.raises(MoveRefused) as err:
        approve(team.zhao, r)
    assert err.value.rule == "P1"


def test_only_the_writer_submits_and_withdraws(team):
    p = draft(team)
    for actor in (team.manager, team.chenjing, team.zhoumin):
        with pytest.raises(PermissionDenied):
            reviews.submit(actor, p.id, p.version)
    p = reviews.submit(team.lina, p.id, p.version)
    with pytest.raises(MoveRefused):
        reviews.withdraw(team.manager, p.id, p.version)
    p = reviews.withdraw(team.lina, p.id, p.version)
    assert p.status is PostStatus.DRAFT
    assert [d[0] for d in decisions(p.id)] == ["submit", "withdraw"]
    assert audit.recent(1)[0].action == "post.withdrawn"


def test_allowed_moves_follow_the_actors_current_roles(team):
    p = submitted(team)
    assert reviews.allowed_moves(team.manager, p.id) == [Move.APPROVE, Move.RETURN]
    assert reviews.allowed_moves(team.lina, p.id) == [Move.WITHDRAW]
    assert reviews.allowed_moves(team.zhao, p.id) == []
    # The roles are read from the database: a manager who lost the role may not approve.
    users.update_user(team.manager, team.sunlei.id, team.sunlei.version, display_name="孙磊",
                      department="", roles=[Role.CONTENT_SPECIALIST])
    assert reviews.allowed_moves(team.sunlei, p.id) == []
    with pytest.raises(MoveRefused):
        approve(team.sunlei, p)
    sunlei = users.get_user(team.sunlei.id)
    users.set_user_active(team.manager, sunlei.id, sunlei.version, False)
    with pytest.raises(PermissionDenied):
        reviews.allowed_moves(team.sunlei, p.id)
    with pytest.raises(NotFound):
        reviews.allowed_moves(team.manager, 999_999)


# -- what a decision carries -------------------------------------------------------------------

def test_approving_needs_every_checklist_item_rule_p4(team):
    p = submitted(team)
    with pytest.raises(DecisionIncomplete) as err:
        reviews.approve(team.manager, p.id, p.version, EVERYTHING[:-1])
    assert (err.value.rule, err.value.field) == ("P4", "checklist")
    assert "No rumour or unverified claim" in str(err.value)
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    assert [d[0] for d in decisions(p.id)] == ["submit"] and audit.count("post.approved") == 0


def test_each_sensitive_word_hit_is_confirmed_before_approval_rule_p4(team):
    p = submitted(team, title="行业最佳实践", body="第一手资料，100%真实。")
    hits = reviews.hits_for(p.id)
    assert hits == [FieldHit("title", 2, 4, "最佳"), FieldHit("body", 0, 2, "第一"),
                    FieldHit("body", 6, 10, "100%")]
    # Submitting with hits is allowed; the hits are recorded with the submission.
    assert reviews.history(p.id)[0].hits == tuple(hits)
    with pytest.raises(DecisionIncomplete) as err:
        reviews.approve(team.manager, p.id, p.version, EVERYTHING, hits[:2])
    assert err.value.field == "hits" and str(err.value).endswith(": 100%.")
    p = reviews.approve(team.manager, p.id, p.version, EVERYTHING, hits)
    entry = reviews.history(p.id)[-1]
    assert (entry.action, entry.hits) == ("approve", tuple(hits))
    assert audit.recent(1)[0].detail["hits"] == 3


def test_a_return_needs_a_reason_and_the_writer_resubmits(team):
    p = submitted(team)
    for reason in ("", "   "):
        with pytest.raises(DecisionIncomplete) as err:
            reviews.return_post(team.manager, p.id, p.version, reason)
        assert err.value.field == "reason"
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    p = reviews.return_post(team.manager, p.id, p.version, "  数据来源请注明  ")
    assert p.status is PostStatus.RETURNED
    assert reviews.history(p.id)[-1].text == "数据来源请注明"
    p = posts.update_post(team.lina, p.id, p.version, p.fields(source="中国汽车工业协会"))
    assert p.status is PostStatus.RETURNED  # editing a returned post keeps it with the writer
    p = reviews.submit(team.lina, p.id, p.version)
    assert p.status is PostStatus.IN_REVIEW
    assert [d[0] for d in decisions(p.id)] == ["submit", "return", "submit"]


def test_the_general_manager_returns_a_project_post_awaiting_confirmation(team):
    p = approve(team.manager, submitted(team, concerns_project=True))
    with pytest.raises(MoveRefused):
        reviews.return_post(team.chenjing, p.id, p.version, "不行")
    p = reviews.return_post(team.zhao, p.id, p.version, "项目名称还未对外公布")
    assert p.status is PostStatus.RETURNED
    assert decisions(p.id)[-1] == ("return", "赵总", "approved", "returned")


# -- edits after approval ---------------------------------------------------------------------

def test_removing_an_event_sends_its_approved_posts_back_to_review_rule_p1(team):
    """The event is one of the fields the manager approved: a recap approved for an event
    that was then removed (cancelled) stayed approved and could be published as it was."""
    from models import events

    e = events.create_event(team.manager, name="2026 行业博览会", kind=events.EventKind.EVENT,
                            starts_on=dt.date(2026, 12, 1), ends_on=dt.date(2026, 12, 3))
    approved = approve(team.manager, submitted(team, event_id=e.id, title="博览会回顾"))
    waiting = submitted(team, event_id=e.id, title="博览会预告")
    published = approve(team.manager, submitted(team, event_id=e.id, title="博览会开幕"))
    published = reviews.mark_published(team.lina, published.id, published.version,
                                       "https://mp.weixin.qq.com/s/open", utcnow())
    plain = draft(team, event_id=e.id, title="博览会花絮")
    assert events.delete_event(team.manager, e.id, e.version) == 4

    after = {p.id: posts.get_post(p.id) for p in (approved, waiting, published, plain)}
    assert {p.title: (p.status, p.event_id) for p in after.values()} == {
        "博览会回顾": (PostStatus.IN_REVIEW, None), "博览会预告": (PostStatus.IN_REVIEW, None),
        "博览会开幕": (PostStatus.PUBLISHED, None), "博览会花絮": (PostStatus.DRAFT, None)}
    # Its story says who sent it back and why, as an edit of the event would.
    assert decisions(approved.id)[-1] == ("reopen", "王芳", "approved", "in_review")
    assert reviews.history(approved.id)[-1].text == "event"
    assert decisions(waiting.id)[-1] == ("edit", "王芳", "in_review", "in_review")
    assert decisions(published.id)[-1][0] == "publish"
    assert decisions(plain.id) == []
    # Each post's version moved, so a colleague's open editor notices.
    assert all(after[p.id].version == p.version + 1
               for p in (approved, waiting, published, plain))
    # It is the manager's to approve again (the inbox lists it for her).
    again = approve(team.manager, after[approved.id])
    assert again.status is PostStatus.APPROVED


def test_removing_an_event_while_a_colleague_publishes_one_of_its_posts(team, monkeypatch):
    """The writer marks a post published between the removal's read of the event's posts and
    its update: on a team server the published post went back to review, its link kept
    (the update went by id alone).  Now one of the two saves wins and the other is told."""
    from models import events, workflow

    e = events.create_event(team.manager, name="2026 行业博览会", kind=events.EventKind.EVENT,
                            starts_on=dt.date(2026, 12, 1), ends_on=dt.date(2026, 12, 3))
    p = approve(team.manager, submitted(team, event_id=e.id, title="博览会回顾"))
    outcome = {}

    def colleague():
        try:
            outcome["published"] = reviews.mark_published(
                team.lina, p.id, p.version, "https://mp.weixin.qq.com/s/recap", utcnow())
        except Exception as exc:  # noqa: BLE001 - looked at below
            outcome["refused"] = exc
        finally:
            database.close()

    real = workflow.state_after_edit

    def meanwhile(state, changed):
        if not outcome:
            worker = threading.Thread(target=colleague)
            worker.start()
            worker.join(3)  # on a team server it waits for the removal's row lock
        return real(state, changed)

    monkeypatch.setattr(workflow, "state_after_edit", meanwhile)
    try:
        events.delete_event(team.manager, e.id, e.version)
        removed = True
    except ConflictError as exc:
        removed = False
        assert "李娜" in str(exc)  # names who saved it meanwhile
    monkeypatch.setattr(workflow, "state_after_edit", real)
    for _ in range(100):
        if outcome:
            break
        threading.Event().wait(0.1)
    after = posts.get_post(p.id)
    if "published" in outcome:  # the writer's save went first: published it stays
        assert after.status is PostStatus.PUBLISHED
        assert after.published_url == "https://mp.weixin.qq.com/s/recap"
        assert not removed and after.event_id == e.id
    else:  # the removal went first: the writer is told, the post is back in review
        assert removed and isinstance(outcome["refused"], (ConflictError, MoveRefused))
        assert (after.status, after.event_id) == (PostStatus.IN_REVIEW, None)


def test_editing_an_approved_post_sends_it_back_with_the_changes_shown(team):
    p = approve(team.manager, submitted(team))
    assert reviews.changes_since_approval(p.id).changed is False
    p = posts.update_post(team.lina, p.id, p.version, p.fields(
        title="行业资讯速递（修订）", body="本周行业要闻：新能源汽车出口增长。"))
    assert p.status is PostStatus.IN_REVIEW and p.version == 4
    diff = reviews.changes_since_approval(p.id)
    assert (diff.approved_version, diff.approved_by, diff.changed) == (2, "王芳", True)
    assert diff.title == [Segment("equal", "行业资讯速递"), Segment("insert", "（修订）")]
    assert diff.body == [Segment("equal", "本周行业要闻：新能源汽车"), Segment("delete", "销量"),
                         Segment("insert", "出口"), Segment("equal", "增长。")]
    entry = reviews.history(p.id)[-1]
    assert (entry.action, entry.actor_name, entry.from_state, entry.to_state,
            entry.post_version, entry.text) == ("reopen", "李娜", "approved", "in_review", 3,
                                                "body, title")
    assert [e.action for e in audit.recent(2)] == ["post.reopened", "post.updated"]
    # The reviewer approves the new version; the difference is then taken from it.
    p = approve(team.manager, p)
    assert reviews.changes_since_approval(p.id).approved_version == 4


def test_editing_a_confirmed_post_also_sends_it_back_to_review_rule_p2(team):
    p = approve(team.manager, submitted(team, concerns_project=True))
    p = reviews.confirm(team.zhao, p.id, p.version)
    p = posts.update_post(team.manager, p.id, p.version, p.fields(body="改过的正文"))
    assert p.status is PostStatus.IN_REVIEW
    assert decisions(p.id)[-1] == ("reopen", "王芳", "confirmed", "in_review")


def test_a_post_given_to_another_writer_goes_back_to_draft_rules_p1_p5(team):
    """The manager submitted her own post, gave it to 李娜 while it was in review and then
    approved it herself: the post named a writer who never submitted it, and nobody else
    had reviewed it."""
    own = submitted(team, actor=team.manager)
    with pytest.raises(MoveRefused):
        approve(team.manager, own)
    given = posts.update_post(team.manager, own.id, own.version,
                              own.fields(writer_id=team.lina.id))
    assert (given.status, given.writer_id) == (PostStatus.DRAFT, team.lina.id)
    with pytest.raises(MoveRefused) as err:
        approve(team.manager, given)
    assert "Only a post in review" in str(err.value)
    assert decisions(own.id)[-1] == ("reassign", "王芳", "in_review", "draft")
    assert reviews.history(own.id)[-1].label == "Given to another writer: back to draft"
    assert audit.recent(1)[0].action == "post.reassigned"
    # Its new writer submits it, and the manager reviews it as any other.
    again = reviews.submit(team.lina, given.id, given.version)
    assert approve(team.manager, again).status is PostStatus.APPROVED
    # An approved post given to another writer also waits for them to submit it.
    approved = approve(team.manager, submitted(team))
    moved = posts.update_post(team.manager, approved.id, approved.version,
                              approved.fields(writer_id=team.chenjing.id))
    assert moved.status is PostStatus.DRAFT
    # A returned post stays returned: its new writer sees the reason and resubmits.
    returned = reviews.return_post(team.manager, *(lambda q: (q.id, q.version))(
        submitted(team)), "请补充来源")
    kept = posts.update_post(team.manager, returned.id, returned.version,
                             returned.fields(writer_id=team.chenjing.id))
    assert kept.status is PostStatus.RETURNED


def test_the_difference_since_approval_names_every_reviewed_field_old_and_new(team):
    """After an edit of the platform, the project flag or the category, the reviewer saw
    "changed: platform" with neither the approved value nor the new one."""
    from models import platforms

    weibo = next(p for p in platforms.list_platforms() if p.kind == platforms.PlatformKind.WEIBO)
    p = approve(team.manager, submitted(team))
    platforms.update_platform(team.manager, team.wechat.id, team.wechat.version,
                              name="公众号（主号）", kind=team.wechat.kind, colour=team.wechat.colour)
    p = posts.update_post(team.lina, p.id, p.version, p.fields(
        platform_id=weibo.id, concerns_project=True, source="市场部",
        category=posts.PostCategory.RECRUITMENT))
    diff = reviews.changes_since_approval(p.id)
    assert diff.changed and not any(s.op != "equal" for s in diff.title + diff.body)
    assert [(c.field, c.before, c.after) for c in diff.fields] == [
        ("platform", team.wechat.name, weibo.name),  # the name it had when approved
        ("source", "原创", "市场部"),
        ("category", "general", "recruitment"),
        ("concerns_project", False, True)]
    # Approved again, the difference starts from the new approval.
    again = approve(team.manager, posts.get_post(p.id))
    assert reviews.changes_since_approval(again.id).fields == ()


def test_an_approval_made_before_migration_0008_shows_title_and_body_only(team):
    p = approve(team.manager, submitted(team))
    ReviewDecision.update(fields=None).where(ReviewDecision.post == p.id).execute()
    p = posts.update_post(team.lina, p.id, p.version, p.fields(source="市场部", title="新标题"))
    diff = reviews.changes_since_approval(p.id)
    assert diff.changed and diff.fields == ()


def test_a_database_of_version_0007_gets_the_approval_fields_column(db_url):
    from models import db as dbmod

    u = dbmod.parse_url(db_url)
    raw = dbmod._open_sqlite(u) if u.is_sqlite else dbmod._open_postgres(u)
    dbmod.migrate(raw, target="0007_column_rules")
    assert "fields" not in {c.name for c in raw.get_columns("review_decision")}
    raw.close()
    dbmod.connect(db_url)
    try:
        assert "fields" in {c.name for c in dbmod.database.get_columns("review_decision")}
    finally:
        dbmod.close()


def test_an_edit_while_in_review_is_in_the_posts_story(team):
    """The manager rewrote a post while it waited for her and approved her own wording;
    its history showed only the writer's submission and her approval."""
    p = submitted(team)
    p = posts.update_post(team.manager, p.id, p.version, p.fields(body="经理改写的内容"))
    assert p.status is PostStatus.IN_REVIEW
    assert decisions(p.id)[-1] == ("edit", "王芳", "in_review", "in_review")
    entry = reviews.history(p.id)[-1]
    assert (entry.label, entry.text) == ("Edited while in review", "body")
    # A new time is not a change of what the reviewer checks: no line for it.
    p = posts.update_post(team.lina, p.id, p.version, p.fields(planned_at=at(4)))
    assert [d[0] for d in decisions(p.id)] == ["submit", "edit"]
    approve(team.manager, p)


def test_rescheduling_an_approved_post_keeps_its_approval(team):
    p = approve(team.manager, submitted(team))
    p = posts.update_post(team.lina, p.id, p.version, p.fields(planned_at=at(5)))
    assert p.status is PostStatus.APPROVED
    posts.move_post(team.lina, p.id, p.version, at(6))
    assert posts.get_post(p.id).status is PostStatus.APPROVED
    assert [d[0] for d in decisions(p.id)] == ["submit", "approve"]


def test_a_never_approved_post_has_no_difference(team):
    assert reviews.changes_since_approval(submitted(team).id) is None


# -- two reviewers at once --------------------------------------------------------------------

def test_the_second_of_two_decisions_on_one_version_is_a_conflict(team):
    p = submitted(team)
    approve(team.manager, p)
    for second in (lambda: approve(team.sunlei, p),
                   lambda: reviews.return_post(team.sunlei, p.id, p.version, "标题太长")):
        with pytest.raises(ConflictError) as err:
            second()
        assert str(err.value).startswith("王芳 changed this post at ")
        assert "it is now: Approved. Your decision was not recorded." in str(err.value)
    assert [d[0] for d in decisions(p.id)] == ["submit", "approve"]
    assert audit.count("post.approved") == 1 and audit.count("post.returned") == 0


def test_a_decision_on_a_version_the_writer_has_since_edited_is_a_conflict(team):
    p = submitted(team)
    posts.update_post(team.lina, p.id, p.version, p.fields(body="写作者刚刚改过"))
    with pytest.raises(ConflictError):
        approve(team.manager, p)
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW


def test_two_reviewers_deciding_at_the_same_moment_only_one_decision_counts(team):
    """Two connections, one approving and one returning version 2 at once (SQLite and
    PostgreSQL): exactly one succeeds, the other gets a ConflictError."""
    p = submitted(team)
    hits = reviews.hits_for(p.id)
    results = run_at_once(
        lambda: reviews.approve(team.manager, p.id, p.version, EVERYTHING, hits),
        lambda: reviews.return_post(team.sunlei, p.id, p.version, "请补充数据来源"))
    winners = [r for r in results if isinstance(r, posts.PostInfo)]
    losers = [r for r in results if isinstance(r, ConflictError)]
    assert len(winners) == 1 and len(losers) == 1, results
    stored = posts.get_post(p.id)
    assert stored.status is winners[0].status and stored.version == 3
    assert len(decisions(p.id)) == 2  # the submission and the one decision that counts
    assert audit.count("post.approved") + audit.count("post.returned") == 1


# -- comments and mentions --------------------------------------------------------------------

def test_mentions_find_logins_and_display_names_in_chinese_text():
    people = [(1, "lina", "李娜"), (2, "li", "李"), (3, "zhao", "赵总"), (4, "wang", "王芳"),
              (5, "wang2", "王芳")]
    find = reviews.find_mentions
    assert find("@李娜请看一下，@zhao 也看看", people) == [1, 3]
    assert find("@李 你好", people) == [2]  # the longest name that fits wins
    assert find("@LINA. 谢谢 @lina", people) == [1]
    assert find("lina@example.com @linab @王芳", people) == []  # e-mail, no such name, shared
    assert find("＠赵总", people) == [3]


def test_a_comment_reaches_the_mentioned_peoples_inbox(team):
    p = submitted(team)
    c = reviews.add_comment(team.manager, p.id, "@李娜 标题再短一点？ @zhoumin 配图请设计一下")
    assert c.mentioned_ids == (team.lina.id, team.zhoumin.id) and c.post_version == p.version
    for person in (team.lina, team.zhoumin):
        items = reviews.waiting_for(person)
        assert [(i.post_id, i.reasons) for i in items] == [(p.id, (reviews.Reason.MENTION,))]
    assert reviews.inbox_counts(team.lina).mentions == 1
    # The mentioned designer (read-only staff) may answer in the thread; others may not.
    reviews.add_comment(team.zhoumin, p.id, "好的，明天给图")
    with pytest.raises(PermissionDenied):
        reviews.add_comment(team.chenjing, p.id, "我也想说")
    with pytest.raises(ValidationError):
        reviews.add_comment(team.lina, p.id, "   ")
    # Opening the post clears the mention from the inbox.
    assert reviews.mark_seen(team.lina, p.id) == 1
    assert reviews.waiting_for(team.lina) == []
    entries = reviews.history(p.id)
    assert [(e.kind, e.actor_name) for e in entries] == [
        ("decision", "李娜"), ("comment", "王芳"), ("comment", "周敏")]
    assert entries[1].mentioned_ids == (team.lina.id, team.zhoumin.id)
    assert audit.recent(1)[0].action == "post.commented"
    assert "配图" not in str(audit.recent(2)[1].detail)  # the log names the comment, not its text


def test_the_history_is_the_whole_story_in_order(team):
    p = submitted(team)
    reviews.add_comment(team.manager, p.id, "请核实销量数据")
    p = reviews.return_post(team.manager, p.id, p.version, "数据需核实")
    p = reviews.submit(team.lina, p.id, p.version)
    p = approve(team.manager, p)
    story = [(e.kind, e.action, e.actor_name, e.post_version) for e in reviews.history(p.id)]
    assert story == [("decision", "submit", "李娜", 1), ("comment", "comment", "王芳", 2),
                     ("decision", "return", "王芳", 2), ("decision", "submit", "李娜", 3),
                     ("decision", "approve", "王芳", 4)]
    assert [e.label for e in reviews.history(p.id)][:2] == ["Submitted for review", "Commented"]
    times = [e.at for e in reviews.history(p.id)]
    assert times == sorted(times)
