"""What the review pane shows of one post: the post as it will look, its facts, the
sensitive-word hits to confirm, the changes since the approved version, the review
checklist (rule P4), the history and the comment box.

``ReviewContent`` only shows: ``fill`` takes what the pane read from the services and
lays it out; the pane (``views.review_pane``) decides when to read and what to do.
A refusal is shown next to what it concerns (``show_problem``: the checklist, the
hits, the comment), and nothing typed or ticked is cleared by it.
"""
from __future__ import annotations

import datetime as _dt
import math

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QMenu, QPlainTextEdit, QPushButton, QSizePolicy, QTextBrowser,
                               QToolButton, QVBoxLayout, QWidget)

from models import workflow
from models.posts import PostInfo, PostStatus
from models.timeutil import format_local
from models.workflow import CHECKLIST
from ui.style import Section, apply_sheet, set_role
from ui.widgets import by_name, error_label, label
from views import review_html
from views.inbox_models import urgent_icon, when_text

# The stage chip: white text on the stage's colour, the hues of the calendar's status
# dots (views.calendar_look.STATUS_COLOURS) in shades dark enough for white text at 4.5 : 1
# at least (WCAG's text contrast; the dots' own grey, amber and green gave 2.6, 2.3 and
# 4.2).  White on a colour reads the same in a light and in a dark theme.
STAGE_COLOURS = {
    workflow.Stage.DRAFT.value: "#5f6368",  # grey, 6.0 : 1
    workflow.Stage.IN_REVIEW.value: "#a35200",  # amber, 5.6 : 1
    workflow.Stage.RETURNED.value: "#c5221f",  # red, 5.8 : 1
    workflow.Stage.AWAITING_CONFIRMATION.value: "#7b1fa2",  # purple, 8.2 : 1
    workflow.Stage.APPROVED.value: "#137333",  # green, 6.0 : 1
    workflow.Stage.CONFIRMED.value: "#00796b",  # teal, 5.3 : 1
    workflow.Stage.PUBLISHED.value: "#1967d2",  # blue, 5.4 : 1
}
STAGE_TEXT_COLOUR = "#ffffff"


class FittedBrowser(QTextBrowser):
    """A read-only rich text as tall as its content: the pane scrolls, not each text."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenExternalLinks(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Not a Tab stop: it shows no focus and has nothing to scroll (the pane scrolls);
        # a click still selects its text to copy.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        height = self.document().size().height()
        margins = self.contentsMargins()
        self.setFixedHeight(max(self.fontMetrics().height() + 12,
                                math.ceil(height) + margins.top() + margins.bottom() + 2))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()


class HitContext(QLabel):
    """The words around a sensitive-word hit, beside its check box: wrapped to the pane's
    width (a check box's text cannot wrap, and a long one widened the whole pane past its
    scroll area, clipping the preview); a click on it ticks the box, as on the box's text."""

    def __init__(self, text: str, check: QCheckBox, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.check = check
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setEnabled(check.isEnabled())
        check.setAccessibleDescription(text)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.check.isEnabled():
            self.check.toggle()
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class ReviewContent(QWidget):
    """The post's own widgets in the review pane.  ``send_requested``: Send comment."""

    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewContent")
        self.hit_checks: list[tuple[QCheckBox, object]] = []
        self.hit_contexts: list[HitContext] = []  # beside hit_checks, row by row
        self._html: dict[QTextBrowser, object] = {}  # each text's maker (``_set_html``)
        self._build()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = label("", "heading")
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("stageChip")
        self.urgent_icon = QLabel(self)
        self.urgent_icon.setPixmap(urgent_icon(16).pixmap(16, 16))
        self.urgent_label = label("", "error")
        self.urgent_label.setObjectName("urgentLabel")
        # The chip keeps its own height and the warning's first line sits beside it, when
        # a long warning wraps (the chip's padding is 2 px above and below its text).
        self.urgent_icon.setContentsMargins(0, 3, 0, 0)
        self.urgent_label.setContentsMargins(0, 2, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        chips = QHBoxLayout()
        chips.setContentsMargins(0, 0, 0, 0)
        chips.addWidget(self.stage_label, 0, top)
        chips.addSpacing(8)
        chips.addWidget(self.urgent_icon, 0, top)
        chips.addWidget(self.urgent_label, 1, top)
        chips.addStretch(0)

        self.return_note = label("", "")
        self.return_note.setObjectName("returnReason")
        apply_sheet(self.return_note, "notice")
        self.return_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.return_note.hide()

        # The facts two by two: (label, value, label, value) per row, the long one alone;
        # in a narrow pane (a 150 % laptop) one under the other (``_arrange_facts``).
        self.facts = facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(4)
        self.fact_labels: dict[str, QLabel] = {}
        self._fact_rows: list[list[tuple[QLabel, QLabel]]] = []
        layout_of = ((("where", self.tr("Platform:")), ("planned", self.tr("Planned:"))),
                     (("writer", self.tr("Writer:")), ("source", self.tr("Source:"))),
                     (("category", self.tr("Category:")), ("reviewer", self.tr("Reviewer:"))),
                     (("project", self.tr("Company project:")),))
        for pairs in layout_of:
            row = []
            for key, text in pairs:
                name = QLabel(text, self)
                set_role(name, "note")
                value = label("", "")
                value.setObjectName(f"fact_{key}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fact_labels[key] = value
                row.append((name, value))
            self._fact_rows.append(row)
        self._facts_wide: bool | None = None
        self._arrange_facts(True)

        preview_heading = label(self.tr("As it will appear"), "subheading")
        self.preview = FittedBrowser("previewText", self)
        self.preview.setAccessibleName(self.tr("The post as it will appear"))

        # Sensitive words (rule P4)
        self.hits_box = Section(self.tr("Sensitive words (rule P4)"), self)
        self.hits_box.setObjectName("hitsBox")
        self.hits_note = label("", "note")
        # One row per hit: its check box ("1. “最低” in the title:") and the words around it,
        # wrapped.  The rows live in a widget of their own, made again for each post.
        self.hits_rows = QWidget(self.hits_box)
        self.hits_error = error_label("hitsError")
        self.hits_layout = hits_layout = QVBoxLayout(self.hits_box)
        hits_layout.addWidget(self.hits_note)
        hits_layout.addWidget(self.hits_rows)
        hits_layout.addWidget(self.hits_error)

        # Changes since the approved version
        self.changes_box = Section(self.tr("Changes since the approved version"), self)
        self.changes_box.setObjectName("changesBox")
        self.changes_caption = label("", "note")
        self.changes_view = FittedBrowser("changesView", self)
        self.changes_view.setAccessibleName(self.tr("Changes since the approved version"))
        legend = label(self.tr("Added text is green and underlined; removed text is red and "
                               "struck through."), "note")
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(self.changes_caption)
        changes_layout.addWidget(self.changes_view)
        changes_layout.addWidget(legend)

        # The review checklist (rule P4)
        self.checklist_box = Section(self.tr("Review checklist (rule P4)"), self)
        self.checklist_box.setObjectName("checklistBox")
        self.checks: dict[workflow.CheckItem, QCheckBox] = {}
        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.setSpacing(2)
        # Each box with its words beside it, wrapped (a check box's own text cannot wrap:
        # "Accurate: names, figures, dates and links are checked" held the pane 346 px
        # wide); a click on the words ticks the box, as on a check box's text.
        items = QGridLayout()
        items.setContentsMargins(0, 0, 0, 0)
        items.setHorizontalSpacing(6)
        items.setVerticalSpacing(4)
        items.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        for row, item in enumerate(CHECKLIST):
            check = QCheckBox(self.checklist_box)
            check.setObjectName(f"check_{item.value}")
            check.setAccessibleName(item.label)
            words = HitContext(item.label, check, self.checklist_box)
            words.setObjectName(f"checkText_{item.value}")
            check.setAccessibleDescription("")
            self.checks[item] = check
            items.addWidget(check, row, 0, top)
            items.addWidget(words, row, 1, top)
        checklist_layout.addLayout(items)
        self.checklist_error = error_label("checklistError")
        checklist_layout.addWidget(self.checklist_error)

        # History and comments
        self.history_heading = label(self.tr("History and comments"), "subheading")
        self.history_view = FittedBrowser("historyView", self)
        self.history_view.setAccessibleName(self.tr("History and comments"))
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("Write a comment; type @ and a name to "
                                                     "tell someone"))
        self.comment_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        comment_label = QLabel(self.tr("Co&mment:"), self)
        comment_label.setBuddy(self.comment_edit)
        self.mention_button = QToolButton(self)
        self.mention_button.setObjectName("mentionButton")
        self.mention_button.setText(self.tr("@ Mention"))
        self.mention_button.setToolTip(self.tr("Name a colleague in the comment: they will "
                                               "see the post in their inbox"))
        self.mention_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mention_menu = QMenu(self.mention_button)
        self.mention_button.setMenu(self.mention_menu)
        self.comment_button = QPushButton(self.tr("&Send comment"), self)
        self.comment_button.setObjectName("commentButton")
        self.comment_button.setAutoDefault(False)
        self.comment_button.clicked.connect(lambda _c=False: self.send_requested.emit())
        self.comment_button.setToolTip(self.tr("Send the comment (Ctrl+Enter in the comment "
                                               "box)"))
        # Ctrl+Enter is "approve" in the pane; typing a comment it sends the comment, as in
        # a chat program, and never approves a post by a habit of the fingers.
        self.comment_edit.installEventFilter(self)
        self.comment_error = error_label("commentError")
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.mention_button)
        comment_row.addStretch(1)
        comment_row.addWidget(self.comment_button)

        inner = QVBoxLayout(self)
        inner.setContentsMargins(4, 0, 8, 8)
        inner.addWidget(self.title_label)
        inner.addLayout(chips)
        inner.addWidget(self.return_note)
        inner.addLayout(self.facts)
        inner.addWidget(preview_heading)
        inner.addWidget(self.preview)
        inner.addWidget(self.hits_box)
        inner.addWidget(self.changes_box)
        inner.addWidget(self.checklist_box)
        inner.addWidget(self.history_heading)
        inner.addWidget(self.history_view)
        inner.addWidget(comment_label)
        inner.addWidget(self.comment_edit)
        inner.addLayout(comment_row)
        inner.addWidget(self.comment_error)
        inner.addStretch(1)

    # -- fitting a narrow pane ------------------------------------------------------------------
    def _arrange_facts(self, wide: bool) -> None:
        """The facts two by two (``wide``) or one under the other."""
        if wide == self._facts_wide:
            return
        self._facts_wide = wide
        facts, top = self.facts, Qt.AlignmentFlag.AlignTop
        for row in self._fact_rows:
            for name, value in row:
                facts.removeWidget(name)
                facts.removeWidget(value)
        for column in range(4):
            facts.setColumnStretch(column, 0)
        line = 0
        for row in self._fact_rows:
            for n, (name, value) in enumerate(row):
                if wide:
                    span = 3 if len(row) == 1 else 1
                    facts.addWidget(name, line, 2 * n, top)
                    facts.addWidget(value, line, 2 * n + 1, 1, span, top)
                else:
                    facts.addWidget(name, line, 0, top)
                    facts.addWidget(value, line, 1, top)
                    line += 1
            if wide:
                line += 1
        facts.setColumnStretch(1, 1)
        if wide:
            facts.setColumnStretch(3, 1)

    def _facts_width(self, wide: bool) -> int:
        """The least width of the facts laid out two by two (``wide``) or one under the
        other: the names in full, each value at least six ems (it wraps)."""
        em = self.fontMetrics().horizontalAdvance("M")
        value = max([em * 6] + [v.minimumSizeHint().width() for v in self.fact_labels.values()])
        gap = self.facts.horizontalSpacing()
        if not wide:
            names = max(name.minimumSizeHint().width() for row in self._fact_rows
                        for name, _value in row)
            return names + gap + value
        first = max(row[0][0].minimumSizeHint().width() for row in self._fact_rows)
        second = max(row[1][0].minimumSizeHint().width() for row in self._fact_rows
                     if len(row) > 1)
        return first + second + 2 * value + 3 * gap

    def _margins(self) -> int:
        margins = self.layout().contentsMargins()
        return margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the facts one under the other allow (the pane lays them out two by
        two only where they fit), or the widest of the rest."""
        hint = super().minimumSizeHint()
        if self._facts_wide:
            layout, rest = self.layout(), 0
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if item.layout() is not self.facts and not item.isEmpty():
                    rest = max(rest, item.minimumSize().width())
            hint.setWidth(max(rest, self._facts_width(False)) + self._margins())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_facts(self.width() >= self._facts_width(True) + self._margins())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.comment_edit and event.type() in (QEvent.Type.ShortcutOverride,
                                                             QEvent.Type.KeyPress):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
                    not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                event.accept()  # the override: the box gets the key, not the pane's action
                if event.type() == QEvent.Type.KeyPress:
                    self.send_requested.emit()
                return True
        return super().eventFilter(watched, event)

    # -- the @ menu ----------------------------------------------------------------------------
    def set_people(self, people: dict[int, str], me: int,
                   logins: dict[int, str] | None = None) -> None:
        """The colleagues the @ menu offers (everyone active but ``me``).  Two who share a
        name are told apart by their user names (``logins``), which the menu writes: a
        shared name reaches nobody (``reviews.find_mentions``)."""
        self.mention_menu.clear()
        logins = logins or {}
        count: dict[str, int] = {}
        for name in people.values():
            count[name.casefold()] = count.get(name.casefold(), 0) + 1
        for uid, name in by_name(people.items(), lambda p: p[1]):
            if uid == me:
                continue
            text, written = name, name
            if count[name.casefold()] > 1 and logins.get(uid):
                text = self.tr("{name} ({login})").format(name=name, login=logins[uid])
                written = logins[uid]
            act = self.mention_menu.addAction(text)
            act.triggered.connect(lambda _c=False, n=written: self.insert_mention(n))

    def insert_mention(self, name: str) -> None:
        cursor = self.comment_edit.textCursor()
        before = self.comment_edit.toPlainText()[:cursor.position()]
        space = "" if not before or before.endswith((" ", "\n")) else " "
        cursor.insertText(f"{space}@{name} ")
        self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- filling -------------------------------------------------------------------------------
    def _set_html(self, view: QTextBrowser, make) -> None:
        """``view`` shows ``make()``; again when the theme changes (its quiet words take
        their colour from the palette: ``review_html.muted_style``)."""
        self._html[view] = make
        view.setHtml(make())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for view, make in getattr(self, "_html", {}).items():
                view.setHtml(make())

    def show_stage(self, stage: workflow.Stage) -> None:
        """The stage chip: the stage's name in white on its colour (``STAGE_COLOURS``)."""
        colour = STAGE_COLOURS.get(stage.value, STAGE_COLOURS[workflow.Stage.DRAFT.value])
        self.stage_label.setText(stage.label)
        self.stage_label.setStyleSheet(
            f"QLabel#stageChip {{ color: {STAGE_TEXT_COLOUR}; background: {colour};"
            f" border-radius: 8px; padding: 2px 8px; }}")

    def fill(self, post: PostInfo, *, hits, diff, history, may_approve: bool, urgent: bool,
             keep_ticks: bool, names: tuple[dict, dict, dict], now: _dt.datetime) -> None:
        """Show ``post`` with what the services said about it.  ``keep_ticks``: the same
        version as shown before, so the checklist and the confirmed hits stay ticked."""
        platforms, columns, people = names
        self.clear_problems()
        self.title_label.setText(post.title)
        self.show_stage(workflow.stage(post.status, post.concerns_project))
        if urgent:
            overdue = post.planned_at is not None and post.planned_at < now
            if workflow.awaiting_confirmation(post.status, post.concerns_project):
                # Approved, but a company-project post also needs the general manager (P2).
                text = (self.tr("Overdue: planned for {when} and still not confirmed by the "
                                "general manager.") if overdue
                        else self.tr("Urgent: planned for {when} and not yet confirmed by the "
                                     "general manager."))
            else:
                text = (self.tr("Overdue: planned for {when} and still not approved.")
                        if overdue else self.tr("Urgent: planned for {when} and not yet "
                                                "approved."))
            self.urgent_label.setText(text.format(
                when=when_text(post.planned_at, now, in_sentence=True)))
        self.urgent_label.setVisible(urgent)
        self.urgent_icon.setVisible(urgent)
        self._fill_facts(post, history, platforms, columns, now)
        returns = [e for e in history if e.kind == "decision" and e.action == "return"]
        if post.status is PostStatus.RETURNED and returns:
            self.return_note.setText(self.tr("Returned by {who} on {when}: {reason}").format(
                who=returns[-1].actor_name, when=format_local(returns[-1].at),
                reason=returns[-1].text))
        self.return_note.setVisible(post.status is PostStatus.RETURNED and bool(returns))
        self._set_html(self.preview,
                       lambda: review_html.preview_html(post.title, post.body, hits))
        approved = None  # the hits the approval in force confirmed (rule P4)
        if post.status in (PostStatus.APPROVED, PostStatus.CONFIRMED, PostStatus.PUBLISHED):
            approvals = [e for e in history if e.kind == "decision" and e.action == "approve"]
            if approvals:
                approved = {tuple(h) for h in approvals[-1].hits}
        self._fill_hits(post, hits, may_approve, keep_ticks, approved)
        self._fill_changes(diff)
        self.checklist_box.setVisible(may_approve)
        if not keep_ticks:
            for check in self.checks.values():
                check.setChecked(False)
        self.history_heading.setText(self.tr("History and comments ({n})").format(
            n=len(history)) if history else self.tr("History and comments"))
        self._set_html(self.history_view, lambda: review_html.history_html(history, people))

    def _fill_facts(self, post: PostInfo, history, platforms: dict, columns: dict,
                    now: _dt.datetime) -> None:
        where = platforms.get(post.platform_id, "")
        if post.column_id is not None and post.column_id in columns:
            where = self.tr("{platform} · {column}").format(platform=where,
                                                             column=columns[post.column_id])
        facts = self.fact_labels
        facts["where"].setText(where)
        planned = when_text(post.planned_at, now)
        if post.status is PostStatus.PUBLISHED and post.published_at is not None:
            planned = self.tr("{planned} (published {when})").format(
                planned=planned, when=when_text(post.published_at, now, in_sentence=True))
        facts["planned"].setText(planned)
        facts["writer"].setText(post.writer_name)
        facts["source"].setText(post.source or self.tr("(not given: rule P5 asks for it)"))
        facts["category"].setText(post.category.label)
        facts["project"].setText(
            self.tr("Yes: the general manager confirms it after the approval (rule P2)")
            if post.concerns_project else self.tr("No"))
        approvals = [e for e in history if e.kind == "decision" and e.action == "approve"]
        approved_now = post.status in (PostStatus.APPROVED, PostStatus.CONFIRMED,
                                       PostStatus.PUBLISHED)
        if approvals and approved_now:
            last = approvals[-1]
            facts["reviewer"].setText(self.tr("{name} (approved version {version})").format(
                name=last.actor_name, version=last.post_version))
        elif approvals:  # approved once, then changed: the approval no longer holds
            last = approvals[-1]
            facts["reviewer"].setText(self.tr(
                "not approved yet ({name} approved version {version}, before it was "
                "changed)").format(name=last.actor_name, version=last.post_version))
        else:
            facts["reviewer"].setText(self.tr("not approved yet"))

    def _fill_hits(self, post: PostInfo, hits, may_confirm: bool, keep_ticks: bool,
                   approved: set | None = None) -> None:
        """``approved``: the hits the approval in force confirmed (shown ticked; a hit it
        did not confirm is a word added to the list since), None before an approval."""
        ticked = {tuple(h) for c, h in self.hit_checks if c.isChecked()} if keep_ticks else set()
        self.hit_checks, self.hit_contexts = [], []
        # The rows are made whole before they go into the box and are shown: check boxes
        # added to rows already on screen would appear one event later, and out of place
        # for Tab (see ``focus_order``).
        rows = QWidget(self.hits_box)
        rows.setObjectName("hitsRows")
        if hits:
            self._hit_rows(rows, post, hits, may_confirm, ticked,
                           None if may_confirm else approved)
        self.hits_layout.replaceWidget(self.hits_rows, rows)
        self.hits_rows.hide()  # out of the layout, but on screen (and Tab's way) till deleted
        self.hits_rows.deleteLater()
        self.hits_rows = rows
        self.hits_box.setVisible(bool(hits))
        if hits:
            rows.show()

    def _hit_rows(self, rows: QWidget, post: PostInfo, hits, may_confirm: bool,
                  ticked: set, approved: set | None) -> None:
        """One row per hit in ``rows``: its check box and the words around it (``approved``:
        see ``_fill_hits``)."""
        if may_confirm:
            self.hits_note.setText(self.tr("Each highlighted word may break the Advertising "
                                           "Law. Tick each one you have checked and accept "
                                           "in its place."))
        elif approved is not None:
            self.hits_note.setText(self.tr("The reviewer confirmed the ticked words when "
                                           "approving the post."))
        else:
            self.hits_note.setText(self.tr("The reviewer confirms each highlighted word "
                                           "before approving."))
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        texts = {"title": post.title, "body": post.body}
        top = Qt.AlignmentFlag.AlignTop
        for row, (number, hit) in enumerate(review_html.numbered_hits(hits)):
            where = self.tr("title") if hit.field == "title" else self.tr("text")
            label = self.tr("{n}. “{word}” in the {where}:").format(
                n=number, word=hit.word, where=where)
            if approved is not None and tuple(hit) not in approved:
                label = self.tr("{n}. “{word}” in the {where} (added to the list after the "
                                "approval):").format(n=number, word=hit.word, where=where)
            check = QCheckBox(label, rows)
            check.setObjectName(f"hit_{number}")
            check.setEnabled(may_confirm)
            check.setChecked(tuple(hit) in (ticked if approved is None else approved))
            context = HitContext(review_html.hit_context(texts.get(hit.field, ""), hit), check,
                                 rows)
            context.setObjectName(f"hitContext_{number}")
            grid.addWidget(check, row, 0, top)
            grid.addWidget(context, row, 1, top)
            self.hit_checks.append((check, hit))
            self.hit_contexts.append(context)

    def _fill_changes(self, diff) -> None:
        show = diff is not None and diff.changed
        self.changes_box.setVisible(show)
        if not show:
            self._html.pop(self.changes_view, None)
            self.changes_view.clear()
            return
        self.changes_caption.setText(self.tr("Version {version} was approved by {who} on "
                                             "{when}; since then:").format(
            version=diff.approved_version, who=diff.approved_by,
            when=format_local(diff.approved_at)))
        self._set_html(self.changes_view, lambda: review_html.changes_html(diff))

    def focus_order(self) -> list[QWidget]:
        """The widgets Tab visits, top to bottom as they are laid out (hidden ones are
        skipped): the post, its hits (made again for each post), the changes, the
        checklist, the thread and the comment."""
        return [self.preview, *(check for check, _hit in self.hit_checks), self.changes_view,
                *self.checks.values(), self.history_view, self.comment_edit,
                self.mention_button, self.comment_button]

    # -- what the reviewer ticked --------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [item.value for item, check in self.checks.items() if check.isChecked()]

    def confirmed_hits(self) -> list:
        return [hit for check, hit in self.hit_checks if check.isChecked()]

    # -- problems ------------------------------------------------------------------------------
    def _errors(self) -> dict[str, QLabel]:
        return {"checklist": self.checklist_error, "hits": self.hits_error,
                "comment": self.comment_error}

    def clear_problems(self) -> None:
        for error in self._errors().values():
            error.clear()
            error.hide()

    def show_problem(self, field: str | None, message: str) -> QWidget | None:
        """Show ``message`` next to ``field`` ("checklist", "hits", "comment") and put the
        focus where something is missing; the area shown, or None for another field."""
        targets = {"checklist": (self.checklist_box,
                                 [c for c in self.checks.values() if not c.isChecked()]),
                   "hits": (self.hits_box,
                            [c for c, _h in self.hit_checks if not c.isChecked()]),
                   "comment": (self.comment_edit, [self.comment_edit])}
        if field not in targets:
            return None
        area, focus = targets[field]
        error = self._errors()[field]
        error.setText(message)
        error.show()
        if focus:
            focus[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return error

    def problem(self, field: str) -> str:
        error = self._errors()[field]
        return "" if error.isHidden() else error.text()
