"""The review pane's rich texts: the post as it will look, the difference since the
approved version, and the post's history.  Pure functions from the services' plain data
to HTML for a ``QTextBrowser``; every piece of the post's text is HTML-escaped.

Nothing is told by colour alone: a sensitive word is highlighted *and* numbered (the
number matches its checkbox), an insertion is green *and* underlined, a deletion red
*and* struck through.
"""
from __future__ import annotations

import html
from typing import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette

from models import textdiff
from models.sensitive import FieldHit
from models.timeutil import format_local
from ui.style import muted_colour

HIT_STYLE = "background-color:#FFE08A; color:#3D2E00; font-weight:600;"
INSERT_STYLE = "color:#0D652D; background-color:#E6F4EA; text-decoration:underline;"
DELETE_STYLE = "color:#A50E0E; background-color:#FCE8E6; text-decoration:line-through;"
PRE = "white-space:pre-wrap;"

# The fields an edit after approval names (models.workflow.REVIEWED_FIELDS), in words.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ReviewPane", "title"),
    "body": QT_TRANSLATE_NOOP("ReviewPane", "text"),
    "platform": QT_TRANSLATE_NOOP("ReviewPane", "platform"),
    "column": QT_TRANSLATE_NOOP("ReviewPane", "column"),
    "source": QT_TRANSLATE_NOOP("ReviewPane", "source"),
    "category": QT_TRANSLATE_NOOP("ReviewPane", "category"),
    "concerns_project": QT_TRANSLATE_NOOP("ReviewPane", "company project"),
    "event": QT_TRANSLATE_NOOP("ReviewPane", "event"),
    "writer": QT_TRANSLATE_NOOP("ReviewPane", "writer"),
}


def muted_style(palette: QPalette | None = None) -> str:
    """Quiet words ("unchanged", "(no text yet)"): the palette's quiet colour, readable on a
    text view's base in a light and in a dark theme (``ui.style.muted_colour``; a fixed
    grey read at 2.3 : 1 on a dark one).  ``palette``: the application's by default."""
    return f"color:{muted_colour(palette, QPalette.ColorRole.Base).name()};"


def _tr(text: str) -> str:
    """``text`` (already marked for lupdate) in the user's language."""
    return QCoreApplication.translate("ReviewPane", text)


def _label(name: str) -> str:
    """"Title: " before a value ("标题：" in Chinese, where a space after "：" is a typo)."""
    text = QCoreApplication.translate("ReviewPane", "{name}:").format(name=name)
    return text if text.endswith("：") else text + " "


def _esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def numbered_hits(hits: Iterable[FieldHit]) -> list[tuple[int, FieldHit]]:
    """The hits numbered 1, 2, ... in reading order (title first), as the pane shows them."""
    return list(enumerate(hits, start=1))


def _marked(text: str, hits: Sequence[tuple[int, FieldHit]]) -> str:
    out, at = [], 0
    for number, hit in sorted(hits, key=lambda h: h[1].start):
        if hit.start < at or hit.end > len(text):
            continue  # the text changed since the hits were found
        out.append(_esc(text[at:hit.start]))
        out.append(f'<span style="{HIT_STYLE}">{_esc(text[hit.start:hit.end])}</span>'
                   f"<sup>{number}</sup>")
        at = hit.end
    out.append(_esc(text[at:]))
    return "".join(out)


def preview_html(title: str, body: str, hits: Iterable[FieldHit]) -> str:
    """Title and text as readers will see them, with the sensitive words highlighted."""
    numbered = numbered_hits(hits)
    in_title = [(n, h) for n, h in numbered if h.field == "title"]
    in_body = [(n, h) for n, h in numbered if h.field == "body"]
    head = f'<p style="font-size:large; font-weight:600;">{_marked(title, in_title)}</p>'
    if body:
        text = f'<div style="{PRE}">{_marked(body, in_body)}</div>'
    else:
        empty = QCoreApplication.translate("ReviewPane", "(no text yet)")
        text = f'<p style="{muted_style()}">{_esc(empty)}</p>'
    return head + text


def hit_context(text: str, hit: FieldHit, width: int = 10) -> str:
    """A few characters either side of a hit, as plain text: "…行业最佳实践…"."""
    start, end = max(0, hit.start - width), min(len(text), hit.end + width)
    snippet = text[start:end].replace("\n", " ")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def diff_html(segments: Sequence[textdiff.Segment]) -> str:
    """One field's word-level difference: insertions underlined green, deletions struck
    through red, the rest as it is."""
    parts = []
    for seg in segments:
        text = _esc(seg.text)
        if seg.op == textdiff.INSERT:
            parts.append(f'<span style="{INSERT_STYLE}">{text}</span>')
        elif seg.op == textdiff.DELETE:
            parts.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return f'<span style="{PRE}">{"".join(parts)}</span>'


# The other reviewed fields, as the review pane's facts name them.
FIELD_TITLES = {
    "platform": QT_TRANSLATE_NOOP("ReviewPane", "Platform"),
    "column": QT_TRANSLATE_NOOP("ReviewPane", "Column"),
    "source": QT_TRANSLATE_NOOP("ReviewPane", "Source"),
    "category": QT_TRANSLATE_NOOP("ReviewPane", "Category"),
    "concerns_project": QT_TRANSLATE_NOOP("ReviewPane", "Company project"),
    "event": QT_TRANSLATE_NOOP("ReviewPane", "Event"),
    "writer": QT_TRANSLATE_NOOP("ReviewPane", "Writer"),
}


def _field_value(field: str, value) -> str:
    if field == "concerns_project":
        return _tr(QT_TRANSLATE_NOOP("ReviewPane", "yes")) if value else \
            _tr(QT_TRANSLATE_NOOP("ReviewPane", "no"))
    if field == "category":
        from models.posts import PostCategory

        try:
            return PostCategory(value).label
        except ValueError:
            return str(value)
    return str(value) if value else _tr(QT_TRANSLATE_NOOP("ReviewPane", "(none)"))


def _field_change_html(change) -> str:
    """"Platform: 微博 → 抖音", the approved value struck through, the new one underlined."""
    before = _esc(_field_value(change.field, change.before))
    after = _esc(_field_value(change.field, change.after))
    name = _esc(_label(_tr(FIELD_TITLES.get(change.field, change.field))))
    return (f'<p><b>{name}</b><span style="{DELETE_STYLE}">{before}</span> → '
            f'<span style="{INSERT_STYLE}">{after}</span></p>')


def changes_html(diff) -> str:
    """Title and text of an ``ApprovalDiff``, each under its name (unchanged ones say so),
    then each other reviewed field that changed, from the approved value to the new one."""
    rows = []
    for name, segments in ((QCoreApplication.translate("ReviewPane", "Title"), diff.title), (QCoreApplication.translate("ReviewPane", "Text"), diff.body)):
        if textdiff.has_changes(segments):
            content = diff_html(segments)
        else:
            unchanged = QCoreApplication.translate("ReviewPane", "unchanged")
            content = f'<span style="{muted_style()}">{_esc(unchanged)}</span>'
        rows.append(f'<p><b>{_esc(_label(name))}</b>{content}</p>')
    rows.extend(_field_change_html(change) for change in getattr(diff, "fields", ()))
    return "".join(rows)


def _details(entry, people: dict[int, str]) -> list[str]:
    """What a history line carries besides who, when and what (plain text, unescaped)."""
    out = []
    action, text = entry.action, entry.text or ""
    #: Between the names of the fields an edit changed ("title, text") and other lists.
    comma = QCoreApplication.translate("ReviewPane", ", ")
    words = comma.join(dict.fromkeys(h.word for h in entry.hits))
    if action == "approve":
        if entry.checklist:
            out.append(QCoreApplication.translate("ReviewPane", "Checklist: all {n} items ticked.").format(n=len(entry.checklist)))
        if words:
            out.append(QCoreApplication.translate("ReviewPane", "Sensitive words confirmed: {words}.").format(words=words))
        if text:
            out.append(QCoreApplication.translate("ReviewPane", "Note: {text}").format(text=text))
    elif action == "submit":
        if words:
            out.append(QCoreApplication.translate("ReviewPane", "Sensitive words found: {words}.").format(words=words))
    elif action == "return":
        out.append(QCoreApplication.translate("ReviewPane", "Reason: {text}").format(text=text))
    elif action == "publish":
        out.append(QCoreApplication.translate("ReviewPane", "Link: {url}").format(url=text))
    elif action in ("reopen", "reassign", "edit"):
        fields = [_tr(FIELD_LABELS.get(f.strip(), f.strip())) for f in text.split(",")
                  if f.strip()]
        if fields:
            out.append(QCoreApplication.translate("ReviewPane", "Changed: {fields}.").format(
                fields=comma.join(fields)))
    elif text:
        out.append(text)
    if entry.mentioned_ids:
        names = [people.get(uid, "?") for uid in entry.mentioned_ids]
        out.append(QCoreApplication.translate("ReviewPane", "Mentioned: {names}").format(
            names=comma.join(names)))
    return out


def history_html(entries: Sequence, people: dict[int, str]) -> str:
    """The post's story, oldest first: one paragraph per decision or comment."""
    if not entries:
        nothing = QCoreApplication.translate("ReviewPane", "Nothing has happened yet.")
        return f'<p style="{muted_style()}">{_esc(nothing)}</p>'
    paragraphs = []
    for entry in entries:
        head = QCoreApplication.translate("ReviewPane", "{when} · {who} · {what} (version {version})").format(
            when=format_local(entry.at), who=entry.actor_name or QCoreApplication.translate("ReviewPane", "someone"),
            what=entry.label, version=entry.post_version)
        body = "".join(f'<div style="{PRE}">{_esc(line)}</div>'
                       for line in _details(entry, people))
        paragraphs.append(f'<p style="margin-bottom:6px;"><b>{_esc(head)}</b>{body}</p>')
    return "".join(paragraphs)
