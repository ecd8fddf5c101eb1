"""Rule C2 per column on the calendar: a day whose mini program recruitment section is empty
is marked, and the mark names the column."""
from __future__ import annotations

import datetime as _dt

from models import platforms
from models.platforms import PlatformKind
from models.posts import Post
from models.timeutil import from_local
from tests.views.test_calendar_screen import open_calendar


def test_an_empty_recruitment_section_is_marked_on_its_day(qtbot, team):
    mini = next(p for p in platforms.list_platforms() if p.kind is PlatformKind.MINI_PROGRAM)
    moments = platforms.create_column(team.manager, mini.id, "动态")
    platforms.create_column(team.manager, mini.id, "招聘")
    day = _dt.date.today() + _dt.timedelta(days=40)
    Post.insert(platform=mini.id, column=moments.id, title="公司动态", writer=team.lina.id,
                planned_at=from_local(_dt.datetime.combine(day, _dt.time(10)))).execute()
    screen = open_calendar(qtbot, team.lina, day)
    grid = screen.month_grid
    qtbot.waitUntil(lambda: day in grid.marks.days)
    texts = grid.marks.days[day]
    assert f"{mini.name} · 招聘: no post planned on {day.isoformat()}" in " ".join(texts)
    assert not any("动态" in t for t in texts)
