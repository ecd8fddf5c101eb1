"""Settings that belong to the team, stored in the database so every PC sees the same rules.

Each setting is declared once in ``TEAM_SETTINGS`` with its default and a
translatable title (the way MusicBrainz Picard declares its options).
Values are stored as JSON.  Only the operations manager changes them.
"""
from __future__ import annotations

import json
from typing import Any, Callable, NamedTuple

from peewee import (CharField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError,
                    TextField)

from models import names
from models.db import BaseModel, database
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.sensitive import DEFAULT_WORDS, clean_words
from models.timeutil import utcnow
from models.users import User, UserInfo, require_manager
from models.versioning import conflict_for, versioned_update
from models.workflow import DEFAULT_URGENT_HOURS, clean_urgent_hours


class TeamSetting(BaseModel):
    key = CharField(max_length=80, primary_key=True)
    value = TextField()
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", lazy_load=False)


class SettingDef(NamedTuple):
    key: str
    default: Any
    title: str  # English source, translated in context "Settings"
    editable: bool = True
    # The value as stored, from what ``put`` was given; raises ``ValidationError``.
    clean: Callable[[Any], Any] | None = None

    @property
    def label(self) -> str:
        return translate("Settings", self.title)


TEAM_NAME_MAX = 100


def clean_team_name(value: Any) -> str:
    """The team's name as stored: one line of visible text (``names.clean``), at most
    ``TEAM_NAME_MAX`` characters; "" (no name) when nothing visible is left."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The team's name is one line of text."), field="name")
    name = names.clean(value, "name")
    if len(name) > TEAM_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The team's name is too long (at most {n} characters)."),
            field="name", n=TEAM_NAME_MAX)
    return name


def clean_holidays(value: Any) -> dict:
    """The team's holidays and working days (rule C3) as stored: see
    ``models.workdays.clean_team_calendar`` (imported here only when a value is cleaned:
    the holiday calendar is not loaded at start-up)."""
    from models import workdays

    return workdays.clean_team_calendar(value)


def default_monthly() -> dict:
    """Rules C5 and C7 until the operations manager changes them: each fixed column at
    least once a month; each content, channel and promotion specialist at least 2 pieces a
    month (C7's example), the operations manager, who reviews them, none."""
    from models.roles import Role
    from models.workflow import WRITER_ROLES

    return {"column_posts": 1,
            "roles": {r.value: 0 if r is Role.OPERATIONS_MANAGER else 2
                      for r in sorted(WRITER_ROLES)},
            "people": {}}


def _count(value: Any, field: str) -> int:
    from models.cadence_rules import MAX_MIN_POSTS

    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MIN_POSTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A monthly number is a whole number from 0 to {n}."),
            field=field, n=MAX_MIN_POSTS)
    return value


def clean_monthly(value: Any) -> dict:
    """Rules C5 and C7 as stored: ``{"column_posts": n, "roles": {role: n}, "people":
    {"user id": n}}``, every n a whole number from 0 to ``MAX_MIN_POSTS``; a role is one
    of ``models.roles.Role``'s values.  A person's number replaces their roles'."""
    from models.roles import Role

    if not isinstance(value, dict) or set(value) - {"column_posts", "roles", "people"}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These monthly rules cannot be read."))
    roles, people = value.get("roles", {}), value.get("people", {})
    if not isinstance(roles, dict) or not isinstance(people, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These monthly rules cannot be read."))
    known = {r.value for r in Role}
    clean_roles = {}
    for role, n in roles.items():
        if role not in known:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no role \"{role}\"."),
                                  field="roles", role=str(role))
        clean_roles[role] = _count(n, "roles")
    clean_people = {}
    for uid, n in people.items():
        try:
            key = int(uid)
        except (TypeError, ValueError):
            key = 0
        if key <= 0 or isinstance(uid, bool):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These monthly rules cannot be "
                                                              "read."), field="people")
        clean_people[str(key)] = _count(n, "people")
    return {"column_posts": _count(value.get("column_posts", 1), "column_posts"),
            "roles": clean_roles, "people": clean_people}


# Rules C5 and C7 (models.cadence.monthly_shortfalls): read by ``monthly_rules``, changed by
# ``set_monthly``.
MONTHLY_KEY = "cadence.monthly"

# Rule C3's working days for the years chinesecalendar does not know, as the operations
# manager enters them from the State Council's notice: {"2027": {"off": [...], "working":
# [...]}} (ISO dates).  Read by ``team_calendar``, changed by ``set_holidays``.
HOLIDAYS_KEY = "calendar.holidays"

TEAM_SETTINGS = {d.key: d for d in [
    SettingDef("team.name", "", QT_TRANSLATE_NOOP("Settings", "Team name"),
               clean=clean_team_name),
    SettingDef("demo", False, QT_TRANSLATE_NOOP("Settings", "Demo database"), editable=False),
    # The approval workflow (models.reviews, models.sensitive).
    SettingDef("review.urgent_hours", DEFAULT_URGENT_HOURS,
               QT_TRANSLATE_NOOP("Settings", "Hours before its planned time when a post that is "
                                             "not yet approved becomes urgent"),
               clean=clean_urgent_hours),
    SettingDef("review.sensitive_words", DEFAULT_WORDS,
               QT_TRANSLATE_NOOP("Settings", "Sensitive words checked in every post"),
               clean=clean_words),
    # The content calendar's deadlines (rule C3; models.workdays).
    SettingDef(HOLIDAYS_KEY, {},
               QT_TRANSLATE_NOOP("Settings", "Holidays and working days of the years MediaDesk's "
                                             "Chinese statutory calendar does not know"),
               clean=clean_holidays),
    # Each fixed column's posts a month (C5) and each writer's quota (C7).
    SettingDef(MONTHLY_KEY, None,
               QT_TRANSLATE_NOOP("Settings", "Posts each column needs a month, and each "
                                             "person's monthly quota"),
               clean=clean_monthly),
]}


def get(key: str) -> Any:
    d = TEAM_SETTINGS[key]
    raw = TeamSetting.select(TeamSetting.value).where(TeamSetting.key == key).scalar()
    if raw is None:
        return d.default
    try:
        return json.loads(raw)
    except ValueError:
        return d.default


def version_of(key: str) -> int | None:
    return TeamSetting.select(TeamSetting.version).where(TeamSetting.key == key).scalar()


def put(actor: UserInfo | None, key: str, value: Any, expected_version: int | None = None) -> int:
    """Change a team setting (operations manager only), after its definition's ``clean``
    (the checks of ``inbox.set_urgent_hours``, ``sensitive.set_words``,
    ``clean_team_name``). Returns the new version."""
    from models import audit

    d = TEAM_SETTINGS.get(key)
    if d is None or not d.editable:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This setting cannot be changed."))
    require_manager(actor)
    if d.clean is not None:
        value = d.clean(value)
    return _store(actor, key, value, expected_version, audit)


def _store(actor, key, value, expected_version, audit) -> int:
    encoded = json.dumps(value, ensure_ascii=False)
    with database.atomic():
        current = version_of(key)
        if current is None:
            try:
                with database.atomic():  # a savepoint: two first saves at once, one wins
                    TeamSetting.create(key=key, value=encoded,
                                       updated_by=getattr(actor, "id", None))
                new_version = 1
            except IntegrityError:
                if expected_version is not None:  # a colleague's first save came first
                    raise conflict_for(TeamSetting, key) from None
                new_version = versioned_update(TeamSetting, key, version_of(key),
                                               getattr(actor, "id", None), value=encoded)
        else:
            new_version = versioned_update(
                TeamSetting, key, current if expected_version is None else expected_version,
                getattr(actor, "id", None), value=encoded)
        audit.record(actor, "setting.changed", "setting", key, value=value)
    return new_version


def team_calendar():
    """The team's holidays and working days as a ``models.workdays.TeamCalendar``: read
    once per check by the services that count working days (``models.planning``), so a
    colleague's entry on another PC counts from the next check on."""
    from models import workdays

    return workdays.TeamCalendar.from_setting(get(HOLIDAYS_KEY))


def holidays_version() -> int | None:
    """The stored entries' version (None: never saved), for ``set_holidays``."""
    return version_of(HOLIDAYS_KEY)


def set_holidays(actor: UserInfo | None, years: dict, expected_version: int | None = None
                 ) -> int:
    """Store the days off and working days of ``years`` (operations manager only;
    validated by ``clean_holidays``; audited as a setting change).  Returns the new version.

    ``years`` maps a year to ``(days_off, working_days)`` (or a ``workdays.TeamYear``);
    each year given replaces what was stored for it (both empty: the year is taken out),
    the years not given stay as they are.  ``expected_version`` is the version the person
    started from (0 when nothing was stored): a colleague's save meanwhile raises
    ``ConflictError`` naming them.  Without it, the version read here is expected, so a
    save that crosses a colleague's is a conflict too, never a silent loss.
    """
    require_manager(actor)
    with database.atomic():
        current = version_of(HOLIDAYS_KEY)
        # What is stored, less what no longer counts (a year a newer chinesecalendar
        # knows now): a save of 2028 is not refused for an old entry of 2027.
        merged = dict(team_calendar().to_setting())
        for year, entry in years.items():
            merged[str(year)] = entry
        expected = expected_version if expected_version is not None else (current or 0)
        return put(actor, HOLIDAYS_KEY, merged, expected)


def monthly_rules():
    """Rules C5 and C7 as a ``models.cadence.MonthlyRules``, read afresh at every check."""
    from models.cadence import MonthlyRules

    stored = get(MONTHLY_KEY)
    try:
        value = clean_monthly(stored) if stored is not None else default_monthly()
    except ValidationError:  # written by hand or by a newer MediaDesk: the defaults
        value = default_monthly()
    return MonthlyRules(value["column_posts"], value["roles"],
                        {int(uid): n for uid, n in value["people"].items()})


def monthly_version() -> int | None:
    """The stored monthly rules' version (None: the defaults, never saved)."""
    return version_of(MONTHLY_KEY)


def set_monthly(actor: UserInfo | None, column_posts: int, role_quotas: dict,
                person_quotas: dict, expected_version: int | None) -> int:
    """Store rules C5 and C7 (operations manager only; audited as a setting change):
    ``column_posts`` a fixed column needs a month, the quota of each role (by role or
    value) and of each person who has one of their own (by user id).  ``expected_version``
    is the version the person started from (0: the defaults); a colleague's save
    meanwhile raises ``ConflictError`` naming them.  Returns the new version."""
    value = {"column_posts": column_posts,
             "roles": {str(getattr(r, "value", r)): n for r, n in role_quotas.items()},
             "people": {str(uid): n for uid, n in person_quotas.items()}}
    return put(actor, MONTHLY_KEY, value, expected_version or 0)


def is_demo() -> bool:
    return bool(get("demo"))


def mark_demo() -> None:
    """Only ``models.demo`` calls this, on a database it has just built."""
    from models import audit

    _store(None, "demo", True, None, audit)
