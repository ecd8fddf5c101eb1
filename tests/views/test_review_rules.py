"""The review rules dialog (rule P4's sensitive words, the urgency window; issue 4),
driven as a person would."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models import inbox, sensitive
from tests.views.conftest import enter


def open_rules(qtbot, user):
    from views.review_rules import ReviewRulesDialog

    dialog = ReviewRulesDialog(user)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_line(qtbot, edit, text: str) -> None:
    """Go to the end of the list, start a new line and type ``text`` (Chinese as an input
    method commits it: QTest presses only Latin keys)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    enter(qtbot, edit, text)


def set_hours(qtbot, spin, hours: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(hours))
    assert spin.value() == hours


def test_the_list_starts_with_the_advertising_law_words(qtbot, team):
    dialog = open_rules(qtbot, team.manager)
    shown = dialog.words()
    for word in ("最", "第一", "国家级", "顶级", "100%"):
        assert word in shown
    assert dialog.hours_spin.value() == 24
    assert dialog.count_label.text() == f"{len(shown)} word(s)"


def test_the_manager_adds_a_word_and_changes_the_window(qtbot, team):
    dialog = open_rules(qtbot, team.manager)
    before = len(dialog.words())
    type_line(qtbot, dialog.words_edit, "史上最低价")
    set_hours(qtbot, dialog.hours_spin, 48)
    assert dialog.count_label.text() == f"{before + 1} word(s)"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "史上最低价" in sensitive.get_words()
    assert inbox.urgent_hours() == 48
    # The new word is found in a post's text at once.
    assert [h.word for h in sensitive.find_hits("年末史上最低价", sensitive.get_words())] \
        == ["史上最低价"]


def test_a_word_too_long_is_refused_and_the_list_stays(qtbot, team):
    dialog = open_rules(qtbot, team.manager)
    type_line(qtbot, dialog.words_edit, "长" * 41)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "too long" in dialog.error_text("words")
    assert "长" * 41 in dialog.words()  # nothing typed is lost
    assert "长" * 41 not in sensitive.get_words()


def test_a_colleagues_change_is_named_and_nothing_is_overwritten_unasked(qtbot, team):
    dialog = open_rules(qtbot, team.manager)
    type_line(qtbot, dialog.words_edit, "空前绝后")
    # 刘洋, the other operations manager, saves a list first.
    sensitive.set_words(team.colleague, ["最", "绝无仅有"], sensitive.words_version() or 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "刘洋" in dialog.error_text()
    assert sensitive.get_words() == ["最", "绝无仅有"]  # theirs stands
    assert "空前绝后" in dialog.words()  # and what was typed is still there
    # Told, the manager saves again: now their list replaces the colleague's.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "空前绝后" in sensitive.get_words()


def test_a_specialist_sees_the_rules_but_cannot_change_them(qtbot, team):
    dialog = open_rules(qtbot, team.lina)
    assert dialog.words()  # the list is shown
    assert dialog.read_only_note.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.words_edit.isReadOnly()
    assert not dialog.hours_spin.isEnabled()
    assert not dialog.defaults_button.isEnabled()
    # ... and reads the whole list: it scrolls with the keyboard to its last word (the list
    # was disabled, its scroll bar too, so only the first dozen words could be read).
    edit = dialog.words_edit
    bar = edit.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    edit.setFocus()
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() > 0
    last = edit.cursorRect(edit.textCursor())
    assert edit.viewport().rect().contains(last.center())
    assert edit.textCursor().block().text() == dialog.words()[-1]


def test_restore_the_defaults(qtbot, team):
    sensitive.set_words(team.manager, ["最"], sensitive.words_version() or 0)
    dialog = open_rules(qtbot, team.manager)
    assert dialog.words() == ["最"]
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.words() == list(sensitive.DEFAULT_WORDS)
