"""The names people type for a person, a platform or a column: one line of visible text.

``str.strip`` leaves a name of only zero-width characters (U+200B, pasted from a web
page or a chat) looking empty in every list, and a line break (pasted from a
spreadsheet) splits a table row in two.
"""
from __future__ import annotations

import unicodedata

from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP


def _invisible(ch: str) -> bool:
    # Zero-width spaces and joiners, the byte-order mark, soft hyphen: format characters.
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def strip_invisible(value: str | None) -> str:
    """``value`` without the blanks and invisible characters around it; "" when nothing
    visible is left (also used for the sensitive words, ``models.sensitive``)."""
    text = value or ""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def has_control(text: str) -> bool:
    """Whether ``text`` holds a line break, a tab or another control character."""
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def without_format_characters(text: str, keep_emoji_joiners: bool = False) -> str:
    """``text`` without zero-width spaces, joiners, soft hyphens and the like (Unicode's
    format characters): "抖\u200b音" is 抖音 to anyone who reads it.  With
    ``keep_emoji_joiners``, a zero-width joiner between two symbols stays (👨‍💻 is one
    picture, 👨💻 two)."""
    out = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) != "Cf":
            out.append(ch)
        elif keep_emoji_joiners and ch == "\u200d" and 0 < i < len(text) - 1 \
                and unicodedata.category(text[i - 1]) == "So" \
                and unicodedata.category(text[i + 1]) == "So":
            out.append(ch)
    return "".join(out)


def clean(value: str | None, field: str) -> str:
    """``value`` without the blanks around it and without invisible characters anywhere
    (a name pasted with a zero-width space inside looked like another already in every
    list); "" when nothing visible is left.  A line break or another control character
    inside is refused."""
    text = strip_invisible(without_format_characters(value or "", keep_emoji_joiners=True))
    if has_control(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A name is one line: remove the line break or tab."),
            field=field)
    return text
