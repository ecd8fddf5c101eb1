"""The "Team and platforms" screen, driven with mouse and keyboard as a person would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication

from models import platforms, users
from models.errors import PermissionDenied
from models.platforms import PlatformKind
from models.roles import Role
from tests.views.conftest import (MEMBER_PASSWORD, click_row, enter, open_screen, row_with,
                                  table_texts)
from views.team_dialogs import ConfirmBox, PersonDialog, PlatformDialog, ResetPasswordDialog
from views.team_models import PeopleModel, inactive_brush_colour

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def type_into(qtbot, edit, text):
    """Replace what a field holds."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    enter(qtbot, edit, text)


def press_new(qtbot, screen):
    qtbot.keySequence(screen.focusWidget() or screen, QKeySequence(QKeySequence.StandardKey.New))


def confirm(qtbot, screen):
    box = screen.dialog
    assert isinstance(box, ConfirmBox) and box.isVisible()
    click(qtbot, box.confirm_button)
    qtbot.waitUntil(lambda: screen.dialog is None)


def roles_shown(screen, name):
    view = screen.people_view
    return view.model().index(row_with(view, name), PeopleModel.ROLES).data()


# -- people ---------------------------------------------------------------------------

def test_manager_adds_a_person_with_two_roles(qtbot, screen):
    screen.people_view.setFocus()
    press_new(qtbot, screen)  # Ctrl+N on the People tab
    dialog = screen.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.name_edit  # the cursor starts in the name
    enter(qtbot, dialog.name_edit, "陈静")
    qtbot.keyClicks(dialog.login_edit, "Chen.Jing")
    enter(qtbot, dialog.department_edit, "新媒体运营部")
    click(qtbot, dialog.role_checks[Role.PROMOTION_SPECIALIST])
    click(qtbot, dialog.role_checks[Role.ACCOUNT_ADMINISTRATOR])
    qtbot.keyClicks(dialog.password_edit, "first-pass-9")
    qtbot.keyClicks(dialog.repeat_edit, "first-pass-9")
    click(qtbot, dialog.save_button)

    assert screen.dialog is None
    assert roles_shown(screen, "陈静") == "Promotion specialist, Account administrator"
    assert screen.selected_person().login == "chen.jing"
    assert "陈静" in screen.status_text()
    stored = users.find_by_login("chen.jing")
    assert stored.display_name == "陈静" and stored.department == "新媒体运营部"
    assert stored.roles == {Role.PROMOTION_SPECIALIST, Role.ACCOUNT_ADMINISTRATOR}
    assert stored.must_change_password
    assert users.authenticate("chen.jing", "first-pass-9").id == stored.id


def test_the_table_shows_role_labels_in_the_user_language(qtbot, team):
    from tests.views.test_team_models import FakeChinese
    from PySide6.QtCore import QCoreApplication
    from models import i18n

    translator = FakeChinese()
    QCoreApplication.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    try:
        users.update_user(team.manager, team.lina.id, team.lina.version, display_name="李娜",
                          department="", roles=[Role.CONTENT_SPECIALIST, Role.CUSTOMER_SERVICE])
        screen = open_screen(qtbot, team.manager)
        assert roles_shown(screen, "李娜") == "内容运营专员、客服专员"
        click(qtbot, screen.add_person_button)
        labels = {r: c.text() for r, c in screen.dialog.role_checks.items()}
        assert len(labels) == 7 and labels[Role.OPERATIONS_MANAGER] == "运营经理"
        screen.dialog.reject()
    finally:
        i18n.set_translator(None)
        QCoreApplication.removeTranslator(translator)


def test_a_refused_person_keeps_the_dialog_open_and_filled(qtbot, screen):
    click(qtbot, screen.add_person_button)
    dialog = screen.dialog
    enter(qtbot, dialog.name_edit, "李娜二")
    qtbot.keyClicks(dialog.login_edit, "lina")  # taken
    click(qtbot, dialog.role_checks[Role.CUSTOMER_SERVICE])
    qtbot.keyClicks(dialog.password_edit, "good-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "good-pass-1")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible() and screen.dialog is dialog
    assert "lina is taken" in dialog.error_text("login")
    assert dialog.focusWidget() is dialog.login_edit
    assert dialog.name_edit.text() == "李娜二"
    assert dialog.role_checks[Role.CUSTOMER_SERVICE].isChecked()
    assert dialog.password_edit.text() == "good-pass-1"

    # A short password, after the user name is fixed.
    type_into(qtbot, dialog.login_edit, "lina2")
    type_into(qtbot, dialog.password_edit, "short1")
    type_into(qtbot, dialog.repeat_edit, "short1")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter saves, as Save would
    assert dialog.isVisible()
    assert dialog.error_text("login") == ""
    assert "at least 8 characters" in dialog.error_text("password")
    assert dialog.focusWidget() is dialog.password_edit

    # Two different passwords are caught before asking the service.
    type_into(qtbot, dialog.password_edit, "longer-pass-2")
    type_into(qtbot, dialog.repeat_edit, "longer-pass-3")
    click(qtbot, dialog.save_button)
    assert "not the same" in dialog.error_text("repeat_password")
    assert users.find_by_login("lina2") is None

    type_into(qtbot, dialog.repeat_edit, "longer-pass-2")
    click(qtbot, dialog.save_button)
    assert screen.dialog is None
    assert users.find_by_login("lina2").display_name == "李娜二"


def test_edit_roles_with_the_keyboard(qtbot, screen, team):
    click_row(qtbot, screen.people_view, "李娜")
    assert screen.edit_person_button.isEnabled()
    qtbot.keyClick(screen.people_view, Qt.Key.Key_Return)  # Enter edits
    dialog = screen.dialog
    assert isinstance(dialog, PersonDialog) and dialog.person.id == team.lina.id
    assert dialog.login_edit.isReadOnly() and dialog.login_edit.text() == "lina"
    assert dialog.password_edit is None
    assert dialog.role_checks[Role.CONTENT_SPECIALIST].isChecked()
    dialog.role_checks[Role.CUSTOMER_SERVICE].setFocus()
    qtbot.keyClick(dialog.role_checks[Role.CUSTOMER_SERVICE], Qt.Key.Key_Space)
    type_into(qtbot, dialog.department_edit, "客服部")
    click(qtbot, dialog.save_button)

    assert screen.dialog is None
    assert roles_shown(screen, "李娜") == "Content specialist, Customer service"
    stored = users.get_user(team.lina.id)
    assert stored.roles == {Role.CONTENT_SPECIALIST, Role.CUSTOMER_SERVICE}
    assert stored.department == "客服部"
    assert screen.selected_person().id == team.lina.id  # the selection survives the reload


def test_double_click_opens_the_editor(qtbot, screen, team):
    view = screen.people_view
    index = view.model().index(row_with(view, "张伟"), PeopleModel.DEPARTMENT)
    # A real double click: press and release, then the second press arrives as a double click.
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.mouseDClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert isinstance(screen.dialog, PersonDialog)
    assert screen.dialog.person.id == team.zhangwei.id
    click(qtbot, screen.dialog.cancel_button)
    assert screen.dialog is None


def test_deactivate_after_confirmation_greys_and_hides_the_person(qtbot, screen, team):
    click_row(qtbot, screen.people_view, "张伟")
    assert screen.toggle_person_button.text() == "&Deactivate"

    click(qtbot, screen.toggle_person_button)
    box = screen.dialog
    assert "张伟" in box.text()
    click(qtbot, box.cancel_button)  # changes nothing
    assert users.get_user(team.zhangwei.id).active

    click(qtbot, screen.toggle_person_button)
    confirm(qtbot, screen)
    assert not users.get_user(team.zhangwei.id).active
    assert "张伟" not in table_texts(screen.people_view)
    # The keyboard is back in the table, which selects its current row; never the person
    # now hidden.
    assert screen.people_view.hasFocus()
    assert screen.selected_person() is None or screen.selected_person().login != "zhangwei"

    click(qtbot, screen.show_inactive_check)
    view = screen.people_view
    row = row_with(view, "张伟")
    assert view.model().index(row, PeopleModel.STATUS).data() == "Inactive"
    grey = view.model().index(row, PeopleModel.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(grey) == inactive_brush_colour()

    click_row(qtbot, view, "张伟")
    assert screen.toggle_person_button.text() == "&Reactivate"
    click(qtbot, screen.toggle_person_button)  # reactivating needs no question
    assert users.get_user(team.zhangwei.id).active
    assert view.model().index(row_with(view, "张伟"), PeopleModel.STATUS).data() == "Active"


def test_the_last_operations_manager_cannot_be_removed(qtbot, team, message_boxes):
    users.set_user_active(team.manager, team.colleague.id, team.colleague.version, False)
    screen = open_screen(qtbot, team.manager)

    click_row(qtbot, screen.people_view, "王芳")
    # Nobody deactivates their own account (the service refuses it too).
    assert not screen.toggle_person_button.isEnabled()
    assert "your own account" in screen.toggle_person_button.toolTip()
    assert users.get_user(team.manager.id).active

    # Taking the role away is refused too, next to the roles.
    click_row(qtbot, screen.people_view, "王芳")
    click(qtbot, screen.edit_person_button)
    dialog = screen.dialog
    click(qtbot, dialog.role_checks[Role.OPERATIONS_MANAGER])
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "at least one active operations manager" in dialog.error_text("roles")
    assert users.get_user(team.manager.id).is_manager
    dialog.reject()


def test_reset_password(qtbot, screen, team):
    click_row(qtbot, screen.people_view, "李娜")
    click(qtbot, screen.reset_password_button)
    dialog = screen.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    assert "must change it at the next log-in" in dialog.findChild(
        type(dialog.general_error), "resetPasswordIntro").text()
    qtbot.keyClicks(dialog.password_edit, "1234567")
    qtbot.keyClicks(dialog.repeat_edit, "1234567")
    click(qtbot, dialog.save_button)
    assert "at least 8" in dialog.error_text("password")
    type_into(qtbot, dialog.password_edit, "new-pass-42")
    type_into(qtbot, dialog.repeat_edit, "new-pass-42")
    click(qtbot, dialog.save_button)

    assert screen.dialog is None
    assert "next log-in" in screen.status_text()
    assert users.get_user(team.lina.id).must_change_password
    assert users.authenticate("lina", "new-pass-42").id == team.lina.id


def test_the_manager_does_not_reset_her_own_password(qtbot, screen, team):
    """A reset skips the current password; her own goes through Change password, which asks
    for it (the service refuses it too: tests/models/test_users.py)."""
    click_row(qtbot, screen.people_view, "王芳")
    assert not screen.reset_password_button.isEnabled()
    assert "Change password" in screen.reset_password_button.toolTip()
    click_row(qtbot, screen.people_view, "李娜")
    assert screen.reset_password_button.isEnabled()


@pytest.mark.parametrize("which", ["new person", "reset"])
def test_the_password_rules_in_the_field_are_shown_whole(qtbot, screen, team, which):
    """The placeholder is the field's only statement of the password rules: not cut off."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    if which == "reset":
        click_row(qtbot, screen.people_view, "李娜")
        click(qtbot, screen.reset_password_button)
    else:
        press_new(qtbot, screen)
    edit = screen.dialog.password_edit
    qtbot.waitExposed(screen.dialog)
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    hint = edit.placeholderText()
    assert "8" in hint
    assert QFontMetricsF(edit.font()).horizontalAdvance(hint) <= room.width() - 2 * 2


def test_search_filters_by_name_or_user_name(qtbot, screen):
    screen.people_view.setFocus()
    qtbot.keySequence(screen.people_view, QKeySequence(QKeySequence.StandardKey.Find))
    assert screen.search_edit.hasFocus()
    enter(qtbot, screen.search_edit, "李")
    assert table_texts(screen.people_view) == ["李娜"]
    type_into(qtbot, screen.search_edit, "ZHANG")
    assert table_texts(screen.people_view) == ["张伟"]
    type_into(qtbot, screen.search_edit, "nobody")
    assert table_texts(screen.people_view) == []
    screen.search_edit.clear()
    assert len(table_texts(screen.people_view)) == 4


def test_the_table_sorts_by_a_clicked_header(qtbot, screen):
    view = screen.people_view
    header = view.horizontalHeader()
    pos = header.rect().topLeft()
    pos.setX(header.sectionViewportPosition(PeopleModel.LOGIN) + 5)
    pos.setY(header.height() // 2)
    qtbot.mouseClick(header.viewport(), LEFT, pos=pos)
    assert table_texts(view, PeopleModel.LOGIN) == ["lina", "liuyang", "wangfang", "zhangwei"]
    qtbot.mouseClick(header.viewport(), LEFT, pos=pos)
    assert table_texts(view, PeopleModel.LOGIN) == ["zhangwei", "wangfang", "liuyang", "lina"]


def test_the_delete_key_deletes_nothing(qtbot, screen):
    click_row(qtbot, screen.people_view, "李娜")
    qtbot.keyClick(screen.people_view, Qt.Key.Key_Delete)
    assert screen.dialog is None
    assert len(table_texts(screen.people_view)) == 4
    assert users.find_by_login("lina").active
    assert "deactivate" in screen.status_text()


def test_buttons_follow_the_selection(qtbot, screen):
    assert screen.add_person_button.isEnabled()
    # The first row is selected after the first load (Enter and the buttons act on it).
    assert screen.selected_person().display_name == table_texts(screen.people_view)[0]
    assert screen.edit_person_button.isEnabled()
    assert screen.reset_password_button.isEnabled()
    click_row(qtbot, screen.people_view, "李娜")
    assert screen.edit_person_button.isEnabled()
    assert screen.toggle_person_button.isEnabled()
    assert screen.reset_password_button.isEnabled()
    enter(qtbot, screen.search_edit, "张")  # filters the selected row away
    assert screen.selected_person() is None  # nobody else got selected instead
    assert not screen.edit_person_button.isEnabled()
    assert not screen.toggle_person_button.isEnabled()
    assert not screen.reset_password_button.isEnabled()
    screen.search_edit.clear()
    click_row(qtbot, screen.people_view, "张伟")
    enter(qtbot, screen.search_edit, "zhang")  # the selected row stays
    assert screen.selected_person().login == "zhangwei"
    assert screen.edit_person_button.isEnabled()
    assert screen.read_only_note.isHidden()


# -- platforms and columns ------------------------------------------------------------

def test_add_a_platform_and_a_column(qtbot, screen):
    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Right)  # to "Platforms and columns"
    assert screen.tabs.currentIndex() == 1
    press_new(qtbot, screen)
    dialog = screen.dialog
    assert isinstance(dialog, PlatformDialog)
    enter(qtbot, dialog.name_edit, "B站")
    dialog.kind_combo.setFocus()
    qtbot.keyClicks(dialog.kind_combo, "Other")
    assert dialog.kind_combo.currentData() == PlatformKind.OTHER.value
    type_into(qtbot, dialog.colour_edit, "fb7299")
    click(qtbot, dialog.save_button)

    assert screen.dialog is None
    stored = next(p for p in platforms.list_platforms() if p.name == "B站")
    assert stored.colour == "#FB7299" and stored.kind is PlatformKind.OTHER
    assert screen.selected_platform().id == stored.id
    assert screen.columns_label.text() == "Col&umns of B站"
    view = screen.platforms_view
    swatch = view.model().index(row_with(view, "B站"), 0).data(Qt.ItemDataRole.DecorationRole)
    assert swatch == QColor("#FB7299")

    click(qtbot, screen.add_column_button)
    column_dialog = screen.dialog
    assert "B站" in column_dialog.windowTitle()
    enter(qtbot, column_dialog.name_edit, "每周精选")
    enter(qtbot, column_dialog.description_edit, "周一推送上周要闻")
    click(qtbot, column_dialog.save_button)

    assert screen.dialog is None
    assert table_texts(screen.columns_view) == ["每周精选"]
    assert table_texts(screen.columns_view, 1) == ["周一推送上周要闻"]
    assert [c.name for c in platforms.list_columns(stored.id)] == ["每周精选"]
    assert view.model().index(row_with(view, "B站"), 2).data() == 1


def test_platform_kind_sets_the_usual_colour_and_the_colour_dialog_picks_one(qtbot, screen):
    screen.tabs.setCurrentIndex(1)
    click(qtbot, screen.add_platform_button)
    dialog = screen.dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PlatformKind.WEIBO.value))
    assert dialog.colour_edit.text() == "#E6162D"  # Weibo's colour, until one is chosen
    click(qtbot, dialog.colour_button)
    colours = dialog.colour_dialog
    assert colours.isVisible() and colours.currentColor() == QColor("#E6162D")
    colours.setCurrentColor(QColor("#123456"))
    colours.accept()
    assert dialog.colour_edit.text() == "#123456"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PlatformKind.ZHIHU.value))
    assert dialog.colour_edit.text() == "#123456"  # a chosen colour stays
    type_into(qtbot, dialog.colour_edit, "#12")
    enter(qtbot, dialog.name_edit, "微博二号")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "#RRGGBB" in dialog.error_text("colour")
    assert dialog.name_edit.text() == "微博二号"
    dialog.reject()


def test_a_taken_platform_name_is_shown_next_to_the_name(qtbot, screen):
    screen.tabs.setCurrentIndex(1)
    taken = platforms.list_platforms()[0].name
    click(qtbot, screen.add_platform_button)
    dialog = screen.dialog
    enter(qtbot, dialog.name_edit, taken)
    click(qtbot, dialog.save_button)
    assert "already a platform called" in dialog.error_text("name")
    assert dialog.isVisible()
    dialog.reject()


def test_deactivate_a_column(qtbot, screen, team):
    website = platforms.list_platforms()[0]
    platforms.create_column(team.manager, website.id, "公司新闻")
    platforms.create_column(team.manager, website.id, "招聘信息")
    screen.reload()
    screen.tabs.setCurrentIndex(1)
    assert screen.selected_platform().id == website.id  # the first platform is preselected
    assert screen.selected_column().name == table_texts(screen.columns_view)[0]  # its first column
    click_row(qtbot, screen.columns_view, "招聘信息")
    click(qtbot, screen.toggle_column_button)
    confirm(qtbot, screen)

    view = screen.columns_view
    row = row_with(view, "招聘信息")
    assert view.model().index(row, 2).data() == "Inactive"
    assert view.model().index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    stored = {c.name: c.active for c in platforms.list_columns(website.id)}
    assert stored == {"公司新闻": True, "招聘信息": False}
    platform_row = row_with(screen.platforms_view, website.name)
    assert screen.platforms_view.model().index(platform_row, 2).data() == 1
    assert screen.toggle_column_button.text() == "Reacti&vate column"


def test_deactivating_a_platform_or_column_says_how_many_posts_are_still_planned(
        qtbot, screen, team):
    """The question said nothing of the 39 posts still planned on the platform."""
    import datetime as dt

    from models import posts
    from models.posts import PostFields
    from models.timeutil import utcnow

    website = platforms.list_platforms()[0]
    column = platforms.create_column(team.manager, website.id, "公司新闻")
    soon = (utcnow() + dt.timedelta(days=2)).replace(microsecond=0)
    for n, col in enumerate((column.id, column.id, None)):
        posts.create_post(team.manager, PostFields(platform_id=website.id, title=f"稿件{n}",
                                                   column_id=col, planned_at=soon))
    screen.reload()
    screen.tabs.setCurrentIndex(1)
    click(qtbot, screen.toggle_platform_button)
    box = screen.dialog
    assert "3 post(s) not yet published are still planned there" in box.text()
    box.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    click_row(qtbot, screen.columns_view, "公司新闻")
    click(qtbot, screen.toggle_column_button)
    assert "2 post(s) not yet published" in screen.dialog.text()
    screen.dialog.reject()


def test_a_very_long_name_does_not_push_the_other_columns_out_of_sight(qtbot, screen, team):
    long_name = "新媒体运营部" * 16  # 96 characters: allowed
    users.create_user(team.manager, "longname", long_name, "新媒体运营部",
                      [Role.CONTENT_SPECIALIST], MEMBER_PASSWORD)
    screen.reload()
    view = screen.people_view
    header = view.horizontalHeader()
    total = sum(header.sectionSize(i) for i in range(header.count()))
    assert total <= view.viewport().width()  # every column in sight: no side scrolling
    index = view.model().index(row_with(view, long_name), PeopleModel.NAME)
    assert long_name in index.data(Qt.ItemDataRole.ToolTipRole)  # the whole name


def test_editing_an_inactive_platform_keeps_it_inactive(qtbot, screen, team):
    website = platforms.list_platforms()[0]
    platforms.set_platform_active(team.manager, website.id, website.version, False)
    screen.reload()
    screen.tabs.setCurrentIndex(1)
    click_row(qtbot, screen.platforms_view, website.name)
    qtbot.keyClick(screen.platforms_view, Qt.Key.Key_Return)
    dialog = screen.dialog
    type_into(qtbot, dialog.name_edit, "公司官网")
    click(qtbot, dialog.save_button)
    stored = platforms.get_platform(website.id)
    assert stored.name == "公司官网" and not stored.active


# -- colleagues and permissions ---------------------------------------------------------

def test_escape_asks_before_it_throws_away_what_was_typed(qtbot, screen):
    """Ctrl+N, a name typed, Escape: "Discard your changes?" (the form closed at once and
    the name was gone); Keep editing (the default) goes back to it, Discard closes it.  A
    form nobody changed closes at once."""
    press_new(qtbot, screen)
    dialog = screen.dialog
    type_into(qtbot, dialog.name_edit, "赵敏")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.defaultButton() is box.cancel_button
    click(qtbot, box.cancel_button)
    assert dialog.isVisible() and dialog.name_edit.text() == "赵敏"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    click(qtbot, dialog.discard_box.confirm_button)
    assert screen.dialog is None
    press_new(qtbot, screen)
    untouched = screen.dialog
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert screen.dialog is None and untouched.discard_box is None


def edit_lina_while_a_colleague_changes_her(qtbot, screen, team):
    """The manager opens 李娜's form; meanwhile, at another PC, 刘洋 changes the same person;
    the manager types a new department and saves: the form (after the conflict)."""
    click_row(qtbot, screen.people_view, "李娜")
    click(qtbot, screen.edit_person_button)
    dialog = screen.dialog
    users.update_user(team.colleague, team.lina.id, team.lina.version, display_name="李娜娜",
                      department="市场部", roles=[Role.CHANNEL_SPECIALIST])
    type_into(qtbot, dialog.department_edit, "客服部")
    click(qtbot, dialog.save_button)
    return dialog


def test_a_conflict_names_the_colleague_keeps_their_version_and_what_was_typed(
        qtbot, screen, team, message_boxes):
    with message_boxes:
        dialog = edit_lina_while_a_colleague_changes_her(qtbot, screen, team)
    assert message_boxes.texts == []  # said in the form, which stays open
    said = dialog.error_text()
    assert "刘洋" in said and "not saved" in said and "Save again" in said
    assert screen.dialog is dialog and dialog.isVisible()
    assert dialog.department_edit.text() == "客服部"  # nothing typed is lost
    assert "李娜娜" in table_texts(screen.people_view)  # reloaded behind the form
    assert roles_shown(screen, "李娜娜") == "Channel specialist"
    stored = users.get_user(team.lina.id)
    assert (stored.display_name, stored.department) == ("李娜娜", "市场部")
    # The fields the manager had not touched show the colleague's values (the form said
    # "the latest version is shown" and still showed the old name and roles; Save again
    # then silently put them back), and the message says which.
    assert dialog.name_edit.text() == "李娜娜"
    assert dialog.values().roles == {Role.CHANNEL_SPECIALIST}
    assert "Their change is now in the fields you had not touched: Name, Roles." in said
    assert "You both changed Department: what you typed is still there." in said
    # Saving again, knowingly, puts the typed department in place of the colleague's and
    # keeps their other changes.
    click(qtbot, dialog.save_button)
    assert screen.dialog is None
    stored = users.get_user(team.lina.id)
    assert (stored.display_name, stored.department, stored.roles) == (
        "李娜娜", "客服部", {Role.CHANNEL_SPECIALIST})


def test_in_chinese_the_conflict_names_the_fields_and_reads_as_chinese(qtbot, team,
                                                                         in_chinese):
    from tests.views.conftest import open_screen as open_team

    screen = open_team(qtbot, team.manager)
    dialog = edit_lina_while_a_colleague_changes_her(qtbot, screen, team)
    said = dialog.error_text()
    assert "刘洋" in said and "姓名、角色" in said and "部门" in said
    assert "。 " not in said and "(&" not in said  # no space after a Chinese full stop


def test_cancel_after_a_conflict_keeps_the_colleagues_version(qtbot, screen, team,
                                                              message_boxes):
    dialog = edit_lina_while_a_colleague_changes_her(qtbot, screen, team)
    click(qtbot, dialog.cancel_button)  # what was typed goes only when the person says so
    click(qtbot, dialog.discard_box.confirm_button)
    assert screen.dialog is None
    stored = users.get_user(team.lina.id)
    assert (stored.display_name, stored.department) == ("李娜娜", "市场部")


def test_a_platform_conflict_keeps_the_colleagues_version(qtbot, screen, team, message_boxes):
    screen.tabs.setCurrentIndex(1)
    website = screen.selected_platform()
    click(qtbot, screen.edit_platform_button)
    dialog = screen.dialog
    platforms.update_platform(team.colleague, website.id, website.version, name="集团官网",
                              kind=website.kind, colour=website.colour)
    type_into(qtbot, dialog.name_edit, "我的官网")
    with message_boxes:
        click(qtbot, dialog.save_button)
    assert message_boxes.texts == [] and "刘洋" in dialog.error_text()
    assert dialog.isVisible() and dialog.name_edit.text().endswith("我的官网")
    assert platforms.get_platform(website.id).name == "集团官网"
    assert "集团官网" in table_texts(screen.platforms_view)


def test_a_conflict_says_when_the_colleague_deactivated_the_platform(qtbot, screen, team,
                                                                      message_boxes):
    screen.tabs.setCurrentIndex(1)
    website = screen.selected_platform()
    click(qtbot, screen.edit_platform_button)
    dialog = screen.dialog
    platforms.set_platform_active(team.colleague, website.id, website.version, False)
    type_into(qtbot, dialog.name_edit, "我的官网")
    with message_boxes:
        click(qtbot, dialog.save_button)
    assert "They deactivated it; saving again keeps it inactive." in dialog.error_text()
    click(qtbot, dialog.save_button)
    stored = platforms.get_platform(website.id)
    assert stored.name.endswith("我的官网") and not stored.active


def test_a_platform_conflict_shows_the_colleagues_colour_where_nothing_was_typed(
        qtbot, screen, team, message_boxes):
    """Save again put the old colour back over the colleague's new one."""
    screen.tabs.setCurrentIndex(1)
    website = screen.selected_platform()
    click(qtbot, screen.edit_platform_button)
    dialog = screen.dialog
    platforms.update_platform(team.colleague, website.id, website.version, name=website.name,
                              kind=website.kind, colour="#000000")
    type_into(qtbot, dialog.name_edit, "我的官网")
    with message_boxes:
        click(qtbot, dialog.save_button)
    assert dialog.colour_edit.text() == "#000000"
    assert "Colour" in dialog.error_text()
    click(qtbot, dialog.save_button)
    stored = platforms.get_platform(website.id)
    assert stored.name.endswith("我的官网") and stored.colour == "#000000"


def test_a_non_manager_sees_the_lists_read_only(qtbot, team):
    screen = open_screen(qtbot, team.lina)
    assert len(table_texts(screen.people_view)) == 4
    assert screen.read_only_note.isVisible()
    click_row(qtbot, screen.people_view, "张伟")
    screen.tabs.setCurrentIndex(1)
    click_row(qtbot, screen.platforms_view, platforms.list_platforms()[0].name)
    buttons = [screen.add_person_button, screen.edit_person_button, screen.toggle_person_button,
               screen.reset_password_button, screen.add_platform_button,
               screen.edit_platform_button, screen.toggle_platform_button,
               screen.add_column_button, screen.edit_column_button, screen.toggle_column_button]
    for button in buttons:
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == screen.read_only_text()
    assert "Only the operations manager" in screen.read_only_text()
    qtbot.keyClick(screen.platforms_view, Qt.Key.Key_Return)
    press_new(qtbot, screen)
    assert screen.dialog is None

    # The buttons are a courtesy; the service is the control.
    with pytest.raises(PermissionDenied):
        users.create_user(team.lina, "sneaky", "某人", "", [Role.OPERATIONS_MANAGER],
                          MEMBER_PASSWORD)
    with pytest.raises(PermissionDenied):
        platforms.create_platform(team.lina, "私人号", PlatformKind.OTHER, "#000000")
    assert users.find_by_login("sneaky") is None


def test_a_refusal_by_the_service_is_shown_and_the_screen_turns_read_only(qtbot, screen, team,
                                                                          message_boxes):
    screen.tabs.setCurrentIndex(1)
    click(qtbot, screen.add_platform_button)
    dialog = screen.dialog
    enter(qtbot, dialog.name_edit, "视频号")
    # Meanwhile 刘洋 takes the manager role away from 王芳.
    manager = users.get_user(team.manager.id)
    users.update_user(team.colleague, manager.id, manager.version, display_name="王芳",
                      department="", roles=[Role.ACCOUNT_ADMINISTRATOR])
    with message_boxes:
        click(qtbot, dialog.save_button)
    assert message_boxes.texts == [
        "Only someone with the role “Operations manager” may do this."]
    assert screen.dialog is None
    assert "视频号" not in [p.name for p in platforms.list_platforms()]
    assert not screen.add_platform_button.isEnabled()
    assert screen.read_only_note.isVisible()


def test_tab_moves_through_the_people_tab_in_order(qtbot, screen):
    click_row(qtbot, screen.people_view, "李娜")
    screen.search_edit.setFocus()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["peopleSearch", "showInactive", "peopleTable", "addPersonButton",
                     "editPersonButton", "togglePersonButton"]


def test_the_screen_is_named_for_the_main_window(qtbot, screen):
    assert screen.objectName() == "teamScreen"
    assert [screen.tabs.tabText(i) for i in range(2)] == ["&People", "Platforms and &columns"]
    assert screen.people_view.model().sourceModel() is screen.people_model
    # The first platform is chosen, so its columns are on show.
    assert screen.columns_model.platform_id == platforms.list_platforms()[0].id


def test_mnemonics_press_the_buttons(qtbot, screen, team):
    click_row(qtbot, screen.people_view, "李娜")
    qtbot.keyClick(screen.people_view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.dialog is not None)  # a mnemonic "animates" the click
    assert isinstance(screen.dialog, ResetPasswordDialog)
    qtbot.keyClick(screen.dialog, Qt.Key.Key_Escape)  # Esc cancels
    assert screen.dialog is None
    with qtbot.waitActive(screen):  # a window manager gives the focus back to the screen
        screen.activateWindow()
    qtbot.keyClick(screen.people_view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.dialog is not None)
    assert isinstance(screen.dialog, ConfirmBox)
    qtbot.keyClick(screen.dialog, Qt.Key.Key_Return)  # Cancel is the default: nothing happens
    assert screen.dialog is None
    assert users.get_user(team.lina.id).active
