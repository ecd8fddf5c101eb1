"""Rules C5 (each fixed column checked and refreshed every month) and C7 (monthly
submission quotas, a setting per person or role).

The pure rules (``cadence.monthly_shortfalls``) and the service (``planning.check``,
``settings.set_monthly``) on SQLite and PostgreSQL (the ``db`` fixture).
"""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, cadence, planning, platforms, settings, users
from models.cadence import FixedColumn, MonthlyRules, PlannedPost, Writer
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.posts import Post, PostCategory, PostStatus
from models.roles import Role

D = dt.date
T = dt.datetime

NEWS = FixedColumn(11, "公司动态", 1, "微信公众号")
JOBS = FixedColumn(12, "招聘信息", 1, "微信公众号")
LINA = Writer(21, "李娜", 2)
CHEN = Writer(22, "陈静", 0)  # no quota: never judged


def post(pid, day, *, column=None, writer=21, status="draft", family=None, published=None):
    return PlannedPost(pid, 1, "general", T.combine(day, dt.time(9)), published, status,
                       None, column, writer, family if family is not None else pid)


# -- the pure rules ------------------------------------------------------------------------

def test_only_months_lying_whole_inside_the_range_are_judged():
    assert cadence.whole_months(D(2026, 11, 30), D(2027, 1, 10)) == [D(2026, 12, 1)]
    assert cadence.whole_months(D(2026, 12, 1), D(2027, 2, 28)) == [
        D(2026, 12, 1), D(2027, 1, 1), D(2027, 2, 1)]
    assert cadence.whole_months(D(2026, 12, 7), D(2026, 12, 13)) == []  # a week: none
    assert cadence.whole_months(D(2024, 2, 1), D(2024, 2, 28)) == []  # a leap February cut
    assert cadence.whole_months(D(2099, 12, 1), D(2099, 12, 31)) == [D(2099, 12, 1)]
    # The week view's range: no month, so no monthly line at all.
    assert cadence.monthly_shortfalls([NEWS], [LINA], [], D(2026, 12, 7), D(2026, 12, 13)) == []


def test_a_column_without_its_post_and_a_writer_short_of_her_quota_are_named():
    found = cadence.monthly_shortfalls(
        [NEWS, JOBS], [LINA, CHEN],
        [post(1, D(2026, 12, 3), column=NEWS.column_id),
         post(2, D(2026, 11, 30), column=JOBS.column_id),  # November's: not December's
         post(3, D(2026, 12, 9), column=JOBS.column_id, status="returned")],  # off the plan
        D(2026, 11, 30), D(2027, 1, 10))
    assert [(m.rule, m.month, m.subject_id, m.required, m.planned) for m in found] == [
        ("C5", D(2026, 12, 1), JOBS.column_id, 1, 0),
        ("C7", D(2026, 12, 1), LINA.user_id, 2, 1)]
    assert [m.describe() for m in found] == [
        "微信公众号 · 招聘信息: no post planned in December 2026 (rule C5: each column every "
        "month)",
        "李娜: 1 of 2 pieces planned in December 2026 (rule C7)"]
    assert found[1].first_day == D(2026, 12, 1) and found[1].last_day == D(2026, 12, 31)


def test_a_piece_copied_to_other_platforms_counts_once_for_its_writer():
    copies = [post(1, D(2026, 12, 3)), post(2, D(2026, 12, 3), family=1),
              post(3, D(2026, 12, 4), family=1)]
    (short,) = cadence.monthly_shortfalls([], [LINA], copies, D(2026, 12, 1), D(2026, 12, 31))
    assert (short.rule, short.planned) == ("C7", 1)
    # A second piece of her own meets the quota; a colleague's post does not count for her.
    more = [*copies, post(4, D(2026, 12, 20)), post(5, D(2026, 12, 21), writer=22)]
    assert cadence.monthly_shortfalls([], [LINA], more, D(2026, 12, 1), D(2026, 12, 31)) == []


def test_a_published_post_counts_in_the_month_it_was_published():
    late = post(1, D(2026, 11, 28), column=NEWS.column_id,
                published=T(2026, 12, 2, 10), status="published")
    assert cadence.monthly_shortfalls([NEWS], [], [late], D(2026, 12, 1), D(2026, 12, 31)) == []
    (nov,) = cadence.monthly_shortfalls([NEWS], [], [late], D(2026, 11, 1), D(2026, 11, 30))
    assert nov.describe().startswith("微信公众号 · 公司动态: no post planned in November 2026")


def test_more_posts_a_column_and_no_check_at_all():
    one = [post(1, D(2026, 12, 3), column=NEWS.column_id)]
    (short,) = cadence.monthly_shortfalls([NEWS], [], one, D(2026, 12, 1), D(2026, 12, 31),
                                          column_posts=2)
    assert short.describe() == ("微信公众号 · 公司动态: 1 of 2 posts planned in December 2026 "
                                "(rule C5)")
    assert cadence.monthly_shortfalls([NEWS], [], [], D(2026, 12, 1), D(2026, 12, 31),
                                      column_posts=0) == []


def test_a_person_s_own_quota_replaces_her_roles_and_0_frees_her():
    rules = MonthlyRules(1, {"content_specialist": 2, "promotion_specialist": 3}, {7: 5, 8: 0})
    both = [Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST]
    assert rules.quota_of(6, both) == 3  # the largest of her roles'
    assert rules.quota_of(7, both) == 5 and rules.quota_of(8, both) == 0
    assert rules.quota_of(6, [Role.CUSTOMER_SERVICE]) == 0


# -- the service, on both databases -------------------------------------------------------------

def put(platform, day, writer, *, column=None, status=PostStatus.DRAFT, origin=None) -> int:
    return Post.insert(platform=platform.id, title="行业资讯速递", writer=writer.id,
                       status=PostStatus(status).value, column=column,
                       planned_at=T.combine(day, dt.time(1)), origin=origin,
                       category=PostCategory.GENERAL.value).execute()


@pytest.fixture
def columns(team):
    """Two fixed columns of the WeChat official account, one of Weibo's; the C1/C2 rules of
    the platforms are left out of these checks (each test asks for its monthly lines)."""
    t = team
    t.news = platforms.create_column(t.manager, t.wechat.id, "公司动态")
    t.jobs = platforms.create_column(t.manager, t.wechat.id, "招聘信息")
    t.topics = platforms.create_column(t.manager, t.weibo.id, "热点话题")
    return t


def monthly_lines(first, last):
    return [m.describe() for m in planning.check(first, last, today=D(2025, 6, 1)).monthly]


def test_the_month_grid_names_each_column_and_writer_short_in_its_month(columns):
    t = columns
    put(t.wechat, D(2025, 7, 3), t.lina, column=t.news.id)
    put(t.weibo, D(2025, 7, 9), t.lina, column=t.topics.id)
    put(t.wechat, D(2025, 6, 30), t.chenjing, column=t.jobs.id)  # the grid's June day
    put(t.wechat, D(2025, 7, 15), t.chenjing, column=t.jobs.id, status=PostStatus.RETURNED)
    grid = planning.check(D(2025, 6, 30), D(2025, 8, 10), today=D(2025, 6, 1))
    assert [m.describe() for m in grid.monthly] == [
        "WeChat official account · 招聘信息: no post planned in July 2025 (rule C5: each "
        "column every month)",
        "陈静: no piece planned in July 2025, the quota is 2 (rule C7)",
    ]  # 李娜 wrote two pieces; the operations manager has no quota by default
    # In date order, the month's lines on its first day, before that day's own (C2) lines.
    lines, month = grid.problems, [m.describe() for m in grid.monthly]
    first = lines.index(month[0])
    assert grid.has_problems and lines[first:first + 2] == month
    assert all("2025-06-30" in line for line in lines[:first])
    assert "2025-07-01" in lines[first + 2]
    assert planning.check(D(2025, 7, 7), D(2025, 7, 13), today=D(2025, 6, 1)).monthly == []


def test_columns_and_people_no_longer_in_use_are_not_judged(columns):
    t = columns
    platforms.set_column_active(t.manager, t.jobs.id, t.jobs.version, False)
    weibo = platforms.get_platform(t.weibo.id)
    platforms.update_platform(t.manager, weibo.id, weibo.version, name=weibo.name,
                              kind=weibo.kind, colour=weibo.colour, active=False)
    users.set_user_active(t.manager, t.chenjing.id, users.get_user(t.chenjing.id).version, False)
    assert monthly_lines(D(2025, 7, 1), D(2025, 7, 31)) == [
        "WeChat official account · 公司动态: no post planned in July 2025 (rule C5: each "
        "column every month)",
        "李娜: no piece planned in July 2025, the quota is 2 (rule C7)"]


def test_the_operations_manager_sets_the_numbers_and_everyone_s_check_follows(columns):
    t = columns
    assert settings.monthly_version() is None
    version = settings.set_monthly(t.manager, 0, {Role.CONTENT_SPECIALIST: 1,
                                                  Role.PROMOTION_SPECIALIST: 2},
                                   {t.chenjing.id: 0, t.manager.id: 1}, 0)
    assert version == 1
    put(t.wechat, D(2025, 7, 3), t.lina)
    # C5 off; 李娜 meets her role's 1; 陈静 is freed; 王芳 owes her own 1.
    assert monthly_lines(D(2025, 7, 1), D(2025, 7, 31)) == [
        "王芳: no piece planned in July 2025, the quota is 1 (rule C7)"]
    stored = settings.monthly_rules()
    assert stored.person_quotas == {t.chenjing.id: 0, t.manager.id: 1}
    assert stored.role_quotas == {"content_specialist": 1, "promotion_specialist": 2}
    (event,) = audit.recent(limit=1, object_type="setting")
    assert event.action == "setting.changed" and event.object_id == settings.MONTHLY_KEY


def test_only_the_operations_manager_changes_them_and_a_colleague_s_save_is_named(columns):
    t = columns
    with pytest.raises(PermissionDenied):
        settings.set_monthly(t.lina, 1, {}, {}, 0)
    settings.set_monthly(t.manager, 2, {}, {}, 0)
    with pytest.raises(ConflictError) as error:  # started from the defaults, saved meanwhile
        settings.set_monthly(t.manager, 3, {}, {}, 0)
    assert "王芳" in str(error.value)
    assert settings.monthly_rules().column_posts == 2


@pytest.mark.parametrize("column_posts, roles, people", [
    (-1, {}, {}), (101, {}, {}), (1.5, {}, {}), (True, {}, {}),
    (1, {"juggler": 2}, {}), (1, {"content_specialist": "2"}, {}),
    (1, {}, {"abc": 2}), (1, {}, {0: 2}), (1, {}, {5: 200}),
])
def test_numbers_that_cannot_be_stored_are_refused_and_nothing_changes(columns, column_posts,
                                                                      roles, people):
    with pytest.raises(ValidationError) as error:
        settings.set_monthly(columns.manager, column_posts, roles, people, 0)
    assert str(error.value)
    assert settings.monthly_version() is None
    assert settings.monthly_rules() == MonthlyRules(
        1, {"content_specialist": 2, "channel_specialist": 2, "promotion_specialist": 2,
            "operations_manager": 0}, {})
