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


def test_after_a_conflict_what_i_did_not_change_takes_the_colleagues_value(qtbot, team):
    """I change only the urgency window; 刘洋 meanwhile adds 绝无仅有 and sets 36 hours.
    The conflict left the old list in the dialog, and Save again took his word out again
    (rule P4) without a word.  Now the list shows his, the window keeps my 48, and the
    message says which is which."""
    dialog = open_rules(qtbot, team.manager)
    set_hours(qtbot, dialog.hours_spin, 48)
    theirs = sensitive.get_words() + ["绝无仅有"]
    inbox.set_review_rules(team.colleague, theirs, sensitive.words_version() or 0, 36, 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    said = dialog.error_text()
    assert "刘洋" in said and "not touched: Sensitive words." in said
    assert "You both changed Urgent within: what you typed is still there." in said
    assert "绝无仅有" in dialog.words() and dialog.hours_spin.value() == 48
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "绝无仅有" in sensitive.get_words() and inbox.urgent_hours() == 48


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


class EnglishPlurals:
    """English plural forms, as mediadesk_en.ts gives them ("1 hour", "2 hours")."""

    def __init__(self):
        from PySide6.QtCore import QTranslator

        class Plurals(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                if n < 0:
                    return None
                if n == 1:
                    return source.replace("(s)", "").replace("%n hours", "%n hour")
                return source.replace("(s)", "s")

        self.translator = Plurals()

    def __enter__(self):
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(self.translator)


def paste(qtbot, edit, text: str) -> None:
    """Paste ``text`` at the end of the list, on a new line (from a web page, say)."""
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_enter_on_restore_the_defaults_restores_them_and_saves_nothing(qtbot, team):
    """Enter on Restore the defaults saved the typed list and closed the dialog."""
    from PySide6.QtWidgets import QApplication

    dialog = open_rules(qtbot, team.manager)
    dialog.words_edit.setPlainText("只有一个词")
    dialog.defaults_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "只有一个词" not in dialog.words()
    assert sensitive.get_words() != ["只有一个词"]


def test_the_count_is_of_the_words_stored_and_says_what_was_merged(qtbot, team):
    """"best / Best / ＢＥＳＴ" showed 3 words and stored 1; a pasted line of only U+200B
    counted as a word, and was stored as one, an invisible hit in every post holding it."""
    sensitive.set_words(team.manager, ["最"], sensitive.words_version() or 0)
    dialog = open_rules(qtbot, team.manager)
    paste(qtbot, dialog.words_edit, "best\nBest\nＢＥＳＴ\n\u200b\n第一\ufeff")
    assert dialog.count_label.text() == \
        "3 word(s); 2 repeated line(s) merged; 1 line(s) of invisible characters left out"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sensitive.get_words() == ["最", "best", "第一"]
    assert [h.word for h in sensitive.find_hits("第一季度", sensitive.get_words())] == ["第一"]
    # Nothing merged, nothing left out: the count alone.
    dialog = open_rules(qtbot, team.manager)
    assert dialog.count_label.text() == "3 word(s)"
    with EnglishPlurals():
        type_line(qtbot, dialog.words_edit, "Best")
        assert dialog.count_label.text() == "3 words; 1 repeated line merged"


def test_restore_the_defaults_restores_the_window_too(qtbot, team):
    sensitive.set_words(team.manager, ["最"], sensitive.words_version() or 0)
    inbox.set_urgent_hours(team.manager, 48)
    dialog = open_rules(qtbot, team.manager)
    assert dialog.hours_spin.value() == 48
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.words() == list(sensitive.DEFAULT_WORDS)
    assert dialog.hours_spin.value() == 24
    assert sensitive.get_words() == ["最"] and inbox.urgent_hours() == 48  # not yet saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sensitive.get_words() == list(sensitive.DEFAULT_WORDS)
    assert inbox.urgent_hours() == 24


def test_the_window_reads_one_hour_not_one_hours(qtbot, team):
    """English showed "1 hours" in the spin box and in the calendar's tooltip."""
    from views.calendar_look import CalendarTexts

    with EnglishPlurals():
        dialog = open_rules(qtbot, team.manager)
        spin = dialog.hours_spin
        assert spin.text() == "24 hours"
        set_hours(qtbot, spin, 1)
        assert spin.text() == "1 hour"
        set_hours(qtbot, spin, 12)  # typed through "1 hour" to "12 hours"
        assert spin.text() == "12 hours"
        qtbot.keyClick(spin, Qt.Key.Key_Down)
        assert (spin.value(), spin.text()) == (11, "11 hours")
        texts = CalendarTexts()
        assert texts.urgent(1).startswith("Urgent: planned within 1 hour or past")
        assert texts.urgent(24).startswith("Urgent: planned within 24 hours or past")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert inbox.urgent_hours() == 11
