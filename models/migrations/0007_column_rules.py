"""Rule C2 per column: ``column_rule``, a column's own daily minimum.

C2 asks that the mini program's moments and its recruitment section are each
updated every day, so one post in one column must not satisfy the whole mini
program.  Every active column of a mini program follows the team default (at
least 1 post a day), computed and not stored, like the platforms' defaults in
``cadence_rule``; a row here is the operations manager's change or removal of
it (``models.cadence_rules``), one row per column.  A table of its own, as
``platform_limit`` (0003), so that ``platform_column`` and its service stay as
they are.  Nothing to move: until a row exists, a column follows the default.
"""
import datetime

from peewee import AutoField, BooleanField, DateTimeField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    # Stand-ins for the tables of migration 0001 that the new table points at.
    class User(Base):
        id = AutoField()

    class PlatformColumn(Base):
        id = AutoField()

    class ColumnRule(Base):
        id = AutoField()
        column = ForeignKeyField(PlatformColumn, unique=True, on_delete="CASCADE", backref="+")
        min_posts = IntegerField()
        enabled = BooleanField(default=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")

    db.create_tables([ColumnRule])
