"""The audit log is append-only and never holds a secret."""
from __future__ import annotations

import peewee
import pytest

from models import audit, users
from models.db import database
from tests.conftest import MANAGER_PASSWORD


def test_events_name_who_what_and_which_object(manager):
    audit.record(manager, "setting.changed", "setting", "team.name", value="新媒体运营部")
    e = audit.recent(1)[0]
    assert (e.actor_name, e.action, e.object_type, e.object_id) == \
        ("王芳", "setting.changed", "setting", "team.name")
    assert e.detail == {"value": "新媒体运营部"}
    assert e.action_label == "Changed a team setting"


def test_the_database_refuses_to_change_or_delete_an_event(manager):
    first = audit.recent(1)[0]
    with pytest.raises(peewee.DatabaseError):
        with database.atomic():
            audit.AuditEvent.update(action="forged").where(audit.AuditEvent.id == first.id).execute()
    with pytest.raises(peewee.DatabaseError):
        with database.atomic():
            audit.AuditEvent.delete().execute()
    assert audit.recent(1)[0].action == first.action


def test_a_detail_that_looks_like_a_secret_is_refused(manager):
    with pytest.raises(ValueError):
        audit.record(manager, "user.updated", "user", 1, new_password="x")
    with pytest.raises(ValueError):
        audit.record(manager, "user.updated", "user", 1, Secret="x")


def test_no_password_reaches_the_audit_log(manager):
    users.authenticate("wangfang", MANAGER_PASSWORD)
    for attempt in ("wrong-guess-1", "wrong-guess-2"):
        with pytest.raises(Exception):
            users.authenticate("wangfang", attempt)
    p = users.create_user(manager, "lina", "李娜", "", [], "initial-pass-9")
    users.reset_password(manager, p.id, "reset-pass-8")
    text = " ".join(str(e.detail) + e.object_id for e in audit.recent(500))
    for secret in (MANAGER_PASSWORD, "wrong-guess-1", "initial-pass-9", "reset-pass-8"):
        assert secret not in text
    hashes = [r.password_hash for r in users.User.select()]
    assert all(h not in text for h in hashes)
