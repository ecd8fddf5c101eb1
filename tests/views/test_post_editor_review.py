"""The post editor's part in the approval workflow (rules P1, P4; issue 4): sensitive words
highlighted as they are typed, "Save and submit", and what a save does to an approved post."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models import posts as post_service
from models import reviews
from models.posts import PostStatus
from models.workflow import CHECKLIST
from tests.views.test_post_editor import click, enter, make_post, open_editor


def highlighted(editor) -> list[str]:
    """The text under the highlighter's formats, block by block, as the person sees it
    (Qt counts in UTF-16 code units: an emoji is two)."""
    found = []
    block = editor.body_edit.document().firstBlock()
    while block.isValid():
        units = block.text().encode("utf-16-le")
        for fmt in block.layout().formats():
            found.append(units[2 * fmt.start:2 * (fmt.start + fmt.length)].decode("utf-16-le", "replace"))
        block = block.next()
    return found


def test_sensitive_words_are_marked_while_typing(qtbot, team):
    editor = open_editor(qtbot, team.lina)
    assert editor.hits_label.isHidden()
    enter(qtbot, editor.title_edit, "年终大促")
    enter(qtbot, editor.body_edit, "我们的服务全网第一，品质顶级。")
    assert highlighted(editor) == ["全网第一", "顶级"]
    text = editor.hits_label.text()
    assert editor.hits_label.isVisible()
    assert "全网第一" in text and "顶级" in text and "rule P4" in text


def test_the_mark_stays_on_the_word_after_an_emoji(qtbot, team):
    """Xiaohongshu and Weibo posts are full of emoji; each is two of Qt's positions, and the
    mark had slid one character left per emoji before the word ("🔥全网第一" marked "🔥全网第")."""
    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.body_edit, "🔥🔥限时优惠，全网第一✨😀品质顶级👍")
    assert highlighted(editor) == ["全网第一", "顶级"]


def test_a_sensitive_word_reads_well_in_either_theme(qtbot, team, theme):
    """The yellow mark kept the editor's text colour: near-white on a dark theme (1.2 : 1)."""
    from PySide6.QtGui import QPalette

    from tests.conftest import contrast

    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.body_edit, "全网第一的服务")
    block = editor.body_edit.document().firstBlock()
    (mark,) = block.layout().formats()
    text = mark.format.foreground().color() if mark.format.hasProperty(
        mark.format.Property.ForegroundBrush) else editor.body_edit.palette().color(
        QPalette.ColorRole.Text)
    assert contrast(text, mark.format.background().color()) >= 4.5
    plain = editor.body_edit.palette().color(QPalette.ColorRole.Text)  # the rest of the text
    assert contrast(plain, editor.body_edit.palette().color(QPalette.ColorRole.Base)) >= 4.5


def test_a_reader_sees_the_sensitive_words_without_the_advice_to_the_writer(qtbot, team):
    post = make_post(team.lina, title="年终大促", body="我们的服务全网第一。")
    writer = open_editor(qtbot, team.lina, post)
    assert "rephrase" in writer.hits_label.text()
    reader = open_editor(qtbot, team.zhangwei, post)
    assert not reader.editable
    assert reader.hits_label.isVisible()
    assert reader.hits_label.text() == "Sensitive words (rule P4): 全网第一."


def test_save_and_submit_sends_a_new_post_for_review(qtbot, team):
    editor = open_editor(qtbot, team.lina)
    assert editor.submit_button.isVisible()
    enter(qtbot, editor.title_edit, "本周行业要闻")
    enter(qtbot, editor.source_edit, "中国汽车工业协会")
    click(qtbot, editor.submit_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    stored = post_service.get_post(editor.post.id)
    assert stored.status is PostStatus.IN_REVIEW
    story = reviews.history(stored.id)
    assert [(e.kind, e.action, e.actor_name) for e in story] == [("decision", "submit", "李娜")]


def test_a_post_without_its_source_is_saved_but_not_submitted_rule_p5(qtbot, team):
    """Rule P5: every post names its source.  "Save and submit" without one keeps the
    dialog open with the text typed, saved as a draft, and says what is missing there."""
    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.title_edit, "本周行业要闻")
    enter(qtbot, editor.body_edit, "新能源汽车销量增长。")
    with qtbot.waitSignal(editor.saved) as saved:  # the calendar shows it at once
        click(qtbot, editor.submit_button)
    assert editor.isVisible()
    assert saved.args[0].id == editor.post.id
    assert "Saved as a draft, but not submitted" in editor.message_bar.text()
    assert "rule P5" in editor.message_bar.text()
    assert editor.windowTitle() == "Post: 本周行业要闻"  # no longer "New post"
    assert editor.status_label.text() == "Draft"  # not "Draft (not saved yet)"
    assert editor.delete_button.isVisible()  # a saved draft can be deleted
    assert editor.source_edit.property("invalid") is True
    assert editor.title_edit.text() == "本周行业要闻"
    assert post_service.get_post(editor.post.id).status is PostStatus.DRAFT
    enter(qtbot, editor.source_edit, "中国汽车工业协会")
    click(qtbot, editor.submit_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert post_service.get_post(editor.post.id).status is PostStatus.IN_REVIEW


def test_a_returned_post_saved_but_not_submitted_is_not_called_a_draft(qtbot, team):
    """A returned post stays returned when its new submit is refused: the message said
    "Saved as a draft" beside the status "Returned"."""
    post = make_post(team.lina, "冬季安全生产提示", source="公司安全部")
    post = reviews.submit(team.lina, post.id, post.version)
    post = reviews.return_post(team.manager, post.id, post.version, "来源请写全称")
    editor = open_editor(qtbot, team.lina, post)
    editor.source_edit.clear()
    click(qtbot, editor.submit_button)
    assert editor.isVisible()
    assert editor.message_bar.text().startswith("Saved, but not submitted for review again:")
    assert post_service.get_post(post.id).status is PostStatus.RETURNED


def test_an_approved_post_says_what_an_edit_does_and_goes_back_to_review(qtbot, team):
    post = make_post(team.lina, "冬季安全生产提示", source="公司安全部")
    post = reviews.submit(team.lina, post.id, post.version)
    post = reviews.approve(team.manager, post.id, post.version,
                           [item.value for item in CHECKLIST])
    editor = open_editor(qtbot, team.lina, post)
    assert "back to review" in editor.review_label.text()
    assert not editor.submit_button.isVisible()  # approved: nothing to submit
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_End)
    enter(qtbot, editor.title_edit, "（更新）")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert post_service.get_post(post.id).status is PostStatus.IN_REVIEW
    diff = reviews.changes_since_approval(post.id)
    assert diff is not None and diff.changed


def test_only_the_writer_submits(qtbot, team):
    post = make_post(team.lina, "干货分享")
    editor = open_editor(qtbot, team.manager, post)  # the manager may edit it, not submit it
    assert editor.editable
    assert not editor.submit_button.isVisible()


def test_a_colleague_who_cannot_edit_sees_where_the_post_stands_not_what_a_save_does(
        qtbot, team):
    """张伟 reads 李娜's post in review: the editor names its stage only (rule P1), not
    "the reviewer sees what you change", which he cannot do."""
    from models.workflow import stage_label

    post = make_post(team.lina, "冬季安全生产提示", source="公司安全部")
    post = reviews.submit(team.lina, post.id, post.version)
    editor = open_editor(qtbot, team.zhangwei, post)
    assert not editor.editable
    assert editor.review_label.text() == stage_label(post.status.value, False)
    mine = open_editor(qtbot, team.lina, post)
    assert "reviewer sees what you change" in mine.review_label.text()
