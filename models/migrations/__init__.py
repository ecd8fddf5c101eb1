"""Numbered schema migrations, applied in order by ``models.db.migrate``.

Each file declares frozen copies of the tables it creates (never the live
models) so that an old migration keeps meaning what it meant when written.
"""
