"""The approval inbox follows the clock while it stays open: a post that enters the urgency
window reads "Urgent" (and then "Overdue") and the day words ("Today", "Tomorrow") move on
at midnight, at the screen's poll tick, without anyone deciding or commenting, and without
reading the lists again at every tick.  Showing the inbox again after another screen looks
at once."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import reviews
from models.timeutil import from_local, to_local_naive, utcnow
from tests.views.test_inbox_screen import click_post, open_inbox, submitted
from views.inbox import WAITING
from views.inbox_models import InboxModel

#: Where the app asks for the time (each imported ``utcnow`` by name).
CLOCKS = ("models.inbox", "models.reviews", "views.inbox", "views.inbox_models",
          "views.review_pane")


@pytest.fixture
def clock(monkeypatch):
    """The app's clock, moved on by ``clock.shift(hours=...)``."""

    class Clock:
        offset = dt.timedelta()

        def now(self) -> dt.datetime:
            return utcnow() + self.offset

        def shift(self, **kw) -> None:
            self.offset += dt.timedelta(**kw)

        def set(self, when: dt.datetime) -> None:
            self.offset = when - utcnow()

    c = Clock()
    for module in CLOCKS:
        monkeypatch.setattr(f"{module}.utcnow", c.now)
    return c


def row_texts(screen, title, kind=WAITING):
    model = screen.models[kind]
    for row in range(model.rowCount()):
        if model.item(row).title == title:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"{title} is not listed")


def count_loads(screen, monkeypatch) -> list:
    loads = []
    load = screen._load
    monkeypatch.setattr(screen, "_load", lambda kind: (loads.append(kind), load(kind)))
    return loads


def test_a_post_becomes_urgent_then_overdue_while_the_inbox_stays_open(
        qtbot, team, clock, monkeypatch):
    """The QA case: planned 25 hours ahead, it read "Tomorrow 10:31" with no warning 16
    hours later, since the screen only read its list again when someone decided."""
    start = clock.now()
    when = (start + dt.timedelta(hours=25)).replace(second=0)
    p = submitted(team.lina, title="明天的稿件", planned_at=when)
    submitted(team.lina, title="下周的稿件", planned_at=start + dt.timedelta(days=8))
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "明天的稿件")
    pane = screen.pane
    assert row_texts(screen, "明天的稿件")[InboxModel.URGENCY] == ""
    assert not pane.content.urgent_label.isVisible()
    loads = count_loads(screen, monkeypatch)

    clock.shift(minutes=30)  # nothing changes yet: no reading at every tick
    assert not screen.poll() and not screen.poll()
    assert loads == []

    clock.set(when - dt.timedelta(hours=24) + dt.timedelta(seconds=1))  # in the window now
    assert screen.poll()
    texts = row_texts(screen, "明天的稿件")
    assert texts[InboxModel.URGENCY] == "Urgent"
    local = to_local_naive(when)
    day = (local.date() - to_local_naive(clock.now()).date()).days
    assert texts[InboxModel.PLANNED] == (f"Today {local:%H:%M}" if day == 0
                                         else f"Tomorrow {local:%H:%M}")
    model = screen.models[WAITING]
    row = model.row_of(p.id)
    urgency = model.index(row, InboxModel.URGENCY)
    assert urgency.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning sign
    assert urgency.data(Qt.ItemDataRole.ForegroundRole) is not None  # and the red
    assert "1 of them urgent" in screen.summary.text()
    # The post being read stays selected and in the pane, which warns now too.
    assert screen.selected_post_id() == p.id and pane.post.id == p.id
    assert pane.content.urgent_label.isVisibleTo(pane)
    assert pane.content.urgent_label.text().startswith("Urgent: planned for")
    assert not pane.problem()  # no "a colleague changed this post" note: nobody did
    assert len(loads) == 1
    assert not screen.poll()  # once

    clock.set(when + dt.timedelta(minutes=1))  # its time has passed
    assert screen.poll()
    assert row_texts(screen, "明天的稿件")[InboxModel.URGENCY] == "Overdue"
    assert pane.content.urgent_label.text().startswith("Overdue:")
    assert screen.selected_post_id() == p.id


def test_the_day_words_move_on_at_midnight(qtbot, team, clock):
    """A post planned the day after tomorrow reads "Tomorrow" once the local day turns."""
    today = to_local_naive(clock.now()).date()
    when = from_local(dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10, 30)))
    submitted(team.lina, title="后天的稿件", planned_at=when)
    screen = open_inbox(qtbot, team.manager)
    assert row_texts(screen, "后天的稿件")[InboxModel.PLANNED] == \
        f"{today + dt.timedelta(days=2):%m-%d} 10:30"
    clock.set(from_local(dt.datetime.combine(today, dt.time(23, 59, 50))))
    assert not screen.poll()
    clock.set(from_local(dt.datetime.combine(today + dt.timedelta(days=1), dt.time(0, 0, 5))))
    assert screen.poll()
    assert row_texts(screen, "后天的稿件")[InboxModel.PLANNED] == "Tomorrow 10:30"
    assert row_texts(screen, "后天的稿件")[InboxModel.URGENCY] == ""  # 34 hours ahead


def test_the_poll_keeps_the_selection_and_the_scroll_position(qtbot, team, clock):
    start = clock.now()
    for n in range(30):
        submitted(team.lina, title=f"稿件{n:02d}", planned_at=start + dt.timedelta(hours=30 + n))
    screen = open_inbox(qtbot, team.manager)
    screen.resize(1300, 400)
    click_post(qtbot, screen, "稿件20")
    view = screen.views[WAITING]
    bar = view.verticalScrollBar()
    assert bar.value() > 0
    clock.shift(hours=7)  # 稿件00 (30 hours ahead) enters the 24-hour window
    assert screen.poll()
    assert row_texts(screen, "稿件00")[InboxModel.URGENCY] == "Urgent"
    assert screen.pane.post.title == "稿件20" and screen.selected_post_id() is not None
    assert screen.models[WAITING].item(view.currentIndex().row()).title == "稿件20"
    rect = view.visualRect(view.currentIndex())
    assert view.viewport().rect().intersects(rect)  # still in view


def test_showing_the_inbox_again_looks_at_once(qtbot, team, clock):
    """After another screen, the inbox is up to date as it shows, not a tick later."""
    start = clock.now()
    submitted(team.lina, title="明天的稿件", planned_at=start + dt.timedelta(hours=25))
    screen = open_inbox(qtbot, team.manager)
    screen.poll_timer.setInterval(60_000)  # the tick would come too late for this test
    qtbot.waitUntil(lambda: screen.pane.post is not None)  # painted, the first post shown
    screen.hide()
    clock.shift(hours=2)
    screen.show()
    qtbot.waitUntil(lambda: row_texts(screen, "明天的稿件")[InboxModel.URGENCY] == "Urgent",
                    timeout=2000)


def test_a_colleagues_decision_still_arrives_by_polling(qtbot, team, clock):
    """The clock check comes on top of the activity check, not instead of it."""
    p = submitted(team.lina, title="轮询")
    screen = open_inbox(qtbot, team.manager)
    assert not screen.poll()
    reviews.add_comment(team.lina, p.id, "请看一下")
    assert screen.poll()


def test_inside_a_sentence_the_day_word_is_not_capitalised(qapp):
    """"Urgent: planned for Today 13:27" read as a typing mistake in English."""
    import datetime as dt

    from views.inbox_models import when_text

    now = dt.datetime(2026, 12, 2, 4, 0)  # UTC
    soon = now + dt.timedelta(hours=1)
    assert when_text(soon, now).startswith(("Today", "Tomorrow", "Yesterday"))
    assert when_text(soon, now, in_sentence=True).split()[0] in ("today", "tomorrow",
                                                                "yesterday")
    far = dt.datetime(2027, 1, 5, 4, 0)
    assert when_text(far, now, in_sentence=True) == when_text(far, now)
