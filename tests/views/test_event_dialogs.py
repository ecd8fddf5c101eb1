"""Events and promotions, driven as a person would (rules C3, C4; issue 3): the manager adds,
edits and removes them; everyone else reads; the calendar shows them on their days."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QLabel

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
    """Arrive in a date field as Tab arrives (its year selected), type the digits and
    leave it with Tab, which finishes the date (the field reports it only then)."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not edit
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


def test_enter_on_an_event_or_a_button_does_what_it_says_and_the_list_stays(qtbot, team,
                                                                           promotion):
    """Enter on a row opened its form and closed the list at the same moment (the list's
    Close was pressed too), the form going with it; Enter on Add… closed the list."""
    from PySide6.QtWidgets import QApplication

    dialog = active(qtbot, open_events(qtbot, team.manager))
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form is not None and dialog.form.isVisible()
    assert dialog.form.editing.id == promotion.id
    dialog.form.reject()
    qtbot.waitUntil(lambda: not dialog.form.isVisible())
    active(qtbot, dialog)
    dialog.add_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form is not None and dialog.form.editing is None


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


# -- far dates ------------------------------------------------------------------------------------

def test_the_date_fields_take_only_the_days_mediadesk_works_with(qtbot, team):
    """An event ending 9999-12-31 (the field's old maximum) was stored and then crashed the
    list for everyone: the fields keep to the service's bounds, 2000-01-01..2099-12-31."""
    dialog = open_events(qtbot, team.manager)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.form)
    for edit in (form.starts_edit, form.ends_edit):
        assert (edit.minimumDate().toPython(), edit.maximumDate().toPython()) == \
            (_dt.date(2000, 1, 1), _dt.date(2099, 12, 31))
    enter(qtbot, form.name_edit, "远期活动")
    form.ends_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.ends_edit, "99991231")
    qtbot.keyClick(form.ends_edit, Qt.Key.Key_Tab)
    assert form.ends_edit.date().toPython() <= _dt.date(2099, 12, 31)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    (stored,) = event_service.list_events()
    assert stored.ends_on <= _dt.date(2099, 12, 31)


def test_an_event_stored_with_a_far_day_still_opens_and_is_explained(qtbot, team):
    """A row saved before the dates were checked: the list opens, its deadline says why it
    cannot be worked out, and its form shows the nearest day it may have, and why."""
    from models.events import Event

    far = Event.insert(name="远期活动", kind="event", starts_on=_dt.date(9999, 12, 29),
                       ends_on=_dt.date(9999, 12, 31)).execute()
    dialog = open_events(qtbot, team.manager)
    assert dialog.texts() == ["远期活动"]
    deadline = dialog.model.index(0, 4).data()
    assert deadline.startswith("The due date of the recap of 远期活动 cannot be worked out "
                               "(rule C3). Its dates lie outside")
    form = active(qtbot, dialog.edit_selected())
    assert form.starts_edit.date().toPython() == form.ends_edit.date().toPython() == \
        _dt.date(2099, 12, 31)
    assert form.error_text("ends_on").startswith("The last day (9999-12-31) is outside the dates "
                                                 "MediaDesk works with (2000-01-01 to 2099-12-31)")
    assert form.error_text("starts_on").startswith("The first day (9999-12-29) is outside")
    type_date(qtbot, form.starts_edit, future_day(40))
    type_date(qtbot, form.ends_edit, future_day(41))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = event_service.get_event(far)
    assert (stored.starts_on, stored.ends_on) == (future_day(40), future_day(41))


# -- typing the first day ---------------------------------------------------------------------

def test_typing_a_new_first_day_moves_the_last_day_only_once_it_is_finished(qtbot, team):
    """Typing 20270301 over 2026-12-02 passes through 2027-12-02; the last day (2026-12-03)
    used to be pushed to that and stay there.  Now it follows the finished date, keeping
    the event's length."""
    event = event_service.create_event(team.manager, "客户答谢会", EventKind.EVENT,
                                       _dt.date(2026, 12, 2), _dt.date(2026, 12, 3))
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    assert form.editing.id == event.id
    form.starts_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.starts_edit, "20270301")
    assert form.ends_edit.date().toPython() == _dt.date(2026, 12, 3)  # not yet finished
    qtbot.keyClick(form.starts_edit, Qt.Key.Key_Tab)
    assert form.starts_edit.date().toPython() == _dt.date(2027, 3, 1)
    assert form.ends_edit.date().toPython() == _dt.date(2027, 3, 2)  # two days, as before
    # An earlier first day leaves the last day where it is.
    type_date(qtbot, form.starts_edit, _dt.date(2027, 2, 26))
    assert form.ends_edit.date().toPython() == _dt.date(2027, 3, 2)
    assert "Rule C3" in form.rule_hint.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = event_service.get_event(event.id)
    assert (stored.starts_on, stored.ends_on) == (_dt.date(2027, 2, 26), _dt.date(2027, 3, 2))


def test_a_first_day_typed_and_saved_with_enter_counts(qtbot, team):
    dialog = open_events(qtbot, team.manager)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.form)
    enter(qtbot, form.name_edit, "新品发布会")
    form.starts_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.starts_edit, future_day(12).strftime("%Y%m%d"))
    qtbot.keyClick(form.starts_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    (stored,) = event_service.list_events()
    assert (stored.starts_on, stored.ends_on) == (future_day(12), future_day(12))


# -- a colleague's change --------------------------------------------------------------------------

def edit_while_a_colleague_renames(qtbot, team, promotion):
    """The manager renames the promotion in the form; meanwhile 刘洋 renames it too; Save."""
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    form.name_edit.selectAll()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Delete)
    enter(qtbot, form.name_edit, "年终大促（改）")
    event_service.update_event(team.colleague, promotion.id, promotion.version, name="年终特惠",
                               kind=EventKind.PROMOTION, starts_on=promotion.starts_on,
                               ends_on=promotion.ends_on)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return dialog, form


def test_after_a_conflict_saving_again_replaces_the_colleagues_version(qtbot, team, promotion):
    """The message said "the latest version is shown now": the form now edits it, so the
    second Save goes through instead of conflicting again and again."""
    dialog, form = edit_while_a_colleague_renames(qtbot, team, promotion)
    said = form.error_text()
    assert "刘洋" in said and "not saved" in said and "Save again" in said
    assert form.isVisible() and form.name_edit.text() == "年终大促（改）"
    assert dialog.texts() == ["年终特惠"]
    assert form.editing.version == promotion.version + 1  # the colleague's version
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert event_service.get_event(promotion.id).name == "年终大促（改）"
    assert dialog.texts() == ["年终大促（改）"]


def test_cancel_after_a_conflict_keeps_the_colleagues_version(qtbot, team, promotion):
    dialog, form = edit_while_a_colleague_renames(qtbot, team, promotion)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.discard_box.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert event_service.get_event(promotion.id).name == "年终特惠"
    assert dialog.texts() == ["年终特惠"]


def test_after_a_conflict_the_dates_a_colleague_moved_stay_moved(qtbot, team, promotion):
    """The reviewer's case: I change only the description; meanwhile 刘洋 moves the
    promotion to 2027-01-03..05; Save conflicts, Save again stored my old dates back (the
    form still held them), and the C4 deadline with them.  The fields I had not touched
    now show the colleague's values, and the message says which."""
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    enter(qtbot, form.description_edit, "线上线下同步开展")
    moved = event_service.update_event(
        team.colleague, promotion.id, promotion.version, name=promotion.name,
        kind=EventKind.PROMOTION, starts_on=_dt.date(2027, 1, 3), ends_on=_dt.date(2027, 1, 5))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.starts_edit.date().toPython() == _dt.date(2027, 1, 3)
    assert form.ends_edit.date().toPython() == _dt.date(2027, 1, 5)
    assert form.description_edit.toPlainText() == "线上线下同步开展"  # mine stays
    assert form.name_edit.text() == "年终大促"
    said = form.error_text()
    assert "刘洋" in said and "not saved" in said
    assert "Their change is now in the fields you had not touched: First day, Last day." in said
    assert "You both changed" not in said
    assert "2026-12-31" in form.rule_hint.text()  # C4: 3 days before the colleague's first day
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = event_service.get_event(promotion.id)
    assert (stored.name, stored.starts_on, stored.ends_on, stored.description) == (
        "年终大促", _dt.date(2027, 1, 3), _dt.date(2027, 1, 5), "线上线下同步开展")
    assert stored.version == moved.version + 1


def test_after_a_conflict_a_field_both_changed_keeps_what_i_typed(qtbot, team, promotion):
    """Both wrote a description, 刘洋 also renamed it: the name shows theirs, the
    description mine, and the message names each, so Save again is a knowing choice."""
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    enter(qtbot, form.description_edit, "我的说明")
    event_service.update_event(team.colleague, promotion.id, promotion.version, name="年终特惠",
                               kind=EventKind.PROMOTION, starts_on=promotion.starts_on,
                               ends_on=promotion.ends_on, description="刘洋的说明")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.description_edit.toPlainText() == "我的说明"
    assert form.name_edit.text() == "年终特惠"
    said = form.error_text()
    assert "You both changed Description: what you typed is still there." in said
    assert "Their change is now in the fields you had not touched: Name." in said
    assert "First day" not in said and "Last day" not in said
    assert dialog.texts() == ["年终特惠"]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = event_service.get_event(promotion.id)
    assert (stored.name, stored.description) == ("年终特惠", "我的说明")


def test_after_a_conflict_a_last_day_i_typed_is_not_moved_by_their_first_day(
        qtbot, team, promotion):
    """The colleague's first day is put in, not typed: it must not push along the last day
    I typed (that showed neither mine nor theirs while the message said mine was kept)."""
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    mine = promotion.ends_on + _dt.timedelta(days=1)
    type_date(qtbot, form.ends_edit, mine)
    event_service.update_event(
        team.colleague, promotion.id, promotion.version, name=promotion.name,
        kind=EventKind.PROMOTION, starts_on=mine + _dt.timedelta(days=4),
        ends_on=mine + _dt.timedelta(days=6))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.starts_edit.date().toPython() == mine + _dt.timedelta(days=4)
    assert form.ends_edit.date().toPython() == mine
    said = form.error_text()
    assert "not touched: First day." in said
    assert "You both changed Last day: what you typed is still there." in said
    # Saving the form as it is now is refused and says why; nothing is stored.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "cannot end" in form.error_text("ends_on")
    assert event_service.get_event(promotion.id).ends_on == mine + _dt.timedelta(days=6)


def test_saving_an_event_a_colleague_removed_drops_it_from_the_list(qtbot, team, promotion):
    dialog = open_events(qtbot, team.manager)
    form = active(qtbot, dialog.edit_selected())
    enter(qtbot, form.description_edit, "新的说明")
    event_service.delete_event(team.colleague, promotion.id, promotion.version)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "no longer exists" in form.error_text()
    assert form.description_edit.toPlainText() == "新的说明"  # kept, to copy if wanted
    assert dialog.texts() == []
    assert event_service.list_events() == []


# -- a dark theme ------------------------------------------------------------------------------------

def test_late_deadlines_and_form_errors_read_well_in_either_theme(qtbot, team, promotion, theme):
    """The red of a late deadline and of a form's error was fixed (#B3261E, #C62828): on a
    dark theme it was hard to read.  Both take ui.style's red for the theme (WCAG 4.5 : 1)."""
    from PySide6.QtGui import QPalette

    from tests.conftest import contrast
    from ui import style

    red = style.ERROR_COLOUR_DARK if theme == "dark" else style.ERROR_COLOUR
    dialog = open_events(qtbot, team.manager)
    late = dialog.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)  # not announced yet
    assert late.name().upper() == red.upper()
    assert contrast(late, dialog.table.palette().color(QPalette.ColorRole.Base)) >= 4.5
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = active(qtbot, dialog.form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no name
    error = form.findChild(QLabel, "nameError")
    assert error.isVisible() and "name" in error.text()
    shown = error.palette().color(error.foregroundRole())
    assert shown.name().upper() == red.upper()
    assert contrast(shown, form.palette().color(QPalette.ColorRole.Window)) >= 4.5


def test_a_long_event_name_leaves_the_deadlines_readable(qtbot, team, promotion):
    """One event named in 29 characters took the width: the deadlines wrapped a character a
    line and one row filled the list (QA: three years of use)."""
    event_service.create_event(team.manager, "2026年度客户答谢会暨新品发布会（上海国际会议中心）",
                               EventKind.EVENT, future_day(10), future_day(11))
    dialog = open_events(qtbot, team.manager)
    dialog.resize(900, 500)
    qtbot.wait(1)
    table, em = dialog.table, dialog.table.fontMetrics().horizontalAdvance("国")
    assert table.columnWidth(0) <= em * 12
    assert table.columnWidth(4) >= em * 20
    line = table.fontMetrics().lineSpacing()
    heights = [table.rowHeight(row) for row in range(table.model().rowCount())]
    assert max(heights) <= line * 7, heights  # three lines of name (it was 20 and more)
    short = next(r for r in range(table.model().rowCount())
                 if table.model().index(r, 0).data() == "年终大促")
    assert table.rowHeight(short) <= line * 4
