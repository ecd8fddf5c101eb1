"""The team's holidays and working days for the years chinesecalendar does not know (rule C3).

chinesecalendar 1.11 knows 2004-2026.  The State Council publishes a year's arrangement
(放假安排) in November or December; the operations manager enters it in MediaDesk (a team
setting, ``models.settings.set_holidays``) and the deadlines count with it.  The dates of
2027 used here are made up for the tests (the real notice is not out): "2027-01-01 off",
and a Spring Festival off from 6 to 14 Feb with Sat 20 Feb worked instead.

The pure arithmetic needs no database; the service tests run on SQLite and PostgreSQL.
"""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, events, planning, settings, users
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.events import EventKind
from models.posts import Post, PostCategory
from models.roles import Role
from models.workdays import (CalendarUnknown, TeamCalendar, TeamYear, add_working_days,
                             clean_year, first_unknown_year, is_working_day,
                             working_days_between, working_days_in_year)

D = dt.date


def days(first: D, last: D) -> list[D]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


NEW_YEAR_OFF = TeamCalendar((clean_year(2027, [D(2027, 1, 1)], []),))
SPRING_FESTIVAL = TeamCalendar((clean_year(2027, days(D(2027, 2, 6), D(2027, 2, 14)),
                                           [D(2027, 2, 20)]),))


# -- the arithmetic (no database) -------------------------------------------------------------

def test_a_recap_of_an_event_ending_on_30_december_2026_counts_into_the_teams_2027():
    """By hand: Wed 30 Dec 2026 ends the event; Thu 31 Dec is working day 1 (the package's
    2026); Fri 1 Jan 2027 is off (the team's entry), Sat 2 and Sun 3 are a weekend; Mon 4 Jan
    is day 2 and Tue 5 Jan day 3: the recap is due by Tue 5 Jan 2027."""
    assert first_unknown_year() == 2027
    with pytest.raises(CalendarUnknown):
        add_working_days(D(2026, 12, 30), 3)
    assert add_working_days(D(2026, 12, 30), 3, NEW_YEAR_OFF) == D(2027, 1, 5)
    # Without the day off, the 1st would have been a working day: due on Mon 4 Jan.
    plain = TeamCalendar((clean_year(2027, [], []),))
    assert add_working_days(D(2026, 12, 30), 3, plain) == D(2027, 1, 4)
    assert working_days_between(D(2026, 12, 30), D(2027, 1, 5), NEW_YEAR_OFF) == 3


def test_a_weekday_works_unless_it_is_off_and_a_weekend_day_rests_unless_it_is_worked():
    team = SPRING_FESTIVAL
    assert is_working_day(D(2027, 2, 5), team)          # Friday
    assert not is_working_day(D(2027, 2, 8), team)      # Monday, Spring Festival
    assert not is_working_day(D(2027, 2, 13), team)     # Saturday, in the holiday anyway
    assert is_working_day(D(2027, 2, 20), team)         # Saturday worked instead (调休)
    assert not is_working_day(D(2027, 2, 21), team)     # an ordinary Sunday
    assert is_working_day(D(2027, 2, 15), team)         # the first day back
    # The Friday before the holiday: its next working day is Mon 15 Feb.
    assert add_working_days(D(2027, 2, 5), 1, team) == D(2027, 2, 15)


def test_a_year_the_team_has_not_entered_stays_unknown_and_names_the_menu():
    with pytest.raises(CalendarUnknown) as caught:
        is_working_day(D(2028, 3, 1), NEW_YEAR_OFF)
    assert caught.value.year == 2028
    assert "Content calendar › More › Holidays and working days…" in str(caught.value)


def test_the_package_stays_authoritative_for_its_own_years():
    """A TeamYear for 2026 (which ``clean_year`` would refuse) changes nothing there."""
    odd = TeamCalendar((TeamYear(2026, frozenset({D(2026, 12, 1)}), frozenset()),))
    assert is_working_day(D(2026, 12, 1), odd)          # a Tuesday, as chinesecalendar says
    assert not is_working_day(D(2026, 10, 1), odd)      # National Day
    # A stored entry for a year the package knows is left out when it is read.
    assert 2026 not in TeamCalendar.from_setting({"2026": {"off": ["2026-12-01"]}})


def test_a_changed_entry_is_seen_at_once_nothing_stale_is_cached():
    assert not is_working_day(D(2027, 1, 1), NEW_YEAR_OFF)
    changed = TeamCalendar((clean_year(2027, [], []),))
    assert is_working_day(D(2027, 1, 1), changed)
    assert not is_working_day(D(2027, 1, 1), NEW_YEAR_OFF)


def test_the_count_of_working_days_in_a_year():
    assert working_days_in_year(2025) == 248
    # 2027: 261 weekdays; Fri 1 Jan off: 260.
    assert working_days_in_year(2027, NEW_YEAR_OFF) == 260
    # 6-14 Feb: 5 weekdays off (8-12 Feb), Sat 20 Feb worked: 261 - 5 + 1.
    assert working_days_in_year(2027, SPRING_FESTIVAL) == 257
    with pytest.raises(CalendarUnknown):
        working_days_in_year(2027)


def test_a_stored_value_is_read_leniently_and_written_sorted():
    stored = {"2027": {"off": ["2027-02-08", "2027-01-01"], "working": ["2027-02-20"]},
              "2028": {"off": ["not a date"]}, "year": {}, "2029": "junk"}
    team = TeamCalendar.from_setting(stored)
    assert [y.year for y in team.years] == [2027]
    assert team.to_setting() == {
        "2027": {"off": ["2027-01-01", "2027-02-08"], "working": ["2027-02-20"]}}
    assert TeamCalendar.from_setting(None).years == ()
    assert TeamCalendar.from_setting(["2027-01-01"]).years == ()


# -- the service: validation ------------------------------------------------------------------

@pytest.mark.parametrize("entry, field, message", [
    ({2026: ([D(2026, 12, 31)], [])}, "year",
     "MediaDesk already knows the holidays of 2026 from the Chinese statutory calendar."),
    ({2027: ([], [D(2027, 1, 4)])}, "working_days",
     "2027-01-04 is a weekday, and weekdays are working days anyway: a swapped working day "
     "(调休) is a Saturday or a Sunday."),
    ({2027: ([D(2027, 2, 6)], [D(2027, 2, 6)])}, "working_days",
     "2027-02-06 is both a day off and a working day. Remove it from one of the lists."),
    ({2027: ([D(2028, 1, 3)], [])}, "days_off",
     "2028-01-03 is not in 2027: enter it under its own year."),
    ({2027: (["2027-13-01"], [])}, "days_off",
     "“2027-13-01” is not a date (write it as YYYY-MM-DD)."),
    ({2100: ([], [])}, "year", "MediaDesk works with the years 2000 to 2099, not 2100."),
    ({"next": ([], [])}, "year", "“next” is not a year."),
])
def test_a_wrong_entry_is_refused_with_a_message_naming_the_day(manager, entry, field, message):
    with pytest.raises(ValidationError) as caught:
        settings.set_holidays(manager, entry)
    assert (caught.value.field, str(caught.value)) == (field, message)
    assert settings.get(settings.HOLIDAYS_KEY) == {} and settings.holidays_version() is None


def test_the_message_is_translated(manager, monkeypatch):
    from models import i18n

    monkeypatch.setattr(i18n, "_translate", lambda context, text: "{year}年的节假日已由国家法定"
                        "节假日日历提供。" if context == "Errors" and "already knows" in text
                        else text)
    with pytest.raises(ValidationError, match="^2026年的节假日已由国家法定节假日日历提供。$"):
        settings.set_holidays(manager, {2026: ([], [])})


def test_a_holiday_over_a_weekend_is_entered_as_the_notice_says_and_counts_once(manager):
    """“春节：2月6日至14日放假调休，共9天”: the nine days, Saturdays and Sundays included."""
    version = settings.set_holidays(
        manager, {2027: (days(D(2027, 2, 6), D(2027, 2, 14)), [D(2027, 2, 20)])})
    assert version == 1
    stored = settings.get(settings.HOLIDAYS_KEY)
    assert len(stored["2027"]["off"]) == 9 and stored["2027"]["working"] == ["2027-02-20"]
    assert working_days_in_year(2027, settings.team_calendar()) == 257


def test_each_year_saved_replaces_its_own_entry_and_keeps_the_others(manager):
    v1 = settings.set_holidays(manager, {2027: ([D(2027, 1, 1)], []),
                                         2028: ([D(2028, 1, 3)], [])}, 0)
    v2 = settings.set_holidays(manager, {2028: ([D(2028, 1, 3), D(2028, 1, 4)], [])}, v1)
    team = settings.team_calendar()
    assert team.year(2027).days_off == {D(2027, 1, 1)}
    assert team.year(2028).days_off == {D(2028, 1, 3), D(2028, 1, 4)}
    settings.set_holidays(manager, {2028: ([], [])}, v2)  # nothing entered: the year goes
    assert 2028 not in settings.team_calendar() and 2027 in settings.team_calendar()


def test_a_saved_entry_is_audited(manager):
    settings.set_holidays(manager, {2027: ([D(2027, 1, 1)], [])})
    (entry,) = [e for e in audit.recent() if e.action == "setting.changed"
                and e.object_id == settings.HOLIDAYS_KEY]
    assert entry.actor_name == "王芳"
    assert entry.detail["value"] == {"2027": {"off": ["2027-01-01"], "working": []}}


# -- the service: who may, and a colleague's save ---------------------------------------------

def test_only_the_operations_manager_enters_holidays(team):
    for person in (team.lina, team.chenjing, team.zhoumin, None):
        with pytest.raises(PermissionDenied):
            settings.set_holidays(person, {2027: ([D(2027, 1, 1)], [])})
        with pytest.raises(PermissionDenied):
            settings.put(person, settings.HOLIDAYS_KEY, {"2027": {"off": ["2027-01-01"]}})
    assert settings.holidays_version() is None and settings.team_calendar().years == ()


def test_a_colleagues_save_meanwhile_is_a_conflict_naming_them(manager):
    other = users.create_user(manager, "liqiang", "李强", "新媒体运营部",
                              [Role.OPERATIONS_MANAGER], "password-1")
    # Both open the dialog on nothing stored (version 0); 李强 saves first.
    settings.set_holidays(other, {2027: ([D(2027, 1, 1)], [])}, 0)
    with pytest.raises(ConflictError) as caught:
        settings.set_holidays(manager, {2027: ([D(2027, 1, 1), D(2027, 2, 8)], [])}, 0)
    assert caught.value.values["who"] == "李强" and caught.value.values["when"]
    assert "李强" in str(caught.value)
    assert settings.team_calendar().year(2027).days_off == {D(2027, 1, 1)}
    # Saved again, knowingly, from their version.
    settings.set_holidays(manager, {2027: ([D(2027, 1, 1), D(2027, 2, 8)], [])},
                          settings.holidays_version())
    assert settings.team_calendar().year(2027).days_off == {D(2027, 1, 1), D(2027, 2, 8)}


# -- the checks read the entries --------------------------------------------------------------

def test_the_calendars_check_counts_with_the_entry_and_sees_a_new_one_at_once(team):
    party = events.create_event(team.manager, "年会", EventKind.EVENT, D(2026, 12, 29),
                                D(2026, 12, 30)).id
    january = (D(2027, 1, 1), D(2027, 1, 7))
    (before,) = planning.check(*january, today=D(2026, 12, 31)).deadlines
    assert (before.event_id, before.state, before.due) == (party, "unknown", None)
    assert "Holidays and working days" in before.describe()

    settings.set_holidays(team.manager, {2027: ([D(2027, 1, 1)], [])})  # e.g. on another PC
    found = planning.check(*january, today=D(2026, 12, 31))
    (deadline,) = found.all_deadlines
    assert (deadline.event_id, deadline.state, deadline.due) == (party, "open", D(2027, 1, 5))
    assert found.deadlines == []  # due in 5 days: not a problem yet
    (late,) = planning.check(*january, today=D(2027, 1, 4)).deadlines
    assert late.describe() == "Recap of 年会 is due by 2027-01-05 (Tue) (rule C3)"
    # The events dialog's deadlines too.
    (recap,) = planning.event_deadlines([events.get_event(party)], today=D(2026, 12, 31))[party]
    assert recap.due == D(2027, 1, 5)


def test_a_recap_planned_after_the_entrys_due_day_is_at_risk(team):
    party = events.create_event(team.manager, "年会", EventKind.EVENT, D(2026, 12, 29),
                                D(2026, 12, 30)).id
    settings.set_holidays(team.manager, {2027: ([D(2027, 1, 1)], [])})
    Post.insert(platform=team.wechat.id, title="年会回顾", writer=team.lina.id,
                planned_at=dt.datetime(2027, 1, 6, 2, 0), event=party,
                category=PostCategory.EVENT_RECAP.value).execute()
    (d,) = planning.check(D(2027, 1, 1), D(2027, 1, 7), today=D(2026, 12, 31)).deadlines
    assert (d.state, d.due) == ("at_risk", D(2027, 1, 5))
    assert d.describe().startswith("Recap of 年会 is due by 2027-01-05 (Tue) but planned for")


# -- the command line -------------------------------------------------------------------------

def test_check_cadence_on_the_command_line_counts_with_the_teams_entry(tmp_path):
    """``main.py check-cadence`` goes through ``planning.check``: the recap of an event ending
    on 30 Dec 2026 is "cannot be worked out" before 2027 is entered, due by Tue 5 Jan after."""
    from models import db as dbmod
    from tests.test_cli_calendar import build_team, run_main

    url = f"sqlite:///{tmp_path / 'team.db'}"
    build_team(url)
    dbmod.connect(url)
    try:
        manager = users.find_by_login("wangfang")
        party = events.create_event(manager, "年会", EventKind.EVENT, D(2026, 12, 29),
                                    D(2026, 12, 30)).id
        lina = users.find_by_login("lina")
        wechat = Post.select(Post.platform).scalar()
        Post.insert(platform=wechat, title="年会回顾", writer=lina.id, event=party,
                    planned_at=dt.datetime(2027, 1, 6, 2, 0),
                    category=PostCategory.EVENT_RECAP.value).execute()
    finally:
        dbmod.close()
    arguments = ("check-cadence", "--from", "2027-01-04", "--to", "2027-01-06", "--db", url)

    before = run_main(*arguments)
    assert before.returncode == 1, before.stderr
    (unknown,) = [line for line in before.stdout.splitlines() if "年会" in line]
    assert unknown.startswith("The due date of the recap of 年会 cannot be worked out")
    assert "Content calendar › More › Holidays and working days…" in unknown

    dbmod.connect(url)
    try:
        settings.set_holidays(users.find_by_login("wangfang"), {2027: ([D(2027, 1, 1)], [])})
    finally:
        dbmod.close()
    after = run_main(*arguments)
    assert after.returncode == 1, after.stderr
    (recap,) = [line for line in after.stdout.splitlines() if "年会" in line]
    # Planned for Wed 6 Jan, one working day late ("is due by" today, "was due by" after 5 Jan).
    assert "due by 2027-01-05 (Tue) but" in recap and "2027-01-06 (Wed)" in recap
    assert recap.startswith("Recap of 年会 ") and recap.endswith("(rule C3)")
