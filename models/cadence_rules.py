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

Columns (rule C2: "the mini program's moments and its recruitment section are
updated every day"): each active column of an active mini program has a rule of
its own, at least 1 post a day in that column, so that one post in one column
no longer satisfies the whole mini program.  It is a default too, computed and
not stored; the manager changes its minimum or removes it (``column_rule``, one
row per column, ``enabled = False`` once removed), as for a platform.  A column
of another platform has a rule only if one is stored.  ``list_column_rules``
returns them as ``CadenceRuleInfo`` with ``column_id`` and ``column_name`` set;
the period is always a day.

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
from models.platforms import Platform, PlatformColumn, PlatformKind
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


class ColumnRule(BaseModel):
    """A column's own daily minimum (rule C2), where the manager changed the default."""

    id = AutoField()
    column = ForeignKeyField(PlatformColumn, unique=True, on_delete="CASCADE", lazy_load=False,
                             backref="+")
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
    """One platform's rule, or one of its columns' (``column_id`` set).

    ``version == 0``: the team default, not stored yet.
    """

    platform_id: int
    platform_name: str
    platform_kind: PlatformKind
    period: CadencePeriod
    min_posts: int
    enabled: bool
    version: int
    column_id: int | None = None
    column_name: str = ""

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


def _save(model, actor: UserInfo, owner_id: int, version: int, *, owner: str = "platform",
          **values) -> None:
    """Store a per-platform row (a per-column one: ``owner="column"``); ``version`` 0 means
    "none stored yet" (insert)."""
    if version == 0:
        try:
            with database.atomic():
                model.create(**{owner: owner_id}, updated_by=actor.id, **values)
            return
        except IntegrityError:
            pass  # a colleague stored one first: report it as a conflict below
    row_id = model.select(model.id).where(getattr(model, owner) == owner_id).scalar()
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


# -- column rules (rule C2) ---------------------------------------------------------------

def _has_default(kind: PlatformKind) -> bool:
    """Whether a platform's columns have a daily rule by default: the mini program's (C2)."""
    return kind is PlatformKind.MINI_PROGRAM


def list_column_rules(include_removed: bool = False) -> list[CadenceRuleInfo]:
    """The rules of the active columns of active platforms, in the platforms' order, then
    by column name: every mini program column's (defaults included) and any other stored."""
    stored = {r.column_id: r for r in ColumnRule.select()}
    q = (PlatformColumn.select(PlatformColumn.id, PlatformColumn.name, Platform.id, Platform.name,
                               Platform.kind)
         .join(Platform, on=(PlatformColumn.platform == Platform.id))
         .where((Platform.active == True) & (PlatformColumn.active == True))  # noqa: E712
         .order_by(Platform.sort_order, Platform.name, PlatformColumn.name, PlatformColumn.id))
    out = []
    for column_id, column_name, platform_id, platform_name, kind in q.tuples():
        kind = _kind(kind)
        row = stored.get(column_id)
        if row is None:
            if _has_default(kind):
                out.append(CadenceRuleInfo(platform_id, platform_name, kind, CadencePeriod.DAY,
                                           1, True, 0, column_id, column_name))
            continue
        if row.enabled or include_removed:
            out.append(CadenceRuleInfo(platform_id, platform_name, kind, CadencePeriod.DAY,
                                       row.min_posts, row.enabled, row.version, column_id,
                                       column_name))
    return out


def get_column_rule(column_id: int) -> CadenceRuleInfo:
    """The column's rule, removed or not (``enabled`` tells); NotFound if it has none."""
    for rule in list_column_rules(include_removed=True):
        if rule.column_id == column_id:
            return rule
    raise NotFound()


def set_column_rule(actor: UserInfo, column_id: int, version: int,
                    min_posts: int) -> CadenceRuleInfo:
    """Set (or bring back) a column's daily minimum; ``version`` 0 changes the default."""
    from models import audit

    require_manager(actor)
    period, min_posts = _clean_rule(CadencePeriod.DAY, min_posts)
    # Only a column that has a rule to show: active, of an active platform.
    active = (PlatformColumn.active == True) & (Platform.active == True)  # noqa: E712
    column = (PlatformColumn.select(PlatformColumn.name, PlatformColumn.platform)
              .join(Platform, on=(PlatformColumn.platform == Platform.id))
              .where((PlatformColumn.id == column_id) & active).first())
    if column is None:
        raise NotFound()
    with database.atomic():
        _save(ColumnRule, actor, column_id, version, owner="column", min_posts=min_posts,
              enabled=True)
        audit.record(actor, "cadence.rule_changed", "column", column_id,
                     platform=column.platform_id, column=column.name, period=period.value,
                     min_posts=min_posts)
    return get_column_rule(column_id)


def remove_column_rule(actor: UserInfo, column_id: int, version: int) -> CadenceRuleInfo:
    """The column no longer has a minimum of its own (the default does not come back)."""
    from models import audit

    require_manager(actor)
    current = get_column_rule(column_id)
    with database.atomic():
        _save(ColumnRule, actor, column_id, version, owner="column",
              min_posts=current.min_posts, enabled=False)
        audit.record(actor, "cadence.rule_removed", "column", column_id,
                     platform=current.platform_id, column=current.column_name)
    return get_column_rule(column_id)


# -- length limits ----------------------------------------------------------------------

def saved_together():
    """A transaction around several of the changes below (the planning rules dialog saves
    all its changed rows in one): a refusal of one, such as a colleague's change of the
    same row meanwhile, leaves none of them stored (a conflict on the third row had kept
    the first two, while the dialog said nothing was saved)."""
    return database.atomic()


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
