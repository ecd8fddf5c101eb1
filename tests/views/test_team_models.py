"""The item models of the team screen: Qt's model contract, roles, filtering, translation."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor

from models import i18n, platforms, users
from views.team_models import (ColumnsModel, PeopleFilterModel, PeopleModel, PlatformsModel,
                               inactive_brush_colour)

USER = Qt.ItemDataRole.UserRole


class FakeChinese(QTranslator):
    """Just the Chinese the tests need, without building a .qm file."""

    TEXTS = {
        ("Roles", ", "): "、",
        ("TeamScreen", "Active"): "在用",
        ("Roles", "Content specialist"): "内容运营专员",
        ("Roles", "Customer service"): "客服专员",
        ("Roles", "Operations manager"): "运营经理",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.TEXTS.get((context, source))  # None: not translated, Qt keeps the source

    def isEmpty(self):  # noqa: N802
        return False


@pytest.fixture
def chinese(qapp):
    translator = FakeChinese()
    QCoreApplication.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    yield translator
    i18n.set_translator(None)
    QCoreApplication.removeTranslator(translator)


def test_people_model_passes_the_model_tester(qtmodeltester, team):
    model = PeopleModel()
    model.refresh()
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_people_filter_passes_the_model_tester(qtmodeltester, team):
    model = PeopleModel()
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    model.refresh()
    qtmodeltester.check(proxy)
    proxy.set_search_text("李")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_platforms_model_passes_the_model_tester(qtmodeltester, team):
    model = PlatformsModel()
    model.refresh()
    assert model.rowCount() == len(platforms.DEFAULT_PLATFORMS)
    qtmodeltester.check(model)


def test_columns_model_passes_the_model_tester(qtmodeltester, team):
    website = platforms.list_platforms()[0]
    platforms.create_column(team.manager, website.id, "行业资讯", "行业新闻速递")
    model = ColumnsModel()
    qtmodeltester.check(model)  # no platform chosen: empty
    model.set_platform(website.id)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_people_rows_give_ids_labels_and_grey_for_inactive(team):
    users.set_user_active(team.manager, team.lina.id, team.lina.version, False)
    model = PeopleModel()
    model.refresh()
    row = model.row_of(team.lina.id)
    assert model.index(row, PeopleModel.NAME).data(USER) == team.lina.id
    assert model.index(row, PeopleModel.ROLES).data() == "Content specialist"
    assert model.index(row, PeopleModel.STATUS).data() == "Inactive"
    grey = model.index(row, PeopleModel.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(grey) == inactive_brush_colour()
    manager_row = model.row_of(team.manager.id)
    assert model.index(manager_row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "wangfang" in model.index(manager_row, PeopleModel.NAME).data(
        Qt.ItemDataRole.ToolTipRole)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "User name", "Department", "Roles", "Status"]


def test_role_labels_are_translated_and_joined_the_chinese_way(team, chinese):
    from models.roles import Role

    users.update_user(team.manager, team.lina.id, team.lina.version, display_name="李娜",
                      department="新媒体运营部",
                      roles=[Role.CUSTOMER_SERVICE, Role.CONTENT_SPECIALIST])
    model = PeopleModel()
    model.refresh()
    row = model.row_of(team.lina.id)
    # The department's order (content before customer service), Chinese separator.
    assert model.index(row, PeopleModel.ROLES).data() == "内容运营专员、客服专员"
    assert model.index(row, PeopleModel.STATUS).data() == "在用"


def test_platform_rows_have_a_colour_swatch_and_active_column_counts(team):
    website = platforms.list_platforms()[0]
    platforms.create_column(team.manager, website.id, "公司新闻")
    old = platforms.create_column(team.manager, website.id, "旧栏目")
    platforms.set_column_active(team.manager, old.id, old.version, False)
    model = PlatformsModel()
    model.refresh()
    row = model.row_of(website.id)
    assert model.index(row, PlatformsModel.NAME).data(Qt.ItemDataRole.DecorationRole) == QColor(
        website.colour)
    assert model.index(row, PlatformsModel.KIND).data() == "Official website"
    assert model.index(row, PlatformsModel.COLUMNS).data() == 1
    assert model.index(row, PlatformsModel.NAME).data(USER) == website.id


def test_the_filter_hides_inactive_people_and_matches_name_or_user_name(team):
    users.set_user_active(team.manager, team.zhangwei.id, team.zhangwei.version, False)
    model = PeopleModel()
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    model.refresh()

    def shown():
        return sorted(proxy.index(r, PeopleModel.LOGIN).data() for r in range(proxy.rowCount()))

    assert shown() == ["lina", "liuyang", "wangfang"]
    proxy.set_show_inactive(True)
    assert shown() == ["lina", "liuyang", "wangfang", "zhangwei"]
    proxy.set_search_text("  LI ")  # case-insensitive, trimmed
    assert shown() == ["lina", "liuyang"]
    proxy.set_search_text("伟")  # a Chinese substring of a name
    assert shown() == ["zhangwei"]
    proxy.set_show_inactive(False)
    assert shown() == []


@pytest.mark.parametrize("ui_language", [QLocale.Language.English, QLocale.Language.Chinese])
def test_people_are_sorted_by_pinyin_whatever_the_language(team, ui_language):
    """The team's names are Chinese: 李娜 (Lǐ), 刘洋 (Liú), 王芳 (Wáng), 张伟 (Zhāng), in the
    English UI too, where Qt's own locale-aware order put them by character code
    (刘, 张, 李, 王)."""
    saved = QLocale()
    QLocale.setDefault(QLocale(ui_language))
    try:
        model = PeopleModel()
        proxy = PeopleFilterModel()
        proxy.setSourceModel(model)
        model.refresh()

        def names():
            return [proxy.index(r, PeopleModel.NAME).data() for r in range(proxy.rowCount())]

        proxy.sort(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
        assert names() == ["李娜", "刘洋", "王芳", "张伟"]
        proxy.sort(PeopleModel.NAME, Qt.SortOrder.DescendingOrder)
        assert names() == ["张伟", "王芳", "刘洋", "李娜"]
    finally:
        QLocale.setDefault(saved)


def test_data_does_not_query_the_database(team, monkeypatch):
    """Rows are plain dataclasses loaded in refresh(); painting never reaches a service."""
    model = PeopleModel()
    model.refresh()

    def forbidden(*_a, **_k):
        raise AssertionError("data() queried the database")

    monkeypatch.setattr(users.User, "select", forbidden)
    monkeypatch.setattr(users.UserRole, "select", forbidden)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.ForegroundRole, USER):
                model.index(r, c).data(role)
