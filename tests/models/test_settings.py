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
