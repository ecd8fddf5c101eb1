"""Users and roles, platforms and columns, the audit log, team settings, log-in throttle."""
import datetime

from peewee import (AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, Model, PostgresqlDatabase, TextField)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(Base):
        id = AutoField()
        login = CharField(max_length=64, unique=True)
        display_name = CharField(max_length=100)
        department = CharField(max_length=100, default="")
        active = BooleanField(default=True)
        password_hash = CharField(max_length=255)
        must_change_password = BooleanField(default=False)
        version = IntegerField(default=1)
        created_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField("self", null=True, on_delete="SET NULL")

    class UserRole(Base):
        user = ForeignKeyField(User, on_delete="CASCADE", backref="role_rows")
        role = CharField(max_length=40)

        class Meta:
            indexes = ((("user", "role"), True),)

    class Platform(Base):
        id = AutoField()
        name = CharField(max_length=60, unique=True)
        kind = CharField(max_length=30)
        colour = CharField(max_length=7)
        active = BooleanField(default=True)
        sort_order = IntegerField(default=0)
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

    class PlatformColumn(Base):
        id = AutoField()
        platform = ForeignKeyField(Platform, on_delete="CASCADE", backref="columns")
        name = CharField(max_length=60)
        description = TextField(default="")
        active = BooleanField(default=True)
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

        class Meta:
            indexes = ((("platform", "name"), True),)

    class AuditEvent(Base):
        id = AutoField()
        at = DateTimeField(index=True)
        actor = ForeignKeyField(User, null=True, on_delete="SET NULL", index=True)
        actor_name = CharField(max_length=100, default="")
        action = CharField(max_length=60, index=True)
        object_type = CharField(max_length=40, default="")
        object_id = CharField(max_length=40, default="")
        detail = TextField(default="")

        class Meta:
            indexes = ((("object_type", "object_id"), False),)

    class TeamSetting(Base):
        key = CharField(max_length=80, primary_key=True)
        value = TextField()
        version = IntegerField(default=1)
        updated_at = DateTimeField(default=datetime.datetime.utcnow)
        updated_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

    class LoginThrottle(Base):
        login = CharField(max_length=64, primary_key=True)
        failures = IntegerField(default=0)
        paused_until = DateTimeField(null=True)

    db.create_tables([User, UserRole, Platform, PlatformColumn, AuditEvent, TeamSetting,
                      LoginThrottle])

    # The audit log is append-only (rule A4, DESIGN "audit events"): the database
    # itself refuses to change or delete an event, whatever a client does.
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$")
        db.execute_sql(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")
    else:
        for op in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER audit_event_no_{op.lower()} BEFORE {op} ON audit_event "
                f"BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")
