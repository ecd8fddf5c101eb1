"""The post editor, the planning rules and the Team screen on a small or scaled screen.

Office laptops and projectors run 1280x720 at 150 % display scaling: 853x454 logical
pixels above the taskbar.  A dialog must fit there with its title bar, its buttons in view
(the form scrolls instead), and stay as it was on a full HD screen.  The screen is made
small by giving ``ui.widgets.available_geometry`` its size, as Windows reports it.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from models.errors import ValidationError
from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.fitting import FULL_HD, SMALL, assert_fits, on_screen
from tests.views.test_post_editor import make_post, open_dialog, open_editor


def test_a_new_post_fits_a_150_percent_laptop(qtbot, team, monkeypatch, language):
    on_screen(monkeypatch, SMALL)
    editor = open_editor(qtbot, team.lina)
    assert_fits(editor)
    assert editor.save_button.isVisible() and editor.cancel_button.isVisible()


def test_an_existing_post_fits_and_its_last_fields_scroll_into_view(qtbot, team, monkeypatch,
                                                                    language):
    on_screen(monkeypatch, SMALL)
    post = make_post(team.lina, body="正文" * 200)
    editor = open_editor(qtbot, team.lina, post)
    assert_fits(editor)
    # The writer's field is below the fold; a refusal that names it brings it into view.
    editor.show_problem(ValidationError("请选择撰稿人。", field="writer"))
    QApplication.processEvents()
    area = editor.form_area
    top_left = editor.writer_combo.mapTo(area.viewport(), editor.writer_combo.rect().topLeft())
    assert area.viewport().rect().contains(QRect(top_left, editor.writer_combo.size()))


def test_on_a_full_hd_screen_the_editor_opens_as_before(qtbot, team, monkeypatch):
    on_screen(monkeypatch, FULL_HD)
    editor = open_editor(qtbot, team.lina)
    QApplication.processEvents()
    assert editor.form_area.verticalScrollBar().maximum() == 0  # nothing hidden
    assert editor.body_edit.height() >= editor.fontMetrics().lineSpacing() * 7


def test_the_planning_rules_fit_a_150_percent_laptop(qtbot, team, monkeypatch, language):
    from views.planning_rules import LimitsDialog

    on_screen(monkeypatch, SMALL)
    dialog = open_dialog(qtbot, LimitsDialog(team.manager))
    assert_fits(dialog)


def test_the_planning_rules_keep_their_size_on_a_full_hd_screen(qtbot, team, monkeypatch):
    from views.planning_rules import LimitsDialog

    on_screen(monkeypatch, FULL_HD)
    dialog = open_dialog(qtbot, LimitsDialog(team.manager))
    metrics = dialog.fontMetrics()
    assert dialog.size() == QSize(metrics.horizontalAdvance("国") * 40, metrics.lineSpacing() * 30)


def test_the_platforms_tab_fits_a_150_percent_screen_beside_the_navigation(qtbot, team,
                                                                          language):
    """The two rows of buttons ("Add platform… Edit platform… Deactivate platform" and the
    columns' three) wrap under their tables instead of widening the main window past 853."""
    from tests.views.conftest import open_screen
    from views.team import PLATFORMS_TAB

    screen = open_screen(qtbot, team.manager)
    screen.tabs.setCurrentIndex(PLATFORMS_TAB)
    QApplication.processEvents()
    narrowest = screen.minimumSizeHint().width()
    assert narrowest <= 600  # 853 less the navigation bar (about 200) and a margin
    screen.resize(narrowest, 600)
    QApplication.processEvents()
    buttons = [screen.add_platform_button, screen.edit_platform_button,
               screen.toggle_platform_button, screen.add_column_button,
               screen.edit_column_button, screen.toggle_column_button]
    page = screen.tabs.currentWidget()
    places = [QRect(b.mapTo(page, b.rect().topLeft()), b.size()) for b in buttons]
    for button, place in zip(buttons, places):
        assert button.isVisible() and page.rect().contains(place), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # not squeezed
    for i, place in enumerate(places):
        assert not any(place.intersects(other) for other in places[i + 1:])
    for view in (screen.platforms_view, screen.columns_view):  # the tables stay above them
        bottom = view.mapTo(page, view.rect().bottomLeft()).y()
        assert bottom < min(p.top() for p in places)
