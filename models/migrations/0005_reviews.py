"""The approval workflow (issue 4): review decisions, comments and @mentions.

Sized for 20,000 posts and 100,000 history entries:
- ``review_decision (post_id, at)`` and ``review_comment (post_id, at)``: a
  post's history is one index range each, and the inbox's "waiting since"
  (the latest decision of a post) one index probe per post;
- ``review_mention (user_id, seen_at)``: a person's unseen mentions;
  ``(comment_id, user_id)`` unique: a comment mentions a person once;
- ``post (writer_id, status)``: "my returned posts" and "mine" in the inbox
  without reading every post of the writer; the posts waiting for a reviewer
  are found through the existing ``post (status)`` index.
A new post state, "confirmed", needs no schema change (``post.status`` is text).
"""
import datetime

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, \
    TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    # Stand-ins for the tables of migrations 0001 and 0003 that the new tables point at.
    class User(Base):
        id = AutoField()

    class Post(Base):
        id = AutoField()

    class ReviewDecision(Base):
        id = AutoField()
        post = ForeignKeyField(Post, on_delete="CASCADE", index=False, backref="+")
        action = CharField(max_length=20)
        actor = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
        actor_name = CharField(max_length=100, default="")
        at = DateTimeField(default=datetime.datetime.utcnow)
        post_version = IntegerField()
        from_state = CharField(max_length=20)
        to_state = CharField(max_length=20)
        text = TextField(default="")
        checklist = TextField(default="")
        hits = TextField(default="")
        title = TextField(null=True)
        body = TextField(null=True)

        class Meta:
            table_name = "review_decision"
            indexes = ((("post", "at"), False),)

    class ReviewComment(Base):
        id = AutoField()
        post = ForeignKeyField(Post, on_delete="CASCADE", index=False, backref="+")
        author = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
        author_name = CharField(max_length=100, default="")
        at = DateTimeField(default=datetime.datetime.utcnow)
        post_version = IntegerField()
        text = TextField()

        class Meta:
            table_name = "review_comment"
            indexes = ((("post", "at"), False),)

    class ReviewMention(Base):
        id = AutoField()
        comment = ForeignKeyField(ReviewComment, on_delete="CASCADE", index=False, backref="+")
        post = ForeignKeyField(Post, on_delete="CASCADE", backref="+")
        user = ForeignKeyField(User, on_delete="CASCADE", index=False, backref="+")
        at = DateTimeField(default=datetime.datetime.utcnow)
        seen_at = DateTimeField(null=True)

        class Meta:
            table_name = "review_mention"
            indexes = ((("comment", "user"), True), (("user", "seen_at"), False))

    db.create_tables([ReviewDecision, ReviewComment, ReviewMention])
    migrator.migrate(migrator.add_index("post", ("writer_id", "status"), False))
