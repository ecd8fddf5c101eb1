"""The Team screen's tables with the keyboard alone: the row the keyboard is on is the
selected one, so Enter opens it and the buttons act on it.  A table that got the focus made
its first row current but selected nothing: Enter did nothing, Edit, Deactivate and Reset
password stayed off, and Down selected the second row."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import platforms
from tests.views.conftest import click_row, enter, open_screen, table_texts
from views.team_dialogs import ColumnDialog, PersonDialog, PlatformDialog

KEY = Qt.Key


def focus(qtbot, view):
    view.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings it there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def shown_name(view, row: int) -> str:
    return view.model().index(row, 0).data()


def close(qtbot, screen):
    screen.dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_enter_opens_the_person_the_table_starts_on(qtbot, team):
    screen = open_screen(qtbot, team.manager)
    view = screen.people_view
    focus(qtbot, view)
    first = shown_name(view, 0)
    assert view.currentIndex().row() == 0
    assert screen.selected_person().display_name == first
    for button in (screen.edit_person_button, screen.reset_password_button):
        assert button.isEnabled(), button.objectName()
    qtbot.keyClick(view, KEY.Key_Return)
    assert isinstance(screen.dialog, PersonDialog)
    assert screen.dialog.person.display_name == first
    close(qtbot, screen)
    qtbot.keyClick(view, KEY.Key_Down)  # the second row, not the third
    assert screen.selected_person().display_name == shown_name(view, 1)
    assert view.currentIndex().row() == 1


def test_a_reload_keeps_the_selected_person(qtbot, team):
    screen = open_screen(qtbot, team.manager)
    click_row(qtbot, screen.people_view, "张伟")
    screen.reload()
    assert screen.selected_person().login == "zhangwei"


def test_focus_after_a_filter_cleared_the_selection_selects_the_current_row(qtbot, team):
    screen = open_screen(qtbot, team.manager)
    click_row(qtbot, screen.people_view, "李娜")
    focus(qtbot, screen.search_edit)
    enter(qtbot, screen.search_edit, "张")  # hides 李娜: nobody stays selected
    assert screen.selected_person() is None
    focus(qtbot, screen.people_view)
    assert table_texts(screen.people_view) == ["张伟"]
    assert screen.selected_person().login == "zhangwei"
    assert screen.edit_person_button.isEnabled()
    qtbot.keyClick(screen.people_view, KEY.Key_Return)
    assert screen.dialog.person.login == "zhangwei"
    close(qtbot, screen)


def test_enter_opens_the_platform_and_column_the_tables_start_on(qtbot, team):
    website = platforms.list_platforms()[0]
    platforms.create_column(team.manager, website.id, "公司新闻")
    platforms.create_column(team.manager, website.id, "招聘信息")
    screen = open_screen(qtbot, team.manager)
    screen.tabs.setCurrentIndex(1)
    focus(qtbot, screen.platforms_view)
    assert screen.selected_platform().id == website.id
    qtbot.keyClick(screen.platforms_view, KEY.Key_Return)
    assert isinstance(screen.dialog, PlatformDialog)
    assert screen.dialog.platform.id == website.id
    close(qtbot, screen)

    columns = screen.columns_view
    focus(qtbot, columns)
    first = shown_name(columns, 0)
    assert screen.selected_column().name == first
    assert screen.edit_column_button.isEnabled()
    assert screen.toggle_column_button.isEnabled()
    qtbot.keyClick(columns, KEY.Key_Return)
    assert isinstance(screen.dialog, ColumnDialog)
    assert screen.dialog.column.name == first
    close(qtbot, screen)
    qtbot.keyClick(columns, KEY.Key_Down)
    assert screen.selected_column().name == shown_name(columns, 1)


def test_after_deactivating_someone_the_keyboard_is_in_the_table(qtbot, team):
    """Deactivate with the keyboard: the person left the list, every button was disabled,
    and the keyboard fell to the navigation bar, where Up switched screens."""
    screen = open_screen(qtbot, team.manager)
    focus(qtbot, screen.people_view)
    view = screen.people_view
    row = next(r for r in range(view.model().rowCount()) if shown_name(view, r) == "张伟")
    view.setCurrentIndex(view.model().index(row, 0))
    screen.toggle_person_button.setFocus()
    qtbot.keyClick(screen.toggle_person_button, Qt.Key.Key_Space)
    box = screen.dialog
    qtbot.waitUntil(lambda: box.isVisible())
    box.confirm_button.setFocus()
    qtbot.keyClick(box.confirm_button, Qt.Key.Key_Space)  # Deactivate
    qtbot.waitUntil(lambda: "张伟" not in table_texts(view))
    if QApplication.activeWindow() is not screen.window():
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen.window())
    assert view.hasFocus()
    person = screen.selected_person()  # the table with the keyboard selects its current row
    assert person is None or person.login != "zhangwei"
