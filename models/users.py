"""Users, their roles, passwords and log-in.

Passwords are hashed with scrypt from the standard library (a slow,
memory-hard key-derivation function) and a random salt per user, at the cost
OWASP asks for (``SCRYPT_COST``); a hash made at a lower cost by an earlier
version is made again at the next right password (``_upgrade_hash``).  Five
failed log-ins in a row for one name pause log-in for that name for a
minute, on every PC of the team, and are audited; the message never says
whether the name or the password was wrong.
"""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
import math
import re
import secrets
import threading
import unicodedata
import weakref
from typing import Iterable, NamedTuple

from peewee import (JOIN, AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, IntegrityError)

from models import names
from models.db import BaseModel, Statement, as_datetime, database
from models.errors import (AuthenticationFailed, LoginPaused, NotFound, PermissionDenied,
                           ValidationError)
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.roles import Role, parse_roles
from models import timeutil
from models.versioning import versioned_update

MAX_FAILURES = 5
PAUSE_SECONDS = 60
PASSWORD_PAUSED = QT_TRANSLATE_NOOP(
    "Errors", "Too many wrong passwords. Changing the password and logging in are paused for "
              "{seconds} seconds; please wait and try again.")
MIN_PASSWORD_LENGTH = 8
# OWASP's Password Storage Cheat Sheet: scrypt at N=2^17, r=8, p=1, or a setting of the same
# cost; N=2^14, r=8, p=5 is one of them and needs 16 MiB (2^17 needs 128 MiB, more than the
# 32 MiB OpenSSL lets scrypt have unless asked).  Measured on a two-core PC: 170 ms a hash
# (p=1, the cost before, 53 ms).  The cost is written into every hash, so older hashes still
# verify.  Whoever can read the database can copy the users table (a team's PCs share one
# PostgreSQL role), and then the cost is all that stands between a hash and its password.
SCRYPT_COST = {"n": 2 ** 14, "r": 8, "p": 5}
_cost = SCRYPT_COST  # what hash_password makes; the test suite lowers it (tests/conftest.py)
_LOGIN_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


class User(BaseModel):
    id = AutoField()
    login = CharField(max_length=64, unique=True)
    display_name = CharField(max_length=100)
    department = CharField(max_length=100, default="")
    active = BooleanField(default=True)
    password_hash = CharField(max_length=255)
    must_change_password = BooleanField(default=False)
    version = IntegerField(default=1)
    created_at = DateTimeField(default=timeutil.utcnow)
    updated_at = DateTimeField(default=timeutil.utcnow)
    updated_by = ForeignKeyField("self", null=True, on_delete="SET NULL", lazy_load=False)
    last_login_at = DateTimeField(null=True)  # migration 0002


class UserRole(BaseModel):
    user = ForeignKeyField(User, on_delete="CASCADE", backref="role_rows", lazy_load=False)
    role = CharField(max_length=40)

    class Meta:
        indexes = ((("user", "role"), True),)


class LoginThrottle(BaseModel):
    """Failed log-ins in a row per login name (known or not), shared by every PC."""

    login = CharField(max_length=64, primary_key=True)
    failures = IntegerField(default=0)
    paused_until = DateTimeField(null=True)


class UserInfo(NamedTuple):
    """A user as services hand it out: no password hash, roles as a set."""

    id: int
    login: str
    display_name: str
    department: str
    active: bool
    roles: frozenset
    must_change_password: bool
    version: int
    last_login_at: _dt.datetime | None = None

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def is_manager(self) -> bool:
        return Role.OPERATIONS_MANAGER in self.roles

    @property
    def is_read_only(self) -> bool:
        """Staff outside the operations department with no role: calendar read-only."""
        return not self.roles


# -- passwords -------------------------------------------------------------------

def _cost_prefix() -> str:
    """How a hash at today's cost begins: "scrypt$N$r$p$" (then the salt and the digest)."""
    return "scrypt${n}${r}${p}$".format(**_cost)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_cost)
    b64 = base64.b64encode
    return f"{_cost_prefix()}{b64(salt).decode()}${b64(digest).decode()}"


def is_below_cost(stored: str) -> bool:
    """True if ``stored`` was made with less memory or less work than ``hash_password``
    spends now (a hash of an earlier version); a stronger one is never made weaker."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        n, r, p = int(n), int(r), int(p)
    except ValueError:
        return False
    want = _cost
    return scheme == "scrypt" and (n * r < want["n"] * want["r"]
                                   or n * r * p < want["n"] * want["r"] * want["p"])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# A hash at SCRYPT_COST of a password nobody has, made once: making it at the first unknown
# name would have made that try twice as slow as a wrong password (370 ms against 185).
DUMMY_AT_COST = ("scrypt$16384$8$5$WgumkRynTDrwL/JSPK9wmQ==$"
                 "qYIPTNn0M4owAVkRRSCBFGooZpbjT5eGSDwdH+2gKHo=")  # of "not-a-password"
_DUMMY_HASH = DUMMY_AT_COST


def _dummy_verify(password: str) -> None:
    """Spend the same time as a real check, so timing does not reveal unknown names."""
    global _DUMMY_HASH
    if not _DUMMY_HASH.startswith(_cost_prefix()):  # the cost changed (the test suite's)
        _DUMMY_HASH = hash_password("not-a-password")
    verify_password(password, _DUMMY_HASH)


def _upgrade_hash(user_id: int, verified: str, fresh: str | None) -> bool:
    """Store ``fresh`` (the password just checked against ``verified``, hashed at today's
    cost; None: ``verified`` is not below it) in place of ``verified``; True if replaced.

    Only while ``verified`` is still the stored hash: a colleague's reset meanwhile is
    kept.  Not a person's edit: the version stays, so nobody's open form conflicts."""
    if fresh is None:
        return False
    return bool(User.update(password_hash=fresh)
                .where((User.id == user_id) & (User.password_hash == verified)).execute())


def check_password_rules(password: str, field: str = "password") -> None:
    """Rule A3 asks for strong passwords; this is the floor for log-in passwords."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            field=field, n=MIN_PASSWORD_LENGTH)
    has_letter = any(ch.isalpha() for ch in password)
    has_other = any(not ch.isalpha() and not ch.isspace() for ch in password)
    if not (has_letter and has_other):  # "12345678-", "!!!!!!!!" and eight spaces too
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must mix letters with digits or symbols."),
            field=field)


# -- reading ---------------------------------------------------------------------

def _roles_of(user_ids: Iterable[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    ids = list(user_ids)
    if not ids:
        return out
    for user_id, role in (UserRole.select(UserRole.user, UserRole.role)
                          .where(UserRole.user.in_(ids)).tuples()):
        out.setdefault(user_id, set()).add(role)
    return out


def _info(row: User, roles: Iterable[str]) -> UserInfo:
    return UserInfo(row.id, row.login, row.display_name, row.department, row.active,
                    parse_roles(roles), row.must_change_password, row.version,
                    row.last_login_at)


# People with their roles, one row per role (no password hashes), compiled once
# (``db.Statement``): the services read the acting person fresh at every call, and every
# screen reads the team when it opens or reloads.
_WITH_ROLES = (User.select(User.id, User.login, User.display_name, User.department, User.active,
                           User.must_change_password, User.version, User.last_login_at,
                           UserRole.role)
               .join(UserRole, JOIN.LEFT_OUTER, on=(UserRole.user == User.id)))
_ONE_USER = Statement(lambda user_id: _WITH_ROLES.where(User.id == user_id))
# Each person's rows together (the id after the name: two people may share a name).
_EVERYONE = _WITH_ROLES.order_by(User.active.desc(), User.display_name, User.id)
_TEAM = {True: Statement(lambda: _EVERYONE),  # with the people no longer active
         False: Statement(lambda: _EVERYONE.where(User.active == True))}  # noqa: E712


def _people(rows) -> list[UserInfo]:
    """``UserInfo`` of the rows of ``_WITH_ROLES`` (a person's rows one after another)."""
    people, roles = {}, {}
    for i, login, name, department, active, must_change, version, last_login, role in rows:
        if i not in people:
            people[i] = (login, name, department, bool(active), bool(must_change), version,
                         as_datetime(last_login))
            roles[i] = []
        if role is not None:
            roles[i].append(role)
    return [UserInfo(i, login, name, department, active, parse_roles(roles[i]), must_change,
                     version, last_login)
            for i, (login, name, department, active, must_change, version, last_login)
            in people.items()]


def list_users(include_inactive: bool = True) -> list[UserInfo]:
    return _people(_TEAM[bool(include_inactive)].rows())


def get_user(user_id: int) -> UserInfo:
    people = _people(_ONE_USER.rows(user_id))
    if not people:
        raise NotFound()
    return people[0]


def find_by_login(login: str) -> UserInfo | None:
    row = User.get_or_none(User.login == login.strip().lower())
    if row is None:
        return None
    return _info(row, _roles_of([row.id]).get(row.id, ()))


def needs_setup() -> bool:
    """True on an empty database: the first start asks for the operations manager."""
    return not User.select().exists()


# What a person still logged in is told once the manager has deactivated them (on another
# PC, meanwhile): every change was refused with "You are not allowed to do this." alone.
DEACTIVATED = QT_TRANSLATE_NOOP(
    "Errors", "Your account has been deactivated, so you can no longer change anything in "
              "MediaDesk. Ask the operations manager if this is a mistake.")


def require_active(actor: UserInfo | None) -> UserInfo:
    """The actor, fresh from the database, if their account is still active."""
    if actor is None:
        raise PermissionDenied()
    fresh = get_user(actor.id)
    if not fresh.active:
        raise PermissionDenied(DEACTIVATED)
    return fresh


def require_role(actor: UserInfo | None, *roles: Role) -> UserInfo:
    """Check, against the database (a colleague may have changed it), that ``actor``
    is active and holds one of ``roles``; return the fresh UserInfo."""
    fresh = require_active(actor)
    if not (fresh.roles & set(roles)):
        if len(roles) == 1:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only someone with the role “{role}” may do this."),
                role=roles[0].label)
        names = translate("Roles", ", ").join(r.label for r in roles)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only a person with one of these roles may do this: "
                                        "{roles}."),
            roles=names)
    return fresh


def require_manager(actor: UserInfo | None) -> UserInfo:
    return require_role(actor, Role.OPERATIONS_MANAGER)


# -- log-in ------------------------------------------------------------------------

def _seconds_left(paused_until: _dt.datetime | None, now: _dt.datetime) -> int:
    """The whole seconds left of a pause (0: not paused), rounded up."""
    if paused_until is None or paused_until <= now:
        return 0
    return max(1, math.ceil((paused_until - now).total_seconds()))


def _after_failure(failures_before: int, now: _dt.datetime) -> tuple[int, _dt.datetime | None]:
    """The count of failures in a row with one more, and the pause it starts (the fifth)."""
    failures = failures_before + 1
    return failures, (now + _dt.timedelta(seconds=PAUSE_SECONDS)
                      if failures >= MAX_FAILURES else None)


def _audit_failure(actor, action: str, key: str, failures: int, paused: bool) -> None:
    from models import audit

    audit.record(actor, action, "login", key, failures=failures)
    if paused:
        audit.record(actor, "login.paused", "login", key, seconds=PAUSE_SECONDS)


def _throttle(key: str, lock: bool = False) -> LoginThrottle | None:
    """The row that counts ``key``'s failures, if there is one; with ``lock``, locked until
    the transaction ends (SQLite: its transactions hold the write lock already)."""
    query = LoginThrottle.select().where(LoginThrottle.login == key)
    return (query.for_update() if lock and database.obj.for_update else query).first()


def _remaining_pause(key: str, now: _dt.datetime, lock: bool = False) -> int:
    """The whole seconds left of the pause on ``key`` (0: not paused), rounded up; with
    ``lock``, its row stays locked until the transaction ends (a right password's check:
    a pause another PC's fifth wrong try started meanwhile holds)."""
    throttle = _throttle(key, lock)
    return _seconds_left(throttle.paused_until if throttle else None, now)


def _locked_throttle(key: str) -> LoginThrottle:
    """The row that counts ``key``'s failures, made if need be and locked until the
    transaction ends, so that the tries of several PCs at once are counted one after the
    other: each had read the count before the others wrote theirs, eight wrong passwords
    were checked where five pause, and a try that ended after the fifth wrote its own count
    over the pause and cleared it.  (SQLite: the insert takes the database's write lock.)
    Inside a transaction."""
    LoginThrottle.insert(login=key, failures=0).on_conflict_ignore().execute()
    return _throttle(key, lock=True)


def _count_failure(key: str, now: _dt.datetime, action: str, actor=None) -> int:
    """One more wrong password for ``key``, audited as ``action``: the seconds of the pause
    now on it (0: none).  The fifth in a row starts the pause (audited too); a try that
    ends while a pause another PC started holds is not counted, and leaves it as it is.
    Inside a transaction."""
    throttle = _locked_throttle(key)
    remaining = _seconds_left(throttle.paused_until, now)
    if remaining:
        return remaining
    failures, paused_until = _after_failure(throttle.failures, now)
    (LoginThrottle.update(failures=0 if paused_until else failures, paused_until=paused_until)
     .where(LoginThrottle.login == key).execute())
    _audit_failure(actor, action, key, failures, paused_until is not None)
    return PAUSE_SECONDS if paused_until is not None else 0


# Failed log-ins under names that are nobody's account.  People type their password into
# the name field now and then: nothing derived from such a name is written anywhere (a
# hash of it would let whoever reads the database test guesses at the password).  They
# are counted here instead, per open database and on this PC only, so that five in a row
# pause as an account's name does; the audit log records each as UNKNOWN_NAME.
UNKNOWN_NAME = "?"  # no user name starts with it (_LOGIN_RE)
_UNKNOWN_KEPT = 1000  # names counted at most; the oldest are forgotten first
_unknown_tries: "weakref.WeakKeyDictionary[object, dict[str, tuple[int, _dt.datetime | None]]]" \
    = weakref.WeakKeyDictionary()
_unknown_lock = threading.Lock()


def _unknown_table() -> dict[str, tuple[int, _dt.datetime | None]]:
    return _unknown_tries.setdefault(database.obj, {})


def _unknown_remaining_pause(typed: str, now: _dt.datetime) -> int:
    with _unknown_lock:
        paused_until = _unknown_table().get(typed, (0, None))[1]
    return _seconds_left(paused_until, now)


def _count_unknown_failure(typed: str, now: _dt.datetime) -> bool:
    """``_count_failure`` for a name that is nobody's account (see UNKNOWN_NAME)."""
    with _unknown_lock:
        table = _unknown_table()
        failures, paused_until = _after_failure(table.pop(typed, (0, None))[0], now)
        table[typed] = (0 if paused_until else failures, paused_until)
        while len(table) > _UNKNOWN_KEPT:
            del table[next(iter(table))]
    with database.atomic():
        _audit_failure(None, "login.failed", UNKNOWN_NAME, failures, paused_until is not None)
    return paused_until is not None


def authenticate(login: str, password: str) -> UserInfo:
    """Log in; raises AuthenticationFailed (never saying which part was wrong) or LoginPaused.

    A name that is nobody's account is counted only in memory (see UNKNOWN_NAME)."""
    from models import audit

    # A Chinese input method left on full width types ｌｉｎａ: the same name (NFKC).
    key = unicodedata.normalize("NFKC", login or "").strip().lower()[:64]
    now = timeutil.utcnow()
    row = User.get_or_none(User.login == key)
    if row is None:
        remaining = _unknown_remaining_pause(key, now)
    else:
        with database.atomic():
            remaining = _remaining_pause(key, now)
    if remaining:
        raise LoginPaused(seconds=remaining)
    ok = False
    if row is None or not row.active:
        _dummy_verify(password or "")
    else:
        ok = verify_password(password or "", row.password_hash)
    if ok:
        # Hashed before the transaction: its 170 ms would hold SQLite's write lock.
        fresh = hash_password(password) if is_below_cost(row.password_hash) else None
        with database.atomic():
            # A pause another PC's fifth wrong try started while this one was checked holds:
            # a guess that happens to be right in that minute is refused too.  (A pause has
            # a row: no row, no pause, and nothing to make only to delete it again.)
            remaining = _remaining_pause(key, now, lock=True)
            if remaining:
                raise LoginPaused(seconds=remaining)
            LoginThrottle.delete().where(LoginThrottle.login == key).execute()
            User.update(last_login_at=now).where(User.id == row.id).execute()
            _upgrade_hash(row.id, row.password_hash, fresh)
            row.last_login_at = now
            info = _info(row, _roles_of([row.id]).get(row.id, ()))
            audit.record(info, "login.succeeded", "user", row.id)
        return info
    if row is None:
        paused = PAUSE_SECONDS if _count_unknown_failure(key, now) else 0
    else:
        with database.atomic():
            paused = _count_failure(key, now, "login.failed")
    if paused:
        raise LoginPaused(seconds=paused)
    raise AuthenticationFailed()


def demo_login(login: str) -> UserInfo:
    """Log in without a password; only a database built by ``models.demo`` allows it."""
    from models import audit, settings

    if not settings.is_demo():
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Logging in without a password works only in the demo."))
    info = find_by_login(login)
    if info is None or not info.active:
        raise AuthenticationFailed()
    audit.record(info, "login.succeeded", "user", info.id, demo=True)
    return info


def change_own_password(actor: UserInfo, old_password: str, new_password: str) -> None:
    from models import audit

    row = User.get_or_none(User.id == actor.id)
    if row is None:
        raise PermissionDenied()
    if not row.active:
        raise PermissionDenied(DEACTIVATED)
    # The current password is a second way to guess it: wrong ones count towards the same
    # pause as the log-in's (five in a row, a minute) and are audited.
    now = timeutil.utcnow()
    with database.atomic():
        remaining = _remaining_pause(row.login, now)
    if remaining:
        raise LoginPaused(PASSWORD_PAUSED, seconds=remaining)
    if not verify_password(old_password, row.password_hash):
        with database.atomic():
            paused = _count_failure(row.login, now, "password.change_failed", actor)
        if paused:
            raise LoginPaused(PASSWORD_PAUSED, seconds=paused)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
                              field="old_password")
    with database.atomic():
        remaining = _remaining_pause(row.login, now, lock=True)
        if remaining:  # started meanwhile, on another PC (see authenticate)
            raise LoginPaused(PASSWORD_PAUSED, seconds=remaining)
        LoginThrottle.delete().where(LoginThrottle.login == row.login).execute()
    if new_password == old_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The new password must differ from the current one."),
            field="new_password")
    check_password_rules(new_password, "new_password")
    with database.atomic():
        # Not a versioned edit: the version (and who changed the row, when) guards what the
        # manager's person form holds, which a password is not, so an open form of this
        # person still saves.  The audit log records the change.
        User.update(password_hash=hash_password(new_password), must_change_password=False) \
            .where(User.id == actor.id).execute()
        audit.record(actor, "password.changed", "user", actor.id)


OWN_PASSWORD_RESET = QT_TRANSLATE_NOOP(
    "Errors", "You cannot reset your own password. Change it with File › Change password, "
              "which asks for the current one.")


def reset_password(actor: UserInfo, user_id: int, new_password: str) -> None:
    """The operations manager sets a new password; the person must change it at next log-in."""
    from models import audit

    require_manager(actor)
    if user_id == actor.id:  # a reset skips the current password, which a change asks for
        raise PermissionDenied(OWN_PASSWORD_RESET)
    check_password_rules(new_password)
    # Hashed before the transaction (its 170 ms would hold SQLite's write lock), and the
    # log-in count's row before the person's, in the order a log-in takes them: the other
    # order can deadlock with a log-in on a team server.
    hashed = hash_password(new_password)
    with database.atomic():
        LoginThrottle.delete().where(
            LoginThrottle.login == User.select(User.login).where(User.id == user_id)).execute()
        count = (User.update(password_hash=hashed,
                             must_change_password=True)  # not versioned: see above
                 .where(User.id == user_id).execute())
        if not count:
            raise NotFound()
        audit.record(actor, "password.reset", "user", user_id)


# -- managing people (operations manager only) -------------------------------------

def _clean_login(login: str) -> str:
    login = (login or "").strip().lower()
    if not _LOGIN_RE.match(login):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user name has 2 to 64 letters, digits, dots, dashes or underscores "
                "(for example zhang.wei)."),
            field="login")
    return login


def _clean_name(display_name: str) -> str:
    name = names.clean(display_name, "display_name")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the person's name."),
                              field="display_name")
    if len(name) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 100 characters)."),
                              field="display_name")
    return name


DEPARTMENT_MAX = 100


def _clean_department(department: str | None) -> str:
    text = names.clean(department, "department")
    if len(text) > DEPARTMENT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The department's name is too long (at most {n} "
                                        "characters)."), field="department", n=DEPARTMENT_MAX)
    return text


def _clean_roles(roles) -> set[str]:
    values = set()
    for r in roles:
        try:
            values.add(Role(r).value)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no role “{role}”."),
                                  field="roles", role=str(r)) from None
    if {Role.OPERATIONS_MANAGER.value, Role.GENERAL_MANAGER.value} <= values:
        # The general manager's confirmation is a second person's check (rule P2): one
        # person holding both roles would approve and confirm a project post alone.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "One person cannot be both the operations manager and "
                                        "the general manager: the general manager's "
                                        "confirmation is a second person's check (rule P2)."),
            field="roles")
    return values


def _lock_managers() -> None:
    """On a team server, lock the operations managers' rows for this transaction: two
    managers stepping down at the same moment from two PCs each wait for the other and
    then count again, so one of them is refused (SQLite's transactions take the write
    lock at their start, which serialises them anyway)."""
    if database.for_update:
        managers = UserRole.select(UserRole.user).where(
            UserRole.role == Role.OPERATIONS_MANAGER.value)
        list(User.select(User.id).where(User.id.in_(managers)).for_update())


def _keeps_a_manager(excluding_user: int) -> bool:
    return (User.select().join(UserRole, on=(UserRole.user == User.id))
            .where((User.active == True) & (UserRole.role == Role.OPERATIONS_MANAGER.value)  # noqa: E712
                   & (User.id != excluding_user)).exists())


def _no_manager_left() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The team must keep at least one active operations manager. Give the role to "
            "someone else first."),
        field="roles")


def _insert_user(login, display_name, department, roles, password, must_change, actor_id):
    try:
        with database.atomic():
            row = User.create(login=login, display_name=display_name,
                              department=department,
                              password_hash=hash_password(password),
                              must_change_password=must_change, updated_by=actor_id)
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name {login} is taken. Choose another."),
            field="login", login=login) from None
    for role in sorted(roles):
        UserRole.create(user=row.id, role=role)
    return row


def setup_team(login: str, display_name: str, password: str, platforms: list,
               extra_roles: Iterable[Role] = ()) -> UserInfo:
    """First start: create the operations manager and the team's platforms, in one transaction."""
    from models import audit, platforms as platform_service

    login = _clean_login(login)
    display_name = _clean_name(display_name)
    check_password_rules(password)
    roles = _clean_roles({Role.OPERATIONS_MANAGER, *extra_roles})
    with database.atomic():
        if database.for_update:
            # A team server: two PCs' set-up dialogs saved at the same moment would both
            # find the team empty.  The second waits here, then finds it set up.
            database.execute_sql(
                f'LOCK TABLE "{User._meta.table_name}" IN SHARE ROW EXCLUSIVE MODE')
        if not needs_setup():
            raise AlreadySetUp(
                QT_TRANSLATE_NOOP("Errors", "This database has been set up already. Please log in."))
        row = _insert_user(login, display_name, "", roles, password, False, None)
        info = _info(row, roles)
        platform_service.create_initial(info, platforms)
        audit.record(info, "setup.completed", "user", row.id, platforms=len(platforms))
    return info


class AlreadySetUp(ValidationError):
    """``setup_team`` on a database a colleague set up meanwhile (two PCs' first starts on
    one new team database): log in instead."""


def create_user(actor: UserInfo, login: str, display_name: str, department: str,
                roles: Iterable[Role], password: str) -> UserInfo:
    """Add a person; they must choose their own password at first log-in."""
    from models import audit

    require_manager(actor)
    display_name = _clean_name(display_name)  # in the form's order: name, then user name
    login = _clean_login(login)
    department = _clean_department(department)
    role_values = _clean_roles(roles)
    check_password_rules(password)
    with database.atomic():
        row = _insert_user(login, display_name, department, role_values, password, True, actor.id)
        audit.record(actor, "user.created", "user", row.id, login=login,
                     roles=sorted(role_values))
    return get_user(row.id)


def update_user(actor: UserInfo, user_id: int, version: int, *, display_name: str,
                department: str, roles: Iterable[Role]) -> UserInfo:
    from models import audit

    require_manager(actor)
    display_name = _clean_name(display_name)
    department = _clean_department(department)
    role_values = _clean_roles(roles)
    with database.atomic():
        _lock_managers()
        if (Role.OPERATIONS_MANAGER.value not in role_values
                and Role.OPERATIONS_MANAGER.value in _roles_of([user_id]).get(user_id, set())
                and not _keeps_a_manager(user_id)):
            raise _no_manager_left()
        versioned_update(User, user_id, version, actor.id, display_name=display_name,
                         department=department)
        UserRole.delete().where(UserRole.user == user_id).execute()
        for role in sorted(role_values):
            UserRole.create(user=user_id, role=role)
        audit.record(actor, "user.updated", "user", user_id, display_name=display_name,
                     roles=sorted(role_values))
    return get_user(user_id)


def set_user_active(actor: UserInfo, user_id: int, version: int, active: bool) -> UserInfo:
    """Deactivate (or reactivate) a person. Nobody is deleted: the audit log names them."""
    from models import audit

    fresh = require_manager(actor)
    if not active and user_id == fresh.id:
        # They would be locked out at their next log-in, with nobody told why.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account. Another "
                                        "operations manager can do it."))
    with database.atomic():
        _lock_managers()
        if not active and not _keeps_a_manager(user_id):
            target = get_user(user_id)
            if target.is_manager:
                raise _no_manager_left()
        versioned_update(User, user_id, version, actor.id, active=active)
        audit.record(actor, "user.activated" if active else "user.deactivated", "user", user_id)
    return get_user(user_id)
