"""The approval inbox (issue 4), driven with mouse and keyboard as the team would use it:
submit, review with the checklist, return with a reason, resubmit, approve, the general
manager's confirmation, marking as published, the badge, the difference since approval,
sensitive words, two reviewers at once, comments and mentions."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from models import posts, reviews, sensitive, users
from models.platforms import PlatformKind, list_platforms
from models.posts import Post, PostFields, PostStatus
from models.roles import Role
from models.timeutil import utcnow
from models.workflow import CHECKLIST, Move
from tests.conftest import contrast
from tests.ui.conftest import show_and_activate
from tests.views.conftest import MEMBER_PASSWORD, enter, row_with
from views.inbox import ALL, MINE, WAITING
from views.inbox_models import InboxModel, PagedInboxModel
from views.review_dialogs import PublishDialog, ReturnDialog

LEFT = Qt.MouseButton.LeftButton
EVERYTHING = [item.value for item in CHECKLIST]


# -- helpers -----------------------------------------------------------------------------------

def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, check):
    """Click a checkbox on its box, as a person aims at it."""
    assert check.isEnabled(), check.objectName()
    qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))


def tick_checklist(qtbot, pane):
    for check in pane.content.checks.values():
        if not check.isChecked():
            tick(qtbot, check)


def open_inbox(qtbot, user):
    from views.inbox import InboxScreen

    screen = InboxScreen(user)
    screen.resize(1300, 820)
    return show_and_activate(qtbot, screen)  # keyboard shortcuts need the active window


def activate(qtbot, screen):
    with qtbot.waitActive(screen):
        screen.activateWindow()


def titles(screen, kind=WAITING):
    """The titles a person reads in one of the lists (showing it)."""
    screen.show_list(kind)
    model = screen.models[kind]
    return [model.item(r).title for r in range(model.rowCount())]


def click_post(qtbot, screen, title, kind=WAITING):
    screen.show_list(kind)
    view = screen.views[kind]
    index = view.model().index(row_with(view, title, InboxModel.TITLE), InboxModel.TITLE)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert screen.pane.post is not None and screen.pane.post.title == title


def hours_ahead(n: float) -> dt.datetime:
    return (utcnow() + dt.timedelta(hours=n)).replace(second=0)


def wechat_id() -> int:
    return next(p.id for p in list_platforms() if p.kind == PlatformKind.WECHAT_OA)


def new_post(writer, title="行业资讯速递", body="本周行业要闻：新能源汽车销量增长。", **kw):
    values = dict(platform_id=wechat_id(), title=title, body=body, source="原创",
                  planned_at=hours_ahead(72))
    values.update(kw)
    return posts.create_post(writer, PostFields(**values))


def submitted(writer, **kw):
    p = new_post(writer, **kw)
    return reviews.submit(writer, p.id, p.version)


def approved(reviewer, p):
    return reviews.approve(reviewer, p.id, p.version, EVERYTHING, reviews.hits_for(p.id))


@pytest.fixture
def gm(team):
    """赵刚, the general manager (rule P2)."""
    return users.create_user(team.manager, "zhaogang", "赵刚", "总经办",
                             [Role.GENERAL_MANAGER], MEMBER_PASSWORD)


@pytest.fixture(autouse=True)
def few_sensitive_words(team):
    sensitive.set_words(team.manager, ["最佳", "第一", "100%"])


# -- the whole way of a post ---------------------------------------------------------------

def test_submit_review_return_resubmit_approve_and_publish(qtbot, team):
    draft = new_post(team.lina, title="新品发布会回顾")
    writer = open_inbox(qtbot, team.lina)
    assert titles(writer) == [] and "Nothing waits for you" in writer.summary.text()
    click_post(qtbot, writer, "新品发布会回顾", MINE)
    pane = writer.pane
    assert pane.content.stage_label.text() == "Draft"
    assert not pane.buttons[Move.APPROVE].isVisible()  # a specialist does not review
    click(qtbot, pane.buttons[Move.SUBMIT])
    assert posts.get_post(draft.id).status is PostStatus.IN_REVIEW
    assert "was submitted for review" in pane.problem()
    assert pane.content.stage_label.text() == "In review"

    reviewer = open_inbox(qtbot, team.manager)
    assert titles(reviewer) == ["新品发布会回顾"] and reviewer.count == 1
    click_post(qtbot, reviewer, "新品发布会回顾")
    rpane = reviewer.pane
    assert rpane.content.checklist_box.isVisible()
    # Approving is refused until every checklist item is ticked (rule P4).
    tick(qtbot, rpane.content.checks[CHECKLIST[0]])
    click(qtbot, rpane.buttons[Move.APPROVE])
    assert "Tick every item of the review checklist" in rpane.problem("checklist")
    assert rpane.content.checklist_error.isVisible()
    assert posts.get_post(draft.id).status is PostStatus.IN_REVIEW
    assert rpane.content.checks[CHECKLIST[0]].isChecked()  # what was ticked stays ticked

    # Return with a reason: the reason is required and kept while it is refused.
    dialog = rpane.make_move(Move.RETURN)
    assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
    click(qtbot, dialog.save_button)
    assert "Say why the post goes back" in dialog.error_text("reason")
    assert dialog.isVisible()
    enter(qtbot, dialog.reason_edit, "请注明数据来源")
    with qtbot.waitSignal(reviewer.count_changed) as counted:
        click(qtbot, dialog.save_button)
    assert counted.args == [0] and not dialog.isVisible()
    stored = posts.get_post(draft.id)
    assert stored.status is PostStatus.RETURNED
    assert reviews.history(draft.id)[-1].text == "请注明数据来源"
    assert titles(reviewer) == [] and "went back to 李娜" in rpane.problem()

    # The writer sees it come back with the reason, and submits it again.
    activate(qtbot, writer)
    assert writer.poll()
    assert titles(writer) == ["新品发布会回顾"] and writer.count == 1
    click_post(qtbot, writer, "新品发布会回顾")
    assert pane.content.return_note.isVisible() and "请注明数据来源" in pane.content.return_note.text()
    assert "Reason: 请注明数据来源" in pane.content.history_view.toPlainText()
    click(qtbot, pane.buttons[Move.SUBMIT])
    assert posts.get_post(draft.id).status is PostStatus.IN_REVIEW and titles(writer) == []

    # The reviewer ticks the whole checklist and approves with Ctrl+Enter.
    activate(qtbot, reviewer)
    assert reviewer.poll() and titles(reviewer) == ["新品发布会回顾"]
    click_post(qtbot, reviewer, "新品发布会回顾")
    tick_checklist(qtbot, rpane)
    qtbot.keySequence(reviewer.views[WAITING], QKeySequence("Ctrl+Return"))
    stored = posts.get_post(draft.id)
    assert stored.status is PostStatus.APPROVED
    assert reviews.history(draft.id)[-1].checklist == tuple(EVERYTHING)
    assert titles(reviewer) == [] and reviewer.count == 0
    assert "You approved “新品发布会回顾”." in rpane.problem()

    # The writer marks it as published: the link is checked, the text typed stays.
    activate(qtbot, writer)
    writer.poll()
    click_post(qtbot, writer, "新品发布会回顾", MINE)
    Post.update(planned_at=utcnow() - dt.timedelta(hours=1)).where(Post.id == draft.id).execute()
    dialog = pane.make_move(Move.PUBLISH)
    assert isinstance(dialog, PublishDialog)
    enter(qtbot, dialog.url_edit, "mp.weixin.qq.com/s/abc")
    click(qtbot, dialog.save_button)
    assert "starting with https://" in dialog.error_text("url")
    assert dialog.url_edit.text() == "mp.weixin.qq.com/s/abc"
    dialog.url_edit.selectAll()
    enter(qtbot, dialog.url_edit, "https://mp.weixin.qq.com/s/abc")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    stored = posts.get_post(draft.id)
    assert (stored.status, stored.published_url) == (PostStatus.PUBLISHED,
                                                     "https://mp.weixin.qq.com/s/abc")
    assert [e.action for e in reviews.history(draft.id)] == [
        "submit", "return", "submit", "approve", "publish"]


def test_a_refused_publication_time_is_shown_whole_above_the_buttons(qtbot, team, in_chinese):
    """Rule P1's refusal took two lines in Chinese; the second was hidden under the buttons."""
    p = approved(team.manager, submitted(team.lina))
    screen = open_inbox(qtbot, team.lina)
    click_post(qtbot, screen, "行业资讯速递", MINE)
    dialog = screen.pane.make_move(Move.PUBLISH)
    enter(qtbot, dialog.url_edit, "https://mp.weixin.qq.com/s/abc")
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(-1))  # before the approval
    click(qtbot, dialog.save_button)
    error = next(label for label in (dialog.general_error, *dialog._errors.values())
                 if label.isVisible() and label.text())
    assert "P1" in error.text()
    qtbot.wait(1)
    shown = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert error.height() >= error.heightForWidth(error.width())  # every line of it
    assert shown <= dialog.button_box.mapTo(dialog, dialog.button_box.rect().topLeft()).y()
    assert posts.get_post(p.id).status is PostStatus.APPROVED
    dialog.reject()


def test_the_writer_withdraws_a_post_still_in_review(qtbot, team):
    p = submitted(team.lina, title="撤回测试")
    screen = open_inbox(qtbot, team.lina)
    click_post(qtbot, screen, "撤回测试", MINE)
    assert not screen.pane.buttons[Move.SUBMIT].isEnabled()
    click(qtbot, screen.pane.buttons[Move.WITHDRAW])
    assert posts.get_post(p.id).status is PostStatus.DRAFT
    assert screen.pane.buttons[Move.SUBMIT].isEnabled()
    assert screen.models[MINE].item(0).stage.label == "Draft"


def test_the_general_manager_confirms_a_project_post_rule_p2(qtbot, team, gm):
    p = approved(team.manager, submitted(team.lina, title="公司签约仪式", concerns_project=True))
    screen = open_inbox(qtbot, gm)
    assert titles(screen) == ["公司签约仪式"] and screen.count == 1
    assert screen.models[WAITING].item(0).reasons == (reviews.Reason.CONFIRM,)
    click_post(qtbot, screen, "公司签约仪式")
    pane = screen.pane
    assert pane.content.stage_label.text() == "Awaiting the general manager"
    assert not pane.buttons[Move.APPROVE].isEnabled()  # the approval is the manager's
    assert pane.buttons[Move.CONFIRM].isEnabled() and pane.buttons[Move.RETURN].isEnabled()
    assert not pane.content.checklist_box.isVisible()
    assert "Yes" in pane.content.fact_labels["project"].text()
    assert "王芳" in pane.content.fact_labels["reviewer"].text()
    with qtbot.waitSignal(screen.count_changed) as counted:
        qtbot.keySequence(screen.views[WAITING], QKeySequence("Ctrl+Shift+Return"))
    assert counted.args == [0]
    assert posts.get_post(p.id).status is PostStatus.CONFIRMED
    assert titles(screen) == [] and "You confirmed" in pane.problem()
    assert reviews.history(p.id)[-1].actor_name == "赵刚"


def test_ctrl_enter_confirms_when_there_is_nothing_to_approve(qtbot, team, gm):
    p = approved(team.manager, submitted(team.lina, title="项目进展", concerns_project=True))
    screen = open_inbox(qtbot, gm)
    click_post(qtbot, screen, "项目进展")
    qtbot.keySequence(screen.views[WAITING], QKeySequence("Ctrl+Return"))
    assert posts.get_post(p.id).status is PostStatus.CONFIRMED


def test_ctrl_enter_in_the_comment_box_sends_the_comment_and_approves_nothing(qtbot, team):
    """The checklist ticked, the reviewer writes a comment and presses Ctrl+Enter, as in a
    chat program: the comment is sent and the post stays in review (Ctrl+Enter anywhere
    else in the pane approved it, rule P1: approval is a deliberate act)."""
    p = submitted(team.lina, title="秋季新品发布会回顾")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "秋季新品发布会回顾")
    pane = screen.pane
    tick_checklist(qtbot, pane)
    edit = pane.content.comment_edit
    edit.setFocus()
    enter(qtbot, edit, "请补充现场照片的来源")
    qtbot.keySequence(edit, QKeySequence("Ctrl+Return"))
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    last = reviews.history(p.id)[-1]
    assert (last.kind, last.text) == ("comment", "请补充现场照片的来源")
    assert edit.toPlainText() == ""
    # From the list, Ctrl+Enter still approves.
    qtbot.keySequence(screen.views[WAITING], QKeySequence("Ctrl+Return"))
    assert posts.get_post(p.id).status is PostStatus.APPROVED


def test_refused_moves_are_disabled_and_the_service_still_decides(qtbot, team, message_boxes):
    own = submitted(team.manager, title="经理自己的稿件")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "经理自己的稿件", MINE)
    pane = screen.pane
    assert not pane.buttons[Move.APPROVE].isEnabled()  # nobody approves their own post (P1)
    assert not pane.content.checklist_box.isVisible()
    # Even if the button were pressed, the service refuses and the screen says why.
    pane.moves.add(Move.APPROVE)
    with message_boxes:
        assert pane.make_move(Move.APPROVE) is None
    assert any("Nobody reviews their own post" in t for t in message_boxes.texts)
    assert posts.get_post(own.id).status is PostStatus.IN_REVIEW


def names_in_chinese() -> None:
    """The platforms named as a team that set itself up in Chinese names them."""
    from models.platforms import Platform

    for platform in Platform.select():
        Platform.update(name=PlatformKind(platform.kind).label).where(
            Platform.id == platform.id).execute()


def test_in_chinese_a_status_has_one_name_and_the_tabs_read_cleanly(qtbot, team,
                                                                    in_chinese):
    """The calendar's status filter and the lists name a status alike (the filter said
    已通过, the lists 已审核通过); the "waiting" tab keeps its access key next to its name and
    its list is named without the key (it was "待我处理(I)")."""
    from models.workflow import Stage

    status = {s.value: s.label for s in PostStatus}
    stages = {s: s.label for s in Stage}
    assert status["approved"] == stages[Stage.APPROVED] == "已审核通过"
    assert status["returned"] == stages[Stage.RETURNED] == "已退回撰稿人"
    assert status["confirmed"] == stages[Stage.CONFIRMED]
    submitted(team.lina, title="中文标签")
    screen = open_inbox(qtbot, team.manager)
    assert screen.tabs.tabText(0) == "待我处理(&I)（1）"
    assert screen.views[WAITING].accessibleName() == "待我处理"


def test_the_lists_show_every_stage_and_platform_name_in_full(qtbot, team, in_chinese):
    """In Chinese the longest stage ("待总经理确认") and the team's longest platform name
    ("微信公众号") read in full in every list, the "All posts" list built later included;
    the title has the room that is left."""
    from models.workflow import Stage

    submitted(team.lina, title="行业资讯速递")
    names_in_chinese()
    screen = open_inbox(qtbot, team.manager)
    assert Stage.AWAITING_CONFIRMATION.label == "待总经理确认"
    names = [p.name for p in list_platforms()]
    assert "微信公众号" in names
    shown = 0
    for kind in (WAITING, MINE, ALL):
        screen.show_list(kind)
        view = screen.views[kind]
        qtbot.waitUntil(lambda: view.viewport().width() > 400)  # laid out in its page
        header, fm = view.horizontalHeader(), view.fontMetrics()
        for section, texts in ((InboxModel.STAGE, [s.label for s in Stage]),
                               (InboxModel.PLATFORM, names)):
            if view.isColumnHidden(section):  # "Waiting for me" says what to do instead
                continue
            shown += 1
            widest = max(fm.horizontalAdvance(t) for t in texts)
            assert widest < header.sectionSize(section), (kind, section, widest)
            assert header.sectionSize(InboxModel.TITLE) > header.sectionSize(section)
    assert shown == 5  # the stage in two lists, the platform in three


def test_all_posts_in_a_narrower_window_keeps_the_stage_whole(qtbot, team, in_chinese):
    """The inbox beside the navigation bar of a window of 1280 px or less: "All posts"
    has less room than its columns want.  "To do" (empty on most of its rows, in full in
    its tooltip) and the platform give way first; the stage read "已…", which no longer
    tells 已审核通过 from 已退回撰稿人 or 已发布."""
    from models.inbox import Reason
    from models.workflow import Stage

    submitted(team.lina, title="行业资讯速递")
    names_in_chinese()
    screen = open_inbox(qtbot, team.manager)
    screen.show_list(ALL)
    view = screen.views[ALL]
    qtbot.waitUntil(lambda: view.viewport().width() > 500)  # laid out in its page
    header, fm = view.horizontalHeader(), view.fontMetrics()
    widest_stage = max(fm.horizontalAdvance(s.label) for s in Stage)
    for width in (1040, 1000, 960):
        before = view.viewport().width()
        screen.resize(width, 700)
        # Laid out at its new width, its columns fitted to it (no sideways scrolling).
        qtbot.waitUntil(lambda: view.viewport().width() < before
                        and header.length() <= view.viewport().width() + 1)
        assert header.sectionSize(InboxModel.STAGE) > widest_stage, width
        assert header.sectionSize(InboxModel.TITLE) >= fm.horizontalAdvance("M") * 8
        # The manager's things to do in a word ("审核", "确认") still read.
        assert header.sectionSize(InboxModel.TODO) >= max(
            fm.horizontalAdvance(r.short_label) for r in (Reason.REVIEW, Reason.CONFIRM))
        assert header.sectionSize(InboxModel.PLATFORM) >= fm.horizontalAdvance("小红书")


def test_a_stage_cut_short_by_a_narrow_list_is_in_its_tooltip(qtbot, team):
    """In English the stages are long ("Awaiting the general manager"): beside a 1230-px
    window's navigation bar, All posts cut them to "Appr…" and "Awai…", and nothing
    said which they were."""
    submitted(team.lina, title="Industry news")
    screen = open_inbox(qtbot, team.manager)
    screen.show_list(ALL)
    view = screen.views[ALL]
    screen.resize(960, 700)
    qtbot.waitUntil(lambda: view.viewport().width() > 300)
    model = view.model()
    cell = model.index(0, InboxModel.STAGE)
    assert cell.data() == "In review"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "In review"


def test_the_to_do_column_says_in_full_what_to_do_and_its_tooltip_why(qtbot, team, in_chinese):
    """The column held "到期：发布并标记为已发布" and "已退回：修改后重新提交", cut to "到期：…" and
    "已退回：…", the thing to do lost: it says it in a word or two, the tooltip in full."""
    from models.inbox import Reason

    due = approved(team.manager, submitted(team.lina, title="今天发"))
    Post.update(planned_at=hours_ahead(2)).where(Post.id == due.id).execute()
    back = submitted(team.lina, title="请改")
    reviews.return_post(team.manager, back.id, back.version, "来源请写全称")
    screen = open_inbox(qtbot, team.lina)
    view = screen.views[WAITING]
    qtbot.waitUntil(lambda: view.viewport().width() > 400)
    model, header, fm = view.model(), view.horizontalHeader(), view.fontMetrics()
    seen = {}
    for row in range(model.rowCount()):
        cell = model.index(row, InboxModel.TODO)
        seen[model.item(row).title] = (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole))
        assert fm.horizontalAdvance(cell.data()) + 12 <= header.sectionSize(InboxModel.TODO)
    assert seen == {"今天发": ("发布", Reason.PUBLISH.label),
                    "请改": ("重新提交", Reason.RETURNED.label)}
    assert Reason.PUBLISH.label == "到期：发布并标记为已发布"


def test_a_narrow_list_keeps_room_for_the_title_and_a_width_a_person_chose(qtbot, team):
    """In English (long stage names) on a narrow list the stage, platform and "to do"
    columns give way, eliding, so that the title keeps eight ems without sideways
    scrolling; once a person resizes a column, their widths stay as the window changes."""
    submitted(team.lina, title="行业资讯速递")
    screen = open_inbox(qtbot, team.manager)
    screen.show_list(ALL)
    view = screen.views[ALL]
    header = view.horizontalHeader()
    assert not view.user_sized
    em = view.fontMetrics().horizontalAdvance("M")
    for width in (1300, 1000, 900):
        screen.resize(width, 820)
        room = width // 2 - 100  # the list's share of the screen, roughly
        qtbot.waitUntil(lambda: view.viewport().width() > room)
        title = header.sectionSize(InboxModel.TITLE)
        assert title >= em * 8, (width, title)
        assert header.length() <= view.viewport().width() + 1  # no sideways scrolling
        if width >= 1000:
            assert header.sectionSize(InboxModel.STAGE) >= view.fontMetrics(
            ).horizontalAdvance("Stage")  # its heading still reads
    header.resizeSection(InboxModel.STAGE, 250)  # as a drag on the heading's edge does
    screen.resize(1300, 820)
    qtbot.waitUntil(lambda: view.viewport().width() > 500)
    assert view.user_sized and header.sectionSize(InboxModel.STAGE) == 250


# -- what the reviewer sees ----------------------------------------------------------------

def test_sensitive_words_are_highlighted_and_each_hit_is_confirmed(qtbot, team):
    p = submitted(team.lina, title="行业最佳实践", body="第一手资料，100%真实。")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "行业最佳实践")
    pane = screen.pane
    html = pane.content.preview.toHtml()
    assert "最佳</span>" in html and "background-color:#ffe08a" in html.lower()
    assert pane.content.preview.toPlainText().startswith("行业最佳1实践")  # numbered, not colour alone
    assert pane.content.hits_box.isVisible()
    checks = [c for c, _h in pane.content.hit_checks]
    # Each hit: its box, and beside it the words around it.
    assert [(c.text(), t.text()) for c, t in zip(checks, pane.content.hit_contexts)] == [
        ("1. “最佳” in the title:", "行业最佳实践"),
        ("2. “第一” in the text:", "第一手资料，100%真实…"),
        ("3. “100%” in the text:", "第一手资料，100%真实。")]
    tick_checklist(qtbot, pane)
    tick(qtbot, checks[0])
    # A click on the words ticks the box beside them, as a click on its own text does.
    qtbot.mouseClick(pane.content.hit_contexts[1], LEFT)
    assert checks[1].isChecked()
    click(qtbot, pane.buttons[Move.APPROVE])
    assert pane.problem("hits").endswith(": 100%.") and pane.content.hits_error.isVisible()
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    assert all(c.isChecked() for c in pane.content.checks.values())  # the ticks stay
    tick(qtbot, checks[2])
    click(qtbot, pane.buttons[Move.APPROVE])
    assert posts.get_post(p.id).status is PostStatus.APPROVED
    assert len(reviews.history(p.id)[-1].hits) == 3


def test_in_chinese_lists_of_words_are_joined_with_the_chinese_comma(qtbot, team, in_chinese):
    """"发现敏感词：最佳, 第一。": an English comma inside Chinese reads as a typing mistake."""
    p = submitted(team.lina, title="行业最佳实践", body="第一手资料，100%真实。")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "行业最佳实践")
    pane = screen.pane
    tick_checklist(qtbot, pane)
    click(qtbot, pane.buttons[Move.APPROVE])
    assert pane.problem("hits").endswith("：最佳、第一、100%。")
    assert "发现敏感词：最佳、第一、100%。" in pane.content.history_view.toPlainText()
    with pytest.raises(Exception) as err:  # two platforms that are in use no more
        others = [q for q in list_platforms() if q.id != p.platform_id][:2]
        from models import platforms as platform_service
        for q in others:
            platform_service.update_platform(team.manager, q.id, q.version, name=q.name,
                                             kind=q.kind, colour=q.colour, active=False)
        posts.duplicate_post(team.manager, p.id, [q.id for q in others])
    assert "、".join(q.name for q in others) in str(err.value)


def test_a_word_added_on_another_pc_while_reviewing_gets_its_box_and_the_ticks_stay(
        qtbot, team):
    """Approve kept failing over a word the pane had no box for: the list had changed on
    another PC after the post was shown (rule P4)."""
    p = submitted(team.lina, title="年终大促", body="本店最佳，年终大促全场五折。")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "年终大促")
    pane = screen.pane
    tick_checklist(qtbot, pane)
    for check, _hit in pane.content.hit_checks:
        tick(qtbot, check)
    sensitive.set_words(team.colleague, ["最佳", "第一", "大促"])  # the other manager
    click(qtbot, pane.buttons[Move.APPROVE])
    assert posts.get_post(p.id).status is PostStatus.IN_REVIEW
    assert pane.problem("hits").endswith(": 大促.")
    words = [(c.text(), c.isChecked()) for c, _h in pane.content.hit_checks]
    assert words == [("1. “大促” in the title:", False), ("2. “最佳” in the text:", True),
                     ("3. “大促” in the text:", False)]
    assert all(c.isChecked() for c in pane.content.checks.values())  # the checklist too
    for check, _hit in pane.content.hit_checks:
        if not check.isChecked():
            tick(qtbot, check)
    click(qtbot, pane.buttons[Move.APPROVE])
    assert posts.get_post(p.id).status is PostStatus.APPROVED


def test_an_approved_post_shows_which_words_the_reviewer_confirmed(qtbot, team, gm):
    """The general manager saw the approved post's words as empty boxes, and a word added to
    the list after the approval looked the same as the confirmed ones (rule P4)."""
    p = submitted(team.lina, title="年终大促", body="本店最佳，国家级品质。", concerns_project=True)
    p = posts.get_post(p.id)
    reviews.approve(team.manager, p.id, p.version, [c.value for c in CHECKLIST],
                    reviews.hits_for(p.id))
    sensitive.set_words(team.manager, ["最佳", "第一", "100%", "国家级"])
    screen = open_inbox(qtbot, gm)
    click_post(qtbot, screen, "年终大促")
    content = screen.pane.content
    shown = [(c.text(), c.isChecked(), c.isEnabled()) for c, _h in content.hit_checks]
    assert shown == [("1. “最佳” in the text:", True, False),
                     ("2. “国家级” in the text (added to the list after the approval):", False,
                      False)]
    assert "confirmed the ticked words" in content.hits_note.text()


def test_long_sensitive_word_contexts_wrap_inside_a_narrow_pane(qtbot, team):
    """Rule P4's hit list on a small screen: the words around each hit wrap, so the pane
    is never wider than its scroll area (a long line used to cut off the preview and the
    hits on the right, with no way to scroll to them)."""
    body = ("双十二年终大促即将开始！全场正品100%保障，部分爆款低至五折，这是行业第一次的"
            "入手时机。活动详情请关注公众号推送，名额有限，先到先得，最佳价格等你来拿。")
    submitted(team.lina, title="年终大促抢先看：全网最佳价格，销量第一！", body=body)
    screen = open_inbox(qtbot, team.manager)
    screen.resize(1000, 700)
    click_post(qtbot, screen, "年终大促抢先看：全网最佳价格，销量第一！")
    screen.splitter.setSizes([640, 360])  # the list dragged wide, the pane narrow
    pane = screen.pane
    qtbot.waitUntil(lambda: pane.content.hits_box.isVisible())
    viewport = pane.scroll.viewport()
    assert len(pane.content.hit_checks) >= 2
    qtbot.waitUntil(lambda: all(c.isVisible() for c, _h in pane.content.hit_checks))
    assert pane.content.minimumSizeHint().width() <= viewport.width()
    qtbot.waitUntil(lambda: pane.content.width() <= viewport.width())
    for context in pane.content.hit_contexts:  # every hit's words are there, whole
        assert context.isVisible() and context.text().strip("…") in body + screen.pane.post.title
        assert context.geometry().right() <= pane.content.width()
    assert pane.content.preview.width() <= viewport.width()
    # ... and the hits do not hold the pane wide: their check boxes set its least width, not
    # the words around them (the checklist wraps too, since it held a 150 % laptop's pane).
    widest = max(c.minimumSizeHint().width() for c, _h in pane.content.hit_checks)
    em = pane.fontMetrics().horizontalAdvance("M")
    assert pane.content.hits_box.minimumSizeHint().width() <= widest + em * 8


def test_the_writer_sees_the_hits_but_only_the_reviewer_confirms_them(qtbot, team):
    submitted(team.lina, title="全网第一")
    screen = open_inbox(qtbot, team.lina)
    click_post(qtbot, screen, "全网第一", MINE)
    checks = [c for c, _h in screen.pane.content.hit_checks]
    assert len(checks) == 1 and not checks[0].isEnabled()
    qtbot.mouseClick(screen.pane.content.hit_contexts[0], LEFT)
    assert not checks[0].isChecked()  # nor by a click on its words
    assert "The reviewer confirms" in screen.pane.content.hits_note.text()


def test_the_difference_since_approval_shows_an_edit_in_chinese(qtbot, team):
    p = approved(team.manager, submitted(team.lina, title="行业资讯速递",
                                         body="本周行业要闻：新能源汽车销量增长。"))
    writer = open_inbox(qtbot, team.lina)
    click_post(qtbot, writer, "行业资讯速递", MINE)
    editor = writer.pane.edit_post()
    assert editor.isVisible()
    cursor = editor.body_edit.textCursor()
    text = editor.body_edit.toPlainText()
    start = text.index("销量")
    cursor.setPosition(start)
    cursor.setPosition(start + 2, cursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    enter(qtbot, editor.body_edit, "出口")  # typing over the selection replaces it
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    stored = posts.get_post(p.id)
    assert stored.body == "本周行业要闻：新能源汽车出口增长。"
    assert stored.status is PostStatus.IN_REVIEW  # edited after approval: back to review
    assert "went back to review" in writer.pane.problem()

    reviewer = open_inbox(qtbot, team.manager)
    click_post(qtbot, reviewer, "行业资讯速递")
    pane = reviewer.pane
    assert pane.content.changes_box.isVisible()
    assert "Version 2 was approved by 王芳" in pane.content.changes_caption.text()
    html = pane.content.changes_view.toHtml()
    assert "line-through" in html and "underline" in html
    deleted = html.split("line-through")[1].split("</span>")[0]
    inserted = html.split("underline")[1].split("</span>")[0]
    assert deleted.endswith("销量") and inserted.endswith("出口")
    assert "Title: unchanged" in pane.content.changes_view.toPlainText()
    assert "Edited after approval" in pane.content.history_view.toPlainText()
    # The approval no longer holds: the reviewer line does not read as if it did.
    assert pane.content.fact_labels["reviewer"].text() == \
        "not approved yet (王芳 approved version 2, before it was changed)"


def test_the_reviewer_sees_the_approved_and_the_new_platform_and_project_flag(
        qtbot, team, in_chinese):
    p = approved(team.manager, submitted(team.lina, title="行业资讯速递"))
    weibo = next(q for q in list_platforms() if q.kind == PlatformKind.WEIBO)
    posts.update_post(team.lina, p.id, p.version, p.fields(platform_id=weibo.id,
                                                           concerns_project=True))
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "行业资讯速递")
    content = screen.pane.content
    assert content.changes_box.isVisible()
    wechat = next(q.name for q in list_platforms() if q.id == p.platform_id)
    shown = content.changes_view.toPlainText()
    assert "标题：未改动" in shown  # a Chinese colon ("标题: 未改动" before)
    assert f"平台：{wechat} → {weibo.name}" in shown
    assert "公司项目：否 → 是" in shown
    html = content.changes_view.toHtml()
    assert "line-through" in html.split(wechat)[0].rsplit("<span", 1)[1]  # struck through


def test_the_manager_gives_a_post_in_review_to_another_writer_and_it_is_a_draft_again(
        qtbot, team):
    """Rules P1, P5: a post taken out of one writer's name waits for its new writer."""
    p = submitted(team.lina, title="行业资讯速递")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "行业资讯速递")
    editor = screen.pane.edit_post()
    combo = editor.writer_combo
    combo.setCurrentIndex(combo.findData(team.zhangwei.id))
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    stored = posts.get_post(p.id)
    assert (stored.writer_id, stored.status) == (team.zhangwei.id, PostStatus.DRAFT)
    assert screen.pane.problem() == ("“行业资讯速递” was saved and given to 张伟: it is a draft "
                                     "again until they submit it.")


def test_html_in_a_post_is_shown_as_text(qtbot, team):
    p = approved(team.manager, submitted(team.lina, title="<b>粗体</b>", body="a < b & c"))
    posts.update_post(team.lina, p.id, p.version, p.fields(body="a < b & <i>c</i>"))
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "<b>粗体</b>")
    assert screen.pane.content.preview.toPlainText().startswith("<b>粗体</b>")
    assert "<i>c</i>" in screen.pane.content.changes_view.toPlainText()


def test_urgent_posts_come_first_and_are_marked_in_words_icon_and_colour(qtbot, team):
    later = submitted(team.lina, title="下周的稿件")
    soon = submitted(team.lina, title="今晚的稿件")
    Post.update(planned_at=hours_ahead(5)).where(Post.id == soon.id).execute()
    late = submitted(team.lina, title="已经过时的稿件")
    Post.update(planned_at=hours_ahead(-2)).where(Post.id == late.id).execute()
    screen = open_inbox(qtbot, team.manager)
    assert titles(screen) == ["已经过时的稿件", "今晚的稿件", "下周的稿件"]
    model = screen.models[WAITING]
    urgency = [model.index(r, InboxModel.URGENCY) for r in range(3)]
    assert [i.data() for i in urgency] == ["Overdue", "Urgent", ""]
    assert urgency[0].data(Qt.ItemDataRole.DecorationRole) is not None
    assert urgency[2].data(Qt.ItemDataRole.DecorationRole) is None
    assert urgency[1].data(Qt.ItemDataRole.ForegroundRole).name() == "#c5221f"
    assert "not yet approved" in urgency[1].data(Qt.ItemDataRole.ToolTipRole)
    assert "1 of them urgent" not in screen.summary.text()
    assert "2 of them urgent" in screen.summary.text()
    click_post(qtbot, screen, "今晚的稿件")
    assert screen.pane.content.urgent_label.isVisible()
    text = screen.pane.content.urgent_label.text()
    assert text.startswith("Urgent: planned for ") and "Today" not in text
    assert later.id != soon.id


def test_urgent_lines_are_readable_in_a_light_and_in_a_dark_theme(qtbot, team, theme):
    soon = submitted(team.lina, title="今晚的稿件")
    Post.update(planned_at=hours_ahead(5)).where(Post.id == soon.id).execute()
    screen = open_inbox(qtbot, team.manager)
    red = screen.models[WAITING].index(0, InboxModel.PLANNED).data(
        Qt.ItemDataRole.ForegroundRole)
    palette = screen.views[WAITING].palette()
    for rows in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        assert contrast(red, palette.color(rows)) >= 4.5, (theme, red.name())


@pytest.mark.parametrize("chinese", [False, True], ids=["en", "zh_CN"])
def test_the_lists_look_exactly_as_qt_draws_what_the_model_says(qtbot, team, request,
                                                                  chinese):
    """The inbox's own delegate (one call into Python per cell instead of one per role)
    paints the same pixels as Qt's standard delegate drawing from ``data()``: the words,
    the urgency icon, bold and colour, the selected row, the focus, titles cut off with
    "…"."""
    from PySide6.QtWidgets import QStyledItemDelegate

    if chinese:
        request.getfixturevalue("in_chinese")
        names_in_chinese()
    submitted(team.lina, title="下周的稿件")
    soon = submitted(team.lina, title="今晚的稿件")
    Post.update(planned_at=hours_ahead(5)).where(Post.id == soon.id).execute()
    late = submitted(team.lina, title="已经过时的稿件，" + "标题很长" * 30)
    Post.update(planned_at=hours_ahead(-2)).where(Post.id == late.id).execute()
    screen = open_inbox(qtbot, team.manager)
    view = screen.views[WAITING]
    qtbot.waitUntil(lambda: view.viewport().width() > 400)
    click_post(qtbot, screen, "今晚的稿件")
    header = view.horizontalHeader()
    model = screen.models[WAITING]
    long_title = model.index(0, InboxModel.TITLE)
    assert view.fontMetrics().horizontalAdvance(long_title.data()) > header.sectionSize(
        InboxModel.TITLE)  # it is cut off
    def same_as_standard(shown):
        ours = shown.viewport().grab().toImage()
        shown.setItemDelegate(QStyledItemDelegate(shown))
        standard = shown.viewport().grab().toImage()
        assert ours.size() == standard.size()
        if ours != standard:
            differ = sum(ours.pixel(x, y) != standard.pixel(x, y)
                         for y in range(ours.height()) for x in range(ours.width()))
            pytest.fail(f"{shown.objectName()}: {differ} pixels differ")

    assert view.hasFocus() and view.currentIndex().row() == 1
    same_as_standard(view)
    screen.show_list(ALL)  # with the stage column
    everything = screen.views[ALL]
    qtbot.waitUntil(lambda: everything.viewport().width() > 400)
    same_as_standard(everything)


def test_an_urgent_project_post_says_it_waits_for_the_general_managers_confirmation(
        qtbot, team, gm):
    """Approved by the manager (P1) but not yet confirmed (P2): urgent, and said so."""
    p = approved(team.manager, submitted(team.lina, title="项目签约发布", concerns_project=True))
    Post.update(planned_at=hours_ahead(3)).where(Post.id == p.id).execute()
    screen = open_inbox(qtbot, gm)
    urgency = screen.models[WAITING].index(0, InboxModel.URGENCY)
    assert urgency.data() == "Urgent"
    assert "not yet confirmed by the general manager" in urgency.data(Qt.ItemDataRole.ToolTipRole)
    click_post(qtbot, screen, "项目签约发布")
    text = screen.pane.content.urgent_label.text()
    assert text.startswith("Urgent: planned for") and "confirmed by the general manager" in text
    assert "not yet approved" not in text
    # A warning that wraps does not stretch the stage chip beside it into a tall block.
    content = screen.pane.content
    screen.resize(900, screen.height())
    lines = content.urgent_label.fontMetrics().height()
    qtbot.waitUntil(lambda: content.urgent_label.height() > 2 * lines)  # it wrapped
    assert content.stage_label.height() == content.stage_label.sizeHint().height()
    assert abs(content.stage_label.y() - content.urgent_label.y()) <= 2


# -- two people at once --------------------------------------------------------------------

def test_a_conflict_between_two_reviewers_is_explained_and_nothing_typed_is_lost(qtbot, team):
    p = submitted(team.lina, title="两位经理同时审核")
    first = open_inbox(qtbot, team.manager)
    second = open_inbox(qtbot, team.colleague)
    click_post(qtbot, second, "两位经理同时审核")
    pane = second.pane
    tick_checklist(qtbot, pane)
    enter(qtbot, pane.content.comment_edit, "I had a question")

    activate(qtbot, first)
    click_post(qtbot, first, "两位经理同时审核")
    tick_checklist(qtbot, first.pane)
    click(qtbot, first.pane.buttons[Move.APPROVE])
    assert posts.get_post(p.id).status is PostStatus.APPROVED

    activate(qtbot, second)
    click(qtbot, pane.buttons[Move.APPROVE])
    message = pane.problem()
    assert message.startswith("王芳 changed this post at ")
    assert "it is now: Approved. Your decision was not recorded." in message
    assert pane.content.stage_label.text() == "Approved"  # the pane shows the post as it is now
    assert not pane.buttons[Move.APPROVE].isEnabled()
    assert pane.content.comment_edit.toPlainText() == "I had a question"
    assert [e.action for e in reviews.history(p.id)] == ["submit", "approve"]


def test_a_conflict_on_return_keeps_the_reason(qtbot, team):
    p = submitted(team.lina, title="退回冲突")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "退回冲突")
    dialog = screen.pane.make_move(Move.RETURN)
    enter(qtbot, dialog.reason_edit, "标题太长")
    approved(team.manager, p)  # meanwhile, the other manager approves it
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.reason_edit.toPlainText() == "标题太长"
    assert "王芳 changed this post" in dialog.error_text()
    assert screen.pane.content.stage_label.text() == "Approved"
    assert posts.get_post(p.id).status is PostStatus.APPROVED
    dialog.reject()


@pytest.mark.parametrize("meanwhile", ["writer edits", "colleague approves"])
def test_a_return_typed_for_one_version_is_not_saved_on_a_newer_one(qtbot, team, meanwhile):
    """The Return form was open while the pane's regular refresh showed a newer version
    behind it: the writer's edit went back with a reason written for the old text, or a
    colleague's approval was taken back, and nobody was told (rule P1: the reviewer
    decides on what they read)."""
    p = submitted(team.lina, title="退回之前", concerns_project=True)
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "退回之前")
    dialog = screen.pane.make_move(Move.RETURN)
    dialog.reason_edit.setPlainText("请注明数据来源")
    if meanwhile == "writer edits":
        fresh = posts.get_post(p.id)
        posts.update_post(team.lina, p.id, fresh.version, fresh.fields(body="改过的正文"))
        who = "李娜"
    else:
        approved(team.colleague, p)
        who = "刘洋"
    assert screen.poll()  # the pane behind the form shows the newer version
    before = posts.get_post(p.id)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.reason_edit.toPlainText() == "请注明数据来源"
    assert f"{who} changed this post" in dialog.error_text()
    assert "save again to go ahead" in dialog.error_text()
    assert posts.get_post(p.id) == before  # nothing decided
    click(qtbot, dialog.save_button)  # knowingly, on the version now shown
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert posts.get_post(p.id).status is PostStatus.RETURNED


def test_a_decision_made_while_the_inbox_opens_arrives_by_polling(qtbot, team):
    """Read, then a colleague's approval, then the first paint: the mark taken after the
    paint already counted the approval, and the post stayed "waiting" with a count of 2
    until someone on the team did something else."""
    from views.inbox import InboxScreen

    first = submitted(team.lina, title="一")
    submitted(team.lina, title="二")
    screen = InboxScreen(team.colleague)
    screen.resize(1300, 820)
    approved(team.manager, first)  # between the reading and the paint
    show_and_activate(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pane.post is not None)
    assert screen.poll()
    assert titles(screen) == ["二"] and screen.count == 1


def test_a_colleagues_decision_arrives_by_polling(qtbot, team):
    p = submitted(team.lina, title="轮询")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "轮询")
    enter(qtbot, screen.pane.content.comment_edit, "half a thought")
    assert not screen.poll()  # nothing happened yet
    approved(team.manager, p)
    with qtbot.waitSignal(screen.count_changed, timeout=10_000) as counted:
        pass  # the screen's own timer (every few seconds) notices
    assert counted.args == [0] and titles(screen) == []
    # The post being read stays in view, as it is now, with what was typed.
    pane = screen.pane
    assert pane.post.id == p.id and pane.content.stage_label.text() == "Approved"
    assert "A colleague changed this post meanwhile" in pane.problem()
    assert pane.content.comment_edit.toPlainText() == "half a thought"
    assert not pane.buttons[Move.APPROVE].isEnabled()


def test_a_colleagues_comment_without_a_mention_arrives_by_polling(qtbot, team):
    """The writer answers in the thread without naming anyone: the reviewer reading the
    post sees the answer arrive, and what they typed stays."""
    p = submitted(team.lina, title="轮询评论")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "轮询评论")
    enter(qtbot, screen.pane.content.comment_edit, "还在看")
    screen.poll_timer.setInterval(50)  # the screen's own timer, sooner
    reviews.add_comment(team.lina, p.id, "标题已按要求修改，请再看一下")  # no @mention
    history = screen.pane.content.history_view
    qtbot.waitUntil(lambda: "标题已按要求修改" in history.toPlainText(), timeout=3000)
    assert screen.pane.post.id == p.id and titles(screen) == ["轮询评论"]
    assert screen.pane.content.comment_edit.toPlainText() == "还在看"


# -- comments and mentions -----------------------------------------------------------------

def test_a_comment_with_a_mention_reaches_the_colleagues_inbox(qtbot, team):
    p = submitted(team.lina, title="配图讨论")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "配图讨论")
    pane = screen.pane
    [act] = [a for a in pane.content.mention_menu.actions() if a.text() == "张伟"]
    act.trigger()  # the @ menu puts the name in
    enter(qtbot, pane.content.comment_edit, "请确认招聘信息")
    assert pane.content.comment_edit.toPlainText() == "@张伟 请确认招聘信息"
    click(qtbot, pane.content.comment_button)
    assert pane.content.comment_edit.toPlainText() == ""
    assert "请确认招聘信息" in pane.content.history_view.toPlainText()
    assert "Mentioned: 张伟" in pane.content.history_view.toPlainText()

    colleague = open_inbox(qtbot, team.zhangwei)
    assert titles(colleague) == ["配图讨论"] and colleague.count == 1
    assert colleague.models[WAITING].item(0).reasons == (reviews.Reason.MENTION,)
    click_post(qtbot, colleague, "配图讨论")  # opening it marks the mention as seen
    assert colleague.count == 0 and reviews.waiting_for(team.zhangwei) == []
    # The mentioned colleague may answer in the thread.
    enter(qtbot, colleague.pane.content.comment_edit, "好的")
    click(qtbot, colleague.pane.content.comment_button)
    assert [e.actor_name for e in reviews.history(p.id) if e.kind == "comment"] == [
        "王芳", "张伟"]


def test_the_mention_menu_offers_only_active_colleagues(qtbot, team):
    """A deactivated colleague cannot be told (a mention of them would be dropped), so the
    @ menu does not offer them; the thread still names them where they were mentioned."""
    p = submitted(team.lina, title="提及停用")
    reviews.add_comment(team.manager, p.id, "@张伟 请确认招聘信息")
    users.set_user_active(team.manager, team.zhangwei.id,
                          users.get_user(team.zhangwei.id).version, False)
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "提及停用")
    offered = [a.text() for a in screen.pane.content.mention_menu.actions()]
    assert "张伟" not in offered
    assert {"李娜", "刘洋"} <= set(offered) and "王芳" not in offered  # not myself
    assert "Mentioned: 张伟" in screen.pane.content.history_view.toPlainText()
    # Typed by hand, the name reaches nobody: the pane says so (it said nothing).
    enter(qtbot, screen.pane.content.comment_edit, "@张伟 @李娜 请再看一下")
    click(qtbot, screen.pane.content.comment_button)
    said = screen.pane.problem()
    assert "sent" in said and "张伟" in said and "李娜" not in said, said
    assert reviews.history(p.id)[-1].mentioned_ids == (team.lina.id,)


def test_a_refused_comment_keeps_its_text_and_says_why(qtbot, team):
    p = submitted(team.lina, title="别人的稿件")
    screen = open_inbox(qtbot, team.zhangwei)
    assert titles(screen) == [] and titles(screen, MINE) == []
    # 张伟 is not involved (he might have it open from the calendar): the service refuses.
    screen.pane.show_post(p.id)
    enter(qtbot, screen.pane.content.comment_edit, "my opinion")
    click(qtbot, screen.pane.content.comment_button)
    assert "Only the people involved in a post comment on it" in screen.pane.problem("comment")
    assert screen.pane.content.comment_edit.toPlainText() == "my opinion"
    click(qtbot, screen.pane.content.comment_button)  # an empty one is refused in place too
    screen.pane.content.comment_edit.clear()
    click(qtbot, screen.pane.content.comment_button)
    assert "Write a comment first" in screen.pane.problem("comment")


def test_a_half_written_comment_waits_for_its_post(qtbot, team):
    submitted(team.lina, title="第一篇")
    submitted(team.lina, title="第二篇", planned_at=hours_ahead(90))
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "第一篇")
    enter(qtbot, screen.pane.content.comment_edit, "draft note")
    click_post(qtbot, screen, "第二篇")
    assert screen.pane.content.comment_edit.toPlainText() == ""
    click_post(qtbot, screen, "第一篇")
    assert screen.pane.content.comment_edit.toPlainText() == "draft note"
    # Typing on continues the draft (the cursor was put at its start).
    screen.pane.content.comment_edit.setFocus()
    enter(qtbot, screen.pane.content.comment_edit, ", thanks")
    assert screen.pane.content.comment_edit.toPlainText() == "draft note, thanks"


# -- the lists ---------------------------------------------------------------------------------

def test_mine_and_all_lists(qtbot, team, gm):
    submitted(team.lina, title="李娜的稿件")
    new_post(team.zhangwei, title="张伟的草稿")
    screen = open_inbox(qtbot, team.manager)
    assert screen.kinds == [WAITING, MINE, ALL]
    screen.show_list(ALL)
    assert set(titles(screen, ALL)) == {"李娜的稿件", "张伟的草稿"}
    screen.show_list(MINE)
    assert titles(screen, MINE) == []
    specialist = open_inbox(qtbot, team.lina)
    assert specialist.kinds == [WAITING, MINE]  # "All" is for the managers
    specialist.show_list(MINE)
    assert titles(specialist, MINE) == ["李娜的稿件"]
    assert open_inbox(qtbot, gm).kinds == [WAITING, MINE, ALL]


def test_all_posts_are_read_a_page_at_a_time(qtbot, team):
    for n in range(7):
        new_post(team.lina, title=f"第{n + 1}篇", planned_at=hours_ahead(48 + n))
    screen = open_inbox(qtbot, team.manager)
    model = screen.models[ALL]
    model.page_size = 3
    screen.show_list(ALL)
    screen.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    view = screen.views[ALL]
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 6)
    while model.canFetchMore():
        model.fetchMore()
    assert titles(screen, ALL) == [f"第{n + 1}篇" for n in range(7)]


def test_scrolling_on_after_reading_a_mention_reaches_every_waiting_post(qtbot, team):
    """Opening a post I was only mentioned in takes it off my list on the server, while its
    line stays in view: scrolling on still brings every post that waits for my review
    (rule P1), none of them twice."""
    mention = approved(team.colleague, submitted(team.lina, title="提及我的稿件",
                                                 planned_at=hours_ahead(48)))
    reviews.add_comment(team.lina, mention.id, "@王芳 请看一下发布时间")
    for n in range(5):
        submitted(team.lina, title=f"待审{n}", planned_at=hours_ahead(50 + n))
    screen = open_inbox(qtbot, team.manager)
    model = screen.models[WAITING]
    model.page_size = 3
    screen.reload()
    assert titles(screen) == ["提及我的稿件", "待审0", "待审1"] and screen.count == 6
    click_post(qtbot, screen, "提及我的稿件")  # read: the mention is seen
    assert screen.count == 5
    screen.views[WAITING].scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 3)
    while model.canFetchMore():
        model.fetchMore()
    shown = titles(screen)
    assert [t for t in shown if t != "提及我的稿件"] == [f"待审{n}" for n in range(5)]
    assert len(shown) == len(set(shown))


def test_every_inbox_model_is_sound(qtbot, qtmodeltester, team):
    for n in range(3):
        submitted(team.lina, title=f"模型{n}", planned_at=hours_ahead(3 + 30 * n))
    screen = open_inbox(qtbot, team.manager)
    for kind in screen.kinds:
        screen.show_list(kind)
        qtmodeltester.check(screen.models[kind], force_py=True)
    paged = PagedInboxModel(page_size=2)
    paged.set_loader(lambda after, limit: reviews.all_posts(team.manager, limit=limit,
                                                            after=after))
    qtmodeltester.check(paged, force_py=True)
    empty = InboxModel()
    qtmodeltester.check(empty, force_py=True)


def test_opening_shows_the_most_urgent_post_right_after_the_list(qtbot, team):
    submitted(team.lina, title="稍后")
    soon = submitted(team.lina, title="最急")
    Post.update(planned_at=hours_ahead(3)).where(Post.id == soon.id).execute()
    screen = open_inbox(qtbot, team.manager)
    qtbot.waitUntil(lambda: screen.pane.post is not None)
    assert screen.pane.post.title == "最急" and screen.selected_post_id() == soon.id


def test_the_review_rules_open_from_the_inbox(qtbot, team):
    screen = open_inbox(qtbot, team.manager)
    click(qtbot, screen.rules_button)
    dialog = screen.rules_dialog
    assert dialog.isVisible() and "最佳" in dialog.words()
    dialog.reject()


# -- the keyboard --------------------------------------------------------------------------

def tab_chain(qtbot, start, stop: str, key=Qt.Key.Key_Tab) -> list[str]:
    """The widgets Tab (or ``key``) visits after ``start``, up to the one named ``stop``."""
    start.setFocus()
    seen = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), key)
        name = QApplication.focusWidget().objectName()
        if name == stop:
            return seen
        seen.append(name)
    raise AssertionError(f"Tab never reached {stop}: {seen}")


def test_after_a_decision_from_its_button_the_keyboard_is_back_on_the_list(qtbot, team):
    """Approve pressed: the post leaves the list and the keyboard goes back to the list,
    on the next post (the button that had it was disabled and Qt moved it on to "Edit
    post…", where the next Space opened the editor)."""
    submitted(team.lina, title="上午稿件")
    submitted(team.lina, title="下午稿件", planned_at=hours_ahead(90))
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "上午稿件")
    pane = screen.pane
    tick_checklist(qtbot, pane)
    click(qtbot, pane.buttons[Move.APPROVE])
    qtbot.waitUntil(lambda: pane.post is not None and pane.post.title == "下午稿件")
    assert screen.views[WAITING].hasFocus()
    assert not pane.edit_button.hasFocus()


@pytest.mark.parametrize("move", [Move.RETURN, Move.PUBLISH])
def test_after_a_decision_in_its_form_the_keyboard_is_back_on_the_list(qtbot, team, move):
    """Return… (or Mark as published…) chosen with the keyboard on its button, the form
    saved with its Alt key: the keyboard had landed on the next post's "Edit post…", and
    the next Space opened the editor of a post nobody chose."""
    from PySide6.QtWidgets import QApplication

    from views.post_editor import PostEditor

    if move is Move.RETURN:
        submitted(team.lina, title="上午稿件")
        submitted(team.lina, title="下午稿件", planned_at=hours_ahead(90))
    else:
        for title, hours in (("上午稿件", 2), ("下午稿件", 3)):  # both due (their writer's)
            approved(team.manager, submitted(team.lina, title=title, planned_at=hours_ahead(hours)))
    screen = open_inbox(qtbot, team.manager if move is Move.RETURN else team.lina)
    click_post(qtbot, screen, "上午稿件")
    pane = screen.pane
    button = pane.buttons[move]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.isVisible())
    dialog = pane.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    if move is Move.RETURN:
        dialog.reason_edit.setPlainText("请注明数据来源")
        key = Qt.Key.Key_R
    else:
        dialog.url_edit.setText("https://mp.weixin.qq.com/s/abc")
        key = Qt.Key.Key_M
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pane.dialog is None and pane.post is not None
                    and pane.post.title == "下午稿件")
    if QApplication.activeWindow() is not screen:  # as the desktop gives it back
        activate(qtbot, screen)
    assert screen.views[WAITING].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert screen.findChild(PostEditor) is None


def test_the_mention_menu_tells_two_colleagues_of_one_name_apart(qtbot, team):
    """Two people called 李娜 were two "李娜" in the @ menu, which wrote "@李娜": nobody was
    told, and nothing said so.  The menu shows and writes their user names; a shared name
    typed by hand is answered with a note."""
    other = users.create_user(team.manager, "lina2", "李娜", "新媒体运营部",
                              [Role.CONTENT_SPECIALIST], MEMBER_PASSWORD)
    submitted(team.lina, title="同名提及")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "同名提及")
    pane = screen.pane
    texts = [a.text() for a in pane.content.mention_menu.actions()]
    assert "李娜 (lina)" in texts and "李娜 (lina2)" in texts and "李娜" not in texts
    next(a for a in pane.content.mention_menu.actions() if a.text() == "李娜 (lina2)").trigger()
    pane.content.comment_edit.insertPlainText("请看一下配图")
    click(qtbot, pane.content.comment_button)
    assert [i.title for i in reviews.waiting_for(other)] == ["同名提及"]
    pane.content.comment_edit.setPlainText("@李娜 也请看看")
    click(qtbot, pane.content.comment_button)
    assert "Nobody was told of @李娜" in pane.problem()


def test_a_comment_on_a_post_deleted_meanwhile_says_so(qtbot, team, message_boxes):
    """A box said "The item no longer exists. Someone may have removed it.", and the pane
    went on showing the deleted post, Approve enabled."""
    gone = submitted(team.lina, title="误建")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "误建")
    pane = screen.pane
    pane.content.comment_edit.setPlainText("我有个问题")
    posts.delete_post(team.manager, gone.id, gone.version)
    with message_boxes:
        click(qtbot, pane.content.comment_button)
    assert message_boxes.texts == []
    assert "“误建” has been deleted meanwhile" in pane.problem()
    assert pane.post is None and not pane.buttons[Move.APPROVE].isVisible()


def test_a_return_of_a_post_deleted_meanwhile_says_so_each_time(qtbot, team, message_boxes):
    """The form said "The item no longer exists", and a second Save did nothing and said
    nothing."""
    gone = submitted(team.lina, title="误建")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "误建")
    dialog = screen.pane.make_move(Move.RETURN)
    dialog.reason_edit.setPlainText("理由")
    posts.delete_post(team.manager, gone.id, gone.version)
    for _ in range(2):
        with message_boxes:
            click(qtbot, dialog.save_button)
        assert dialog.isVisible() and dialog.reason_edit.toPlainText() == "理由"
        assert "“误建” has been deleted meanwhile" in dialog.error_text()
    dialog.reject()


def test_after_a_decision_in_all_posts_the_keyboard_is_back_on_the_list(qtbot, team):
    """In All posts the approved post stays in the list; the button pressed was disabled
    and the keyboard went on to "Edit post…", where the next Space opened the editor."""
    from PySide6.QtWidgets import QApplication

    from views.post_editor import PostEditor

    submitted(team.lina, title="上午稿件")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "上午稿件", ALL)
    pane = screen.pane
    tick_checklist(qtbot, pane)
    pane.buttons[Move.APPROVE].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(pane.buttons[Move.APPROVE], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.post is not None and pane.post.status is PostStatus.APPROVED)
    qtbot.waitUntil(screen.views[ALL].hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert screen.findChild(PostEditor) is None


def test_a_title_with_quotation_marks_is_quoted_cleanly(qtbot, team, in_chinese):
    """公司荣获“年度优秀服务商”称号 inside the dialog's “…”: its own marks become ‘…’ (it
    read 退回“公司荣获“年度优秀服务商”称号”)."""
    submitted(team.lina, title="公司荣获“年度优秀服务商”称号")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "公司荣获“年度优秀服务商”称号")
    dialog = screen.pane.open_return()
    assert "“公司荣获‘年度优秀服务商’称号”" in dialog.windowTitle()
    dialog.reject()


def test_tab_goes_down_the_review_pane_as_it_is_read(qtbot, team):
    """From the list, Tab goes through the pane from top to bottom: the post, its
    sensitive-word hits, the checklist (rule P4), the thread and the comment, then the
    decision buttons below; for a post with hits and one without, and back again."""
    submitted(team.lina, title="最佳行业资讯", body="这是最佳的选择")  # two hits
    submitted(team.lina, title="普通资讯", planned_at=hours_ahead(90))
    screen = open_inbox(qtbot, team.manager)
    checklist = [f"check_{item.value}" for item in CHECKLIST]
    # The post's preview and thread are read, not Tab stops (they show no focus; the pane
    # scrolls them).
    after = ["commentEdit", "mentionButton", "commentButton",
             "approveButton", "returnButton", "editButton"]
    # The pane's scroll area is no Tab stop (it showed no focus): the list, then the post.
    with_hits = ["hit_1", "hit_2"] + checklist + after
    without = checklist + after
    table = screen.views[WAITING]
    click_post(qtbot, screen, "最佳行业资讯")
    assert tab_chain(qtbot, table, "reviewRulesButton") == with_hits
    # Shift+Tab goes back up the same way.
    assert tab_chain(qtbot, screen.rules_button, "waitingTable",
                     Qt.Key.Key_Backtab) == with_hits[::-1]
    click_post(qtbot, screen, "普通资讯")
    assert tab_chain(qtbot, table, "reviewRulesButton") == without
    click_post(qtbot, screen, "最佳行业资讯")
    assert tab_chain(qtbot, table, "reviewRulesButton") == with_hits


# -- a post deleted meanwhile ------------------------------------------------------------------

def test_a_post_deleted_while_it_is_read_arrives_by_polling_with_a_note(qtbot, team):
    """王芳 deletes a post in review that 刘洋 is reading; its decisions are not the latest
    ones (another post was submitted after it), so only the deletion says it changed."""
    gone = submitted(team.lina, title="误建的草稿")
    submitted(team.lina, title="第二篇")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "误建的草稿")
    enter(qtbot, screen.pane.content.comment_edit, "看到一半")
    assert not screen.poll()  # nothing happened yet
    posts.delete_post(team.manager, gone.id, gone.version)
    assert screen.poll()
    assert titles(screen) == ["第二篇"] and screen.count == 1
    pane = screen.pane
    assert pane.post is None and not pane.buttons[Move.APPROVE].isVisible()
    assert "“误建的草稿” has been deleted" in pane.message_bar.text()
    assert not screen.poll()  # and it is told once


def test_approving_a_post_a_colleague_just_deleted_says_so_without_a_box(qtbot, team,
                                                                          message_boxes):
    """Before the next poll, Approve gave a "Cannot save" box: "The item no longer exists"."""
    gone = submitted(team.lina, title="误建的草稿")
    screen = open_inbox(qtbot, team.colleague)
    click_post(qtbot, screen, "误建的草稿")
    pane = screen.pane
    tick_checklist(qtbot, pane)
    posts.delete_post(team.manager, gone.id, gone.version)  # on another PC
    with message_boxes:
        click(qtbot, pane.buttons[Move.APPROVE])
    assert message_boxes.texts == []
    assert pane.post is None
    assert pane.message_bar.text() == ("“误建的草稿” has been deleted meanwhile; there is "
                                       "nothing more to do with it.")


def test_a_colleagues_move_keeps_the_reviewers_ticks_an_edit_does_not(qtbot, team):
    """Rule P4: the ticks are about the content. A colleague's move of the post (its time is
    not reviewed) cleared every tick; the list still marks it urgent (QA)."""
    p = submitted(team.lina, title="待审稿件")
    screen = open_inbox(qtbot, team.manager)
    click_post(qtbot, screen, "待审稿件")
    pane = screen.pane
    first, second = list(pane.content.checks.values())[:2]
    tick(qtbot, first)
    tick(qtbot, second)
    fresh = posts.get_post(p.id)
    posts.move_post(team.lina, p.id, fresh.version, hours_ahead(1))  # on another PC
    screen.poll()
    assert pane.post.planned_at != fresh.planned_at  # the pane shows the new time
    assert first.isChecked() and second.isChecked()
    model = screen.models[WAITING]
    assert model.index(0, InboxModel.URGENCY).data() == "Urgent"
    fresh = posts.get_post(p.id)
    posts.update_post(team.lina, p.id, fresh.version, fresh.fields(body="改过的正文"))
    screen.poll()
    assert not first.isChecked() and not second.isChecked()  # new content: check it again
