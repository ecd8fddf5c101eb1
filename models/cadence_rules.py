"""Per-platform settings the operations manager keeps: cadence rules and length limits.

Cadence (rules C1, C2): each active platform has a minimum number of posts
per day or per week.  Until the manager changes it, a platform follows the
team default, computed from its kind and not stored: the website at least
3 a week (C1), every other platform at least 1 a day (C2).  A platform added
later gets its default the same way.  The manager changes a rule (stored in
``cadence_rule``) or removes it: a removed rule is kept as a row with
``enabled = False``, so the default does not come back.  The pure checks
(shortfalls, deadlines) live in ``models.cadence`` and take the
``CadenceRuleInfo`` rows returned here.

Length limits: the manager may cap a platform's title and body length
(``platform_limit``, one row per platform; NULL means no limit).  Limits live
in their own table rather than as columns of ``platform`` so that the
platform service and its versioned edits stay untouched; a platform without
a row has no limits.  The post editor validates against them
(``models.posts.check_lengths``).
"""
from __future__ import annotations

import enum
from typing import NamedTuple

from peewee import (AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, IntegrityError)

from models.db import BaseModel, database
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.platforms import Platform, PlatformKind
from models.timeutil import utcnow
from models.users import User, UserInfo, require_manager
from models.versioning import conflict_for, versioned_update

MAX_MIN_POSTS = 100
TITLE_HARD_MAX = 200  # the post.title column
BODY_HARD_MAX = 100_000


class CadencePeriod(str, enum.Enum):
    DAY = "day"
    WEEK = "week"

    @property
    def label(self) -> str:
        return translate("Cadence", PERIOD_LABELS[self])


PERIOD_LABELS = {
    CadencePeriod.DAY: QT_TRANSLATE_NOOP("Cadence", "per day"),
    CadencePeriod.WEEK: QT_TRANSLATE_NOOP("Cadence", "per week"),
}


def default_rule(kind: PlatformKind) -> tuple[CadencePeriod, int]:
    """The team default for a platform kind: website 3 a week (C1), others 1 a day (C2)."""
    if PlatformKind(kind) is PlatformKind.WEBSITE:
        return CadencePeriod.WEEK, 3
    return CadencePeriod.DAY, 1


class CadenceRule(BaseModel):
    id = AutoField()
    platform = ForeignKeyField(Platform, unique=True, on_delete="CASCADE", lazy_load=False,
                               backref="+")
    period = CharField(max_length=10)
    min_posts = IntegerField()
    enabled = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")


class PlatformLimit(BaseModel):
    id = AutoField()
    platform = ForeignKeyField(Platform, unique=True, on_delete="CASCADE", lazy_load=False,
                               backref="+")
    title_max = IntegerField(null=True)
    body_max = IntegerField(null=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                 lazy_load=False, backref="+")


class CadenceRuleInfo(NamedTuple):
    """One platform's rule. ``version == 0``: the team default, not stored yet."""

    platform_id: int
    platform_name: str
    platform_kind: PlatformKind
    period: CadencePeriod
    min_posts: int
    enabled: bool
    version: int

    @property
    def is_default(self) -> bool:
        return self.version == 0


class PlatformLimits(NamedTuple):
    """A platform's length limits; None means no limit. ``version == 0``: never set."""

    platform_id: int
    title_max: int | None
    body_max: int | None
    version: int


def _kind(value) -> PlatformKind:
    try:
        return PlatformKind(value)
    except ValueError:
        return PlatformKind.OTHER


# -- cadence rules ------------------------------------------------------------------

def list_rules(include_removed: bool = False) -> list[CadenceRuleInfo]:
    """The rule of every active platform, in the platforms' order (defaults included)."""
    stored = {r.platform_id: r for r in CadenceRule.select()}
    out = []
    for p in (Platform.select().where(Platform.active == True)  # noqa: E712
              .order_by(Platform.sort_order, Platform.name)):
        kind = _kind(p.kind)
        row = stored.get(p.id)
        if row is None:
            period, n = default_rule(kind)
            out.append(CadenceRuleInfo(p.id, p.name, kind, period, n, True, 0))
            continue
        if not row.enabled and not include_removed:
            continue
        try:
            period = CadencePeriod(row.period)
        except ValueError:
            period = default_rule(kind)[0]
        out.append(CadenceRuleInfo(p.id, p.name, kind, period, row.min_posts, row.enabled,
                                   row.version))
    return out


def get_rule(platform_id: int) -> CadenceRuleInfo:
    """The platform's rule, removed or not (``enabled`` tells)."""
    for rule in list_rules(include_removed=True):
        if rule.platform_id == platform_id:
            return rule
    raise NotFound()


def _clean_rule(period, min_posts) -> tuple[CadencePeriod, int]:
    try:
        period = CadencePeriod(period)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose per day or per week."),
                              field="period") from None
    if isinstance(min_posts, bool) or not isinstance(min_posts, int) \
            or not 1 <= min_posts <= MAX_MIN_POSTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The minimum number of posts is a whole number from 1 to "
                                        "{n}. To drop the rule, remove it instead."),
            field="min_posts", n=MAX_MIN_POSTS)
    return period, min_posts


def _save(model, actor: UserInfo, platform_id: int, version: int, **values) -> None:
    """Store a per-platform row; ``version`` 0 means "none stored yet" (insert)."""
    if version == 0:
        try:
            with database.atomic():
                model.create(platform=platform_id, updated_by=actor.id, **values)
            return
        except IntegrityError:
            pass  # a colleague stored one first: report it as a conflict below
    row_id = model.select(model.id).where(model.platform == platform_id).scalar()
    if row_id is None:
        raise NotFound()
    if version == 0:
        raise conflict_for(model, row_id)
    versioned_update(model, row_id, version, actor.id, **values)


def set_rule(actor: UserInfo, platform_id: int, version: int, period: CadencePeriod,
             min_posts: int) -> CadenceRuleInfo:
    """Set (or bring back) a platform's minimum; ``version`` 0 changes the default."""
    from models import audit

    require_manager(actor)
    period, min_posts = _clean_rule(period, min_posts)
    if not Platform.select().where(Platform.id == platform_id).exists():
        raise NotFound()
    with database.atomic():
        _save(CadenceRule, actor, platform_id, version, period=period.value,
              min_posts=min_posts, enabled=True)
        audit.record(actor, "cadence.rule_changed", "platform", platform_id,
                     period=period.value, min_posts=min_posts)
    return get_rule(platform_id)


def remove_rule(actor: UserInfo, platform_id: int, version: int) -> CadenceRuleInfo:
    """The platform no longer has a minimum (the default does not come back)."""
    from models import audit

    require_manager(actor)
    current = get_rule(platform_id)
    with database.atomic():
        _save(CadenceRule, actor, platform_id, version, period=current.period.value,
              min_posts=current.min_posts, enabled=False)
        audit.record(actor, "cadence.rule_removed", "platform", platform_id)
    return get_rule(platform_id)


# -- length limits ----------------------------------------------------------------------

def get_limits(platform_id: int) -> PlatformLimits:
    row = (PlatformLimit.select(PlatformLimit.title_max, PlatformLimit.body_max,
                                PlatformLimit.version)
           .where(PlatformLimit.platform == platform_id).tuples().first())
    if row is None:
        return PlatformLimits(platform_id, None, None, 0)
    return PlatformLimits(platform_id, *row)


def list_limits() -> dict[int, PlatformLimits]:
    """Every platform's limits by platform id (platforms never limited are absent)."""
    return {pid: PlatformLimits(pid, t, b, v) for pid, t, b, v in
            PlatformLimit.select(PlatformLimit.platform, PlatformLimit.title_max,
                                 PlatformLimit.body_max, PlatformLimit.version).tuples()}


def _clean_limit(value, hard_max: int, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= hard_max:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A length limit is a whole number of characters from 1 "
                                        "to {n}, or empty for no limit."),
            field=field, n=hard_max)
    return value


def set_limits(actor: UserInfo, platform_id: int, version: int, title_max: int | None,
               body_max: int | None) -> PlatformLimits:
    """Set a platform's title and body length limits (None: no limit); manager only."""
    from models import audit

    require_manager(actor)
    title_max = _clean_limit(title_max, TITLE_HARD_MAX, "title_max")
    body_max = _clean_limit(body_max, BODY_HARD_MAX, "body_max")
    if not Platform.select().where(Platform.id == platform_id).exists():
        raise NotFound()
    with database.atomic():
        _save(PlatformLimit, actor, platform_id, version, title_max=title_max,
              body_max=body_max)
        audit.record(actor, "platform.limits_changed", "platform", platform_id,
                     title_max=title_max, body_max=body_max)
    return get_limits(platform_id)
