"""Length limits count characters, as the services do, also for emoji (Qt counts an emoji
as two UTF-16 units).

Found with a team's three years of posts: the editor showed a stored 200-character title
with emoji cut to 174 characters, and Save stored the cut title and sent the approved post
back to review (rule P1); the counter read 174 / 200 while no more could be typed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from models import posts as post_service
from models.cadence_rules import TITLE_HARD_MAX
from models.posts import Post, PostStatus
from tests.views.conftest import enter as type_text
from tests.views.test_post_editor import click, enter, make_post, open_editor
from ui.char_limit import limit_chars

TITLE = ("年终盘点🎉" * 40)[:TITLE_HARD_MAX]  # 200 characters, 40 of them emoji


def test_a_stored_title_with_emoji_is_shown_and_saved_whole(qtbot, team):
    assert len(TITLE) == TITLE_HARD_MAX and len(TITLE.encode("utf-16-le")) // 2 == 240
    post = make_post(team.lina, title=TITLE, body="正文", source="原创")
    Post.update(status=PostStatus.APPROVED.value).where(Post.id == post.id).execute()
    post = post_service.get_post(post.id)
    editor = open_editor(qtbot, team.lina, post)
    assert editor.title_edit.text() == TITLE
    assert editor.title_counter.text().startswith("200")
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    type_text(qtbot, editor.title_edit, "多")  # the limit is reached: nothing more goes in
    assert editor.title_edit.text() == TITLE
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    saved = post_service.get_post(post.id)
    assert saved.title == TITLE and saved.status is PostStatus.APPROVED


def test_emoji_can_be_typed_up_to_the_limit_in_characters(qtbot, team):
    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.title_edit, "年终")
    for _ in range(150):
        type_text(qtbot, editor.title_edit, "🎉")  # the emoji picker
    assert editor.title_edit.text() == "年终" + "🎉" * 150  # 302 UTF-16 units: all there
    editor.title_edit.insert("🎉" * 60)  # a paste past the limit is cut where it went in
    assert editor.title_edit.text() == "年终" + "🎉" * (TITLE_HARD_MAX - 2)


def test_a_longer_text_set_by_the_program_is_kept_and_may_only_get_shorter(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    limit_chars(edit, 5)
    edit.setText("一二三四五六七")  # stored before a limit was lowered: shown whole
    assert edit.text() == "一二三四五六七"
    edit.setFocus()
    edit.end(False)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "一二三四五六"
    type_text(qtbot, edit, "八")
    assert edit.text() == "一二三四五六"
    edit.setCursorPosition(1)
    edit.clear()
    qtbot.keyClicks(edit, "abcdefg")
    assert edit.text() == "abcde"


def test_a_character_refused_at_the_limit_keeps_the_undo_history(qtbot):
    """Ctrl+Z did nothing after one character was refused at the limit (QA)."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    limit_chars(edit, 5)
    edit.setFocus()
    type_text(qtbot, edit, "一二三四五")
    type_text(qtbot, edit, "六")  # refused
    assert edit.text() == "一二三四五" and edit.isUndoAvailable()
    edit.undo()
    assert edit.text() == ""
