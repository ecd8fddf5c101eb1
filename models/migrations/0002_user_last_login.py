"""Remember when each person last logged in (shown on the Team screen)."""
from peewee import DateTimeField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("user", "last_login_at", DateTimeField(null=True)))
