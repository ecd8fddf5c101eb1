"""Cadence rules (rules C1, C2) and per-platform length limits, kept by the operations manager."""
from __future__ import annotations

import pytest

from models import audit, cadence_rules, platforms, users
from models.cadence_rules import CadencePeriod
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.platforms import PlatformKind
from models.roles import Role


@pytest.fixture
def by_kind(manager):
    return {p.kind: p for p in platforms.list_platforms()}


def rules() -> dict:
    return {r.platform_kind: r for r in cadence_rules.list_rules()}


def test_every_platform_starts_with_the_team_default(manager):
    """Rule C1: the website 3 times a week; rule C2: every other platform every day."""
    r = rules()
    assert len(r) == 12
    assert (r[PlatformKind.WEBSITE].period, r[PlatformKind.WEBSITE].min_posts) == \
        (CadencePeriod.WEEK, 3)
    for kind in (PlatformKind.WECHAT_OA, PlatformKind.MINI_PROGRAM, PlatformKind.WEIBO,
                 PlatformKind.QZONE):
        assert (r[kind].period, r[kind].min_posts, r[kind].enabled) == (CadencePeriod.DAY, 1, True)
    assert all(x.is_default for x in r.values())
    assert CadencePeriod.WEEK.label == "per week"
    # The rules follow the platforms' order.
    assert [x.platform_id for x in cadence_rules.list_rules()] == \
        [p.id for p in platforms.list_platforms()]


def test_the_manager_changes_a_rule(manager, by_kind):
    """The older rule C1 said once a week: the number is a setting."""
    site = by_kind[PlatformKind.WEBSITE]
    r = cadence_rules.set_rule(manager, site.id, 0, CadencePeriod.WEEK, 1)
    assert (r.period, r.min_posts, r.version, r.is_default) == (CadencePeriod.WEEK, 1, 1, False)
    assert rules()[PlatformKind.WEBSITE] == r
    r = cadence_rules.set_rule(manager, site.id, r.version, CadencePeriod.DAY, 2)
    assert (r.period, r.min_posts, r.version) == (CadencePeriod.DAY, 2, 2)
    e = audit.recent(1)[0]
    assert (e.action, e.action_label, e.detail) == (
        "cadence.rule_changed", "Changed a platform's posting minimum",
        {"period": "day", "min_posts": 2})


def test_a_removed_rule_stays_removed_until_set_again(manager, by_kind):
    qzone = by_kind[PlatformKind.QZONE]
    gone = cadence_rules.remove_rule(manager, qzone.id, 0)
    assert not gone.enabled and PlatformKind.QZONE not in rules()
    assert cadence_rules.get_rule(qzone.id).enabled is False
    assert [x.platform_id for x in cadence_rules.list_rules(include_removed=True)
            if not x.enabled] == [qzone.id]
    back = cadence_rules.set_rule(manager, qzone.id, gone.version, CadencePeriod.WEEK, 2)
    assert back.enabled and rules()[PlatformKind.QZONE].min_posts == 2
    assert audit.count("cadence.rule_removed") == 1


def test_platforms_added_later_get_the_default_and_inactive_ones_have_no_rule(manager, by_kind):
    shop = platforms.create_platform(manager, "视频号", PlatformKind.OTHER, "#FA9D3B")
    site2 = platforms.create_platform(manager, "英文官网", PlatformKind.WEBSITE, "#1F6FEB")
    listed = {r.platform_id: r for r in cadence_rules.list_rules()}
    assert (listed[shop.id].period, listed[shop.id].min_posts) == (CadencePeriod.DAY, 1)
    assert (listed[site2.id].period, listed[site2.id].min_posts) == (CadencePeriod.WEEK, 3)
    douyin = by_kind[PlatformKind.DOUYIN]
    platforms.set_platform_active(manager, douyin.id, douyin.version, False)
    assert douyin.id not in {r.platform_id for r in cadence_rules.list_rules()}


def test_nobody_but_the_manager_changes_rules_or_limits(manager, by_kind):
    site = by_kind[PlatformKind.WEBSITE]
    lina = users.create_user(manager, "lina", "李娜", "", [Role.CONTENT_SPECIALIST], "password-1")
    reader = users.create_user(manager, "zhoumin", "周敏", "设计部", [], "password-1")
    for who in (lina, reader):
        with pytest.raises(PermissionDenied) as err:
            cadence_rules.set_rule(who, site.id, 0, CadencePeriod.WEEK, 1)
        assert "Only the Operations manager may do this." == str(err.value)
        with pytest.raises(PermissionDenied):
            cadence_rules.remove_rule(who, site.id, 0)
        with pytest.raises(PermissionDenied):
            cadence_rules.set_limits(who, site.id, 0, 30, None)
    assert rules()[PlatformKind.WEBSITE].is_default
    assert cadence_rules.get_limits(site.id).title_max is None


@pytest.mark.parametrize("period, n", [(CadencePeriod.DAY, 0), ("month", 1), ("day", 101),
                                       ("week", True), ("week", "3"), ("week", -2)])
def test_a_rule_needs_a_period_and_a_sensible_minimum(manager, by_kind, period, n):
    site = by_kind[PlatformKind.WEBSITE]
    with pytest.raises(ValidationError) as err:
        cadence_rules.set_rule(manager, site.id, 0, period, n)
    assert err.value.field in ("period", "min_posts")
    assert rules()[PlatformKind.WEBSITE].is_default


def test_two_managers_changing_the_same_rule_do_not_overwrite_each_other(manager, by_kind):
    other = users.create_user(manager, "liqiang", "李强", "", [Role.OPERATIONS_MANAGER],
                              "password-1")
    wechat = by_kind[PlatformKind.WECHAT_OA]
    cadence_rules.set_rule(other, wechat.id, 0, CadencePeriod.DAY, 2)
    with pytest.raises(ConflictError) as err:  # both started from the default
        cadence_rules.set_rule(manager, wechat.id, 0, CadencePeriod.DAY, 3)
    assert "李强 changed this" in str(err.value)
    with pytest.raises(ConflictError):
        cadence_rules.remove_rule(manager, wechat.id, 0)
    assert rules()[PlatformKind.WECHAT_OA].min_posts == 2


def test_length_limits_are_set_per_platform(manager, by_kind):
    weibo, wechat = by_kind[PlatformKind.WEIBO], by_kind[PlatformKind.WECHAT_OA]
    assert cadence_rules.get_limits(weibo.id) == cadence_rules.PlatformLimits(weibo.id, None,
                                                                              None, 0)
    lim = cadence_rules.set_limits(manager, wechat.id, 0, title_max=64, body_max=20000)
    assert (lim.title_max, lim.body_max, lim.version) == (64, 20000, 1)
    lim = cadence_rules.set_limits(manager, wechat.id, 1, title_max=64, body_max=None)
    assert (lim.body_max, lim.version) == (None, 2)
    assert cadence_rules.list_limits() == {wechat.id: lim}
    with pytest.raises(ConflictError):
        cadence_rules.set_limits(manager, wechat.id, 1, title_max=10, body_max=None)
    for bad in (0, 201, "64", 2.5):
        with pytest.raises(ValidationError) as err:
            cadence_rules.set_limits(manager, wechat.id, 2, title_max=bad, body_max=None)
        assert err.value.field == "title_max"
    assert cadence_rules.get_limits(wechat.id) == lim
    assert audit.recent(1)[0].action == "platform.limits_changed"
