"""The approval inbox in the shell (issue 4): the count on its navigation entry, started only
after the first paint, kept up to date, and a notification when something new arrives."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from models import db as dbmod
from models import posts, reviews, users
from models.platforms import PlatformKind, list_platforms
from models.posts import PostFields
from models.roles import Role
from tests.ui.conftest import MEMBER_PASSWORD, show_and_activate
from ui import inbox_badge
from ui.main_window import MainWindow


def submit(writer, title: str):
    wechat = next(p.id for p in list_platforms() if p.kind == PlatformKind.WECHAT_OA)
    p = posts.create_post(writer, PostFields(platform_id=wechat, title=title, source="原创"))
    return reviews.submit(writer, p.id, p.version)


def nav_text(window) -> str:
    return window.navigation.item(window.screen_keys().index("inbox")).text()


@pytest.fixture
def counted(monkeypatch):
    """Records every time the inbox is counted, to tell when it first happened."""
    calls = []
    real = reviews.waiting_ids

    def waiting_ids(user, now=None):
        calls.append(user.login)
        return real(user, now)

    monkeypatch.setattr(reviews, "waiting_ids", waiting_ids)
    return calls


def test_the_badge_is_counted_only_after_the_first_paint(qtbot, team, counted):
    manager, lina = team
    submit(lina, "新稿件")
    window = MainWindow(manager, dbmod.current_url_display())
    qtbot.addWidget(window)
    painted = []
    window.first_painted.connect(lambda: painted.append(list(counted)))
    assert window.inbox_badge is None and counted == []
    assert nav_text(window) == "Approval inbox"
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert painted == [[]]  # nothing was counted before the window was painted
    qtbot.waitUntil(lambda: nav_text(window) == "Approval inbox (1)", timeout=5000)
    assert counted == ["wangfang"]
    item = window.navigation.item(window.screen_keys().index("inbox"))
    assert item.toolTip() == "1 post(s) wait for you"


def test_something_new_is_announced_and_counted(qtbot, team):
    manager, lina = team
    window = show_and_activate(qtbot, MainWindow(manager, dbmod.current_url_display()))
    qtbot.waitUntil(lambda: window.inbox_badge is not None, timeout=5000)
    badge = window.inbox_badge
    assert badge.count == 0 and nav_text(window) == "Approval inbox"
    assert not badge.check()  # nothing happened: one cheap look, nothing read
    submit(lina, "双十二活动预告")
    with qtbot.waitSignal(badge.notified) as news:
        assert badge.check()
    assert news.args == ["“双十二活动预告” waits for you: Review."]
    assert nav_text(window) == "Approval inbox (1)"
    assert badge.tray is None or not QSystemTrayIcon.isSystemTrayAvailable()
    submit(lina, "第二篇")
    submit(lina, "第三篇")
    with qtbot.waitSignal(badge.notified) as news:
        badge.check()
    assert news.args == ["New posts waiting for you in the approval inbox: 2."]
    assert nav_text(window) == "Approval inbox (3)"


def test_a_mention_on_a_post_already_waiting_is_announced(qtbot, team):
    """Every post in review waits for the manager, so a colleague's "@王芳" on one of them
    changed nothing the badge compared: she was never told."""
    manager, lina = team
    p = submit(lina, "双十二活动预告")
    badge = inbox_badge.InboxBadge(manager)
    badge.check()  # the first look only counts
    reviews.add_comment(lina, p.id, "@王芳 请尽快看一下")
    with qtbot.waitSignal(badge.notified) as news:
        assert badge.check()
    assert news.args[0].startswith("“双十二活动预告” waits for you:")
    assert badge.count == 1
    with qtbot.assertNotEmitted(badge.notified):
        badge.check(force=True)  # the same mention is not news twice


def test_what_ones_own_edit_brings_back_is_not_announced(qtbot, team):
    """The manager edited an approved post, which sent it back to review: her own inbox
    told her "“…” waits for you: Review."."""
    manager, lina = team
    p = submit(lina, "行业资讯")
    from models.workflow import CHECKLIST

    p = reviews.approve(manager, p.id, p.version, [c.value for c in CHECKLIST],
                        reviews.hits_for(p.id))
    badge = inbox_badge.InboxBadge(manager)
    badge.check()
    assert badge.count == 0
    posts.update_post(manager, p.id, p.version, p.fields(body="经理改过的正文"))
    with qtbot.assertNotEmitted(badge.notified):
        assert badge.check()
    assert badge.count == 1  # counted, not announced
    submit(lina, "另一篇")  # a colleague's move still is news
    with qtbot.waitSignal(badge.notified) as news:
        badge.check()
    assert news.args == ["“另一篇” waits for you: Review."]


def test_a_decision_in_the_inbox_updates_the_badge_at_once(qtbot, team):
    manager, lina = team
    p = submit(lina, "马上审核")
    window = show_and_activate(qtbot, MainWindow(manager, dbmod.current_url_display()))
    qtbot.waitUntil(lambda: nav_text(window) == "Approval inbox (1)", timeout=5000)
    screen = window.show_screen("inbox")
    assert screen.count == 1
    qtbot.waitUntil(lambda: screen.pane.post is not None)  # shown right after the list
    screen.pane.make_move(reviews.Move.RETURN)
    dialog = screen.pane.dialog
    qtbot.keyClicks(dialog.reason_edit, "Please name the source.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert posts.get_post(p.id).status.value == "returned"
    assert nav_text(window) == "Approval inbox"  # without waiting for the next poll
    assert window.inbox_badge.count == 0


def test_publish_count_reaches_only_that_persons_badges(qtbot, team):
    manager, lina = team
    mine = inbox_badge.InboxBadge(manager)
    theirs = inbox_badge.InboxBadge(lina)
    seen = []
    mine.count_changed.connect(seen.append)
    theirs.count_changed.connect(lambda n: seen.append(("lina", n)))
    inbox_badge.publish_count(manager.id, 4)
    assert seen == [4] and mine.count == 4 and theirs.count is None


def test_a_badge_survives_a_database_that_went_away(qtbot, team, monkeypatch):
    manager, _ = team
    badge = inbox_badge.InboxBadge(manager)

    def broken():
        raise RuntimeError("server closed the connection")

    monkeypatch.setattr(reviews, "activity_mark", broken)
    assert badge.check() is False and badge.count is None


def test_a_long_outage_is_logged_once_not_at_every_tick(qtbot, team, monkeypatch, caplog):
    """A server down for an hour wrote a traceback at every tick, and the rotating log lost
    what had come before."""
    import logging

    manager, _ = team
    badge = inbox_badge.InboxBadge(manager)
    real = reviews.activity_mark

    def broken():
        raise RuntimeError("server closed the connection")

    monkeypatch.setattr(reviews, "activity_mark", broken)
    with caplog.at_level(logging.INFO, logger=inbox_badge.log.name):
        for _ in range(5):
            assert badge.check() is False
        monkeypatch.setattr(reviews, "activity_mark", real)
        assert badge.check() is True
        monkeypatch.setattr(reviews, "activity_mark", broken)
        assert badge.check() is False
    messages = [(r.levelname, r.getMessage(), r.exc_info is not None) for r in caplog.records]
    assert messages == [("WARNING", "could not read the approval inbox", True),
                        ("INFO", "the approval inbox can be read again", False),
                        ("WARNING", "could not read the approval inbox", True)]


def test_the_general_managers_badge_counts_confirmations(qtbot, team):
    manager, lina = team
    gm = users.create_user(manager, "zhaogang", "赵刚", "总经办", [Role.GENERAL_MANAGER],
                           MEMBER_PASSWORD)
    p = submit(lina, "项目稿")
    p = posts.update_post(lina, p.id, p.version, p.fields(concerns_project=True))
    from models.workflow import CHECKLIST

    reviews.approve(manager, p.id, p.version, [c.value for c in CHECKLIST])
    badge = inbox_badge.InboxBadge(gm)
    badge.check()
    assert badge.count == 1
