"""The review pane's two forms: the reason for returning a post, and where and when it
was published (rules P1, P3).

Like the team's forms (``views.team_dialogs.FormDialog``), a form does not call a
service itself: Save hands the dialog to the pane's handler, which returns True when
the dialog may close.  A refusal is shown under the field it names (the reason, the
link, the time) or under the form, and what was typed stays.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from models.posts import URL_MAX, PostInfo
from models.workflow import REASON_MAX
from views.post_widgets import DATE_TIME_FORMAT, from_qdatetime, local_to_utc, to_qdatetime, \
    utc_to_local
from ui.widgets import quoted
from views.team_dialogs import FormDialog


class ReturnDialog(FormDialog):
    """"Return to the writer": the reason is required; the writer reads it in their inbox."""

    def __init__(self, post: PostInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.post = post
        self.setWindowTitle(self.tr("Return “{title}”").format(title=quoted(post.title)))
        intro = QLabel(self.tr("{writer} will see the post in their inbox with your reason, "
                               "change it and submit it again.").format(
                                   writer=post.writer_name), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("What should be changed, and why"))
        self.reason_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_field("reason", self.tr("Rea&son:"), self.reason_edit)
        self.save_button.setText(self.tr("&Return to the writer"))
        self.setMinimumWidth(460)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def check(self):
        if len(self.reason().strip()) > REASON_MAX:
            return "reason", self.tr("The reason is too long (at most {n} characters).").format(
                n=REASON_MAX)
        return None


class PublishDialog(FormDialog):
    """"Mark as published": the post's link and when it went out (default: now)."""

    def __init__(self, post: PostInfo, parent: QWidget | None = None,
                 now_utc: _dt.datetime | None = None):
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.post = post
        self.setWindowTitle(self.tr("Mark “{title}” as published").format(
            title=quoted(post.title)))
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setMaxLength(URL_MAX)
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly
                                          | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.add_field("url", self.tr("&Link:"), self.url_edit)
        now = utc_to_local(now_utc or _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None))
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setObjectName("publishedAtEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.when_edit.setDateTime(to_qdatetime(now.replace(second=0, microsecond=0)))
        self.add_field("published_at", self.tr("Published &at:"), self.when_edit)
        self.save_button.setText(self.tr("&Mark as published"))
        self.setMinimumWidth(460)
        self.url_edit.setFocus()

    def url(self) -> str:
        return self.url_edit.text()

    def published_at(self) -> _dt.datetime:
        """The chosen time as the naive UTC the service takes."""
        return local_to_utc(from_qdatetime(self.when_edit.dateTime()))
