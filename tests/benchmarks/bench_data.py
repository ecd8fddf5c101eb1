"""The calendar benchmarks' database: 20,000 posts over three years on 12 platforms.

    url, first_month = build_posts_db("sqlite", tmp_path)       # a copy of the cached file
    url, first_month = build_posts_db("postgresql", tmp_path)   # the test server, refilled

The three years run from the first of the month a year ago (``data_span()``), so
the current calendar year (``measured_year()``, what check-cadence is timed on)
lies wholly inside, and ``first_month`` (the month after this one: not published
yet, so its posts can be moved) is followed by two years of full months.

The SQLite database is built once into bench-results/data/ (``make distclean``
removes it) and each benchmark gets its own copy, free to change.  The team is
the demo's (8 people, RULES.md's 12 platforms and their columns) without the
demo's own month of posts.  Posts mostly follow the cadence rules, as a working
team's would: each daily platform has one post on 97 % of days, the website one
on 95 % of Mondays, Wednesdays and Fridays; the rest of the 20,000 fall on random
platforms and days, at half-hours between 07:00 and 21:30 local time (so some
share a half-hour).  Two events a month (every other one a promotion) have
announcement or recap posts, most in time, some late, some missing.  Posts
before the build are published; later ones are drafts, in review or approved.
"""
from __future__ import annotations

import datetime as _dt
import os
import random
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = ROOT / "bench-results" / "data"
POSTS = 20_000
VERSION = 5  # change when the data or the schema changes, so old caches are not reused


def data_span(today: _dt.date | None = None) -> tuple[_dt.date, _dt.date]:
    """The three years of posts: from the first of the month a year ago."""
    today = today or _dt.date.today()
    first = today.replace(year=today.year - 1, day=1)
    return first, first.replace(year=first.year + 3) - _dt.timedelta(days=1)


def measured_year(today: _dt.date | None = None) -> int:
    return (today or _dt.date.today()).year


def first_month(today: _dt.date | None = None) -> _dt.date:
    """The first of next month: full of posts that are not published yet."""
    today = today or _dt.date.today()
    return (today.replace(day=1) + _dt.timedelta(days=32)).replace(day=1)


def copy_sqlite(source_path, target_path) -> None:
    """Copy an SQLite database file (a consistent copy, through SQLite's backup)."""
    source, target = sqlite3.connect(source_path), sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def build_posts_db(backend: str = "sqlite", folder: Path | None = None, *,
                   posts: int = POSTS) -> tuple[str, _dt.date]:
    """A database holding the benchmark's posts: ``(url, first_month)``.

    "sqlite": a copy, in ``folder``, of the cached file (built on first use);
    "postgresql": the test server of ``make test`` (MEDIADESK_TEST_PG_URL), emptied and
    filled (about 10 s; the caller skips or fails when the server is missing).
    """
    if backend == "sqlite":
        if folder is None:
            raise ValueError("build_posts_db('sqlite', folder): say where the copy goes")
        cached = cached_posts_db(posts)
        copy = Path(folder) / f"posts-{posts}.db"
        copy_sqlite(cached, copy)
        return "sqlite:///" + str(copy), first_month()
    if backend == "postgresql":
        from tests.conftest import PG_URL, need, reset_postgres

        need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
        reset_postgres(PG_URL)
        fill(PG_URL, posts=posts)
        return PG_URL, first_month()
    raise ValueError(f"unknown backend {backend!r}")


def cached_posts_db(posts: int = POSTS) -> Path:
    """The cached SQLite file (built on first use; do not change it: copy it)."""
    first, _ = data_span()
    path = CACHE_DIR / f"posts-{posts}-{first:%Y%m}-v{VERSION}.db"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        fill("sqlite:///" + str(partial), posts=posts)
        os.replace(partial, path)
    return path


def fill(url: str, *, posts: int = POSTS, seed: int = 3) -> None:
    """Build the benchmark database at ``url`` (an empty database; see the module docstring)."""
    from models import db as dbmod, demo
    from models.demo_calendar import insert_rows
    from models.events import Event
    from models.platforms import Platform, PlatformKind
    from models.posts import Post, PostCategory, PostStatus
    from models.timeutil import utcnow
    from models.users import User

    rng = random.Random(seed)
    demo.build(url, calendar=False)
    try:
        database = dbmod.database
        now = utcnow()
        platforms = {PlatformKind(kind): pid for pid, kind in
                     Platform.select(Platform.id, Platform.kind).tuples()}
        writers = [uid for (uid,) in User.select(User.id).where(
            User.login.in_(["lina", "zhangwei", "chenjing", "sunli", "wangfang"])).tuples()]
        first, last = data_span()
        days = [first + _dt.timedelta(days=i) for i in range((last - first).days + 1)]
        # The PC's offset, once per day (as the app reads local days).
        offsets = {d: _dt.datetime.combine(d, _dt.time(12)).astimezone().utcoffset()
                   for d in days}
        categories = [c.value for c in PostCategory if c not in (PostCategory.PROMOTION,
                                                                  PostCategory.EVENT_RECAP)]
        rows: list[dict] = []

        def add(pid: int, day: _dt.date, category: str | None = None,
                event: int | None = None) -> None:
            local = _dt.datetime.combine(day, _dt.time(7)) + _dt.timedelta(
                minutes=30 * rng.randrange(0, 30))
            planned = local - offsets[day]
            status = (PostStatus.PUBLISHED.value if planned < now else
                      rng.choice((PostStatus.DRAFT.value, PostStatus.IN_REVIEW.value,
                                  PostStatus.APPROVED.value)))
            if rng.random() < 0.01:
                status = PostStatus.RETURNED.value
            published = status == PostStatus.PUBLISHED.value
            writer = rng.choice(writers)
            rows.append(dict(
                platform=pid, column=None, title=f"基准测试稿件 {len(rows) + 1}", body="",
                source="原创", writer=writer, category=category or rng.choice(categories),
                concerns_project=False, planned_at=planned, status=status,
                published_at=planned + _dt.timedelta(minutes=5) if published else None,
                published_url=f"https://example.com/p/{len(rows) + 1}" if published else "",
                event=event, origin=None, version=1, created_at=now, created_by=writer,
                updated_at=now, updated_by=writer))

        # Events: two a month, every other one a promotion.
        event_rows = []
        month = first
        while month <= last:
            for half, kind in ((5, "event"), (18, "promotion")):
                start = month.replace(day=half + rng.randrange(0, 5))
                event_rows.append(dict(
                    name=f"{month.year}年{month.month}月{'活动' if kind == 'event' else '促销'}",
                    kind=kind, starts_on=start,
                    ends_on=start + _dt.timedelta(days=rng.randrange(0, 3))))
            month = (month + _dt.timedelta(days=32)).replace(day=1)
        with database.atomic():
            insert_rows(Event, event_rows)
            events = list(Event.select(Event.id, Event.kind, Event.starts_on, Event.ends_on)
                          .tuples())
            wechat = platforms[PlatformKind.WECHAT_OA]
            for event_id, kind, starts_on, ends_on in events:
                roll = rng.random()
                if roll < 0.1:
                    continue  # never announced or recapped
                late = roll < 0.2
                if kind == "promotion":
                    day = starts_on - _dt.timedelta(days=rng.randrange(1, 3) if late
                                                    else rng.randrange(3, 8))
                    category = PostCategory.PROMOTION.value
                else:
                    day = ends_on + _dt.timedelta(days=rng.randrange(6, 10) if late
                                                  else rng.randrange(1, 4))
                    category = PostCategory.EVENT_RECAP.value
                if first <= day <= last:
                    add(wechat, day, category, event_id)
            website = platforms[PlatformKind.WEBSITE]
            for day in days:
                for kind, pid in platforms.items():
                    if kind is PlatformKind.WEBSITE:
                        if day.weekday() in (0, 2, 4) and rng.random() < 0.95:
                            add(pid, day)
                    elif rng.random() < 0.97:
                        add(pid, day)
            pids = list(platforms.values())
            while len(rows) < posts:
                add(rng.choice(pids), rng.choice(days))
            del rows[posts:]
            rows.sort(key=lambda r: r["planned_at"])  # ids in time order, as a team's grow
            for i in range(0, len(rows), 2000):
                insert_rows(Post, rows[i:i + 2000])
        assert Post.select().count() == posts and len(platforms) == 12 and website
    finally:
        dbmod.close()


# -- the approval inbox's benchmark (issue 4): the same posts with 100,000 history entries ----

HISTORY = 100_000
HISTORY_VERSION = 1


def build_inbox_db(backend: str = "sqlite", folder: Path | None = None, *,
                   posts: int = POSTS, history: int = HISTORY) -> str:
    """``build_posts_db`` plus ``history`` review decisions and comments (``add_history``):
    "sqlite", a copy of a cached file in ``folder``; "postgresql", the test server, refilled."""
    if backend == "sqlite":
        if folder is None:
            raise ValueError("build_inbox_db('sqlite', folder): say where the copy goes")
        first, _ = data_span()
        path = CACHE_DIR / (f"inbox-{posts}-{history}-{first:%Y%m}-v{VERSION}"
                            f".{HISTORY_VERSION}.db")
        if not path.exists():
            partial = path.with_name(f"{path.stem}.{os.getpid()}.building")
            for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                leftover.unlink(missing_ok=True)
            copy_sqlite(cached_posts_db(posts), partial)
            add_history("sqlite:///" + str(partial), history)
            os.replace(partial, path)
        copy = Path(folder) / path.name
        copy_sqlite(path, copy)
        return "sqlite:///" + str(copy)
    if backend == "postgresql":
        url, _ = build_posts_db("postgresql", posts=posts)
        add_history(url, history)
        return url
    raise ValueError(f"unknown backend {backend!r}")


def add_history(url: str, entries: int = HISTORY, seed: int = 4) -> None:
    """Give the posts the history their states imply, as a busy team's would be: every post
    that left the draft was submitted (a tenth of them returned and submitted again), the
    approved and published ones approved (with the checklist and a snapshot), published
    ones marked published; then comments, some mentioning a colleague, until the history
    holds ``entries`` decisions and comments.  Each post's version counts its decisions."""
    import json

    from models import db as dbmod
    from models.demo_calendar import insert_rows
    from models.posts import Post
    from models.review_tables import ReviewComment, ReviewDecision, ReviewMention
    from models.timeutil import utcnow
    from models.users import User
    from models.workflow import CHECKLIST

    rng = random.Random(seed)
    dbmod.connect(url)
    try:
        database = dbmod.database
        now = utcnow()
        people = list(User.select(User.id, User.display_name).tuples())
        manager = next(p for p in people if p[1] == "王芳")
        gm = next(p for p in people if p[1] == "赵刚")
        names = dict(people)
        checklist = json.dumps([c.value for c in CHECKLIST])
        rows = list(Post.select(Post.id, Post.writer, Post.status, Post.planned_at,
                                Post.published_url, Post.title).tuples())
        decisions, versions, story = [], {}, {}
        for pid, writer, status, planned, url, title in rows:
            if status == "draft":
                continue
            planned = planned if not isinstance(planned, str) else \
                _dt.datetime.fromisoformat(planned)
            at = min(planned, now) - _dt.timedelta(hours=rng.randrange(30, 90))
            version = 1
            moves = [("submit", writer, "draft", "in_review")]
            if rng.random() < 0.1:
                moves += [("return", manager[0], "in_review", "returned"),
                          ("submit", writer, "returned", "in_review")]
            if status == "returned":
                moves.append(("return", manager[0], "in_review", "returned"))
            if status in ("approved", "published"):
                moves.append(("approve", gm[0] if writer == manager[0] else manager[0],
                              "in_review", "approved"))
            if status == "published":
                moves.append(("publish", writer, "approved", "published"))
            for action, actor, before, after in moves:
                decisions.append(dict(
                    post=pid, action=action, actor=actor, actor_name=names[actor], at=at,
                    post_version=version, from_state=before, to_state=after,
                    text="请补充数据来源" if action == "return" else
                    (url if action == "publish" else ""),
                    checklist=checklist if action == "approve" else "", hits="",
                    title=title if action == "approve" else None,
                    body="" if action == "approve" else None))
                version += 1
                at += _dt.timedelta(minutes=rng.randrange(20, 600))
            versions[pid] = version
            story[pid] = (version, at)
        comments = []
        commented = list(story)
        while len(decisions) + len(comments) < entries:
            pid = rng.choice(commented)
            author = rng.choice(people)
            version, at = story[pid]
            comments.append(dict(post=pid, author=author[0], author_name=author[1],
                                 at=at - _dt.timedelta(minutes=rng.randrange(1, 3000)),
                                 post_version=version - 1,
                                 text=f"基准测试评论 {len(comments) + 1}：请再核对一下数据。"))
        with database.atomic():
            for i in range(0, len(decisions), 5000):
                insert_rows(ReviewDecision, decisions[i:i + 5000])
            for i in range(0, len(comments), 5000):
                insert_rows(ReviewComment, comments[i:i + 5000])
            # A few hundred mentions, most of them seen long ago.
            first_comment = ReviewComment.select(ReviewComment.id).order_by(
                ReviewComment.id).limit(1).scalar()
            mentions = []
            for n in range(600):
                cid = first_comment + rng.randrange(0, len(comments))
                pid = ReviewComment.select(ReviewComment.post).where(
                    ReviewComment.id == cid).scalar()
                user = rng.choice(people)[0]
                mentions.append(dict(comment=cid, post=pid, user=user, at=now,
                                     seen_at=None if n % 30 == 0 else now))
            unique = {(m["comment"], m["user"]): m for m in mentions}
            insert_rows(ReviewMention, list(unique.values()))
            cursor = database.cursor()
            cursor.executemany(f"UPDATE post SET version = {database.param} "
                               f"WHERE id = {database.param}",
                               [(v, pid) for pid, v in versions.items()])
    finally:
        dbmod.close()
