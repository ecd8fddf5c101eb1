"""People, roles, passwords and log-in (RULES "People and roles"), on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from models import audit, platforms, timeutil, users
from models.errors import (AuthenticationFailed, ConflictError, LoginPaused, PermissionDenied,
                           ValidationError)
from models.platforms import PlatformKind
from models.roles import Role
from tests.conftest import MANAGER_PASSWORD


@pytest.fixture
def specialist(manager):
    return users.create_user(manager, "lina", "李娜", "新媒体运营部",
                             [Role.CONTENT_SPECIALIST], "first-pass-1")


def test_an_empty_database_needs_set_up_and_a_set_up_one_does_not(db):
    assert users.needs_setup()
    users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, [])
    assert not users.needs_setup()
    with pytest.raises(ValidationError):
        users.setup_team("other", "Other", MANAGER_PASSWORD, [])


def test_two_set_ups_at_once_make_one_team(db):
    """Two PCs' set-up dialogs saved at the same moment on one empty team database: one
    team is made; the other PC is told it is set up already (both made a manager, and the
    platform lists were merged or a raw database error shown)."""
    from models import platforms
    from tests.models.reviewing import run_at_once

    specs = platforms.default_specs()
    results = run_at_once(
        lambda: users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, specs[:1]),
        lambda: users.setup_team("lijun", "李军", MANAGER_PASSWORD, specs[1:2]))
    made = [r for r in results if isinstance(r, users.UserInfo)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(made) == 1 and len(refused) == 1, results
    assert "set up already" in str(refused[0])
    assert [u.login for u in users.list_users()] == [made[0].login]
    assert len(platforms.list_platforms()) == 1


def test_the_first_account_is_the_operations_manager(manager):
    assert manager.is_manager and manager.roles == {Role.OPERATIONS_MANAGER}
    assert not manager.must_change_password
    assert [e.action for e in audit.recent(1)] == ["setup.completed"]


def test_passwords_are_stored_as_slow_salted_hashes(manager):
    row = users.User.get(users.User.id == manager.id)
    assert row.password_hash.startswith("scrypt$16384$8$1$")
    assert MANAGER_PASSWORD not in row.password_hash
    other = users.hash_password(MANAGER_PASSWORD)
    assert other != row.password_hash  # a fresh salt every time
    assert users.verify_password(MANAGER_PASSWORD, other)


def test_log_in_with_the_right_password(manager):
    person = users.authenticate("  WangFang ", MANAGER_PASSWORD)
    assert person.id == manager.id and person.last_login_at is not None
    assert audit.recent(1)[0].action == "login.succeeded"


def test_a_wrong_password_and_an_unknown_name_say_the_same_thing(manager):
    with pytest.raises(AuthenticationFailed) as wrong_password:
        users.authenticate("wangfang", "nope")
    with pytest.raises(AuthenticationFailed) as unknown_name:
        users.authenticate("nobody", MANAGER_PASSWORD)
    assert str(wrong_password.value) == str(unknown_name.value) == \
        "The user name or password is wrong."


def test_five_failures_in_a_row_pause_log_in_for_a_minute_and_are_audited(manager, monkeypatch):
    now = timeutil.utcnow()
    monkeypatch.setattr(timeutil, "utcnow", lambda: now)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("wangfang", "wrong")
    with pytest.raises(LoginPaused) as paused:
        users.authenticate("wangfang", "wrong")
    assert "60 seconds" in str(paused.value)
    assert audit.count("login.failed") == 5 and audit.count("login.paused") == 1
    # Even the right password is refused while paused.
    monkeypatch.setattr(timeutil, "utcnow", lambda: now + dt.timedelta(seconds=30))
    with pytest.raises(LoginPaused) as still:
        users.authenticate("wangfang", MANAGER_PASSWORD)
    assert "30 seconds" in str(still.value)  # not 31: whole seconds left, rounded up
    monkeypatch.setattr(timeutil, "utcnow", lambda: now + dt.timedelta(seconds=30, microseconds=1))
    with pytest.raises(LoginPaused) as still:
        users.authenticate("wangfang", MANAGER_PASSWORD)
    assert "30 seconds" in str(still.value)
    monkeypatch.setattr(timeutil, "utcnow", lambda: now + dt.timedelta(seconds=61))
    assert users.authenticate("wangfang", MANAGER_PASSWORD).id == manager.id


def test_a_success_resets_the_count_of_failures(manager):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("wangfang", "wrong")
    users.authenticate("wangfang", MANAGER_PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("wangfang", "wrong")


def test_unknown_names_are_paused_too(db):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("ghost", "x")
    with pytest.raises(LoginPaused):
        users.authenticate("ghost", "x")


def test_a_long_typed_name_fails_like_any_other_and_is_paused(db):
    """The dialogs take 64 characters; the audit log's object holds 40 (PostgreSQL
    refused the longer one, the failure was rolled back and never counted)."""
    name = "wang.fang.from.the.new.media.operations.department.2026"
    assert 40 < len(name) <= 64
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(name, "wrong")
    with pytest.raises(LoginPaused):
        users.authenticate(name, "wrong")
    failed = [e for e in audit.recent(object_type="login") if e.action == "login.failed"]
    assert len(failed) == 5
    # Nobody's name: kept as one short fingerprint, not as typed (see the next test).
    assert {e.object_id for e in failed} == {users.unknown_name_key(name)}
    assert len(failed[0].object_id) <= 40


def _every_stored_text() -> str:
    """Every value of every table, as text: what anyone who reads the database sees."""
    from models.db import database

    texts = []
    for table in database.get_tables():
        cursor = database.execute_sql(f'SELECT * FROM "{table}"')
        texts.extend(str(value) for row in cursor.fetchall() for value in row)
    return "\n".join(texts)


def test_a_password_typed_into_the_name_field_is_not_kept(manager):
    """A person who types their password where the name goes: the failure is audited and
    counted (five pause), but the typed text reaches neither the audit log nor the pause
    table, on SQLite or PostgreSQL (secrets never reach the database)."""
    typed = "Wangfang-Secret-2026"
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(typed, "")
    with pytest.raises(LoginPaused):
        users.authenticate(typed, "")
    assert audit.count("login.failed") == 5 and audit.count("login.paused") == 1
    stored = _every_stored_text().lower()
    assert typed.lower() not in stored and "secret-2026" not in stored
    # The pause is that text's alone: the manager's own name still logs in.
    assert users.authenticate("wangfang", MANAGER_PASSWORD).id == manager.id
    # An account's own name is kept as it is: the manager can see who was tried.
    with pytest.raises(AuthenticationFailed):
        users.authenticate("WangFang", "wrong")
    assert audit.recent(1)[0].object_id == "wangfang"


def test_migration_0009_forgets_names_kept_as_typed_by_older_versions(db_url):
    """Older versions kept a failed name as typed in the pause table, for good (only a
    successful log-in clears a row); an account's own count stays."""
    from models import db as dbmod

    u = dbmod.parse_url(db_url)
    raw = dbmod._open_sqlite(u) if u.is_sqlite else dbmod._open_postgres(u)
    dbmod.migrate(raw, target="0008_approval_fields")
    raw.close()
    dbmod.connect(db_url, run_migrations=False)  # as version 0008 left it
    try:
        users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, [])
        users.LoginThrottle.insert_many([("wangfang-secret-2026", 3), ("wangfang", 2)],
                                        fields=["login", "failures"]).execute()
    finally:
        dbmod.close()
    dbmod.connect(db_url)
    try:
        kept = {r.login: r.failures for r in users.LoginThrottle.select()}
    finally:
        dbmod.close()
    assert kept == {"wangfang": 2}
