"""The approval workflow's tables (migration 0005): decisions, comments and mentions.

- ``review_decision``: one row per move of the workflow (submit, withdraw,
  approve, return, confirm, publish) and per edit that sent an approved post
  back to review ("reopen"): who, when, from which state to which, on which
  version of the post (the version the person was looking at), the reason or
  note, the checklist ticked (JSON list) and the sensitive-word hits (JSON
  list of [field, start, end, word]).  An approval keeps a snapshot of the
  title and body it approved, so the next reviewer sees what changed since.
- ``review_comment``: the thread of a post, with the version it was written on.
- ``review_mention``: one row per person named with ``@`` in a comment, until
  they have seen it (``seen_at``); the inbox reads it through its
  (user, seen_at) index.

Times are UTC with microseconds, so that decisions and comments made within
one second still come back in the order they were made.
"""
from __future__ import annotations

import datetime as _dt

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.db import BaseModel
from models.posts import Post
from models.users import User


def now_precise() -> _dt.datetime:
    """UTC now, naive, with microseconds (``timeutil.utcnow`` drops them)."""
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


class ReviewDecision(BaseModel):
    id = AutoField()
    post = ForeignKeyField(Post, on_delete="CASCADE", index=False, lazy_load=False, backref="+")
    action = CharField(max_length=20)
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL", lazy_load=False, backref="+")
    actor_name = CharField(max_length=100, default="")
    at = DateTimeField()
    post_version = IntegerField()
    from_state = CharField(max_length=20)
    to_state = CharField(max_length=20)
    text = TextField(default="")  # the reason of a return, the note of an approval, a URL
    checklist = TextField(default="")
    hits = TextField(default="")
    title = TextField(null=True)  # snapshot of the approved version
    body = TextField(null=True)
    fields = TextField(null=True)  # ... and of its other reviewed fields (JSON, migration 0008)

    class Meta:
        table_name = "review_decision"
        indexes = ((("post", "at"), False),)


class ReviewComment(BaseModel):
    id = AutoField()
    post = ForeignKeyField(Post, on_delete="CASCADE", index=False, lazy_load=False, backref="+")
    author = ForeignKeyField(User, null=True, on_delete="SET NULL", lazy_load=False,
                             backref="+")
    author_name = CharField(max_length=100, default="")
    at = DateTimeField()
    post_version = IntegerField()
    text = TextField()

    class Meta:
        table_name = "review_comment"
        indexes = ((("post", "at"), False),)


class ReviewMention(BaseModel):
    id = AutoField()
    comment = ForeignKeyField(ReviewComment, on_delete="CASCADE", index=False, lazy_load=False,
                              backref="+")
    post = ForeignKeyField(Post, on_delete="CASCADE", lazy_load=False, backref="+")
    user = ForeignKeyField(User, on_delete="CASCADE", index=False, lazy_load=False, backref="+")
    at = DateTimeField()
    seen_at = DateTimeField(null=True)

    class Meta:
        table_name = "review_mention"
        indexes = ((("comment", "user"), True), (("user", "seen_at"), False))
