"""What the post editor shows of the approval workflow (rules P1, P2, P4; issue 4).

- ``SensitiveHighlighter`` marks the team's sensitive words (absolute claims that
  China's Advertising Law forbids: 最, 第一, 国家级 ...) in the body as it is typed;
  ``hits_text`` lists the hits of title and body under it.  A post with hits can
  still be submitted; the reviewer confirms each one.
- ``review_note`` says where the post stands and what saving does to it: editing
  an approved or confirmed post sends it back to review.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from models import sensitive, workflow
from models.posts import PostInfo, PostStatus

# The texts below are the post editor's (lupdate reads only a literal context, so each
# call names it rather than a constant).

class SensitiveHighlighter(QSyntaxHighlighter):
    """Yellow background and a red wavy underline under each hit, block by block.

    The hit's text is dark brown, whatever the theme: the editor's own text colour is
    near-white on a dark theme, and would be unreadable on the yellow (the review pane's
    marks, ``views.review_html.HIT_STYLE``, do the same)."""

    def __init__(self, document, words: list[str]):
        super().__init__(document)
        self.words = list(words)
        self.hit_format = QTextCharFormat()
        self.hit_format.setBackground(QColor("#FFF3B0"))
        self.hit_format.setForeground(QColor("#3D2E00"))
        self.hit_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.hit_format.setUnderlineColor(QColor("#C62828"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        hits = sensitive.find_hits(text, self.words)
        if hits and not text.isascii() and max(text) > "\uffff":
            # Qt counts in UTF-16 code units, Python in characters: each emoji (or other
            # character beyond the BMP) before a hit is one more position for Qt.
            at = [0]
            for char in text:
                at.append(at[-1] + (2 if char > "\uffff" else 1))
            hits = [sensitive.Hit(at[h.start], at[h.end], h.word) for h in hits]
        for hit in hits:
            self.setFormat(hit.start, hit.end - hit.start, self.hit_format)


def hits_text(title: str, body: str, words: list[str], editable: bool = True) -> str:
    """"Sensitive words (rule P4): 最 ×2, 第一 …" for the label under the body, or "";
    the advice to the writer only for someone who can change the post."""
    found = Counter(h.word for h in sensitive.post_hits(title, body, words))
    if not found:
        return ""
    shown = "、".join(word if n == 1 else f"{word} ×{n}" for word, n in found.items())
    if not editable:
        return QCoreApplication.translate(
            "PostEditor", "Sensitive words (rule P4): {words}.").format(words=shown)
    return QCoreApplication.translate(
        "PostEditor",
        "Sensitive words (rule P4): {words}. The reviewer must confirm each one; "
        "rephrase if you can.").format(words=shown)


def review_note(post: PostInfo | None, editable: bool = True) -> str:
    """Where an existing post stands in the review, and what a save does to it (only
    where it stands for someone who cannot change the post)."""
    if post is None:
        return ""
    status = post.status.value if isinstance(post.status, PostStatus) else str(post.status)
    stage = workflow.stage_label(status, post.concerns_project)
    if not editable:
        return stage if status in (PostStatus.APPROVED.value, PostStatus.CONFIRMED.value,
                                   PostStatus.IN_REVIEW.value, PostStatus.RETURNED.value) else ""
    if status in (PostStatus.APPROVED.value, PostStatus.CONFIRMED.value):
        return QCoreApplication.translate(
            "PostEditor",
            "{stage}. Changing the title, text or anything else reviewers checked "
            "sends the post back to review (rule P1); a new time does not.").format(stage=stage)
    if status == PostStatus.IN_REVIEW.value:
        return QCoreApplication.translate(
            "PostEditor", "{stage}. The reviewer sees what you change now.").format(stage=stage)
    if status == PostStatus.RETURNED.value:
        return QCoreApplication.translate(
            "PostEditor",
            "{stage}. Edit it, then choose Save and submit to send it back for "
            "review.").format(stage=stage)
    return ""
