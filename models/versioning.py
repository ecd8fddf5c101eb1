"""Optimistic locking: an edit names the version it started from.

An update that finds a newer version in the database changes nothing and
raises ``ConflictError`` naming the colleague who saved first and when
(the recipe in Peewee's documentation: ``UPDATE ... WHERE version = ?``).
"""
from __future__ import annotations

from models.errors import ConflictError, NotFound
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.timeutil import format_local, utcnow


def versioned_update(model, key, expected_version: int, actor_id: int | None, **changes) -> int:
    """Apply ``changes`` to row ``key`` if it is still at ``expected_version``; return the new version."""
    pk = model._meta.primary_key
    changes.update(version=model.version + 1, updated_at=utcnow(), updated_by=actor_id)
    count = (model.update(**changes)
             .where((pk == key) & (model.version == expected_version))
             .execute())
    if count == 1:
        return expected_version + 1
    raise conflict_for(model, key)


def conflict_for(model, key) -> Exception:
    from models.users import User  # here to keep the import graph one-way

    pk = model._meta.primary_key
    row = (model.select(model.updated_at, model.updated_by).where(pk == key).first())
    if row is None:
        return NotFound()
    who = None
    if row.updated_by_id is not None:
        who = (User.select(User.display_name).where(User.id == row.updated_by_id)
               .scalar())
    return ConflictError(who=who or translate("Errors", QT_TRANSLATE_NOOP("Errors", "A colleague")),
                         when=format_local(row.updated_at))
