"""A word-level difference of two texts that works for Chinese as well as English.

Chinese has no spaces between words, so a split on whitespace would treat a
whole sentence as one "word".  ``tokens`` cuts a text into: runs of Latin
letters and digits (``2025``, ``WeChat``, ``don't``, ``3.5``), each CJK
character (Han, kana, hangul, full-width forms) on its own, runs of
whitespace, and every other character (punctuation) on its own.  ``diff``
compares the token lists with the standard library's ``difflib`` and returns
segments ``(op, text)`` with op "equal", "delete" or "insert", in reading
order, adjacent segments of one kind merged.  Joining the "equal" and
"delete" texts gives the old text back; "equal" and "insert" the new one.
"""
from __future__ import annotations

import difflib
import unicodedata
from typing import NamedTuple

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
_JOINERS = "'’.,-_"  # inside a word or number: don't, 3.5, 1,000, e-mail, snake_case


class Segment(NamedTuple):
    op: str
    text: str


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and not _is_wide(ch)


def tokens(text: str) -> list[str]:
    """``text`` cut into words, single CJK characters, whitespace runs and punctuation."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        if _is_word_char(ch):
            while j < n and (_is_word_char(text[j]) or (
                    text[j] in _JOINERS and j + 1 < n and _is_word_char(text[j + 1]))):
                j += 1
        elif ch.isspace():
            while j < n and text[j].isspace():
                j += 1
        out.append(text[i:j])
        i = j
    return out


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if not seg.text:
            continue
        if out and out[-1].op == seg.op:
            out[-1] = Segment(seg.op, out[-1].text + seg.text)
        else:
            out.append(seg)
    return out


def diff(old: str, new: str) -> list[Segment]:
    """The word-level difference from ``old`` to ``new`` (see the module notes)."""
    old, new = old or "", new or ""
    a, b = tokens(old), tokens(new)
    # Common ends are cut first: an edit to a long text usually touches a small part of it.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    mid_a, mid_b = a[start:len(a) - end], b[start:len(b) - end]
    segments = [Segment(EQUAL, "".join(a[:start]))]
    # autojunk would ignore frequent tokens such as 的 or a space in long texts.
    matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment(EQUAL, "".join(mid_a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(Segment(DELETE, "".join(mid_a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(Segment(INSERT, "".join(mid_b[j1:j2])))
    segments.append(Segment(EQUAL, "".join(a[len(a) - end:]) if end else ""))
    return _merge(segments)


def has_changes(segments: list[Segment]) -> bool:
    return any(seg.op != EQUAL for seg in segments)


def old_text(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != INSERT)


def new_text(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != DELETE)
