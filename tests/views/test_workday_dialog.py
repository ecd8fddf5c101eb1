"""Holidays and working days (rule C3), driven as a person would: the operations manager enters
a year's arrangement from the State Council's notice; everyone else reads it; a colleague's
save meanwhile is named; the calendar judges its warnings again after a save.

The dates of 2027 are made up for the tests (the real notice is not out).
"""
from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import events as event_service
from models import settings
from models.errors import DomainError
from models.events import EventKind
from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.fitting import SMALL, assert_fits, on_screen
from tests.ui.conftest import show_and_activate

D = _dt.date
TODAY = D(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]
NB = "\N{NO-BREAK SPACE}"  # a run's count is not broken over two lines


def open_dialog(qtbot, user, today: D = TODAY):
    from views.workday_dialog import HolidaysDialog

    return show_and_activate(qtbot, HolidaysDialog(user, today=today))


def type_date(qtbot, edit, day: D, finish=Qt.Key.Key_Tab) -> None:
    """Arrive in a date field as Tab does (its year selected), type the digits, and leave
    with Tab or press Enter."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    qtbot.keyClick(edit, finish)


def choose_year(qtbot, dialog, year: int) -> None:
    combo = dialog.year_combo
    combo.setFocus()
    while combo.currentData() < year:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentData() > year:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentData() == year


def spring_festival() -> list[D]:
    return [D(2027, 2, 6) + _dt.timedelta(days=i) for i in range(9)]


def test_the_manager_enters_a_holiday_and_a_working_saturday_with_the_keyboard(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    years = [dialog.year_combo.itemText(i) for i in range(dialog.year_combo.count())]
    assert years == ["2027", "2028"]  # the first year chinesecalendar lacks to next year + 1
    assert dialog.year == 2027 and QApplication.focusWidget() is dialog.year_combo
    assert "Nothing entered for 2027" in dialog.count_label.text()

    # “春节：2月6日至14日放假调休，共9天”: from, Tab, to, Enter adds the range.
    type_date(qtbot, dialog.off_from, D(2027, 2, 6))
    assert QApplication.focusWidget() is dialog.off_to
    type_date(qtbot, dialog.off_to, D(2027, 2, 14), finish=Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the days; it did not save and close
    assert dialog.off_model.texts() == [f"2027-02-06 (Sat) – 2027-02-14 (Sun), 9{NB}day(s)"]
    # New Year's Day, one day: a new first day is the last day too until another is typed.
    type_date(qtbot, dialog.off_from, D(2027, 1, 1))
    qtbot.mouseClick(dialog.add_off_button, Qt.MouseButton.LeftButton)
    assert dialog.off_model.texts()[0] == "2027-01-01 (Fri)"
    type_date(qtbot, dialog.working_day, D(2027, 2, 20), finish=Qt.Key.Key_Enter)
    assert dialog.working_model.texts() == ["2027-02-20 (Sat)"]
    # 261 weekdays, 6 of them off, one Saturday worked: 256, and the check says it is odd.
    assert dialog.count_label.text().startswith("256 working day(s) in 2027")
    assert "248 to 252" in dialog.count_label.text()

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = settings.team_calendar().year(2027)
    assert stored.days_off == {D(2027, 1, 1), *spring_festival()}
    assert stored.working_days == {D(2027, 2, 20)}


def test_a_weekday_is_not_taken_as_a_working_day_and_the_message_says_why(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.working_day, D(2027, 1, 4), finish=Qt.Key.Key_Return)  # Monday
    assert dialog.working_model.rowCount() == 0
    assert dialog.error_text("working_days") == (
        "2027-01-04 is a weekday, and weekdays are working days anyway: a swapped working "
        "day (调休) is a Saturday or a Sunday.")
    # A day already off cannot be worked as well.
    type_date(qtbot, dialog.off_from, D(2027, 2, 6))
    type_date(qtbot, dialog.off_to, D(2027, 2, 14), finish=Qt.Key.Key_Return)
    assert dialog.error_text("working_days") == ""  # a new step clears the old message
    type_date(qtbot, dialog.working_day, D(2027, 2, 7), finish=Qt.Key.Key_Return)
    assert "2027-02-07 is both a day off and a working day" in dialog.error_text("working_days")
    assert dialog.working_model.rowCount() == 0


def test_a_last_day_before_the_first_is_refused(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.off_from, D(2027, 5, 3))
    type_date(qtbot, dialog.off_to, D(2027, 5, 1), finish=Qt.Key.Key_Return)
    assert dialog.off_model.rowCount() == 0
    assert dialog.error_text("days_off") == (
        "The last day off (2027-05-01 (Sat)) comes before the first (2027-05-03 (Mon)).")


def test_the_date_fields_take_only_days_of_the_chosen_year(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    choose_year(qtbot, dialog, 2028)
    for edit in (dialog.off_from, dialog.off_to, dialog.working_day):
        assert edit.minimumDate().toPython() == D(2028, 1, 1)
        assert edit.maximumDate().toPython() == D(2028, 12, 31)
    assert dialog.off_group.title() == "Days off in 2028"
    assert dialog.off_list.accessibleName() == "Days off in 2028"


def test_removing_a_run_with_the_delete_key_and_with_the_button(qtbot, team):
    settings.set_holidays(team.manager, {2027: ([D(2027, 1, 1), *spring_festival()],
                                                [D(2027, 2, 20)])})
    dialog = open_dialog(qtbot, team.manager)
    choose_year(qtbot, dialog, 2027)
    assert not dialog.remove_off_button.isEnabled()  # nothing chosen yet
    dialog.off_list.setFocus(Qt.FocusReason.TabFocusReason)  # on its first row
    qtbot.keyClick(dialog.off_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.off_list, Qt.Key.Key_Up)
    assert dialog.remove_off_button.isEnabled()
    qtbot.keyClick(dialog.off_list, Qt.Key.Key_Delete)
    assert dialog.off_model.texts() == [f"2027-02-06 (Sat) – 2027-02-14 (Sun), 9{NB}day(s)"]
    assert QApplication.focusWidget() is dialog.off_list
    rect = dialog.working_list.visualRect(dialog.working_model.index(0, 0))
    qtbot.mouseClick(dialog.working_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.mouseClick(dialog.remove_working_button, Qt.MouseButton.LeftButton)
    assert dialog.working_model.rowCount() == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = settings.team_calendar().year(2027)
    assert stored.days_off == set(spring_festival()) and stored.working_days == set()


def test_someone_else_reads_the_entries_but_cannot_change_them(qtbot, team):
    settings.set_holidays(team.manager, {2027: ([D(2027, 1, 1)], [D(2027, 2, 20)])})
    dialog = open_dialog(qtbot, team.lina)
    choose_year(qtbot, dialog, 2027)
    assert dialog.off_model.texts() == ["2027-01-01 (Fri)"]
    assert dialog.working_model.texts() == ["2027-02-20 (Sat)"]
    assert dialog.count_label.text().startswith("261 working day(s) in 2027")
    assert dialog.read_only_note.isVisible()
    for widget in (dialog.off_from, dialog.off_to, dialog.working_day, dialog.add_off_button,
                   dialog.add_working_button, dialog.remove_off_button,
                   dialog.remove_working_button, dialog.save_button):
        assert not widget.isEnabled(), widget.objectName()
    # The lists are read with the keyboard; Delete removes nothing.
    dialog.off_list.setFocus()
    qtbot.keyClick(dialog.off_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.off_list, Qt.Key.Key_Delete)
    assert dialog.off_model.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing to lose: it closes at once
    assert not dialog.isVisible()
    assert settings.team_calendar().year(2027).days_off == {D(2027, 1, 1)}


def test_a_colleagues_save_meanwhile_is_named_and_what_was_typed_stays(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.off_from, D(2027, 1, 1), finish=Qt.Key.Key_Return)
    # 刘洋, the other operations manager, saves 2027 and 2028 on his PC meanwhile.
    settings.set_holidays(team.colleague, {2027: ([D(2027, 10, 1)], []),
                                           2028: ([D(2028, 1, 3)], [])}, 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.error_text()
    assert message.startswith("刘洋 changed the holidays at ") and "Save again" in message
    assert dialog.off_model.texts() == ["2027-01-01 (Fri)"]  # what was typed
    choose_year(qtbot, dialog, 2028)  # a year not touched here shows the colleague's entry
    assert dialog.off_model.texts() == ["2028-01-03 (Mon)"]
    # Save again replaces their 2027 knowingly and keeps their 2028.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    team_calendar = settings.team_calendar()
    assert team_calendar.year(2027).days_off == {D(2027, 1, 1)}
    assert team_calendar.year(2028).days_off == {D(2028, 1, 3)}


def test_a_failed_save_keeps_the_form_filled(qtbot, team, monkeypatch):
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.off_from, D(2027, 1, 1), finish=Qt.Key.Key_Return)

    def refuse(*_args, **_kwargs):
        raise DomainError("The database cannot be written just now. Try again.")

    monkeypatch.setattr(settings, "set_holidays", refuse)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text() == "The database cannot be written just now. Try again."
    assert dialog.off_model.texts() == ["2027-01-01 (Fri)"]
    monkeypatch.undo()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.team_calendar().year(2027).days_off == {D(2027, 1, 1)}


def test_cancel_asks_before_throwing_entries_away(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    choose_year(qtbot, dialog, 2028)  # choosing a year is not an entry
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.off_from, D(2027, 1, 1), finish=Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.discard_box is not None
    dialog.discard_box.close()


def test_the_days_model_is_sound(qtmodeltester, team):
    from views.workday_dialog import DaysModel

    model = DaysModel()
    model.set_days([D(2027, 1, 1), *spring_festival(), D(2027, 10, 1)])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    index = model.index(1, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "5 of them on weekday(s)"
    assert index.data(DaysModel.RunRole) == (D(2027, 2, 6), D(2027, 2, 14))


def test_the_dialog_fits_a_150_percent_laptop_with_names_and_distinct_access_keys(
        qtbot, team, monkeypatch, language):
    from tests.views.test_form_field_names import inputs, spoken_name
    from tests.views.test_mnemonics import window_clashes

    on_screen(monkeypatch, SMALL)
    settings.set_holidays(team.manager, {2027: (spring_festival(), [D(2027, 2, 20)])})
    dialog = open_dialog(qtbot, team.manager, today=TODAY)
    choose_year(qtbot, dialog, 2027)
    assert_fits(dialog)
    assert window_clashes(dialog) == {}
    for widget in inputs(dialog):
        assert spoken_name(widget), widget.objectName()
    for view in (dialog.off_list, dialog.working_list):
        assert view.accessibleName()


def test_each_run_of_days_off_takes_one_line_even_on_a_small_laptop(
        qtbot, team, monkeypatch, language):
    """In Chinese a run wrapped inside its count ("…（周日），共 3" and "天" on the next
    line) in the width Qt gave the list; on a 1280 x 720 screen at 150 % the dialog has
    room for a run on one line, in both languages."""
    on_screen(monkeypatch, SMALL)
    days_off = [D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3), *spring_festival(),
                D(2027, 4, 5), *(D(2027, 9, 29) + _dt.timedelta(days=i) for i in range(8))]
    settings.set_holidays(team.manager, {2027: (days_off, [D(2027, 2, 20)])})
    dialog = open_dialog(qtbot, team.manager, today=TODAY)
    choose_year(qtbot, dialog, 2027)
    assert_fits(dialog)
    view = dialog.off_list
    line = view.fontMetrics().lineSpacing()
    texts = dialog.off_model.texts()
    assert len(texts) == 4
    assert texts[1].endswith(f"共{NB}9{NB}天" if language == "zh_CN" else f"9{NB}day(s)")
    for row in range(dialog.off_model.rowCount()):
        height = view.visualRect(dialog.off_model.index(row, 0)).height()
        assert height < 2 * line, (texts[row], height, line, view.width())


def test_the_calendar_offers_it_and_judges_its_warnings_again_after_a_save(qtbot, team):
    """A recap of an event ending on 30 Dec 2026 is "unknown" until 2027 is entered."""
    from views.calendar import CalendarScreen

    event_service.create_event(team.manager, "年会", EventKind.EVENT, D(2026, 12, 29),
                               D(2026, 12, 30))
    screen = CalendarScreen(team.manager)
    screen.resize(1280, 820)
    show_and_activate(qtbot, screen)
    screen.jump_to(D(2027, 1, 4))

    def unknown() -> list[str]:
        return [text for _day, text in screen.warning_lines() if "cannot be worked out" in text]

    qtbot.waitUntil(lambda: bool(unknown()))
    assert "Content calendar › More › Holidays and working days…" in unknown()[0]
    texts = [a.text() for a in screen.more_menu.actions()]
    at = texts.index("E&vents and promotions…")
    assert texts[at + 1] == "&Holidays and working days…"
    screen.more_menu.actions()[at + 1].trigger()
    dialog = screen.dialog
    assert dialog is not None and dialog.objectName() == "holidaysDialog"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    choose_year(qtbot, dialog, 2027)
    type_date(qtbot, dialog.off_from, D(2027, 1, 1), finish=Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not unknown())
    (recap,) = [d for d in screen.check.all_deadlines if d.event_name == "年会"]
    assert recap.due == D(2027, 1, 5)


def test_a_specialist_is_offered_the_dialog_too_read_only(qtbot, team):
    from views.calendar import CalendarScreen

    screen = CalendarScreen(team.lina)
    qtbot.addWidget(screen)
    action = next(a for a in screen.more_menu.actions() if a.objectName() == "calendarHolidays")
    assert action.isEnabled()
    action.trigger()
    assert screen.dialog.objectName() == "holidaysDialog" and not screen.dialog.may_change
    screen.dialog.close()


def test_the_calendar_does_not_import_the_dialog_before_it_is_opened():
    code = ("import sys; import views.calendar; "
            "print('views.workday_dialog' in sys.modules, 'chinese_calendar' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_after_enter_the_next_date_is_typed_at_once_and_a_repeat_is_named(qtbot, team):
    """After Enter added a working day the cursor stayed on the day: the next date's digits
    changed nothing and Enter quietly added the same day again (QA: this stop's changes)."""
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.working_day, D(2027, 2, 20), finish=Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.working_day
    qtbot.keyClicks(dialog.working_day, "20270925")  # straight on, as a person does
    qtbot.keyClick(dialog.working_day, Qt.Key.Key_Return)
    assert dialog.working_model.rowCount() == 2
    qtbot.keyClicks(dialog.working_day, "20270925")
    qtbot.keyClick(dialog.working_day, Qt.Key.Key_Return)
    assert dialog.working_model.rowCount() == 2
    assert dialog.error_text("working_days").endswith("is already in the list.")
    assert "2027-09-25" in dialog.error_text("working_days")
    # Days off: Enter in the last field, then the next range from its first field.
    type_date(qtbot, dialog.off_from, D(2027, 2, 6))
    type_date(qtbot, dialog.off_to, D(2027, 2, 14), finish=Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.off_from
    qtbot.keyClicks(dialog.off_from, "20271001")
    qtbot.keyClick(dialog.off_from, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.off_to, "20271007")
    qtbot.keyClick(dialog.off_to, Qt.Key.Key_Return)
    assert dialog.off_model.rowCount() == 2


def test_a_clash_is_told_under_the_list_being_added_to(qtbot, team):
    dialog = open_dialog(qtbot, team.manager)
    type_date(qtbot, dialog.working_day, D(2027, 10, 9), finish=Qt.Key.Key_Return)
    type_date(qtbot, dialog.off_from, D(2027, 10, 9))
    type_date(qtbot, dialog.off_to, D(2027, 10, 10), finish=Qt.Key.Key_Return)
    assert "both a day off and a working day" in dialog.error_text("days_off")
    assert dialog.error_text("working_days") == ""


def test_tab_goes_through_the_days_off_then_the_working_days(qtbot, team):
    """Tab went year, the days off, the working days, then back to the days off' fields,
    then across again: the lists were made before the fields under them.  (A date field
    takes three Tabs: its year, month and day.)"""
    dialog = open_dialog(qtbot, team.manager)
    dialog.year_combo.setFocus()
    order = []
    for _ in range(16):
        name = QApplication.focusWidget().objectName()
        if not order or order[-1] != name:
            order.append(name)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order[:7] == ["holidaysYear", "holidaysOffList", "holidaysOffFrom", "holidaysOffTo",
                         "addDaysOff", "holidaysWorkingList", "holidaysWorkingDay"]
