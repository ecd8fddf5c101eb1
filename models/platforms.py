"""The team's platforms and their columns (栏目). The list is editable (RULES "Platforms").

Only the operations manager adds, edits or deactivates them.  Nothing is
deleted: posts and reports keep pointing at a deactivated platform.
"""
from __future__ import annotations

import enum
import re
import unicodedata
from typing import Iterable, NamedTuple

from peewee import (AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField, fn,
                    IntegerField, IntegrityError, TextField)

from models import names
from models.db import BaseModel, Statement, database, one_name_change_at_a_time
from models.errors import NotFound, PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.timeutil import utcnow
from models.users import User, UserInfo, require_manager
from models.versioning import versioned_update

_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


class PlatformKind(str, enum.Enum):
    WEBSITE = "website"
    WECHAT_OA = "wechat_official_account"
    MINI_PROGRAM = "mini_program"
    WEIBO = "weibo"
    DOUYIN = "douyin"
    XIAOHONGSHU = "xiaohongshu"
    ZHIHU = "zhihu"
    BAIJIAHAO = "baijiahao"
    SOHU = "sohu"
    BAIDU_ZHIDAO = "baidu_zhidao"
    TOUTIAO = "toutiao"
    QZONE = "qzone"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Platforms", KIND_LABELS[self])


KIND_LABELS = {
    PlatformKind.WEBSITE: QT_TRANSLATE_NOOP("Platforms", "Official website"),
    PlatformKind.WECHAT_OA: QT_TRANSLATE_NOOP("Platforms", "WeChat official account"),
    PlatformKind.MINI_PROGRAM: QT_TRANSLATE_NOOP("Platforms", "WeChat mini program"),
    PlatformKind.WEIBO: QT_TRANSLATE_NOOP("Platforms", "Weibo"),
    PlatformKind.DOUYIN: QT_TRANSLATE_NOOP("Platforms", "Douyin"),
    PlatformKind.XIAOHONGSHU: QT_TRANSLATE_NOOP("Platforms", "Xiaohongshu"),
    PlatformKind.ZHIHU: QT_TRANSLATE_NOOP("Platforms", "Zhihu"),
    PlatformKind.BAIJIAHAO: QT_TRANSLATE_NOOP("Platforms", "Baijiahao"),
    PlatformKind.SOHU: QT_TRANSLATE_NOOP("Platforms", "Sohu"),
    PlatformKind.BAIDU_ZHIDAO: QT_TRANSLATE_NOOP("Platforms", "Baidu Zhidao"),
    PlatformKind.TOUTIAO: QT_TRANSLATE_NOOP("Platforms", "Toutiao"),
    PlatformKind.QZONE: QT_TRANSLATE_NOOP("Platforms", "QQ Zone"),
    PlatformKind.OTHER: QT_TRANSLATE_NOOP("Platforms", "Other"),
}

# The platforms RULES.md names, in its order, with a colour close to each brand's.
DEFAULT_PLATFORMS: list[tuple[PlatformKind, str]] = [
    (PlatformKind.WEBSITE, "#1F6FEB"),
    (PlatformKind.WECHAT_OA, "#07C160"),
    (PlatformKind.MINI_PROGRAM, "#2AAE67"),
    (PlatformKind.WEIBO, "#E6162D"),
    (PlatformKind.DOUYIN, "#1C1C1C"),
    (PlatformKind.XIAOHONGSHU, "#FF2442"),
    (PlatformKind.ZHIHU, "#0066FF"),
    (PlatformKind.BAIJIAHAO, "#2932E1"),
    (PlatformKind.SOHU, "#E8A400"),
    (PlatformKind.BAIDU_ZHIDAO, "#4E6EF2"),
    (PlatformKind.TOUTIAO, "#F04142"),
    (PlatformKind.QZONE, "#F5B800"),
]


class Platform(BaseModel):
    id = AutoField()
    name = CharField(max_length=60, unique=True)
    kind = CharField(max_length=30)
    colour = CharField(max_length=7)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", lazy_load=False)


class PlatformColumn(BaseModel):
    """A platform's column (栏目): a named, recurring series such as "weekly roundup"."""

    id = AutoField()
    platform = ForeignKeyField(Platform, on_delete="CASCADE", backref="columns", lazy_load=False)
    name = CharField(max_length=60)
    description = TextField(default="")
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField(default=utcnow)
    updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", lazy_load=False)

    class Meta:
        indexes = ((("platform", "name"), True),)


class PlatformSpec(NamedTuple):
    """What the set-up dialog and the editor hand in."""

    name: str
    kind: PlatformKind
    colour: str


class PlatformInfo(NamedTuple):
    id: int
    name: str
    kind: PlatformKind
    colour: str
    active: bool
    sort_order: int
    version: int
    column_count: int = 0


class ColumnInfo(NamedTuple):
    id: int
    platform_id: int
    name: str
    description: str
    active: bool
    version: int


def default_specs() -> list[PlatformSpec]:
    """RULES.md's platforms, named in the user's language, for the set-up dialog."""
    return [PlatformSpec(kind.label, kind, colour) for kind, colour in DEFAULT_PLATFORMS]


def _kind(value) -> PlatformKind:
    try:
        return PlatformKind(value)
    except ValueError:
        return PlatformKind.OTHER


def _clean_name(name: str, field: str = "name") -> str:
    name = names.clean(name, field)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), field=field)
    if len(name) > 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 60 characters)."),
                              field=field)
    return name


def _clean_colour(colour: str) -> str:
    colour = (colour or "").strip()
    if not _COLOUR_RE.match(colour):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A colour is written #RRGGBB, for example #07C160."),
            field="colour")
    return colour.upper()


def _folded(name: str) -> str:
    """A name as people tell names apart: "Douyin", "douyin", "ＤＯＵＹＩＮ" and "Dou\u200byin"
    (stored before names lost their invisible characters) are one."""
    return unicodedata.normalize("NFKC", names.without_format_characters(name)).casefold()


def _same_name(query, name: str) -> str | None:
    """The name of a row of ``query`` (id, name) that people would take for ``name``; the
    database's unique index compares names exactly, people do not."""
    for _id, other in query.tuples():
        if _folded(other) == _folded(name):
            return other
    return None


def _check_platform_name_free(name: str, excluding: int | None = None) -> None:
    """Inside the transaction that stores the name (``one_name_change_at_a_time``)."""
    one_name_change_at_a_time()
    q = Platform.select(Platform.id, Platform.name)
    if excluding is not None:
        q = q.where(Platform.id != excluding)
    taken = _same_name(q, name)
    if taken is not None:
        raise _name_taken(taken)


def _check_column_name_free(platform_id: int, name: str, excluding: int | None = None) -> None:
    """Inside the transaction that stores the name (``one_name_change_at_a_time``)."""
    one_name_change_at_a_time()
    q = PlatformColumn.select(PlatformColumn.id, PlatformColumn.name).where(
        PlatformColumn.platform == platform_id)
    if excluding is not None:
        q = q.where(PlatformColumn.id != excluding)
    taken = _same_name(q, name)
    if taken is not None:
        raise _column_taken(taken)


def _name_taken(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "There is already a platform called {name}."),
        field="name", name=name)


def _platform_info(row: Platform, column_count: int = 0) -> PlatformInfo:
    return PlatformInfo(row.id, row.name, _kind(row.kind), row.colour, row.active, row.sort_order,
                        row.version, column_count)


# -- platforms ------------------------------------------------------------------

# Every screen reads the platforms when it opens or reloads: compiled once (``db.Statement``).
_COLUMN_COUNTS = Statement(lambda: (
    PlatformColumn.select(PlatformColumn.platform, fn.COUNT(PlatformColumn.id))
    .where(PlatformColumn.active == True)  # noqa: E712
    .group_by(PlatformColumn.platform)))
_PLATFORM_FIELDS = (Platform.id, Platform.name, Platform.kind, Platform.colour, Platform.active,
                    Platform.sort_order, Platform.version)
_ALL_PLATFORMS = Platform.select(*_PLATFORM_FIELDS).order_by(
    Platform.active.desc(), Platform.sort_order, Platform.name)
_PLATFORMS = {True: Statement(lambda: _ALL_PLATFORMS),  # with the inactive ones
              False: Statement(lambda: _ALL_PLATFORMS.where(Platform.active == True))}  # noqa: E712


def list_platforms(include_inactive: bool = True) -> list[PlatformInfo]:
    counts = dict(_COLUMN_COUNTS.rows())
    return [PlatformInfo(i, name, _kind(kind), colour, bool(active), order, version,
                         counts.get(i, 0))
            for i, name, kind, colour, active, order, version
            in _PLATFORMS[bool(include_inactive)].rows()]


def get_platform(platform_id: int) -> PlatformInfo:
    row = Platform.get_or_none(Platform.id == platform_id)
    if row is None:
        raise NotFound()
    count = (PlatformColumn.select().where((PlatformColumn.platform == platform_id)
                                           & (PlatformColumn.active == True)).count())  # noqa: E712
    return _platform_info(row, count)


def create_initial(actor: UserInfo, specs: Iterable[PlatformSpec]) -> None:
    """Used by the set-up transaction (the first manager exists, unsaved roles aside).

    Only the operations manager, and only a team without platforms: afterwards the list
    is hers to change through ``create_platform``, which this would pass by."""
    require_manager(actor)  # the set-up's manager and her roles are saved by now
    if Platform.select().exists():
        raise PermissionDenied()
    seen = set()
    for order, spec in enumerate(specs):
        name = _clean_name(spec.name)
        if _folded(name) in seen:
            raise _name_taken(name)
        seen.add(_folded(name))
        Platform.create(name=name, kind=PlatformKind(spec.kind).value,
                        colour=_clean_colour(spec.colour), sort_order=order, updated_by=actor.id)


def create_platform(actor: UserInfo, name: str, kind: PlatformKind, colour: str) -> PlatformInfo:
    from models import audit

    require_manager(actor)
    name, colour, kind = _clean_name(name), _clean_colour(colour), PlatformKind(kind)
    try:
        with database.atomic():
            _check_platform_name_free(name)
            order = (Platform.select(fn.COALESCE(fn.MAX(Platform.sort_order), -1)).scalar()) + 1
            row = Platform.create(name=name, kind=kind.value, colour=colour, sort_order=order,
                                  updated_by=actor.id)
            audit.record(actor, "platform.created", "platform", row.id, name=name)
    except IntegrityError:
        raise _name_taken(name) from None
    return get_platform(row.id)


def update_platform(actor: UserInfo, platform_id: int, version: int, *, name: str,
                    kind: PlatformKind, colour: str, active: bool | None = None) -> PlatformInfo:
    """Change a platform; ``active=None`` leaves it as active or inactive as it is."""
    from models import audit

    require_manager(actor)
    name, colour, kind = _clean_name(name), _clean_colour(colour), PlatformKind(kind)
    if active is None:
        active = get_platform(platform_id).active
    try:
        with database.atomic():
            _check_platform_name_free(name, excluding=platform_id)
            versioned_update(Platform, platform_id, version, actor.id, name=name,
                             kind=kind.value, colour=colour, active=bool(active))
            audit.record(actor, "platform.updated", "platform", platform_id, name=name,
                         active=bool(active))
    except IntegrityError:
        raise _name_taken(name) from None
    return get_platform(platform_id)


def set_platform_active(actor: UserInfo, platform_id: int, version: int,
                        active: bool) -> PlatformInfo:
    p = get_platform(platform_id)
    return update_platform(actor, platform_id, version, name=p.name, kind=p.kind,
                           colour=p.colour, active=active)


# -- columns --------------------------------------------------------------------------

def _column_info(row: PlatformColumn) -> ColumnInfo:
    return ColumnInfo(row.id, row.platform_id, row.name, row.description, row.active, row.version)


# ``list_columns`` compiled once for each choice of platform and of inactive ones, as
# ``_PLATFORMS`` is (``db.Statement``).
_ALL_COLUMNS = PlatformColumn.select(
    PlatformColumn.id, PlatformColumn.platform, PlatformColumn.name, PlatformColumn.description,
    PlatformColumn.active, PlatformColumn.version).order_by(PlatformColumn.active.desc(),
                                                             PlatformColumn.name)
_ACTIVE_COLUMNS = _ALL_COLUMNS.where(PlatformColumn.active == True)  # noqa: E712
_COLUMNS = {True: Statement(lambda: _ALL_COLUMNS),  # with the inactive ones
            False: Statement(lambda: _ACTIVE_COLUMNS)}
_PLATFORM_COLUMNS = {
    True: Statement(lambda platform_id: _ALL_COLUMNS.where(
        PlatformColumn.platform == platform_id)),
    False: Statement(lambda platform_id: _ACTIVE_COLUMNS.where(
        PlatformColumn.platform == platform_id))}


def list_columns(platform_id: int | None = None, include_inactive: bool = True) -> list[ColumnInfo]:
    everyone = bool(include_inactive)
    rows = (_COLUMNS[everyone].rows() if platform_id is None
            else _PLATFORM_COLUMNS[everyone].rows(platform_id))
    return [ColumnInfo(i, platform, name, description, bool(active), version)
            for i, platform, name, description, active, version in rows]


def get_column(column_id: int) -> ColumnInfo:
    row = PlatformColumn.get_or_none(PlatformColumn.id == column_id)
    if row is None:
        raise NotFound()
    return _column_info(row)


def _column_taken(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This platform already has a column called {name}."),
        field="name", name=name)


def create_column(actor: UserInfo, platform_id: int, name: str,
                  description: str = "") -> ColumnInfo:
    from models import audit

    require_manager(actor)
    name = _clean_name(name)
    get_platform(platform_id)
    try:
        with database.atomic():
            _check_column_name_free(platform_id, name)
            row = PlatformColumn.create(platform=platform_id, name=name,
                                        description=(description or "").strip(),
                                        updated_by=actor.id)
            audit.record(actor, "column.created", "column", row.id, platform=platform_id,
                         name=name)
    except IntegrityError:
        raise _column_taken(name) from None
    return get_column(row.id)


def update_column(actor: UserInfo, column_id: int, version: int, *, name: str,
                  description: str = "", active: bool | None = None) -> ColumnInfo:
    """Change a column; ``active=None`` leaves it as active or inactive as it is."""
    from models import audit

    require_manager(actor)
    name = _clean_name(name)
    if active is None:
        active = get_column(column_id).active
    try:
        with database.atomic():
            _check_column_name_free(get_column(column_id).platform_id, name, excluding=column_id)
            versioned_update(PlatformColumn, column_id, version, actor.id, name=name,
                             description=(description or "").strip(), active=bool(active))
            audit.record(actor, "column.updated", "column", column_id, name=name,
                         active=bool(active))
    except IntegrityError:
        raise _column_taken(name) from None
    return get_column(column_id)


def set_column_active(actor: UserInfo, column_id: int, version: int, active: bool) -> ColumnInfo:
    c = get_column(column_id)
    return update_column(actor, column_id, version, name=c.name, description=c.description,
                         active=active)
