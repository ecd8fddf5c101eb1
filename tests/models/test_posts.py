"""Posts on the content calendar: writing, copying, moving and reading them (issue 3).

Runs on SQLite and PostgreSQL (the ``db`` fixture).  Who may change what follows
RULES "People and roles": specialists write and move their own posts, the
operations manager anyone's, staff without a role only look.
"""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, cadence_rules, events, platforms, posts, users
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.posts import Post, PostCategory, PostFields, PostFilter, PostStatus
from models.timeutil import utcnow


def at(days: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A UTC time ``days`` from today (days >= 1 is always ahead)."""
    return (utcnow() + dt.timedelta(days=days)).replace(hour=hour, minute=minute, second=0)


def draft(t, actor=None, **kw) -> posts.PostInfo:
    values = dict(platform_id=t.wechat.id, title="行业资讯速递", body="本周行业要闻……",
                  source="原创", planned_at=at(2))
    values.update(kw)
    return posts.create_post(actor or t.lina, PostFields(**values))


def publish_directly(post_id: int) -> None:
    """Mark a post published in the table (the publishing workflow comes with approvals)."""
    Post.update(status=PostStatus.PUBLISHED.value, published_at=utcnow(),
                published_url="https://mp.weixin.qq.com/s/abc", version=Post.version + 1
                ).where(Post.id == post_id).execute()


# -- writing ------------------------------------------------------------------------------

def test_a_new_post_is_a_draft_naming_its_source_and_writer(team):
    """Rule P5: a post names its source and its writer."""
    p = draft(team, category=PostCategory.COMPANY_NEWS, concerns_project=True)
    assert (p.status, p.writer_id, p.writer_name, p.source) == \
        (PostStatus.DRAFT, team.lina.id, "李娜", "原创")
    assert p.category is PostCategory.COMPANY_NEWS and p.concerns_project
    assert p.version == 1 and p.planned_at == at(2) and p.origin_id is None
    assert p.status.label == "Draft" and p.category.label == "Company news"
    entry = audit.recent(1)[0]
    assert (entry.action, entry.object_id, entry.action_label) == \
        ("post.created", str(p.id), "Added a post")
    assert "本周行业要闻" not in str(entry.detail)  # the log names the post, not its text


def test_a_post_needs_a_title_and_a_failed_save_stores_nothing(team):
    for title in ("", "   "):
        with pytest.raises(ValidationError) as err:
            draft(team, title=title)
        assert err.value.field == "title" and str(err.value) == "Please enter a title."
    with pytest.raises(ValidationError) as err:
        draft(team, category="gossip")
    assert err.value.field == "category"
    assert posts.posts_in_range(at(1, 0), at(4, 0)) == []
    assert audit.count("post.created") == 0


def test_a_control_character_is_refused_naming_its_field_and_nothing_is_stored(team):
    """A NUL pasted from another program: PostgreSQL cannot store it, and the save failed
    as an unexpected error, the form's field unmarked.  The text keeps its lines and
    tabs."""
    for field, value in (("title", "行业\x00资讯"), ("title", "行业\t资讯"),
                         ("source", "新华社\x00"), ("body", "第一段\x00")):
        with pytest.raises(ValidationError) as err:
            draft(team, **{field: value})
        assert err.value.field == field and "U+0000" in str(err.value)
    assert posts.posts_in_range(at(1, 0), at(4, 0)) == []
    assert draft(team, body="第一段\n\t第二段").body == "第一段\n\t第二段"


def test_the_column_must_be_one_of_the_platforms_columns(team):
    news = platforms.create_column(team.manager, team.wechat.id, "行业资讯")
    website_news = platforms.create_column(team.manager, team.website.id, "行业资讯")
    assert draft(team, column_id=news.id).column_id == news.id
    with pytest.raises(ValidationError) as err:
        draft(team, column_id=website_news.id)
    assert err.value.field == "column" and "does not belong to WeChat official account" in \
        str(err.value)


def test_a_time_beyond_the_years_mediadesk_plans_is_refused(team):
    """A year like 2226 (a typo) or 9999 was stored; the deadlines worked out from a day
    in 9999 overflow."""
    with pytest.raises(ValidationError) as err:
        draft(team, planned_at=dt.datetime(2226, 12, 20, 2, 0))
    assert err.value.field == "planned_at" and str(err.value) == (
        "2226-12-20 is outside the dates MediaDesk works with (2000-01-01 to 2099-12-31). "
        "Check the year.")
    p = draft(team, planned_at=at(3))
    with pytest.raises(ValidationError, match="outside the dates"):
        posts.move_post(team.lina, p.id, p.version, dt.datetime(9999, 12, 31, 15, 0))
    assert posts.get_post(p.id).planned_at == at(3)
    assert draft(team, planned_at=dt.datetime(2099, 12, 31, 15, 0)).planned_at.year == 2099


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Asia/Shanghai",
                                  "Pacific/Kiritimati"])
def test_the_last_day_mediadesk_plans_is_this_pcs_last_day(team, pc_zone, zone):
    """West of UTC, 2099-12-31 22:00 (which the date fields take) was refused as
    "2100-01-01 is outside the dates MediaDesk works with"; east of it, 2100-01-01 07:00
    was taken.  The day is the one on this PC's clock, as the person chose it."""
    from models.timeutil import from_local

    pc_zone(zone)
    last = from_local(dt.datetime(2099, 12, 31, 22, 0))
    assert draft(team, planned_at=last).planned_at == last
    with pytest.raises(ValidationError) as err:
        draft(team, planned_at=from_local(dt.datetime(2100, 1, 1, 7, 0)))
    assert str(err.value).startswith("2100-01-01 is outside the dates")
    with pytest.raises(ValidationError, match="outside the dates"):  # no overflow, any zone
        draft(team, planned_at=dt.datetime(9999, 12, 31, 15, 0))


def test_planning_a_post_for_a_time_that_has_passed_is_refused(team):
    with pytest.raises(ValidationError) as err:
        draft(team, planned_at=at(-1))
    assert err.value.field == "planned_at" and "has already passed" in str(err.value)
    # Unscheduled is fine, and a time zone-aware time is stored in UTC, to the minute.
    assert draft(team, planned_at=None).planned_at is None
    local = dt.timezone(dt.timedelta(hours=8))
    p = draft(team, planned_at=at(3, 10, 30).replace(second=42, tzinfo=dt.timezone.utc)
              .astimezone(local))
    assert p.planned_at == at(3, 10, 30)


def test_length_limits_of_the_platform_are_checked_when_saving(team):
    """The manager's per-platform limits: Weibo titles at most 10, texts at most 20."""
    cadence_rules.set_limits(team.manager, team.weibo.id, 0, title_max=10, body_max=20)
    ok = draft(team, platform_id=team.weibo.id, title="一" * 10, body="字" * 20)
    with pytest.raises(ValidationError) as err:
        draft(team, platform_id=team.weibo.id, title="一" * 11)
    assert err.value.field == "title"
    assert str(err.value) == "The title is too long for Weibo: 11 characters, at most 10."
    with pytest.raises(ValidationError) as err:
        posts.update_post(team.lina, ok.id, ok.version, ok.fields(body="字" * 21))
    assert err.value.field == "body" and "at most 20" in str(err.value)
    assert posts.get_post(ok.id).version == ok.version
    # Other platforms are not limited; removing the limits lifts them.
    draft(team, platform_id=team.wechat.id, title="一" * 50)
    cadence_rules.set_limits(team.manager, team.weibo.id, 1, title_max=None, body_max=None)
    draft(team, platform_id=team.weibo.id, title="一" * 50)


def test_only_post_writers_may_create_posts(team):
    with pytest.raises(PermissionDenied) as err:
        draft(team, actor=team.zhoumin)
    assert "view the calendar but not change it" in str(err.value)
    with pytest.raises(PermissionDenied) as err:
        draft(team, actor=team.liuyang)
    assert "plan and write posts" in str(err.value)
    assert posts.unscheduled_posts() == [] and posts.posts_in_range(at(1, 0), at(9)) == []


def test_only_the_manager_gives_a_post_to_another_writer(team):
    with pytest.raises(PermissionDenied):
        draft(team, writer_id=team.chenjing.id)
    p = draft(team, actor=team.manager, writer_id=team.chenjing.id)
    assert (p.writer_id, p.writer_name) == (team.chenjing.id, "陈静")
    with pytest.raises(ValidationError) as err:
        draft(team, actor=team.manager, writer_id=team.zhoumin.id)
    assert err.value.field == "writer" and "周敏 does not write posts" in str(err.value)


def test_a_writer_edits_her_own_posts_and_the_manager_anyones(team):
    p = draft(team)
    p = posts.update_post(team.lina, p.id, p.version, p.fields(title="行业资讯速递（第12期）"))
    assert p.version == 2 and p.title == "行业资讯速递（第12期）"
    with pytest.raises(PermissionDenied) as err:
        posts.update_post(team.chenjing, p.id, p.version, p.fields(title="改标题"))
    assert "This is 李娜's post" in str(err.value)
    with pytest.raises(PermissionDenied):
        posts.update_post(team.zhoumin, p.id, p.version, p.fields(title="改标题"))
    p = posts.update_post(team.manager, p.id, p.version, p.fields(source="人民网"))
    assert (p.source, p.writer_id, p.version) == ("人民网", team.lina.id, 3)
    e = audit.recent(1)[0]
    assert (e.action, e.actor_name, e.detail["changed"]) == ("post.updated", "王芳", ["source"])


# -- duplicating ----------------------------------------------------------------------------

def test_duplicating_makes_linked_copies_that_are_edited_on_their_own(team):
    wechat_col = platforms.create_column(team.manager, team.wechat.id, "行业资讯")
    weibo_col = platforms.create_column(team.manager, team.weibo.id, "行业资讯")
    original = draft(team, column_id=wechat_col.id, planned_at=at(5))
    copies = posts.duplicate_post(team.lina, original.id, [team.weibo.id, team.zhihu.id])
    assert [c.platform_id for c in copies] == [team.weibo.id, team.zhihu.id]
    for c in copies:
        assert (c.origin_id, c.title, c.writer_id, c.status, c.planned_at, c.version) == \
            (original.id, original.title, team.lina.id, PostStatus.DRAFT, at(5), 1)
    assert copies[0].column_id == weibo_col.id and copies[1].column_id is None
    assert audit.recent(1)[0].action == "post.duplicated"
    # Each copy is edited on its own.
    posts.update_post(team.lina, copies[0].id, 1, copies[0].fields(title="#行业资讯# 速递"))
    assert posts.get_post(original.id).title == "行业资讯速递"
    assert posts.get_post(copies[1].id).title == "行业资讯速递"
    # The family is linked from every member.
    assert {r.id for r in posts.linked_posts(original.id)} == {c.id for c in copies}
    assert {r.id for r in posts.linked_posts(copies[1].id)} == {original.id, copies[0].id}
    # A copy of a copy joins the same family.
    more = posts.duplicate_post(team.lina, copies[1].id, [team.douyin.id])
    assert more[0].origin_id == original.id


def test_a_post_is_not_copied_twice_to_one_platform(team):
    original = draft(team)
    copy = posts.duplicate_post(team.lina, original.id, [team.weibo.id])[0]
    with pytest.raises(ValidationError) as err:
        posts.duplicate_post(team.lina, copy.id, [team.zhihu.id, team.wechat.id])
    assert "already has a version on WeChat official account" in str(err.value)
    with pytest.raises(ValidationError):
        posts.duplicate_post(team.lina, original.id, [])
    assert len(posts.linked_posts(original.id)) == 1


def test_only_the_writer_or_the_manager_copies_a_post(team):
    original = draft(team)
    with pytest.raises(PermissionDenied):
        posts.duplicate_post(team.chenjing, original.id, [team.weibo.id])
    copies = posts.duplicate_post(team.manager, original.id, [team.weibo.id])
    assert copies[0].writer_id == team.lina.id  # the copy stays the writer's post


def test_a_copy_of_a_post_whose_time_has_passed_is_unscheduled(team):
    original = draft(team)
    Post.update(planned_at=at(-2)).where(Post.id == original.id).execute()
    copy = posts.duplicate_post(team.lina, original.id, [team.weibo.id])[0]
    assert copy.planned_at is None and copy.id in {r.id for r in posts.unscheduled_posts()}


# -- moving -----------------------------------------------------------------------------------

def test_a_writer_moves_her_own_post(team):
    p = draft(team, planned_at=at(2))
    version = posts.move_post(team.lina, p.id, p.version, at(3, 15, 30))
    assert version == p.version + 1
    rows = posts.posts_in_range(at(3, 0), at(4, 0))
    assert [(r.id, r.planned_at, r.version) for r in rows] == [(p.id, at(3, 15, 30), version)]
    e = audit.recent(1)[0]
    assert (e.action, e.action_label, e.actor_name, e.object_id) == \
        ("post.moved", "Rescheduled a post", "李娜", str(p.id))


def test_nobody_else_but_the_manager_moves_a_writers_post(team):
    p = draft(team, planned_at=at(2))
    for other in (team.chenjing, team.zhoumin, team.liuyang):
        with pytest.raises(PermissionDenied):
            posts.move_post(other, p.id, p.version, at(4))
    with pytest.raises(PermissionDenied) as err:
        posts.move_post(team.chenjing, p.id, p.version, at(4))
    assert "Only 李娜 or the operations manager" in str(err.value)
    with pytest.raises(PermissionDenied) as err:
        posts.move_post(team.zhoumin, p.id, p.version, at(4))
    assert "view the calendar but not change it" in str(err.value)
    assert posts.get_post(p.id).planned_at == at(2)
    assert posts.move_post(team.manager, p.id, p.version, at(4)) == p.version + 1
    assert posts.get_post(p.id).planned_at == at(4)


def test_a_deactivated_writer_can_no_longer_move_her_post(team):
    p = draft(team)
    users.set_user_active(team.manager, team.lina.id, users.get_user(team.lina.id).version, False)
    with pytest.raises(PermissionDenied):
        posts.move_post(team.lina, p.id, p.version, at(4))
    assert posts.get_post(p.id).planned_at == at(2)


def test_a_published_post_cannot_be_moved(team):
    p = draft(team)
    publish_directly(p.id)
    version = posts.get_post(p.id).version
    for who in (team.lina, team.manager):
        with pytest.raises(ValidationError) as err:
            posts.move_post(who, p.id, version, at(5))
        assert str(err.value) == "This post has been published, so it can no longer be moved."
        with pytest.raises(ValidationError):
            posts.move_post(who, p.id, version, None)
    with pytest.raises(ValidationError):
        posts.update_post(team.manager, p.id, version, p.fields(planned_at=at(5)))


def test_what_was_published_is_not_edited_afterwards_rule_p1(team):
    """Its title, text or project flag could be changed after publication, with no review
    and no trace in its history: the record no longer matched what was approved."""
    p = draft(team)
    publish_directly(p.id)
    version = posts.get_post(p.id).version
    for who, change in ((team.lina, dict(title="行业资讯速递（更正）")),
                        (team.lina, dict(body="完全不同的内容，未经审核")),
                        (team.manager, dict(concerns_project=True)),
                        (team.manager, dict(writer_id=team.manager.id))):
        with pytest.raises(ValidationError) as err:
            posts.update_post(who, p.id, version, p.fields(**change))
        assert "published" in str(err.value) and "write a new post" in str(err.value)
        assert err.value.field == next(iter(change)).removesuffix("_id")
    after = posts.get_post(p.id)
    assert (after.version, after.title, after.status) == (version, p.title, PostStatus.PUBLISHED)


def test_a_post_cannot_be_moved_into_the_past(team):
    p = draft(team)
    with pytest.raises(ValidationError) as err:
        posts.move_post(team.manager, p.id, p.version, at(-1))
    assert err.value.field == "planned_at" and "has already passed" in str(err.value)
    assert posts.get_post(p.id).version == p.version


def test_unscheduling_and_scheduling_again(team):
    p = draft(team, planned_at=at(2))
    v = posts.move_post(team.lina, p.id, p.version, None)
    assert [r.id for r in posts.unscheduled_posts()] == [p.id]
    assert posts.posts_in_range(at(1, 0), at(9)) == []
    v = posts.move_post(team.lina, p.id, v, at(6))
    assert posts.unscheduled_posts() == []
    assert [r.id for r in posts.posts_in_range(at(6, 0), at(7, 0))] == [p.id]
    assert audit.recent(1)[0].detail["to"].startswith(at(6).strftime("%Y-%m-%d"))


def test_a_stale_move_or_edit_names_the_colleague_who_changed_the_post(team):
    p = draft(team)
    posts.move_post(team.manager, p.id, p.version, at(4))
    with pytest.raises(ConflictError) as err:
        posts.move_post(team.lina, p.id, p.version, at(5))
    assert "王芳 changed this" in str(err.value)
    with pytest.raises(ConflictError) as err:
        posts.update_post(team.lina, p.id, p.version, p.fields(title="新标题"))
    assert "王芳 changed this" in str(err.value)
    after = posts.get_post(p.id)
    assert (after.planned_at, after.title, after.version) == (at(4), "行业资讯速递", 2)


def test_moving_a_removed_post_says_it_no_longer_exists(team):
    with pytest.raises(NotFound):
        posts.move_post(team.manager, 999_999, 1, at(4))


# -- reading the calendar ---------------------------------------------------------------------

def test_posts_in_range_returns_light_rows_in_time_order(team):
    day = at(3, 0)
    late = draft(team, title="晚", planned_at=day + dt.timedelta(hours=20))
    first = draft(team, title="零点", planned_at=day)
    mid = draft(team, title="中午", planned_at=day + dt.timedelta(hours=12),
                platform_id=team.weibo.id, category=PostCategory.RECRUITMENT)
    draft(team, title="次日零点", planned_at=day + dt.timedelta(days=1))
    draft(team, title="未排期", planned_at=None)
    rows = posts.posts_in_range(day, day + dt.timedelta(days=1))
    assert [r.title for r in rows] == ["零点", "中午", "晚"]  # start included, end excluded
    r = rows[1]
    assert isinstance(r, tuple) and not isinstance(r, Post)
    assert (r.id, r.platform_id, r.writer_id, r.status, r.category, r.concerns_project) == \
        (mid.id, team.weibo.id, team.lina.id, PostStatus.DRAFT, PostCategory.RECRUITMENT, False)
    assert r.planned_at == day + dt.timedelta(hours=12) and type(r.planned_at) is dt.datetime
    assert r.published_at is None and r.version == 1
    assert {first.id, late.id} < {x.id for x in rows}


def test_calendar_filters_by_platform_column_writer_and_status(team):
    col = platforms.create_column(team.manager, team.wechat.id, "每周精选")
    a = draft(team, column_id=col.id)
    b = draft(team, platform_id=team.weibo.id)
    c = draft(team, actor=team.chenjing, platform_id=team.zhihu.id)
    publish_directly(c.id)
    span = (at(1, 0), at(3, 0))

    def ids(**kw):
        return {r.id for r in posts.posts_in_range(*span, PostFilter(**kw))}

    assert ids() == {a.id, b.id, c.id}
    assert ids(platform_ids=[team.wechat.id, team.weibo.id]) == {a.id, b.id}
    assert ids(column_ids=[col.id]) == {a.id}
    # The posts of no column are a choice of their own (un-choosing one column had hidden
    # them all).
    assert ids(column_ids=[posts.NO_COLUMN]) == {b.id, c.id}
    assert ids(column_ids=[posts.NO_COLUMN, col.id]) == {a.id, b.id, c.id}
    assert ids(writer_ids=[team.chenjing.id]) == {c.id}
    assert ids(statuses=[PostStatus.PUBLISHED]) == {c.id}
    published = posts.posts_in_range(*span, PostFilter(statuses=["published"]))[0]
    assert type(published.published_at) is dt.datetime and published.status == "published"
    assert ids(statuses=["draft"], writer_ids=[team.lina.id], platform_ids=[team.weibo.id]) \
        == {b.id}
    assert ids(platform_ids=[]) == set()  # nothing ticked: nothing shown
    # The query is compiled once per shape of the filter: other values of the same shape
    # get their own posts, and a list longer than a compiled query takes is written out.
    assert ids(platform_ids=[team.zhihu.id, team.weibo.id]) == {b.id, c.id}
    assert ids(column_ids=[posts.NO_COLUMN, col.id + 1000]) == {b.id, c.id}
    assert ids(platform_ids=[team.zhihu.id, *range(10_000, 10_070)]) == {c.id}
    assert ids(writer_ids=[team.lina.id], statuses=[PostStatus.PUBLISHED]) == set()
    posts.move_post(team.lina, b.id, b.version, None)
    assert [r.id for r in posts.unscheduled_posts(PostFilter(writer_ids=[team.lina.id]))] \
        == [b.id]
    assert posts.unscheduled_posts(PostFilter(writer_ids=[team.chenjing.id])) == []
    # The unscheduled list takes every filter the calendar's does (compiled per shape too).
    def unscheduled(**kw):
        return [r.id for r in posts.unscheduled_posts(PostFilter(**kw))]

    assert unscheduled(column_ids=[posts.NO_COLUMN]) == [b.id]
    assert unscheduled(column_ids=[col.id]) == []
    assert unscheduled(column_ids=[posts.NO_COLUMN, col.id]) == [b.id]
    assert unscheduled(statuses=["draft"], platform_ids=[team.weibo.id]) == [b.id]
    assert unscheduled(statuses=[PostStatus.PUBLISHED]) == []
    assert unscheduled(platform_ids=[]) == []
    assert unscheduled(platform_ids=[team.weibo.id, *range(10_000, 10_070)]) == [b.id]
    row = posts.unscheduled_posts()[0]
    assert (row.id, row.planned_at, row.status, row.column_id, row.writer_id) == \
        (b.id, None, "draft", None, team.lina.id)


def test_posts_link_to_their_event(team):
    expo = events.create_event(team.manager, "2026 行业博览会", events.EventKind.EVENT,
                               dt.date.today() + dt.timedelta(days=10),
                               dt.date.today() + dt.timedelta(days=12))
    recap = draft(team, event_id=expo.id, category=PostCategory.EVENT_RECAP, planned_at=at(13))
    teaser = draft(team, event_id=expo.id, planned_at=at(8))
    draft(team)
    assert [r.id for r in posts.posts_for_event(expo.id)] == [teaser.id, recap.id]
    with pytest.raises(ValidationError) as err:
        draft(team, event_id=999_999)
    assert err.value.field == "event"


def test_the_month_query_reads_the_planned_at_index_whatever_the_filters(sqlite_db):
    """SQLite would otherwise pick the status or platform index and scan thousands of rows."""
    q = posts._filtered(
        Post.select(*posts._ROW_FIELDS).where((Post.planned_at >= at(1))
                                              & (Post.planned_at < at(30))),
        PostFilter(platform_ids=[1, 2], statuses=[PostStatus.DRAFT], writer_ids=[3],
                   column_ids=[4])).order_by(Post.planned_at, Post.id)
    sql, params = q.sql()
    plan = " ".join(str(r[-1]) for r in sqlite_db.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                               params))
    assert "INDEX post_planned_at" in plan and "TEMP B-TREE" not in plan, plan


# -- deleting ---------------------------------------------------------------------------------

def _delete_rules() -> dict[tuple[str, str], str]:
    """(table, column) -> ON DELETE rule of every foreign key that points at ``post``, as
    the migrations created them in the database (not as the models declare them)."""
    from models.db import database, is_postgres

    if is_postgres():
        rows = database.execute_sql(
            "SELECT kcu.table_name, kcu.column_name, rc.delete_rule "
            "FROM information_schema.referential_constraints rc "
            "JOIN information_schema.key_column_usage kcu "
            "  ON kcu.constraint_name = rc.constraint_name "
            " AND kcu.constraint_schema = rc.constraint_schema "
            "JOIN information_schema.constraint_column_usage ccu "
            "  ON ccu.constraint_name = rc.unique_constraint_name "
            " AND ccu.constraint_schema = rc.unique_constraint_schema "
            "WHERE ccu.table_name = 'post' AND kcu.table_schema = current_schema()").fetchall()
        return {(t, c): rule.upper() for t, c, rule in rows}
    tables = [t for (t,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    found = {}
    for table in tables:
        for row in database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            if row[2] == "post":
                found[(table, row[3])] = row[6].upper()
    return found


def _general_manager(t):
    from models.roles import Role

    return users.create_user(t.manager, "zhao", "赵总", "总经理办公室",
                             [Role.GENERAL_MANAGER], "password-1")


def test_a_writer_deletes_her_draft_and_it_leaves_the_calendar(team):
    p = draft(team, planned_at=at(2, 9, 30))
    kept = draft(team, planned_at=at(2, 11))
    assert posts.delete_post(team.lina, p.id, p.version) is None
    with pytest.raises(NotFound):
        posts.get_post(p.id)
    assert [r.id for r in posts.posts_in_range(at(1, 0), at(4, 0))] == [kept.id]
    e = audit.recent(1)[0]
    assert (e.action, e.action_label, e.actor_name, e.object_type, e.object_id) == \
        ("post.deleted", "Deleted a post", "李娜", "post", str(p.id))
    assert e.detail["title"] == "行业资讯速递" and e.detail["platform"] == team.wechat.id
    assert e.detail["status"] == "draft" and e.detail["writer"] == team.lina.id
    assert e.detail["planned_at"].startswith(at(2).strftime("%Y-%m-%d"))
    assert "本周行业要闻" not in str(e.detail)  # the log names the post, not its text
    assert audit.latest_id("post") == audit.latest_id() == e.id
    assert audit.latest_id("no-such-object") == 0
    with pytest.raises(NotFound):  # deleted twice (two windows): it no longer exists
        posts.delete_post(team.lina, p.id, p.version)
    assert audit.count("post.deleted") == 1


def test_the_manager_deletes_anyones_post_nobody_else_does(team):
    gm = _general_manager(team)
    p = draft(team)
    for who, words in ((team.chenjing, "Only 李娜 or the operations manager may delete it"),
                       (team.zhoumin, "view the calendar but not change it"),
                       (team.liuyang, "Only a post's writer or the operations manager"),
                       (gm, "Only a post's writer or the operations manager")):
        with pytest.raises(PermissionDenied) as err:
            posts.delete_post(who, p.id, p.version)
        assert words in str(err.value), who.display_name
        assert not posts.may_delete(who, p.writer_id, p.status)
        with pytest.raises(PermissionDenied) as asked:  # asked before the question
            posts.check_delete(who, p.id)
        assert str(asked.value) == str(err.value)
    assert posts.get_post(p.id).version == p.version and audit.count("post.deleted") == 0
    assert posts.may_delete(team.manager, p.writer_id, p.status)
    posts.check_delete(team.manager, p.id)  # no refusal, nothing deleted
    assert posts.get_post(p.id).version == p.version
    posts.delete_post(team.manager, p.id, p.version)
    with pytest.raises(NotFound):
        posts.check_delete(team.manager, p.id)
    assert audit.recent(1)[0].actor_name == "王芳"
    q = draft(team)
    users.set_user_active(team.manager, team.lina.id, users.get_user(team.lina.id).version,
                          False)
    with pytest.raises(PermissionDenied):  # someone who has left: refused as well
        posts.delete_post(team.lina, q.id, q.version)
    assert posts.get_post(q.id).version == q.version


def test_a_published_post_is_never_deleted_rule_p1(team):
    p = draft(team)
    publish_directly(p.id)
    version = posts.get_post(p.id).version
    for who in (team.lina, team.manager):
        with pytest.raises(PermissionDenied) as err:
            posts.delete_post(who, p.id, version)
        assert "published" in str(err.value) and "rule P1" in str(err.value)
        assert not posts.may_delete(who, p.writer_id, PostStatus.PUBLISHED)
    assert posts.get_post(p.id).status is PostStatus.PUBLISHED


def test_a_stale_deletion_names_the_colleague_and_deletes_nothing(team):
    p = draft(team)
    posts.move_post(team.manager, p.id, p.version, at(4))
    with pytest.raises(ConflictError) as err:
        posts.delete_post(team.lina, p.id, p.version)
    assert "王芳 changed this post" in str(err.value) and "not deleted" in str(err.value)
    assert posts.get_post(p.id).planned_at == at(4)
    assert audit.count("post.deleted") == 0


def test_a_post_in_review_is_withdrawn_by_its_writer_first_or_deleted_by_the_manager(team):
    from models import reviews

    p = reviews.submit(team.lina, draft(team).id, 1)
    with pytest.raises(PermissionDenied) as err:
        posts.delete_post(team.lina, p.id, p.version)
    assert "Withdraw it from review first" in str(err.value)
    assert not posts.may_delete(team.lina, p.writer_id, p.status)
    p = reviews.withdraw(team.lina, p.id, p.version)
    posts.delete_post(team.lina, p.id, p.version)  # a draft again: hers to delete
    q = reviews.submit(team.lina, draft(team).id, 1)
    assert posts.may_delete(team.manager, q.writer_id, q.status)
    posts.delete_post(team.manager, q.id, q.version)  # the reviewer may delete it
    assert audit.recent(1)[0].detail["status"] == "in_review"
    own = reviews.submit(team.manager, draft(team, team.manager).id, 1)
    with pytest.raises(PermissionDenied):  # the manager's own post: withdrawn first too
        posts.delete_post(team.manager, own.id, own.version)


def test_an_approved_post_not_yet_out_may_be_deleted_by_its_writer(team):
    from models import reviews
    from models.workflow import CHECKLIST

    p = reviews.submit(team.lina, draft(team).id, 1)
    p = reviews.approve(team.manager, p.id, p.version, [c.value for c in CHECKLIST],
                        reviews.hits_for(p.id))
    assert p.status is PostStatus.APPROVED
    posts.delete_post(team.lina, p.id, p.version)
    assert audit.recent(1)[0].detail["status"] == "approved"


def test_the_history_comments_and_mentions_go_with_the_post_its_copies_stay(team):
    from models import reviews
    from models.review_tables import ReviewComment, ReviewDecision, ReviewMention

    # The constraints as the migrations made them (SQLite and PostgreSQL): the history,
    # comments and mentions go with a post; linked copies, and nothing else, stay.
    assert _delete_rules() == {
        ("review_decision", "post_id"): "CASCADE",
        ("review_comment", "post_id"): "CASCADE",
        ("review_mention", "post_id"): "CASCADE",
        ("post", "origin_id"): "SET NULL",
    }
    original = draft(team)
    copy = posts.duplicate_post(team.lina, original.id, [team.weibo.id])[0]
    p = reviews.submit(team.lina, original.id, original.version)
    reviews.add_comment(team.manager, p.id, "@陈静 请核对数据")
    p = reviews.return_post(team.manager, p.id, p.version, "数据来源不清楚")
    other = reviews.submit(team.lina, draft(team, title="另一篇").id, 1)
    reviews.add_comment(team.manager, other.id, "@李娜 收到")

    def left(model, post_id):
        return model.select().where(model.post == post_id).count()

    assert (left(ReviewDecision, p.id), left(ReviewComment, p.id),
            left(ReviewMention, p.id)) == (2, 1, 1)
    posts.delete_post(team.lina, p.id, p.version)  # returned: hers to delete
    assert (left(ReviewDecision, p.id), left(ReviewComment, p.id),
            left(ReviewMention, p.id)) == (0, 0, 0)
    assert (left(ReviewDecision, other.id), left(ReviewComment, other.id),
            left(ReviewMention, other.id)) == (1, 1, 1)
    kept = posts.get_post(copy.id)
    assert kept.origin_id is None and kept.title == original.title
    assert posts.linked_posts(copy.id) == []


def test_the_copies_of_a_deleted_original_stay_one_family(team):
    """Deleting the original left its copies unlinked from each other: a copy could be
    duplicated again to a platform that already had a version of the post."""
    original = draft(team)
    weibo_copy, zhihu_copy = posts.duplicate_post(team.lina, original.id,
                                                  [team.weibo.id, team.zhihu.id])
    posts.delete_post(team.lina, original.id, original.version)
    assert posts.get_post(weibo_copy.id).origin_id is None  # the oldest copy leads now
    assert posts.get_post(zhihu_copy.id).origin_id == weibo_copy.id
    assert [r.id for r in posts.linked_posts(weibo_copy.id)] == [zhihu_copy.id]
    assert [r.id for r in posts.linked_posts(zhihu_copy.id)] == [weibo_copy.id]
    with pytest.raises(ValidationError) as err:
        posts.duplicate_post(team.lina, weibo_copy.id, [team.zhihu.id])
    assert err.value.field == "platforms"
    # Deleting a copy leaves the others as they are.
    posts.delete_post(team.lina, zhihu_copy.id, posts.get_post(zhihu_copy.id).version)
    assert posts.linked_posts(weibo_copy.id) == []
