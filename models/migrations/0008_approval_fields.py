"""``review_decision.fields``: what else a reviewer approved besides title and body.

An approval kept a copy of the title and body only, so after an edit of the platform,
the column, the source, the category, the project flag, the event or the writer the
reviewer saw "changed: platform" with neither the old nor the new value.  An approval
now also keeps those fields (JSON: ids with the names they had, so a renamed platform
still shows what was approved).  Older approvals have none (NULL): their difference
shows title and body, as before.
"""
from peewee import TextField


def up(migrator, db):
    migrator.migrate(migrator.add_column("review_decision", "fields", TextField(null=True)))
