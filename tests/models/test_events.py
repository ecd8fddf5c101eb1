"""Major company events and promotions (rules C3, C4): the operations manager keeps the list."""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, events, platforms, posts, users
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.events import EventKind
from models.posts import PostFields
from models.roles import Role
from models.timeutil import utcnow

D = dt.date(2026, 12, 1)


@pytest.fixture
def lina(manager):
    return users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], "password-1")


def expo(manager, **kw):
    values = dict(name="2026 行业博览会", kind=EventKind.EVENT, starts_on=D,
                  ends_on=D + dt.timedelta(days=2), description="上海国家会展中心")
    values.update(kw)
    return events.create_event(manager, **values)


def test_the_manager_adds_an_event_with_its_days(manager):
    e = expo(manager)
    assert (e.name, e.kind, e.starts_on, e.ends_on, e.days, e.version) == \
        ("2026 行业博览会", EventKind.EVENT, D, D + dt.timedelta(days=2), 3, 1)
    assert e.kind.label == "Major event" and EventKind.PROMOTION.label == "Major promotion"
    assert events.get_event(e.id) == e
    entry = audit.recent(1)[0]
    assert (entry.action, entry.action_label, entry.object_id) == \
        ("event.created", "Added an event", str(e.id))
    # A one-day promotion is fine (C4: announced 3 days before it starts).
    sale = expo(manager, name="双十二促销", kind=EventKind.PROMOTION, starts_on=D, ends_on=D)
    assert sale.days == 1 and sale.kind is EventKind.PROMOTION


def test_an_event_cannot_end_before_it_starts(manager):
    with pytest.raises(ValidationError) as err:
        expo(manager, starts_on=D, ends_on=D - dt.timedelta(days=1))
    assert err.value.field == "ends_on"
    assert str(err.value) == ("The event cannot end (2026-11-30) before it starts (2026-12-01). "
                              "Check the dates.")
    with pytest.raises(ValidationError) as err:
        expo(manager, name="  ")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        expo(manager, name="会" * 101)
    assert err.value.field == "name" and "at most 100" in str(err.value)
    with pytest.raises(ValidationError) as err:
        expo(manager, kind="party")
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        expo(manager, starts_on=None)
    assert err.value.field == "starts_on"
    assert events.list_events() == []


def test_the_manager_changes_an_event_and_a_stale_edit_is_refused(manager):
    e = expo(manager)
    other = users.create_user(manager, "liqiang", "李强", "", [Role.OPERATIONS_MANAGER],
                              "password-1")
    changed = events.update_event(other, e.id, e.version, name=e.name, kind=e.kind,
                                  starts_on=D, ends_on=D + dt.timedelta(days=3))
    assert changed.ends_on == D + dt.timedelta(days=3) and changed.version == 2
    with pytest.raises(ConflictError) as err:
        events.update_event(manager, e.id, e.version, name="改名", kind=e.kind, starts_on=D,
                            ends_on=D)
    assert "李强 changed this" in str(err.value)
    with pytest.raises(ValidationError):
        events.update_event(manager, e.id, 2, name=e.name, kind=e.kind, starts_on=D,
                            ends_on=D - dt.timedelta(days=1))
    assert events.get_event(e.id) == changed


def test_events_are_listed_by_the_days_they_overlap(manager):
    a = expo(manager, name="A", starts_on=D, ends_on=D + dt.timedelta(days=2))
    b = expo(manager, name="B", kind=EventKind.PROMOTION, starts_on=D + dt.timedelta(days=10),
             ends_on=D + dt.timedelta(days=10))
    assert [e.id for e in events.list_events()] == [a.id, b.id]
    assert [e.id for e in events.list_events(D + dt.timedelta(days=2), D + dt.timedelta(days=9))] \
        == [a.id]  # the last day of A counts
    assert [e.id for e in events.list_events(D + dt.timedelta(days=3))] == [b.id]
    assert [e.id for e in events.list_events(last_day=D - dt.timedelta(days=1))] == []
    assert [e.id for e in events.list_events(kind=EventKind.PROMOTION)] == [b.id]


def test_only_the_manager_changes_events(manager, lina):
    e = expo(manager)
    reader = users.create_user(manager, "zhoumin", "周敏", "设计部", [], "password-1")
    for who in (lina, reader):
        with pytest.raises(PermissionDenied):
            expo(who)
        with pytest.raises(PermissionDenied):
            events.update_event(who, e.id, e.version, name="x", kind=e.kind, starts_on=D,
                                ends_on=D)
        with pytest.raises(PermissionDenied):
            events.delete_event(who, e.id, e.version)
    assert events.list_events() == [e]


def test_removing_an_event_keeps_its_posts_and_unlinks_them(manager, lina):
    e = expo(manager)
    wechat = platforms.list_platforms()[1]
    planned = (utcnow() + dt.timedelta(days=3)).replace(minute=0, second=0)
    p = posts.create_post(lina, PostFields(platform_id=wechat.id, title="博览会预告",
                                           event_id=e.id, planned_at=planned))
    with pytest.raises(ConflictError):
        events.delete_event(manager, e.id, e.version + 1)
    assert events.delete_event(manager, e.id, e.version) == 1
    with pytest.raises(NotFound):
        events.get_event(e.id)
    after = posts.get_post(p.id)
    # Unlinked and versioned, so an editor still holding the post notices the change.
    assert after.event_id is None and after.version == p.version + 1
    assert after.title == "博览会预告"
    entry = audit.recent(1)[0]
    assert entry.action == "event.deleted" and entry.detail["unlinked_posts"] == 1


# -- the days an event may have ------------------------------------------------------------

@pytest.mark.parametrize("days, field, message", [
    ((dt.date(9999, 12, 30), dt.date(9999, 12, 31)), "starts_on",
     "The first day (9999-12-30) is outside the dates MediaDesk works with (2000-01-01 to "
     "2099-12-31). Check the date."),
    ((D, dt.date(9999, 12, 31)), "ends_on",
     "The last day (9999-12-31) is outside the dates MediaDesk works with (2000-01-01 to "
     "2099-12-31). Check the date."),
    ((dt.date(1, 1, 1), D), "starts_on", "The first day (0001-01-01) is outside"),
    ((dt.date(1999, 12, 31), D), "starts_on", "The first day (1999-12-31) is outside"),
    ((D, dt.date(2100, 1, 1)), "ends_on", "The last day (2100-01-01) is outside"),
])
def test_an_event_keeps_to_the_days_mediadesk_works_with(manager, days, field, message):
    """A day such as 9999-12-31 was stored and then crashed every list of deadlines (rules
    C3, C4: 3 days after it do not exist)."""
    starts_on, ends_on = days
    with pytest.raises(ValidationError) as err:
        expo(manager, starts_on=starts_on, ends_on=ends_on)
    assert err.value.field == field and str(err.value).startswith(message)
    e = expo(manager)
    with pytest.raises(ValidationError) as err:
        events.update_event(manager, e.id, e.version, name=e.name, kind=e.kind,
                            starts_on=starts_on, ends_on=ends_on)
    assert err.value.field == field
    assert events.list_events() == [e]
    # The first and the last day of the range are fine.
    edges = expo(manager, name="世纪论坛", starts_on=dt.date(2000, 1, 1),
                 ends_on=dt.date(2099, 12, 31))
    assert (edges.starts_on, edges.ends_on) == (dt.date(2000, 1, 1), dt.date(2099, 12, 31))


def test_events_stored_with_far_days_are_listed_with_unknown_deadlines(manager):
    """Rows saved before the dates were checked: the list and its deadlines still open."""
    from models import planning
    from models.cadence import DatesUnsupported
    from models.events import Event

    for name, kind, starts_on, ends_on in (
            ("远期活动", "event", dt.date(9999, 12, 29), dt.date(9999, 12, 31)),
            ("远古促销", "promotion", dt.date(1, 1, 1), dt.date(1, 1, 2))):
        Event.insert(name=name, kind=kind, starts_on=starts_on, ends_on=ends_on).execute()
    ok = expo(manager)
    found = events.list_events()
    assert [e.name for e in found] == ["远古促销", ok.name, "远期活动"]
    deadlines = planning.event_deadlines(found, today=D)
    far = [d for e in found if e.id != ok.id for d in deadlines[e.id]]
    assert [(d.state, d.due, type(d.reason)) for d in far] == [
        ("unknown", None, DatesUnsupported)] * 2
    assert "cannot be worked out (rule C4)" in far[0].describe()
    assert "cannot be worked out (rule C3)" in far[1].describe()
    assert [d.state for d in deadlines[ok.id]] == ["open"]


# -- rule C3: a recap comes after the event ---------------------------------------------------

def test_a_recap_planned_before_the_event_ends_is_not_in_time(manager, lina):
    """C3: "a recap ... is published within 3 working days after the event ends".  The
    customer gala is on 15-16 Dec 2026; a recap planned for the 9th is not one."""
    from models import planning
    from models.posts import Post, PostCategory
    from models.timeutil import from_local

    gala = expo(manager, name="客户答谢会", starts_on=dt.date(2026, 12, 15),
                ends_on=dt.date(2026, 12, 16))
    website = platforms.list_platforms()[0]

    def recap_on(day: dt.date) -> int:
        # Straight into the table: the service refuses a planned time that has passed.
        return Post.insert(platform=website.id, title="客户答谢会回顾", writer=lina.id,
                           event=gala.id, category=PostCategory.EVENT_RECAP.value,
                           planned_at=from_local(dt.datetime.combine(day, dt.time(10)))).execute()

    early = recap_on(dt.date(2026, 12, 9))
    (d,) = planning.event_deadlines([events.get_event(gala.id)], today=D)[gala.id]
    assert (d.state, d.due, d.post_id, d.post_early) == ("at_risk", dt.date(2026, 12, 21),
                                                        early, True)
    assert d.describe() == ("Recap of 客户答谢会 is due by 2026-12-21 (Mon) but planned for "
                            "2026-12-09 (Wed), before the event's last day (rule C3)")
    # The calendar's check of the week it is due in reports it (at risk on the 19th).
    check = planning.check(dt.date(2026, 12, 14), dt.date(2026, 12, 21),
                           today=dt.date(2026, 12, 19))
    assert [(x.event_id, x.state) for x in check.deadlines] == [(gala.id, "at_risk")]
    # A recap on the last day counts.
    on_time = recap_on(dt.date(2026, 12, 16))
    (d,) = planning.event_deadlines([events.get_event(gala.id)], today=D)[gala.id]
    assert (d.state, d.post_id, d.post_early) == ("met", on_time, False)
