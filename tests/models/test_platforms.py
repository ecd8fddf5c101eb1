"""Platforms and columns (RULES "Platforms and columns"): an editable list, manager only."""
from __future__ import annotations

import pytest

from models import audit, platforms, users
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.platforms import PlatformKind
from models.roles import Role


@pytest.fixture
def specialist(manager):
    return users.create_user(manager, "chenjing", "陈静", "", [Role.PROMOTION_SPECIALIST],
                             "password-1")


def test_set_up_creates_the_platforms_of_the_rules_in_order(manager):
    kinds = [p.kind for p in platforms.list_platforms()]
    assert kinds[:3] == [PlatformKind.WEBSITE, PlatformKind.WECHAT_OA, PlatformKind.MINI_PROGRAM]
    assert len(kinds) == 12 and PlatformKind.QZONE in kinds
    assert all(p.active and p.colour.startswith("#") for p in platforms.list_platforms())


def test_the_manager_adds_edits_and_deactivates_a_platform(manager):
    p = platforms.create_platform(manager, "视频号", PlatformKind.OTHER, "#fa9d3b")
    assert p.colour == "#FA9D3B" and p.sort_order == 12
    p = platforms.update_platform(manager, p.id, p.version, name="微信视频号",
                                  kind=PlatformKind.OTHER, colour="#FA9D3B")
    assert platforms.get_platform(p.id).name == "微信视频号"
    p = platforms.set_platform_active(manager, p.id, p.version, False)
    assert not p.active
    assert p.id not in [x.id for x in platforms.list_platforms(include_inactive=False)]
    assert {"platform.created", "platform.updated"} <= {e.action for e in audit.recent(5)}


def test_platform_names_are_unique_and_colours_checked(manager):
    with pytest.raises(ValidationError) as err:
        platforms.create_platform(manager, "Weibo", PlatformKind.WEIBO, "#E6162D")
    assert err.value.field == "name" and "already a platform called Weibo" in str(err.value)
    with pytest.raises(ValidationError) as err:
        platforms.create_platform(manager, "B站", PlatformKind.OTHER, "red")
    assert err.value.field == "colour"
    with pytest.raises(ValidationError) as err:
        platforms.create_platform(manager, "   ", PlatformKind.OTHER, "#000000")
    assert err.value.field == "name"
    # A failed save changed nothing.
    assert len(platforms.list_platforms()) == 12


def test_an_invisible_character_inside_a_name_makes_no_new_name(manager):
    """"抖\u200b音" (a zero-width space pasted inside) was taken beside 抖音, and looked the
    same in every list and filter; the invisible characters are not kept either."""
    p = platforms.create_platform(manager, "抖音直播", PlatformKind.DOUYIN, "#000000")
    for twin in ("抖\u200b音直播", "抖音\u2060直播", "抖\u00ad音直播"):
        with pytest.raises(ValidationError) as err:
            platforms.create_platform(manager, twin, PlatformKind.DOUYIN, "#000000")
        assert "already a platform called 抖音直播" in str(err.value)
    made = platforms.create_platform(manager, "快\u200b手", PlatformKind.OTHER, "#000000")
    assert made.name == "快手"
    column = platforms.create_column(manager, p.id, "每周\u200b精选")
    assert column.name == "每周精选"
    coder = "\U0001F468\u200d\U0001F4BB"  # 👨‍💻: one picture, its joiner kept
    assert platforms.create_column(manager, p.id, f"{coder}技术").name == f"{coder}技术"
    with pytest.raises(ValidationError):
        platforms.create_column(manager, p.id, "每周精\u200b选")


def test_two_managers_naming_two_platforms_alike_at_once_get_one(manager, monkeypatch):
    """Two PCs at once: 王芳 renames Weibo "Kuaishou" while 刘洋 renames Zhihu "KUAISHOU";
    each check found the name free before the other's was stored, and the list held both.
    The second waits for the first and is told the name is taken."""
    import threading
    import time

    from models import audit
    from models import db as dbmod

    by_kind = {p.kind: p for p in platforms.list_platforms()}
    weibo, zhihu = by_kind[PlatformKind.WEIBO], by_kind[PlatformKind.ZHIHU]
    stored, go_on = threading.Event(), threading.Event()
    record = audit.record

    def slow_on_pc_a(*args, **kwargs):
        if threading.current_thread().name == "pc-a":
            stored.set()  # checked and stored, not yet committed
            assert go_on.wait(30)
        return record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", slow_on_pc_a)
    outcome = {}

    def rename(pc, platform, name):
        try:
            platforms.update_platform(manager, platform.id, platform.version, name=name,
                                      kind=platform.kind, colour=platform.colour)
            outcome[pc] = "saved"
        except ValidationError as exc:
            outcome[pc] = str(exc)
        finally:
            dbmod.database.close()  # this thread's connection

    a = threading.Thread(target=rename, args=("a", weibo, "Kuaishou"), name="pc-a")
    b = threading.Thread(target=rename, args=("b", zhihu, "KUAISHOU"), name="pc-b")
    a.start()
    assert stored.wait(30)
    b.start()
    time.sleep(0.3)  # PC B's check now waits for PC A's change
    go_on.set()
    a.join(30), b.join(30)
    assert outcome["a"] == "saved"
    assert "already a platform called Kuaishou" in outcome["b"]
    assert sorted(p.name for p in platforms.list_platforms()
                  if p.name.casefold() == "kuaishou") == ["Kuaishou"]


def test_names_that_differ_only_in_case_or_width_are_the_same_name(manager):
    """"Douyin" beside "douyin" (or a full-width "ＤＯＵＹＩＮ") is two platforms no one can
    tell apart in a list, a filter or an imported plan."""
    p = platforms.create_platform(manager, "Douyin Live", PlatformKind.DOUYIN, "#000000")
    for twin in ("douyin live", "DOUYIN LIVE", "ＤＯＵＹＩＮ ＬＩＶＥ"):
        with pytest.raises(ValidationError) as err:
            platforms.create_platform(manager, twin, PlatformKind.DOUYIN, "#000000")
        assert "already a platform called Douyin Live" in str(err.value)
    weibo = next(x for x in platforms.list_platforms() if x.kind is PlatformKind.WEIBO)
    with pytest.raises(ValidationError):
        platforms.update_platform(manager, weibo.id, weibo.version, name="douyin live",
                                  kind=weibo.kind, colour=weibo.colour)
    # Its own name in another case is a rename, not a clash.
    p = platforms.update_platform(manager, p.id, p.version, name="douyin live",
                                  kind=p.kind, colour=p.colour)
    assert p.name == "douyin live"
    platforms.create_column(manager, p.id, "Daily")
    with pytest.raises(ValidationError) as err:
        platforms.create_column(manager, p.id, "daily")
    assert "already has a column called Daily" in str(err.value)


def test_the_set_up_list_takes_no_two_platforms_of_one_name(db):
    from tests.conftest import MANAGER_PASSWORD

    twins = [platforms.PlatformSpec("Bilibili", PlatformKind.OTHER, "#00A1D6"),
             platforms.PlatformSpec("ｂｉｌｉｂｉｌｉ", PlatformKind.OTHER, "#00A1D6")]
    with pytest.raises(ValidationError):
        users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, twins)
    assert users.needs_setup() and platforms.list_platforms() == []  # nothing half made


def test_columns_belong_to_a_platform(manager):
    wechat = platforms.list_platforms()[1]
    c = platforms.create_column(manager, wechat.id, "每周精选", "周一推送")
    platforms.create_column(manager, wechat.id, "行业资讯")
    assert [x.name for x in platforms.list_columns(wechat.id)] == sorted(["每周精选", "行业资讯"])
    assert platforms.get_platform(wechat.id).column_count == 2
    with pytest.raises(ValidationError) as err:
        platforms.create_column(manager, wechat.id, "每周精选")
    assert "already has a column called 每周精选" in str(err.value)
    # The same name on another platform is fine.
    platforms.create_column(manager, platforms.list_platforms()[0].id, "每周精选")
    c = platforms.set_column_active(manager, c.id, c.version, False)
    assert not c.active and platforms.get_platform(wechat.id).column_count == 1
    # One platform's or everyone's, with or without the inactive ones (these go last).
    assert [x.name for x in platforms.list_columns(wechat.id)] == ["行业资讯", "每周精选"]
    assert [x.name for x in platforms.list_columns(wechat.id, include_inactive=False)] == [
        "行业资讯"]
    assert [(x.name, x.active) for x in platforms.list_columns()] == [
        ("每周精选", True), ("行业资讯", True), ("每周精选", False)]
    assert [x.name for x in platforms.list_columns(include_inactive=False)] == [
        "每周精选", "行业资讯"]


def test_nobody_but_the_manager_changes_platforms_or_columns(manager, specialist):
    p = platforms.list_platforms()[0]
    with pytest.raises(PermissionDenied):
        platforms.create_platform(specialist, "B站", PlatformKind.OTHER, "#00A1D6")
    with pytest.raises(PermissionDenied):
        platforms.update_platform(specialist, p.id, p.version, name="x", kind=p.kind,
                                  colour=p.colour)
    with pytest.raises(PermissionDenied):
        platforms.create_column(specialist, p.id, "x")
    assert platforms.get_platform(p.id).name == p.name


def test_a_stale_platform_edit_is_refused(manager):
    p = platforms.list_platforms()[3]
    platforms.update_platform(manager, p.id, p.version, name="新浪微博", kind=p.kind,
                              colour=p.colour)
    with pytest.raises(ConflictError) as err:
        platforms.update_platform(manager, p.id, p.version, name="微博!", kind=p.kind,
                                  colour=p.colour)
    assert "王芳 changed this" in str(err.value)
    assert platforms.get_platform(p.id).name == "新浪微博"


def test_default_names_follow_the_language():
    from models import i18n

    try:
        i18n.set_translator(lambda ctx, text: {"WeChat official account": "微信公众号"}.get(text, text))
        names = [s.name for s in platforms.default_specs()]
    finally:
        i18n.set_translator(None)
    assert names[1] == "微信公众号" and names[0] == "Official website"


def test_the_set_up_list_of_platforms_cannot_be_added_to_afterwards(manager):
    """``create_initial`` makes the set-up's platforms, without the manager's check: once
    the team has its platforms, nobody (read-only staff included) adds any through it."""
    reader = users.create_user(manager, "zhoumin", "周敏", "设计部", [], "password-1")
    before = platforms.list_platforms()
    for who in (reader, manager):
        with pytest.raises(PermissionDenied):
            platforms.create_initial(
                who, [platforms.PlatformSpec("私人小号", PlatformKind.WEIBO, "#123456")])
    assert platforms.list_platforms() == before


def test_a_team_set_up_without_platforms_gets_them_from_the_manager_alone(db):
    """A set-up may name no platforms; read-only staff then added some through
    ``create_initial``, with no audit entry."""
    from tests.conftest import MANAGER_PASSWORD

    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, [])
    reader = users.create_user(manager, "zhoumin", "周敏", "设计部", [], "password-1")
    with pytest.raises(PermissionDenied):
        platforms.create_initial(
            reader, [platforms.PlatformSpec("私人小号", PlatformKind.WEIBO, "#123456")])
    assert platforms.list_platforms() == []
