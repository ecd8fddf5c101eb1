"""The approval inbox's review pane: one post as it will look, and what to decide about it.

It shows the post (title, text, platform, column, planned time, writer, source,
category, company-project flag, stage), its sensitive-word hits highlighted and
numbered with a checkbox each, the review checklist (rule P4), the word-level
difference since the version last approved, the history and comments, a comment
box with ``@`` mentions, and the moves: Approve, Return…, Confirm (the general
manager), Submit, Withdraw, Mark as published…, and Edit post….

Only the moves ``reviews.allowed_moves`` names are enabled, but the services are
the control: what they refuse is shown next to what it concerns (the checklist,
the hits, the reason, the link, the comment), a colleague's decision that came
first is explained (who, when, what the post is now) and the pane shows the post
as it is now.  What a person typed (a comment, a reason) survives a failed save,
and a half-written comment waits for its post while the person looks at another.

The post's own widgets are in ``views.review_content`` (built with the first post);
this module reads the services, offers the moves and saves them.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from models import posts as post_service
from models import reviews, workflow
from models.errors import (ConflictError, DatabaseProblem, DomainError, NotFound,
                           PermissionDenied, ValidationError)
from models.i18n import join_sentences
from models.inbox import InboxItem, Reason
from models.posts import PostInfo, PostStatus
from models.roles import Role
from models.timeutil import utcnow
from models.users import UserInfo
from models.workflow import Move
from ui.feedback import show_error
from ui.widgets import BusyCursor, flow_layout, label, quoted
from views.post_widgets import MessageBar, may_edit
from views.review_content import ReviewContent


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _reviewed(post: PostInfo) -> tuple:
    """What a reviewer's ticks are about: the post's fields but its planned time (they are
    ``workflow.REVIEWED_FIELDS``), and its stage; not the version a move raises."""
    return post.fields(planned_at=None), post.status


class ReviewPane(QWidget):
    """The post chosen in the inbox, for ``user``.

    ``decided(PostInfo, Move)``: a move was saved.  ``commented(int)``: a comment was saved
    on that post.  ``edited(PostInfo)``: the post was changed in the editor.
    ``outdated(int)``: the post changed under the pane (a conflict, a refusal, gone); the
    screen should read its lists again.  ``seen(int)``: the person's mentions in the post's
    thread were marked as seen.
    """

    decided = Signal(object, object)
    commented = Signal(int)
    edited = Signal(object)
    outdated = Signal(int)
    seen = Signal(int)

    # The move buttons as laid out: the decisions, then the writer's moves (then Edit).
    _BUTTON_ORDER = (Move.APPROVE, Move.RETURN, Move.CONFIRM, Move.SUBMIT, Move.WITHDRAW,
                     Move.PUBLISH)

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.user = user
        self.post: PostInfo | None = None
        self.item: InboxItem | None = None
        self.moves: set[Move] = set()
        self.hits: list = []
        self.diff = None
        self.history: list = []
        self.dialog: QWidget | None = None
        self._shown: tuple[int, tuple] | None = None  # (post id, _reviewed) of the ticks
        self._drafts: dict[int, str] = {}
        self._platforms: dict[int, str] = {}
        self._columns: dict[int, str] = {}
        self._people: dict[int, str] = {}
        self._mentionable: dict[int, str] = {}  # the @ menu: active people only
        self._logins: dict[int, str] = {}  # their user names, for two who share a name
        self._build()
        self._build_actions()
        self.show_post(None)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.placeholder = label(self.tr("Choose a post in the list to see it here, as it will "
                                         "look, with what there is to decide."), "note")
        self.placeholder.setObjectName("reviewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reviewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop: it shows no focus (Tab goes from the list to the post's first box,
        # the wheel and the keys in the post scroll it).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content: ReviewContent | None = None  # built with the first post (_content)

        # The moves
        self.buttons: dict[Move, QPushButton] = {}
        texts = {Move.APPROVE: self.tr("&Approve"), Move.RETURN: self.tr("&Return…"),
                 Move.CONFIRM: self.tr("&Confirm"), Move.SUBMIT: self.tr("S&ubmit for review"),
                 Move.WITHDRAW: self.tr("&Withdraw"),
                 Move.PUBLISH: self.tr("Mark as &published…")}
        for move, text in texts.items():
            button = QPushButton(text, self)
            button.setObjectName(f"{move.value}Button")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, m=move: self.make_move(m))
            self.buttons[move] = button
        self.edit_button = QPushButton(self.tr("&Edit post…"), self)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda _c=False: self.edit_post())
        # One row of buttons that wraps where the pane is narrow (a 150 % laptop): the
        # decisions, the writer's moves, then Edit; a row too wide for the pane ran past
        # its right edge ("提交审核(U…", "…辑稿件(E)…") and set the window's minimum width.
        self.button_rows = QWidget(self)
        self.button_rows.setObjectName("reviewButtons")
        rows = flow_layout(self.button_rows)
        rows.setContentsMargins(4, 6, 8, 0)
        for move in self._BUTTON_ORDER:
            rows.addWidget(self.buttons[move])
        rows.addWidget(self.edit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.button_rows)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the post's content allows (its scroll area's minimum, the widest
        button), and never below twenty ems: what the inbox's splitter keeps for it."""
        hint = super().minimumSizeHint()
        em = self.fontMetrics().horizontalAdvance("M")
        return QSize(max(hint.width(), em * 20), hint.height())

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: list[QKeySequence], slot) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act

        ctrl_enter = [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        self.approve_action = action("approveAction", self.tr("Approve"), ctrl_enter,
                                     self.primary_move)
        self.return_action = action("returnAction", self.tr("Return to the writer"),
                                    [QKeySequence("Ctrl+Shift+R")],
                                    lambda: self.make_move(Move.RETURN))
        self.confirm_action = action("confirmAction", self.tr("Confirm"),
                                     [QKeySequence("Ctrl+Shift+Return"),
                                      QKeySequence("Ctrl+Shift+Enter")],
                                     lambda: self.make_move(Move.CONFIRM))
        tips = {Move.APPROVE: self.tr("Approve the post as it is now ({key})").format(
                    key=_native(ctrl_enter[0])),
                Move.RETURN: self.tr("Send it back to the writer with a reason ({key})").format(
                    key=_native(QKeySequence("Ctrl+Shift+R"))),
                Move.CONFIRM: self.tr("Confirm the company-project post after the operations "
                                      "manager's approval, rule P2 ({key})").format(
                    key=_native(QKeySequence("Ctrl+Shift+Return"))),
                Move.SUBMIT: self.tr("Send the post to the operations manager for review"),
                Move.WITHDRAW: self.tr("Take the post back from review; it becomes a draft"),
                Move.PUBLISH: self.tr("Record the link and time of the published post")}
        for move, tip in tips.items():
            self.buttons[move].setToolTip(tip)

    def freeze(self) -> None:
        """Offer no move until the next post is shown (its decision has just been made)."""
        self.moves = set()
        self._update_buttons()

    def shortcut_actions(self) -> list[QAction]:
        """The decision shortcuts, for the screen to make them work from its list too."""
        return [self.approve_action, self.return_action, self.confirm_action]

    # -- reference data ----------------------------------------------------------------------
    def set_names(self, platforms: dict[int, str], columns: dict[int, str],
                  people: dict[int, str], mentionable: Iterable[int] | None = None,
                  logins: dict[int, str] | None = None) -> None:
        """Names for ids (platforms, columns, people: everyone the history may name);
        ``mentionable``: the ids the @ menu offers (the active people; default: all of
        ``people``); ``logins``: their user names, for two who share a name."""
        self._platforms, self._columns, self._people = dict(platforms), dict(columns), \
            dict(people)
        self._mentionable = dict(self._people) if mentionable is None else {
            uid: self._people[uid] for uid in mentionable if uid in self._people}
        self._logins = dict(logins or {})
        if self.content is not None:
            self.content.set_people(self._mentionable, self.user.id, self._logins)

    # -- showing a post ----------------------------------------------------------------------
    def post_id(self) -> int | None:
        return self.post.id if self.post is not None else None

    def show_post(self, post_id: int | None, item: InboxItem | None = None,
                  keep_message: bool = False, chosen: bool = False) -> bool:
        """Show the post (None: nothing chosen); False if it cannot be read.

        ``chosen``: the person picked it (not the screen after a reload): their mentions in
        its thread count as seen."""
        if not keep_message:
            self.message_bar.clear()
        self._keep_draft()
        if post_id is None:
            self._set_empty()
            return False
        try:
            post = post_service.get_post(post_id)
            try:
                moves = set(reviews.allowed_moves(self.user, post_id))
            except PermissionDenied:  # deactivated meanwhile: nothing to decide
                moves = set()
            hits = reviews.hits_for(post_id)
            diff = reviews.changes_since_approval(post_id)
            history = reviews.history(post_id)
        except DomainError as error:
            # The database cannot be read: a post being read again stays as it was shown
            # (with what was typed), the next reload reads it again; any other is not shown.
            if not (isinstance(error, DatabaseProblem) and post_id == self.post_id()):
                self._set_empty()
            self.message_bar.say(str(error))
            return False
        # The ticks stay while what the reviewer checks is as it was: a colleague's move of
        # the post (its planned time is not reviewed) cleared them (rule P4).
        same = self._shown == (post.id, _reviewed(post))
        self.post, self.item, self.moves = post, item, moves
        self.hits, self.diff, self.history = hits, diff, history
        self._shown = (post.id, _reviewed(post))
        self._fill(same)
        if chosen:
            self.acknowledge()
        return True

    def acknowledge(self) -> None:
        """The person looks at the post: their mentions in its thread leave the inbox."""
        item = self.item
        if self.post is None or item is None or Reason.MENTION not in item.reasons:
            return
        self.item = item._replace(reasons=tuple(r for r in item.reasons
                                                if r is not Reason.MENTION))
        try:
            if reviews.mark_seen(self.user, self.post.id):
                self.seen.emit(self.post.id)
        except DomainError:
            pass

    def reload(self, keep_message: bool = True) -> bool:
        """Show the current post as it is stored now (ticks kept if it has not changed)."""
        return self.show_post(self.post_id(), self.item, keep_message=keep_message)

    def _keep_draft(self) -> None:
        if self.post is not None and self.content is not None:
            text = self.content.comment_edit.toPlainText()
            if text.strip():
                self._drafts[self.post.id] = text
            else:
                self._drafts.pop(self.post.id, None)

    def _set_empty(self) -> None:
        self.post, self.item, self.moves, self._shown = None, None, set(), None
        if self.content is not None:
            self.content.comment_edit.clear()
        self.placeholder.show()
        self.scroll.hide()
        self.button_rows.hide()

    def _content(self) -> ReviewContent:
        """The post's widgets, built when the first post is shown: a screen opening on its
        list does not pay for them before it is painted."""
        if self.content is None:
            self.content = ReviewContent(self.scroll)
            self.content.send_requested.connect(self.send_comment)
            self.content.set_people(self._mentionable, self.user.id, self._logins)
            self.scroll.setWidget(self.content)
        return self.content

    def _fill(self, keep_ticks: bool) -> None:
        content, post = self._content(), self.post
        self.placeholder.hide()
        self.scroll.show()
        self.button_rows.show()
        now = utcnow()
        content.fill(post, hits=self.hits, diff=self.diff, history=self.history,
                     may_approve=Move.APPROVE in self.moves,
                     urgent=reviews.is_post_urgent(post, now), keep_ticks=keep_ticks,
                     names=(self._platforms, self._columns, self._people), now=now)
        # The scroll area scrolls up and down only: never narrower than what it shows (a
        # pane dragged narrow would cut off the checklist's right side, with no way to it).
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)
        if not keep_ticks or not content.comment_edit.toPlainText():
            content.comment_edit.setPlainText(self._drafts.get(post.id, ""))
            content.comment_edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on
        self._update_buttons()
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes down the pane as a person reads it: the post and what to check in it,
        the thread and the comment, then the moves below.  Set again with every post: its
        sensitive-word rows are new widgets, which Qt would put last."""
        chain = [self.scroll, *self.content.focus_order(),
                 *(self.buttons[move] for move in self._BUTTON_ORDER), self.edit_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _update_buttons(self) -> None:
        roles = self.user.roles
        reviewer = bool(roles & {Role.OPERATIONS_MANAGER, Role.GENERAL_MANAGER})
        writer = bool(roles & workflow.WRITER_ROLES)
        visible = {Move.APPROVE: reviewer, Move.RETURN: reviewer,
                   Move.CONFIRM: Role.GENERAL_MANAGER in roles,
                   Move.SUBMIT: writer, Move.WITHDRAW: writer, Move.PUBLISH: writer}
        for move, button in self.buttons.items():
            button.setVisible(visible[move] or move in self.moves)
            button.setEnabled(move in self.moves)
        for act, move in ((self.return_action, Move.RETURN),
                          (self.confirm_action, Move.CONFIRM)):
            act.setEnabled(move in self.moves)
        self.approve_action.setEnabled(bool(self.moves & {Move.APPROVE, Move.CONFIRM}))
        editable = self.post is not None and may_edit(self.user, self.post)
        self.edit_button.setVisible(editable)
        self.edit_button.setEnabled(editable)
        self.edit_button.setToolTip(
            self.tr("Change the post; an approved post goes back to review")
            if self.post is not None and self.post.status in (PostStatus.APPROVED,
                                                              PostStatus.CONFIRMED)
            else self.tr("Change the post"))

    # -- problems ----------------------------------------------------------------------------
    def clear_problems(self) -> None:
        if self.content is not None:
            self.content.clear_problems()

    def show_field_problem(self, field: str | None, message: str) -> None:
        """A refusal next to what it concerns (the checklist, the hits, the comment), or
        at the top of the pane."""
        shown = self.content.show_problem(field, message) if self.content else None
        if shown is None:
            self.message_bar.say(message)
        else:
            self.scroll.ensureWidgetVisible(shown)

    def problem(self, field: str | None = None) -> str:
        """The message shown for ``field`` ("checklist", "hits", "comment"), or the one at
        the top of the pane; "" if none (for tests)."""
        if field is None:
            return self.message_bar.text()
        return self.content.problem(field) if self.content is not None else ""

    def _conflict(self, error: ConflictError) -> None:
        self.reload(keep_message=True)
        self.message_bar.say(str(error) + "\n" + self.tr("The post is shown as it is now."))
        self.outdated.emit(self.post_id() or 0)

    def _deleted_text(self, title: str) -> str:
        return self.tr("“{title}” has been deleted meanwhile; there is nothing more to do "
                       "with it.").format(title=quoted(title))

    def _refused(self, error: DomainError) -> None:
        """A refusal that is not about a field: say it, then show the post as it is now."""
        post_id = self.post_id()
        title = self.post.title if self.post is not None else ""
        if isinstance(error, NotFound) and post_id is not None and not self.reload():
            # A colleague deleted it (the next poll would have said so): no "Cannot save"
            # box with a general "the item no longer exists", but what happened to what.
            self._set_empty()
            self.message_bar.say(self._deleted_text(title), role="note")
            self.outdated.emit(post_id)
            return
        show_error(self, error)
        if isinstance(error, (PermissionDenied, NotFound)):
            if not self.reload():
                self._set_empty()
            self.outdated.emit(post_id or 0)

    # -- moves -------------------------------------------------------------------------------
    def primary_move(self) -> None:
        """Ctrl+Enter: approve, or for the general manager on a post awaiting them, confirm."""
        if Move.APPROVE in self.moves:
            self.make_move(Move.APPROVE)
        elif Move.CONFIRM in self.moves:
            self.make_move(Move.CONFIRM)

    def make_move(self, move: Move) -> PostInfo | QWidget | None:
        """Make ``move`` on the post shown (Return… and Mark as published… open their form,
        which is returned); the saved post, or None if nothing was saved."""
        if self.post is None:
            return None
        if move is Move.RETURN:
            return self.open_return()
        if move is Move.PUBLISH:
            return self.open_publish()
        post = self.post
        if move is Move.APPROVE:
            ticked, confirmed = self.content.ticked(), self.content.confirmed_hits()
            call = lambda: reviews.approve(self.user, post.id, post.version, ticked,  # noqa: E731
                                           confirmed)
        elif move is Move.CONFIRM:
            call = lambda: reviews.confirm(self.user, post.id, post.version)  # noqa: E731
        elif move is Move.SUBMIT:
            call = lambda: reviews.submit(self.user, post.id, post.version)  # noqa: E731
        elif move is Move.WITHDRAW:
            call = lambda: reviews.withdraw(self.user, post.id, post.version)  # noqa: E731
        else:
            return None
        self.clear_problems()
        self.message_bar.clear()
        try:
            with BusyCursor():
                info = call()
        except ValidationError as error:  # DecisionIncomplete: the checklist or the hits
            field = getattr(error, "field", None)
            if field == "hits" and self._hits_changed():
                # The team's word list changed on another PC since the post was shown:
                # show its hits as they are now (the ticks that still apply stay), or the
                # refusal names a word the pane has no box for.
                self.reload()
            self.show_field_problem(field, str(error))
            return None
        except ConflictError as error:
            self._conflict(error)
            return None
        except DomainError as error:
            self._refused(error)
            return None
        self._done(move, info)
        return info

    def _hits_changed(self) -> bool:
        try:
            return [tuple(h) for h in reviews.hits_for(self.post.id)] != \
                [tuple(h) for h in self.hits]
        except DomainError:
            return False

    def _done(self, move: Move, info: PostInfo) -> None:
        title = quoted(info.title)
        if move is Move.APPROVE:
            text = self.tr("You approved “{title}”.").format(title=title)
            if workflow.awaiting_confirmation(info.status, info.concerns_project):
                text += " " + self.tr("It now waits for the general manager's confirmation "
                                      "(rule P2).")
        elif move is Move.RETURN:
            text = self.tr("“{title}” went back to {writer} with your reason.").format(
                title=title, writer=info.writer_name)
        elif move is Move.CONFIRM:
            text = self.tr("You confirmed “{title}”; it may be published now.").format(
                title=title)
        elif move is Move.SUBMIT:
            text = self.tr("“{title}” was submitted for review.").format(title=title)
            if self.hits:
                text += " " + self.tr("The reviewer will confirm %n highlighted word(s).", "",
                                      len(self.hits))
        elif move is Move.WITHDRAW:
            text = self.tr("“{title}” was withdrawn from review and is a draft again.").format(
                title=title)
        else:
            text = self.tr("“{title}” is marked as published.").format(title=title)
        self._shown = None  # a new version: the ticks were for the old one
        self.message_bar.say(text, role="success")
        self.decided.emit(info, move)

    # -- the two forms -----------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_return(self):
        from views.review_dialogs import ReturnDialog

        if self.post is None:
            return None
        dialog = ReturnDialog(self.post, self)
        dialog.set_handler(self._save_return)
        return self._open(dialog)

    def _save_return(self, dialog) -> bool:
        return self._save_form(dialog, Move.RETURN, lambda post: reviews.return_post(
            self.user, post.id, post.version, dialog.reason()))

    def open_publish(self):
        from views.review_dialogs import PublishDialog

        if self.post is None:
            return None
        dialog = PublishDialog(self.post, self)
        dialog.set_handler(self._save_publish)
        return self._open(dialog)

    def _save_publish(self, dialog) -> bool:
        return self._save_form(dialog, Move.PUBLISH, lambda post: reviews.mark_published(
            self.user, post.id, post.version, dialog.url(), dialog.published_at()))

    def _save_form(self, dialog, move: Move, call) -> bool:
        """Save a form's move on the version the form was opened on (``dialog.post``: the
        pane may have shown a newer one meanwhile, at its regular refresh, and a return
        typed for what the person read had gone to a version they never saw, or taken back
        a colleague's approval, without a word).  On any refusal the form stays open with
        what was typed; after a conflict it acts on the version now shown, so that saving
        again is a knowing choice."""
        if self.post is None or self.post.id != dialog.post.id:  # deleted meanwhile
            dialog.show_field_error(None, self._deleted_text(dialog.post.title))
            return False
        try:
            with BusyCursor():
                info = call(dialog.post)
        except ValidationError as error:  # the reason, the link, the time
            dialog.show_error(error)
            return False
        except ConflictError as error:
            self._conflict(error)
            if self.post is not None and self.post.id == dialog.post.id:
                dialog.post = self.post
            dialog.show_field_error(None, str(error) + "\n" + self.tr(
                "The post is shown as it is now: save again to go ahead with it, or Cancel."))
            return False
        except DomainError as error:
            dialog.show_field_error(None, self._deleted_text(dialog.post.title)
                                    if isinstance(error, NotFound) else str(error))
            if isinstance(error, (PermissionDenied, NotFound)):
                self.reload()
                self.outdated.emit(self.post_id() or 0)
            return False
        self._done(move, info)
        return True

    # -- editing and comments ----------------------------------------------------------------
    def edit_post(self):
        """Open the post editor; a saved edit shows here (and may send the post back)."""
        from views.post_editor import PostEditor

        if self.post is None:
            return None
        editor = PostEditor(self.user, self.post, self)
        editor.saved.connect(self._edited)
        return self._open(editor)

    def _edited(self, info: PostInfo) -> None:
        self._shown = None
        before = self.post
        title = quoted(info.title)
        if before is not None and info.writer_id != before.writer_id \
                and info.status is PostStatus.DRAFT and before.status is not PostStatus.DRAFT:
            text = self.tr("“{title}” was saved and given to {writer}: it is a draft again "
                           "until they submit it.").format(title=title, writer=info.writer_name)
        elif info.status is PostStatus.IN_REVIEW and before is not None \
                and before.status is not PostStatus.IN_REVIEW:
            text = self.tr("“{title}” was saved and went back to review: the reviewer sees "
                           "what changed.").format(title=title)
        else:
            text = self.tr("“{title}” was saved.").format(title=title)
        self.message_bar.say(text, role="success")
        self.edited.emit(info)

    def send_comment(self) -> bool:
        if self.post is None:
            return False
        content = self._content()
        content.comment_error.hide()
        post_id = self.post.id
        try:
            sent = reviews.add_comment(self.user, post_id, content.comment_edit.toPlainText())
        except (ValidationError, PermissionDenied) as error:
            self.show_field_problem("comment", str(error))
            return False
        except NotFound as error:  # deleted meanwhile: what happened to what, not a box
            self._refused(error)
            return False
        except DomainError as error:
            show_error(self, error)
            return False
        content.comment_edit.clear()
        self._drafts.pop(post_id, None)
        self.reload(keep_message=False)
        notes = []
        if sent.shared_names:
            notes.append(self.tr(
                "Nobody was told of {names}: more than one colleague has that name. Choose "
                "the one you mean from the @ menu, which writes their user name.").format(
                names=self.tr(", ").join(f"@{name}" for name in sent.shared_names)))
        if sent.not_told:
            notes.append(self.tr("Not told, since deactivated: {names}.").format(
                names=self.tr(", ").join(sent.not_told)))
        if notes:
            self.message_bar.say(join_sentences([self.tr("The comment was sent."), *notes]),
                                 role="note")
        self.commented.emit(post_id)
        return True
