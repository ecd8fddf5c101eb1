"""The main window: navigation, menus, status bar, remembered geometry, first paint."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from models import db as dbmod
from tests.conftest import MANAGER_PASSWORD, contrast
from tests.ui.conftest import show_and_activate
from ui import main_window
from ui.main_window import MainWindow


def open_window(qtbot, user, db_display=None):
    window = MainWindow(user, dbmod.current_url_display() if db_display is None else db_display)
    return show_and_activate(qtbot, window)


@pytest.fixture
def window(qtbot, team):
    return open_window(qtbot, team[0])


def menu_action(window, menu_name, action_name):
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), menu_name)
    assert menu is not None, menu_name
    action = next(a for a in menu.actions() if a.objectName() == action_name)
    assert action.isEnabled() and action.isVisible()
    return action


def test_the_navigation_opens_on_the_calendar_and_reaches_every_screen(qtbot, window):
    from views.calendar import CalendarScreen
    from views.team import TeamScreen

    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Content calendar", "Approval inbox", "Team and platforms"]
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))
    # The calendar is the screen the team opens every morning (issue 3).
    assert nav.currentRow() == 0
    assert isinstance(window.current_screen(), CalendarScreen)
    assert window.current_screen().isVisible()
    assert window.windowTitle() == "Content calendar"

    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(2)).center())
    assert isinstance(window.current_screen(), TeamScreen)
    assert window.current_screen().isVisible()
    assert window.windowTitle() == "Team and platforms"


def test_the_keyboard_starts_in_the_calendar_and_its_shortcuts_work_from_the_bar(
        qtbot, window):
    """After log-in the keys go to the calendar (the arrow keys move in the month); Ctrl+N,
    Ctrl+T, Ctrl+G and Ctrl+1/2/3 work while the navigation bar has the focus too (they did
    nothing there), and Ctrl+2 puts the keyboard on the week's grid (it was left on the
    scroll area around it).  The team screen's Ctrl+F the same."""
    from views.post_editor import PostEditor

    calendar = window.current_screen()
    assert calendar.month_grid.hasFocus()
    nav = window.navigation
    nav.setFocus()
    qtbot.keySequence(nav, QKeySequence("Ctrl+2"))
    assert calendar.mode == "week" and calendar.week_grid.hasFocus()
    nav.setFocus()
    qtbot.keySequence(nav, QKeySequence("Ctrl+G"))
    assert calendar.date_edit.hasFocus()
    nav.setFocus()
    qtbot.keySequence(nav, QKeySequence("Ctrl+N"))
    qtbot.waitUntil(lambda: any(isinstance(w, PostEditor) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor))
    editor.reject()
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    team = window.current_screen()
    assert team.objectName() == "teamScreen" and nav.hasFocus()
    qtbot.keySequence(nav, QKeySequence("Ctrl+F"))
    assert team.search_edit.hasFocus()


def test_the_navigation_icons_stand_out_in_a_light_and_in_a_dark_theme(qtbot, team, theme):
    window = open_window(qtbot, team[0])
    navigation = window.navigation
    back = navigation.palette().color(QPalette.ColorRole.Window)
    selected = navigation.palette().color(QPalette.ColorRole.Highlight)
    for row in range(navigation.count()):
        icon = navigation.item(row).icon()
        for mode, under in ((QIcon.Mode.Normal, back), (QIcon.Mode.Selected, selected)):
            image = icon.pixmap(QSize(20, 20), mode).toImage()
            lines = [c for c in (image.pixelColor(x, y) for x in range(image.width())
                                 for y in range(image.height())) if c.alpha() > 200]
            assert lines, (row, mode)
            # The lines' own colour (not their anti-aliased edges) against what is under
            # them: WCAG's contrast for the parts of an icon, 3 to 1 at least.
            best = max(lines, key=lambda c: contrast(c, under))
            assert contrast(best, under) >= 3, (theme, row, mode, best.name())


def test_a_window_deleted_right_after_its_first_paint_leaves_nothing_to_run(qtbot, team):
    """The calendar's warnings and the inbox badge follow the first paint on a timer.  A
    window gone before they run (a log-out at once) must not have them called on its
    deleted widgets: an exception there would open the error dialog."""
    import shiboken6

    window = MainWindow(team[0], "")
    with qtbot.waitSignal(window.first_painted):
        window.show()
    shiboken6.delete(window)
    qtbot.wait(100)  # pytest-qt fails the test on an exception in the event loop


def test_a_theme_switched_while_running_reaches_what_does_not_follow_the_palette(
        qtbot, team, qapp):
    """Windows and GNOME switch between light and dark while MediaDesk runs: the icons, the
    red labels, the calendar's colours and the inbox's urgent lines follow at once."""
    from PySide6.QtWidgets import QLabel

    from tests.conftest import dark_palette
    from ui import style
    from views.inbox_models import URGENT_COLOUR, URGENT_COLOUR_DARK

    saved = qapp.palette()
    window = open_window(qtbot, team[0])
    inbox = window.show_screen("inbox")
    calendar = window.show_screen("calendar")
    problem = QLabel("出错了", window)
    style.set_role(problem, "error")

    def seen():
        icon = window.navigation.item(1).icon().pixmap(QSize(20, 20), QIcon.Mode.Normal)
        image = icon.toImage()
        lines = [c for c in (image.pixelColor(x, y) for x in range(20) for y in range(20))
                 if c.alpha() > 200]
        back = window.palette().color(QPalette.ColorRole.Window)
        return (max(contrast(c, back) for c in lines),
                problem.palette().color(QPalette.ColorRole.WindowText).name().upper(),
                calendar.look.base.name(), inbox.models["waiting"].urgent.name().upper())

    try:
        light = seen()
        assert light[0] >= 3 and light[1] == style.ERROR_COLOUR
        assert light[3] == URGENT_COLOUR
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: seen()[1] == style.ERROR_COLOUR_DARK)
        dark = seen()
        assert dark[0] >= 3  # light grey lines now, not the grey of a light theme
        assert dark[2] == dark_palette().color(QPalette.ColorRole.Base).name()
        assert dark[3] == URGENT_COLOUR_DARK
        assert contrast(calendar.look.event, calendar.look.base) >= 4.5
    finally:
        qapp.setPalette(saved)
    qtbot.waitUntil(lambda: seen()[1] == style.ERROR_COLOUR)
    assert seen() == light


def test_each_screen_is_registered_once_and_built_from_views():
    keys = [s.key for s in main_window.SCREENS]
    assert len(keys) == len(set(keys))
    assert all(s.factory.startswith("views.") for s in main_window.SCREENS)


def test_a_screen_whose_module_is_missing_is_a_clear_error(qtbot, team, monkeypatch):
    broken = main_window.Screen("team", "Team and platforms", "team.svg", "views.nowhere:Screen")
    monkeypatch.setattr(main_window, "SCREENS", [broken])
    with pytest.raises(main_window.ScreenUnavailable, match=r"views\.nowhere:Screen"):
        MainWindow(team[0], "x")


def test_the_status_bar_shows_who_is_logged_in_and_the_database(window, sqlite_db):
    assert window.user_label.text() == "王芳 (Operations manager)"
    assert window.user_label.isVisible()
    assert window.database_label.text() == f"Database: {sqlite_db.database}"
    assert window.database_label.isVisible()


def test_a_very_long_name_leaves_the_database_readable(qtbot, team):
    """A 100-character display name took the status bar: the path read "数据库…db"."""
    from models import users

    manager = team[0]
    users.update_user(manager, manager.id, users.get_user(manager.id).version,
                      display_name="欧阳" * 50, department="新媒体运营部",
                      roles=users.get_user(manager.id).roles)
    window = open_window(qtbot, users.get_user(manager.id), "sqlite:////home/wang/mediadesk.db")
    window.resize(1280, 800)
    qtbot.wait(1)
    assert window.user_label.text().startswith("欧阳" * 50)
    assert window.database_label.shown_text() == window.database_label.text()
    assert "…" in window.user_label.shown_text()
    assert window.user_label.toolTip().startswith("欧阳" * 50)


def test_a_name_with_all_its_roles_is_shown_whole_where_there_is_room(qtbot, team):
    """The cap for very long names first cut "王芳 (Operations manager, Account administrator)"
    in a 1280 px window with room to spare."""
    from models import users
    from models.roles import Role

    manager = team[0]
    users.update_user(manager, manager.id, users.get_user(manager.id).version,
                      display_name="王芳", department="新媒体运营部",
                      roles=[Role.OPERATIONS_MANAGER, Role.ACCOUNT_ADMINISTRATOR])
    window = open_window(qtbot, users.get_user(manager.id), "sqlite:////home/wang/mediadesk.db")
    window.resize(1280, 800)
    qtbot.wait(1)
    assert window.user_label.text() == "王芳 (Operations manager, Account administrator)"
    assert window.user_label.shown_text() == window.user_label.text()


def test_geometry_is_saved_on_close_and_restored(qtbot, team):
    first = open_window(qtbot, team[0])
    nav = first.navigation
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(2)).center())  # Team and platforms
    # The offscreen test screen is 800 x 800, so only a size that fits it can come back whole.
    size = QSize(max(first.minimumSizeHint().width(), 780), 610)
    first.resize(size)
    qtbot.waitUntil(lambda: first.size() == size)
    with qtbot.waitSignal(first.closed):
        qtbot.keyClick(first, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not first.isVisible()
    assert QSettings().value(main_window.GEOMETRY_KEY) is not None

    second = open_window(qtbot, team[0])
    available = second.screen().availableGeometry()
    if size.width() <= available.width():
        assert second.size() == size
    else:  # the calendar's minimum (English, the tests' font) is wider than this screen:
        # Qt brings a saved window larger than its screen back inside it (the second window
        # opens on Team, whose minimum is narrower).
        assert second.height() == size.height()
        assert available.width() - 4 <= second.width() <= available.width()
    assert QSettings().value(main_window.SCREEN_KEY) == "team"
    assert second.navigation.currentRow() == 2  # it opens on the screen that was left open


def test_without_saved_geometry_the_window_fits_the_screen(window):
    available = window.screen().availableGeometry().size()
    expected = (main_window.DEFAULT_SIZE
                .boundedTo(QSize(int(available.width() * 0.9), int(available.height() * 0.9)))
                .expandedTo(window.minimumSizeHint()))
    assert window.size() == expected


def test_quit_is_the_standard_shortcut(window):
    action = window.quit_action
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    assert action.shortcuts() == expected


def test_log_out_closes_the_window_and_asks_for_a_log_in(qtbot, window):
    closed = []
    window.closed.connect(lambda: closed.append(True))
    with qtbot.waitSignal(window.logout_requested):
        menu_action(window, "fileMenu", "logoutAction").trigger()
    assert not window.isVisible()
    assert closed == []  # logging out is not quitting


def test_the_about_box_shows_the_version(window, monkeypatch):
    from ui.app import app_version

    shown = []
    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.append((title, text)))
    menu_action(window, "helpMenu", "aboutAction").trigger()

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "About MediaDesk"
    assert f"MediaDesk {app_version()}" in text
    assert app_version() == "0.1.0"


def test_about_qt_is_offered(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, title: shown.append(title))
    menu_action(window, "helpMenu", "aboutQtAction").trigger()
    assert shown == ["About Qt"]


def test_settings_open_with_the_preferences_shortcut(qtbot, window, person):
    from ui.settings_dialog import SettingsDialog

    seen = []

    def cancel(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    person.when(SettingsDialog, cancel)
    keys = window.settings_action.shortcuts()
    assert keys and keys[0] == (QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                or [QKeySequence("Ctrl+,")])[0]
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    person.finish()
    assert seen == ["Settings"]


def test_changing_the_password_from_the_file_menu(qtbot, window, person):
    from models import users
    from ui.login import ChangePasswordDialog

    def change(dialog):
        qtbot.keyClicks(dialog.old_edit, MANAGER_PASSWORD)
        qtbot.keyClicks(dialog.new_edit, "new-pass-2026")
        qtbot.keyClicks(dialog.repeat_edit, "new-pass-2026")
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    person.when(ChangePasswordDialog, change)
    menu_action(window, "fileMenu", "changePasswordAction").trigger()
    person.finish()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert users.authenticate("wangfang", "new-pass-2026").id == window.user.id


def test_first_painted_is_emitted_once_after_the_first_paint(qtbot, team):
    window = MainWindow(team[0], "x")
    qtbot.addWidget(window)
    count = []
    window.first_painted.connect(lambda: count.append(True))
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.repaint()
    window.resize(window.width() + 40, window.height())
    window.centralWidget().repaint()
    QApplication.processEvents()
    assert count == [True]


def test_the_status_bar_follows_a_change_of_roles_made_on_another_pc(qtbot, team):
    """The roles of the log-in stayed in the status bar until the next log-in (QA: a team on
    several PCs); they are read again when the window is brought back to the front."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from models import users
    from models.roles import Role

    manager, lina = team
    window = MainWindow(lina, "")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.user_label.text() == "李娜 (Content specialist)"
    me = users.get_user(lina.id)
    users.update_user(manager, me.id, me.version, display_name=me.display_name,
                      department=me.department, roles=[Role.CUSTOMER_SERVICE])
    window.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: window.user_label.text() == "李娜 (Customer service)")
    users.set_user_active(manager, lina.id, users.get_user(lina.id).version, False)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.user_label.text() == "李娜 (account deactivated)"
