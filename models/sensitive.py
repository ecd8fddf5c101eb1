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
anywhere, since Chinese has no spaces.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP

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


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    spelled = {}
    for w in words:
        spelled.setdefault(w.casefold(), w)
    if not spelled:
        return None, spelled
    parts = []
    for w in sorted(spelled.values(), key=lambda w: (-len(w), w)):
        p = re.escape(w)
        if _ascii_alnum(w[0]):
            p = r"(?<![A-Za-z0-9])" + p
        if _ascii_alnum(w[-1]):
            p = p + r"(?![A-Za-z0-9])"
        parts.append(p)
    return re.compile("|".join(parts), re.IGNORECASE), spelled


def find_hits(text: str, words: Iterable[str]) -> list[Hit]:
    """Where the words of ``words`` occur in ``text``: the longest match first, no overlaps."""
    pattern, spelled = _pattern(tuple(w for w in words if w))
    if pattern is None or not text:
        return []
    return [Hit(m.start(), m.end(), spelled.get(m.group().casefold(), m.group()))
            for m in pattern.finditer(text)]


def post_hits(title: str, body: str, words: Iterable[str]) -> list[FieldHit]:
    """The hits in a post's title and body, title first."""
    words = tuple(words)
    return ([FieldHit("title", *h) for h in find_hits(title or "", words)]
            + [FieldHit("body", *h) for h in find_hits(body or "", words)])


def clean_words(words: Iterable[str]) -> list[str]:
    """The list as it is stored: stripped, without blanks and repeats, in the given order."""
    out: dict[str, str] = {}
    for w in words:
        w = (w or "").strip()
        if not w:
            continue
        if len(w) > WORD_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{word}\u201d is too long for the sensitive-word "
                                            "list (at most {n} characters)."),
                field="words", word=w[:WORD_MAX] + "…", n=WORD_MAX)
        out.setdefault(w.casefold(), w)
    if len(out) > LIST_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The sensitive-word list can hold at most {n} words."),
            field="words", n=LIST_MAX)
    return list(out.values())


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
    the new version.  A stale ``expected_version`` raises ``ConflictError``."""
    from models import settings
    from models.users import require_manager

    require_manager(actor)
    return settings.put(actor, SETTING_KEY, clean_words(words), expected_version)
