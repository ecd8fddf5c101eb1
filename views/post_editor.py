"""The post editor: create or edit one post (issue 3; rule P5).

``PostEditor`` calls ``models.posts.create_post`` / ``update_post`` itself and shows
what a service refuses in a message bar at the top of the form: a ``ValidationError``
also puts the cursor in the field it names and marks it; a ``ConflictError`` (a
colleague saved first) names who and when and offers "Reload" (their version replaces
the form, after a confirmation) or "Keep my text" (nothing is lost, but a save keeps
failing until the form is reloaded: nothing is ever overwritten).  Everything typed
stays after a refusal.  The character counters follow the platform's length limits
(set by the manager in "Planning rules…"); the service checks them again.

Whether a person may edit is decided by the services.  The editor opens read-only
(texts selectable and copyable, everything else disabled, only Close) when the person
could not save anyway: no writing role, or someone else's post and not the operations
manager.

The calendar imports all the post dialogs from here: ``MoveToDialog`` and
``DuplicateDialog`` (views/post_dialogs.py) and ``LimitsDialog``
(views/planning_rules.py) are loaded on first use.
"""
from __future__ import annotations

import datetime as _dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from models import posts as post_service
from models.cadence_rules import BODY_HARD_MAX, TITLE_HARD_MAX, get_limits
from models.errors import ConflictError, DomainError, NotFound
from models.posts import (SOURCE_MAX, WRITER_ROLES, PostCategory, PostFields, PostInfo,
                          PostStatus)
from models.timeutil import format_local
from models.users import UserInfo
from ui.char_limit import limit_chars
from ui.style import set_invalid, set_role
from ui.widgets import (BusyCursor, bring_into_view, by_name, fit_to_screen, grow_to_fit, label,
                        scroll_form, swatch)
from views.form_guard import KeepsEntries
from views.post_widgets import (HalfHourEdit, MessageBar, local_to_utc, may_edit, may_write,
                                next_half_hour, utc_to_local)

# Imported on first use, so that opening the editor loads only what it needs.
_LAZY = {"DuplicateDialog": "views.post_dialogs", "MoveToDialog": "views.post_dialogs",
         "LimitsDialog": "views.planning_rules"}


def __getattr__(name: str):
    """``MoveToDialog``, ``DuplicateDialog`` and ``LimitsDialog`` live in their own modules."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


# -- the editor ------------------------------------------------------------------------------

class PostEditor(KeepsEntries, QDialog):
    """Create or edit one post; ``saved(PostInfo)`` after a successful save."""

    saved = Signal(object)
    duplicated = Signal(list)
    deleted = Signal(int, str)  # the post's id and title, after it was deleted here

    def __init__(self, user: UserInfo, post: PostInfo | None = None,
                 parent: QWidget | None = None, *, planned_at: _dt.datetime | None = None,
                 platform_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("postEditor")
        self.user = user
        self.post = post
        self.editable = may_edit(user, post)
        self.duplicate_dialog = None  # the DuplicateDialog while it is open
        self.confirm_box = None
        self.delete_box = None  # "Delete the post?" while it is asked
        self._conflict: ConflictError | None = None
        self._initial_local: _dt.datetime | None = None
        self._limits: dict[int, tuple[int, int | None]] = {}
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._marked: list[tuple[QWidget, QLabel]] = []
        self._grown = False  # to fit its wrapped notes, once shown (showEvent)
        self._build()
        from models import sensitive
        from views.post_review_bits import SensitiveHighlighter

        self.sensitive_words = sensitive.get_words()
        self.highlighter = SensitiveHighlighter(self.body_edit.document(), self.sensitive_words)
        self._fill(post, planned_at, platform_id)
        self._show_review_state()
        if not self.editable:
            self._make_read_only()
        fit_to_screen(self)  # its size hint, or what the screen has room for
        self.title_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._grown:
            # Laid out for real, the notes that wrap (the sensitive words beside the count,
            # the review note) may take a line more than the size hint guessed: a post in
            # review opened with its last rows scrolled away on a screen with room.
            self._grown = True
            grow_to_fit(self.hits_label)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        metrics = self.fontMetrics()
        self.message_bar = MessageBar(self)
        self.reload_button = self.message_bar.add_button(
            "reload", self.tr("&Reload their version…"), self.ask_reload)
        self.keep_button = self.message_bar.add_button(
            "keepEditing", self.tr("&Keep my text"), self.keep_editing)
        self.note = label("", "note")
        self.note.setObjectName("readOnlyNote")
        self.note.hide()
        self.review_label = label("", "note")
        self.review_label.setObjectName("reviewNote")
        self.review_label.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("platform")
        self.column_combo = QComboBox(self)
        self.column_combo.setObjectName("column")
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.platform_combo, 1)
        self.column_label = QLabel(self.tr("Col&umn:"), self)
        self.column_label.setBuddy(self.column_combo)
        where.addWidget(self.column_label)
        where.addWidget(self.column_combo, 1)
        self._row("platform", self.tr("&Platform:"), self.platform_combo, where)
        self._fields["column"] = (self.column_combo, self.column_label)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        limit_chars(self.title_edit, TITLE_HARD_MAX)
        self.title_edit.setPlaceholderText(self.tr("What readers see first"))
        self.title_counter = self._counter("titleCounter")
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.title_counter)
        self._row("title", self.tr("&Title:"), self.title_edit, title_row)

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(self.tr("The text, or a summary of it"))
        # Low enough for a 150 % laptop screen; a taller window gives the text all its room.
        self.body_edit.setMinimumHeight(metrics.lineSpacing() * 4)
        self.body_counter = self._counter("bodyCounter")
        body_box = QVBoxLayout()
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.setSpacing(2)
        body_box.addWidget(self.body_edit, 1)
        self.hits_label = label("", "note")
        self.hits_label.setObjectName("sensitiveHits")
        self.hits_label.hide()
        hits_row = QHBoxLayout()
        hits_row.setContentsMargins(0, 0, 0, 0)
        hits_row.addWidget(self.hits_label, 1)
        hits_row.addWidget(self.body_counter, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        body_box.addLayout(hits_row)
        self._row("body", self.tr("Te&xt or summary:"), self.body_edit, body_box)

        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("source")
        limit_chars(self.source_edit, SOURCE_MAX)
        self.source_edit.setPlaceholderText(self.tr("Where the facts come from"))
        self.source_edit.setToolTip(self.tr("Every post names its source: a press release, a "
                                            "link, a department or a colleague."))
        self._row("source", self.tr("&Source:"), self.source_edit)

        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        for category in PostCategory:
            self.category_combo.addItem(category.label, category.value)
        self.project_check = QCheckBox(self.tr("&Concerns a company project"), self)
        self.project_check.setObjectName("concernsProject")
        self.project_check.setToolTip(self.tr("The general manager confirms such posts after "
                                              "the operations manager has approved them."))
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.category_combo, 1)
        kind_row.addSpacing(metrics.horizontalAdvance("  "))
        kind_row.addWidget(self.project_check)
        self._row("category", self.tr("Cate&gory:"), self.category_combo, kind_row)
        self._fields["concerns_project"] = (self.project_check, self._fields["category"][1])

        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("event")
        self.event_combo.setToolTip(self.tr("The major event or promotion this post announces or "
                                            "recaps; its deadlines count this post."))
        self._row("event", self.tr("&Event:"), self.event_combo)

        self.writer_combo = QComboBox(self)
        self.writer_combo.setObjectName("writer")
        self._row("writer", self.tr("&Writer:"), self.writer_combo)

        self.scheduled_check = QCheckBox(self.tr("Sc&heduled for"), self)
        self.scheduled_check.setObjectName("scheduled")
        self.when_edit = HalfHourEdit(self)
        self.when_edit.setObjectName("plannedAt")
        self.when_edit.setAccessibleName(self.tr("Planned publication time"))
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.scheduled_check)
        when_row.addWidget(self.when_edit)
        self.unscheduled_hint = label(self.tr("(unscheduled)"), "note", wrap=False)
        when_row.addWidget(self.unscheduled_hint)
        when_row.addStretch(1)
        self._row("planned_at", self.tr("Planned:"), self.when_edit, when_row,
                  buddy=self.scheduled_check)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self._row("status", self.tr("Status:"), self.status_label)
        self.published_label = QLabel(self)
        self.published_label.setObjectName("published")
        self.published_label.setTextFormat(Qt.TextFormat.RichText)
        self.published_label.setOpenExternalLinks(True)
        self.published_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.published_label.setWordWrap(True)
        self._row("published", self.tr("Published:"), self.published_label)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.duplicate_button = QPushButton(self.tr("&Duplicate to other platforms…"), self)
        self.duplicate_button.setObjectName("duplicate")
        self.duplicate_button.setAutoDefault(True)  # Enter on it: this, not Save
        self.duplicate_button.setToolTip(self.tr("Linked copies of the saved post for other "
                                                 "platforms, each edited on its own"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setObjectName("deletePost")
        self.delete_button.setAutoDefault(True)  # Enter on it: this, not Save
        self.delete_button.setToolTip(self.tr("Delete this post (it has not been published); "
                                              "you are asked first"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.submit_button = self.buttons.addButton(self.tr("Save and su&bmit for review"),
                                                    QDialogButtonBox.ButtonRole.ApplyRole)
        self.submit_button.setObjectName("saveAndSubmit")
        self.submit_button.setToolTip(self.tr("Save, then send the post to the operations "
                                              "manager for review (rule P1)"))
        self.submit_button.clicked.connect(self.save_and_submit)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.duplicate_button.clicked.connect(self.open_duplicate)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.note)
        layout.addWidget(self.review_label)
        form_widget = QWidget(self)
        form_widget.setObjectName("postForm")
        self.form.setContentsMargins(0, 0, 0, 0)
        form_widget.setLayout(self.form)
        # On a short screen (a 150 % laptop) the form scrolls and the buttons stay in view.
        self.form_area = scroll_form(form_widget, self)
        self.form_area.setObjectName("postFormArea")
        layout.addWidget(self.form_area, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.duplicate_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        send_shortcut.activated.connect(self.save)

        self.platform_combo.currentIndexChanged.connect(self._platform_changed)
        self.title_edit.textChanged.connect(self._update_counters)
        self.body_edit.textChanged.connect(self._update_counters)
        self.title_edit.textChanged.connect(self._update_hits)
        self.body_edit.textChanged.connect(self._update_hits)
        self.scheduled_check.toggled.connect(self._scheduled_toggled)
        self.setMinimumWidth(metrics.horizontalAdvance("国") * 38)

    def _row(self, field: str, text: str, widget: QWidget, layout=None,
             buddy: QWidget | None = None) -> QLabel:
        row_label = QLabel(text, self)
        row_label.setBuddy(buddy or widget)
        if layout is None:
            self.form.addRow(row_label, widget)
        else:
            self.form.addRow(row_label, layout)
        self._fields[field] = (widget, row_label)
        return row_label

    def _counter(self, name: str) -> QLabel:
        counter = label("", "note", wrap=False)
        counter.setObjectName(name)
        counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        counter.setMinimumWidth(self.fontMetrics().horizontalAdvance("000000 / 000000"))
        return counter

    # -- filling ---------------------------------------------------------------------------
    def _fill(self, post: PostInfo | None, planned_at: _dt.datetime | None,
              platform_id: int | None) -> None:
        from models.events import list_events
        from models.platforms import list_platforms
        from models.users import list_users

        if post is None:
            self.setWindowTitle(self.tr("New post"))
        else:
            self.setWindowTitle(self.tr("Post: {title}").format(title=post.title))

        current_platform = post.platform_id if post else platform_id
        self.platform_combo.blockSignals(True)
        self.platform_combo.clear()
        for p in list_platforms():
            if not p.active and p.id != current_platform:
                continue
            text = p.name if p.active else self.tr("{name} (no longer in use)").format(
                name=p.name)
            self.platform_combo.addItem(swatch(p.colour), text, p.id)
        index = self.platform_combo.findData(current_platform) if current_platform else -1
        self.platform_combo.setCurrentIndex(max(index, 0))
        self.platform_combo.blockSignals(False)
        self._fill_columns(post.column_id if post else None)

        self.title_edit.setText(post.title if post else "")
        self.body_edit.setPlainText(post.body if post else "")
        self.source_edit.setText(post.source if post else "")
        category = post.category if post else PostCategory.GENERAL
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        self.project_check.setChecked(bool(post and post.concerns_project))

        self.event_combo.clear()
        self.event_combo.addItem(self.tr("(none)"), None)
        since = _dt.date.today() - _dt.timedelta(days=120)
        events = list_events(first_day=since)
        if post and post.event_id and all(e.id != post.event_id for e in events):
            from models.events import get_event

            try:
                events.insert(0, get_event(post.event_id))
            except NotFound:
                pass
        for event in events:
            self.event_combo.addItem(
                self.tr("{name} ({kind}, {start} – {end})").format(
                    name=event.name, kind=event.kind.label, start=event.starts_on.isoformat(),
                    end=event.ends_on.isoformat()), event.id)
        self.event_combo.setCurrentIndex(
            max(self.event_combo.findData(post.event_id), 0) if post and post.event_id else 0)
        # As wide as its longest event (name, kind and dates), up to 40 characters: the
        # chosen one was cut mid-date in Chinese ("…2026-11-20 至 2026-11-2").
        metrics = self.event_combo.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.event_combo.itemText(i))
                     for i in range(self.event_combo.count()))
        self.event_combo.setMinimumWidth(min(widest + metrics.horizontalAdvance("国") * 3,
                                             metrics.horizontalAdvance("国") * 40))

        self.writer_combo.clear()
        writer_id = post.writer_id if post else self.user.id
        if self.user.is_manager and self.editable:
            writers = by_name([u for u in list_users(include_inactive=False)
                               if u.roles & WRITER_ROLES], lambda u: u.display_name)
            for u in writers:
                self.writer_combo.addItem(u.display_name, u.id)
            if self.writer_combo.findData(writer_id) < 0:
                name = post.writer_name if post else self.user.display_name
                self.writer_combo.addItem(name, writer_id)
            self.writer_combo.setEnabled(True)
            self.writer_combo.setToolTip("")
        else:
            self.writer_combo.addItem(post.writer_name if post else self.user.display_name,
                                      writer_id)
            self.writer_combo.setEnabled(False)
            self.writer_combo.setToolTip(self.tr("Only the operations manager may give a post "
                                                 "to another writer."))
        self.writer_combo.setCurrentIndex(self.writer_combo.findData(writer_id))

        when = post.planned_at if post else planned_at
        self._initial_local = utc_to_local(when)
        self.scheduled_check.setChecked(when is not None)
        self.when_edit.set_local(self._initial_local or next_half_hour())
        self._scheduled_toggled(when is not None)

        status = post.status if post else PostStatus.DRAFT
        self.status_label.setText(status.label if post else self.tr("Draft (not saved yet)"))
        published = post is not None and (post.published_at is not None or post.published_url)
        self.form.setRowVisible(self._fields["published"][1], bool(published))
        if published:
            parts = []
            if post.published_at is not None:
                parts.append(html.escape(format_local(post.published_at)))
            url = post.published_url
            if url:
                link = html.escape(url, quote=True)
                parts.append(f'<a href="{link}">{link}</a>'
                             if url.lower().startswith(("http://", "https://")) else link)
            self.published_label.setText(" · ".join(parts))
        is_published = post is not None and post.status is PostStatus.PUBLISHED
        tip = self.tr("A published post keeps its platform and time.") if is_published else ""
        for widget in (self.platform_combo, self.scheduled_check, self.when_edit):
            widget.setEnabled(not is_published)
            widget.setToolTip(tip)
        if is_published:
            self.unscheduled_hint.hide()
        # Copies to other platforms: of a post one may change, or of one's published post.
        self.duplicate_button.setVisible(post is not None and may_write(self.user, post))
        # Deleting: the writer or the manager, not a published post, not the writer's own
        # post while it is in review (withdrawn first); the service decides again.
        self.delete_button.setVisible(post is not None and post_service.may_delete(
            self.user, post.writer_id, post.status))
        self._update_counters()

    def _fill_columns(self, column_id: int | None = None) -> None:
        from models.platforms import get_column, list_columns

        platform_id = self.platform_combo.currentData()
        self.column_combo.clear()
        self.column_combo.addItem(self.tr("(none)"), None)
        if platform_id is None:
            return
        columns = list_columns(platform_id, include_inactive=False)
        for column in columns:
            self.column_combo.addItem(column.name, column.id)
        if column_id is not None and self.column_combo.findData(column_id) < 0:
            try:
                column = get_column(column_id)
            except NotFound:
                column = None
            if column is not None and column.platform_id == platform_id:
                self.column_combo.addItem(
                    self.tr("{name} (no longer in use)").format(name=column.name), column.id)
        self.column_combo.setCurrentIndex(max(self.column_combo.findData(column_id), 0)
                                          if column_id is not None else 0)
        self.column_combo.setEnabled(self.editable and self.column_combo.count() > 1)

    def _make_read_only(self) -> None:
        published = self.post is not None and self.post.status is PostStatus.PUBLISHED
        copyable = published and may_write(self.user, self.post)
        if copyable:
            text = self.tr("This post has been published: what went out is kept as it was "
                           "approved and can no longer be changed (rule P1). For a correction, "
                           "write a new post and send it for review.")
        elif not self.user.roles & WRITER_ROLES or not self.user.active:
            text = self.tr("You can read this post but not change it: only the content, channel "
                           "and promotion specialists and the operations manager write posts.")
        else:
            text = self.tr("This is {writer}'s post. Only {writer} or the operations manager "
                           "may change it.").format(writer=self.post.writer_name)
        self.note.setText(text)
        self.note.show()
        for edit in (self.title_edit, self.source_edit):
            edit.setReadOnly(True)  # still selectable and copyable
        self.body_edit.setReadOnly(True)
        for widget in (self.platform_combo, self.column_combo, self.category_combo,
                       self.project_check, self.event_combo, self.writer_combo,
                       self.scheduled_check, self.when_edit):
            widget.setEnabled(False)
        self.save_button.hide()
        self.duplicate_button.setVisible(copyable)  # the writer may still copy it elsewhere
        self.cancel_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        if self.post is not None:
            self.setWindowTitle(self.tr("Post: {title} (read-only)").format(
                title=self.post.title))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)  # QDialog selects the focused field's text here
        if visible and self.post is not None:  # a key pressed by chance must not replace it
            self.title_edit.deselect()
            self.title_edit.end(False)

    # -- live feedback -------------------------------------------------------------------
    def _platform_changed(self, _index: int) -> None:
        self._fill_columns(None)
        self._update_counters()

    def limits(self) -> tuple[int, int | None]:
        """(title maximum, body maximum or None) for the chosen platform."""
        platform_id = self.platform_combo.currentData()
        if platform_id is None:
            return TITLE_HARD_MAX, None
        if platform_id not in self._limits:
            limits = get_limits(platform_id)
            self._limits[platform_id] = (min(limits.title_max or TITLE_HARD_MAX, TITLE_HARD_MAX),
                                         min(limits.body_max, BODY_HARD_MAX)
                                         if limits.body_max else None)
        return self._limits[platform_id]

    def _update_counters(self) -> None:
        title_max, body_max = self.limits()
        # The service counts the text without leading and trailing spaces; so do the counters.
        title_len = len(self.title_edit.text().strip())
        body_len = len(self.body_edit.toPlainText().strip())
        self._show_count(self.title_counter, title_len, title_max)
        self._show_count(self.body_counter, body_len, body_max)

    def _show_count(self, counter: QLabel, count: int, limit: int | None) -> None:
        if limit is None:
            counter.setText(self.tr("Length: {count}").format(count=count))
            counter.setToolTip(self.tr("This platform has no length limit."))
            over = False
        else:
            counter.setText(self.tr("{count} / {limit}").format(count=count, limit=limit))
            over = count > limit
            counter.setToolTip(
                self.tr("{n} characters too many for this platform.").format(n=count - limit)
                if over else self.tr("At most {limit} characters on this platform.").format(
                    limit=limit))
        counter.setProperty("over", over)
        set_role(counter, "error" if over else "note")

    def _scheduled_toggled(self, on: bool) -> None:
        published = self.post is not None and self.post.status is PostStatus.PUBLISHED
        self.when_edit.setEnabled(on and self.editable and not published)
        self.unscheduled_hint.setVisible(not on)

    # -- values ----------------------------------------------------------------------------
    def planned_at(self) -> _dt.datetime | None:
        """The chosen time as naive UTC, or None (unscheduled)."""
        if not self.scheduled_check.isChecked():
            return None
        local = self.when_edit.local()
        if self.post is not None and local == self._initial_local:
            return self.post.planned_at  # untouched: exactly as stored
        return local_to_utc(local)

    def fields(self) -> PostFields:
        writer = self.writer_combo.currentData() if self.writer_combo.isEnabled() else None
        return PostFields(
            platform_id=self.platform_combo.currentData(),
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            source=self.source_edit.text(),
            category=PostCategory(self.category_combo.currentData()),
            concerns_project=self.project_check.isChecked(),
            column_id=self.column_combo.currentData(),
            planned_at=self.planned_at(),
            event_id=self.event_combo.currentData(),
            writer_id=writer)

    # -- messages ----------------------------------------------------------------------------
    def message(self) -> str:
        """The message shown at the top of the form, or ""."""
        return self.message_bar.text()

    def marked_fields(self) -> list[str]:
        """The fields marked as needing attention (for tests)."""
        marked = {id(w) for w, _l in self._marked}
        return [name for name, (w, _l) in self._fields.items() if id(w) in marked]

    def _clear_marks(self) -> None:
        for widget, row_label in self._marked:
            set_invalid(widget, False)
            set_role(row_label, "")
        self._marked = []

    def show_problem(self, error: DomainError, text: str | None = None) -> None:
        """A refusal at the top (``text``, else the error's own); a ValidationError also
        marks and focuses its field."""
        self._clear_marks()
        self.message_bar.say(text if text is not None else str(error))
        field = getattr(error, "field", None)
        if field in self._fields:
            widget, row_label = self._fields[field]
            set_invalid(widget, True)
            set_role(row_label, "error")
            self._marked.append((widget, row_label))
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            bring_into_view(widget)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _conflict_text(self, error: ConflictError) -> str:
        return self.tr("{who} changed this post at {when} while you were editing it. Your "
                       "changes were not saved, and nothing of theirs was overwritten.").format(
            who=error.values.get("who", ""), when=error.values.get("when", ""))

    def show_conflict(self, error: ConflictError) -> None:
        self._clear_marks()
        self._conflict = error
        text = self._conflict_text(error) + "\n" + self.tr(
            "Reload to see their version (your changes here are lost), or keep your text to "
            "copy what you need first.")
        self.message_bar.say(text, buttons=(self.reload_button, self.keep_button))

    def keep_editing(self) -> None:
        """The person keeps their text; it still cannot be saved over the colleague's change."""
        if self._conflict is None:
            return
        text = self._conflict_text(self._conflict) + "\n" + self.tr(
            "Your text is kept, but it cannot be saved over their change. Copy what you need, "
            "then reload.")
        self.message_bar.say(text, buttons=(self.reload_button,))
        self.title_edit.setFocus()

    def ask_reload(self):
        """Ask before the colleague's version replaces the form; returns the question."""
        from views.team_dialogs import ConfirmBox

        box = ConfirmBox(self.tr("Reload the post?"),
                         self.tr("The post is shown as it is saved now. What you typed here "
                                 "since you opened it is lost."),
                         self.tr("&Reload"), self)
        box.setObjectName("confirmReload")
        box.finished.connect(lambda _r: box.confirmed() and self.reload())
        box.finished.connect(lambda _r: box.deleteLater())
        self.confirm_box = box
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------
    def entries_matter(self) -> bool:
        """Someone who only reads the post closes it at once (``views.form_guard``)."""
        return self.editable

    def reload(self) -> None:
        """Show the post as it is stored now (a colleague's version), dropping my edits."""
        if self.post is None:
            return
        try:
            fresh = post_service.get_post(self.post.id)
        except DomainError as error:
            self.message_bar.say(str(error))
            return
        who = self._conflict.values.get("who", "") if self._conflict else ""
        self._conflict = None
        self._clear_marks()
        self.post = fresh
        self.editable = may_edit(self.user, fresh)
        self._fill(fresh, None, None)
        if not self.editable and not self.save_button.isHidden():
            self._make_read_only()
        self.message_bar.say(
            self.tr("This is the version {who} saved. You can edit it now.").format(who=who)
            if who else self.tr("This is the post as it is saved now."), role="note")
        self.remember_entries()
        self.title_edit.setFocus()

    # -- actions -----------------------------------------------------------------------------
    def _update_hits(self) -> None:
        from views.post_review_bits import hits_text

        text = hits_text(self.title_edit.text(), self.body_edit.toPlainText(),
                         getattr(self, "sensitive_words", []), self.editable)
        self.hits_label.setText(text)
        self.hits_label.setVisible(bool(text))

    def _show_review_state(self) -> None:
        """The review note, and "Save and submit" for the writer of a draft or returned post."""
        from models.posts import PostStatus
        from views.post_review_bits import review_note

        note = review_note(self.post, self.editable)
        self.review_label.setText(note)
        self.review_label.setVisible(bool(note))
        status = self.post.status if self.post is not None else PostStatus.DRAFT
        writer = self.post.writer_id if self.post is not None else self.user.id
        self.submit_button.setVisible(
            self.editable and writer == self.user.id
            and status in (PostStatus.DRAFT, PostStatus.RETURNED))

    def save_and_submit(self) -> bool:
        """Save, then submit for review (rule P1). A refused submit leaves the post saved
        as a draft, on the calendar (``saved``), and says so and why; the dialog stays open,
        editing the saved post."""
        from models import reviews

        if not self._save_only():
            return False
        self.saved.emit(self.post)  # on the calendar now, whatever the submit does
        self._show_saved()
        try:
            with BusyCursor():
                self.post = reviews.submit(self.user, self.post.id, self.post.version)
        except NotFound as error:
            self._gone(error)
            return False
        except DomainError as error:
            self._show_review_state()
            # The writer had thought it lost (the refusal did not say it was saved) and
            # wrote it again.
            saved = (self.tr("Saved as a draft, but not submitted for review: {reason}")
                     if self.post.status is PostStatus.DRAFT else
                     self.tr("Saved, but not submitted for review again: {reason}"))
            self.show_problem(error, saved.format(reason=error))
            return False
        self.saved.emit(self.post)
        self.accept()
        return True

    def _show_saved(self) -> None:
        """The dialog, open still, now edits the post it has saved: its title, its status
        (not "not saved yet"), and what may be done with a saved post."""
        post = self.post
        self.setWindowTitle(self.tr("Post: {title}").format(title=post.title))
        self.status_label.setText(post.status.label)
        self.duplicate_button.setVisible(may_write(self.user, post))
        self.delete_button.setVisible(post_service.may_delete(self.user, post.writer_id,
                                                              post.status))

    def save(self) -> bool:
        """Save through the service; True when saved (the dialog then closes)."""
        if not self._save_only():
            return False
        self.saved.emit(self.post)
        self.accept()
        return True

    def _save_only(self) -> bool:
        """Save through the service and keep the dialog open; False (and why) if refused."""
        if not self.editable:
            return False
        self._clear_marks()
        self.message_bar.clear()
        try:
            fields = self.fields()
            with BusyCursor():
                if self.post is None:
                    info = post_service.create_post(self.user, fields)
                else:
                    info = post_service.update_post(self.user, self.post.id, self.post.version,
                                                    fields)
        except ConflictError as error:
            self.show_conflict(error)
            return False
        except NotFound as error:
            self._gone(error)
            return False
        except DomainError as error:  # ValidationError, PermissionDenied, ...
            self.show_problem(error)
            return False
        self.post = info
        self.remember_entries()  # saved: closing now loses nothing
        return True

    def open_duplicate(self):
        """Open "Duplicate to other platforms…" (window-modal); returns it."""
        from views.post_dialogs import DuplicateDialog

        if self.post is None:
            return None
        dialog = DuplicateDialog(self.user, self.post, self)
        dialog.duplicated.connect(self._copies_made)
        dialog.duplicated.connect(self.duplicated)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.duplicate_dialog = dialog
        dialog.open()
        return dialog

    def _copies_made(self, copies: list) -> None:
        """Say for which platforms copies were made (nothing had), and which of them have
        no column of the post's name, so that their copies have none (rule C5 counts each
        column's posts): the person chooses one in each copy."""
        from models.i18n import join_list, join_sentences
        from models.platforms import get_column

        def platform_name(platform_id: int) -> str:
            at = self.platform_combo.findData(platform_id)
            if at >= 0:
                return self.platform_combo.itemText(at)
            from models.platforms import get_platform  # added since the editor opened

            try:
                return get_platform(platform_id).name
            except DomainError:
                return ""

        texts = [self.tr("Copies made for {platforms}; each is a draft of its own.").format(
            platforms=join_list([platform_name(c.platform_id) for c in copies]))]
        without = [platform_name(c.platform_id) for c in copies if c.column_id is None]
        if self.post is not None and self.post.column_id is not None and without:
            try:
                column = get_column(self.post.column_id).name
            except DomainError:
                column = ""
            texts.append(self.tr("There is no column “{column}” on {platforms}: choose one in "
                                 "the copy there.").format(platforms=join_list(without),
                                                           column=column))
        self.message_bar.say(join_sentences(texts), role="note")

    def ask_delete(self):
        """Ask before the post is deleted (Cancel is the default); returns the question."""
        if self.post is None:
            return None
        try:
            post_service.get_post(self.post.id)
        except NotFound as error:  # a colleague deleted it: nothing to ask
            self._gone(error)
            return None
        except DomainError:
            pass  # the deletion itself will say what is wrong
        box = delete_question(self.post, self)
        box.finished.connect(lambda _r, b=box: b.confirmed() and self.delete_post())
        box.finished.connect(lambda _r, b=box: b.deleteLater())
        self.delete_box = box
        box.open()
        return box

    def _gone(self, error: NotFound) -> None:
        """The post was deleted (by a colleague) while it was open here: say so, keep what
        was typed (to copy into a new post) and offer nothing that needs the post."""
        if self.post is None:  # a new post: the refusal is about something else
            self.show_problem(error)
            return
        self.message_bar.say(self.tr(
            "“{title}” has been deleted meanwhile, so it can no longer be saved. What you "
            "typed is still here: copy what you need into a new post.").format(
                title=self.post.title))
        for button in (self.save_button, self.submit_button, self.delete_button,
                       self.duplicate_button):
            button.setEnabled(False)

    def delete_post(self) -> bool:
        """Delete the post through the service; True when deleted (the dialog then closes).

        A refusal says why in the message bar; a colleague's newer version offers Reload:
        nothing is deleted that the person has not seen."""
        if self.post is None:
            return False
        self._clear_marks()
        self.message_bar.clear()
        post_id, title = self.post.id, self.post.title
        try:
            with BusyCursor():
                post_service.delete_post(self.user, post_id, self.post.version)
        except ConflictError as error:
            self._conflict = error
            self.message_bar.say(str(error), buttons=(self.reload_button,))
            return False
        except NotFound as error:
            self._gone(error)
            return False
        except DomainError as error:  # PermissionDenied, ...
            self.show_problem(error)
            return False
        self.remember_entries()  # gone: nothing typed here is worth keeping
        self.deleted.emit(post_id, title)
        self.accept()
        return True


def delete_question(post: PostInfo, parent: QWidget):
    """"Delete the post?" naming its title and what goes with it (its review history) and
    what stays (its linked versions on other platforms); Cancel is the default button.  Used by the
    post editor and the calendar."""
    from PySide6.QtCore import QCoreApplication

    from models import reviews
    from ui.widgets import quoted
    from views.team_dialogs import ConfirmBox

    has_history = bool(reviews.history(post.id))
    has_versions = bool(post_service.linked_posts(post.id))
    box = ConfirmBox(
        QCoreApplication.translate("PostEditor", "Delete post"),
        QCoreApplication.translate("PostEditor", "Delete the post \u201c{title}\u201d? It "
                                                 "leaves the calendar and cannot be brought "
                                                 "back.").format(title=quoted(post.title)),
        QCoreApplication.translate("PostEditor", "&Delete"), parent)
    box.setObjectName("confirmDeletePost")
    box.confirm_button.setObjectName("confirmDelete")
    more = []
    if has_history:
        more.append(QCoreApplication.translate(
            "PostEditor", "Its review history, the decisions and comments, goes with it."))
    if has_versions:
        more.append(QCoreApplication.translate(
            "PostEditor", "Its linked versions on other platforms stay."))
    if more:
        box.setInformativeText("\n".join(more))
    return box
