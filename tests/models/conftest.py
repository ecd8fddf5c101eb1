"""The team of the calendar's model tests (posts, planning).  The approval workflow's
tests use a larger one of their own (``tests.models.reviewing.team``)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from models import platforms, users
from models.platforms import PlatformKind
from models.roles import Role


@pytest.fixture
def team(manager):
    def person(login, name, roles):
        return users.create_user(manager, login, name, "新媒体运营部", roles, "password-1")

    by_kind = {p.kind: p for p in platforms.list_platforms()}
    return SimpleNamespace(
        manager=manager,
        lina=person("lina", "李娜", [Role.CONTENT_SPECIALIST]),
        chenjing=person("chenjing", "陈静", [Role.PROMOTION_SPECIALIST]),
        liuyang=person("liuyang", "刘洋", [Role.CUSTOMER_SERVICE]),
        zhoumin=person("zhoumin", "周敏", []),  # design department: read-only
        website=by_kind[PlatformKind.WEBSITE], wechat=by_kind[PlatformKind.WECHAT_OA],
        weibo=by_kind[PlatformKind.WEIBO], zhihu=by_kind[PlatformKind.ZHIHU],
        douyin=by_kind[PlatformKind.DOUYIN])
