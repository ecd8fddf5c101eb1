"""The calendar shows each post's review stage and marks urgent posts (issue 4): planned
within the urgency window, or past, without the approvals the rules require."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QSettings

from models import reviews
from models.posts import Post, PostStatus
from models.timeutil import utcnow
from models.workflow import CHECKLIST
from tests.views.test_calendar_screen import make_post, open_calendar, team  # noqa: F401, F811
from views.calendar_look import STATUS_COLOURS, Look

EVERYTHING = [c.value for c in CHECKLIST]


@pytest.fixture(autouse=True)
def settings_isolated(qapp):
    QSettings().clear()
    yield
    QSettings().clear()


def soon(hours: int) -> _dt.datetime:
    return (utcnow() + _dt.timedelta(hours=hours)).replace(minute=0, second=0)


def submitted(user, title, when, **kw):
    kw.setdefault("source", "原创")  # rule P5
    p = make_post(user, title, when, **kw)
    return reviews.submit(user, p.id, p.version)


def test_every_state_has_its_colour():
    assert {s.value for s in PostStatus} <= set(STATUS_COLOURS)
    assert len(set(STATUS_COLOURS.values())) == len(STATUS_COLOURS)


def test_an_urgent_post_is_marked_on_its_card_and_in_its_tooltip(qtbot, team):
    urgent = submitted(team.lina, "今晚要发", soon(5))
    later = submitted(team.lina, "下周再发", soon(24 * 6))
    waiting = submitted(team.lina, "已经批准", soon(6))
    done = reviews.approve(team.manager, waiting.id, waiting.version, EVERYTHING)
    screen = open_calendar(qtbot, team.lina)
    if screen.month_grid.card_rect(urgent.id) is None:  # late in the month: next month
        screen.jump_to(soon(5).date())
    grid = screen.month_grid
    tips = {p.id: grid.tooltip_at(grid.card_rect(p.id).center()) for p in (urgent, done)
            if grid.card_rect(p.id) is not None}
    assert "Urgent: planned within 24 hours" in tips[urgent.id]
    assert "In review" in tips[urgent.id]
    if done.id in tips:
        assert "Urgent" not in tips[done.id]  # approved: nothing is missing
    rows = {r.id: r for r in screen.rows.values()}
    assert screen.look.is_urgent(rows[urgent.id])
    assert not screen.look.is_urgent(rows[done.id])
    grid.grab()  # the urgent mark paints
    assert later.id != urgent.id


def test_an_approved_project_post_says_it_awaits_the_general_manager(qtbot, team):
    p = submitted(team.lina, "项目签约", soon(24 * 3), concerns_project=True)
    p = reviews.approve(team.manager, p.id, p.version, EVERYTHING)
    screen = open_calendar(qtbot, team.lina)
    screen.jump_to(soon(24 * 3).date())
    grid = screen.month_grid
    tip = grid.tooltip_at(grid.card_rect(p.id).center())
    assert "Awaiting the general manager" in tip and "Concerns a company project" in tip
    # Two days before: urgent, since the confirmation (rule P2) is still missing.
    Post.update(planned_at=soon(3)).where(Post.id == p.id).execute()
    row = screen.rows[p.id]._replace(planned_at=soon(3))
    assert screen.look.is_urgent(row)


def test_the_teams_urgency_window_is_read_after_the_first_paint(qtbot, team):
    reviews.set_urgent_hours(team.manager, 72)
    p = submitted(team.lina, "三天后", soon(48))
    screen = open_calendar(qtbot, team.lina)
    screen.jump_to(soon(48).date())
    look = screen.look
    qtbot.waitUntil(lambda: look.urgent_hours == 72)
    assert look.is_urgent(screen.rows[p.id])
    assert isinstance(look, Look)
