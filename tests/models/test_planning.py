"""The planning service (issue 3): the calendar's warnings, plan import and export, .ics.

Runs on SQLite and PostgreSQL (the ``db`` fixture).  Posts of the past are
written straight into the table (the services refuse times that have passed).
"""
from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from models import audit, cadence, cadence_rules, events, planning, platforms, users
from models.roles import Role
from models.errors import PermissionDenied, ValidationError
from models.events import EventKind
from models.post_csv import COLUMNS, PlanRejected
from models.posts import Post, PostCategory, PostFields, PostFilter, PostStatus, create_post
from models.timeutil import from_local, from_team

D = dt.date
HEADER = ",".join(COLUMNS)


@pytest.fixture
def two_rules(team):
    """Only the website (3 a week, C1) and the WeChat official account (1 a day, C2) have rules."""
    for rule in cadence_rules.list_rules():
        if rule.platform_id not in (team.website.id, team.wechat.id):
            cadence_rules.remove_rule(team.manager, rule.platform_id, rule.version)
    return team


@pytest.fixture
def beijing(monkeypatch):
    """This PC's clock in Beijing time (UTC+8) for the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield ZoneInfo("Asia/Shanghai")
    monkeypatch.undo()
    time.tzset()


def put(platform, when, writer, *, status=PostStatus.DRAFT, published=None,
        category=PostCategory.GENERAL, event=None, title="行业资讯速递") -> int:
    """A post written straight into the table; ``when`` and ``published`` in UTC."""
    return Post.insert(platform=platform.id, title=title, writer=writer.id,
                       status=PostStatus(status).value, planned_at=when,
                       published_at=published, category=PostCategory(category).value,
                       event=event).execute()


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


# -- check: cadence and clashes ----------------------------------------------------------------

def test_shortfalls_and_clashes_of_a_range_with_the_weeks_at_its_edges_judged_whole(two_rules):
    """Range Wed 4 - Tue 17 June 2025; the week rule is judged on the ISO weeks 2-8, 9-15 and
    16-22 June, the day rule on the days of the range only."""
    t = two_rules
    # Website, week of 2 June: 3 posts, two of them before the range starts: not short.
    for day in (D(2025, 6, 2), D(2025, 6, 3), D(2025, 6, 6)):
        put(t.website, at(day), t.lina)
    # Week of 9 June: 2 posts. Week of 16 June: 1 post, after the range ends.
    for day in (D(2025, 6, 9), D(2025, 6, 11), D(2025, 6, 21)):
        put(t.website, at(day), t.lina)
    # WeChat: every day of the range but the 10th; the 12th only has a returned post;
    # the 15th's post was planned in May and published on the 15th (it counts then).
    for i in range(14):
        day = D(2025, 6, 4) + dt.timedelta(days=i)
        if day in (D(2025, 6, 10), D(2025, 6, 12), D(2025, 6, 15)):
            continue
        put(t.wechat, at(day, 8), t.lina)
    put(t.wechat, at(D(2025, 6, 12), 8), t.lina, status=PostStatus.RETURNED)
    put(t.wechat, at(D(2025, 5, 30), 8), t.lina, status=PostStatus.PUBLISHED,
        published=at(D(2025, 6, 15), 10))
    # Two WeChat posts in one half-hour on the 5th (flagged); one at 09:30 is not.
    put(t.wechat, at(D(2025, 6, 5), 9, 0), t.chenjing)
    put(t.wechat, at(D(2025, 6, 5), 9, 20), t.lina)
    put(t.wechat, at(D(2025, 6, 5), 9, 30), t.lina)
    # A clash and a missing WeChat day before the range are not this range's business.
    put(t.website, at(D(2025, 6, 3), 10, 0), t.lina)
    put(t.website, at(D(2025, 6, 3), 10, 10), t.lina)

    found = planning.check(D(2025, 6, 4), D(2025, 6, 17), today=D(2025, 6, 1))
    assert found.problems == [
        "WeChat official account: two posts are planned in the same half-hour, "
        "2025-06-05 (Thu) 09:00–09:30",
        "Official website: 2 of 3 posts planned in the week of 2025-06-09 (Mon)",
        "WeChat official account: no post planned on 2025-06-10 (Tue)",
        "WeChat official account: no post planned on 2025-06-12 (Thu)",
        "Official website: 1 of 3 posts planned in the week of 2025-06-16 (Mon)",
    ]
    assert found.has_problems and found.deadlines == found.all_deadlines == []
    (clash,) = found.clashes
    assert clash.platform_id == t.wechat.id and clash.slot == at(D(2025, 6, 5), 9)
    assert [(s.period, s.first_day, s.last_day, s.required, s.planned)
            for s in found.shortfalls if s.platform_id == t.website.id] == [
        ("week", D(2025, 6, 9), D(2025, 6, 15), 3, 2),
        ("week", D(2025, 6, 16), D(2025, 6, 22), 3, 1)]


def test_a_month_grid_without_gaps_has_no_problems_and_rules_removed_are_not_judged(two_rules):
    t = two_rules
    first = D(2025, 6, 30)  # the grid of July 2025: Monday 30 June to Sunday 10 August
    for i in range(42):
        day = first + dt.timedelta(days=i)
        # 陈静 writes two of July's posts: her quota (rule C7, 2 a month) is met too.
        put(t.wechat, at(day, 8), t.chenjing if day.month == 7 and day.day <= 2 else t.lina)
        if day.weekday() in (0, 2, 4):
            put(t.website, at(day, 10), t.lina)
    put(t.weibo, at(first, 8), t.lina)  # Weibo's rule was removed: no daily warnings for it
    found = planning.check(first, first + dt.timedelta(days=41), today=D(2025, 6, 1))
    assert found.problems == [] and not found.has_problems
    # The manager raises the website to 4 a week: every week is now short.
    rule = cadence_rules.get_rule(t.website.id)
    cadence_rules.set_rule(t.manager, t.website.id, rule.version, "week", 4)
    found = planning.check(first, first + dt.timedelta(days=41), today=D(2025, 6, 1))
    assert len(found.shortfalls) == 6
    assert found.problems[0] == "Official website: 3 of 4 posts planned in the week of " \
                                "2025-06-30 (Mon)"


def test_days_are_this_pcs_local_days(two_rules, beijing):
    """17:30 UTC on 4 June is 01:30 on 5 June in Beijing: the post counts on the 5th."""
    t = two_rules
    put(t.wechat, dt.datetime(2025, 6, 4, 17, 30), t.lina)
    put(t.wechat, dt.datetime(2025, 6, 4, 17, 45), t.lina)
    found = planning.check(D(2025, 6, 4), D(2025, 6, 5), today=D(2025, 6, 1))
    day_lines = [s.first_day for s in found.shortfalls if s.period == "day"]
    assert day_lines == [D(2025, 6, 4)]
    assert found.clashes[0].slot == dt.datetime(2025, 6, 5, 1, 30)  # shown in local time
    assert "2025-06-05 (Thu) 01:30–02:00" in found.problems[-1]


def test_a_reversed_range_is_refused(team):
    with pytest.raises(ValidationError) as err:
        planning.check(D(2025, 6, 5), D(2025, 6, 4))
    assert str(err.value) == ("The first day (2025-06-05) comes after the last day "
                              "(2025-06-04). Check the dates.")


def test_many_posts_in_one_half_hour_make_one_line_and_mark_every_card(two_rules):
    t = two_rules
    ids = [put(t.weibo, at(D(2027, 3, 20), 10, minute), t.lina) for minute in (0, 5, 10, 29)]
    found = planning.check(D(2027, 3, 20), D(2027, 3, 20), today=D(2027, 3, 1))
    clash_lines = [line for line in found.problems if "half-hour" in line]
    assert clash_lines == [
        "Weibo: 4 posts are planned in the same half-hour, 2027-03-20 (Sat) 10:00–10:30"]
    assert len(found.clashes) == 6 and {i for c in found.clashes for i in c} == set(ids)


# -- check: deadlines (rules C3, C4) ------------------------------------------------------------

def test_deadlines_due_in_the_range_are_found_even_for_events_outside_it(two_rules):
    """Range Thu 9 - Wed 15 October 2025, checked on the 13th."""
    t, m = two_rules, two_rules.manager

    def event(name, kind, start, end):
        return events.create_event(m, name, kind, start, end).id

    # Ended before National Day (1-8 Oct): 3 working days are the 9th, 10th and Saturday
    # the 11th (a swapped working day). The recap is planned for the 12th: too late.
    gala = event("年度客户答谢会", EventKind.EVENT, D(2025, 9, 29), D(2025, 9, 30))
    put(t.website, at(D(2025, 10, 12)), t.lina, category=PostCategory.EVENT_RECAP, event=gala)
    # Starts after the range; its announcement is due on the 14th and not planned: at risk.
    sale = event("双十一大促", EventKind.PROMOTION, D(2025, 10, 17), D(2025, 10, 20))
    # Inside the range, announced in time: met.
    expo = event("秋季博览会", EventKind.PROMOTION, D(2025, 10, 13), D(2025, 10, 14))
    put(t.wechat, at(D(2025, 10, 9)), t.chenjing, category=PostCategory.PROMOTION, event=expo)
    # Due after the range (recap of an event ending on the 15th), or long before it.
    event("新品发布会", EventKind.EVENT, D(2025, 10, 15), D(2025, 10, 15))
    event("春季招聘会", EventKind.EVENT, D(2025, 3, 1), D(2025, 3, 2))

    found = planning.check(D(2025, 10, 9), D(2025, 10, 15), today=D(2025, 10, 13))
    assert [(d.event_id, d.kind, d.state, d.due) for d in found.all_deadlines] == [
        (expo, "announcement", "met", D(2025, 10, 10)),
        (gala, "recap", "missed", D(2025, 10, 11)),
        (sale, "announcement", "at_risk", D(2025, 10, 14)),
    ]
    assert [d.event_id for d in found.deadlines] == [gala, sale]
    lines = [line for line in found.problems if "rule C" in line]
    assert lines == [
        "Recap of 年度客户答谢会 was due by 2025-10-11 (Sat) but is planned for "
        "2025-10-12 (Sun) (rule C3)",
        "Announcement of 双十一大促 is due by 2025-10-14 (Tue) (rule C4)",
    ]
    assert {e.event_id for e in found.events} == {expo, gala, sale}


def test_an_announcement_planned_too_late_is_a_problem_weeks_before_it_is_due(two_rules):
    """C4: the promotion starts on the 12th, so it is announced by the 9th. Planned for the
    10th, the plan breaks the rule now; the manager is told a month ahead, not two days."""
    t, m = two_rules, two_rules.manager
    sale = events.create_event(m, "冬季促销", EventKind.PROMOTION, D(2025, 12, 12),
                               D(2025, 12, 14)).id
    put(t.wechat, at(D(2025, 12, 10)), t.chenjing, category=PostCategory.PROMOTION, event=sale)
    found = planning.check(D(2025, 12, 8), D(2025, 12, 14), today=D(2025, 11, 10))
    assert [(d.event_id, d.state) for d in found.deadlines] == [(sale, "at_risk")]
    assert ("Announcement of 冬季促销 is due by 2025-12-09 (Tue) but planned for "
            "2025-12-10 (Wed) (rule C4)") in found.problems


def test_a_recap_due_in_a_year_the_holiday_calendar_does_not_know_is_flagged(two_rules):
    """chinesecalendar knows 2004-2026; 3 working days after 30 Dec 2026 run into 2027."""
    t = two_rules
    party = events.create_event(t.manager, "年会", EventKind.EVENT, D(2026, 12, 29),
                                D(2026, 12, 30)).id
    january = planning.check(D(2027, 1, 1), D(2027, 1, 7), today=D(2026, 12, 31))
    (deadline,) = january.deadlines
    assert (deadline.event_id, deadline.state, deadline.due) == (party, "unknown", None)
    assert any(line.startswith("The due date of the recap of 年会 cannot be worked out")
               for line in january.problems)
    assert planning.check(D(2026, 12, 1), D(2026, 12, 31), today=D(2026, 12, 31)).deadlines == []


def test_the_service_reads_posts_as_the_rules_would_build_them(two_rules):
    """The quick row conversion gives what PlannedPost's own constructor gives."""
    t = two_rules
    pid = put(t.wechat, at(D(2025, 6, 4), 8), t.lina, status=PostStatus.PUBLISHED,
              published=at(D(2025, 6, 4), 8, 5), category=PostCategory.COMPANY_NEWS)
    (post,) = planning._planned_posts(D(2025, 6, 4), D(2025, 6, 4))
    assert post == cadence.PlannedPost(pid, t.wechat.id, "company_news", at(D(2025, 6, 4), 8),
                                       at(D(2025, 6, 4), 8, 5), "published", None, None,
                                       t.lina.id, pid)
    assert post.day == D(2025, 6, 4) and post.counts


# -- importing a plan -------------------------------------------------------------------------------

def soon(days: int = 10, hour: int = 9, minute: int = 30) -> dt.datetime:
    """A local time ``days`` ahead (naive, as a plan writes it)."""
    return (dt.datetime.now() + dt.timedelta(days=days)).replace(hour=hour, minute=minute,
                                                                 second=0, microsecond=0)


def plan(*rows: str) -> str:
    return "\r\n".join([HEADER, *rows]) + "\r\n"


def stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


def posts_now() -> list[tuple]:
    return list(Post.select(Post.platform, Post.column, Post.title, Post.writer, Post.category,
                            Post.planned_at, Post.concerns_project, Post.event, Post.status)
                .order_by(Post.id).tuples())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_good_plan_is_imported_as_drafts_with_one_audit_entry(team, encoding, beijing):
    t = team
    news = platforms.create_column(t.manager, t.wechat.id, "行业资讯")
    sale = events.create_event(t.manager, "双十二大促", EventKind.PROMOTION,
                               soon(20).date(), soon(22).date())
    data = plan(f"WeChat official account,行业资讯,本周行业要闻,lina,General information,"
                f"{stamp(soon(10))},否,",
                f"Weibo,,双十二大促预告,李娜,promotion,{stamp(soon(12, 12))},yes,双十二大促",
                "Official website,,未排期稿件,chenjing,company_news,,,")
    result = planning.import_plan(t.manager, data.encode(encoding))
    ids = result.created
    assert len(ids) == 3 and result.skipped == 0
    assert posts_now() == [
        (t.wechat.id, news.id, "本周行业要闻", t.lina.id, "general", from_local(soon(10)), False,
         None, "draft"),
        (t.weibo.id, None, "双十二大促预告", t.lina.id, "promotion", from_local(soon(12, 12)),
         True, sale.id, "draft"),
        (t.website.id, None, "未排期稿件", t.chenjing.id, "company_news", None, False, None,
         "draft"),
    ]
    entry = audit.recent(1)[0]
    assert (entry.action, entry.action_label, entry.detail["count"], entry.detail["posts"],
            entry.detail["skipped"]) == ("post.imported", "Imported a posting plan", 3, ids, 0)
    assert audit.count("post.imported") == 1 and audit.count("post.created") == 0


def test_planned_times_in_a_plan_are_local_times(team, beijing):
    when = soon(10, 9, 30)
    planning.import_plan(team.lina, plan(
        f"WeChat official account,,早报,lina,general,{stamp(when)},no,").encode())
    stored = Post.select(Post.planned_at).scalar()
    assert stored == when - dt.timedelta(hours=8)  # 09:30 in Beijing is 01:30 UTC


def test_a_plan_with_bad_rows_writes_nothing_and_names_every_bad_row(team, beijing):
    t = team
    cadence_rules.set_limits(t.manager, t.weibo.id, 0, title_max=10, body_max=None)
    data = plan(
        f"Twitter,,标题,lina,general,{stamp(soon())},no,",                        # line 2
        f"WeChat official account,,标题,wangwu,general,{stamp(soon())},no,",       # line 3
        "WeChat official account,,过去的稿件,lina,general,2020-01-06 09:00,no,",    # line 4
        f"Weibo,,{'长' * 11},lina,general,{stamp(soon())},no,",                     # line 5
        f"WeChat official account,,好的一行,lina,general,{stamp(soon())},no,")      # line 6
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, data.encode("gb18030"))
    assert [(p.line, p.column) for p in err.value.problems] == [
        (2, "platform"), (3, "writer"), (4, "planned_at"), (5, "title")]
    text = str(err.value)
    assert text.startswith("The file was not imported; nothing was changed.")
    assert "Line 2, platform: there is no active platform called “Twitter”." in text
    assert "Line 3, writer: there is no active team member called “wangwu”" in text
    assert "Line 4, planned_at: 2020-01-06 09:00 has already passed." in text
    assert "Line 5, title: The title is too long for Weibo: 11 characters, at most 10." in text
    assert posts_now() == [] and audit.count("post.imported") == 0


@pytest.mark.parametrize("data, message", [
    (b"", "The file is empty"),
    ("\ufeff".encode("utf-8"), "The file is empty"),
    ((HEADER + "\r\n").encode(), "no posts"),
    (b"\x81\x20\xff\xfe\x80\x80", "neither UTF-8 nor GB18030"),
])
def test_empty_and_unreadable_files_write_nothing(team, data, message):
    with pytest.raises(PlanRejected, match=message):
        planning.import_plan(team.manager, data)
    assert posts_now() == [] and audit.count("post.imported") == 0


def test_a_member_who_writes_no_posts_or_a_far_year_is_named_and_nothing_written(team):
    """周敏 (design department) was "no active team member"; 9999-12-31 crashed the import
    with an OverflowError before any row was checked, and a typo "2226" was imported."""
    t = team
    data = plan(f"WeChat official account,,设计稿,zhoumin,general,{stamp(soon())},no,",
                f"WeChat official account,,客服稿,刘洋,general,{stamp(soon())},no,",
                "WeChat official account,,远期,lina,general,9999-12-31 23:59,no,",
                "WeChat official account,,笔误,lina,general,2226-12-20 10:00,no,",
                f"WeChat official account,,好的一行,lina,general,{stamp(soon())},no,")
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, data.encode())
    assert [p.describe() for p in err.value.problems] == [
        "Line 2, writer: 周敏 does not write posts. Choose a content, channel or promotion "
        "specialist, or the operations manager.",
        "Line 3, writer: 刘洋 does not write posts. Choose a content, channel or promotion "
        "specialist, or the operations manager.",
        "Line 4, planned_at: “9999-12-31 23:59” is outside the dates MediaDesk works with "
        "(2000-01-01 to 2099-12-31). Check the year.",
        "Line 5, planned_at: “2226-12-20 10:00” is outside the dates MediaDesk works with "
        "(2000-01-01 to 2099-12-31). Check the year."]
    assert posts_now() == [] and audit.count("post.imported") == 0


def test_a_plan_means_the_same_on_a_pc_whose_clock_is_in_another_zone(team, monkeypatch):
    """A plan exported on a PC left on UTC and imported on a Beijing one had every post twice,
    eight hours apart: a plan's times are the team's (Beijing) on every PC."""
    t = team
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        day = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=10)).date()
        data = plan(f"WeChat official account,,早报,lina,general,{day} 09:30,no,",
                    f"Weibo,,晚报,lina,general,{day} 23:30,no,")
        assert len(planning.import_plan(t.lina, data.encode()).created) == 2
        stored = sorted(Post.select(Post.planned_at).tuples())
        assert stored == [(dt.datetime.combine(day, dt.time(1, 30)),),
                          (dt.datetime.combine(day, dt.time(15, 30)),)]  # Beijing 09:30, 23:30
        exported = planning.export_plan().decode("utf-8-sig")
        assert f"{day} 09:30" in exported and f"{day} 23:30" in exported
        monkeypatch.setenv("TZ", "Asia/Shanghai")  # the colleague's PC
        time.tzset()
        again = planning.import_plan(t.manager, exported.encode("utf-8"))
        assert (len(again.created), again.skipped) == (0, 2)
        assert Post.select().count() == 2
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_specialist_imports_only_her_own_posts(team):
    t = team
    mixed = plan(f"WeChat official account,,我的稿件,lina,general,{stamp(soon())},no,",
                 f"Weibo,,陈静的稿件,chenjing,general,{stamp(soon())},no,")
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.lina, mixed.encode())
    assert [(p.line, p.column) for p in err.value.problems] == [(3, "writer")]
    assert "Line 3, writer: this is a post for 陈静. You may import only your own posts" \
        in str(err.value)
    assert posts_now() == []
    (only,) = planning.import_plan(t.lina, plan(
        f"WeChat official account,,我的稿件,李娜,general,{stamp(soon())},no,").encode()).created
    assert Post.get_by_id(only).writer_id == t.lina.id
    with pytest.raises(PermissionDenied, match="view the calendar but not change it"):
        planning.import_plan(t.zhoumin, mixed.encode())


def test_a_plan_imported_twice_skips_the_posts_already_in_the_plan(team):
    """Same platform, planned time and title as a post in the plan: skipped and counted,
    whoever wrote it and whatever else differs; the rest of the file is imported."""
    t = team
    first = plan(f"WeChat official account,,本周行业要闻,lina,general,{stamp(soon(10))},no,",
                 "Weibo,,未排期稿件,chenjing,promotion,,yes,")
    assert len(planning.import_plan(t.manager, first.encode()).created) == 2
    before = posts_now()
    again = planning.import_plan(t.manager, first.encode())
    assert (again.created, again.skipped, again.skipped_lines) == ([], 2, [2, 3])
    assert posts_now() == before and audit.count("post.imported") == 1  # nothing to record
    more = plan(f"WeChat official account,,本周行业要闻,chenjing,company_news,"
                f"{stamp(soon(10))},yes,",                                     # in the plan
                f"WeChat official account,,本周行业要闻,lina,general,{stamp(soon(11))},no,",
                "Weibo,,未排期稿件,lina,general,,no,")                         # in the plan
    result = planning.import_plan(t.manager, more.encode())
    assert len(result.created) == 1 and result.skipped_lines == [2, 4]
    assert len(posts_now()) == 3
    assert audit.recent(1)[0].detail["skipped"] == 2


def test_rows_repeating_each_other_in_one_file_write_nothing(team):
    t = team
    row = f"WeChat official account,,本周行业要闻,lina,general,{stamp(soon(10))},no,"
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, plan(row, row).encode())
    assert "Line 3: this is the same post as line 2 (same platform, planned time and title)." \
        in str(err.value)
    assert posts_now() == [] and audit.count("post.imported") == 0


def test_rows_a_few_seconds_apart_are_the_same_post(team):
    """A planned time is kept to the minute: a platform's export with 09:30:10 and 09:30:50
    had been imported as two copies of one post."""
    t = team
    day = soon(10).strftime("%Y-%m-%d")
    rows = [f"WeChat official account,,本周行业要闻,lina,general,{day} 09:30:{s},no,"
            for s in ("10", "50")]
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, plan(*rows).encode())
    assert "Line 3: this is the same post as line 2 (same platform, planned time and title)." \
        in str(err.value)
    assert posts_now() == []
    result = planning.import_plan(t.manager, plan(rows[0]).encode())
    assert len(result.created) == 1
    # Already in the plan, whatever the seconds say.
    again = planning.import_plan(t.manager, plan(rows[1]).encode())
    assert again.created == [] and again.skipped_lines == [2]


def test_a_name_two_writers_or_two_events_share_is_named_as_such(team):
    """张伟, 王芳, 李娜 are the commonest names in China, and a promotion such as 双十二 comes
    back every year: the file was told "there is no active team member called 李娜" and
    "there is no event called 双十二大促"."""
    t = team
    users.create_user(t.manager, "lina2", "李娜", "新媒体运营部", [Role.CONTENT_SPECIALIST],
                      "password-1")
    first = events.create_event(t.manager, "双十二大促", EventKind.PROMOTION,
                                soon(20).date(), soon(22).date())
    events.create_event(t.manager, "双十二大促", EventKind.PROMOTION,
                        soon(385).date(), soon(387).date())
    data = plan(f"WeChat official account,,本周行业要闻,李娜,general,{stamp(soon())},no,",
                f"WeChat official account,,大促预告,lina,promotion,{stamp(soon())},no,双十二大促")
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, data.encode())
    first_day, next_day = soon(20).date().isoformat(), soon(385).date().isoformat()
    assert [p.describe() for p in err.value.problems] == [
        "Line 2, writer: more than one team member is called “李娜”: write the user name of "
        "the one you mean (“lina”, “lina2”).",
        "Line 3, event: more than one event is called “双十二大促”: write it with its first "
        f"day, as “双十二大促 ({first_day})”, “双十二大促 ({next_day})”."]
    assert posts_now() == []
    data = plan(f"WeChat official account,,大促预告,lina,promotion,{stamp(soon())},no,"
                f"双十二大促 ({first_day})")
    (created,) = planning.import_plan(t.manager, data.encode()).created
    assert Post.get_by_id(created).event_id == first.id


def test_a_control_character_in_a_title_is_named_and_nothing_written(team):
    """A NUL a program left in a cell stopped the import on PostgreSQL with an unexpected
    error (its text fields cannot hold one); SQLite stored it."""
    t = team
    data = plan(f"WeChat official account,,本周\x00要闻,lina,general,{stamp(soon())},no,",
                f"WeChat official account,,好的一行,lina,general,{stamp(soon(11))},no,")
    with pytest.raises(PlanRejected) as err:
        planning.import_plan(t.manager, data.encode())
    assert [p.describe() for p in err.value.problems] == [
        "Line 2, title: the title has an invisible control character in it (a tab, or one a "
        "program left, such as U+0000). Remove it from the cell."]
    assert posts_now() == []


def test_a_post_on_a_platform_no_longer_used_is_recognised_in_an_export(team):
    """An exported year names platforms retired since and posts whose time has passed:
    imported back, they are skipped, not refused."""
    from models import users

    t = team
    put(t.douyin, from_local(at(soon(-30).date())), t.lina, title="上个月的短视频")
    put(t.wechat, from_local(at(soon(-3).date(), 9, 30)), t.chenjing, title="上周的文章")
    put(t.weibo, from_local(soon(5)), t.chenjing, title="下周的话题")
    data = planning.export_plan()
    platforms.set_platform_active(t.manager, t.douyin.id, t.douyin.version, False)
    users.set_user_active(t.manager, t.chenjing.id, users.get_user(t.chenjing.id).version,
                          False)  # a colleague who has left
    before = posts_now()
    result = planning.import_plan(t.manager, data)
    assert (result.created, result.skipped_lines) == ([], [2, 3, 4])
    assert posts_now() == before


@pytest.mark.parametrize("language", ["English", "Chinese", "another"])
def test_categories_are_read_in_english_and_chinese_whatever_the_language(team, language,
                                                                          monkeypatch):
    """QA: 公司新闻 imported under --lang zh_CN but was "not a category" under --lang en."""
    from models import i18n

    if language == "Chinese":
        chinese = dict(zip((c.value for c in PostCategory),
                           ("一般信息", "公司新闻", "推广", "活动回顾", "招聘", "其他")))
        by_source = {planning._english_label(c): chinese[c.value] for c in PostCategory}
        monkeypatch.setattr(i18n, "_translate", lambda ctx, text: by_source.get(text, text))
    elif language == "another":  # a screen language the file's names are not in
        monkeypatch.setattr(i18n, "_translate", lambda ctx, text: "<" + text + ">")
    else:
        monkeypatch.setattr(i18n, "_translate", None)
    names = ["general", "General information", "一般信息", "company_news", "Company news",
             "公司新闻", "推广", "活动回顾", "招聘", "其他", "PROMOTION", "event recap"]
    rows = [f"Weibo,,稿件{i},lina,{name},{stamp(soon(10, 8 + i // 2, 30 * (i % 2)))},no,"
            for i, name in enumerate(names)]
    ids = planning.import_plan(team.manager, plan(*rows).encode()).created
    categories = [c for (c,) in Post.select(Post.category).where(Post.id.in_(ids))
                  .order_by(Post.id).tuples()]
    assert categories == ["general"] * 3 + ["company_news"] * 3 + [
        "promotion", "event_recap", "recruitment", "other", "promotion", "event_recap"]


def test_the_chinese_category_names_are_those_the_chinese_screens_show():
    """The file format's Chinese names (planning.CHINESE_CATEGORY_NAMES) are the Chinese
    translation's labels, so what a person reads on the screen imports."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "mediadesk_zh_CN.ts"
    shown = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "Posts":
            for message in context.iter("message"):
                shown[message.findtext("source")] = message.findtext("translation")
    assert {c: shown[planning._english_label(c)] for c in PostCategory} == \
        planning.CHINESE_CATEGORY_NAMES


def test_the_batched_checks_give_the_posts_check_new_post_would(team, beijing):
    """The import checks all rows at once (_PlanChecker) instead of ``check_new_post`` for
    each: the same column values, and the same refusals in the same words."""
    from models.post_csv import parse_plan
    from models.posts import check_new_post, require_writer

    t = team
    news = platforms.create_column(t.manager, t.wechat.id, "行业资讯")
    sale = events.create_event(t.manager, "双十二大促", EventKind.PROMOTION,
                               soon(20).date(), soon(22).date())
    cadence_rules.set_limits(t.manager, t.weibo.id, 0, title_max=10, body_max=None)
    data = plan(f"WeChat official account,行业资讯,本周行业要闻,lina,公司新闻,{stamp(soon(10))},是,",
                f"Weibo,,双十二大促预告,chenjing,promotion,{stamp(soon(12, 12, 5))},no,双十二大促",
                "Official website,,未排期稿件,wangfang,other,,,",
                f"Weibo,,{'长' * 11},lina,general,{stamp(soon())},no,",
                "WeChat official account,,过去的稿件,lina,general,2020-01-06 09:00,no,")
    fresh = require_writer(t.manager)
    rows = parse_plan(data.encode(), planning.plan_lookup())
    checker = planning._PlanChecker(fresh)
    problems = checker(rows)
    for row in rows:
        fields = PostFields(platform_id=row.platform_id, title=row.title,
                            category=PostCategory(row.category),
                            concerns_project=row.concerns_project, column_id=row.column_id,
                            planned_at=from_team(row.planned_local), event_id=row.event_id,
                            writer_id=row.writer_id)
        try:
            expected = check_new_post(fresh, fields)
        except ValidationError as exc:
            (problem,) = [p for p in problems if p.line == row.line]
            assert (problem.reason, problem.values) == (exc.message, exc.values)
            assert row.line not in checker.prepared
        else:
            assert checker.prepared[row.line] == expected
    assert sorted(checker.prepared) == [2, 3, 4] and [p.line for p in problems] == [5, 6]
    assert checker.prepared[2][1]["column"] == news.id and checker.prepared[3][1]["event"] == \
        sale.id


def test_a_big_plan_is_written_in_a_few_statements_with_complete_audit(team, monkeypatch):
    """3,000 rows took 6 s on SQLite and 10 s on PostgreSQL: five queries and an INSERT a
    row.  Now a handful of statements in all, the posts at version 1 and in file order,
    one audit entry naming every post."""
    from models.db import database

    t = team
    rows = [f"{'Weibo' if i % 2 else 'WeChat official account'},,批量{i},"
            f"{'lina' if i % 3 else 'chenjing'},general,"
            f"{stamp(soon(10 + i // 48, (i // 2) % 24, 0))},no," for i in range(1200)]
    statements = []
    real = database.obj.execute_sql
    monkeypatch.setattr(database.obj, "execute_sql",
                        lambda sql, params=None, *a, **k: (statements.append(sql),
                                                           real(sql, params, *a, **k))[1])
    progress = []
    ids = planning.import_plan(t.manager, plan(*rows).encode(),
                               progress=lambda done, total: progress.append((done, total))).created
    monkeypatch.undo()
    assert len(statements) < 20, statements
    assert len(ids) == 1200 and progress[0] == (0, 1200) and progress[-1] == (1200, 1200)
    titles = dict(Post.select(Post.id, Post.title).tuples())
    assert [titles[i] for i in ids] == [f"批量{i}" for i in range(1200)]
    assert set(Post.select(Post.version).tuples()) == {(1,)}
    assert Post.select().where(Post.writer == t.chenjing.id).count() == 400
    (entry,) = audit.recent(1)
    assert entry.detail["posts"] == ids and entry.detail["count"] == 1200


def test_the_new_ids_are_in_the_files_order_chunk_after_chunk(team, monkeypatch):
    """Each INSERT returns its ids (RETURNING); SQLite before 3.35 has none, and the ids
    come from the last row's (on SQLite both ways are checked; PostgreSQL always returns
    them)."""
    from models.db import is_postgres

    put(team.weibo, None, team.lina, title="已有的稿件")
    monkeypatch.setattr(planning, "IMPORT_CHUNK", 7)
    for returning in [True] if is_postgres() else [True, False]:
        monkeypatch.setattr(planning, "_returns_ids", lambda r=returning: r)
        start = soon(10, 9, 0) + dt.timedelta(days=0 if returning else 2)
        rows = [f"Weibo,,批量{returning}{i},lina,general,"
                f"{stamp(start + dt.timedelta(hours=i))},no," for i in range(20)]
        ids = planning.import_plan(team.manager, plan(*rows).encode()).created
        titles = dict(Post.select(Post.id, Post.title).tuples())
        assert [titles[i] for i in ids] == [f"批量{returning}{i}" for i in range(20)]
        assert audit.recent(1)[0].detail["posts"] == ids


def test_an_exception_from_progress_stops_the_import_and_writes_nothing(team):
    """The calendar's Cancel button stops an import this way."""
    class Stop(Exception):
        pass

    def stop(done, total):
        if done:
            raise Stop()

    rows = [f"Weibo,,批量{i},lina,general,{stamp(soon(10, 9, 0) + dt.timedelta(hours=i))},no,"
            for i in range(planning.IMPORT_CHUNK + 10)]
    with pytest.raises(Stop):
        planning.import_plan(team.manager, plan(*rows).encode(), progress=stop)
    assert posts_now() == [] and audit.count("post.imported") == 0


# -- exporting ----------------------------------------------------------------------------------

def test_an_exported_plan_imports_back_the_same_posts(team):
    t = team
    news = platforms.create_column(t.manager, t.wechat.id, "行业资讯")
    # Two events with one name: the plan names them with their first day.
    first = events.create_event(t.manager, "客户开放日", EventKind.EVENT, soon(30).date(),
                                soon(30).date())
    second = events.create_event(t.manager, "客户开放日", EventKind.EVENT, soon(60).date(),
                                 soon(60).date())
    create_post(t.lina, PostFields(t.wechat.id, "带,逗号和\"引号\"的标题", column_id=news.id,
                                   planned_at=from_local(soon(3)),
                                   category=PostCategory.COMPANY_NEWS, concerns_project=True,
                                   event_id=second.id))
    create_post(t.manager, PostFields(t.weibo.id, "开放日预告", writer_id=t.chenjing.id,
                                      planned_at=from_local(soon(5)), event_id=first.id,
                                      category=PostCategory.PROMOTION))
    create_post(t.lina, PostFields(t.website.id, "未排期的稿件"))
    data = planning.export_plan()
    assert data.startswith("\ufeff".encode()) and data.count(b"\r\n") == 4
    text = data.decode("utf-8-sig")
    assert f"客户开放日 ({soon(60).date().isoformat()})" in text and ",yes," in text
    before = posts_now()
    # Imported back into the same plan: every post is in it already (QA: a copy of each).
    result = planning.import_plan(t.manager, data)
    assert (result.created, result.skipped_lines) == ([], [2, 3, 4])
    assert posts_now() == before and audit.count("post.imported") == 0
    # Into a plan without them (here: the same one emptied): the same posts again.
    Post.delete().execute()
    assert len(planning.import_plan(t.manager, data).created) == 3
    after = posts_now()
    assert after == before
    assert [row[-2] for row in after] == [second.id, first.id, None]


def test_export_takes_a_range_of_local_days_and_the_screens_filters(team, beijing):
    t = team
    day = soon(7).date()
    put(t.wechat, from_local(at(day, 23, 59)), t.lina)
    put(t.weibo, from_local(at(day, 8)), t.lina)
    put(t.wechat, from_local(at(day + dt.timedelta(days=1), 0, 0)), t.lina)  # the next day
    put(t.wechat, None, t.lina)  # unscheduled: only in a full export
    rows = planning.plan_rows(day, day, PostFilter(platform_ids=[t.wechat.id]))
    assert [r["planned_at"] for r in rows] == [stamp(at(day, 23, 59))]
    assert len(planning.plan_rows()) == 4 and len(planning.plan_rows(day, day)) == 2
    assert planning.plan_rows(day, day, PostFilter(statuses=[])) == []
    with pytest.raises(ValidationError):
        planning.export_plan(day, day - dt.timedelta(days=1))


def test_the_ics_export_reads_back_with_its_times_in_the_teams_zone(team, beijing):
    t = team
    # 01:30 UTC on 24 Nov 2025 is 09:30 in Beijing, on this PC and in the file.
    wechat = put(t.wechat, dt.datetime(2025, 11, 24, 1, 30), t.lina, title="本周行业要闻")
    Post.update(status=PostStatus.PUBLISHED.value, published_url="https://mp.weixin.qq.com/s/x"
                ).where(Post.id == wechat).execute()
    put(t.weibo, dt.datetime(2025, 11, 24, 15, 0), t.chenjing, title="晚间话题")  # 23:00 local
    put(t.weibo, dt.datetime(2025, 11, 24, 16, 0), t.chenjing, title="次日凌晨")  # 25 Nov local
    cal = icalendar.Calendar.from_ical(planning.export_ics(D(2025, 11, 24), D(2025, 11, 24)))
    found = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in found] == ["[WeChat official account] 本周行业要闻",
                                                  "[Weibo] 晚间话题"]
    start = found[0].decoded("dtstart")
    assert found[0]["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert start.astimezone(beijing).strftime("%Y-%m-%d %H:%M") == "2025-11-24 09:30"
    assert start.astimezone(dt.timezone.utc).replace(tzinfo=None) == dt.datetime(2025, 11, 24, 1, 30)
    assert found[0].decoded("dtend") - start == dt.timedelta(minutes=30)
    description = str(found[0]["description"])
    assert "Status: Published" in description and "Writer: 李娜" in description
    assert "Category: General information" in description
    assert str(found[0]["url"]) == "https://mp.weixin.qq.com/s/x"
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert str(cal["x-wr-calname"]) == "MediaDesk posts"
    # Another zone: the same instants.
    berlin = icalendar.Calendar.from_ical(planning.export_ics(D(2025, 11, 24), D(2025, 11, 24),
                                                              zone="Europe/Berlin"))
    first = next(iter(berlin.walk("VEVENT"))).decoded("dtstart")
    assert first.utcoffset() == dt.timedelta(hours=1) and first == start


def test_the_ics_names_source_writer_and_reviewer_and_the_stage_of_each_post(team):
    """Rule P5: every post names its source, its writer and its reviewer; rule P2: an
    approved company-project post still awaits the general manager, and says so."""
    from models import reviews
    from models.posts import PostFields, create_post
    from tests.models.reviewing import EVERYTHING

    t = team
    when = soon(5)

    def written(title, **kw):
        post = create_post(t.lina, PostFields(platform_id=t.website.id, title=title,
                                              body="正文", planned_at=when, **kw))
        return reviews.submit(t.lina, post.id, post.version) if kw.get("source") else post

    project = written("华东工业园项目签约", source="公司新闻稿", concerns_project=True)
    reviews.approve(t.manager, project.id, project.version, EVERYTHING,
                    reviews.hits_for(project.id))
    waiting = written("行业资讯速递", source="人民网")
    draft = written("招聘启事")  # no source yet
    cal = icalendar.Calendar.from_ical(planning.export_ics(when.date(), when.date()))
    text = {str(e["summary"]): str(e["description"]) for e in cal.walk("VEVENT")}
    assert text["[Official website] 华东工业园项目签约"].splitlines()[:4] == [
        "Status: Awaiting the general manager", "Writer: 李娜", "Source: 公司新闻稿",
        f"Reviewer: {t.manager.display_name}"]
    assert text["[Official website] 行业资讯速递"].splitlines()[:4] == [
        "Status: In review", "Writer: 李娜", "Source: 人民网", "Reviewer: not approved yet"]
    assert text["[Official website] 招聘启事"].splitlines()[:4] == [
        "Status: Draft", "Writer: 李娜", "Source: not given yet", "Reviewer: not approved yet"]
    assert waiting.id and draft.id


def test_an_empty_range_exports_an_empty_calendar(team):
    cal = icalendar.Calendar.from_ical(planning.export_ics(D(2025, 1, 1), D(2025, 1, 31)))
    assert cal.name == "VCALENDAR" and list(cal.walk("VEVENT")) == []
