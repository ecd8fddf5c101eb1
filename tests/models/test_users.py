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


def test_passwords_are_stored_as_slow_salted_hashes(app_password_cost, db):
    manager = users.setup_team("wangfang", "王芳", MANAGER_PASSWORD, [])
    row = users.User.get(users.User.id == manager.id)
    assert row.password_hash.startswith("scrypt$16384$8$5$")
    assert MANAGER_PASSWORD not in row.password_hash
    other = users.hash_password(MANAGER_PASSWORD)
    assert other != row.password_hash  # a fresh salt every time
    assert users.verify_password(MANAGER_PASSWORD, other)


def test_the_hash_cost_is_what_owasp_asks_of_scrypt():
    """OWASP's Password Storage Cheat Sheet: N=2^17, r=8, p=1, or as much work (N * p) at
    r=8 with N at least 2^13; the app's 2^14 with p=5 is one of its settings."""
    cost = users.SCRYPT_COST
    assert cost["r"] >= 8 and cost["n"] >= 2 ** 13
    assert cost["n"] * cost["p"] >= 5 * 2 ** 14
    assert users.hash_password("x" * 8).startswith("scrypt$1024$8$1$")  # the suite's quick one
    # An unknown name is checked against a hash of this cost, made in advance.
    assert users.DUMMY_AT_COST.startswith("scrypt${n}${r}${p}$".format(**cost))
    assert users.verify_password("not-a-password", users.DUMMY_AT_COST)


def test_a_hash_from_an_earlier_version_is_made_again_at_the_next_log_in(
        manager, specialist, monkeypatch):
    """A hash of the old cost (N=2^14, p=1) still logs in; the right password then replaces
    it with one at today's cost, without a new version (nobody's open form conflicts)."""
    monkeypatch.setattr(users, "_cost", {"n": 2 ** 14, "r": 8, "p": 1})  # versions before
    users.User.update(password_hash=users.hash_password("first-pass-1")) \
        .where(users.User.id == specialist.id).execute()
    monkeypatch.setattr(users, "_cost", users.SCRYPT_COST)
    old = users.User.get(users.User.id == specialist.id)
    assert old.password_hash.startswith("scrypt$16384$8$1$")
    assert users.is_below_cost(old.password_hash)
    with pytest.raises(AuthenticationFailed):
        users.authenticate("lina", "wrong-pass-1")
    assert users.User.get(users.User.id == specialist.id).password_hash == old.password_hash
    users.authenticate("lina", "first-pass-1")
    now = users.User.get(users.User.id == specialist.id)
    assert now.password_hash.startswith("scrypt$16384$8$5$")
    assert now.version == old.version
    assert not users.is_below_cost(now.password_hash)
    assert users.authenticate("lina", "first-pass-1").id == specialist.id
    assert users.User.get(users.User.id == specialist.id).password_hash == now.password_hash
    for entry in audit.recent(5):
        assert "first-pass-1" not in repr(entry)


def test_a_stronger_hash_is_never_made_weaker(manager, specialist, app_password_cost,
                                              monkeypatch):
    users.authenticate("lina", "first-pass-1")
    strong = users.User.get(users.User.id == specialist.id).password_hash
    monkeypatch.setattr(users, "_cost", {"n": 2 ** 12, "r": 8, "p": 1})
    users.authenticate("lina", "first-pass-1")
    assert users.User.get(users.User.id == specialist.id).password_hash == strong


def test_an_upgrade_keeps_a_reset_made_meanwhile(manager, specialist, app_password_cost):
    """The log-in checked the old hash; the manager reset the password before the log-in
    stored the new one: the reset's password stays."""
    checked = users.User.get(users.User.id == specialist.id).password_hash
    users.reset_password(manager, specialist.id, "reset-pass-8")
    reset = users.User.get(users.User.id == specialist.id).password_hash
    assert not users._upgrade_hash(specialist.id, checked, users.hash_password("first-pass-1"))
    assert users.User.get(users.User.id == specialist.id).password_hash == reset
    assert users.authenticate("lina", "reset-pass-8").must_change_password


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


@pytest.mark.parametrize("second_try", ["wrong", MANAGER_PASSWORD])
def test_a_try_checked_on_another_pc_meanwhile_keeps_the_pause(manager, monkeypatch,
                                                                second_try):
    """Two PCs at once: four wrong passwords are counted; PC B's try is in its 170 ms
    password check when PC A's fifth starts the pause.  B's try then wrote its own count
    over the pause and cleared it (a wrong one), or logged in during the minute (a right
    one).  It is refused as paused, and the pause holds."""
    import threading

    from models import db as dbmod

    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("wangfang", "wrong")
    checking, go_on = threading.Event(), threading.Event()
    check = users.verify_password

    def slow_on_pc_b(password, stored):
        if threading.current_thread().name == "pc-b":
            checking.set()
            assert go_on.wait(30)
        return check(password, stored)

    monkeypatch.setattr(users, "verify_password", slow_on_pc_b)
    outcome = []

    def pc_b():
        try:
            users.authenticate("wangfang", second_try)
            outcome.append("logged in")
        except (AuthenticationFailed, LoginPaused) as exc:
            outcome.append(type(exc).__name__)
        finally:
            dbmod.database.close()  # this thread's connection

    thread = threading.Thread(target=pc_b, name="pc-b")
    thread.start()
    assert checking.wait(30)  # PC B passed the pause check and is checking its password
    with pytest.raises(LoginPaused):  # PC A's fifth wrong password
        users.authenticate("wangfang", "wrong")
    go_on.set()
    thread.join(30)
    assert outcome == ["LoginPaused"]
    with pytest.raises(LoginPaused):  # the pause holds, for the right password too
        users.authenticate("wangfang", MANAGER_PASSWORD)
    assert audit.count("login.paused") == 1 and audit.count("login.failed") == 5


def test_a_user_name_typed_in_full_width_is_the_same_name(manager):
    """A Chinese input method left on full width types ｗａｎｇｆａｎｇ: it was "the user name
    or password is wrong", and counted as a failure."""
    assert users.authenticate("ｗａｎｇｆａｎｇ", MANAGER_PASSWORD).id == manager.id


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
    # Nobody's name: not kept at all (see the next test).
    assert {e.object_id for e in failed} == {users.UNKNOWN_NAME}


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
    # Nor anything derived from it, such as a hash, that would let a reader test guesses.
    assert {e.object_id for e in audit.recent(object_type="login")} == {users.UNKNOWN_NAME}
    assert users.LoginThrottle.select().count() == 0
    # Each name typed has a count of its own: another mistyped one is not paused.
    with pytest.raises(AuthenticationFailed):
        users.authenticate("wangfnag", MANAGER_PASSWORD)
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


def test_the_manager_resets_others_passwords_not_her_own(manager, specialist):
    """A reset needs no current password: her own would let anyone at her unlocked PC take
    her account; she changes it as everyone does (the current one asked for)."""
    with pytest.raises(PermissionDenied) as err:
        users.reset_password(manager, manager.id, "taken-over-1")
    assert "Change password" in str(err.value)
    assert users.authenticate("wangfang", MANAGER_PASSWORD).id == manager.id
    assert not users.get_user(manager.id).must_change_password
    assert audit.count("password.reset") == 0
    users.reset_password(manager, specialist.id, "reset-pass-8")
    assert users.get_user(specialist.id).must_change_password
    assert audit.count("password.reset") == 1


def test_a_password_needs_a_letter_and_a_digit_or_symbol_rule_a3(manager):
    for weak in ("        ", "!!!!!!!!", "--------", "12345678-", "abcdefgh", "12345678",
                 "abcd efgh"):
        with pytest.raises(ValidationError) as err:
            users.check_password_rules(weak)
        assert "letters with digits or symbols" in str(err.value), weak
    for strong in ("start-2026", "abcdefg!", "密码要够长才好1", "Spring 2026"):
        users.check_password_rules(strong)


def test_wrong_current_passwords_count_towards_the_pause_and_are_audited(manager, specialist,
                                                                          monkeypatch):
    """Changing one's password asks for the current one: a second way to guess it."""
    now = timeutil.utcnow()
    monkeypatch.setattr(timeutil, "utcnow", lambda: now)
    person = users.authenticate("lina", "first-pass-1")
    for _ in range(4):
        with pytest.raises(ValidationError):
            users.change_own_password(person, "guess-0000", "brand-new-2")
    with pytest.raises(LoginPaused) as paused:
        users.change_own_password(person, "guess-0000", "brand-new-2")
    assert "60 seconds" in str(paused.value)
    with pytest.raises(LoginPaused):  # the right one too, while paused
        users.change_own_password(person, "first-pass-1", "brand-new-2")
    with pytest.raises(LoginPaused):
        users.authenticate("lina", "first-pass-1")
    assert audit.count("password.change_failed") == 5 and audit.count("login.paused") == 1
    monkeypatch.setattr(timeutil, "utcnow", lambda: now + dt.timedelta(seconds=61))
    users.change_own_password(person, "first-pass-1", "brand-new-2")
    assert users.authenticate("lina", "brand-new-2").id == person.id


def test_a_deactivated_person_cannot_log_in(manager, specialist):
    users.set_user_active(manager, specialist.id, specialist.version, False)
    with pytest.raises(AuthenticationFailed):
        users.authenticate("lina", "first-pass-1")


def test_a_new_person_must_change_the_first_password(manager, specialist):
    assert specialist.must_change_password
    person = users.authenticate("lina", "first-pass-1")
    with pytest.raises(ValidationError) as err:
        users.change_own_password(person, "wrong-old", "brand-new-2")
    assert err.value.field == "old_password"
    with pytest.raises(ValidationError) as err:
        users.change_own_password(person, "first-pass-1", "short")
    assert err.value.field == "new_password"
    users.change_own_password(person, "first-pass-1", "brand-new-2")
    assert not users.get_user(person.id).must_change_password
    assert users.authenticate("lina", "brand-new-2").id == person.id


def test_the_manager_resets_a_password_and_the_person_must_change_it(manager, specialist):
    person = users.authenticate("lina", "first-pass-1")
    users.change_own_password(person, "first-pass-1", "mine-and-only-3")
    users.reset_password(manager, specialist.id, "temporary-4")
    assert users.authenticate("lina", "temporary-4").must_change_password
    last = audit.recent(2)
    assert "password.reset" in [e.action for e in last]
    assert all("temporary-4" not in str(e.detail) for e in audit.recent(50))


def test_a_password_change_does_not_upset_the_managers_open_form(manager, specialist):
    """The manager has 李娜 open to change her roles; meanwhile she changes her password
    (her first log-in) and the manager resets it again.  Nothing the form holds changed,
    so the save goes through (it was refused as a colleague's conflicting edit, and what
    the manager had typed was lost)."""
    opened = users.get_user(specialist.id)
    person = users.authenticate("lina", "first-pass-1")
    users.change_own_password(person, "first-pass-1", "mine-and-only-3")
    users.reset_password(manager, specialist.id, "temporary-4")
    saved = users.update_user(manager, opened.id, opened.version, display_name="李娜",
                              department="品牌部", roles=[Role.CONTENT_SPECIALIST,
                                                         Role.CHANNEL_SPECIALIST])
    assert saved.department == "品牌部" and Role.CHANNEL_SPECIALIST in saved.roles
    assert users.authenticate("lina", "temporary-4").must_change_password
    # A real edit in between still stops the form, naming who made it.
    other = users.get_user(specialist.id)
    users.update_user(manager, other.id, other.version, display_name="李娜",
                      department="市场部", roles=[Role.CONTENT_SPECIALIST])
    with pytest.raises(ConflictError):
        users.update_user(manager, other.id, other.version, display_name="李娜",
                          department="品牌部", roles=[Role.CONTENT_SPECIALIST])


def test_two_managers_stepping_down_at_once_leave_one_manager(manager):
    """Two PCs, the same moment: both operations managers take away their own role (or
    deactivate the other).  One is refused; the team keeps a manager (on PostgreSQL both
    passed the count, and nobody could manage the team any more)."""
    from tests.models.reviewing import run_at_once

    other = users.create_user(manager, "sunlei", "孙磊", "新媒体运营部",
                              [Role.OPERATIONS_MANAGER], "password-1")
    me = users.get_user(manager.id)
    results = run_at_once(
        lambda: users.update_user(me, me.id, me.version, display_name=me.display_name,
                                  department="", roles=[Role.CONTENT_SPECIALIST]),
        lambda: users.update_user(other, other.id, other.version,
                                  display_name=other.display_name, department="",
                                  roles=[Role.CHANNEL_SPECIALIST]))
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(refused) == 1 and refused[0].field == "roles", results
    assert [u.login for u in users.list_users() if u.is_manager] != []
    me, other = users.get_user(manager.id), users.get_user(other.id)
    results = run_at_once(
        lambda: users.set_user_active(me, other.id, other.version, False),
        lambda: users.set_user_active(other, me.id, me.version, False))
    assert [u for u in users.list_users() if u.is_manager and u.active], results


def test_only_the_operations_manager_manages_people(manager, specialist):
    with pytest.raises(PermissionDenied) as err:
        users.create_user(specialist, "x1", "X", "", [], "password-1")
    assert "Operations manager" in str(err.value)
    with pytest.raises(PermissionDenied):
        users.update_user(specialist, specialist.id, specialist.version, display_name="李娜",
                          department="", roles=[Role.OPERATIONS_MANAGER])
    with pytest.raises(PermissionDenied):
        users.set_user_active(specialist, manager.id, manager.version, False)
    with pytest.raises(PermissionDenied):
        users.reset_password(specialist, manager.id, "hijacked-1")
    assert users.get_user(specialist.id).roles == {Role.CONTENT_SPECIALIST}


def test_a_manager_who_lost_the_role_cannot_act_on_a_stale_session(manager, specialist):
    users.update_user(manager, specialist.id, specialist.version, display_name="李娜",
                      department="", roles=[Role.OPERATIONS_MANAGER])
    promoted = users.get_user(specialist.id)
    users.update_user(promoted, manager.id, manager.version, display_name="王芳",
                      department="", roles=[Role.GENERAL_MANAGER])
    # ``manager`` still says OPERATIONS_MANAGER, but the database no longer does.
    with pytest.raises(PermissionDenied):
        users.create_user(manager, "x2", "X", "", [], "password-1")


def test_a_person_may_hold_several_roles(manager):
    person = users.create_user(manager, "sunli", "孙丽", "新媒体运营部",
                               [Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST], "password-1")
    assert person.roles == {Role.CONTENT_SPECIALIST, Role.PROMOTION_SPECIALIST}
    assert {p.login for p in users.list_users()} == {"wangfang", "sunli"}


def test_user_names_are_unique_and_checked(manager):
    with pytest.raises(ValidationError) as err:
        users.create_user(manager, "WangFang", "Another", "", [], "password-1")
    assert err.value.field == "login" and "is taken" in str(err.value)
    with pytest.raises(ValidationError) as err:
        users.create_user(manager, "with space", "X", "", [], "password-1")
    assert err.value.field == "login"
    with pytest.raises(ValidationError) as err:
        users.create_user(manager, "ok.name", " ", "", [], "password-1")
    assert err.value.field == "display_name"


def test_the_team_keeps_at_least_one_active_operations_manager(manager):
    with pytest.raises(ValidationError) as err:
        users.update_user(manager, manager.id, manager.version, display_name="王芳",
                          department="", roles=[Role.CONTENT_SPECIALIST])
    assert "at least one active operations manager" in str(err.value)
    with pytest.raises(ValidationError):
        users.update_user(manager, manager.id, manager.version, display_name="王芳",
                          department="", roles=[Role.GENERAL_MANAGER])
    assert users.get_user(manager.id).is_manager and users.get_user(manager.id).active


def test_a_manager_cannot_deactivate_their_own_account(manager):
    """With a second manager, 王芳 could deactivate herself with the question asked about
    anyone else, and found herself locked out at her next log-in."""
    second = users.create_user(manager, "zhangwei", "张伟", "", [Role.OPERATIONS_MANAGER],
                               "password-1")
    with pytest.raises(ValidationError) as err:
        users.set_user_active(manager, manager.id, manager.version, False)
    assert str(err.value) == ("You cannot deactivate your own account. Another operations "
                              "manager can do it.")
    assert users.get_user(manager.id).active
    # Another manager can.
    assert not users.set_user_active(second, manager.id, manager.version, False).active


def test_one_person_is_not_both_operations_and_general_manager_rule_p2(manager, specialist):
    """One person with both roles approved and then confirmed a project post alone."""
    for roles in ([Role.OPERATIONS_MANAGER, Role.GENERAL_MANAGER],):
        with pytest.raises(ValidationError) as err:
            users.create_user(manager, "boss", "老板", "", roles, "password-1")
        assert err.value.field == "roles" and "rule P2" in str(err.value)
        with pytest.raises(ValidationError):
            users.update_user(manager, manager.id, manager.version, display_name="王芳",
                              department="", roles=roles)
    assert users.find_by_login("boss") is None
    assert users.get_user(manager.id).roles == manager.roles
    # Two people may hold the general manager's role.
    users.create_user(manager, "gm1", "赵刚", "总经办", [Role.GENERAL_MANAGER], "password-1")
    users.create_user(manager, "gm2", "钱伟", "总经办", [Role.GENERAL_MANAGER], "password-1")


@pytest.mark.parametrize("name", ["\u200b", " \u200b\u3000", "\ufeff"])
def test_a_name_of_invisible_characters_is_empty(manager, name):
    with pytest.raises(ValidationError) as err:
        users.create_user(manager, "ghost", name, "", [Role.CONTENT_SPECIALIST], "password-1")
    assert err.value.field == "display_name" and "enter the person's name" in str(err.value)
    with pytest.raises(ValidationError) as err:
        platforms.create_platform(manager, name=name, kind=PlatformKind.OTHER,
                                  colour="#336699")
    assert err.value.field == "name"


def test_names_are_one_line_and_invisible_ends_are_dropped(manager):
    with pytest.raises(ValidationError) as err:
        users.create_user(manager, "lina2", "李娜\n张伟", "", [Role.CONTENT_SPECIALIST],
                          "password-1")
    assert err.value.field == "display_name" and "one line" in str(err.value)
    person = users.create_user(manager, "lina2", "\u200b李娜\u200b ", " 市场部\u200b",
                               [Role.CONTENT_SPECIALIST], "password-1")
    assert (person.display_name, person.department) == ("李娜", "市场部")


def test_the_form_is_checked_in_its_order_and_every_field_has_its_message(manager):
    with pytest.raises(ValidationError) as err:  # name first, as the form shows it
        users.create_user(manager, "", "", "", [Role.CONTENT_SPECIALIST], "password-1")
    assert err.value.field == "display_name"
    with pytest.raises(ValidationError) as err:  # the form holds 100; PostgreSQL too
        users.create_user(manager, "lina2", "李娜", "部" * 101, [Role.CONTENT_SPECIALIST],
                          "password-1")
    assert err.value.field == "department" and "at most 100" in str(err.value)
    with pytest.raises(ValidationError) as err:  # was a bare ValueError
        users.create_user(manager, "lina2", "李娜", "", ["boss"], "password-1")
    assert err.value.field == "roles" and "“boss”" in str(err.value)
    assert users.find_by_login("lina2") is None


def test_a_stale_edit_names_the_colleague_and_overwrites_nothing(manager, specialist):
    second = users.create_user(manager, "zhaogang", "赵刚", "", [Role.OPERATIONS_MANAGER],
                               "password-1")
    stale_version = specialist.version
    users.update_user(second, specialist.id, stale_version, display_name="李娜娜",
                      department="运营部", roles=[Role.CONTENT_SPECIALIST])
    with pytest.raises(ConflictError) as err:
        users.update_user(manager, specialist.id, stale_version, display_name="李 娜",
                          department="", roles=[Role.CUSTOMER_SERVICE])
    assert "赵刚 changed this at" in str(err.value)
    now = users.get_user(specialist.id)
    assert now.display_name == "李娜娜" and now.roles == {Role.CONTENT_SPECIALIST}


def test_demo_log_in_works_only_on_a_demo_database(manager):
    with pytest.raises(PermissionDenied):
        users.demo_login("wangfang")
