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

from models import audit, cadence, cadence_rules, events, planning, platforms
from models.errors import PermissionDenied, ValidationError
from models.events import EventKind
from models.post_csv import COLUMNS, PlanRejected
from models.posts import Post, PostCategory, PostFields, PostFilter, PostStatus, create_post
from models.timeutil import from_local

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
        put(t.wechat, at(day, 8), t.lina)
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
                                       at(D(2025, 6, 4), 8, 5), "published", None)
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
def test_a_good_plan_is_imported_as_drafts_with_one_audit_entry(team, encoding):
    t = team
    news = platforms.create_column(t.manager, t.wechat.id, "行业资讯")
    sale = events.create_event(t.manager, "双十二大促", EventKind.PROMOTION,
                               soon(20).date(), soon(22).date())
    data = plan(f"WeChat official account,行业资讯,本周行业要闻,lina,General information,"
                f"{stamp(soon(10))},否,",
                f"Weibo,,双十二大促预告,李娜,promotion,{stamp(soon(12, 12))},yes,双十二大促",
                "Official website,,未排期稿件,chenjing,company_news,,,")
    ids = planning.import_plan(t.manager, data.encode(encoding))
    assert len(ids) == 3
    assert posts_now() == [
        (t.wechat.id, news.id, "本周行业要闻", t.lina.id, "general", from_local(soon(10)), False,
         None, "draft"),
        (t.weibo.id, None, "双十二大促预告", t.lina.id, "promotion", from_local(soon(12, 12)),
         True, sale.id, "draft"),
        (t.website.id, None, "未排期稿件", t.chenjing.id, "company_news", None, False, None,
         "draft"),
    ]
    entry = audit.recent(1)[0]
    assert (entry.action, entry.action_label, entry.detail["count"], entry.detail["posts"]) == \
        ("post.imported", "Imported a posting plan", 3, ids)
    assert audit.count("post.imported") == 1 and audit.count("post.created") == 0


def test_planned_times_in_a_plan_are_local_times(team, beijing):
    when = soon(10, 9, 30)
    planning.import_plan(team.lina, plan(
        f"WeChat official account,,早报,lina,general,{stamp(when)},no,").encode())
    stored = Post.select(Post.planned_at).scalar()
    assert stored == when - dt.timedelta(hours=8)  # 09:30 in Beijing is 01:30 UTC


def test_a_plan_with_bad_rows_writes_nothing_and_names_every_bad_row(team):
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
        f"WeChat official account,,我的稿件,李娜,general,{stamp(soon())},no,").encode())
    assert Post.get_by_id(only).writer_id == t.lina.id
    with pytest.raises(PermissionDenied, match="view the calendar but not change it"):
        planning.import_plan(t.zhoumin, mixed.encode())


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
    planning.import_plan(t.manager, data)
    after = posts_now()
    assert after[:3] == before and after[3:] == before
    assert [row[-2] for row in after[3:]] == [second.id, first.id, None]


def test_export_takes_a_range_of_local_days_and_the_screens_filters(team):
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


def test_an_empty_range_exports_an_empty_calendar(team):
    cal = icalendar.Calendar.from_ical(planning.export_ics(D(2025, 1, 1), D(2025, 1, 31)))
    assert cal.name == "VCALENDAR" and list(cal.walk("VEVENT")) == []
