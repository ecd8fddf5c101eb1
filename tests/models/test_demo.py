"""The demo database shows every role, with Chinese names, RULES.md's platforms and columns."""
from __future__ import annotations

from models import db as dbmod, demo, platforms, settings, users
from models.roles import Role


def test_the_demo_team_covers_every_role_and_logs_in_without_a_password(demo_url):
    dbmod.connect(demo_url)
    try:
        team = users.list_users()
        held = set().union(*(u.roles for u in team))
        assert held == set(Role)
        assert any(u.is_read_only for u in team)  # design staff: read-only calendar
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in u.display_name) for u in team)
        assert settings.is_demo()
        assert users.demo_login("lina").display_name == "李娜"
        names = [p.name for p in platforms.list_platforms()]
        assert names[:3] == ["官网", "微信公众号", "小程序"] and len(names) == 12
        wechat = platforms.list_platforms()[1]
        assert "每周精选" in [c.name for c in platforms.list_columns(wechat.id)]
    finally:
        dbmod.close()


def test_the_benchmark_demo_is_enlarged(tmp_path):
    demo.build("sqlite:///" + str(tmp_path / "big.db"), extra_users=42, audit_events=1000)
    try:
        from models import audit

        assert len(users.list_users()) == 50
        assert audit.count() >= 1000
    finally:
        dbmod.close()
