"""Pieces the post dialogs share: local/UTC times, a half-hour date-time field, a message bar.

Times are shown and typed in this PC's time zone and handed to services as naive UTC.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (QAbstractSpinBox, QDateTimeEdit, QFrame, QHBoxLayout,
                               QPushButton, QVBoxLayout, QWidget)

from models.posts import WRITER_ROLES, PostInfo, PostStatus
from models.timeutil import EARLIEST_DAY, LATEST_DAY, from_local, to_local_naive, utcnow
from models.users import UserInfo
from ui.style import set_role
from ui.widgets import grow_to_fit, label

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


# -- times -------------------------------------------------------------------------------

# Stored naive UTC <-> naive local time (this PC's zone): models.timeutil's functions.
utc_to_local = to_local_naive
local_to_utc = from_local


def to_qdatetime(local: _dt.datetime) -> QDateTime:
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> _dt.datetime:
    """The date and minute shown, as a naive local datetime (Qt's own zone is not used)."""
    d, t = value.date(), value.time()
    return _dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def next_half_hour(after_utc: _dt.datetime | None = None) -> _dt.datetime:
    """The next :00 or :30 in local time, at least 15 minutes ahead."""
    now = utc_to_local(after_utc or utcnow()) + _dt.timedelta(minutes=15)
    rounded = now.replace(second=0, microsecond=0, minute=0)
    while rounded < now:
        rounded += _dt.timedelta(minutes=30)
    return rounded


class HalfHourEdit(QDateTimeEdit):
    """A date-time field (local time, calendar popup) whose minute arrows step by 30 minutes.

    Any minute can still be typed, on the days MediaDesk plans (``timeutil``: 2000 to 2099,
    as the services accept; Qt's own range reaches 9999).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setDateRange(QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day),
                          QDate(LATEST_DAY.year, LATEST_DAY.month, LATEST_DAY.day))
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Focused as a dialog opens (Move to…), the arrows change the day: Qt puts the
        cursor in the first section, the year, so Up moved a post a year ahead.  Tab still
        enters at the year, where typing the whole date and time begins."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                              Qt.FocusReason.OtherFocusReason):
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection or steps == 0:
            super().stepBy(steps)
            return
        value = self.dateTime()
        minute = value.time().minute()
        if steps > 0:
            delta = (30 - minute % 30) + 30 * (steps - 1)
        else:
            delta = -(minute % 30 or 30) + 30 * (steps + 1)
        self.setDateTime(value.addSecs(delta * 60))
        self.setCurrentSection(QDateTimeEdit.Section.MinuteSection)

    def stepEnabled(self):  # noqa: N802 - Qt's name
        """Minutes step across the hour (10:30 -> 11:00), so both arrows always work there."""
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection and self.isEnabled() \
                and not self.isReadOnly():
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()

    def local(self) -> _dt.datetime:
        return from_qdatetime(self.dateTime())

    def set_local(self, value: _dt.datetime) -> None:
        self.setDateTime(to_qdatetime(value))


# -- shared pieces -----------------------------------------------------------------------

def may_write(user: UserInfo, post: PostInfo | None) -> bool:
    """Whether ``user`` is the post's writer or the manager (may change it, or copy it)."""
    if not user.active or not (user.roles & WRITER_ROLES):
        return False
    return post is None or user.is_manager or post.writer_id == user.id


def may_edit(user: UserInfo, post: PostInfo | None) -> bool:
    """Whether the services would let ``user`` save this post (a courtesy, not a control):
    a published post is not changed any more (rule P1, ``posts.update_post``)."""
    if post is not None and post.status is PostStatus.PUBLISHED:
        return False
    return may_write(user, post)


def platform_names() -> dict[int, str]:
    from models.platforms import list_platforms

    return {p.id: p.name for p in list_platforms()}


class MessageBar(QFrame):
    """A message at the top of a form, with optional action buttons (hidden when empty)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = label("", "error")
        self.label.setObjectName("message")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)
        self.hide()

    def add_button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(True)  # Enter on it presses it, not the form's Save
        button.clicked.connect(lambda _checked=False: slot())
        button.hide()
        self.buttons.addWidget(button)
        return button

    def say(self, text: str, role: str = "error", buttons: tuple[QPushButton, ...] = ()) -> None:
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                widget.setVisible(widget in buttons)
        set_role(self.label, role)
        self.label.setText(text)
        self.setVisible(bool(text))
        if text:
            grow_to_fit(self)

    def clear(self) -> None:
        self.say("")

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
