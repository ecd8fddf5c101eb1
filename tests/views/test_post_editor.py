"""The post editor, "Duplicate to other platforms…", "Move to…" and "Planning rules…",
driven with keyboard and mouse as a person would (issue 3; rules P5, C1, C2)."""
from __future__ import annotations

import datetime as _dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QSpinBox

from models import cadence_rules, events, posts as post_service, users
from models.cadence_rules import CadencePeriod
from models.platforms import PlatformKind, create_column, list_platforms
from models.posts import Post, PostCategory, PostFields, PostStatus
from models.roles import Role
from tests.views.conftest import MEMBER_PASSWORD
from tests.views.conftest import enter as type_text
from views.post_editor import (DuplicateDialog, LimitsDialog, MoveToDialog, PostEditor,
                               local_to_utc, utc_to_local)

LEFT = Qt.MouseButton.LeftButton


# -- acting as a person --------------------------------------------------------------------

def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def enter(qtbot, widget, text):
    """Click into ``widget`` and type ``text`` (see tests/views/conftest.py)."""
    widget.setFocus()
    type_text(qtbot, widget, text)


def clear(qtbot, edit):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick the entry holding ``data`` with the arrow keys."""
    assert combo.isEnabled(), combo.objectName()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data!r} not in {combo.objectName()}"


def type_time(qtbot, before, edit, local: _dt.datetime) -> None:
    """Tab from ``before`` into a date-time field and type the digits of ``local``."""
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, local.strftime("%Y%m%d%H%M"))
    assert edit.local() == local


def set_spin(qtbot, spin: QSpinBox, value: int) -> None:
    assert spin.isEnabled(), spin.objectName()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def tick(qtbot, view: QListWidget, platform_id: int) -> None:
    """Walk to the platform with the arrow keys and tick it with the space bar."""
    view.setFocus()
    for _ in range(view.count() + 1):
        if view.currentItem().data(Qt.ItemDataRole.UserRole) == platform_id:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentItem().data(Qt.ItemDataRole.UserRole) == platform_id
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.currentItem().checkState() == Qt.CheckState.Checked


# -- data ------------------------------------------------------------------------------------

def platform(kind: PlatformKind):
    return next(p for p in list_platforms() if p.kind is kind)


def ahead(days: int, hour: int, minute: int = 0) -> _dt.datetime:
    """A local time ``days`` from today."""
    return _dt.datetime.combine(_dt.date.today() + _dt.timedelta(days=days),
                                _dt.time(hour, minute))


def make_post(user, title="双十一活动预告", kind=PlatformKind.WECHAT_OA, when=None, **extra):
    when = when if when is not None else local_to_utc(ahead(10, 10, 30))
    return post_service.create_post(user, PostFields(platform_id=platform(kind).id, title=title,
                                                     planned_at=when, **extra))


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+S and Enter need the active window
        dialog.open()
        dialog.activateWindow()
    return dialog


def open_editor(qtbot, user, post=None, **kw) -> PostEditor:
    return open_dialog(qtbot, PostEditor(user, post, **kw))


@pytest.fixture
def beijing_time(monkeypatch):
    """This PC in China's time zone (UTC+8), as the team's PCs are."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def reader(team):
    """A colleague from sales with no role: reads the calendar, changes nothing."""
    return users.create_user(team.manager, "zhaomin", "赵敏", "销售部", [], MEMBER_PASSWORD)


# -- the editor: creating ------------------------------------------------------------------

def test_a_chosen_event_is_shown_whole_with_its_dates(qtbot, team, in_chinese):
    """"2026 行业数字化峰会（重大活动，2026-11-20 至 2026-11-21）" was cut to "…至 2026-11-2",
    the end date lost: the event field is as wide as its longest event, up to 40
    characters."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    events.create_event(team.manager, "2026 行业数字化峰会", events.EventKind.EVENT,
                        _dt.date.today(), _dt.date.today() + _dt.timedelta(days=1))
    editor = open_editor(qtbot, team.lina)
    combo = editor.event_combo
    choose(qtbot, combo, events.list_events()[0].id)
    assert combo.currentText().endswith("）") and "至" in combo.currentText()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room.width()
    # A name of 100 characters does not make the dialog wider than 40 of them and more.
    events.create_event(team.manager, "长" * 100, events.EventKind.EVENT, _dt.date.today(),
                        _dt.date.today())
    wide = open_editor(qtbot, team.lina)
    assert wide.event_combo.minimumWidth() <= wide.fontMetrics().horizontalAdvance("国") * 40


def test_a_post_in_review_opens_with_every_field_in_view(qtbot, team, in_chinese):
    """In Chinese the review note and the sensitive words beside the count wrapped to a line
    more than the size hint guessed: the editor opened with its last rows (planned time,
    status) scrolled away, on a screen with room for them."""
    from PySide6.QtWidgets import QScrollArea

    from models import reviews, sensitive
    from ui.widgets import screen_room

    sensitive.set_words(team.manager, ["最低", "第一", "100%", "最好"])
    post = make_post(team.lina, title="年终大促抢先看：全网最低价，销量第一！",
                     body="双十二年终大促即将开始！全场正品100%保障，这是今年最好的入手时机。",
                     source="人民网")
    post = reviews.submit(team.lina, post.id, post.version)
    editor = open_editor(qtbot, team.manager, post)
    qtbot.wait(50)
    assert editor.hits_label.isVisible() and editor.review_label.isVisible()
    area = editor.findChild(QScrollArea)
    assert editor.height() < screen_room(editor).height()
    assert not area.verticalScrollBar().isVisible()
    assert editor.status_label.visibleRegion().boundingRect().height() == \
        editor.status_label.height()


def test_type_a_new_post_and_save_it(qtbot, team, beijing_time):
    wechat = platform(PlatformKind.WECHAT_OA)
    column = create_column(team.manager, wechat.id, "每周精选")
    event = events.create_event(team.manager, "双十一大促", events.EventKind.PROMOTION,
                                _dt.date.today() + _dt.timedelta(days=40),
                                _dt.date.today() + _dt.timedelta(days=42))
    editor = open_editor(qtbot, team.lina)
    assert editor.focusWidget() is editor.title_edit  # the cursor starts in the title
    assert not editor.scheduled_check.isChecked()  # no time given: unscheduled
    assert not editor.writer_combo.isEnabled() and editor.writer_combo.currentText() == "李娜"
    assert editor.status_label.text().startswith("Draft")

    choose(qtbot, editor.platform_combo, wechat.id)
    choose(qtbot, editor.column_combo, column.id)
    enter(qtbot, editor.title_edit, "双十一活动预告")
    enter(qtbot, editor.title_edit, " 2026")
    assert editor.title_counter.text() == "12 / 200"
    enter(qtbot, editor.body_edit, "十一月十一日起全场五折。")
    enter(qtbot, editor.source_edit, "市场部新闻稿")
    choose(qtbot, editor.category_combo, PostCategory.PROMOTION.value)
    assert editor.category_combo.currentText() == "Promotion"  # labels, not stored values
    editor.project_check.setFocus()
    qtbot.keyClick(editor.project_check, Qt.Key.Key_Space)
    choose(qtbot, editor.event_combo, event.id)
    click(qtbot, editor.scheduled_check)
    when = ahead(30, 14, 30)
    type_time(qtbot, editor.scheduled_check, editor.when_edit, when)

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keySequence(editor.when_edit, QKeySequence(QKeySequence.StandardKey.Save))
    info = saved.args[0]
    assert not editor.isVisible() and editor.result() == editor.DialogCode.Accepted
    stored = post_service.get_post(info.id)
    assert (stored.title, stored.body, stored.source) == ("双十一活动预告 2026",
                                                          "十一月十一日起全场五折。", "市场部新闻稿")
    assert (stored.platform_id, stored.column_id, stored.event_id) == (wechat.id, column.id,
                                                                       event.id)
    assert stored.category is PostCategory.PROMOTION and stored.concerns_project
    assert stored.writer_id == team.lina.id and stored.status is PostStatus.DRAFT
    # 14:30 in Beijing is 06:30 UTC.
    assert stored.planned_at == _dt.datetime.combine(when.date(), _dt.time(6, 30))


def test_the_calendar_hands_in_time_and_platform(qtbot, team):
    website = platform(PlatformKind.WEBSITE)
    when = local_to_utc(ahead(20, 9))
    editor = open_editor(qtbot, team.lina, planned_at=when, platform_id=website.id)
    assert editor.platform_combo.currentData() == website.id
    assert editor.scheduled_check.isChecked() and editor.when_edit.local() == ahead(20, 9)
    enter(qtbot, editor.title_edit, "Weekly news")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # Enter saves
    made = post_service.posts_in_range(when, when + _dt.timedelta(minutes=1))
    assert [(p.title, p.platform_id) for p in made] == [("Weekly news", website.id)]


def test_empty_title_is_refused_and_the_text_stays(qtbot, team):
    editor = open_editor(qtbot, team.lina, platform_id=platform(PlatformKind.WEIBO).id)
    enter(qtbot, editor.body_edit, "正文已经写好了")
    enter(qtbot, editor.title_edit, "   ")  # spaces only: still no title
    click(qtbot, editor.save_button)

    assert editor.isVisible()
    assert editor.message() == "Please enter a title."
    assert editor.marked_fields() == ["title"]
    assert editor.title_edit.property("invalid") is True
    assert editor.focusWidget() is editor.title_edit
    assert editor.body_edit.toPlainText() == "正文已经写好了"
    assert not post_service.unscheduled_posts()

    enter(qtbot, editor.title_edit, "标题")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert [p.title for p in post_service.unscheduled_posts()] == ["标题"]


def test_a_title_too_long_for_the_platform_limit(qtbot, team):
    wechat = platform(PlatformKind.WECHAT_OA)
    cadence_rules.set_limits(team.manager, wechat.id, 0, 10, None)
    editor = open_editor(qtbot, team.lina)
    choose(qtbot, editor.platform_combo, wechat.id)
    enter(qtbot, editor.title_edit, "双十一活动预告全场五折")  # 11 characters
    assert editor.title_counter.text() == "11 / 10"
    assert editor.title_counter.property("over") is True
    assert editor.title_counter.property("role") == "error"  # red (ui.style.set_role)
    enter(qtbot, editor.body_edit, "活动正文")
    assert editor.body_counter.property("over") is False

    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "The title is too long" in editor.message()
    assert "11 characters, at most 10" in editor.message()
    assert editor.marked_fields() == ["title"]
    assert editor.title_edit.text() == "双十一活动预告全场五折"
    assert editor.body_edit.toPlainText() == "活动正文"
    assert not post_service.unscheduled_posts()

    # Another platform has no limit: the counter follows the platform.
    choose(qtbot, editor.platform_combo, platform(PlatformKind.WEIBO).id)
    assert editor.title_counter.text() == "11 / 200"
    assert editor.title_counter.property("over") is False


def test_a_time_in_the_past_is_refused_at_the_time_field(qtbot, team):
    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.title_edit, "Yesterday")
    click(qtbot, editor.scheduled_check)
    type_time(qtbot, editor.scheduled_check, editor.when_edit, ahead(-1, 9))
    click(qtbot, editor.save_button)
    assert "has already passed" in editor.message()
    assert editor.marked_fields() == ["planned_at"]
    assert editor.focusWidget() is editor.when_edit
    assert editor.title_edit.text() == "Yesterday"


def test_columns_follow_the_platform(qtbot, team):
    wechat, website = platform(PlatformKind.WECHAT_OA), platform(PlatformKind.WEBSITE)
    column = create_column(team.manager, wechat.id, "每周精选")
    editor = open_editor(qtbot, team.lina)
    choose(qtbot, editor.platform_combo, wechat.id)
    assert [editor.column_combo.itemText(i) for i in range(editor.column_combo.count())] == \
        ["(none)", "每周精选"]
    choose(qtbot, editor.column_combo, column.id)
    choose(qtbot, editor.platform_combo, website.id)
    assert editor.column_combo.count() == 1 and editor.column_combo.currentData() is None
    assert not editor.column_combo.isEnabled()


# -- the editor: editing, conflicts and permissions ---------------------------------------

def test_edit_keeps_an_untouched_time_and_saves_the_change(qtbot, team):
    post = make_post(team.lina, body="旧正文")
    editor = open_editor(qtbot, team.lina, post)
    assert editor.title_edit.text() == "双十一活动预告" and editor.scheduled_check.isChecked()
    assert editor.duplicate_button.isVisible()
    clear(qtbot, editor.body_edit)
    enter(qtbot, editor.body_edit, "新正文")
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    assert saved.args[0].body == "新正文" and saved.args[0].version == post.version + 1
    assert post_service.get_post(post.id).planned_at == post.planned_at


def test_a_colleagues_change_is_named_and_never_overwritten(qtbot, team):
    post = make_post(team.lina, body="李娜的正文")
    editor = open_editor(qtbot, team.lina, post)
    # 刘洋 (operations manager) changes the post while 李娜 has it open.
    post_service.update_post(team.colleague, post.id, post.version,
                             post.fields(title="刘洋改过的标题"))
    clear(qtbot, editor.body_edit)
    enter(qtbot, editor.body_edit, "李娜的新正文")
    click(qtbot, editor.save_button)

    assert editor.isVisible()
    assert "刘洋" in editor.message() and "not saved" in editor.message()
    assert editor.reload_button.isVisible() and editor.keep_button.isVisible()
    assert post_service.get_post(post.id).title == "刘洋改过的标题"
    assert editor.body_edit.toPlainText() == "李娜的新正文"

    # Keep my text: it stays, and a later save still conflicts.
    click(qtbot, editor.keep_button)
    assert editor.body_edit.toPlainText() == "李娜的新正文"
    assert not editor.keep_button.isVisible() and editor.reload_button.isVisible()
    click(qtbot, editor.save_button)
    assert "刘洋" in editor.message()
    stored = post_service.get_post(post.id)
    assert (stored.title, stored.body) == ("刘洋改过的标题", "李娜的正文")

    # Reload asks first; Cancel keeps my text.
    click(qtbot, editor.reload_button)
    box = editor.confirm_box
    assert box.isVisible() and "lost" in box.text()
    click(qtbot, box.cancel_button)
    assert editor.body_edit.toPlainText() == "李娜的新正文"

    click(qtbot, editor.reload_button)
    click(qtbot, editor.confirm_box.confirm_button)
    assert editor.title_edit.text() == "刘洋改过的标题"
    assert editor.body_edit.toPlainText() == "李娜的正文"
    assert "刘洋" in editor.message() and editor.message_bar.label.property("role") == "note"
    assert not editor.reload_button.isVisible()

    # Now a save goes through, over the colleague's version.
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    enter(qtbot, editor.body_edit, "（补充）")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    stored = post_service.get_post(post.id)
    assert (stored.title, stored.body) == ("刘洋改过的标题", "李娜的正文（补充）")


def test_a_refusal_by_the_service_is_shown_in_the_form(qtbot, team):
    """The editor opens editable, but the service decides: 李娜 lost her role meanwhile."""
    post = make_post(team.lina)
    editor = open_editor(qtbot, team.lina, post)
    assert editor.save_button.isVisible()
    users.update_user(team.manager, team.lina.id, team.lina.version, display_name="李娜",
                      department="", roles=[])
    enter(qtbot, editor.title_edit, "（改）")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "not change it" in editor.message()
    assert editor.title_edit.text() == "双十一活动预告（改）"
    assert post_service.get_post(post.id).title == "双十一活动预告"


def test_a_reader_sees_the_post_read_only(qtbot, team, reader):
    post = make_post(team.lina, body="正文", source="市场部")
    editor = open_editor(qtbot, reader, post)
    assert editor.title_edit.text() == "双十一活动预告" and editor.title_edit.isReadOnly()
    assert editor.body_edit.isReadOnly() and editor.source_edit.isReadOnly()
    for widget in (editor.platform_combo, editor.column_combo, editor.category_combo,
                   editor.project_check, editor.event_combo, editor.writer_combo,
                   editor.scheduled_check, editor.when_edit):
        assert not widget.isEnabled(), widget.objectName()
    assert not editor.save_button.isVisible() and not editor.duplicate_button.isVisible()
    assert not editor.cancel_button.isVisible()
    assert "not change it" in editor.note.text()
    assert not editor.save()  # nothing to save with
    click(qtbot, editor.close_button)
    assert not editor.isVisible()


def test_someone_elses_post_is_read_only_for_a_specialist(qtbot, team):
    post = make_post(team.lina)
    editor = open_editor(qtbot, team.zhangwei, post)
    assert editor.title_edit.isReadOnly() and not editor.save_button.isVisible()
    assert "李娜's post" in editor.note.text()


def test_only_the_manager_chooses_the_writer(qtbot, team):
    post = make_post(team.lina)
    mine = open_editor(qtbot, team.lina, post)
    assert not mine.writer_combo.isEnabled() and mine.writer_combo.count() == 1
    mine.reject()

    editor = open_editor(qtbot, team.manager, post)
    assert editor.writer_combo.isEnabled()
    names = {editor.writer_combo.itemText(i) for i in range(editor.writer_combo.count())}
    assert {"王芳", "刘洋", "李娜", "张伟"} <= names
    assert editor.writer_combo.currentData() == team.lina.id
    choose(qtbot, editor.writer_combo, team.zhangwei.id)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert post_service.get_post(post.id).writer_id == team.zhangwei.id


def test_a_published_post_keeps_platform_and_time(qtbot, team):
    post = make_post(team.lina)
    Post.update(status=PostStatus.PUBLISHED.value, published_at=post.planned_at,
                published_url="https://mp.weixin.qq.com/s/abc").where(Post.id == post.id).execute()
    post = post_service.get_post(post.id)
    editor = open_editor(qtbot, team.lina, post)
    assert editor.status_label.text() == "Published"
    assert "https://mp.weixin.qq.com/s/abc" in editor.published_label.text()
    assert editor.published_label.isVisible()
    assert not editor.platform_combo.isEnabled() and not editor.when_edit.isEnabled()
    # What went out is not changed afterwards (rule P1, models.posts.update_post): the
    # editor is read-only and says why; the writer can still copy it to other platforms.
    assert not editor.editable and editor.save_button.isHidden()
    assert editor.title_edit.isReadOnly() and editor.body_edit.isReadOnly()
    assert "can no longer be changed (rule P1)" in editor.note.text()
    assert editor.duplicate_button.isVisible()
    reader = open_editor(qtbot, team.zhangwei, post)
    assert not reader.duplicate_button.isVisible()


# -- duplicate -------------------------------------------------------------------------------

def test_a_copy_on_a_platform_without_the_posts_column_is_named(qtbot, team):
    """A WeChat post in 行业资讯 copied to the website (which has that column) and to Weibo
    (which has not): the Weibo copy had no column, and nothing said so (rule C5 counts
    each column's posts)."""
    from models import platforms as platform_service

    wechat, website, weibo = (platform(k) for k in (PlatformKind.WECHAT_OA,
                                                    PlatformKind.WEBSITE, PlatformKind.WEIBO))
    news = platform_service.create_column(team.manager, wechat.id, "行业资讯")
    platform_service.create_column(team.manager, website.id, "行业资讯")
    post = make_post(team.lina, column_id=news.id)
    editor = open_editor(qtbot, team.lina, post)
    click(qtbot, editor.duplicate_button)
    dialog = editor.duplicate_dialog
    tick(qtbot, dialog.platform_list, website.id)
    tick(qtbot, dialog.platform_list, weibo.id)
    with qtbot.waitSignal(editor.duplicated):
        click(qtbot, dialog.ok_button)
    assert editor.message_bar.text() == (
        "Copies made for Official website, Weibo; each is a draft of its own. There is no "
        "column “行业资讯” on Weibo: choose one in the copy there.")


def test_enter_on_a_focused_button_presses_it_not_save(qtbot, team):
    """Tab to Delete… and Enter: the post was saved, edits included, and the editor
    closed; no question was asked."""
    from PySide6.QtWidgets import QApplication

    post = make_post(team.lina, body="正文")
    editor = open_editor(qtbot, team.lina, post)
    editor.body_edit.setPlainText("改过的正文")
    editor.delete_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.isVisible() and editor.delete_box is not None
    assert editor.delete_box.isVisible()  # the question
    assert post_service.get_post(post.id).body == "正文"  # nothing saved


def test_duplicate_makes_linked_copies(qtbot, team):
    post = make_post(team.lina, body="正文")
    weibo, zhihu = platform(PlatformKind.WEIBO), platform(PlatformKind.ZHIHU)
    editor = open_editor(qtbot, team.lina, post)
    click(qtbot, editor.duplicate_button)
    dialog = editor.duplicate_dialog
    assert isinstance(dialog, DuplicateDialog) and dialog.isVisible()
    assert dialog.item_for(post.platform_id) is None  # not to its own platform

    click(qtbot, dialog.ok_button)  # nothing ticked yet
    assert "at least one platform" in dialog.message_text() and dialog.isVisible()

    tick(qtbot, dialog.platform_list, weibo.id)
    tick(qtbot, dialog.platform_list, zhihu.id)
    with qtbot.waitSignal(dialog.duplicated) as made, qtbot.waitSignal(editor.duplicated):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and editor.isVisible()
    copies = made.args[0]
    assert sorted(c.platform_id for c in copies) == sorted([weibo.id, zhihu.id])
    assert all(c.origin_id == post.id and c.title == post.title and c.body == "正文"
               for c in copies)
    assert {r.platform_id for r in post_service.linked_posts(post.id)} == {weibo.id, zhihu.id}
    assert editor.message_bar.text() == \
        "Copies made for Weibo, Zhihu; each is a draft of its own."

    # Platforms that have a version already are shown, disabled, with a note.
    again = DuplicateDialog(team.lina, post)
    qtbot.addWidget(again)
    item = again.item_for(weibo.id)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "already has a version" in item.text()


def test_escape_asks_before_a_typed_post_is_thrown_away(qtbot, team):
    """A new post typed, Escape: "Discard your changes?" (the editor closed at once and the
    text was lost); Keep editing goes back with everything typed; after a save, or for
    someone who only reads the post, it closes at once."""
    editor = open_editor(qtbot, team.lina)
    enter(qtbot, editor.title_edit, "双十二年终促销预告")
    enter(qtbot, editor.body_edit, "全场八折。")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None and box.isVisible() and editor.isVisible()
    assert box.text() == "Discard your changes?"  # in the box too: macOS shows no title
    note = box.findChild(QLabel, "qt_msgbox_informativelabel")
    # one line: wide enough for the whole sentence (it was cut mid-word in Chinese)
    assert note.width() >= note.fontMetrics().horizontalAdvance(note.text())
    click(qtbot, box.cancel_button)  # Keep editing
    assert editor.isVisible() and editor.title_edit.text() == "双十二年终促销预告"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    click(qtbot, editor.discard_box.confirm_button)
    assert not editor.isVisible()
    assert post_service.posts_in_range(_dt.datetime(2000, 1, 1), _dt.datetime(2100, 1, 1),
                                       post_service.PostFilter()) == []
    post = make_post(team.lina, "冬季安全生产提示")
    reader = open_editor(qtbot, team.zhangwei, post)
    assert not reader.editable
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert not reader.isVisible() and reader.discard_box is None


# -- move to ---------------------------------------------------------------------------------

def open_move(qtbot, post) -> MoveToDialog:
    return open_dialog(qtbot, MoveToDialog(post))


def test_the_arrow_keys_in_move_to_move_by_a_day_not_a_year(qtbot, team):
    """Ctrl+M, then Up: the next day at the same time (it moved the post a year ahead)."""
    post = make_post(team.lina, when=local_to_utc(ahead(10, 10, 30)))
    dialog = open_move(qtbot, post)
    assert dialog.focusWidget() is dialog.when_edit
    qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Up)
    assert dialog.when_edit.local() == ahead(11, 10, 30)


def test_move_to_emits_the_chosen_time_in_utc(qtbot, team, beijing_time):
    post = make_post(team.lina, when=local_to_utc(ahead(10, 10, 30)))
    dialog = open_move(qtbot, post)
    assert "双十一活动预告" in dialog.findChild(object, "postTitle").text()
    assert dialog.when_edit.local() == ahead(10, 10, 30)  # starts at the current time
    assert dialog.focusWidget() is dialog.when_edit
    target = ahead(14, 9, 0)
    type_time(qtbot, dialog.at_radio, dialog.when_edit, target)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.when_edit, Qt.Key.Key_Return)
    assert chosen.args == [_dt.datetime.combine(target.date(), _dt.time(1, 0))]  # UTC+8
    assert not dialog.isVisible()
    assert post_service.get_post(post.id).planned_at == post.planned_at  # it saves nothing


def test_move_to_steps_half_hours_and_allows_any_minute(qtbot, team):
    post = make_post(team.lina, when=local_to_utc(ahead(10, 10, 30)))
    dialog = open_move(qtbot, post)
    edit = dialog.when_edit
    edit.setCurrentSection(edit.Section.MinuteSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.local() == ahead(10, 11, 0)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.local() == ahead(10, 10, 0)
    type_time(qtbot, dialog.at_radio, edit, ahead(12, 16, 47))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        click(qtbot, dialog.ok_button)
    assert chosen.args == [local_to_utc(ahead(12, 16, 47))]


def test_a_year_beyond_those_mediadesk_plans_cannot_be_typed(qtbot, team):
    """Qt's field took any year up to 9999; a typo "2226" was saved (rule: days 2000-2099)."""
    post = make_post(team.lina, when=local_to_utc(ahead(10, 10, 30)))
    dialog = open_move(qtbot, post)
    edit = dialog.when_edit
    dialog.at_radio.setFocus()
    qtbot.keyClick(dialog.at_radio, Qt.Key.Key_Tab)
    qtbot.keyClicks(edit, "222612201000")
    assert edit.local().year <= 2099
    edit.setCurrentSection(edit.Section.YearSection)
    edit.set_local(_dt.datetime(2099, 12, 31, 10, 0))
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.local().year == 2099


def test_move_to_refuses_the_past_and_offers_unscheduled(qtbot, team):
    post = make_post(team.lina)
    dialog = open_move(qtbot, post)
    type_time(qtbot, dialog.at_radio, dialog.when_edit, ahead(-2, 9))
    with qtbot.assertNotEmitted(dialog.chosen):
        click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "has already passed" in dialog.message_text()

    click(qtbot, dialog.unscheduled_radio)
    assert not dialog.when_edit.isEnabled()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        click(qtbot, dialog.ok_button)
    assert chosen.args == [None]


def test_move_to_without_a_change_emits_nothing(qtbot, team):
    post = make_post(team.lina)
    dialog = open_move(qtbot, post)
    with qtbot.assertNotEmitted(dialog.chosen):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()


def test_times_convert_between_utc_and_local(beijing_time):
    stored = _dt.datetime(2026, 11, 24, 1, 30)
    assert utc_to_local(stored) == _dt.datetime(2026, 11, 24, 9, 30)
    assert local_to_utc(_dt.datetime(2026, 11, 24, 9, 30)) == stored
    assert utc_to_local(None) is None and local_to_utc(None) is None


# -- planning rules ----------------------------------------------------------------------------

def open_rules(qtbot, user) -> LimitsDialog:
    return open_dialog(qtbot, LimitsDialog(user))


def test_the_manager_sets_a_limit_and_cadence_rules(qtbot, team):
    wechat, website, weibo = (platform(PlatformKind.WECHAT_OA), platform(PlatformKind.WEBSITE),
                              platform(PlatformKind.WEIBO))
    dialog = open_rules(qtbot, team.manager)
    assert dialog.limit_rows[wechat.id].title.text() == "No limit"
    set_spin(qtbot, dialog.limit_rows[wechat.id].title, 64)
    set_spin(qtbot, dialog.limit_rows[wechat.id].body, 2000)

    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())  # the "Cadence" tab
    assert dialog.tabs.currentIndex() == 1
    row = dialog.rule_rows[website.id]
    assert row.count.value() == 3 and row.period.currentData() == "week"  # rule C1
    assert row.origin.text() == "Team default"
    set_spin(qtbot, row.count, 5)
    choose(qtbot, dialog.rule_rows[weibo.id].period, CadencePeriod.WEEK.value)
    set_spin(qtbot, dialog.rule_rows[weibo.id].count, 4)
    mini = platform(PlatformKind.MINI_PROGRAM)
    click(qtbot, dialog.rule_rows[mini.id].enabled)  # untick: no minimum any more
    assert not dialog.rule_rows[mini.id].count.isEnabled()

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    limits = cadence_rules.get_limits(wechat.id)
    assert (limits.title_max, limits.body_max) == (64, 2000)
    assert cadence_rules.get_limits(website.id).version == 0  # untouched rows stay unstored
    site = cadence_rules.get_rule(website.id)
    assert (site.period, site.min_posts, site.is_default) == (CadencePeriod.WEEK, 5, False)
    assert (cadence_rules.get_rule(weibo.id).period, cadence_rules.get_rule(weibo.id).min_posts) \
        == (CadencePeriod.WEEK, 4)
    assert not cadence_rules.get_rule(mini.id).enabled

    # The editor's counter follows the new limit.
    editor = open_editor(qtbot, team.lina, platform_id=wechat.id)
    assert editor.title_counter.text() == "0 / 64" and editor.body_counter.text() == "0 / 2000"


def test_a_colleagues_change_of_one_row_leaves_none_of_the_others_saved(qtbot, team):
    """Two managers at once: a conflict on the Zhihu row had kept the website's new limit,
    while the message said the changes were not saved."""
    website, zhihu = platform(PlatformKind.WEBSITE), platform(PlatformKind.ZHIHU)
    dialog = open_rules(qtbot, team.manager)
    set_spin(qtbot, dialog.limit_rows[website.id].title, 25)
    set_spin(qtbot, dialog.limit_rows[zhihu.id].title, 40)
    cadence_rules.set_limits(team.manager, zhihu.id, 0, title_max=30, body_max=None)  # the colleague
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert cadence_rules.get_limits(website.id).version == 0  # nothing of this save was kept
    assert cadence_rules.get_limits(zhihu.id).title_max == 30
    message = dialog.message.text()
    assert message.startswith("Zhihu: ") and "not saved" in message
    assert dialog.limit_rows[zhihu.id].title.value() == 30  # the colleague's value shown
    assert dialog.limit_rows[website.id].title.value() == 25  # what I typed stays
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)  # again: my website limit and the colleague's 30
    assert cadence_rules.get_limits(website.id).title_max == 25
    assert cadence_rules.get_limits(zhihu.id).title_max == 30


def test_a_column_deactivated_meanwhile_leaves_the_list_and_the_rest_is_saved(qtbot, team):
    """Its row blocked every Save with "The item no longer exists. Someone may have removed
    it", and the other changes could only be kept by undoing that row by hand."""
    from models import platforms

    website, mini = platform(PlatformKind.WEBSITE), platform(PlatformKind.MINI_PROGRAM)
    moments = create_column(team.manager, mini.id, "动态")
    dialog = open_rules(qtbot, team.manager)
    set_spin(qtbot, dialog.limit_rows[website.id].title, 25)
    dialog.tabs.setCurrentIndex(1)
    set_spin(qtbot, dialog.column_rule_rows[moments.id].count, 2)
    platforms.set_column_active(team.colleague, moments.id, moments.version, False)  # meanwhile
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert dialog.message.text().startswith("WeChat mini program · 动态 is no longer in use")
    assert moments.id not in dialog.column_rule_rows
    assert cadence_rules.get_limits(website.id).version == 0  # nothing saved yet
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert cadence_rules.get_limits(website.id).title_max == 25


def test_the_mini_programs_columns_have_rules_of_their_own(qtbot, team):
    """Rule C2: its moments (动态) and recruitment section (招聘) are updated every day, each
    with a post of its own: listed under the mini program, per day, changed or removed."""
    mini = platform(PlatformKind.MINI_PROGRAM)
    moments = create_column(team.manager, mini.id, "动态")
    recruitment = create_column(team.manager, mini.id, "招聘")
    dialog = open_rules(qtbot, team.manager)
    dialog.tabs.setCurrentIndex(1)
    assert set(dialog.column_rule_rows) == {moments.id, recruitment.id}
    assert dialog.findChild(QLabel, "columnRulesNote").isVisible()
    row = dialog.column_rule_rows[recruitment.id]
    assert row.enabled.text() == "招聘" and row.enabled.isChecked()
    assert (row.count.value(), row.origin.text()) == (1, "Team default")
    assert row.period.currentText() == "per day" and not row.period.isEnabled()
    set_spin(qtbot, row.count, 2)
    click(qtbot, dialog.column_rule_rows[moments.id].enabled)  # untick: no rule of its own
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    stored = cadence_rules.get_column_rule(recruitment.id)
    assert (stored.min_posts, stored.period, stored.is_default) == (2, CadencePeriod.DAY, False)
    assert not cadence_rules.get_column_rule(moments.id).enabled
    assert cadence_rules.get_rule(mini.id).is_default  # the platform's own rule untouched

    reader = open_rules(qtbot, team.lina)
    assert all(not r.enabled.isEnabled() and not r.count.isEnabled()
               for r in reader.column_rule_rows.values())
    assert reader.column_rule_rows[moments.id].origin.text() == "Removed"


def test_a_colleagues_change_of_a_columns_rule_is_shown(qtbot, team):
    mini = platform(PlatformKind.MINI_PROGRAM)
    recruitment = create_column(team.manager, mini.id, "招聘")
    dialog = open_rules(qtbot, team.manager)
    dialog.tabs.setCurrentIndex(1)
    cadence_rules.set_column_rule(team.colleague, recruitment.id, 0, 3)  # 刘洋, meanwhile
    set_spin(qtbot, dialog.column_rule_rows[recruitment.id].count, 2)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "刘洋" in dialog.message_text()
    assert dialog.column_rule_rows[recruitment.id].count.value() == 3
    assert cadence_rules.get_column_rule(recruitment.id).min_posts == 3


def test_a_colleagues_rule_change_is_shown_and_other_edits_stay(qtbot, team):
    website, wechat = platform(PlatformKind.WEBSITE), platform(PlatformKind.WECHAT_OA)
    dialog = open_rules(qtbot, team.manager)
    cadence_rules.set_limits(team.colleague, wechat.id, 0, 50, None)  # 刘洋, meanwhile
    set_spin(qtbot, dialog.limit_rows[website.id].title, 40)
    set_spin(qtbot, dialog.limit_rows[wechat.id].title, 30)
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert "刘洋" in dialog.message_text()
    assert dialog.limit_rows[wechat.id].title.value() == 50  # their value is shown
    assert cadence_rules.get_limits(wechat.id).title_max == 50  # and kept
    # Nothing of this save is kept: the rows are saved together or not at all (the row
    # before the conflict had been saved while the message said the changes were not).
    assert cadence_rules.get_limits(website.id).version == 0
    assert dialog.limit_rows[website.id].title.value() == 40  # what was typed stays
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert cadence_rules.get_limits(website.id).title_max == 40


def test_a_colleagues_change_beside_mine_in_one_row_keeps_mine(qtbot, team):
    """I type WeChat's title limit, 64; 刘洋 meanwhile sets only its body limit, 5000.  The
    conflict reset the whole row to his values: my 64 was lost.  Now the row shows his 5000
    and my 64, and Save again stores both."""
    wechat = platform(PlatformKind.WECHAT_OA)
    dialog = open_rules(qtbot, team.manager)
    set_spin(qtbot, dialog.limit_rows[wechat.id].title, 64)
    cadence_rules.set_limits(team.colleague, wechat.id, 0, title_max=None, body_max=5000)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "刘洋" in dialog.message_text()
    row = dialog.limit_rows[wechat.id]
    assert (row.title.value(), row.body.value()) == (64, 5000)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    limits = cadence_rules.get_limits(wechat.id)
    assert (limits.title_max, limits.body_max) == (64, 5000)


def test_cancel_asks_before_the_planning_rules_typed_are_thrown_away(qtbot, team):
    """Cancel and Escape closed the dialog at once, a typed limit and quota gone, where the
    review rules and the holidays ask."""
    wechat = platform(PlatformKind.WECHAT_OA)
    dialog = open_rules(qtbot, team.manager)
    set_spin(qtbot, dialog.limit_rows[wechat.id].title, 64)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    click(qtbot, dialog.discard_box.cancel_button)  # Keep editing
    assert dialog.isVisible() and dialog.limit_rows[wechat.id].title.value() == 64
    click(qtbot, dialog.cancel_button)
    click(qtbot, dialog.discard_box.confirm_button)
    assert not dialog.isVisible() and cadence_rules.get_limits(wechat.id).version == 0
    reader = open_rules(qtbot, team.lina)  # nothing to lose: closes at once
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert not reader.isVisible()


def test_planning_rules_are_read_only_for_others(qtbot, team):
    dialog = open_rules(qtbot, team.lina)
    assert dialog.save_button is None and dialog.cancel_button.text() == "Close"
    assert dialog.note.isVisible()
    assert all(not r.title.isEnabled() and not r.body.isEnabled()
               for r in dialog.limit_rows.values())
    assert all(not r.enabled.isEnabled() and not r.count.isEnabled()
               for r in dialog.rule_rows.values())
    assert not dialog.save()


def test_a_refusal_of_the_person_is_not_put_on_a_platform(qtbot, team):
    """The dialog opened for a manager who lost the role meanwhile: the service refuses, and
    the message is about her, not prefixed with the first changed platform's name."""
    website = platform(PlatformKind.WEBSITE)
    dialog = open_rules(qtbot, team.colleague)
    users.update_user(team.manager, team.colleague.id, team.colleague.version,
                      display_name="刘洋", department="", roles=[Role.CONTENT_SPECIALIST])
    set_spin(qtbot, dialog.limit_rows[website.id].title, 40)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.message_text() == "Only someone with the role “Operations manager” may do this."
    assert cadence_rules.get_limits(website.id).version == 0


# -- deleting ----------------------------------------------------------------------------------

def test_the_writer_deletes_her_draft_after_a_question_cancel_first(qtbot, team):
    post = make_post(team.lina, title="误建的草稿")
    editor = open_editor(qtbot, team.lina, post)
    button = editor.delete_button
    assert button.isVisible() and button.text() == "De&lete…"
    click(qtbot, button)
    box = editor.delete_box
    assert box.isVisible() and box.defaultButton() is box.cancel_button
    assert "误建的草稿" in box.text() and box.informativeText() == ""  # no history yet
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape: Cancel, nothing is deleted
    assert not box.isVisible() and editor.isVisible()
    assert post_service.get_post(post.id).title == "误建的草稿"

    with qtbot.waitActive(editor):  # a window manager gives the focus back to the editor
        editor.activateWindow()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.delete_box is not box)  # a mnemonic "animates" the click
    box = editor.delete_box
    assert box.isVisible()
    with qtbot.waitSignal(editor.deleted) as deleted:
        click(qtbot, box.confirm_button)
    assert deleted.args == [post.id, "误建的草稿"]
    assert not editor.isVisible()
    with pytest.raises(post_service.NotFound):
        post_service.get_post(post.id)


def test_the_question_says_the_review_history_goes_with_the_post(qtbot, team):
    from models import reviews

    post = make_post(team.lina, source="原创")
    post = reviews.submit(team.lina, post.id, post.version)
    reviews.add_comment(team.manager, post.id, "请补充数据来源")
    post = reviews.return_post(team.manager, post.id, post.version, "数据待核实")
    editor = open_editor(qtbot, team.lina, post)
    click(qtbot, editor.delete_button)
    text = editor.delete_box.informativeText()
    assert text == "Its review history, the decisions and comments, goes with it."
    copy = post_service.duplicate_post(team.lina, post.id, [platform(PlatformKind.WEIBO).id])[0]
    editor.done(0)
    editor = open_editor(qtbot, team.lina, post_service.get_post(copy.id))
    click(qtbot, editor.delete_button)
    assert editor.delete_box.informativeText() == \
        "Its linked versions on other platforms stay."


def test_who_is_offered_delete_in_the_editor(qtbot, team, reader):
    from models import reviews

    post = make_post(team.lina, source="原创")
    for user, offered in ((team.lina, True), (team.manager, True), (team.zhangwei, False),
                          (reader, False)):
        editor = open_editor(qtbot, user, post)
        assert editor.delete_button.isVisible() is offered, user.display_name
        editor.done(0)
    assert not open_editor(qtbot, team.lina, None).delete_button.isVisible()  # a new post
    in_review = reviews.submit(team.lina, post.id, post.version)
    assert not open_editor(qtbot, team.lina, in_review).delete_button.isVisible()
    assert open_editor(qtbot, team.manager, in_review).delete_button.isVisible()
    Post.update(status=PostStatus.PUBLISHED.value).where(Post.id == post.id).execute()
    published = post_service.get_post(post.id)
    for user in (team.lina, team.manager):
        assert not open_editor(qtbot, user, published).delete_button.isVisible()


def test_a_colleagues_change_stops_the_deletion_and_offers_their_version(qtbot, team):
    post = make_post(team.lina)
    editor = open_editor(qtbot, team.lina, post)
    post_service.update_post(team.colleague, post.id, post.version,
                             post.fields(title="刘洋改过的标题"))
    click(qtbot, editor.delete_button)
    click(qtbot, editor.delete_box.confirm_button)
    assert editor.isVisible()
    assert "刘洋" in editor.message() and "not deleted" in editor.message()
    assert editor.reload_button.isVisible()
    assert post_service.get_post(post.id).title == "刘洋改过的标题"


def test_a_refused_deletion_is_said_in_the_form(qtbot, team):
    """The editor offered Delete, but 李娜 lost her role meanwhile: the service refuses."""
    post = make_post(team.lina)
    editor = open_editor(qtbot, team.lina, post)
    users.update_user(team.manager, team.lina.id, team.lina.version, display_name="李娜",
                      department="", roles=[])
    click(qtbot, editor.delete_button)
    click(qtbot, editor.delete_box.confirm_button)
    assert editor.isVisible() and "not change it" in editor.message()
    assert post_service.get_post(post.id).title == post.title


def test_saving_a_post_a_colleague_deleted_keeps_the_text_and_offers_nothing_more(qtbot, team):
    post = make_post(team.lina, title="误建的草稿")
    editor = open_editor(qtbot, team.lina, post)
    enter(qtbot, editor.body_edit, "写了一半的正文")
    post_service.delete_post(team.manager, post.id, post.version)  # on another PC
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "“误建的草稿” has been deleted meanwhile" in editor.message_bar.text()
    assert editor.body_edit.toPlainText().endswith("写了一半的正文")  # nothing typed is lost
    assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
    assert editor.ask_delete() is None  # nothing to ask about
