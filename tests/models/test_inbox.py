"""The approval inbox (issue 4): waiting for me, mine, all, the badge and urgency, on SQLite
and PostgreSQL.  Posts planned in the past are written straight into the table (the
services refuse such times)."""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, posts, reviews, settings
from models.errors import PermissionDenied, ValidationError
from models.inbox import Reason
from models.posts import Post, PostStatus
from models.review_tables import ReviewDecision
from models.timeutil import utcnow
from models.workflow import Move, Stage

from tests.models.reviewing import EVERYTHING, approve, at, draft, submitted, team  # noqa: F401


def hours(n: float) -> dt.datetime:
    return (utcnow() + dt.timedelta(hours=n)).replace(second=0)


def plan(post_id: int, when: dt.datetime) -> None:
    """Put a post's planned time anywhere, the past included (a test shortcut)."""
    Post.update(planned_at=when).where(Post.id == post_id).execute()


def ids(items) -> list[int]:
    return [i.post_id for i in items]


def test_waiting_for_the_manager_most_urgent_first(team):
    """Planned time first (past and near on top, unscheduled last), then how long the post
    has waited; urgent: within 24 hours or past and not yet approved."""
    later = submitted(team, title="下周", planned_at=at(6))
    unscheduled = submitted(team, title="未排期", planned_at=None)
    soon = submitted(team, title="明早", planned_at=at(1))
    overdue = submitted(team, title="已过时")
    plan(overdue.id, hours(-3))
    plan(soon.id, hours(5))
    same_time_first = submitted(team, title="同一时间先提交", planned_at=at(6))
    # Two posts planned at the same time: the one waiting longer comes first.
    ReviewDecision.update(at=utcnow() - dt.timedelta(hours=1)).where(
        ReviewDecision.post == same_time_first.id).execute()
    items = reviews.waiting_for(team.manager)
    assert ids(items) == [overdue.id, soon.id, same_time_first.id, later.id, unscheduled.id]
    assert [i.urgent for i in items] == [True, True, False, False, False]
    assert all(i.reasons == (Reason.REVIEW,) for i in items)
    assert items[0].writer_name == "李娜" and items[0].stage is Stage.IN_REVIEW
    assert reviews.badge_count(team.manager) == 5
    assert reviews.inbox_counts(team.manager) == reviews.InboxCounts(5, 2, 0)
    # The other manager sees the same posts; the writer and colleagues have nothing to do.
    assert ids(reviews.waiting_for(team.sunlei)) == ids(items)
    for person in (team.lina, team.chenjing, team.zhao, team.zhoumin):
        assert reviews.waiting_for(person) == []


def test_a_decision_moves_the_post_to_the_next_persons_inbox(team):
    p = submitted(team, concerns_project=True)
    assert ids(reviews.waiting_for(team.manager)) == [p.id]
    p = approve(team.manager, p)
    assert reviews.waiting_for(team.manager) == []
    gm = reviews.waiting_for(team.zhao)
    assert [(i.post_id, i.reasons, i.stage) for i in gm] == [
        (p.id, (Reason.CONFIRM,), Stage.AWAITING_CONFIRMATION)]
    p = reviews.return_post(team.zhao, p.id, p.version, "项目信息暂不公开")
    assert reviews.waiting_for(team.zhao) == []
    assert [(i.post_id, i.reasons) for i in reviews.waiting_for(team.lina)] == [
        (p.id, (Reason.RETURNED,))]
    reviews.submit(team.lina, p.id, p.version)
    assert reviews.waiting_for(team.lina) == []
    assert reviews.badge_count(team.manager) == 1


def test_the_general_manager_reviews_the_managers_own_posts(team):
    own = submitted(team, actor=team.manager, title="经理自己写的")
    other = submitted(team, title="专员写的")
    assert ids(reviews.waiting_for(team.manager)) == [other.id]       # not her own (P1)
    assert ids(reviews.waiting_for(team.zhao)) == [own.id]            # GM: the manager's
    assert set(ids(reviews.waiting_for(team.sunlei))) == {own.id, other.id}


def test_an_approved_post_due_soon_waits_for_its_writer_to_publish(team):
    due = approve(team.manager, submitted(team, title="今天发"))
    plan(due.id, hours(2))
    later = approve(team.manager, submitted(team, title="下周发", planned_at=at(7)))
    items = reviews.waiting_for(team.lina)
    assert [(i.post_id, i.reasons, i.urgent) for i in items] == [
        (due.id, (Reason.PUBLISH,), False)]  # approved: due, but not urgent
    reviews.mark_published(team.lina, due.id, posts.get_post(due.id).version,
                           "https://mp.weixin.qq.com/s/1")
    assert reviews.waiting_for(team.lina) == []
    assert later.id not in ids(reviews.waiting_for(team.lina))


def test_the_inbox_offers_only_what_the_service_allows(team):
    """Every reason in anyone's inbox matches a move the rules allow that person."""
    m = submitted(team, actor=team.manager, title="经理稿", concerns_project=True)
    a = approve(team.sunlei, submitted(team, actor=team.manager, title="经理项目稿",
                                       concerns_project=True))
    b = submitted(team, title="专员稿")
    b = reviews.return_post(team.manager, b.id, b.version, "再改改")
    c = approve(team.manager, submitted(team, title="专员项目稿", concerns_project=True))
    draft(team, title="草稿")
    move_for = {Reason.REVIEW: Move.APPROVE, Reason.CONFIRM: Move.CONFIRM,
                Reason.RETURNED: Move.SUBMIT, Reason.PUBLISH: Move.PUBLISH}
    found = {}
    for person in (team.manager, team.sunlei, team.zhao, team.lina, team.chenjing):
        for item in reviews.waiting_for(person):
            allowed = reviews.allowed_moves(person, item.post_id)
            for reason in item.reasons:
                assert move_for[reason] in allowed
                found.setdefault(person.login, set()).add((item.post_id, reason))
    assert found == {
        "sunlei": {(m.id, Reason.REVIEW)},                         # not her own: another OM
        "zhao": {(m.id, Reason.REVIEW), (a.id, Reason.CONFIRM), (c.id, Reason.CONFIRM)},
        "lina": {(b.id, Reason.RETURNED)},
    }


def test_mine_lists_my_posts_and_where_each_stands(team):
    d = draft(team, title="草稿")
    r = submitted(team, title="审核中")
    p = approve(team.manager, submitted(team, title="已发布"))
    reviews.mark_published(team.lina, p.id, p.version, "https://mp.weixin.qq.com/s/2")
    old = approve(team.manager, submitted(team, title="很久以前发布"))
    reviews.mark_published(team.lina, old.id, old.version, "https://mp.weixin.qq.com/s/3")
    Post.update(published_at=utcnow() - dt.timedelta(days=30)).where(
        Post.id == old.id).execute()
    submitted(team, actor=team.chenjing, title="别人的")
    mine = reviews.mine(team.lina)
    assert {i.post_id: i.status for i in mine} == {
        d.id: PostStatus.DRAFT, r.id: PostStatus.IN_REVIEW, p.id: PostStatus.PUBLISHED}


def test_all_posts_is_for_the_managers(team):
    a = draft(team)
    b = submitted(team, actor=team.chenjing)
    everyone = reviews.all_posts(team.manager)
    assert set(ids(everyone)) == {a.id, b.id}
    assert {i.post_id: i.reasons for i in everyone}[b.id] == (Reason.REVIEW,)
    assert ids(reviews.all_posts(team.zhao, statuses=[PostStatus.IN_REVIEW])) == [b.id]
    assert reviews.all_posts(team.manager, statuses=[]) == []
    for person in (team.lina, team.zhoumin):
        with pytest.raises(PermissionDenied):
            reviews.all_posts(person)


def test_the_urgency_window_is_a_team_setting(team):
    p = submitted(team)
    plan(p.id, hours(30))
    assert reviews.urgent_hours() == 24
    assert not reviews.waiting_for(team.manager)[0].urgent
    assert not reviews.is_post_urgent(posts.get_post(p.id))
    with pytest.raises(PermissionDenied):
        reviews.set_urgent_hours(team.lina, 48)
    with pytest.raises(ValidationError):
        reviews.set_urgent_hours(team.manager, 0)
    reviews.set_urgent_hours(team.manager, 48)
    assert reviews.urgent_hours() == 48 and audit.recent(1)[0].action == "setting.changed"
    assert reviews.waiting_for(team.manager)[0].urgent
    assert reviews.is_post_urgent(posts.get_post(p.id))
    # The generic settings service checks the value as set_urgent_hours does ...
    with pytest.raises(ValidationError):
        settings.put(team.manager, "review.urgent_hours", "soon")
    assert reviews.urgent_hours() == 48
    # ... and a value stored by other means falls back to the default instead of failing.
    from models.settings import TeamSetting

    TeamSetting.update(value='"soon"').where(TeamSetting.key == "review.urgent_hours").execute()
    assert reviews.urgent_hours() == 24


def test_the_activity_mark_changes_with_every_decision_and_mention(team):
    first = reviews.activity_mark()
    p = submitted(team)
    second = reviews.activity_mark()
    reviews.add_comment(team.manager, p.id, "@李娜 请看")
    third = reviews.activity_mark()
    assert first < second < third and first == (0, 0, 0)


def test_the_activity_mark_moves_with_a_comment_that_mentions_nobody(team):
    """A screen that polls the mark must see a plain answer in a post's thread too."""
    p = submitted(team)
    before = reviews.activity_mark()
    reviews.add_comment(team.lina, p.id, "标题已按要求修改，请再看一下")
    assert reviews.activity_mark() != before


def test_the_activity_mark_moves_when_a_post_that_waited_is_deleted(team):
    """The navigation's badge polled only decisions and comments: deleting a waiting post
    whose decisions were not the newest left its count one too high."""
    older = submitted(team)
    submitted(team, title="较新的稿件")
    before = reviews.activity_mark()
    posts.delete_post(team.manager, older.id, posts.get_post(older.id).version)
    assert reviews.activity_mark() != before
    assert older.id not in reviews.waiting_ids(team.manager)


def test_what_the_notifier_asks_who_moved_last_and_which_mentions_are_unseen(team):
    mine, theirs = submitted(team), submitted(team, title="另一篇")
    mine = approve(team.manager, mine)
    assert reviews.moved_last_by(team.manager, [mine.id, theirs.id]) == {mine.id}
    assert reviews.moved_last_by(team.lina, [mine.id, theirs.id]) == {theirs.id}
    assert reviews.moved_last_by(team.lina, []) == frozenset()
    reviews.add_comment(team.lina, theirs.id, "@王芳 请看")
    assert reviews.unseen_mention_ids(team.manager) == {theirs.id}
    reviews.mark_seen(team.manager, theirs.id)
    assert reviews.unseen_mention_ids(team.manager) == frozenset()


# -- the light queries the screens poll (badge, notifier, paging) ----------------------------

def test_the_badge_and_the_ids_agree_with_the_inbox_for_everyone(team):
    """``badge_count`` and ``waiting_ids`` read less than ``waiting_for`` but must give the
    same answer, whatever the mix of states, writers, due times and mentions."""
    m = submitted(team, actor=team.manager, title="经理稿", concerns_project=True)
    approve(team.sunlei, submitted(team, actor=team.manager, title="经理项目稿",
                                   concerns_project=True))
    b = submitted(team, title="专员稿")
    reviews.return_post(team.manager, b.id, b.version, "再改改")
    approve(team.manager, submitted(team, title="专员项目稿", concerns_project=True))
    due = approve(team.manager, submitted(team, title="今天发"))
    plan(due.id, hours(2))
    late = submitted(team, actor=team.chenjing, title="已过时")
    plan(late.id, hours(-5))
    draft(team, title="草稿")
    submitted(team, title="未排期", planned_at=None)
    reviews.add_comment(team.manager, m.id, "@李娜 @周敏 请看")  # lina: a mention and more
    reviews.add_comment(team.manager, b.id, "@李娜 看这里")  # on a post already waiting
    for person in (team.manager, team.sunlei, team.zhao, team.lina, team.chenjing,
                   team.liuyang, team.zhoumin):
        expected = reviews.waiting_for(person)
        assert reviews.waiting_ids(person) == frozenset(ids(expected)), person.login
        assert reviews.badge_count(person) == len(expected), person.login
        assert reviews.inbox_counts(person) == reviews.InboxCounts(
            len(expected), sum(1 for i in expected if i.urgent),
            sum(1 for i in expected if Reason.MENTION in i.reasons)), person.login
        # Read a page at a time, the inbox is the same list, in the same order.
        for size in (1, 2, 3):
            pages = []
            for offset in range(0, len(expected) + size, size):
                pages += reviews.waiting_for(person, limit=size, offset=offset)
            assert pages == expected, (person.login, size)
        # Read on after the last line of each page (how a screen scrolls): the same list.
        for size in (1, 2, 3):
            pages, last = [], None
            while True:
                page = reviews.waiting_for(person, limit=size, after=last)
                pages += page
                if len(page) < size:
                    break
                last = page[-1]
            assert pages == expected, (person.login, size)
    assert reviews.badge_count(team.lina) == 3  # returned (and mentioned), due, mentioned


def test_mentions_on_more_posts_than_a_compiled_query_takes_are_all_listed(team):
    """The inbox's queries are compiled once with marks for their values (``db.Statement``
    takes 64); a person mentioned on 70 posts is asked about with a query written for
    the occasion, and the list, the ids, the badge and the counts still agree.  Every
    fifth post is planned three hours from now (urgent), the rest two days or more ahead
    (never urgent, whatever the time of day the test runs at)."""
    mentioned = []
    for n in range(70):
        when = hours(3) if n % 5 == 0 else at(2 + n % 5)
        p = draft(team, title=f"提及{n}", planned_at=when)
        reviews.add_comment(team.lina, p.id, "@王芳 请看")
        mentioned.append(p.id)
    waiting = submitted(team, title="待审核", planned_at=at(2))
    expected = reviews.waiting_for(team.manager)
    assert set(ids(expected)) == set(mentioned) | {waiting.id}
    assert reviews.waiting_ids(team.manager) == frozenset(ids(expected))
    assert sum(1 for i in expected if i.urgent) == 14
    assert reviews.inbox_counts(team.manager) == reviews.InboxCounts(71, 14, 70)
    first, counts = reviews.waiting_page(team.manager, limit=10)
    assert first == expected[:10] and counts.waiting == 71


def test_reading_on_after_a_line_skips_nothing_when_earlier_lines_leave(team):
    """A screen reads the next page after the last line it has: a post that left the list
    meanwhile (its mention seen, rule P1's review done) moves nothing that follows."""
    mention = approve(team.sunlei, submitted(team, title="只提及", planned_at=at(1)))
    reviews.add_comment(team.lina, mention.id, "@王芳 请看发布时间")
    same_time = [submitted(team, title=f"同时{n}", planned_at=at(2)) for n in range(3)]
    later = [submitted(team, title=f"稍后{n}", planned_at=at(3 + n)) for n in range(2)]
    unscheduled = [submitted(team, title=f"未排期{n}", planned_at=None) for n in range(2)]
    rest = same_time + later + unscheduled
    first = reviews.waiting_for(team.manager, limit=2)
    assert ids(first) == [mention.id, same_time[0].id]
    reviews.mark_seen(team.manager, mention.id)  # it leaves the list: one line fewer
    page = reviews.waiting_for(team.manager, limit=3, after=first[-1])
    assert ids(page) == [p.id for p in rest[1:4]]
    approve(team.manager, same_time[0])
    seen = first + page
    while page:
        page = reviews.waiting_for(team.manager, limit=3, after=seen[-1])
        seen += page
    assert ids(seen) == [mention.id] + [p.id for p in rest]
    # "All posts" reads on the same way (published posts leave it).
    everyone = ids(reviews.all_posts(team.manager))
    first = reviews.all_posts(team.manager, limit=3)
    assert first[0].post_id == mention.id and first[0].status is PostStatus.APPROVED
    p = posts.get_post(mention.id)
    reviews.mark_published(team.lina, p.id, p.version, "https://mp.weixin.qq.com/s/9")
    seen, page = list(first), first
    while page:
        page = reviews.all_posts(team.manager, limit=3, after=seen[-1])
        seen += page
    assert ids(seen) == everyone


def test_all_posts_reads_one_page_at_a_time(team):
    made = [submitted(team, title=f"第{n}篇", planned_at=at(n + 1)).id for n in range(5)]
    pages = [ids(reviews.all_posts(team.manager, limit=2, offset=o)) for o in (0, 2, 4)]
    assert pages == [made[:2], made[2:4], made[4:]]
    assert reviews.all_posts(team.manager, limit=2, offset=6) == []


def test_one_posts_line_matches_the_inbox(team):
    """``item_for`` gives the line ``waiting_for`` would show, and no reasons for a post
    that does not wait for the person."""
    p = submitted(team, concerns_project=True)
    d = draft(team, title="草稿")
    for person in (team.manager, team.zhao, team.lina):
        waiting = {i.post_id: i for i in reviews.waiting_for(person)}
        for post in (p, d):
            line = reviews.item_for(person, post.id)
            assert line.post_id == post.id
            if post.id in waiting:
                assert line == waiting[post.id]
            else:
                assert line.reasons == ()
    assert reviews.item_for(team.manager, p.id).reasons == (Reason.REVIEW,)
    p = approve(team.manager, p)
    assert reviews.item_for(team.manager, p.id).reasons == ()
    assert reviews.item_for(team.zhao, p.id).reasons == (Reason.CONFIRM,)
    assert reviews.item_for(team.zhao, 999_999) is None


def test_the_activity_mark_moves_when_a_waiting_post_is_moved_or_edited(team):
    """A post in review moved to an hour from now is urgent: the inbox, which polls the
    mark, re-read nothing and showed it as not urgent until F5 (found in a day-long run)."""
    p = submitted(team)
    before = reviews.activity_mark()
    version = posts.move_post(team.manager, p.id, p.version, utcnow() + dt.timedelta(hours=1))
    moved = reviews.activity_mark()
    assert moved != before
    posts.update_post(team.manager, p.id, version,
                      posts.get_post(p.id).fields(title="行业资讯速递（更新）"))
    edited = reviews.activity_mark()
    assert edited != moved
    audit.record(team.manager, "login.succeeded", "user", team.manager.id)
    assert reviews.activity_mark() == edited  # not about a post: the inbox stays as it is
