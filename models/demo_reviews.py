"""The demo's review history (issue 4): every post's decisions, and a few stories to look at.

Called by ``models.demo_calendar.fill`` once the posts are in.  Every post that has
left the draft state gets the decisions its state implies, stored as the services
store them (``models.review_tables``): submitted by its writer; approved by the
operations manager (the general manager for the manager's own posts, rule P1) with
the whole checklist ticked, every sensitive-word hit confirmed and a snapshot of the
approved title and text; confirmed by the general manager when it concerns a
company project (P2); marked as published with its link (P3).  Each post's version
counts its decisions, as it would have after going through the services.

On top of that, so that everyone who logs in finds something in their inbox:
- an urgent post in review (planned within the day) whose title and text carry
  words the Advertising Law forbids, for the operations manager to confirm;
- a company-project post the operations manager approved, awaiting the general
  manager (赵刚), with a comment asking the designer (周敏, read-only) for a picture;
- a post the operations manager wrote, in review: the general manager reviews it;
- a post edited after its approval, back in review with its changes shown;
- the returned short video, with the reason and a conversation in its thread;
- comments that mention customer service (刘洋), 李娜 and 孙丽.
"""
from __future__ import annotations

import datetime as _dt
import json
import random

from models import sensitive, workflow
from models.posts import Post, PostCategory
from models.review_tables import ReviewComment, ReviewDecision, ReviewMention
from models.timeutil import utcnow
from models.users import User

EVERYTHING = json.dumps([item.value for item in workflow.CHECKLIST])
HOUR = _dt.timedelta(hours=1)


class _Story:
    """Collects one post's decisions, numbering the versions as the services would."""

    def __init__(self, post_id: int, out: list[dict]):
        self.post_id, self.out = post_id, out
        self.version, self.state = 1, workflow.DRAFT

    def add(self, action: str, actor: tuple[int, str], at: _dt.datetime, to_state: str,
            **extra) -> None:
        self.out.append(dict(post=self.post_id, action=action, actor=actor[0],
                             actor_name=actor[1], at=at, post_version=self.version,
                             from_state=self.state, to_state=to_state,
                             text=extra.get("text", ""), checklist=extra.get("checklist", ""),
                             hits=extra.get("hits", ""), title=extra.get("title"),
                             body=extra.get("body")))
        self.version += 1
        self.state = to_state


def _hits(title: str, body: str) -> str:
    found = sensitive.post_hits(title, body, sensitive.DEFAULT_WORDS)
    return json.dumps([list(h) for h in found], ensure_ascii=False) if found else ""


def fill(rng: random.Random, today: _dt.date) -> None:
    """Add the review history and the stories (see the module notes)."""
    from models.demo_calendar import insert_rows

    now = utcnow()
    people = {login: (uid, name) for uid, login, name in
              User.select(User.id, User.login, User.display_name).tuples()}
    names = {uid: (uid, name) for uid, name in people.values()}
    manager, gm = people["wangfang"], people["zhaogang"]
    rows = list(Post.select(Post.id, Post.writer, Post.status, Post.concerns_project,
                            Post.planned_at, Post.published_at, Post.published_url,
                            Post.title, Post.body, Post.platform, Post.category)
                .order_by(Post.planned_at.is_null(), Post.planned_at, Post.id).tuples())
    stories = _choose(rows, now, people)
    changes: dict[int, dict] = {}  # post id -> new column values
    decisions: list[dict] = []

    def reviewer(writer: int) -> tuple[int, str]:
        return gm if writer == manager[0] else manager

    told = {pid for name, pid in stories.items() if name != "question"}
    for (pid, writer, status, project, planned, published, url, title, body, _platform,
         _category) in rows:
        if status == workflow.DRAFT or pid in told:
            continue
        story = _Story(pid, decisions)
        # Submitted a day or two before the planned time, and never in the future.
        submitted = min((planned or now) - _dt.timedelta(hours=rng.randrange(20, 60)),
                        now - _dt.timedelta(hours=rng.randrange(2, 30)))
        hits = _hits(title, body)
        story.add("submit", names[writer], submitted, workflow.IN_REVIEW, hits=hits)
        if status == workflow.IN_REVIEW:
            changes[pid] = dict(version=story.version, updated_at=submitted)
            continue
        approved = min(submitted + HOUR * rng.randrange(1, 6), now - _dt.timedelta(minutes=30))
        story.add("approve", reviewer(writer), approved, workflow.APPROVED,
                  checklist=EVERYTHING, hits=hits, title=title, body=body)
        last = approved
        if status == workflow.PUBLISHED:
            if project:
                last = min(approved + HOUR, published or now)
                story.add("confirm", gm, last, workflow.CONFIRMED, text="同意发布")
            last = max(published or now, last)
            story.add("publish", names[writer], last, workflow.PUBLISHED, text=url)
        changes[pid] = dict(version=story.version, updated_at=last)

    _tell_stories(stories, rows, now, people, decisions, changes)
    insert_rows(ReviewDecision, decisions)
    for pid, values in changes.items():
        Post.update(**values).where(Post.id == pid).execute()


def _choose(rows, now: _dt.datetime, people) -> dict[str, int]:
    """The posts the stories are told on: each picked by its state and time, so that the
    calendar's cadence, clashes and deadlines stay as they were."""
    manager = people["wangfang"][0]
    writers_of_own_media = {people["lina"][0], people["sunli"][0]}
    promoters = {people["chenjing"][0], people["sunli"][0]}
    chosen: dict[str, int] = {}
    used: set[int] = set()

    def pick(name: str, test) -> None:
        for row in rows:
            if row[0] not in used and test(*row):
                chosen[name] = row[0]
                used.add(row[0])
                return

    soon = now + 20 * HOUR
    pick("urgent", lambda i, w, s, p, at, *_: s == workflow.APPROVED and at is not None
         and now + 2 * HOUR < at < soon and w in promoters)
    pick("urgent", lambda i, w, s, p, at, *_: "urgent" not in chosen
         and s == workflow.APPROVED and at is not None and now < at < soon)
    pick("project", lambda i, w, s, p, at, *_: s == workflow.APPROVED and at is not None
         and at > now + 24 * HOUR and w in writers_of_own_media)
    pick("edited", lambda i, w, s, p, at, *_: s == workflow.IN_REVIEW
         and w == people["lina"][0])
    pick("manager", lambda i, w, s, p, at, *_: s == workflow.IN_REVIEW and w == manager)
    pick("manager", lambda i, w, s, p, at, *_: "manager" not in chosen
         and s == workflow.IN_REVIEW and w in writers_of_own_media)
    pick("returned", lambda i, w, s, *_: s == workflow.RETURNED)
    pick("question", lambda i, w, s, p, at, *_: s == workflow.IN_REVIEW and w != manager)
    # The channel specialist writes only the recruitment posts: a question on one of them
    # (or, should none be on its way, on the question above) keeps his inbox from being
    # empty whatever the day.
    pick("channel", lambda i, w, s, *_: s in (workflow.IN_REVIEW, workflow.APPROVED)
         and w == people["zhangwei"][0])
    return chosen


def _tell_stories(stories: dict[str, int], rows, now: _dt.datetime, people,
                  decisions: list[dict], changes: dict[int, dict]) -> None:
    by_id = {row[0]: row for row in rows}
    names = {uid: (uid, name) for uid, name in people.values()}
    manager = people["wangfang"]

    def comment(post_id: int, author: tuple[int, str], at: _dt.datetime, version: int,
                text: str, mentioned: tuple = ()) -> None:
        cid = ReviewComment.insert(post=post_id, author=author[0], author_name=author[1],
                                   at=at, post_version=version, text=text).execute()
        for person in mentioned:
            ReviewMention.insert(comment=cid, post=post_id, user=person[0], at=at).execute()

    if "urgent" in stories:  # in review, due within the day, with forbidden superlatives
        pid = stories["urgent"]
        writer = names[by_id[pid][1]]
        title = "年终大促抢先看：全网最低价，销量第一！"
        body = ("双十二年终大促即将开始！全场正品100%保障，部分爆款低至五折，"
                "这是今年最好的入手时机。\n活动详情请关注公众号推送。")
        story = _Story(pid, decisions)
        at = now - 3 * HOUR
        story.add("submit", writer, at, workflow.IN_REVIEW, hits=_hits(title, body))
        changes[pid] = dict(title=title, body=body, status=workflow.IN_REVIEW,
                            category=PostCategory.PROMOTION.value, version=story.version,
                            updated_at=at, updated_by=writer[0])

    if "project" in stories:  # approved, awaiting the general manager (rule P2)
        pid = stories["project"]
        writer = names[by_id[pid][1]]
        title = "公司与华东理工大学共建新材料联合实验室"
        body = ("12月上旬，公司与华东理工大学签约共建新材料联合实验室，双方将在新材料检测、"
                "人才培养等方面开展合作。\n签约仪式由公司总经理主持，校企双方代表出席。")
        story = _Story(pid, decisions)
        at = now - 26 * HOUR
        story.add("submit", writer, at, workflow.IN_REVIEW)
        story.add("approve", manager, at + 2 * HOUR, workflow.APPROVED, checklist=EVERYTHING,
                  title=title, body=body)
        comment(pid, manager, at + 2 * HOUR + _dt.timedelta(minutes=5), story.version,
                "@周敏 这篇需要一张签约仪式的配图，周四前可以吗？", (people["zhoumin"],))
        changes[pid] = dict(title=title, body=body, concerns_project=True,
                            category=PostCategory.COMPANY_NEWS.value, version=story.version,
                            updated_at=at + 2 * HOUR, updated_by=manager[0])

    if "manager" in stories:  # the operations manager's own post: the general manager reviews
        pid = stories["manager"]
        story = _Story(pid, decisions)
        at = now - 5 * HOUR
        story.add("submit", manager, at, workflow.IN_REVIEW)
        changes[pid] = dict(writer=manager[0], version=story.version, updated_at=at,
                            updated_by=manager[0], created_by=manager[0])

    if "edited" in stories:  # approved, then edited: back in review with the changes shown
        pid = stories["edited"]
        writer = names[by_id[pid][1]]
        old_title, old_body = "本周行业要闻速览", "本周行业要闻：新能源汽车销量同比增长18%，充电桩建设提速。"
        title = "本周行业要闻速览（更新版）"
        body = "本周行业要闻：新能源汽车出口同比增长23%，充电桩建设提速，多地出台换电补贴。"
        story = _Story(pid, decisions)
        at = now - 30 * HOUR
        story.add("submit", writer, at, workflow.IN_REVIEW)
        story.add("approve", manager, at + 3 * HOUR, workflow.APPROVED, checklist=EVERYTHING,
                  title=old_title, body=old_body)
        story.add("reopen", writer, now - 2 * HOUR, workflow.IN_REVIEW, text="body, title")
        comment(pid, writer, now - 2 * HOUR + _dt.timedelta(minutes=2), story.version,
                "数据更新为协会最新发布的出口数据，请王经理再看一下。")
        changes[pid] = dict(title=title, body=body, version=story.version,
                            updated_at=now - 2 * HOUR, updated_by=writer[0])

    if "returned" in stories:  # sent back with a reason, and the conversation about it
        pid = stories["returned"]
        writer = names[by_id[pid][1]]
        story = _Story(pid, decisions)
        at = now - 20 * HOUR
        story.add("submit", writer, at, workflow.IN_REVIEW)
        comment(pid, manager, at + HOUR, story.version,
                f"@{writer[1]} 视频第12秒能看到还没有发布的新品外观。", (writer,))
        story.add("return", manager, at + HOUR + _dt.timedelta(minutes=3), workflow.RETURNED,
                  text="画面中出现了尚未发布的新品外观（未公开的内部信息，规则 P4）。"
                       "请换用发布会上已公开的画面后重新提交。")
        comment(pid, writer, at + 2 * HOUR, story.version,
                "收到，我换成发布会当天的公开画面，今晚重新提交。")
        changes[pid] = dict(version=story.version, updated_at=at + HOUR, updated_by=manager[0])

    if "question" in stories:  # customer service, 李娜 and 孙丽 are asked in a thread
        pid = stories["question"]
        version = changes.get(pid, {}).get("version", 2)
        comment(pid, manager, now - 4 * HOUR, version,
                "@刘洋 文中的售后电话和客服口径请帮忙确认一下。", (people["liuyang"],))
        comment(pid, manager, now - 4 * HOUR + _dt.timedelta(minutes=1), version,
                "@李娜 @孙丽 小红书和公众号的版本也请沿用这个标题。",
                (people["lina"], people["sunli"]))

    channel = stories.get("channel", stories.get("question"))
    if channel is not None:  # the channel specialist is asked about a recruitment post
        version = changes.get(channel, {}).get("version", 2)
        comment(channel, manager, now - 3 * HOUR, version,
                "@张伟 岗位要求里的学历和工作年限请再和人力资源部确认一下。",
                (people["zhangwei"],))
