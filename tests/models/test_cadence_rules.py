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
        assert "Only someone with the role “Operations manager” may do this." == str(err.value)
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


# -- column rules (rule C2: the mini program's moments and recruitment section) ---------------

@pytest.fixture
def mini(manager, by_kind):
    """The mini program with the two columns RULES.md names (as the demo has them)."""
    platform = by_kind[PlatformKind.MINI_PROGRAM]
    moments = platforms.create_column(manager, platform.id, "动态", "每日更新的公司动态")
    recruitment = platforms.create_column(manager, platform.id, "招聘", "招聘专区，每日更新")
    return platform, moments, recruitment


def column_rules(**kw) -> dict:
    return {r.column_name: r for r in cadence_rules.list_column_rules(**kw)}


def test_each_mini_program_column_needs_a_post_a_day_by_default(manager, by_kind, mini):
    """C2: "the mini program's moments and its recruitment section are updated every day";
    the columns of other platforms have no rule of their own."""
    platform, moments, recruitment = mini
    platforms.create_column(manager, by_kind[PlatformKind.WEBSITE].id, "招聘信息")
    r = column_rules()
    assert list(r) == ["动态", "招聘"]
    assert [(x.platform_id, x.column_id, x.period, x.min_posts, x.enabled, x.is_default)
            for x in r.values()] == [
        (platform.id, moments.id, CadencePeriod.DAY, 1, True, True),
        (platform.id, recruitment.id, CadencePeriod.DAY, 1, True, True)]
    # The platform's own rule is unchanged and carries no column.
    assert rules()[PlatformKind.MINI_PROGRAM].column_id is None
    assert all(x.column_id is None for x in cadence_rules.list_rules())
    # A deactivated column (or platform) has no rule.
    platforms.set_column_active(manager, moments.id, moments.version, False)
    assert list(column_rules()) == ["招聘"]
    platforms.set_platform_active(manager, platform.id, platform.version, False)
    assert column_rules() == {}


def test_the_manager_changes_or_removes_a_columns_rule(manager, mini):
    _, moments, recruitment = mini
    r = cadence_rules.set_column_rule(manager, recruitment.id, 0, 2)
    assert (r.min_posts, r.period, r.version, r.is_default, r.column_name) == \
        (2, CadencePeriod.DAY, 1, False, "招聘")
    assert cadence_rules.get_column_rule(recruitment.id) == r
    e = audit.recent(1)[0]
    assert (e.action, e.object_type, e.object_id, e.detail["column"], e.detail["min_posts"]) == \
        ("cadence.rule_changed", "column", str(recruitment.id), "招聘", 2)
    gone = cadence_rules.remove_column_rule(manager, moments.id, 0)
    assert not gone.enabled and list(column_rules()) == ["招聘"]
    assert not column_rules(include_removed=True)["动态"].enabled  # the default stays away
    back = cadence_rules.set_column_rule(manager, moments.id, gone.version, 1)
    assert back.enabled and list(column_rules()) == ["动态", "招聘"]
    with pytest.raises(ValidationError) as err:
        cadence_rules.set_column_rule(manager, moments.id, back.version, 0)
    assert err.value.field == "min_posts"


def test_column_rules_are_the_managers_and_versioned(manager, mini):
    _, moments, _ = mini
    lina = users.create_user(manager, "lina", "李娜", "", [Role.CONTENT_SPECIALIST], "password-1")
    with pytest.raises(PermissionDenied):
        cadence_rules.set_column_rule(lina, moments.id, 0, 2)
    with pytest.raises(PermissionDenied):
        cadence_rules.remove_column_rule(lina, moments.id, 0)
    other = users.create_user(manager, "liqiang", "李强", "", [Role.OPERATIONS_MANAGER],
                              "password-1")
    cadence_rules.set_column_rule(other, moments.id, 0, 3)
    with pytest.raises(ConflictError) as err:  # both started from the default
        cadence_rules.set_column_rule(manager, moments.id, 0, 2)
    assert "李强 changed this" in str(err.value)
    assert column_rules()["动态"].min_posts == 3
    from models.errors import NotFound

    with pytest.raises(NotFound):
        cadence_rules.set_column_rule(manager, 99999, 0, 1)


def test_a_database_of_version_0006_gets_column_rules_and_keeps_its_rules(db_url):
    """Migration 0007 adds ``column_rule``; the platforms' rules, the columns and the posts
    stay, and every mini program column follows the default until the manager changes it."""
    from models import db as dbmod

    u = dbmod.parse_url(db_url)
    raw = dbmod._open_sqlite(u) if u.is_sqlite else dbmod._open_postgres(u)
    dbmod.migrate(raw, target="0006_post_status_planned_index")
    true = "1" if u.is_sqlite else "TRUE"
    stamp = "'2026-11-02 03:04:05'"
    raw.execute_sql(
        "INSERT INTO \"user\" (login, display_name, department, active, password_hash, "
        f"must_change_password, version, created_at, updated_at) VALUES ('wangfang', '王芳', "
        f"'新媒体运营部', {true}, 'x', {'0' if u.is_sqlite else 'FALSE'}, 1, {stamp}, {stamp})")
    user_id = raw.execute_sql("SELECT id FROM \"user\"").fetchone()[0]
    raw.execute_sql(f"INSERT INTO user_role (user_id, role) VALUES ({user_id}, "
                    "'operations_manager')")
    raw.execute_sql("INSERT INTO platform (name, kind, colour, active, sort_order, version, "
                    f"updated_at) VALUES ('小程序', 'mini_program', '#2AAE67', {true}, 0, 1, "
                    f"{stamp})")
    platform_id = raw.execute_sql("SELECT id FROM platform").fetchone()[0]
    for name in ("动态", "招聘"):
        raw.execute_sql("INSERT INTO platform_column (platform_id, name, description, active, "
                        f"version, updated_at) VALUES ({platform_id}, '{name}', '', {true}, 1, "
                        f"{stamp})")
    raw.execute_sql("INSERT INTO cadence_rule (platform_id, period, min_posts, enabled, version, "
                    f"updated_at) VALUES ({platform_id}, 'day', 2, {true}, 3, {stamp})")
    assert "column_rule" not in raw.get_tables()
    raw.close()

    dbmod.connect(db_url)
    try:
        assert "column_rule" in dbmod.database.get_tables()
        rule = cadence_rules.get_rule(platform_id)
        assert (rule.period, rule.min_posts, rule.version) == (CadencePeriod.DAY, 2, 3)
        r = column_rules()
        assert [(x.column_name, x.min_posts, x.is_default) for x in r.values()] == [
            ("动态", 1, True), ("招聘", 1, True)]
        manager = users.find_by_login("wangfang")
        changed = cadence_rules.set_column_rule(manager, r["招聘"].column_id, 0, 2)
        assert changed.version == 1 and column_rules()["招聘"].min_posts == 2
    finally:
        dbmod.close()
