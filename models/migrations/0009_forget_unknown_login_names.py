"""Forget the failed log-ins under names that are nobody's account.

Versions before this one counted such failures under the name as it was typed, and a
person who types their password into the name field left it in ``login_throttle``,
where it stayed (only a successful log-in clears a row).  Now such failures are counted
in memory only (``models.users.UNKNOWN_NAME``); the rows kept as typed are deleted.  A
pause that was running on one of them ends early.

The audit log is append-only and keeps its older entries as they were.
"""


def up(migrator, db):
    db.execute_sql('DELETE FROM "login_throttle" WHERE "login" NOT IN '
                   '(SELECT "login" FROM "user")')
