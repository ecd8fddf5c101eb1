"""Events and promotions, driven as a person would (rules C3, C4; issue 3): the manager adds,
edits and removes them; everyone else reads; the calendar shows them on their days."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from models import events as event_service
from models import posts as post_service
from models.events import EventKind
from models.platforms import PlatformKind, list_platforms
from models.posts import PostCategory, PostFields
from tests.views.conftest import enter


def future_day(days: int) -> _dt.date:
    return _dt.date.today() + _dt.timedelta(days=days)


def open_events(qtbot, user):
    from views.event_dialogs import EventsDialog

    dialog = EventsDialog(user)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def type_date(qtbot, edit, day: _dt.date) -> None:
    """Arrive in a date field as Tab arrives (its year selected) and type the digits."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    assert edit.date().toPython() == day


def active(qtbot, form):
    """The form as the window with the keyboard, as it is on a desktop when it opens."""
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def choose_kind(qtbot, combo, kind: EventKind) -> None:
    combo.setFocus()
    while combo.currentData() != kind.value:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


@pytest.fixture
def promotion(team):
    return event_service.create_event(team.manager, "年终大促", EventKind.PROMOTION,
                                      future_day(20), future_day(26))


def test_the_manager_adds_a_promotion_and_sees_its_deadline(qtbot, team):
    dialog = open_events(qtbot, team.manager)
    assert dialog.texts() == []
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.form)
    enter(qtbot, form.name_edit, "双十二促销")
    choose_kind(qtbot, form.kind_combo, EventKind.PROMOTION)
    type_date(qtbot, form.starts_edit, future_day(30))
    type_date(qtbot, form.ends_edit, future_day(33))
    # The form says what rule C4 asks before anything is saved.
    assert "Rule C4" in form.rule_hint.text()
    assert future_day(27).isoformat() in form.rule_hint.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())

    stored = event_service.list_events()
    assert [(e.name, e.kind, e.starts_on, e.ends_on) for e in stored] == [
        ("双十二促销", EventKind.PROMOTION, future_day(30), future_day(33))]
    assert dialog.texts() == ["双十二促销"]
    deadline = dialog.model.index(0, 4).data()
    assert "Announcement of 双十二促销 is due by " + future_day(27).isoformat() in deadline


def test_an_event_that_ends_before_it_starts_keeps_the_form(qtbot, team):
    dialog = open_events(qtbot, team.manager)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.form)
    enter(qtbot, form.name_edit, "行业峰会")
    type_date(qtbot, form.starts_edit, future_day(10))
    type_date(qtbot, form.ends_edit, future_day(8))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "cannot end" in form.error_text("ends_on")
    assert form.name_edit.text() == "行业峰会"  # nothing typed is lost
    assert event_service.list_events() == []
    # Moving the first day later moves the last day along, and the save goes through.
    type_date(qtbot, form.ends_edit, future_day(11))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [e.name for e in event_service.list_events()] == ["行业峰会"]


def test_a_colleagues_change_is_explained_not_overwritten(qtbot, team, promotion):
    dialog = open_events(qtbot, team.manager)
    assert dialog.selected_event().id == promotion.id
    form = active(qtbot, dialog.edit_selected())
    form.name_edit.selectAll()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Delete)
    enter(qtbot, form.name_edit, "年终大促（改）")
    # 刘洋, the other operations manager, renames it first.
    event_service.update_event(team.colleague, promotion.id, promotion.version, name="年终特惠",
                               kind=EventKind.PROMOTION, starts_on=promotion.starts_on,
                               ends_on=promotion.ends_on)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "刘洋" in form.error_text()
    assert event_service.get_event(promotion.id).name == "年终特惠"
    assert dialog.texts() == ["年终特惠"]  # the list shows the colleague's version


def test_removing_an_event_asks_first_and_keeps_its_posts(qtbot, team, promotion):
    wechat = next(p for p in list_platforms() if p.kind is PlatformKind.WECHAT_OA)
    post = post_service.create_post(team.lina, PostFields(
        platform_id=wechat.id, title="年终大促预告", category=PostCategory.PROMOTION,
        planned_at=_dt.datetime.combine(future_day(5), _dt.time(2)), event_id=promotion.id))
    dialog = open_events(qtbot, team.manager)
    assert "in time (rule C4)" in dialog.model.index(0, 4).data()

    def confirm():
        box = next(w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "confirmBox" and w.isVisible())
        assert "年终大促" in box.text()
        qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, confirm)
    box = dialog.remove_selected()
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.waitUntil(lambda: dialog.texts() == [])
    assert event_service.list_events() == []
    assert post_service.get_post(post.id).event_id is None  # the post stays, unlinked


def test_a_specialist_reads_the_list_but_cannot_change_it(qtbot, team, promotion):
    dialog = open_events(qtbot, team.lina)
    assert dialog.texts() == ["年终大促"]
    assert not dialog.add_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert dialog.read_only_note.isVisible()
    assert dialog.edit_selected() is None  # double-click / Enter opens nothing either


def test_the_events_model_is_sound(qtmodeltester, team, promotion):
    from views.event_dialogs import EventsModel

    model = EventsModel()
    found = event_service.list_events()
    from models import planning

    model.set_events(found, planning.event_deadlines(found))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_the_calendar_shows_an_event_on_its_days(qtbot, team, promotion):
    from views.calendar import CalendarScreen

    screen = CalendarScreen(team.lina)
    qtbot.addWidget(screen)
    screen.resize(1280, 820)
    screen.show()
    screen.jump_to(promotion.starts_on)
    grid = screen.month_grid
    qtbot.waitUntil(lambda: promotion.starts_on in grid.marks.events)
    for offset in range(7):
        day = promotion.starts_on + _dt.timedelta(days=offset)
        assert grid.marks.events[day] == ["年终大促 (Major promotion)"]
    assert promotion.ends_on + _dt.timedelta(days=1) not in grid.marks.events
    assert "年终大促" in grid.tooltip_at(grid.cell_rect(promotion.starts_on).center())
    # The events dialog opens from the calendar's menu.
    action = next(a for a in screen.actions() if a.objectName() == "calendarEvents")
    action.trigger()
    assert screen.dialog is not None and screen.dialog.objectName() == "eventsDialog"
