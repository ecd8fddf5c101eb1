"""Shared by the approval workflow's tests: a team with two operations managers, the
general manager, specialists, customer service and read-only staff, and helpers (among
them ``run_at_once``: two PCs acting at the same moment)."""
from __future__ import annotations

import datetime as dt
import threading
from types import SimpleNamespace

import pytest

from models import platforms, posts, reviews, sensitive, users
from models.db import database
from models.platforms import PlatformKind
from models.posts import PostFields
from models.roles import Role
from models.timeutil import utcnow
from models.workflow import CHECKLIST

EVERYTHING = [item.value for item in CHECKLIST]


def at(days: int, hour: int = 10) -> dt.datetime:
    return (utcnow() + dt.timedelta(days=days)).replace(hour=hour, minute=0, second=0)


@pytest.fixture
def team(manager):
    def person(login, name, roles):
        return users.create_user(manager, login, name, "新媒体运营部", roles, "password-1")

    wechat = next(p for p in platforms.list_platforms() if p.kind == PlatformKind.WECHAT_OA)
    sensitive.set_words(manager, ["最佳", "第一", "100%"])
    return SimpleNamespace(
        manager=manager,
        sunlei=person("sunlei", "孙磊", [Role.OPERATIONS_MANAGER]),
        zhao=person("zhao", "赵总", [Role.GENERAL_MANAGER]),
        lina=person("lina", "李娜", [Role.CONTENT_SPECIALIST]),
        chenjing=person("chenjing", "陈静", [Role.PROMOTION_SPECIALIST]),
        liuyang=person("liuyang", "刘洋", [Role.CUSTOMER_SERVICE]),
        zhoumin=person("zhoumin", "周敏", []),
        wechat=wechat)


def draft(t, actor=None, **kw) -> posts.PostInfo:
    values = dict(platform_id=t.wechat.id, title="行业资讯速递", body="本周行业要闻：新能源汽车销量增长。",
                  source="原创", planned_at=at(3))
    values.update(kw)
    return posts.create_post(actor or t.lina, PostFields(**values))


def submitted(t, actor=None, **kw) -> posts.PostInfo:
    p = draft(t, actor, **kw)
    return reviews.submit(actor or t.lina, p.id, p.version)


def approve(reviewer, p: posts.PostInfo) -> posts.PostInfo:
    return reviews.approve(reviewer, p.id, p.version, EVERYTHING, reviews.hits_for(p.id))


def decisions(post_id: int) -> list[tuple]:
    return [(e.action, e.actor_name, e.from_state, e.to_state)
            for e in reviews.history(post_id) if e.kind == "decision"]


def run_at_once(*calls):
    """Run the calls in threads released together; each thread has its own connection."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def work(i, call):
        try:
            barrier.wait(timeout=10)
            results[i] = call()
        except Exception as exc:  # noqa: BLE001 - the test looks at what each call raised
            results[i] = exc
        finally:
            database.close()

    threads = [threading.Thread(target=work, args=(i, c)) for i, c in enumerate(calls)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=30)
    return results
