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
    # An emptied list finds nothing (the manager's choice).
    sensitive.set_words(manager, [])
    assert sensitive.get_words() == []
