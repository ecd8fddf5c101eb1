"""Scroll areas are no Tab stop: the settings dialog opened with the focus on its scroll
area (a screen reader said nothing), and the post editor, the planning rules and the review
rules had the same silent stop or started on a button.  Each dialog opens on its first field
and Tab never lands on a scroll area."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.conftest import show_and_activate


def focus_chain(dialog: QWidget, presses: int) -> list[QWidget]:
    """Where the focus goes on each Tab, from where the dialog opened."""
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        seen.append(widget)
        QTest.keyClick(widget or dialog, Qt.Key.Key_Tab)
    return seen


def scroll_areas(dialog: QWidget) -> list[QScrollArea]:
    return [a for a in dialog.findChildren(QScrollArea)
            if type(a).__name__ in ("ScrollForm", "QScrollArea")]


def check(qtbot, dialog: QWidget, first: QWidget) -> None:
    show_and_activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is first, QApplication.focusWidget().objectName()
    areas = scroll_areas(dialog)
    assert areas, "the dialog has its scroll area"
    for area in areas:
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus, area.objectName()
    stops = [w for w in focus_chain(dialog, 40) if isinstance(w, QScrollArea)]
    assert not stops, [w.objectName() for w in stops]


def test_the_settings_dialog_opens_on_its_first_field(qtbot, team):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    check(qtbot, dialog, dialog.kind_group.checkedButton())


def test_the_post_editor_opens_on_the_title(qtbot, team):
    from views.post_editor import PostEditor

    editor = PostEditor(team.lina, None)
    check(qtbot, editor, editor.title_edit)


def test_the_planning_rules_open_on_the_first_limit(qtbot, team):
    from views.planning_rules import LimitsDialog

    dialog = LimitsDialog(team.manager)
    check(qtbot, dialog, next(iter(dialog.limit_rows.values())).title)


def test_the_review_rules_open_on_the_word_list(qtbot, team):
    from views.review_rules import ReviewRulesDialog

    dialog = ReviewRulesDialog(team.manager)
    show_and_activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.words_edit  # not the Save button
