"""The planning rules' "Monthly" tab (rules C5 and C7) and the month's lines in the
calendar's warnings, driven as the operations manager and a writer would."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt

from models import platforms, settings
from models.platforms import PlatformKind
from models.posts import Post, PostCategory
from models.roles import Role
from tests.views.test_post_editor import click, open_rules, platform, set_spin
from views.monthly_rules import BY_ROLE
from views.planning_rules import MONTHLY_TAB

LEFT = Qt.MouseButton.LeftButton


def monthly_tab(qtbot, user):
    dialog = open_rules(qtbot, user)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(MONTHLY_TAB).center())
    assert dialog.tabs.currentWidget() is dialog.monthly
    return dialog, dialog.monthly


def test_the_manager_sets_the_column_check_a_role_s_quota_and_a_person_s_own(qtbot, team):
    dialog, page = monthly_tab(qtbot, team.manager)
    # The defaults (C5: each column once a month; C7's example: 2 pieces a person).
    assert page.column_posts.value() == 1
    assert page.role_spins[Role.CONTENT_SPECIALIST].value() == 2
    assert page.role_spins[Role.OPERATIONS_MANAGER].text() == "No quota"
    lina = page.person_spins[team.lina.id]
    assert lina.value() == BY_ROLE and lina.text() == "As their roles (2)"
    assert set(page.person_spins) == {team.manager.id, team.colleague.id, team.lina.id,
                                      team.zhangwei.id}  # everyone who writes, no one else

    set_spin(qtbot, page.role_spins[Role.CONTENT_SPECIALIST], 3)
    assert lina.text() == "As their roles (3)"  # follows her role's number at once
    set_spin(qtbot, page.person_spins[team.zhangwei.id], 5)
    set_spin(qtbot, page.column_posts, 0)
    assert page.column_posts.text() == "Not checked"
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    stored = settings.monthly_rules()
    assert stored.column_posts == 0
    assert stored.role_quotas["content_specialist"] == 3
    assert stored.person_quotas == {team.zhangwei.id: 5}  # "As their roles": none of her own

    again, page = monthly_tab(qtbot, team.manager)  # opens on what was saved
    assert page.person_spins[team.zhangwei.id].value() == 5
    assert page.role_spins[Role.CONTENT_SPECIALIST].value() == 3


def test_a_writer_sees_the_numbers_and_changes_none(qtbot, team):
    dialog, page = monthly_tab(qtbot, team.lina)
    assert dialog.save_button is None
    spins = [page.column_posts, *page.role_spins.values(), *page.person_spins.values()]
    assert spins and not any(spin.isEnabled() for spin in spins)


def test_a_colleague_s_save_meanwhile_is_named_and_their_numbers_shown(qtbot, team):
    website = platform(PlatformKind.WEBSITE)
    dialog, page = monthly_tab(qtbot, team.manager)
    settings.set_monthly(team.colleague, 4, {Role.CONTENT_SPECIALIST: 6}, {}, 0)  # 刘洋
    set_spin(qtbot, page.column_posts, 2)
    dialog.tabs.setCurrentIndex(0)
    set_spin(qtbot, dialog.limit_rows[website.id].title, 40)
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.message_text().startswith("Monthly rules: ")
    assert "刘洋" in dialog.message_text()
    assert dialog.tabs.currentIndex() == MONTHLY_TAB
    assert page.column_posts.value() == 4  # the colleague's numbers
    assert page.role_spins[Role.CONTENT_SPECIALIST].value() == 6
    assert dialog.limit_rows[website.id].title.value() == 40  # my other edit stays
    from models import cadence_rules

    assert cadence_rules.get_limits(website.id).version == 0  # and nothing was saved
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert cadence_rules.get_limits(website.id).title_max == 40
    assert settings.monthly_rules().column_posts == 4


def test_after_a_conflict_the_quotas_i_typed_stay_beside_the_colleagues(qtbot, team):
    """I set the promotion specialists' quota to 5 and 李娜's own to 9; 刘洋 meanwhile
    saves only a different column check, 3.  The whole tab was reset to his numbers, mine
    lost; now it shows his 3 and my 5 and 9."""
    dialog, page = monthly_tab(qtbot, team.manager)
    set_spin(qtbot, page.role_spins[Role.PROMOTION_SPECIALIST], 5)
    set_spin(qtbot, page.person_spins[team.lina.id], 9)
    now = settings.monthly_rules()  # as his dialog saves it: only the column check changed
    settings.set_monthly(team.colleague, 3, now.role_quotas, now.person_quotas, 0)
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert "刘洋" in dialog.message_text()
    assert page.column_posts.value() == 3
    assert page.role_spins[Role.PROMOTION_SPECIALIST].value() == 5
    assert page.person_spins[team.lina.id].value() == 9
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    stored = settings.monthly_rules()
    assert stored.column_posts == 3 and stored.person_quotas[team.lina.id] == 9
    assert stored.role_quotas[Role.PROMOTION_SPECIALIST.value] == 5


def test_the_month_view_lists_its_columns_and_quotas_and_a_line_jumps_to_the_1st(qtbot, team):
    """Rules C5 and C7 in the warnings of the month view; the week view holds no whole
    month and shows none."""
    from models.cadence import format_month
    from tests.views.test_calendar_screen import future_month, open_calendar

    first = future_month()
    wechat = platform(PlatformKind.WECHAT_OA)
    platforms.create_column(team.manager, wechat.id, "公司动态")
    Post.insert(platform=wechat.id, title="早报", writer=team.lina.id,
                planned_at=_dt.datetime.combine(first, _dt.time(4)),
                category=PostCategory.GENERAL.value).execute()
    screen = open_calendar(qtbot, team.manager, first + _dt.timedelta(days=14))
    qtbot.waitUntil(lambda: screen.check is not None)
    month = format_month(first)
    expected = [f"WeChat official account · 公司动态: no post planned in {month} "
                f"(rule C5: each column every month)",
                f"李娜: 1 of 2 pieces planned in {month} (rule C7)",
                f"张伟: no piece planned in {month}, the quota is 2 (rule C7)"]
    texts = screen.warnings_list.texts()
    assert [t for t in texts if "(rule C5" in t or "(rule C7)" in t] == expected
    item = screen.warnings_list.findItems(expected[1], Qt.MatchFlag.MatchExactly)[0]
    rect = screen.warnings_list.visualItemRect(item)
    screen.warnings_list.scrollToItem(item)
    rect = screen.warnings_list.visualItemRect(item)
    qtbot.mouseClick(screen.warnings_list.viewport(), LEFT, pos=rect.center())
    assert screen.anchor == first  # the month's lines jump to its first day

    screen.set_mode("week")
    qtbot.waitUntil(lambda: screen.check is not None and screen.check.first_day.weekday() == 0
                    and (screen.check.last_day - screen.check.first_day).days == 6)
    assert not [t for t in screen.warnings_list.texts() if "(rule C5" in t or "(rule C7)" in t]
