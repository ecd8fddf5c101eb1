"""The demo database: a realistic team with Chinese names, RULES.md's platforms and columns.

``python main.py --demo`` builds one in a temporary directory and lets a
visitor log in as any member without a password (only a database marked as a
demo allows that).  Its content calendar (posts and events around today, with
a few deliberate gaps so the warnings show) comes from ``models.demo_calendar``.  The start-up benchmark enlarges it with ``extra_users``
and ``audit_events``.
"""
from __future__ import annotations

import datetime as _dt
import json
import random

from models import audit, db, settings, users
from models.platforms import DEFAULT_PLATFORMS, Platform, PlatformColumn, PlatformKind
from models.roles import Role
from models.timeutil import utcnow

DEMO_PASSWORD = "demo-2026"

# login, name, department, roles
TEAM = [
    ("wangfang", "王芳", "新媒体运营部", [Role.OPERATIONS_MANAGER, Role.ACCOUNT_ADMINISTRATOR]),
    ("zhaogang", "赵刚", "总经办", [Role.GENERAL_MANAGER]),
    ("lina", "李娜", "新媒体运营部", [Role.CONTENT_SPECIALIST]),
    ("zhangwei", "张伟", "新媒体运营部", [Role.CHANNEL_SPECIALIST]),
    ("chenjing", "陈静", "新媒体运营部", [Role.PROMOTION_SPECIALIST]),
    ("liuyang", "刘洋", "新媒体运营部", [Role.CUSTOMER_SERVICE]),
    ("sunli", "孙丽", "新媒体运营部", [Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST]),
    ("zhoumin", "周敏", "设计部", []),
]

PLATFORM_NAMES = {
    PlatformKind.WEBSITE: "官网",
    PlatformKind.WECHAT_OA: "微信公众号",
    PlatformKind.MINI_PROGRAM: "小程序",
    PlatformKind.WEIBO: "微博",
    PlatformKind.DOUYIN: "抖音",
    PlatformKind.XIAOHONGSHU: "小红书",
    PlatformKind.ZHIHU: "知乎",
    PlatformKind.BAIJIAHAO: "百家号",
    PlatformKind.SOHU: "搜狐号",
    PlatformKind.BAIDU_ZHIDAO: "百度知道",
    PlatformKind.TOUTIAO: "今日头条",
    PlatformKind.QZONE: "QQ空间",
}

COLUMNS = {
    PlatformKind.WEBSITE: [("公司新闻", "公司动态与重大新闻"), ("行业资讯", "行业新闻与政策解读"),
                           ("招聘信息", "招聘公告，每日更新")],
    PlatformKind.WECHAT_OA: [("每周精选", "周一推送上周要闻"), ("行业资讯", "行业新闻速递"),
                             ("节日问候", "法定节日与节气海报")],
    PlatformKind.MINI_PROGRAM: [("动态", "每日更新的公司动态"), ("招聘", "招聘专区，每日更新")],
    PlatformKind.WEIBO: [("热点话题", "跟进行业热点"), ("节日问候", "")],
    PlatformKind.DOUYIN: [("产品短视频", "产品与项目介绍短视频")],
    PlatformKind.XIAOHONGSHU: [("干货分享", "行业小知识")],
    PlatformKind.ZHIHU: [("专业问答", "回答行业相关问题")],
}

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"


def build(url: str, *, extra_users: int = 0, audit_events: int = 0, seed: int = 2026,
          calendar: bool = True, today: _dt.date | None = None) -> None:
    """Create a demo database at ``url`` (which must be empty) and mark it as a demo.

    ``calendar``: also plan a month of posts and two events around ``today`` (default:
    this PC's date; see ``models.demo_calendar``).
    """
    db.connect(url)
    if not users.needs_setup():
        raise RuntimeError("the demo database must be built on an empty database")
    rng = random.Random(seed)
    database = db.database
    password_hash = users.hash_password(DEMO_PASSWORD)  # one hash: building stays fast
    with database.atomic():
        manager_id = None
        for login, name, dept, roles in TEAM:
            row = users.User.create(login=login, display_name=name, department=dept,
                                    password_hash=password_hash)
            manager_id = manager_id or row.id
            for role in roles:
                users.UserRole.create(user=row.id, role=role.value)
        all_roles = [Role.CONTENT_SPECIALIST, Role.CHANNEL_SPECIALIST, Role.PROMOTION_SPECIALIST,
                     Role.CUSTOMER_SERVICE]
        for i in range(extra_users):
            name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", rng.choice(_GIVEN)))
            row = users.User.create(login=f"staff{i + 1:03d}", display_name=name,
                                    department="新媒体运营部", password_hash=password_hash)
            users.UserRole.create(user=row.id, role=rng.choice(all_roles).value)
        for order, (kind, colour) in enumerate(DEFAULT_PLATFORMS):
            p = Platform.create(name=PLATFORM_NAMES[kind], kind=kind.value, colour=colour,
                                sort_order=order, updated_by=manager_id)
            for col_name, desc in COLUMNS.get(kind, []):
                PlatformColumn.create(platform=p.id, name=col_name, description=desc,
                                      updated_by=manager_id)
        settings.mark_demo()
        settings.TeamSetting.create(key="team.name", value=json.dumps("新媒体运营部",
                                                                      ensure_ascii=False))
        if calendar:
            from models import demo_calendar

            demo_calendar.fill(rng, today or _dt.date.today())
        if audit_events:
            _fill_audit(rng, audit_events)


def _fill_audit(rng: random.Random, count: int) -> None:
    """Plenty of history, as a busy team builds up in a couple of years."""
    user_rows = list(users.User.select(users.User.id, users.User.display_name).tuples())
    actions = ["login.succeeded", "user.updated", "platform.updated", "column.updated",
               "setting.changed", "password.changed"]
    start = utcnow() - _dt.timedelta(days=730)
    step = _dt.timedelta(days=730) / max(count, 1)
    batch = []
    for i in range(count):
        uid, name = rng.choice(user_rows)
        batch.append({"at": start + step * i, "actor": uid, "actor_name": name,
                      "action": rng.choice(actions), "object_type": "user",
                      "object_id": str(uid), "detail": ""})
        if len(batch) == 500:
            audit.AuditEvent.insert_many(batch).execute()
            batch = []
    if batch:
        audit.AuditEvent.insert_many(batch).execute()
