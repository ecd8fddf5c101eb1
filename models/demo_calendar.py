"""The demo's content calendar: a realistic month of posts around today, with a few gaps.

Posts fill whole weeks, from the Monday of the week two weeks before ``today`` to
the Sunday of the week three weeks after it, and the whole month grid the calendar
opens on (the six weeks from the Monday on or before the 1st of today's month), so
the first screen shows real warnings rather than a wall of empty days.  Each
platform follows the cadence rules (the website on Monday, Wednesday and Friday;
every other platform once a day, the mini program in both its moments and its
recruitment section, rule C2), at its usual hour.  Past posts are published (with the time and a link); today's later
posts and the next two days are approved, the rest of next week in review or
approved, later ones drafts.

Deliberate problems, so that every kind of warning shows:
- the WeChat official account has nothing planned four days from today (C2);
- the website has only 2 posts in next week (C1: 3 a week);
- Weibo has two posts in the same half-hour two days from today;
- the holiday-greeting columns (节日问候) of the WeChat official account and Weibo
  have nothing planned in the month (C5: each column every month);
- a product launch (a major event) ended a few days ago and its recap is not
  planned yet: due within the next two days, "at risk" (C3);
- a year-end promotion starts 10 days from today; its announcement is planned
  in time (C4), as is the recap of a summit two weeks ago;
- four unscheduled drafts wait in the side panel, and one post was returned.

The review history of every post, and the stories that fill each role's approval
inbox, come from ``models.demo_reviews``.

Rows are inserted directly (``insert_many``), bypassing the services' "no
time in the past" rule for the published history; building takes ~20 ms.
"""
from __future__ import annotations

import datetime as _dt
import random

from models import cadence
from models.events import Event
from models.platforms import Platform, PlatformColumn, PlatformKind
from models.posts import Post, PostCategory, PostStatus
from models.timeutil import from_local, to_local_naive, utcnow
from models.users import User
from models.workdays import CalendarUnknown, add_working_days

K = PlatformKind
C = PostCategory
DAY = _dt.timedelta(days=1)

# Each platform's usual hour and minute (local time).
SLOTS = {
    K.WEBSITE: (10, 0), K.WECHAT_OA: (8, 0), K.MINI_PROGRAM: (9, 0), K.WEIBO: (12, 0),
    K.DOUYIN: (18, 0), K.XIAOHONGSHU: (19, 30), K.ZHIHU: (20, 30), K.BAIJIAHAO: (11, 0),
    K.SOHU: (14, 30), K.BAIDU_ZHIDAO: (15, 30), K.TOUTIAO: (7, 30), K.QZONE: (21, 0),
}
OWN_MEDIA = (K.WEBSITE, K.WECHAT_OA, K.MINI_PROGRAM)  # content specialists (RULES roles)

TITLES = {
    C.COMPANY_NEWS: ["公司荣获“年度优秀服务商”称号", "公司与华东理工大学签署产学研合作协议",
                     "总经理出席2026行业发展论坛并致辞", "公司新办公区正式启用",
                     "第三季度客户满意度调查结果发布", "公司通过ISO 9001质量管理体系复审",
                     "员工志愿者走进社区开展公益活动", "公司年度技术创新大赛圆满落幕"],
    C.GENERAL: ["本周行业要闻速览", "行业政策解读：新规对企业有哪些影响", "一图读懂行业发展报告",
                "行业小知识：如何选择合适的服务商", "专家观点：数字化转型的三个误区",
                "值得关注的五条行业动态", "常见问题解答：售后服务怎么申请",
                "干货分享：提升工作效率的五个方法", "数据看行业：前三季度市场回顾",
                "冬季安全生产提示", "一分钟了解行业标准新变化"],
    C.RECRUITMENT: ["招聘｜新媒体运营专员（上海）", "招聘｜销售经理若干名",
                    "校园招聘：2027届管培生计划启动", "招聘｜客服专员（可实习）",
                    "内推有奖：热招岗位一览", "招聘｜平面设计师"],
    C.OTHER: ["客户故事：一家小微企业的成长", "周末愉快！本周回顾", "节气海报：小雪",
              "用户问答精选", "幕后花絮：我们的一天"],
}
SOURCES = ["原创", "原创", "原创", "新华社", "人民网", "行业协会官网", "公司办公室"]
URLS = {K.WEBSITE: "https://www.example.com/news/{n}", K.WECHAT_OA: "https://mp.weixin.qq.com/s/demo{n}",
        K.WEIBO: "https://weibo.com/demo/{n}", K.DOUYIN: "https://www.douyin.com/video/{n}"}
DEFAULT_URL = "https://example.com/{kind}/{n}"


def _grid(today: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The month grid the calendar opens on: six weeks from the Monday on or before the 1st."""
    first = today.replace(day=1)
    start = first - _dt.timedelta(days=first.weekday())
    return start, start + _dt.timedelta(days=41)


def _launch_end(today: _dt.date) -> _dt.date:
    """A recent end day whose recap (C3) is due within the "at risk" window."""
    for back in range(2, 10):
        ends = today - _dt.timedelta(days=back)
        try:
            due = add_working_days(ends, cadence.RECAP_WORKING_DAYS)
        except CalendarUnknown:
            return today - _dt.timedelta(days=3)  # a year the holiday calendar lacks: "unknown"
        if (due - today).days <= cadence.AT_RISK_DAYS:
            return ends
    return today - _dt.timedelta(days=3)


class _Plan:
    """Collects rows for one ``insert_many``."""

    def __init__(self, rng: random.Random, today: _dt.date):
        self.rng, self.today = rng, today
        self.now = utcnow()
        self.rows: list[dict] = []
        users = dict(User.select(User.login, User.id).tuples())
        self.content = [users["lina"], users["sunli"]]
        self.channel = users["zhangwei"]
        self.promotion = [users["chenjing"], users["sunli"]]
        self.manager = users["wangfang"]
        self.platforms = {K(kind): pid for pid, kind in
                          Platform.select(Platform.id, Platform.kind).tuples()}
        self.columns = {(pid, name): cid for cid, pid, name in
                        PlatformColumn.select(PlatformColumn.id, PlatformColumn.platform,
                                              PlatformColumn.name).tuples()}

    def column(self, kind: K, *names: str) -> int | None:
        pid = self.platforms[kind]
        for name in names:
            if (pid, name) in self.columns:
                return self.columns[pid, name]
        return None

    def writer(self, kind: K, category: C) -> int:
        if category is C.RECRUITMENT:
            return self.channel
        if kind in OWN_MEDIA:
            return self.rng.choice(self.content + [self.manager] * (kind is K.WECHAT_OA))
        return self.rng.choice(self.promotion)

    def status(self, local: _dt.datetime, planned_utc: _dt.datetime) -> str:
        days = (local.date() - self.today).days
        if planned_utc < self.now:
            return PostStatus.PUBLISHED.value
        if days <= 2:
            return PostStatus.APPROVED.value
        if days <= 7:
            return self.rng.choice((PostStatus.IN_REVIEW.value, PostStatus.APPROVED.value))
        return PostStatus.DRAFT.value

    def add(self, kind: K, local: _dt.datetime | None, category: C, title: str | None = None,
            column: int | None = None, event: int | None = None,
            status: str | None = None) -> None:
        rng = self.rng
        title = title or rng.choice(TITLES.get(category, TITLES[C.GENERAL]))
        writer = self.writer(kind, category)
        planned = from_local(local) if local is not None else None
        status = status or (self.status(local, planned) if local is not None
                             else PostStatus.DRAFT.value)
        published = status == PostStatus.PUBLISHED.value
        n = len(self.rows) + 1
        self.rows.append(dict(
            platform=self.platforms[kind], column=column, title=title,
            body="（示例正文）" + title, source=rng.choice(SOURCES), writer=writer,
            category=category.value,
            concerns_project=category is C.COMPANY_NEWS and rng.random() < 0.3,
            planned_at=planned, status=status,
            published_at=planned + _dt.timedelta(minutes=rng.randrange(0, 20)) if published
            else None,
            published_url=URLS.get(kind, DEFAULT_URL).format(n=20260000 + n, kind=kind.value)
            if published else "",
            event=event, version=1, created_at=self.now, created_by=writer,
            updated_at=self.now, updated_by=writer))

    def daily(self, kind: K, day: _dt.date) -> None:
        """The platform's ordinary post of the day, in a column that fits."""
        rng = self.rng
        hour, minute = SLOTS[kind]
        local = _dt.datetime.combine(day, _dt.time(hour, minute))
        roll = rng.random()
        if kind is K.WECHAT_OA and day.weekday() == 0:
            category, column = C.GENERAL, self.column(kind, "每周精选")
            title = f"每周精选｜{day.month}月第{(day.day - 1) // 7 + 1}周行业要闻"
            self.add(kind, local, category, title, column)
            return
        if roll < 0.2:
            category = C.COMPANY_NEWS
            column = self.column(kind, "公司新闻", "动态")
        elif roll < 0.3 and kind in (K.WEBSITE, K.MINI_PROGRAM):
            category = C.RECRUITMENT
            column = self.column(kind, "招聘信息", "招聘")
        elif roll < 0.85:
            category = C.GENERAL
            column = self.column(kind, "行业资讯", "热点话题", "干货分享", "专业问答",
                                 "产品短视频", "动态")
        else:
            category, column = C.OTHER, None
        if kind is K.MINI_PROGRAM and column is None:  # every post there is in a column
            column = self.column(kind, "动态")
        self.add(kind, local, category, column=column)

    def fill_columns(self, kind: K, names: tuple[str, ...], first: _dt.date, last: _dt.date,
                     at: _dt.time) -> None:
        """A post in each of ``names`` (the platform's columns) on every day that has none
        (rule C2: the mini program's moments and recruitment section, every day).

        With a random generator of its own: the posts made before, and the review
        stories told on them (``models.demo_reviews``), stay as they were."""
        pid = self.platforms[kind]
        planned = {(row["column"], to_local_naive(row["planned_at"]).date())
                   for row in self.rows if row["platform"] == pid and row["planned_at"]}
        shared, self.rng = self.rng, random.Random(first.toordinal())
        try:
            for name in names:
                column = self.column(kind, name)
                category = C.RECRUITMENT if name == "招聘" else C.GENERAL
                day = first
                while column is not None and day <= last:
                    if (column, day) not in planned:
                        self.add(kind, _dt.datetime.combine(day, at), category, column=column)
                    day += DAY
        finally:
            self.rng = shared


def fill(rng: random.Random, today: _dt.date) -> None:
    """Insert the demo's posts and events (see the module docstring)."""
    plan = _Plan(rng, today)
    grid_first, grid_last = _grid(today)
    # Whole weeks, from the Monday of the week two weeks ago to the Sunday of the week
    # three weeks ahead: the calendar judges a week rule (C1) on the whole week, so a
    # week the demo only half filled would show a gap nobody made.
    first = min(cadence.week_bounds(today - 14 * DAY)[0], grid_first)
    last = max(cadence.week_bounds(today + 21 * DAY)[1], grid_last)

    # Events: a summit two weeks ago (recapped in time), a launch a few days ago (recap
    # not planned), a promotion starting 10 days from now (announced in time).
    summit_end = today - 12 * DAY
    launch_end = _launch_end(today)
    promo_start = today + 10 * DAY
    manager = plan.manager
    event_rows = [
        dict(name="2026 行业数字化峰会", kind="event", starts_on=summit_end - DAY,
             ends_on=summit_end, description="公司受邀参展并发表主题演讲"),
        dict(name="秋季新品发布会", kind="event", starts_on=launch_end - DAY, ends_on=launch_end,
             description="发布新一代产品线，邀请客户与媒体参加"),
        dict(name="双十二年终大促", kind="promotion", starts_on=promo_start,
             ends_on=promo_start + 2 * DAY, description="全线产品年终优惠"),
    ]
    for row in event_rows:
        row.update(created_by=manager, updated_by=manager, created_at=plan.now,
                   updated_at=plan.now)
    insert_rows(Event, event_rows)
    ids = dict(Event.select(Event.name, Event.id).tuples())
    summit, launch, promo = (ids[r["name"]] for r in event_rows)

    wechat_gap = today + 4 * DAY
    next_monday = today + _dt.timedelta(days=7 - today.weekday())
    website_short_week = (next_monday, next_monday + 6 * DAY)
    special_days = {  # (platform, day) -> made by hand below
        (K.WEBSITE, summit_end + 2 * DAY), (K.WECHAT_OA, promo_start - 4 * DAY),
        (K.WEIBO, promo_start - 4 * DAY), (K.WECHAT_OA, launch_end - 3 * DAY),
    }
    day = first
    while day <= last:
        for kind in SLOTS:
            if (kind, day) in special_days:
                continue
            if kind is K.WEBSITE:
                weekdays = (0, 2) if website_short_week[0] <= day <= website_short_week[1] \
                    else (0, 2, 4)
                if day.weekday() in weekdays:
                    plan.daily(kind, day)
                continue
            if kind is K.WECHAT_OA and day == wechat_gap:
                continue
            plan.daily(kind, day)
        if day.weekday() < 5 and rng.random() < 0.6:  # the recruitment section, most workdays
            plan.add(K.MINI_PROGRAM, _dt.datetime.combine(day, _dt.time(16, 0)),
                     C.RECRUITMENT, column=plan.column(K.MINI_PROGRAM, "招聘"))
        day += DAY
    # ... and on the other days too (C2: both of the mini program's columns, every day).
    plan.fill_columns(K.MINI_PROGRAM, ("动态", "招聘"), first, last, _dt.time(16, 30))

    at = _dt.datetime.combine
    # The summit's recap on the website, two days after it ended (C3 met).
    plan.add(K.WEBSITE, at(summit_end + 2 * DAY, _dt.time(10, 0)), C.EVENT_RECAP,
             "2026 行业数字化峰会圆满落幕：我们的三点收获", plan.column(K.WEBSITE, "公司新闻"),
             event=summit)
    # The launch: a preview before it, no recap yet.
    plan.add(K.WECHAT_OA, at(launch_end - 3 * DAY, _dt.time(8, 0)), C.COMPANY_NEWS,
             "秋季新品发布会邀请函", event=launch)
    # The promotion's announcement, 4 days before it starts (C4: at least 3).
    for kind in (K.WECHAT_OA, K.WEIBO):
        hour, minute = SLOTS[kind]
        plan.add(kind, at(promo_start - 4 * DAY, _dt.time(hour, minute)), C.PROMOTION,
                 "双十二年终大促预告：全场优惠抢先看", event=promo)
    # Two Weibo posts in one half-hour (flagged on the calendar).
    plan.add(K.WEIBO, at(today + 2 * DAY, _dt.time(12, 15)), C.GENERAL, "#行业热点# 今日话题讨论",
             plan.column(K.WEIBO, "热点话题"))
    # A post sent back to its writer (it does not count for the cadence).
    plan.add(K.DOUYIN, at(today + 3 * DAY, _dt.time(20, 0)), C.OTHER, "幕后花絮：新品拍摄现场",
             status=PostStatus.RETURNED.value)
    # Unscheduled drafts for the side panel.
    for kind, category, title in (
            (K.WECHAT_OA, C.GENERAL, "行业白皮书解读（待定稿）"),
            (K.ZHIHU, C.GENERAL, "如何评价今年的行业发展趋势？"),
            (K.WEBSITE, C.COMPANY_NEWS, "年度优秀员工风采（素材收集中）"),
            (K.XIAOHONGSHU, C.OTHER, "办公室好物分享")):
        plan.add(kind, None, category, title)
    insert_rows(Post, plan.rows)
    # Their review history, and a few stories for every role's inbox (issue 4).
    from models import demo_reviews

    demo_reviews.fill(rng, today)


def insert_rows(model, rows: list[dict]) -> None:
    """Insert many rows of ``model`` (dicts with the same keys) in one ``executemany``.

    Peewee's ``insert_many`` spends ~0.2 ms a row writing the statement; a demo month
    (600 rows) or a benchmark's 20,000 would pay for it at every build.  Missing fields
    get their default (evaluated once); values pass through each field's ``db_value``;
    SQLite gets times as the text Peewee stores.  Runs inside the caller's transaction.
    """
    if not rows:
        return
    from models.db import database, is_postgres

    keys = list(rows[0])
    defaults = {f.name: f.default for f in model._meta.sorted_fields
                if f.name not in keys and f.default is not None}
    if defaults:  # what Peewee would fill in: the fields' defaults
        fixed = {k: (d() if callable(d) else d) for k, d in defaults.items()}
        rows = [{**row, **fixed} for row in rows]
        keys += list(fixed)
    fields = [model._meta.fields[k] for k in keys]
    def quote(name: str) -> str:  # SQLite and PostgreSQL both take "name"
        return '"' + name.replace('"', '""') + '"'

    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.table_name), ", ".join(quote(f.column_name) for f in fields),
        ", ".join([database.param] * len(fields)))
    sqlite = not is_postgres()

    def value(field, v):
        v = field.db_value(v)
        if sqlite and isinstance(v, _dt.datetime):
            return v.isoformat(" ")
        if sqlite and isinstance(v, _dt.date):
            return v.isoformat()
        return v

    params = [[value(f, row[k]) for f, k in zip(fields, keys)] for row in rows]
    cursor = database.cursor()
    cursor.executemany(sql, params)
