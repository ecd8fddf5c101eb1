"""Word-level differences for the review pane (issue 4): Chinese has no spaces, so each
CJK character is its own token, while Latin words and numbers stay whole."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from models.textdiff import DELETE, EQUAL, INSERT, Segment, diff, has_changes, new_text, \
    old_text, tokens


def test_tokens_split_chinese_per_character_and_keep_latin_words_whole():
    assert tokens("2025年WeChat公众号上线，don't miss 3.5%!") == [
        "2025", "年", "WeChat", "公", "众", "号", "上", "线", "，", "don't", " ", "miss", " ",
        "3.5", "%", "!"]
    assert tokens("  a  b\n") == ["  ", "a", "  ", "b", "\n"]
    assert tokens("") == []
    # Full-width digits are wide characters: one token each, like the Han characters.
    assert tokens("第１２期") == ["第", "１", "２", "期"]


def test_a_changed_chinese_word_shows_only_the_changed_characters():
    segments = diff("本周行业要闻：新能源汽车销量增长", "本周行业要闻：新能源汽车出口增长")
    assert segments == [Segment(EQUAL, "本周行业要闻：新能源汽车"), Segment(DELETE, "销量"),
                        Segment(INSERT, "出口"), Segment(EQUAL, "增长")]


def test_a_changed_english_word_is_replaced_whole_not_letter_by_letter():
    segments = diff("Release notes for version 3.5", "Release notes for version 3.6")
    assert segments == [Segment(EQUAL, "Release notes for version "), Segment(DELETE, "3.5"),
                        Segment(INSERT, "3.6")]
    assert diff("the quick fox", "the quack fox") == [
        Segment(EQUAL, "the "), Segment(DELETE, "quick"), Segment(INSERT, "quack"),
        Segment(EQUAL, " fox")]


def test_inserted_and_deleted_passages_in_mixed_text():
    old = "欢迎参加2025世界人工智能大会。"
    new = "欢迎参加2025年世界人工智能大会（WAIC）。"
    segments = diff(old, new)
    assert segments == [Segment(EQUAL, "欢迎参加2025"), Segment(INSERT, "年"),
                        Segment(EQUAL, "世界人工智能大会"), Segment(INSERT, "（WAIC）"),
                        Segment(EQUAL, "。")]
    assert diff(old, "") == [Segment(DELETE, old)]
    assert diff("", new) == [Segment(INSERT, new)]
    assert diff(old, old) == [Segment(EQUAL, old)] and not has_changes(diff(old, old))
    assert diff("", "") == [] and has_changes(segments)


def test_frequent_characters_in_a_long_text_are_still_compared():
    """difflib's autojunk would ignore a character as common as 的 in a long text."""
    old = "我们的产品的质量的保证。" * 40
    new = old[:200] + "新" + old[200:]
    segments = diff(old, new)
    assert [s for s in segments if s.op != EQUAL] == [Segment(INSERT, "新")]


text = st.lists(st.sampled_from(list("的是了abc 12,.新闻。") + ["Hello", "最佳", "3.5"]),
                max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(text, text)
def test_the_segments_give_back_both_texts(old, new):
    segments = diff(old, new)
    assert old_text(segments) == old and new_text(segments) == new
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:]))  # merged
    assert has_changes(segments) == (old != new)
