"""The content calendar: events, posts, cadence rules and per-platform length limits.

Length limits get their own table (``platform_limit``, one row per platform)
instead of columns on ``platform``, so the platform table and its service stay
as they are.
"""
import datetime

from peewee import (AutoField, BooleanField, CharField, DateField, DateTimeField,
                    ForeignKeyField, IntegerField, Model, TextField)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    # Stand-ins for the tables of migration 0001 that the new tables point at.
    class User(Base):
        id = AutoField()

    class Platform(Base):
        id = AutoField()

    class PlatformColumn(Base):
        id = AutoField()

    class Event(Base):
        id = AutoField()
        name = CharField(max_length=100)
        kind = CharField(max_length=20)
        starts_on = DateField(index=True)
        ends_on = DateField(index=True)
        description = TextField(default="")
        version = IntegerField(default=1)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")

    class Post(Base):
        id = AutoField()
        platform = ForeignKeyField(Platform, backref="+")  # indexed (foreign key)
        column = ForeignKeyField(PlatformColumn, null=True, on_delete="SET NULL", backref="+")
        title = CharField(max_length=200)
        body = TextField(default="")
        source = CharField(max_length=200, default="")
        writer = ForeignKeyField(User, backref="+")
        category = CharField(max_length=20, default="general")
        concerns_project = BooleanField(default=False)
        planned_at = DateTimeField(null=True, index=True)
        status = CharField(max_length=20, default="draft", index=True)
        published_at = DateTimeField(null=True)
        published_url = CharField(max_length=500, default="")
        event = ForeignKeyField(Event, null=True, on_delete="SET NULL", backref="+")
        origin = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="+")
        version = IntegerField(default=1)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")

    class CadenceRule(Base):
        id = AutoField()
        platform = ForeignKeyField(Platform, unique=True, on_delete="CASCADE", backref="+")
        period = CharField(max_length=10)
        min_posts = IntegerField()
        enabled = BooleanField(default=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")

    class PlatformLimit(Base):
        id = AutoField()
        platform = ForeignKeyField(Platform, unique=True, on_delete="CASCADE", backref="+")
        title_max = IntegerField(null=True)
        body_max = IntegerField(null=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False,
                                     backref="+")

    db.create_tables([Event, Post, CadenceRule, PlatformLimit])
