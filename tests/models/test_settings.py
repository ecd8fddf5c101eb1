"""Team settings live in the database, so every PC of a team sees the same rules."""
from __future__ import annotations

import pytest

from models import settings, users
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.roles import Role


def test_a_setting_has_its_default_until_the_manager_changes_it(manager):
    assert settings.get("team.name") == ""
    version = settings.put(manager, "team.name", "新媒体运营部")
    assert settings.get("team.name") == "新媒体运营部" and version == 1
    assert settings.put(manager, "team.name", "品牌中心", expected_version=1) == 2
    assert settings.get("team.name") == "品牌中心"


def test_only_the_manager_changes_team_settings(manager):
    person = users.create_user(manager, "lina", "李娜", "", [Role.CONTENT_SPECIALIST], "password-1")
    with pytest.raises(PermissionDenied):
        settings.put(person, "team.name", "x")
    assert settings.get("team.name") == ""


def test_the_demo_flag_cannot_be_set_through_the_service(manager):
    with pytest.raises(ValidationError):
        settings.put(manager, "demo", True)
    assert not settings.is_demo()


def test_a_stale_setting_change_is_refused(manager):
    settings.put(manager, "team.name", "A")
    settings.put(manager, "team.name", "B", expected_version=1)
    with pytest.raises(ConflictError):
        settings.put(manager, "team.name", "C", expected_version=1)
    assert settings.get("team.name") == "B"


def test_two_first_saves_of_a_team_setting_at_once_one_is_a_conflict(manager, monkeypatch):
    """Nothing stored yet; two managers on two PCs save the urgency window at the same
    moment: one is stored, the other is told who saved first (it was a raw database error,
    the unexpected-error dialog)."""
    import threading

    from models import inbox
    from models.db import database
    from tests.models.reviewing import run_at_once

    other = users.create_user(manager, "sunlei", "孙磊", "", [Role.OPERATIONS_MANAGER],
                              "password-1")
    if database.for_update:
        # PostgreSQL: make sure both read "nothing stored" before either writes (SQLite's
        # transactions take the write lock at their start: one waits for the other).
        both_read, real, waited = threading.Barrier(2), settings.version_of, set()

        def version_of(key):
            version = real(key)
            if threading.get_ident() not in waited:
                waited.add(threading.get_ident())
                both_read.wait(timeout=10)
            return version

        monkeypatch.setattr(settings, "version_of", version_of)
    results = run_at_once(lambda: inbox.set_urgent_hours(manager, 12, 0),
                          lambda: inbox.set_urgent_hours(other, 36, 0))
    stored = [r for r in results if r == 1]
    refused = [r for r in results if isinstance(r, ConflictError)]
    assert len(stored) == 1 and len(refused) == 1, results
    assert inbox.urgent_hours() in (12, 36)


def test_the_review_rules_are_saved_together_or_not_at_all(manager):
    """A colleague changed the urgency window meanwhile: the dialog's save of new words and
    a new window is refused whole (the words had been saved while it said "not saved")."""
    from models import inbox, sensitive

    words_version = sensitive.words_version() or 0
    inbox.set_urgent_hours(manager, 48, 0)  # the colleague, first
    before = sensitive.get_words()
    with pytest.raises(ConflictError):
        inbox.set_review_rules(manager, [*before, "史上最低价"], words_version, 12, 0)
    assert sensitive.get_words() == before and inbox.urgent_hours() == 48
    versions = inbox.set_review_rules(manager, [*before, "史上最低价"], words_version, None, 1)
    assert "史上最低价" in sensitive.get_words() and versions[1] == 1


def test_the_review_settings_are_checked_however_they_are_changed(manager):
    """``settings.put`` stored any urgency window ("abc", -5, 10**9: the inbox then fell
    back to 24 hours without a word) and words past the length limits; it checks them as
    ``inbox.set_urgent_hours`` and ``sensitive.set_words`` do, with the same message."""
    from models import inbox, sensitive

    for value in ("abc", "24", -5, 0, 10**9, 2.5, None, True):
        with pytest.raises(ValidationError) as err:
            settings.put(manager, inbox.URGENT_HOURS_KEY, value)
        with pytest.raises(ValidationError) as same:
            inbox.set_urgent_hours(manager, value)
        assert (err.value.field, str(err.value)) == (same.value.field, str(same.value))
    for value in (["a" * 500], [f"w{i}" for i in range(sensitive.LIST_MAX + 1)], "最佳",
                  [1, "最"], ["最\n佳"]):
        with pytest.raises(ValidationError) as err:
            settings.put(manager, sensitive.SETTING_KEY, value)
        with pytest.raises(ValidationError) as same:
            sensitive.set_words(manager, value)
        assert (err.value.field, str(err.value)) == (same.value.field, str(same.value))
    assert settings.version_of(inbox.URGENT_HOURS_KEY) is None
    assert settings.version_of(sensitive.SETTING_KEY) is None
    # What passes is stored as the services store it.
    settings.put(manager, inbox.URGENT_HOURS_KEY, 36)
    settings.put(manager, sensitive.SETTING_KEY, [" 最 ", "\u200b", "ＢＥＳＴ", "Best"])
    assert inbox.urgent_hours() == 36 and sensitive.get_words() == ["最", "ＢＥＳＴ"]


def test_the_team_name_is_one_line_of_visible_text(manager):
    """``settings.put`` stored any team name: a line break, only zero-width spaces, a
    thousand characters, a number.  It is cleaned as the other names are."""
    for value in ("新媒体\n运营部", "品牌\t中心", "长" * (settings.TEAM_NAME_MAX + 1), 5, ["x"],
                  {"name": "x"}):
        with pytest.raises(ValidationError) as err:
            settings.put(manager, "team.name", value)
        assert err.value.field == "name" and str(err.value)
    assert settings.version_of("team.name") is None
    with pytest.raises(ValidationError) as err:
        settings.put(manager, "team.name", "长" * 101)
    assert "too long" in str(err.value) and "100" in str(err.value)
    # Blanks and invisible characters around it go; what is left is stored.
    settings.put(manager, "team.name", "\u200b 新媒体运营部\u3000\ufeff")
    assert settings.get("team.name") == "新媒体运营部"
    settings.put(manager, "team.name", "长" * settings.TEAM_NAME_MAX)
    assert settings.get("team.name") == "长" * settings.TEAM_NAME_MAX
    # Nothing visible: no name (the default).
    settings.put(manager, "team.name", "\u200b\u2060 ")
    assert settings.get("team.name") == ""
    settings.put(manager, "team.name", None)
    assert settings.get("team.name") == ""
