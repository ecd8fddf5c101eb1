"""The content calendar driven as a person would: drags with the mouse, the keyboard way,
undo and redo, refusals, filters, warnings (rules C1-C4, P5; issue 3)."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer

from models import posts as post_service
from models.posts import Post, PostCategory, PostFields, PostStatus
from models.timeutil import to_local_naive
from tests.ui.conftest import show_and_activate
from views.calendar_grid import SLOTS_PER_DAY


def future_month() -> _dt.date:
    """The first of the month after next: its whole month grid lies in the future."""
    first = _dt.date.today().replace(day=1)
    return (first + _dt.timedelta(days=62)).replace(day=1)


def local(day: _dt.date, hour: int, minute: int = 0) -> _dt.datetime:
    return _dt.datetime.combine(day, _dt.time(hour, minute))


def utc(day: _dt.date, hour: int, minute: int = 0) -> _dt.datetime:
    from views.calendar import to_utc

    return to_utc(local(day, hour, minute))


def platform_id(name: str) -> int:
    from models.platforms import list_platforms

    return next(p.id for p in list_platforms() if p.name == name)


def make_post(user, title: str, when: _dt.datetime | None, platform: str = "微信公众号",
              **extra):
    return post_service.create_post(user, PostFields(platform_id=platform_id(platform),
                                                     title=title, planned_at=when, **extra))


def open_calendar(qtbot, user, day: _dt.date | None = None, mode: str = "month"):
    from views.calendar import CalendarScreen

    screen = CalendarScreen(user)
    screen.resize(1280, 820)
    show_and_activate(qtbot, screen)
    screen.set_mode(mode)
    if day is not None:
        screen.jump_to(day)
    qtbot.wait(1)
    return screen


def drag(qtbot, source, start: QPoint, target_widget, end: QPoint) -> None:
    """Press on ``source`` at ``start``, move in steps to ``end`` on ``target_widget``
    (the mouse stays grabbed by the pressed widget, as on a desktop), release there."""
    end_in_source = source.mapFromGlobal(target_widget.mapToGlobal(end))
    qtbot.mousePress(source, Qt.MouseButton.LeftButton, pos=start)
    steps = 4
    for i in range(1, steps + 1):
        point = start + (end_in_source - start) * (i / steps)
        qtbot.mouseMove(source, point)
    qtbot.mouseRelease(source, Qt.MouseButton.LeftButton, pos=end_in_source)


def planned(post_id: int) -> _dt.datetime | None:
    return post_service.get_post(post_id).planned_at


@pytest.fixture
def team(sqlite_db):
    """The screen tests' team (tests/views/conftest.py), with the platforms named in Chinese
    as the team's set-up dialog names them in a Chinese session."""
    from models import users
    from models.demo import PLATFORM_NAMES
    from models.platforms import DEFAULT_PLATFORMS, PlatformSpec
    from models.roles import Role
    from tests.conftest import MANAGER_PASSWORD
    from tests.views.conftest import MEMBER_PASSWORD, Team

    specs = [PlatformSpec(PLATFORM_NAMES[kind], kind, colour) for kind, colour in DEFAULT_PLATFORMS]
    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, specs)
    members = [users.create_user(manager, login, name, "新媒体运营部", [role], MEMBER_PASSWORD)
               for login, name, role in (("liuyang", "刘洋", Role.OPERATIONS_MANAGER),
                                         ("lina", "李娜", Role.CONTENT_SPECIALIST),
                                         ("zhangwei", "张伟", Role.CHANNEL_SPECIALIST))]
    return Team(manager, *members)


@pytest.fixture
def month():
    return future_month()


@pytest.fixture
def lina_post(team, month):
    day = month + _dt.timedelta(days=9)
    return make_post(team.lina, "双十一活动预告", utc(day, 10, 30))


@pytest.fixture
def settings_isolated(qapp, tmp_path):
    QSettings().clear()
    yield
    QSettings().clear()


pytestmark = pytest.mark.usefixtures("settings_isolated")


# -- seeing ----------------------------------------------------------------------------------

def test_month_view_shows_each_post_as_a_card_on_its_day(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    rect = grid.card_rect(lina_post.id)
    assert rect is not None, "the post's card is drawn"
    day = month + _dt.timedelta(days=9)
    assert grid.cell_rect(day).contains(rect.center())
    assert "双十一活动预告" in grid.tooltip_at(rect.center())
    assert "10:30" in grid.tooltip_at(rect.center())
    assert screen.title_label.text()


def test_event_names_are_readable_in_a_light_and_in_a_dark_theme(qtbot, team, theme):
    from PySide6.QtGui import QColor

    from tests.conftest import contrast

    look = open_calendar(qtbot, team.manager).look
    # The names are drawn on a band of the same colour, see-through over the day.
    a = look.event_fill.alphaF()
    band = QColor.fromRgbF(*(a * f + (1 - a) * b for f, b in
                             zip(look.event.getRgbF()[:3], look.base.getRgbF()[:3])))
    assert contrast(look.event, band) >= 4.5, (theme, look.event.name(), band.name())


def test_more_posts_than_fit_collapse_into_more_and_open_the_day(qtbot, team, month):
    day = month + _dt.timedelta(days=10)
    ids = [make_post(team.lina, f"稿件 {i}", utc(day, 8 + i)).id for i in range(9)]
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    shown = [i for i in ids if grid.card_rect(i) is not None]
    assert 0 < len(shown) < 9
    more = grid.more_rect(day)
    assert more is not None
    assert f"+{9 - len(shown)}" in screen.look.more_text(9 - len(shown))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more.center())
    assert screen.mode == "week"
    assert all(screen.week_grid.card_rect(i) is not None for i in ids)


def test_a_crowded_half_hour_in_the_week_leads_to_its_hidden_posts(qtbot, team, month):
    """Five posts at 21:00: the week shows two and "+3", whose tooltip names the other three;
    a click shows them in the agenda with the first of them selected (it reopened the week)."""
    day = month + _dt.timedelta(days=10)
    posts = [make_post(team.lina, f"晚间推送 {i}", utc(day, 21, i)) for i in range(5)]
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid = screen.week_grid
    shown = [p for p in posts if grid.card_rect(p.id) is not None]
    hidden = [p for p in posts if p not in shown]
    assert len(shown) == 2 and len(hidden) == 3
    slot = grid.slot_rect(day, 42)
    screen.week_scroll.ensureVisible(0, slot.center().y())
    more = next(rect for rect, _cards in grid._more if rect.intersects(slot))
    tip = grid.tooltip_at(more.center())
    assert "3" in tip and all(p.title in tip for p in hidden), tip
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more.center())
    assert screen.mode == "agenda"
    model = screen.agenda_model
    titles = [model.index(r, model.TITLE).data() for r in range(model.rowCount())]
    assert all(p.title in titles for p in posts)
    assert screen.selected_card().row.id == hidden[0].id


def test_in_a_narrow_week_each_card_shows_some_of_its_title(qtbot, team, month):
    """Three posts in one half-hour in a 109 px day column were three cards with no text
    (a colour bar and a dot), or "第1" with no ellipsis (QA: a busy day). Cards side by
    side keep room for two characters; the others are behind "+N"."""
    day = month + _dt.timedelta(days=10)
    posts = [make_post(team.lina, f"第{i}篇：本周行业要闻速览", utc(day, 10, i)) for i in range(3)]
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid = screen.week_grid
    fm = grid.fontMetrics()
    for width in (1280, 900):  # a wide window: all three; a narrow one: fewer, and "+N"
        screen.resize(width, 820)
        qtbot.wait(1)
        grid.relayout()
        rects = [grid.card_rect(p.id) for p in posts]
        shown = [r for r in rects if r is not None]
        hidden = sum(len(cards) for _rect, cards in grid._more)
        assert shown and len(shown) + hidden == 3, width
        column = grid.column_rect(0).width()
        if len(shown) > 1:
            assert all(r.width() >= 24 + fm.horizontalAdvance("国国") - 2 for r in shown)
        else:  # one card and "+2": the card takes what "+2" leaves
            assert shown[0].width() > column // 2, (width, shown[0].width(), column)
    assert len(shown) == 1 and hidden == 2  # at 900 px


def test_the_week_scrolls_to_follow_the_keyboard(qtbot, team, month):
    """Down from 09:00 to 23:00 with the arrow keys: the focused half-hour stays on screen."""
    screen = open_calendar(qtbot, team.lina, month + _dt.timedelta(days=10), mode="week")
    grid = screen.week_grid
    grid.setFocus()
    start = grid.focus_slot
    for _ in range(SLOTS_PER_DAY - 2 - start):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.focus_slot == SLOTS_PER_DAY - 2
    visible = grid.visibleRegion().boundingRect()
    assert visible.contains(grid.slot_rect(grid.focus_day, grid.focus_slot)), visible
    for _ in range(SLOTS_PER_DAY - 2):
        qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.focus_slot == 0
    assert grid.visibleRegion().boundingRect().contains(grid.slot_rect(grid.focus_day, 0))


def test_clicking_a_day_heading_of_the_week_goes_to_that_days_first_post(qtbot, team, month):
    day = month + _dt.timedelta(days=10)
    other = day + _dt.timedelta(days=2) if day.weekday() < 5 else day - _dt.timedelta(days=2)
    make_post(team.lina, "晚间推送", utc(other, 21, 0))
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid, header = screen.week_grid, screen.week_header
    column = header._column(grid.days().index(other))
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton, pos=column.center())
    assert grid.focus_day == other
    assert grid.focus_slot == 42  # 21:00
    assert grid.hasFocus()
    assert grid.visibleRegion().boundingRect().contains(grid.slot_rect(other, 42))


def test_agenda_lists_the_month_and_its_model_is_sound(qtbot, qtmodeltester, team, month,
                                                       lina_post):
    screen = open_calendar(qtbot, team.lina, month, mode="agenda")
    model = screen.agenda_model
    qtmodeltester.check(model)
    titles = [model.index(r, model.TITLE).data() for r in range(model.rowCount())]
    assert titles == ["双十一活动预告"]


def test_agenda_columns_fit_their_values_and_keep_a_width_a_person_chose(qtbot, team, month,
                                                                         in_chinese):
    """In Chinese every stage, platform and category reads in full (the longest stage,
    "待总经理确认", used to be cut to "待总经理…"), and the title has the room the others
    do not need; a column a person widened keeps its width when the list is read again."""
    from models import workflow
    from models.posts import PostCategory

    make_post(team.lina, "公司新办公区正式启用", utc(month + _dt.timedelta(days=3), 10),
              platform="微信公众号")
    screen = open_calendar(qtbot, team.lina, month, mode="agenda")
    view, model = screen.agenda_view, screen.agenda_model
    header, fm = view.horizontalHeader(), view.fontMetrics()
    assert workflow.Stage.AWAITING_CONFIRMATION.label == "待总经理确认"
    for section, texts in ((model.STATUS, [s.label for s in workflow.Stage]),
                           (model.CATEGORY, [c.label for c in PostCategory]),
                           (model.PLATFORM, list(screen.look.platform_names.values()))):
        widest = max(fm.horizontalAdvance(t) for t in texts)
        assert widest < header.sectionSize(section), (section, widest)
    others = [header.sectionSize(s) for s in range(model.columnCount()) if s != model.TITLE]
    assert header.sectionSize(model.TITLE) > max(others)
    header.resizeSection(model.WRITER, 222)
    screen.refresh()
    assert header.sectionSize(model.WRITER) == 222


def test_with_long_names_the_agenda_title_keeps_its_room_and_it_opens_at_the_day(
        qtbot, team, month):
    """Three years on, with 60-character column names and 100-character writers, the title
    was left 45 px ("第5…") and, in English, the columns ran past the list; the agenda
    opened at the 1st, 250 rows from the day looked at (QA: three years of use)."""
    from models import platforms, users
    from tests.views.conftest import MEMBER_PASSWORD

    wechat = next(p for p in platforms.list_platforms() if p.name == "微信公众号")
    column = platforms.create_column(team.manager, wechat.id, "行业深度观察与政策解读系列" * 4)
    writer = users.create_user(team.manager, "ouyang", "欧阳" * 30, "新媒体运营部",
                               users.get_user(team.lina.id).roles, MEMBER_PASSWORD)
    for day in range(1, 20):
        for hour in (9, 10, 11):
            make_post(writer, f"第{day}篇：本周行业要闻速览", utc(month + _dt.timedelta(days=day),
                                                            hour),
                      platform="微信公众号", column_id=column.id)
    screen = open_calendar(qtbot, team.manager, month)
    target = month + _dt.timedelta(days=15)
    screen.set_mode("agenda", target)
    view, model = screen.agenda_view, screen.agenda_model
    header, em = view.horizontalHeader(), view.fontMetrics().horizontalAdvance("国")
    assert header.sectionSize(model.TITLE) >= em * 16
    assert sum(header.sectionSize(s) for s in range(model.columnCount())) \
        <= view.viewport().width()
    current = model.card(view.currentIndex().row())
    assert current.local.date() == target and current.local.hour == 9
    assert view.currentIndex().row() == 14 * 3
    assert view.rowAt(2) > 0  # scrolled down to it: on top, or as far as the list goes
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    header.resizeSection(model.WRITER, 300)  # a person's width stays
    screen.resize(screen.width() - 100, screen.height())
    qtbot.wait(1)
    assert header.sectionSize(model.WRITER) == 300


def test_the_writer_filter_lists_people_in_pinyin_order(qtbot, team, in_chinese):
    """lǐ, liú, wáng, zhāng; by character code 刘 and 张 would come before 李."""
    screen = open_calendar(qtbot, team.lina)
    assert [text for _key, text in screen.filters["writers"].choices] == [
        "李娜", "刘洋", "王芳", "张伟"]


def test_a_platform_column_or_writer_no_longer_in_use_can_still_be_filtered(qtbot, team):
    """Deactivating a platform left its 39 planned posts in the calendar with no way to
    filter them: the filters listed only what is in use."""
    from models import platforms, users

    website = next(p for p in platforms.list_platforms() if p.name == "官网")
    platforms.set_platform_active(team.manager, website.id, website.version, False)
    lina = users.get_user(team.lina.id)
    users.set_user_active(team.manager, lina.id, lina.version, False)
    screen = open_calendar(qtbot, team.manager)
    shown = [text for _key, text in screen.filters["platforms"].choices]
    assert shown[-1] == "官网 (no longer in use)" and "官网" not in shown[:-1]
    writers = [text for _key, text in screen.filters["writers"].choices]
    assert writers[-1] == "李娜 (deactivated)"
    key = next(k for k, text in screen.filters["platforms"].choices if text.startswith("官网"))
    assert key == website.id


def test_back_from_the_team_screen_the_filters_follow_its_changes(qtbot, team):
    """The filters kept the old list until F5 after a platform was deactivated."""
    from models import platforms

    screen = open_calendar(qtbot, team.manager)
    screen.hide()  # another screen is shown (the main window's stack)
    website = next(p for p in platforms.list_platforms() if p.name == "官网")
    platforms.set_platform_active(team.manager, website.id, website.version, False)
    screen.show()
    assert screen.filters["platforms"].choices[-1][1] == "官网 (no longer in use)"
    website = platforms.get_platform(website.id)
    screen.hide()
    platforms.set_platform_active(team.manager, website.id, website.version, True)
    screen.show()
    assert "官网" in [text for _key, text in screen.filters["platforms"].choices]


# -- dragging ----------------------------------------------------------------------------------

def test_dragging_a_card_to_another_day_keeps_its_time_and_undo_redo(qtbot, team, month,
                                                                      lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    start = grid.card_rect(lina_post.id).center()
    target_day = month + _dt.timedelta(days=12)
    drag(qtbot, grid, start, grid, grid.cell_rect(target_day).center())
    assert planned(lina_post.id) == utc(target_day, 10, 30)
    assert grid.cell_rect(target_day).contains(grid.card_rect(lina_post.id).center())

    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert planned(lina_post.id) == utc(month + _dt.timedelta(days=9), 10, 30)
    assert grid.cell_rect(month + _dt.timedelta(days=9)).contains(
        grid.card_rect(lina_post.id).center())

    qtbot.keyClick(grid, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert planned(lina_post.id) == utc(target_day, 10, 30)


def test_week_view_drop_lands_on_the_half_hour(qtbot, team, month, lina_post):
    day = month + _dt.timedelta(days=9)
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid = screen.week_grid
    rect = grid.card_rect(lina_post.id)
    screen.week_scroll.ensureVisible(0, rect.center().y())
    other_day = day + _dt.timedelta(days=1) if day.weekday() < 6 else day - _dt.timedelta(days=1)
    slot = grid.slot_rect(other_day, 23)  # 11:30
    drag(qtbot, grid, rect.center(), grid, slot.center())
    assert planned(lina_post.id) == utc(other_day, 11, 30)


def test_escape_during_a_drag_leaves_the_post_where_it_was(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    before = planned(lina_post.id)
    start = grid.card_rect(lina_post.id).center()
    end = grid.cell_rect(month + _dt.timedelta(days=12)).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        qtbot.mouseMove(grid, start + (end - start) * (i / 4))
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    assert planned(lina_post.id) == before
    assert grid.cell_rect(month + _dt.timedelta(days=9)).contains(
        grid.card_rect(lina_post.id).center())


def test_unscheduled_draft_is_dragged_onto_the_calendar_and_back(qtbot, team, month):
    draft = make_post(team.lina, "待定的招聘启事", None, category=PostCategory.RECRUITMENT)
    screen = open_calendar(qtbot, team.lina, month)
    panel = screen.unscheduled_panel
    item_rect = panel.item_rect(draft.id)
    assert item_rect is not None
    day = month + _dt.timedelta(days=15)
    grid = screen.month_grid
    drag(qtbot, panel.viewport(), item_rect.center(), grid, grid.cell_rect(day).center())
    assert planned(draft.id) == utc(day, 9, 0), "a post without a time lands at 09:00"
    assert panel.item_rect(draft.id) is None

    drag(qtbot, grid, grid.card_rect(draft.id).center(), panel.viewport(),
         panel.viewport().rect().center())
    assert planned(draft.id) is None
    assert panel.item_rect(draft.id) is not None
    assert grid.card_rect(draft.id) is None


def test_a_new_post_saved_but_not_submitted_is_on_the_calendar(qtbot, team, month):
    """"Save and submit" without a source (rule P5) saves a draft and refuses the submit.
    The draft was missing from the calendar after Cancel, and the writer, thinking it
    lost, wrote it again."""
    from views.post_editor import PostEditor

    screen = open_calendar(qtbot, team.lina, month)
    screen.create_post(None)
    editor = screen.findChild(PostEditor)
    qtbot.waitUntil(editor.isVisible)
    editor.title_edit.setText("待补来源的稿件")
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "rule P5" in editor.message_bar.text()
    editor.reject()  # Cancel: saved already, so nothing is asked
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert screen.unscheduled_panel.item_rect(editor.post.id) is not None


def test_a_day_beyond_those_mediadesk_plans_shows_the_nearest_one(qtbot, team):
    """Go to 9999-12-20: the visible range overflowed, and Today, F5 and the other views
    raised again each time, until a restart.  The calendar goes only as far as the days
    MediaDesk plans, and says so; the date field takes no other."""
    from models.timeutil import LATEST_DAY
    from views.calendar import WEEK
    from views.post_editor import PostEditor

    screen = open_calendar(qtbot, team.lina)
    assert screen.date_edit.maximumDate().toPython() == LATEST_DAY
    screen.jump_to(_dt.date(9999, 12, 20))
    assert screen.anchor == LATEST_DAY
    assert screen.notice.text() == "MediaDesk plans posts from 2000-01-01 to 2099-12-31."
    screen.step(1)  # Next, from December 2099
    assert screen.anchor == LATEST_DAY
    screen.set_mode(WEEK)
    assert screen.visible_days()[0] == _dt.date(2099, 12, 28)
    screen.create_post(_dt.datetime(2100, 1, 2, 10, 0))  # the grid's last days
    assert screen.findChild(PostEditor) is None
    screen.go_today()
    assert screen.anchor == _dt.date.today()


def test_ctrl_2_shows_the_week_of_the_day_the_keyboard_is_on(qtbot, team, month):
    """Arrowed to a day two weeks on, Ctrl+2 showed the week of the month's first days; and
    the posts past a day's last line ("+N more") had no keyboard way to them but the
    agenda."""
    day = month + _dt.timedelta(days=16)
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    grid.setFocus()
    grid.set_focus_day(month)
    for _ in range(16):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.focus_day == day
    qtbot.keyClick(grid, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert screen.mode == "week"
    first, last = screen.visible_days()
    assert first <= day <= last and screen.week_grid.focus_day == day
    assert screen.week_grid.hasFocus()
    qtbot.keyClick(screen.week_grid, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert screen.mode == "month" and screen.month_grid.focus_day == day


def test_a_published_post_cannot_be_moved(qtbot, team, month, lina_post):
    from models.db import database
    from models.posts import Post

    with database.atomic():
        Post.update(status=PostStatus.PUBLISHED.value).where(Post.id == lina_post.id).execute()
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    before = planned(lina_post.id)
    drag(qtbot, grid, grid.card_rect(lina_post.id).center(), grid,
         grid.cell_rect(month + _dt.timedelta(days=20)).center())
    assert planned(lina_post.id) == before
    assert screen.notice.isVisible()
    assert "published" in screen.notice.text()
    assert grid.cell_rect(month + _dt.timedelta(days=9)).contains(
        grid.card_rect(lina_post.id).center()), "the card stays where it was"
    assert not screen.undo_action.isEnabled()


def test_someone_elses_post_is_refused_and_stays(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.zhangwei, month)
    grid = screen.month_grid
    drag(qtbot, grid, grid.card_rect(lina_post.id).center(), grid,
         grid.cell_rect(month + _dt.timedelta(days=20)).center())
    assert planned(lina_post.id) == lina_post.planned_at
    assert "李娜" in screen.notice.text()


def test_a_drop_in_the_past_is_refused(qtbot, team):
    today = _dt.date.today()
    yesterday = today - _dt.timedelta(days=1)
    post = make_post(team.lina, "明天的推送", utc(today + _dt.timedelta(days=1), 12))
    screen = open_calendar(qtbot, team.lina, today)
    grid = screen.month_grid
    if grid.cell_rect(yesterday) is None:  # today is a Monday and the 1st: yesterday's grid
        screen.jump_to(yesterday)
    drag(qtbot, grid, grid.card_rect(post.id).center(), grid, grid.cell_rect(yesterday).center())
    assert planned(post.id) == post.planned_at
    assert "already passed" in screen.notice.text()
    assert grid.card_rect(post.id) is not None  # still drawn on its own day


def test_a_colleagues_newer_version_is_explained_and_shown(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    # 刘洋 (operations manager) moves it behind this screen's back.
    colleague_day = month + _dt.timedelta(days=3)
    post_service.move_post(team.colleague, lina_post.id, lina_post.version,
                           utc(colleague_day, 16))
    drag(qtbot, grid, grid.card_rect(lina_post.id).center(), grid,
         grid.cell_rect(month + _dt.timedelta(days=20)).center())
    assert planned(lina_post.id) == utc(colleague_day, 16), "nothing is overwritten"
    assert "刘洋" in screen.notice.text()
    assert grid.cell_rect(colleague_day).contains(grid.card_rect(lina_post.id).center()), \
        "the screen reloads and shows the colleague's plan"


# -- keyboard ----------------------------------------------------------------------------------

def test_keyboard_move_to_and_undo(qtbot, team, month, lina_post):
    from PySide6.QtCore import QDateTime

    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    grid.setFocus()
    day = month + _dt.timedelta(days=9)
    # Walk to the post's day with the arrow keys, as a keyboard user would.
    while grid.focus_day != day:
        key = Qt.Key.Key_Right if grid.focus_day < day else Qt.Key.Key_Left
        if abs((day - grid.focus_day).days) >= 7:
            key = Qt.Key.Key_Down if grid.focus_day < day else Qt.Key.Key_Up
        qtbot.keyClick(grid, key)
    assert grid.selected_id == lina_post.id
    qtbot.keyClick(grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert dialog is not None and dialog.objectName() == "moveToDialog"
    target = local(month + _dt.timedelta(days=14), 15, 0)
    dialog.when_edit.setDateTime(QDateTime(target))
    qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Return)
    assert planned(lina_post.id) == utc(target.date(), 15)
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert planned(lina_post.id) == lina_post.planned_at


# -- filters -----------------------------------------------------------------------------------

def test_filters_hide_posts_and_are_remembered(qtbot, team, month, lina_post):
    weibo = make_post(team.lina, "微博话题", utc(month + _dt.timedelta(days=9), 12), "微博")
    screen = open_calendar(qtbot, team.lina, month)
    button = screen.filters["platforms"]
    button.set_selected([platform_id("微博")])
    grid = screen.month_grid
    assert grid.card_rect(weibo.id) is not None
    assert grid.card_rect(lina_post.id) is None
    assert "微博" in button.text()
    screen.close()

    again = open_calendar(qtbot, team.lina, month)
    assert again.filters["platforms"].selected() == [platform_id("微博")]
    assert again.month_grid.card_rect(lina_post.id) is None
    again.filters["platforms"].show_all()
    assert again.month_grid.card_rect(lina_post.id) is not None


def test_status_filter_through_the_menu(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    button = screen.filters["statuses"]
    draft_action = next(a for a in button.menu().actions() if a.text() == "Draft")
    draft_action.trigger()  # unticks "Draft"
    assert screen.month_grid.card_rect(lina_post.id) is None
    draft_action.trigger()
    assert screen.month_grid.card_rect(lina_post.id) is not None


# -- warnings ----------------------------------------------------------------------------------

def test_a_calendar_that_opens_on_the_week_view_shows_its_warnings(qtbot, team):
    """The last view used comes back at start; its warnings follow its first paint."""
    from views.calendar import CalendarScreen, VIEW_KEY

    QSettings().setValue(VIEW_KEY, "week")
    screen = CalendarScreen(team.lina)
    qtbot.addWidget(screen)
    screen.resize(1280, 820)
    screen.show()
    assert screen.mode == "week"
    qtbot.waitUntil(lambda: screen.warnings_list.count() > 0)
    assert any("微信公众号" in t and "no post planned" in t for t in screen.warnings_list.texts())


def test_cadence_gaps_are_marked_on_the_day_and_listed(qtbot, team, month):
    day = month + _dt.timedelta(days=9)
    screen = open_calendar(qtbot, team.lina, month)
    texts = screen.warnings_list.texts()
    assert any("微信公众号" in t and "no post planned" in t and day.isoformat() in t
               for t in texts), texts
    grid = screen.month_grid
    tooltip = grid.tooltip_at(grid.cell_rect(day).center() + QPoint(0, 30))
    assert "微信公众号: no post planned on" in tooltip
    # A click on the line jumps to its day.
    wanted = next(i for i in range(screen.warnings_list.count())
                  if day.isoformat() in screen.warnings_list.item(i).text())
    item = screen.warnings_list.item(wanted)
    screen.warnings_list.scrollToItem(item)
    qtbot.mouseClick(screen.warnings_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.warnings_list.visualItemRect(item).center())
    assert grid.focus_day == day


def painted_day_marks(grid) -> set[_dt.date]:
    """The days whose cell shows the warning triangle in its top right corner (read from
    the grid's pixels: the triangle's orange)."""
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    line = grid.look.line_h
    marked = set()
    for day in grid.days():
        cell = grid.cell_rect(day)
        orange = 0
        for x in range(cell.right() - line - 2, cell.right() + 1):
            for y in range(cell.top(), cell.top() + line + 2):
                c = image.pixelColor(round(x * ratio), round(y * ratio))
                orange += c.red() > 180 and 70 < c.green() < 160 and c.blue() < 80
        if orange >= 6:
            marked.add(day)
    return marked


def test_warning_marks_are_drawn_for_the_month_shown_not_the_one_before(qtbot, team, month):
    """Rules C1, C2: right after going to a month, each day short of its cadence shows the
    triangle and each short week its mark in the margin, whose tooltip says what is missing
    (the marks were laid out with the previous month's warnings)."""
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    warned = {d for d in grid.days() if d in grid.marks.days}
    assert warned and painted_day_marks(grid) == warned
    monday = month + _dt.timedelta(days=(7 - month.weekday()) % 7)
    assert monday in grid.marks.weeks
    tip = grid.tooltip_at(QPoint(2, grid.cell_rect(monday).center().y()))
    assert tip and "官网" in tip, tip
    screen.jump_to(_dt.date.today())
    warned = {d for d in grid.days() if d in grid.marks.days}
    assert painted_day_marks(grid) == warned


def test_two_posts_in_one_half_hour_are_flagged(qtbot, team, month):
    day = month + _dt.timedelta(days=5)
    a = make_post(team.lina, "上午推送一", utc(day, 9, 0))
    b = make_post(team.lina, "上午推送二", utc(day, 9, 15))
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    assert "same half-hour" in grid.tooltip_at(grid.card_rect(a.id).center())
    assert "same half-hour" in grid.tooltip_at(grid.card_rect(b.id).center())
    assert any("same half-hour" in t for t in screen.warnings_list.texts())


def test_a_card_too_narrow_for_its_title_shows_what_fits_of_it(qtbot, team, month):
    """Two clashing posts side by side in the week view: a card narrower than one character
    and the ellipsis shows the title's first characters, not a lone "…"."""
    from views.calendar_look import fit_text

    day = month + _dt.timedelta(days=5)
    a = make_post(team.lina, "公司新办公区正式启用", utc(day, 12, 0))
    make_post(team.lina, "#周末福利#抽奖活动", utc(day, 12, 0))
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    fm = screen.look.fm
    one = fm.horizontalAdvance("公")
    assert fm.elidedText("公司新办公区正式启用", Qt.TextElideMode.ElideRight, one + 2) == "…"
    assert fit_text(fm, "公司新办公区正式启用", one + 2) == "公"
    assert fit_text(fm, "公司新办公区正式启用", 2 * one + 1).startswith("公")
    wide = fm.horizontalAdvance("公司新办公区…") + 1
    assert fit_text(fm, "公司新办公区正式启用", wide).endswith("…")  # room: the usual ellipsis
    assert fit_text(fm, "公司", 1000) == "公司"
    assert fit_text(fm, "公司", 0) in ("", "…")
    # The week view paints the two cards that way, however narrow the window makes them.
    screen.resize(1050, 700)
    screen.look._static.clear()
    screen.week_grid.grab()
    painted = [t.text() for key, t in screen.look._static.items() if key[0] == a.id]
    assert painted and all(t and t != "…" and "公司新办公区正式启用".startswith(t.rstrip("…"))
                           for t in painted), painted


def test_a_narrow_month_shows_titles_not_just_times(qtbot, team, month):
    """In a window 1,024 pixels wide (the calendar beside the navigation gets about 830) a
    month cell's card has room for "07:30 " or for the title's first characters: it shows
    the title, which tells posts apart (it showed "07:30…"); the tooltip has the time.  A
    wider card shows both."""
    day = month + _dt.timedelta(days=10)
    post = make_post(team.lina, "公司新办公区正式启用", utc(day, 7, 30))
    screen = open_calendar(qtbot, team.lina, month)
    screen.resize(830, 700)
    screen.look._static.clear()
    screen.month_grid.grab()
    painted = [t.text() for key, t in screen.look._static.items() if key[0] == post.id]
    assert painted and all(t.startswith("公司") for t in painted), painted
    assert "07:30" in screen.month_grid.tooltip_at(
        screen.month_grid.card_rect(post.id).center())
    card = screen.month_grid.card_at(screen.month_grid.card_rect(post.id).center())
    assert screen.look.card_label(card, 400, True) == "07:30 公司新办公区正式启用"


# -- creating and opening ------------------------------------------------------------------

def test_double_click_on_an_empty_slot_creates_a_post_there(qtbot, team, month):
    day = month + _dt.timedelta(days=9)
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid = screen.week_grid
    slot = grid.slot_rect(day, 29)  # 14:30
    screen.week_scroll.ensureVisible(0, slot.center().y())
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=slot.center())
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=slot.center())
    editor = screen.dialog
    assert editor is not None and editor.objectName() == "postEditor"
    editor.title_edit.setText("新的推送")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    made = post_service.posts_in_range(utc(day, 0), utc(day + _dt.timedelta(days=1), 0))
    assert [(p.title, p.planned_at) for p in made] == [("新的推送", utc(day, 14, 30))]
    assert grid.card_rect(made[0].id) is not None


def test_double_click_on_a_card_opens_the_editor(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    center = grid.card_rect(lina_post.id).center()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=center)
    editor = screen.dialog
    assert editor is not None and editor.title_edit.text() == "双十一活动预告"
    editor.reject()


def test_a_second_dialog_opens_after_the_first_was_closed_and_deleted(qtbot, team, month):
    """A closed dialog is deleted (WA_DeleteOnClose); the next one asked the deleted one
    whether it was still visible and the error dialog opened instead of the editor."""
    from PySide6.QtCore import QCoreApplication, QEvent

    screen = open_calendar(qtbot, team.lina, month)
    new_post = next(a for a in screen.actions() if a.objectName() == "calendarNewAction")
    new_post.trigger()
    first = screen.dialog
    assert first is not None and first.isVisible()
    first.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    new_post.trigger()  # raised RuntimeError: Internal C++ object (PostEditor) already deleted
    second = screen.dialog
    assert second is not None and second.isVisible() and second is not first
    assert second.title_edit.text() == ""
    second.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    screen.open_events()
    assert type(screen.dialog).__name__ == "EventsDialog"
    screen.dialog.reject()


# -- import ----------------------------------------------------------------------------------

def test_a_rejected_import_writes_nothing_and_lists_the_rows(qtbot, team, month, tmp_path):
    bad = tmp_path / "plan.csv"
    when = local(month + _dt.timedelta(days=3), 9)
    bad.write_text("platform,column,title,writer,category,planned_at,concerns_project,event\n"
                   f"微信公众号,,好的一行,lina,general,{when:%Y-%m-%d %H:%M},no,\n"
                   f"不存在的平台,,坏的一行,lina,general,{when:%Y-%m-%d %H:%M},no,\n",
                   encoding="utf-8")
    screen = open_calendar(qtbot, team.lina, month)
    assert screen.import_file(str(bad)) is False
    box = screen.dialog
    assert box is not None and box.objectName() == "importRejectedBox"
    assert box.text() == "The file was not imported; nothing was changed."
    assert "1 line(s) of the file need correcting:\nLine 3, platform: there is no active " \
        "platform called “不存在的平台”." in box.informativeText()
    box.accept()
    assert post_service.posts_in_range(utc(month, 0), utc(month + _dt.timedelta(days=40), 0)) \
        == []


HEADER = "platform,column,title,writer,category,planned_at,concerns_project,event"


def plan_file(tmp_path, rows: list[str], name: str = "plan.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8-sig")
    return path


def lina_rows(month: _dt.date, count: int) -> list[str]:
    """``count`` posts for 李娜 on the 微信公众号, one each half-hour from the month's 2nd."""
    start = local(month + _dt.timedelta(days=1), 0)
    return [f"微信公众号,,批量{i},lina,一般信息,{start + _dt.timedelta(minutes=30 * i):%Y-%m-%d %H:%M},否,"
            for i in range(count)]


def test_the_not_imported_box_fits_a_laptop_screen_and_keeps_every_problem(qtbot, team, month,
                                                                            tmp_path):
    """QA: 200 bad rows made the box 3,714 px tall, its OK button off a 1366x768 screen.
    Now a summary and the first problems; all 200 in the details, which scroll and copy."""
    from PySide6.QtWidgets import QApplication, QMessageBox, QTextEdit

    when = local(month + _dt.timedelta(days=3), 9)
    bad = plan_file(tmp_path, [f"火星,,坏{i},lina,一般信息,{when:%Y-%m-%d %H:%M},否,"
                               for i in range(200)])
    screen = open_calendar(qtbot, team.manager, month)
    assert screen.import_file(str(bad)) is False
    box = screen.dialog
    qtbot.waitExposed(box)
    assert box.objectName() == "importRejectedBox"
    info = box.informativeText()
    assert info.startswith("200 line(s) of the file need correcting:\nLine 2, platform: there is "
                           "no active platform called “火星”.")
    assert info.count("\nLine ") == 5 and "… and 195 more problem(s)." in info

    def fits() -> bool:
        QApplication.processEvents()
        frame = box.frameGeometry()
        available = box.screen().availableGeometry()
        # A laptop's 1366x768 less a title bar and a task bar; and this test's screen.
        return (frame.width() <= 1366 and frame.height() <= 768 - 80
                and frame.width() <= available.width() and frame.height() <= available.height())

    assert fits(), box.frameGeometry()
    details = box.detailedText().splitlines()
    assert details[0].startswith("Line 2, platform: there is no active platform called “火星”. "
                                 "The active platforms are “官网”, “微信公众号”, ")
    assert details[1:] == [f"Line {n}, platform: there is no active platform called “火星”."
                           for n in range(3, 202)]
    show = next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)  # "Show Details…"
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    text = box.findChild(QTextEdit)
    qtbot.waitUntil(lambda: text.isVisible())
    assert fits(), box.frameGeometry()
    assert text.isReadOnly() and text.toPlainText().splitlines() == details
    assert text.verticalScrollBar().maximum() > 0  # it scrolls; select all and copy works
    text.selectAll()
    text.copy()
    assert QApplication.clipboard().text().splitlines() == details
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert post_service.posts_in_range(utc(month, 0), utc(month + _dt.timedelta(days=40), 0)) \
        == []


def test_a_plan_imported_again_is_skipped_and_the_notice_says_so(qtbot, team, month, tmp_path):
    path = plan_file(tmp_path, lina_rows(month, 3))
    screen = open_calendar(qtbot, team.lina, month)
    assert screen.import_file(str(path)) is True
    assert screen.notice.text() == "Imported 3 post(s)."
    assert screen.import_file(str(path)) is True
    assert screen.notice.text() == \
        "Imported 0 post(s). 3 post(s) already in the plan were skipped."
    assert sorted(r.title for r in screen.rows.values()) == ["批量0", "批量1", "批量2"]


def gated_import(monkeypatch):
    """``planning.import_plan`` that stops in its transaction, at its first progress report
    (after reading the file, before writing), until the test lets it go on."""
    import threading

    from models import planning

    real = planning.import_plan
    gate = {"writing": threading.Event(), "go": threading.Event(), "thread": None}

    def import_plan(actor, data, progress=None):
        def paced(done, total):
            gate["thread"] = threading.current_thread()
            gate["writing"].set()
            assert gate["go"].wait(20)
            progress(done, total)
        return real(actor, data, progress=paced)

    monkeypatch.setattr(planning, "import_plan", import_plan)
    return gate


def test_an_import_runs_off_the_gui_thread_behind_a_progress_dialog(qtbot, team, month,
                                                                     tmp_path, monkeypatch):
    """DESIGN: long work runs off the GUI thread and reports progress (QA: 3,000 rows froze
    the window 5.2 s).  While the worker writes, the screen reads nothing, and the
    worker's own connection is closed afterwards."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from models.db import database

    path = plan_file(tmp_path, lina_rows(month, 1200))
    screen = open_calendar(qtbot, team.lina, month)
    gate = gated_import(monkeypatch)
    db = database.obj
    gui_queries, connections = [], []
    real_sql, real_connect = db.execute_sql, db._connect

    def execute_sql(sql, params=None, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            gui_queries.append(sql)
        return real_sql(sql, params, *args, **kwargs)

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        connections.append((threading.current_thread(), conn))
        return conn

    monkeypatch.setattr(db, "execute_sql", execute_sql)
    monkeypatch.setattr(db, "_connect", connect)
    seen = {}

    def while_writing():
        assert gate["writing"].wait(20)
        dialog = screen.findChild(QProgressDialog, "importProgress")
        seen["dialog"] = (dialog.isVisible(), dialog.isModal(), dialog.labelText())
        before = len(gui_queries)
        screen.reload()  # F5, or a timer: must wait for the worker
        seen["gui queries while writing"] = gui_queries[before:]
        gate["go"].set()

    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    QTimer.singleShot(0, while_writing)
    assert screen.import_file(str(path)) is True
    timer.stop()
    assert gate["thread"] is not threading.main_thread()
    assert seen["dialog"] == (True, True, "Importing the posting plan…")
    assert seen["gui queries while writing"] == []
    assert len(ticks) >= 2  # the event loop ran: the window paints and answers
    assert screen.findChild(QProgressDialog, "importProgress") is None or \
        not screen.findChild(QProgressDialog, "importProgress").isVisible()
    assert screen.notice.text() == "Imported 1200 post(s)."
    assert len(screen.rows) > 0  # read after the worker was done
    workers = [conn for thread, conn in connections if thread is not threading.main_thread()]
    assert workers, "the worker opened its own connection"
    for conn in workers:
        with pytest.raises(Exception, match="closed"):
            conn.execute("SELECT 1")


def test_cancel_stops_the_import_and_nothing_is_written(qtbot, team, month, tmp_path,
                                                        monkeypatch):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from models import audit

    path = plan_file(tmp_path, lina_rows(month, 50))
    screen = open_calendar(qtbot, team.lina, month)
    gate = gated_import(monkeypatch)

    def press_cancel():
        assert gate["writing"].wait(20)
        dialog = screen.findChild(QProgressDialog, "importProgress")
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        gate["go"].set()

    QTimer.singleShot(0, press_cancel)
    assert screen.import_file(str(path)) is False
    assert screen.notice.text() == "The import was cancelled; nothing was changed."
    assert post_service.posts_in_range(utc(month, 0), utc(month + _dt.timedelta(days=40), 0)) \
        == [] and audit.count("post.imported") == 0


def test_a_big_plan_imports_without_freezing_the_window(qtbot, team, month, tmp_path):
    """QA's big.csv: 3,000 rows."""
    import time

    path = plan_file(tmp_path, lina_rows(month, 3000))
    screen = open_calendar(qtbot, team.manager, month)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    assert screen.import_file(str(path)) is True
    took = time.perf_counter() - started
    timer.stop()
    assert screen.notice.text() == "Imported 3000 post(s)."
    assert ticks, f"the window did not answer for {took:.2f} s"
    gaps = [b - a for a, b in zip([started, *ticks], ticks)]
    assert max(gaps) < 0.25, f"the window stopped answering for {max(gaps):.2f} s"


def test_a_file_that_cannot_be_read_is_explained_in_chinese(qtbot, team, in_chinese, tmp_path):
    """The system's own reason (strerror) is English whatever the language."""
    screen = open_calendar(qtbot, team.lina)
    assert screen.import_file(str(tmp_path / "没有的计划.csv")) is False
    assert "没有这个文件或文件夹" in screen.notice.text()
    assert "No such file" not in screen.notice.text()
    assert screen.import_file(str(tmp_path)) is False  # a folder
    assert "这是文件夹，不是文件" in screen.notice.text()


# -- deleting ----------------------------------------------------------------------------------

def click_card(qtbot, grid, post_id: int) -> None:
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.card_rect(post_id).center())
    assert grid.selected_id == post_id


def test_delete_key_asks_then_deletes_the_card_and_its_clash_warning(qtbot, team, month):
    day = month + _dt.timedelta(days=5)
    keep = make_post(team.lina, "上午推送一", utc(day, 9, 0))
    mistake = make_post(team.lina, "误建的草稿", utc(day, 9, 15))
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    assert any("same half-hour" in t for t in screen.warnings_list.texts())
    action = screen.delete_action
    assert action in screen.more_menu.actions() and action.text() == "&Delete…"
    click_card(qtbot, grid, mistake.id)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    box = screen.dialog
    assert box is not None and box.objectName() == "confirmDeletePost"
    assert "误建的草稿" in box.text() and box.defaultButton() is box.cancel_button
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Cancel is the default: nothing happens
    assert screen.dialog is None and grid.card_rect(mistake.id) is not None
    assert post_service.get_post(mistake.id).title == "误建的草稿"

    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.mouseClick(screen.dialog.confirm_button, Qt.MouseButton.LeftButton)
    with pytest.raises(post_service.NotFound):
        post_service.get_post(mistake.id)
    assert grid.card_rect(mistake.id) is None and grid.card_rect(keep.id) is not None
    assert screen.notice.isVisible() and screen.notice.text() == "Deleted “误建的草稿”."
    assert not any("same half-hour" in t for t in screen.warnings_list.texts())


def test_nothing_selected_or_someone_elses_post_is_explained_without_a_question(
        qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.zhangwei, month)
    grid = screen.month_grid
    grid.setFocus()
    screen.delete_action.trigger()
    assert screen.dialog is None and "Select a post first" in screen.notice.text()
    click_card(qtbot, grid, lina_post.id)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert screen.dialog is None
    assert "Only 李娜 or the operations manager may delete it" in screen.notice.text()
    assert post_service.get_post(lina_post.id).version == lina_post.version


def test_the_question_names_the_review_history_that_goes_with_the_post(qtbot, team, month):
    from models import reviews

    post = make_post(team.lina, "待审推送", utc(month + _dt.timedelta(days=9), 10),
                     source="原创")
    post = reviews.submit(team.lina, post.id, post.version)
    screen = open_calendar(qtbot, team.manager, month)  # the reviewer deletes it in review
    click_card(qtbot, screen.month_grid, post.id)
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_Delete)
    box = screen.dialog
    assert "待审推送" in box.text()
    assert box.informativeText() == \
        "Its review history, the decisions and comments, goes with it."
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert reviews.history(post.id) == []
    assert screen.month_grid.card_rect(post.id) is None


def test_a_colleagues_change_while_asking_deletes_nothing_and_is_explained(
        qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    click_card(qtbot, screen.month_grid, lina_post.id)
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_Delete)
    colleague_day = month + _dt.timedelta(days=3)
    post_service.move_post(team.colleague, lina_post.id, lina_post.version,
                           utc(colleague_day, 16))
    qtbot.mouseClick(screen.dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert post_service.get_post(lina_post.id).planned_at == utc(colleague_day, 16)
    assert "刘洋" in screen.notice.text() and "not deleted" in screen.notice.text()
    grid = screen.month_grid
    assert grid.cell_rect(colleague_day).contains(grid.card_rect(lina_post.id).center())


def test_undoing_a_move_of_a_deleted_post_says_it_is_gone(qtbot, team, month, lina_post):
    other = make_post(team.lina, "另一篇", utc(month + _dt.timedelta(days=2), 9))
    screen = open_calendar(qtbot, team.lina, month)
    grid = screen.month_grid
    for post, days in ((other, 4), (lina_post, 12)):
        drag(qtbot, grid, grid.card_rect(post.id).center(), grid,
             grid.cell_rect(month + _dt.timedelta(days=days)).center())
    assert screen.undo_stack.count() == 2
    click_card(qtbot, grid, lina_post.id)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.mouseClick(screen.dialog.confirm_button, Qt.MouseButton.LeftButton)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "“双十一活动预告” has been deleted" in screen.notice.text()
    assert screen.undo_stack.count() == 1  # its move left the stack
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert planned(other.id) == other.planned_at  # the move before it still undoes
    assert not screen.undo_action.isEnabled()


def test_a_post_deleted_in_its_editor_leaves_the_calendar(qtbot, team, month, lina_post):
    screen = open_calendar(qtbot, team.lina, month)
    screen.open_post(lina_post.id)
    editor = screen.dialog
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.changed):
        qtbot.mouseClick(editor.delete_box.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.month_grid.card_rect(lina_post.id) is None
    assert screen.notice.text() == "Deleted “双十一活动预告”."


# -- found by testing a day's and a team's use (stop 16) --------------------------------------

def test_someone_who_writes_no_posts_is_not_offered_to_plan_move_delete_or_import(qtbot, team,
                                                                                  month):
    """A member of the design department (no role) was offered New post, Move to, Delete and
    Import, each refused only afterwards."""
    from PySide6.QtGui import QAction

    from models import users

    zhoumin = users.create_user(team.manager, "zhoumin", "周敏", "设计部", [], "password-1")
    screen = open_calendar(qtbot, zhoumin, month)
    assert not screen.new_button.isEnabled()
    assert "only content, channel and promotion specialists" in screen.new_button.toolTip()
    for name in ("calendarMoveTo", "calendarDelete", "calendarImport", "calendarNewAction"):
        assert not screen.findChild(QAction, name).isEnabled(), name
    for name in ("calendarExportCsv", "calendarExportIcs", "calendarToday"):
        action = screen.findChild(QAction, name)
        assert action is None or action.isEnabled(), name
    screen.create_post(None)  # a double-click on an empty day
    assert screen.notice.isVisible() and "not plan posts" in screen.notice.text()
    post = make_post(team.lina, "李娜的稿件", utc(month + _dt.timedelta(days=9), 10, 30))
    screen.refresh()
    grid = screen.month_grid
    start = grid.card_rect(post.id).center()
    end = grid.cell_rect(month + _dt.timedelta(days=12)).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        qtbot.mouseMove(grid, start + (end - start) * (i / 4))
    assert screen._drag is None  # no card was picked up (it was refused only on the drop)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    assert planned(post.id) == utc(month + _dt.timedelta(days=9), 10, 30)
    assert "not plan posts" in screen.notice.text()  # no refusal of a drop came after it
    writer = open_calendar(qtbot, team.lina, month)
    assert writer.new_button.isEnabled()
    assert writer.findChild(QAction, "calendarImport").isEnabled()


def test_at_midnight_the_warnings_are_judged_again(qtbot, team, month):
    """Deadlines at risk yesterday are missed today: the warnings waited for F5 (QA: a day's
    use).  The minute's tick reads them again when the day has changed, not before."""
    screen = open_calendar(qtbot, team.lina, month, mode="month")
    qtbot.waitUntil(lambda: screen.check is not None)
    before = screen.warnings_list.texts()
    day = month + _dt.timedelta(days=12)
    # A clash, written straight into the table (no service, so nothing is audited): only
    # the new day makes the tick read again (a change a service makes is read at the next
    # tick anyway: see the next test).
    for title in ("第一篇", "第二篇"):
        Post.insert(platform=platform_id("微博"), title=title, writer=team.lina.id,
                    planned_at=utc(day, 10, 0)).execute()
    screen.tick()  # the same day: a repaint only
    assert screen.warnings_list.texts() == before
    screen.tick(today=_dt.date.today() + _dt.timedelta(days=1))
    assert screen.warnings_list.texts() != before
    assert any("微博" in text and "same half-hour" in text for text in screen.warnings_list.texts())


def test_a_colleagues_change_shows_at_the_next_minute_and_on_coming_back(qtbot, team, month,
                                                                          monkeypatch):
    """The calendar never read the posts again while it stayed open: a colleague's new post
    was missing and a deleted one still drawn all day, and back from the inbox an approved
    post still read "in review" (QA: a day's use in one process)."""
    from models import reviews
    from tests.models.reviewing import EVERYTHING

    day = month + _dt.timedelta(days=3)
    gone = make_post(team.lina, "要删除的草稿", utc(day, 9, 0))
    waiting = make_post(team.lina, "待审稿件", utc(day, 11, 0), source="原创")
    waiting = reviews.submit(team.lina, waiting.id, waiting.version)
    screen = open_calendar(qtbot, team.manager, month)
    shown = lambda: {r.id: r.status for r in screen.rows.values()}  # noqa: E731
    assert gone.id in shown() and shown()[waiting.id] == PostStatus.IN_REVIEW.value
    # On another PC: lina writes a post and deletes her draft.
    new = make_post(team.lina, "新写的稿件", utc(day, 15, 0))
    post_service.delete_post(team.lina, gone.id, gone.version)
    assert new.id not in shown()
    screen.tick()
    assert new.id in shown() and gone.id not in shown()
    reads = []
    real = screen.refresh
    monkeypatch.setattr(screen, "refresh", lambda: reads.append(1) or real())
    screen.tick()  # nothing changed since: nothing is read
    assert reads == []
    # The manager approves in the inbox, then comes back to the calendar.
    screen.hide()
    reviews.approve(team.manager, waiting.id, waiting.version, EVERYTHING,
                    reviews.hits_for(waiting.id))
    screen.show()
    assert shown()[waiting.id] == PostStatus.APPROVED.value


def test_the_minute_tick_works_out_now_afresh_for_the_urgent_marks(qtbot, team, month,
                                                                    monkeypatch):
    """A repaint between two ticks moved the minute on: a post that had become urgent at a
    tick was marked only a minute later."""
    from views import calendar_look

    screen = open_calendar(qtbot, team.lina, month)
    look = screen.look
    first = look.urgent_cutoff()
    later = calendar_look.utcnow() + _dt.timedelta(minutes=2)
    monkeypatch.setattr(calendar_look, "utcnow", lambda: later)
    assert look.urgent_cutoff() == first  # within the minute, as painted
    screen.tick()
    assert look.urgent_cutoff() > first


def test_a_crowded_half_hour_is_one_warning_that_counts_its_posts(qtbot, team, month):
    day = month + _dt.timedelta(days=5)
    for title in ("一", "二", "三"):
        make_post(team.lina, title, utc(day, 10, 0), platform="微博")
    screen = open_calendar(qtbot, team.lina, month)
    qtbot.waitUntil(lambda: screen.check is not None)
    lines = [t for t in screen.warnings_list.texts() if "same half-hour" in t]
    assert len(lines) == 1 and "3 posts" in lines[0]


def test_a_filter_of_a_hundred_columns_is_one_column_that_scrolls(qtbot, team):
    """With 100 columns the Columns menu was laid out in several columns 3,436 px wide and
    cut by the screen: most columns could not be reached (QA: three years of use)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    from models import platforms

    wechat = next(p for p in platforms.list_platforms() if p.name == "微信公众号")
    for i in range(100):
        platforms.create_column(team.manager, wechat.id, f"栏目{i:03d}")
    long_name = "行业深度观察与政策解读系列" * 4
    platforms.create_column(team.manager, wechat.id, long_name)
    screen = open_calendar(qtbot, team.manager)
    button = screen.filters["columns"]
    menu = button.menu_
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitUntil(menu.isVisible)
    try:
        available = QGuiApplication.primaryScreen().availableGeometry()
        assert menu.height() <= available.height() + 2
        assert menu.width() < available.width() // 2
        lefts = {menu.actionGeometry(a).left() for a in menu.actions() if not a.isSeparator()}
        assert len(lefts) == 1  # one column
        (elided,) = [a for a in menu.actions() if a.toolTip().endswith(long_name)]
        assert "…" in elided.text() and len(elided.text()) < len(elided.toolTip())
    finally:
        menu.hide()


def test_an_export_shows_the_wait_cursor_while_the_file_is_made(qtbot, team, month,
                                                                 lina_post, tmp_path,
                                                                 monkeypatch):
    """icalendar takes 0.6 s for six busy weeks (1,100 posts): the window looked frozen."""
    from PySide6.QtGui import QAction, QGuiApplication

    from models import planning

    shapes = []
    real = planning.export_ics

    def watched(*args, **kwargs):
        cursor = QGuiApplication.overrideCursor()
        shapes.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(planning, "export_ics", watched)
    screen = open_calendar(qtbot, team.lina, month)
    target = tmp_path / "calendar.ics"
    screen._save_name = lambda *_a: str(target)  # the file dialog's answer
    screen.findChild(QAction, "calendarExportIcs").trigger()
    assert shapes == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None  # restored
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def moved_a_day_later(qtbot, team, month, post):
    """The manager's calendar after she moved ``post`` a day later; and its first time."""
    screen = open_calendar(qtbot, team.manager, month, mode="month")
    card = next(c for cards in screen.month_grid.cards_by_day.values() for c in cards
                if c.row.id == post.id)
    first = card.row.planned_at
    assert screen.move_card(card, to_local_naive(first) + _dt.timedelta(days=1))
    return screen, first


def test_undo_after_a_colleagues_move_is_refused_not_laid_over_it(qtbot, team, month,
                                                                  lina_post):
    """The minute's read brought a colleague's newer version, and Ctrl+Z then put the post
    back over their move without a word (QA: this stop's changes)."""
    screen, first = moved_a_day_later(qtbot, team, month, lina_post)
    mine = post_service.get_post(lina_post.id)
    # On another PC, 李娜 moves it again; the calendar reads it at the next minute.
    theirs = first + _dt.timedelta(days=2, hours=3)
    post_service.move_post(team.lina, mine.id, mine.version, theirs)
    screen.tick()
    assert screen.rows[lina_post.id].planned_at == theirs
    screen.month_grid.setFocus()
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert post_service.get_post(lina_post.id).planned_at == theirs  # their move stands
    assert "李娜" in screen.notice.text() and not screen.notice.isHidden()


def test_undo_still_works_after_the_post_was_edited_here(qtbot, team, month, lina_post):
    screen, first = moved_a_day_later(qtbot, team, month, lina_post)
    post = post_service.get_post(lina_post.id)
    post_service.update_post(team.manager, post.id, post.version, post.fields(body="改过的正文"))
    screen.tick()  # read again: the new version, the post where the move left it
    screen.undo_stack.undo()
    assert post_service.get_post(lina_post.id).planned_at == first


def test_undo_still_works_after_a_post_moved_out_of_view_was_edited_here(qtbot, team, month,
                                                                          lina_post):
    """Moved two months on, edited by the manager herself, then Ctrl+Z: the undo was
    refused with "王芳 changed this … while you were editing it", her own edit taken for a
    colleague's move because the post was no longer on the screen."""
    screen = open_calendar(qtbot, team.manager, month, mode="month")
    first = post_service.get_post(lina_post.id).planned_at
    card = next(c for cards in screen.month_grid.cards_by_day.values() for c in cards
                if c.row.id == lina_post.id)
    assert screen.move_card(card, to_local_naive(first) + _dt.timedelta(days=62))
    assert lina_post.id not in screen.rows  # out of the month shown
    post = post_service.get_post(lina_post.id)
    post_service.update_post(team.manager, post.id, post.version, post.fields(body="改过的正文"))
    screen.tick()
    screen.undo_stack.undo()
    assert post_service.get_post(lina_post.id).planned_at == first
    assert post_service.get_post(lina_post.id).body == "改过的正文"


def test_the_agenda_keeps_its_chosen_post_when_it_reads_again(qtbot, team, month):
    day = month + _dt.timedelta(days=4)
    posts = [make_post(team.lina, f"日程稿件{i}", utc(day, 9 + i)) for i in range(5)]
    screen = open_calendar(qtbot, team.manager, month)
    screen.set_mode("agenda", day)
    view, model = screen.agenda_view, screen.agenda_model
    view.setCurrentIndex(model.index(model.row_of(posts[3].id), model.TITLE))
    make_post(team.lina, "同事新写的", utc(day, 8))  # a colleague's post, before it
    screen.tick()
    assert model.card(view.currentIndex().row()).row.id == posts[3].id
    assert view.currentIndex().column() == model.TITLE


def test_the_agenda_title_keeps_its_room_as_the_window_narrows_and_widens(qtbot, team, month):
    """Narrowed step by step to a 150 % laptop's 853 px the title was 43 px ("年…"); widened
    and narrowed again it stayed 733 px and pushed the last columns off the list."""
    make_post(team.lina, "公司新办公区正式启用", utc(month + _dt.timedelta(days=3), 10))
    screen = open_calendar(qtbot, team.manager, month, mode="agenda")
    view, model = screen.agenda_view, screen.agenda_model
    header, em = view.horizontalHeader(), view.fontMetrics().horizontalAdvance("国")
    for width in (1280, 1100, 950, 853, 760, 700, 1600, 700, 1280):
        screen.resize(width, 800)
        qtbot.wait(1)
        title = header.sectionSize(model.TITLE)
        total = sum(header.sectionSize(s) for s in range(model.columnCount()))
        assert title >= em * 16, (width, title)
        # As wide as the list, or, where the list is too narrow, the title at its least.
        assert total == view.viewport().width() or title == em * 16, (width, total)


def test_a_chosen_post_behind_plus_n_is_shown_there(qtbot, team, month):
    """Tab reaches the posts behind "+3", but nothing on screen showed which was chosen:
    Enter or Delete acted on a post the person could not see (QA)."""
    day = month + _dt.timedelta(days=10)
    posts = [make_post(team.lina, f"晚间推送 {i}", utc(day, 21, i)) for i in range(5)]
    screen = open_calendar(qtbot, team.lina, day, mode="week")
    grid = screen.week_grid
    slot = grid.slot_rect(day, 42)
    screen.week_scroll.ensureVisible(0, slot.center().y())
    more, hidden = next((r, cards) for r, cards in grid._more if r.intersects(slot))

    def framed() -> bool:
        image = grid.grab().toImage()
        focus = screen.look.focus.rgb()
        return any(image.pixelColor(x, more.top() + 1).rgb() == focus
                   or image.pixelColor(x, more.top() + 2).rgb() == focus
                   for x in range(more.left(), more.right()))

    grid.selected_id = posts[0].id  # a card on show: "+3" is not framed
    assert not framed()
    grid.selected_id = hidden[1].row.id
    grid.update()
    assert framed()


def test_unchoosing_one_column_keeps_the_posts_of_no_column(qtbot, team, month):
    """Un-ticking one column hid every post that has none, and the menu had no choice to
    bring them back but "Show all" (QA)."""
    from models import platforms

    wechat = next(p for p in platforms.list_platforms() if p.name == "微信公众号")
    column = platforms.create_column(team.manager, wechat.id, "R&D 研发")
    day = month + _dt.timedelta(days=3)
    in_column = make_post(team.lina, "栏目稿件", utc(day, 9), column_id=column.id)
    loose = make_post(team.lina, "无栏目稿件", utc(day, 10))
    screen = open_calendar(qtbot, team.manager, month)
    button = screen.filters["columns"]
    action = next(a for a in button.menu_.actions() if a.text() == "微信公众号 · R&&D 研发")
    action.trigger()  # un-ticked
    assert set(screen.rows) == {loose.id}
    assert button.choices[0][1] == "(no column)"
    next(a for a in button.menu_.actions() if a.text() == "(no column)").trigger()
    assert screen.rows == {}
    button.set_selected([column.id])
    assert set(screen.rows) == {in_column.id}
    assert button.text() == "Columns: 微信公众号 · R&&D 研发"  # "&" is shown, not a key
