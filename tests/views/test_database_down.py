"""The team server goes away while the screens are open (issue: the everyday reads ended in
the crash dialog): each read says why where the screen shows its messages, the screen keeps
what it showed, and the next F5 or click reads again once the server is back.

The outage is real: the app runs on the PostgreSQL test server; its connection is closed
and the next one is pointed at a port where nothing listens, so the very next query fails
in models/db.py exactly as when the server is stopped (``DatabaseProblem``, "Cannot connect
to the team database …: the server refused the connection …").  No service is mocked.
"""
from __future__ import annotations

import datetime as _dt
import socket
import sys
import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from models import posts as post_service
from models import reviews
from models.posts import PostFields
from tests.conftest import MANAGER_PASSWORD, PG_URL, need, reset_postgres
from tests.ui.conftest import show_and_activate
from tests.views.conftest import MEMBER_PASSWORD

DOWN = "Cannot connect to the team database"

# Exceptions that escape a slot must reach the app's own hooks (ui/errors.py), as in the app.
pytestmark = pytest.mark.qt_no_exception_capture


class Outage:
    """The team server unreachable from now on (``start``) and back (``end``)."""

    def __init__(self):
        from models import db as dbmod

        self.db = dbmod.database.obj
        self.port = self.db.connect_params.get("port")

    def start(self) -> None:
        with socket.socket() as probe:  # a free port: nothing listens there
            probe.bind(("127.0.0.1", 0))
            dead = probe.getsockname()[1]
        self.db.close()
        self.db.connect_params["port"] = dead

    def end(self) -> None:
        self.db.connect_params["port"] = self.port


@pytest.fixture
def hooks(monkeypatch):
    """The app's error hooks: the crash dialog and the box for a refusal no screen showed."""
    from ui import app as gui, errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    gui.setup_logging()
    errors.install()
    yield errors
    errors.uninstall()
    gui.shutdown_logging()


def assert_no_crash(qtbot, errors) -> None:
    qtbot.wait(30)  # the hooks show their boxes through a queued signal
    assert errors.current_dialog() is None, "the unexpected-error dialog opened"
    assert errors.current_refusal() is None, "a refusal escaped the screen"


@pytest.fixture
def pg_team(tmp_path):
    """王芳 (operations manager) and 李娜 (content specialist) on the PostgreSQL test server."""
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    from models import db as dbmod, platforms, users
    from models.roles import Role

    reset_postgres(PG_URL)
    dbmod.connect(PG_URL)
    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, platforms.default_specs())
    lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], MEMBER_PASSWORD)
    outage = Outage()
    yield manager, lina, outage
    outage.end()
    dbmod.close()


def platform_id(index: int = 0) -> int:
    from models.platforms import list_platforms

    return list_platforms()[index].id


def future_day() -> _dt.date:
    first = _dt.date.today().replace(day=1)
    return (first + _dt.timedelta(days=62)).replace(day=10)


def make_post(user, title: str, when: _dt.datetime | None, platform: int = 0):
    return post_service.create_post(user, PostFields(platform_id=platform_id(platform),
                                                     title=title, body="正文。", source="原创",
                                                     planned_at=when))


def card_titles(screen) -> set[str]:
    return {card.row.title for cards in screen.month_grid.cards_by_day.values()
            for card in cards}


def shoot(widget, name: str) -> None:
    import os

    folder = os.environ.get("MEDIADESK_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


# -- the calendar ---------------------------------------------------------------------------

def test_the_calendar_says_why_and_keeps_its_month_while_the_server_is_down(qtbot, hooks,
                                                                             pg_team, tmp_path):
    from views.calendar import CalendarScreen, to_utc

    manager, _lina, outage = pg_team
    day = future_day()
    when = to_utc(_dt.datetime.combine(day, _dt.time(10)))
    post = make_post(manager, "年终大促预热", when)
    make_post(manager, "知乎问答", when + _dt.timedelta(hours=2), platform=1)
    screen = CalendarScreen(manager)
    screen.resize(1280, 820)
    show_and_activate(qtbot, screen)
    screen.set_mode("month")
    screen.jump_to(day)
    title = screen.title_label.text()
    assert card_titles(screen) == {"年终大促预热", "知乎问答"}
    first_platform = platform_id(0)

    outage.start()
    screen.month_grid.setFocus()
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_F5)  # Reload
    assert_no_crash(qtbot, hooks)
    assert screen.notice.isVisible() and DOWN in screen.notice.text()
    assert card_titles(screen) == {"年终大促预热", "知乎问答"}
    shoot(screen, "calendar_F5.png")

    qtbot.keyClick(screen.month_grid, Qt.Key.Key_PageDown)  # the next month cannot be read
    assert_no_crash(qtbot, hooks)
    assert screen.anchor.month == day.month and screen.title_label.text() == title
    assert card_titles(screen) == {"年终大促预热", "知乎问答"}
    assert screen.date_edit.date().month() == day.month

    qtbot.mouseClick(screen.findChild(type(screen.view_buttons.buttons()[0]), "view_week"),
                     Qt.MouseButton.LeftButton)  # the week view cannot be read either
    assert_no_crash(qtbot, hooks)
    assert screen.mode == "month" and screen.views.currentWidget() is screen.month_grid
    assert [b.objectName() for b in screen.view_buttons.buttons() if b.isChecked()] \
        == ["view_month"]

    screen.filters["platforms"].set_selected([first_platform])  # as the filter's menu does
    assert_no_crash(qtbot, hooks)
    assert card_titles(screen) == {"年终大促预热", "知乎问答"}  # what it showed

    screen.open_post(post.id)  # a double-click on the card
    assert_no_crash(qtbot, hooks)
    assert screen.dialog is None and DOWN in screen.notice.text()

    for name in ("calendarEvents", "calendarRules"):  # More › Events…, Planning rules…
        screen.notice.hide()
        screen.findChild(QAction, name).trigger()
        assert_no_crash(qtbot, hooks)
        assert not any(isinstance(w, QDialog) and w.isVisible() for w in screen.children())
        assert DOWN in screen.notice.text(), name

    target = tmp_path / "plan.csv"
    screen._save_name = lambda *_a: str(target)  # the file dialog's answer
    screen.findChild(QAction, "calendarExportCsv").trigger()
    assert_no_crash(qtbot, hooks)
    assert not target.exists() and DOWN in screen.notice.text()

    outage.end()
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_F5)  # the server is back: F5 reads again
    assert screen.notice.isHidden()
    assert card_titles(screen) == {"年终大促预热"}  # with the platform filter chosen meanwhile
    qtbot.keyClick(screen.month_grid, Qt.Key.Key_PageDown)
    assert screen.anchor.month == (day.replace(day=28) + _dt.timedelta(days=7)).month
    assert_no_crash(qtbot, hooks)


def test_an_undo_the_server_could_not_take_stays_on_the_stack(qtbot, hooks, pg_team):
    """Ctrl+Z while the server was away for a moment said why, and dropped the step: once
    the server was back, the move could no longer be undone."""
    from views.calendar import CalendarScreen, to_utc

    manager, _lina, outage = pg_team
    day = future_day()
    first = to_utc(_dt.datetime.combine(day, _dt.time(10)))
    post = make_post(manager, "年终大促预热", first)
    screen = CalendarScreen(manager)
    screen.resize(1280, 820)
    show_and_activate(qtbot, screen)
    screen.set_mode("month")
    screen.jump_to(day)
    card = next(c for cards in screen.month_grid.cards_by_day.values() for c in cards
                if c.row.id == post.id)
    later = _dt.datetime.combine(day + _dt.timedelta(days=1), _dt.time(10))
    assert screen.move_card(card, later)
    stack = screen.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)

    outage.start()
    stack.undo()
    assert_no_crash(qtbot, hooks)
    assert DOWN in screen.notice.text()
    qtbot.waitUntil(lambda: stack.index() == 1)  # the step is back where it was
    assert stack.count() == 1 and stack.canUndo()

    outage.end()
    stack.undo()
    assert post_service.get_post(post.id).planned_at == first
    stack.redo()
    assert post_service.get_post(post.id).planned_at == to_utc(later)
    assert_no_crash(qtbot, hooks)


def test_a_step_put_back_after_a_failed_undo_leaves_the_next_ctrl_z_alone(qtbot, hooks,
                                                                        pg_team):
    """The failed undo's step is put back on the next turn of the event loop; a second
    Ctrl+Z handled before that (key repeat while the server was slow) undid the move
    before it, and the putting back then saved that move again."""
    from views.calendar import CalendarScreen, to_utc

    manager, _lina, outage = pg_team
    day = future_day()
    first = to_utc(_dt.datetime.combine(day, _dt.time(10)))
    one = make_post(manager, "一", first)
    two = make_post(manager, "二", first + _dt.timedelta(hours=2))
    screen = CalendarScreen(manager)
    screen.resize(1280, 820)
    show_and_activate(qtbot, screen)
    screen.set_mode("month")
    screen.jump_to(day)
    for post, hour in ((one, 10), (two, 12)):
        screen.refresh()
        card = next(c for cards in screen.month_grid.cards_by_day.values() for c in cards
                    if c.row.id == post.id)
        assert screen.move_card(card, _dt.datetime.combine(day + _dt.timedelta(days=1),
                                                           _dt.time(hour)))
    stack = screen.undo_stack
    outage.start()
    stack.undo()  # the move of 二: the server is away
    outage.end()
    stack.undo()  # at once, the move of 一: undone
    qtbot.wait(50)  # the putting back of the first
    assert_no_crash(qtbot, hooks)
    assert post_service.get_post(one.id).planned_at == first  # stays undone
    assert post_service.get_post(two.id).planned_at == to_utc(  # never undone
        _dt.datetime.combine(day + _dt.timedelta(days=1), _dt.time(12)))


# -- the approval inbox ---------------------------------------------------------------------

def submitted(lina, titles: list[str]) -> list[int]:
    from models.timeutil import utcnow

    soon = (utcnow() + _dt.timedelta(days=3)).replace(second=0, microsecond=0)
    ids = []
    for i, title in enumerate(titles):
        info = make_post(lina, title, soon + _dt.timedelta(hours=i))
        reviews.submit(lina, info.id, info.version)
        ids.append(info.id)
    return ids


def list_titles(screen, kind: str) -> list[str]:
    model = screen.models[kind]
    return [model.item(r).title for r in range(model.rowCount())]


def test_the_inbox_says_why_and_keeps_its_lists_while_the_server_is_down(qtbot, hooks, pg_team):
    from views.inbox import MINE, WAITING, InboxScreen

    manager, lina, outage = pg_team
    submitted(lina, ["稿件一", "稿件二", "稿件三"])
    screen = InboxScreen(manager)
    screen.resize(1300, 820)
    show_and_activate(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pane.post is not None)
    screen.models[WAITING].page_size = 2  # a page of two: the third post is on the next page
    qtbot.keyClick(screen.views[WAITING], Qt.Key.Key_F5)
    first = list_titles(screen, WAITING)
    assert len(first) == 2 and screen.models[WAITING].canFetchMore(QModelIndex())
    shown = screen.pane.post.title

    outage.start()  # the list asks for its next page (all rows fit) as the server goes
    qtbot.wait(50)
    assert_no_crash(qtbot, hooks)
    assert list_titles(screen, WAITING) == first
    assert screen.models[WAITING].canFetchMore(QModelIndex())  # tries again next time
    assert DOWN in screen.pane.message_bar.text() and screen.pane.post.title == shown

    screen.pane.message_bar.clear()
    qtbot.keyClick(screen.views[WAITING], Qt.Key.Key_F5)
    assert_no_crash(qtbot, hooks)
    assert DOWN in screen.pane.message_bar.text()
    assert list_titles(screen, WAITING) == first and screen.pane.post.title == shown
    shoot(screen, "inbox_F5.png")

    view = screen.views[WAITING]  # another post chosen: it cannot be read
    other = next(r for r in range(2) if screen.models[WAITING].item(r).title != shown)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(screen.models[WAITING].index(other, 1)).center())
    assert_no_crash(qtbot, hooks)
    assert screen.pane.post is None and DOWN in screen.pane.message_bar.text()

    screen.show_list(MINE)  # a list never read: it says why instead of "nothing here"
    assert_no_crash(qtbot, hooks)
    assert DOWN in screen.views[MINE].problem and DOWN in screen.pane.message_bar.text()
    screen.show_list(WAITING)
    assert_no_crash(qtbot, hooks)
    assert list_titles(screen, WAITING) == first

    outage.end()
    qtbot.keyClick(screen.views[WAITING], Qt.Key.Key_F5)
    assert_no_crash(qtbot, hooks)
    assert screen.pane.message_bar.text() == "" and screen.pane.post is not None
    qtbot.waitUntil(lambda: len(list_titles(screen, WAITING)) == 3)  # its next page too
    screen.show_list(MINE)
    assert screen.views[MINE].problem == ""
    assert_no_crash(qtbot, hooks)


# -- the team screen ------------------------------------------------------------------------

def people(screen) -> list[str]:
    model = screen.people_proxy
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_team_screen_opens_while_the_server_is_down_and_reloads_when_it_is_back(
        qtbot, hooks, pg_team):
    from views.team import TeamScreen

    manager, _lina, outage = pg_team
    outage.start()
    screen = TeamScreen(manager)  # its first read fails
    screen.resize(1100, 700)
    show_and_activate(qtbot, screen)
    assert_no_crash(qtbot, hooks)
    assert DOWN in screen.status_text() and screen.reload_button.isVisible()
    assert people(screen) == [] and not screen.edit_person_button.isEnabled()
    shoot(screen, "team_first_open.png")

    outage.end()
    qtbot.mouseClick(screen.reload_button, Qt.MouseButton.LeftButton)
    assert_no_crash(qtbot, hooks)
    assert sorted(people(screen)) == sorted(["王芳", "李娜"])
    assert screen.status_text() == "" and not screen.reload_button.isVisible()
    columns = screen.columns_model.rowCount()
    first_platform = screen.selected_platform()

    outage.start()
    screen.people_view.setFocus()
    qtbot.keyClick(screen.people_view, Qt.Key.Key_F5)
    assert_no_crash(qtbot, hooks)
    assert DOWN in screen.status_text() and sorted(people(screen)) == sorted(["王芳", "李娜"])
    screen.tabs.setCurrentIndex(1)
    view = screen.platforms_view  # another platform chosen: its columns cannot be read
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(screen.platforms_model.index(1, 0)).center())
    assert_no_crash(qtbot, hooks)
    assert screen.columns_model.platform_id == first_platform.id
    assert screen.columns_model.rowCount() == columns

    outage.end()
    qtbot.keyClick(screen.platforms_view, Qt.Key.Key_F5)
    assert_no_crash(qtbot, hooks)
    assert screen.status_text() == "" and screen.selected_platform() is not None
    assert screen.columns_model.platform_id == screen.selected_platform().id
