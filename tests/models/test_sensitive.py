"""The sensitive-word list (issue 4, rule P4): finding hits for highlighting, and the
team's list, kept by the operations manager.  The database tests run on SQLite and
PostgreSQL (the ``manager`` fixture)."""
from __future__ import annotations

import pytest

from models import audit, sensitive, users
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.roles import Role
from models.sensitive import DEFAULT_WORDS, FieldHit, Hit, find_hits, post_hits


def test_hits_are_spans_for_highlighting():
    text = "国内最佳的第一品牌"
    hits = find_hits(text, ["最佳", "第一"])
    assert hits == [Hit(2, 4, "最佳"), Hit(5, 7, "第一")]
    assert [text[h.start:h.end] for h in hits] == ["最佳", "第一"]


def test_the_longest_word_wins_and_hits_never_overlap():
    words = ["最", "最佳", "最高", "最高级", "第一", "全网第一"]
    assert find_hits("全网第一，最高级，最佳，最", words) == [
        Hit(0, 4, "全网第一"), Hit(5, 8, "最高级"), Hit(9, 11, "最佳"), Hit(12, 13, "最")]
    # Overlapping candidates: the leftmost match is taken, the rest of it is not re-used.
    assert find_hits("最佳品", ["最佳", "佳品"]) == [Hit(0, 2, "最佳")]
    assert find_hits("最佳佳品", ["最佳", "佳品"]) == [Hit(0, 2, "最佳"), Hit(2, 4, "佳品")]
    assert find_hits("佳最佳品", ["最佳", "佳品"]) == [Hit(1, 3, "最佳")]


def test_latin_words_ignore_case_but_must_stand_alone():
    words = ["NO.1", "top", "100%"]
    assert find_hits("行业no.1！", words) == [Hit(2, 6, "NO.1")]
    assert find_hits("TOP choice, not a stop", words) == [Hit(0, 3, "top")]
    assert find_hits("有效率100%，不是1100%", words) == [Hit(3, 7, "100%")]
    # Next to Chinese a Latin word still counts: Chinese has no spaces.
    assert find_hits("品质top级", words) == [Hit(2, 5, "top")]


def test_no_words_or_no_text_means_no_hits():
    assert find_hits("最佳", []) == [] and find_hits("", ["最"]) == []
    assert find_hits("a.b*c", ["*", "."]) == [Hit(1, 2, "."), Hit(3, 4, "*")]  # escaped


def test_post_hits_name_the_field():
    assert post_hits("最佳", "第一手，最新", ["最", "第一"]) == [
        FieldHit("title", 0, 1, "最"), FieldHit("body", 0, 2, "第一"),
        FieldHit("body", 4, 5, "最")]


def test_the_default_list_holds_the_absolute_terms_of_the_advertising_law():
    for word in ("最", "最佳", "最好", "最大", "第一", "唯一", "国家级", "世界级", "顶级", "极致",
                 "100%", "绝对", "首个", "独家", "万能"):
        assert word in DEFAULT_WORDS
    assert len(set(DEFAULT_WORDS)) == len(DEFAULT_WORDS)
    assert [h.word for h in find_hits("国家级顶级产品，100%满意", DEFAULT_WORDS)] == [
        "国家级", "顶级", "100%"]


def test_cleaning_a_list_drops_blanks_and_repeats():
    assert sensitive.clean_words([" 最佳 ", "", "最佳", "Top", "top", "  "]) == ["最佳", "Top"]
    with pytest.raises(ValidationError) as err:
        sensitive.clean_words(["长" * (sensitive.WORD_MAX + 1)])
    assert err.value.field == "words" and "too long" in str(err.value)


def test_full_width_forms_are_found_where_they_were_typed():
    """Chinese copy often writes Latin letters, digits and signs in full width: the default
    list's 100% and NO.1 are found in １００％ and ＮＯ．１ (QA: no hit at all)."""
    assert find_hits("１００％纯天然", DEFAULT_WORDS) == [Hit(0, 4, "100%")]
    assert find_hits("100％纯天然", DEFAULT_WORDS) == [Hit(0, 4, "100%")]
    assert find_hits("ＮＯ．１品牌", DEFAULT_WORDS) == [Hit(0, 4, "NO.1")]
    assert find_hits("全新ＢＥＳＴ，Best", ["best"]) == [Hit(2, 6, "best"), Hit(7, 11, "best")]
    # A full-width letter or digit is a letter or digit: TOP1 is not found in ＴＯＰ１０.
    assert find_hits("ＴＯＰ１０榜单", DEFAULT_WORDS) == []
    # A full-width word is found in plain text, as the list spells it.
    assert find_hits("No.1 品牌", ["ＮＯ．１"]) == [Hit(0, 4, "ＮＯ．１")]


def test_hits_point_into_the_text_as_typed_when_the_forms_change_length():
    """Compatibility characters can stand for several (㈱ is "(株)", ﬁ is "fi", … is
    "..."): the spans still cover what the review pane and the editor highlight."""
    text = "㈱ﬁ……最佳，㎡第一"
    hits = find_hits(text, ["最佳", "第一", "fine", "株"])
    assert [text[h.start:h.end] for h in hits] == ["㈱", "最佳", "第一"]
    assert hits[1] == Hit(4, 6, "最佳")
    # A match inside one character's expansion covers that whole character.
    assert find_hits("ﬁne 品质", ["fine"]) == [Hit(0, 3, "fine")]
    assert find_hits("x㈱y", ["(", "株"]) == [Hit(1, 2, "(")]  # never two hits in one
    # Combining accents fold with their letter; the hits after them stay in place.
    assert find_hits("Cafe\u0301 最佳 ＣＡＦＥ\u0301", ["café", "最佳"]) == [
        Hit(0, 5, "café"), Hit(6, 8, "最佳"), Hit(9, 14, "café")]


def test_cleaning_a_list_keeps_one_word_per_width_and_case():
    assert sensitive.clean_words(["ＢＥＳＴ", "best", " Best ", "１００％", "100%"]) == [
        "ＢＥＳＴ", "１００％"]  # as the manager first typed it
    assert sensitive.clean_words([*DEFAULT_WORDS, "１００％", "ｎｏ．１"]) == list(DEFAULT_WORDS)


def test_invisible_characters_around_a_word_are_dropped():
    """As pasted from a web page: a line of only U+200B was stored as an invisible word,
    and 第一 with a U+FEFF after it was stored as-is and found nothing."""
    words = sensitive.clean_words(["最佳", "\u200b", "第一\ufeff", "\u3000顶级\u00a0", "\u2060 "])
    assert words == ["最佳", "第一", "顶级"]
    assert find_hits("第一季度的顶级产品", words) == [Hit(0, 2, "第一"), Hit(5, 7, "顶级")]
    assert sensitive.unique_words(["\u200b", "最\u200d", "最"]) == ["最"]
    # Inside a word a tab or a line break is refused: each word is one line.
    with pytest.raises(ValidationError) as err:
        sensitive.clean_words(["最佳\t5"])
    assert err.value.field == "words" and "line break" in str(err.value)


def test_only_a_list_of_words_is_a_list():
    for value in ("最佳", [1, "最"], {"最": 1}, 5):
        with pytest.raises(ValidationError) as err:
            sensitive.clean_words(value)
        assert err.value.field == "words"
    assert sensitive.clean_words(("最", None, "")) == ["最"]


# -- the team's list (database) ---------------------------------------------------------------

def test_the_team_starts_with_the_default_list(manager):
    assert sensitive.get_words() == list(DEFAULT_WORDS)
    assert sensitive.words_version() is None


def test_only_the_manager_changes_the_list_and_the_change_is_audited(manager):
    lina = users.create_user(manager, "lina", "李娜", "", [Role.CONTENT_SPECIALIST], "password-1")
    with pytest.raises(PermissionDenied):
        sensitive.set_words(lina, ["最"])
    assert sensitive.get_words() == list(DEFAULT_WORDS)
    version = sensitive.set_words(manager, ["最", " 顶级 ", "最"])
    assert sensitive.get_words() == ["最", "顶级"] and version == 1
    entry = audit.recent(1)[0]
    assert (entry.action, entry.object_id, entry.detail["value"]) == \
        ("setting.changed", sensitive.SETTING_KEY, ["最", "顶级"])
    # A stale edit (another manager saved first) is refused and changes nothing.
    assert sensitive.set_words(manager, ["最", "顶级", "极致"], expected_version=1) == 2
    with pytest.raises(ConflictError):
        sensitive.set_words(manager, [], expected_version=1)
    assert sensitive.get_words() == ["最", "顶级", "极致"]
    # Invisible characters and width variants do not make words.
    sensitive.set_words(manager, ["第一\ufeff", "\u200b", "ＢＥＳＴ", "best"])
    assert sensitive.get_words() == ["第一", "ＢＥＳＴ"]
    # An emptied list finds nothing (the manager's choice).
    sensitive.set_words(manager, [])
    assert sensitive.get_words() == []


# -- invisible format characters inside the text (category Cf) -------------------------------

FORMAT_EXAMPLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e",
                   "\u202e", "\u2066", "\U000e0020"]


@pytest.mark.parametrize("cf", FORMAT_EXAMPLES, ids=lambda c: f"U+{ord(c):04X}")
def test_a_format_character_inside_a_word_does_not_hide_it(cf):
    """第\\u200b一 (a zero-width space pasted from a web page, or put there to get past the
    check) was no hit for 第一: the hit now covers all three characters, for the pane's and
    the editor's highlighting."""
    text = f"本季度销量第{cf}一，最{cf}{cf}佳品牌"
    hits = find_hits(text, DEFAULT_WORDS)
    assert [h.word for h in hits] == ["销量第一", "最佳"]
    assert [text[h.start:h.end] for h in hits] == [f"销量第{cf}一", f"最{cf}{cf}佳"]
    assert find_hits(f"第{cf}一", ["第一"]) == [Hit(0, 3, "第一")]
    # Around a word they are not part of the hit.
    assert find_hits(f"{cf}第一{cf}", ["第一"]) == [Hit(1, 3, "第一")]


def test_format_characters_with_full_width_and_expanding_forms():
    assert find_hits("满意度１\u200b００\u00ad％！", DEFAULT_WORDS) == [Hit(3, 9, "100%")]
    assert find_hits("Ｎ\u200dＯ\u2060．１品牌", DEFAULT_WORDS) == [Hit(0, 6, "NO.1")]
    text = "㈱\u200bﬁ\u200b……最\u200b佳，㎡\ufeff第\u200c一"
    hits = find_hits(text, ["最佳", "第一", "fine", "株"])
    assert [text[h.start:h.end] for h in hits] == ["㈱", "最\u200b佳", "第\u200c一"]
    assert find_hits("ﬁ\u200bne 品质", ["fine"]) == [Hit(0, 4, "fine")]
    # A combining accent after a zero-width character still belongs to its letter.
    assert find_hits("Cafe\u200b\u0301 最佳", ["café", "最佳"]) == [
        Hit(0, 6, "café"), Hit(7, 9, "最佳")]
    # Latin words: an invisible character does not separate letters (it hides nothing).
    assert find_hits("TOP\u200b1 榜单, s\u200btop", ["TOP1", "top"]) == [Hit(0, 5, "TOP1")]


def test_format_characters_inside_a_listed_word_do_not_count_either():
    assert find_hits("最佳", ["最\u200b佳"]) == [Hit(0, 2, "最\u200b佳")]
    assert sensitive.unique_words(["最\u200b佳", "最佳", "第\u00ad一"]) == ["最\u200b佳", "第\u00ad一"]
    assert sensitive.fold("Ｂ\u200bＥＳＴ") == "best"


def test_the_format_characters_are_those_unicodedata_calls_cf():
    import sys
    import unicodedata

    every = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert sensitive.FORMAT_CHARS == every


def test_plain_text_takes_the_fast_path(monkeypatch):
    """No format character and already NFKC: no mapping is built (the editor highlights as
    one types, opening the inbox is benchmarked)."""
    def slow(*args):
        raise AssertionError("the slow path for plain text")

    monkeypatch.setattr(sensitive, "_without_format", slow)
    monkeypatch.setattr(sensitive, "_fold_clusters", slow)
    text = "国家级顶级产品，满意度100%，销量第一。\n欢迎选购 😀 Best!" * 50
    assert sensitive._fold_map(text)[1] is None
    assert len(find_hits(text, DEFAULT_WORDS)) == 4 * 50


def _visible(text: str) -> str:
    return "".join(ch for ch in text if ch not in sensitive.FORMAT_CHARS)


def test_random_texts_hits_never_overlap_and_stay_inside_the_text():
    """Random mixes of Chinese, Latin, full-width and expanding forms, combining marks,
    emoji and format characters: hits are in order, never overlap, lie in the text, start
    and end on a visible character, hold their word, and are the hits of the text without
    its format characters, mapped back."""
    import random

    rng = random.Random(20261202)
    alphabet = (list("最佳第一顶级国家级品牌的好") + list("TOPtop1no.%0 ")
                + ["１", "０", "％", "Ｎ", "Ｏ", "．", "㈱", "ﬁ", "…", "㎡", "①", "ｶ", "ﾞ",
                   "\u0301", "😀", "\u1100", "\u1161"]
                + FORMAT_EXAMPLES * 2)
    words = [*DEFAULT_WORDS, "fine", "株", "(", "café", "..", "1"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        hits = find_hits(text, words)
        plain_hits = find_hits(_visible(text), words)
        assert [h.word for h in hits] == [h.word for h in plain_hits], text
        end = 0
        for hit, plain in zip(hits, plain_hits):
            assert end <= hit.start < hit.end <= len(text), (text, hits)
            assert text[hit.start] not in sensitive.FORMAT_CHARS
            assert text[hit.end - 1] not in sensitive.FORMAT_CHARS
            assert sensitive.fold(hit.word) in sensitive.fold(text[hit.start:hit.end])
            assert (len(_visible(text[:hit.start])), len(_visible(text[:hit.end]))) == \
                (plain.start, plain.end), (text, hit, plain)
            end = hit.end
