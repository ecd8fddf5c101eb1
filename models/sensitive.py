"""The team's sensitive-word list and finding its words in a post (rule P4).

The list is a team setting (``review.sensitive_words``), pre-filled with the
absolute terms China's Advertising Law (广告法, article 9) forbids in
advertising: superlatives such as 最, 最佳, 第一, 国家级, 顶级, 极致, 100%.
Only the operations manager changes it.  A post with hits can still be
submitted; the reviewer confirms each hit before approving.

``find_hits`` is pure: it returns ``Hit(start, end, word)`` spans, leftmost
first and, where two words start at the same place, the longer one (最佳
rather than 最); spans never overlap.  Matching ignores letter case; a word
that begins or ends with a Latin letter or digit must not be glued to
another one (``top`` is not found in ``stop``), while Chinese words match
anywhere, since Chinese has no spaces.  Width does not count either: words and text
are compared in Unicode's NFKC form (``１００％`` is ``100%``, ``ＮＯ．１`` is ``NO.1``),
and the list keeps one word of each such spelling.  Invisible format characters (Unicode
category Cf: zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
direction marks) do not count either, so ``第\u200b一`` is 第一; a hit then covers them
(its span runs from the word's first character to its last as typed).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.names import has_control, strip_invisible

SETTING_KEY = "review.sensitive_words"
WORD_MAX = 40
LIST_MAX = 2000

# Absolute terms (极限用语) the Advertising Law forbids in ads, as the lists that
# the market regulators publish usually give them.
DEFAULT_WORDS = (
    "最", "最佳", "最好", "最大", "最高", "最高级", "最低", "最优", "最先进", "最便宜",
    "第一", "全网第一", "全国第一", "销量第一", "唯一", "独一无二", "首个", "首家", "首选",
    "独家", "国家级", "世界级", "全球级", "顶级", "顶尖", "极致", "极品", "绝对", "100%",
    "万能", "史无前例", "遥遥领先", "无与伦比", "王牌", "销量冠军", "NO.1", "TOP1",
)


class Hit(NamedTuple):
    start: int
    end: int
    word: str  # the word of the list that was found (as the list spells it)


class FieldHit(NamedTuple):
    """A hit in one field of a post ("title" or "body")."""

    field: str
    start: int
    end: int
    word: str


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# -- normalising: full width, compatibility forms and letter case -----------------------------
# Chinese copy often spells Latin letters, digits and signs in full width (１００％, ＮＯ．１,
# ＢＥＳＴ) or as compatibility characters (ﬁ, ㈱, ①).  Words and text are compared in
# their NFKC form, case-folded; the hits still point into the text as it was typed, for
# the highlighting, so the folding keeps a map from the folded text back to it.

class _CharFolds(dict):
    """A code point -> its character in NFKC, case-folded (filled as characters are met;
    a table for ``str.translate``)."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code)).casefold()
        if len(self) < 100_000:
            self[code] = folded
        return folded


_FOLDS = _CharFolds()

# Characters that NFKC may compose with the character before them, besides the combining
# marks: Hangul vowel and final jamo (U+1160-U+11FF), the half-width kana voicing marks
# (ｶﾞ is ガ) and some vowel signs that are "starters" (Unicode 14; ``unicodedata``
# reports combining marks of later versions itself).
_COMPOSING = frozenset(
    "\u0f73\u0f75\u0f81\uff9e\uff9f\u102e\u1b35\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7"
    "\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf\u0ddf\u0fb5\u0fb7\U00011127\U0001133e\U00011357"
    "\U000114b0\U000114ba\U000114bd\U000115af\U00011930")


def _attaches(ch: str) -> bool:
    return bool(unicodedata.combining(ch)) or ch in _COMPOSING or "\u1160" <= ch <= "\u11ff"


Span = Callable[[int, int], tuple[int, int]]

# -- invisible format characters (category Cf) ------------------------------------------------
# A zero-width space, joiner or soft hyphen inside a word (pasted from a web page, or put
# there to get past a filter) hides nothing: they are dropped before folding and the spans
# are mapped back over them.  The blocks that hold Cf characters (Unicode 15; a test checks
# this against the whole of ``unicodedata``), narrowed to what this Python's Unicode
# version calls Cf, so that a plain text is checked with one regular-expression search.
_CF_BLOCKS = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
              (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
              (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF),
              (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F),
              (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F))


def _char_class(codes: Iterable[int]) -> str:
    out, codes = [], sorted(codes)
    for i, c in enumerate(codes):
        if i and c == codes[i - 1] + 1 and i + 1 < len(codes) and codes[i + 1] == c + 1:
            continue  # inside a range
        if i and c == codes[i - 1] + 1 and out[-1] != "-":
            out.append("-")
        out.append(re.escape(chr(c)))
    return "".join(out)


@lru_cache(maxsize=None)
def _formats() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """The format characters, a search for runs of them, and the same search over a plain
    text three times as fast: the BMP ones exactly, and every character from the first
    astral one on (emoji among them), which ``_has_format`` then looks at.  Made at the
    first use, not at start-up (the app imports this module through its settings)."""
    chars = frozenset(chr(c) for a, b in _CF_BLOCKS for c in range(a, b + 1)
                      if unicodedata.category(chr(c)) == "Cf")
    run = re.compile("[" + _char_class(map(ord, chars)) + "]+")
    astral = [ord(ch) for ch in chars if ord(ch) > 0xFFFF]
    maybe = re.compile(
        "[" + _char_class(ord(ch) for ch in chars if ord(ch) <= 0xFFFF)
        + (re.escape(chr(min(astral))) + "-" + re.escape(chr(max(astral))) if astral else "")
        + "]")
    return chars, run, maybe


def __getattr__(name: str):
    if name == "FORMAT_CHARS":  # the set of format characters, made when first asked for
        return _formats()[0]
    raise AttributeError(name)


def _has_format(text: str) -> bool:
    chars, _run, maybe = _formats()
    search, m = maybe.search, maybe.search(text)
    while m is not None and m.group() not in chars:
        m = search(text, m.end())
    return m is not None


def _fold_map(text: str) -> tuple[str, Span | None]:
    """``text`` without its format characters, in NFKC, case-folded, and how to find a
    span of it in ``text`` (None: at the same place, each character stands for its own).
    Cheap unless characters expand (㈱ is "(株)", … is "...") or format characters are
    there: then only those are looked at."""
    if text.isascii():
        return text.lower(), None  # the case folding of ASCII (no format characters)
    if not _has_format(text):
        return _fold_visible(text)
    return _without_format(text, list(_formats()[1].finditer(text)))


def _without_format(text: str, runs: list[re.Match]) -> tuple[str, Span]:
    """``_fold_map`` for text with format characters (``runs``): folded without them; a
    span starts at its first visible character and ends after its last one."""
    pieces, at, shifts, done, removed = [], [], [], 0, 0
    for m in runs:
        pieces.append(text[done:m.start()])
        at.append(m.start() - removed)  # where the run was, in the text without them
        removed += m.end() - m.start()
        shifts.append(removed)  # how many are left out before the characters after it
        done = m.end()
    pieces.append(text[done:])
    folded, inner = _fold_visible("".join(pieces))

    def where(j: int) -> int:  # the character of ``text`` that visible character j is
        k = bisect_right(at, j) - 1
        return j if k < 0 else j + shifts[k]

    def span(start: int, end: int) -> tuple[int, int]:
        if inner is not None:
            start, end = inner(start, end)
        return where(start), where(end - 1) + 1

    return folded, span


def _fold_visible(text: str) -> tuple[str, Span | None]:
    """``_fold_map`` for text without format characters."""
    if text.isascii():
        return text.lower(), None
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()
        if len(folded) == len(text):  # casefold never shortens: one for one
            return folded, None
    chars = set(text)
    if any(map(_attaches, chars)):
        return _fold_clusters(text)
    # Each character folds on its own (NFKC composes nothing here) into one or more.
    folded = text.translate(_FOLDS)
    wide = "".join(ch for ch in chars if len(_FOLDS[ord(ch)]) > 1)
    if not wide:
        return folded, None
    extra = {ch: len(_FOLDS[ord(ch)]) - 1 for ch in wide}
    found = list(re.finditer("[" + re.escape(wide) + "]", text))
    at = [m.start() for m in found]
    shifts = list(accumulate(extra[m.group()] for m in found))  # after each one
    starts = [i + s for i, s in zip(at, [0, *shifts])]  # in ``folded``

    def where(i: int) -> int:  # the character of ``text`` that folded[i] comes from
        k = bisect_right(starts, i) - 1
        if k < 0:
            return i
        if i <= starts[k] + shifts[k] - (shifts[k - 1] if k else 0):
            return at[k]
        return i - shifts[k]

    return folded, lambda start, end: (where(start), where(end - 1) + 1)


def _fold_clusters(text: str) -> tuple[str, Span]:
    """``_fold_map`` for text with combining marks: each character with the marks after it
    is folded as one, and a span covers whole clusters."""
    pieces, ends, start = [], [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not _attaches(text[i]):
            pieces.append(unicodedata.normalize("NFKC", text[start:i]).casefold())
            ends.append(i)
            start = i
    cum = list(accumulate(map(len, pieces)))

    def span(first: int, end: int) -> tuple[int, int]:
        a, b = bisect_right(cum, first), bisect_left(cum, end)
        return (ends[a - 1] if a else 0), ends[b]

    return "".join(pieces), span


def fold(text: str) -> str:
    """What ``text`` is compared as: NFKC, case-folded, without format characters (ＢＥＳＴ,
    best, Best are one word, and so are 最佳 and 最\u200b佳)."""
    return _fold_map(text)[0]


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    spelled: dict[str, str] = {}
    for w in words:
        key = fold(w)
        if key:
            spelled.setdefault(key, w)
    if not spelled:
        return None, spelled
    parts = []
    for w in sorted(spelled, key=lambda w: (-len(w), w)):
        p = re.escape(w)
        if _ascii_alnum(w[0]):
            p = r"(?<![A-Za-z0-9])" + p
        if _ascii_alnum(w[-1]):
            p = p + r"(?![A-Za-z0-9])"
        parts.append(p)
    return re.compile("|".join(parts)), spelled


def find_hits(text: str, words: Iterable[str]) -> list[Hit]:
    """Where the words of ``words`` occur in ``text``: the longest match first, no overlaps.
    Width and case do not count (``１００％`` is ``100%``); the spans are in ``text``."""
    pattern, spelled = _pattern(tuple(w for w in words if w))
    if pattern is None or not text:
        return []
    folded, span = _fold_map(text)
    if span is None:
        return [Hit(m.start(), m.end(), spelled[m.group()]) for m in pattern.finditer(folded)]
    hits: list[Hit] = []
    for m in pattern.finditer(folded):
        # The characters of ``text`` the match comes from: a match inside one character's
        # expansion (ﬁ is "fi") covers that whole character.
        start, end = span(m.start(), m.end())
        if hits and start < hits[-1].end:  # two matches in one character: the first counts
            continue
        hits.append(Hit(start, end, spelled[m.group()]))
    return hits


def post_hits(title: str, body: str, words: Iterable[str]) -> list[FieldHit]:
    """The hits in a post's title and body, title first."""
    words = tuple(words)
    return ([FieldHit("title", *h) for h in find_hits(title or "", words)]
            + [FieldHit("body", *h) for h in find_hits(body or "", words)])


def unique_words(words: Iterable[str | None]) -> list[str]:
    """``words`` without the blanks and invisible characters around each, without empty
    ones and without repeats (``fold``: width and case do not count), in the given order,
    each as first spelled.  What ``clean_words`` keeps, but nothing is refused."""
    out: dict[str, str] = {}
    for w in words:
        w = strip_invisible(w)
        if w:
            out.setdefault(fold(w), w)
    return list(out.values())


def clean_words(words: Iterable[str]) -> list[str]:
    """The list as it is stored (``unique_words``); ``ValidationError`` for a word that is
    too long or holds a tab or line break, a list too long, or not a list of words."""
    if isinstance(words, (str, bytes, Mapping)) or not isinstance(words, Iterable):
        raise _not_a_list()
    words = list(words)
    for w in words:
        if w is not None and not isinstance(w, str):
            raise _not_a_list()
        w = strip_invisible(w)
        if len(w) > WORD_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{word}\u201d is too long for the sensitive-word "
                                            "list (at most {n} characters)."),
                field="words", word=w[:WORD_MAX] + "…", n=WORD_MAX)
        if has_control(w):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{word}\u201d holds a tab or a line break: put "
                                            "one word or phrase on each line."),
                field="words", word=" ".join(w.split()))
    out = unique_words(words)
    if len(out) > LIST_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The sensitive-word list can hold at most {n} words."),
            field="words", n=LIST_MAX)
    return out


def _not_a_list() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The sensitive-word list is a list of words and phrases."),
        field="words")


# -- the team's list (database) --------------------------------------------------------------

def get_words() -> list[str]:
    """The team's current list (the defaults until the manager changes it)."""
    from models import settings

    value = settings.get(SETTING_KEY)
    if not isinstance(value, (list, tuple)):
        return list(DEFAULT_WORDS)
    return [w for w in value if isinstance(w, str) and w]


def words_version() -> int | None:
    """The stored list's version (None: never changed), for ``set_words``."""
    from models import settings

    return settings.version_of(SETTING_KEY)


def set_words(actor, words: Iterable[str], expected_version: int | None = None) -> int:
    """Replace the list (operations manager only; audited as a setting change); returns
    the new version.  A stale ``expected_version`` raises ``ConflictError``.  ``settings.put``
    checks who and cleans the list (``clean_words``)."""
    from models import settings

    return settings.put(actor, SETTING_KEY, words, expected_version)
