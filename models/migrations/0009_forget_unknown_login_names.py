"""Forget the failed log-ins under names that are nobody's account.

Versions before this one counted such failures under the name as it was typed, and a
person who types their password into the name field left it in ``login_throttle``,
where it stayed (only a successful log-in clears a row).  Now a name that is nobody's
account is kept as a short fingerprint (``models.users.unknown_name_key``); the rows
kept as typed are deleted.  A pause that was running on one of them ends early.

The audit log is append-only and keeps its older entries as they were.
"""


def up(migrator, db):
    db.execute_sql('DELETE FROM "login_throttle" WHERE "login" NOT IN '
                   '(SELECT "login" FROM "user")')
