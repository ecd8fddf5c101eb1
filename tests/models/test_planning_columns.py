"""Rule C2 per column through the planning service (the calendar's warnings and
``check-cadence``): the mini program's moments and recruitment section, each every day.
Runs on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

from models import cadence_rules, events, planning, platforms
from models.events import EventKind
from models.platforms import PlatformKind
from models.posts import Post, PostCategory

D = dt.date


def put(platform_id: int, when: dt.datetime, writer, column=None, **kw) -> int:
    """A post straight into the table (``when`` in UTC; the service refuses the past)."""
    return Post.insert(platform=platform_id, title="招聘专区更新", writer=writer.id,
                       planned_at=when, column=column, **kw).execute()


def test_the_mini_programs_recruitment_section_is_checked_every_day(team):
    """One 动态 (moments) post a day no longer satisfies the mini program (C2)."""
    mini = next(p for p in platforms.list_platforms() if p.kind is PlatformKind.MINI_PROGRAM)
    for rule in cadence_rules.list_rules():
        if rule.platform_id != mini.id:
            cadence_rules.remove_rule(team.manager, rule.platform_id, rule.version)
    moments = platforms.create_column(team.manager, mini.id, "动态")
    recruitment = platforms.create_column(team.manager, mini.id, "招聘")
    put(mini.id, dt.datetime(2025, 6, 4, 2), team.lina, moments.id)
    put(mini.id, dt.datetime(2025, 6, 5, 2), team.lina, moments.id)
    put(mini.id, dt.datetime(2025, 6, 5, 8), team.lina, recruitment.id)
    found = planning.check(D(2025, 6, 4), D(2025, 6, 6), today=D(2025, 6, 1))
    assert found.problems == [
        f"{mini.name} · 招聘: no post planned on 2025-06-04 (Wed)",
        f"{mini.name}: no post planned on 2025-06-06 (Fri)",  # one line for an empty day
    ]
    assert [(s.column_id, s.first_day) for s in found.shortfalls] == [
        (recruitment.id, D(2025, 6, 4)), (None, D(2025, 6, 6))]
    # The manager drops the recruitment section's own rule: only the platform's is left.
    rule = cadence_rules.get_column_rule(recruitment.id)
    cadence_rules.remove_column_rule(team.manager, recruitment.id, rule.version)
    found = planning.check(D(2025, 6, 4), D(2025, 6, 6), today=D(2025, 6, 1))
    assert found.problems == [f"{mini.name}: no post planned on 2025-06-06 (Fri)"]


def test_a_far_event_stored_before_the_dates_were_checked_does_not_stop_the_check(team):
    """An event from 2025-06-05 to 9999-12-31: its recap cannot be worked out and is due in
    no range; the rest of the range is checked as usual."""
    from models.events import Event

    Event.insert(name="远期活动", kind="event", starts_on=D(2025, 6, 5),
                 ends_on=D(9999, 12, 31)).execute()
    sale = events.create_event(team.manager, "夏季促销", EventKind.PROMOTION, D(2025, 6, 9),
                               D(2025, 6, 10))
    found = planning.check(D(2025, 6, 1), D(2025, 6, 30), today=D(2025, 6, 1))
    assert [(d.event_id, d.state) for d in found.all_deadlines] == [(sale.id, "open")]


def test_check_cadence_names_the_column(tmp_path):
    """``main.py check-cadence`` prints the column's warning and exits 1."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from models import db as dbmod, users
    from models.platforms import PlatformSpec
    from models.roles import Role

    url = f"sqlite:///{tmp_path / 'team.db'}"
    dbmod.connect(url)
    try:
        manager = users.setup_team("wangfang", "王芳", "manager-pass-1", [
            PlatformSpec("小程序", PlatformKind.MINI_PROGRAM, "#2AAE67")])
        lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                                 [Role.CONTENT_SPECIALIST], "password-1")
        mini = platforms.list_platforms()[0]
        moments = platforms.create_column(manager, mini.id, "动态")
        platforms.create_column(manager, mini.id, "招聘")
        put(mini.id, dt.datetime(2025, 6, 4, 2), lina, moments.id)
    finally:
        dbmod.close()
    out = subprocess.run([sys.executable, "main.py", "check-cadence", "--from", "2025-06-04",
                          "--to", "2025-06-04", "--db", url],
                         cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
                         encoding="utf-8", timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "UTC"})
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == ["小程序 · 招聘: no post planned on 2025-06-04 (Wed)"]
