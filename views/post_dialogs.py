"""Two small companions of the post editor: "Duplicate to other platforms…" and "Move to…".

``DuplicateDialog`` makes linked copies through ``models.posts.duplicate_post``.
``MoveToDialog`` only chooses a time (``chosen`` carries naive UTC, or None for
"unscheduled"); the calendar saves the move through its undo stack.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QRadioButton, QVBoxLayout, QWidget)

from models import posts as post_service
from models.errors import DomainError
from models.posts import PostInfo
from models.timeutil import format_local, utcnow
from models.users import UserInfo
from ui.widgets import BusyCursor, grow_to_fit, label, quoted, swatch
from views.post_widgets import (HalfHourEdit, local_to_utc, next_half_hour, platform_names,
                                utc_to_local)


# -- duplicate ---------------------------------------------------------------------------

class DuplicateDialog(QDialog):
    """Tick the platforms that get a linked copy of the post; ``duplicated(list[PostInfo])``."""

    duplicated = Signal(list)

    def __init__(self, user: UserInfo, post: PostInfo, parent: QWidget | None = None):
        from models.platforms import list_platforms

        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.user, self.post = user, post
        self.setWindowTitle(self.tr("Duplicate to other platforms"))
        intro = label(self.tr("Each platform you tick gets a linked copy of “{title}”: a draft "
                              "that is edited on its own. The copies start from the post as it "
                              "was last saved.").format(title=quoted(post.title)))
        intro.setObjectName("duplicateIntro")
        self.message = label("", "error")
        self.message.setObjectName("message")
        self.message.hide()

        family = {post.platform_id} | {r.platform_id for r in post_service.linked_posts(post.id)}
        self.platform_list = QListWidget(self)
        self.platform_list.setObjectName("platforms")
        self.platform_list.setAccessibleName(self.tr("Platforms"))
        for p in list_platforms(include_inactive=False):
            if p.id == post.platform_id:
                continue
            item = QListWidgetItem(swatch(p.colour), p.name, self.platform_list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in family:
                item.setText(self.tr("{name} – already has a version").format(name=p.name))
                item.setToolTip(self.tr("This post already has a version on {name}; open that "
                                        "one to change it.").format(name=p.name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(4, min(self.platform_list.count(), 12))
        self.platform_list.setMinimumHeight(self.platform_list.sizeHintForRow(0) * rows + 8
                                            if self.platform_list.count() else 0)
        list_label = QLabel(self.tr("&Platforms:"), self)
        list_label.setBuddy(self.platform_list)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Make copies"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(list_label)
        layout.addWidget(self.platform_list, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 26)
        self.platform_list.setFocus()
        if self.platform_list.count():
            first = next((i for i in range(self.platform_list.count())
                          if self.platform_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), 0)
            self.platform_list.setCurrentRow(first)

    def item_for(self, platform_id: int) -> QListWidgetItem | None:
        for i in range(self.platform_list.count()):
            item = self.platform_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == platform_id:
                return item
        return None

    def chosen_ids(self) -> list[int]:
        out = []
        for i in range(self.platform_list.count()):
            item = self.platform_list.item(i)
            if (item.flags() & Qt.ItemFlag.ItemIsEnabled
                    and item.checkState() == Qt.CheckState.Checked):
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def accept(self) -> None:
        self.message.hide()
        try:
            with BusyCursor():
                copies = post_service.duplicate_post(self.user, self.post.id, self.chosen_ids())
        except DomainError as error:
            self.message.setText(str(error))
            self.message.show()
            grow_to_fit(self.message)
            self.platform_list.setFocus()
            return
        self.duplicated.emit(copies)
        super().accept()


# -- move to ---------------------------------------------------------------------------------

class MoveToDialog(QDialog):
    """Choose a new time (local) or "unscheduled"; ``chosen`` carries naive UTC or None.

    It saves nothing: the calendar moves the post through its undo stack.
    """

    chosen = Signal(object)

    def __init__(self, post: PostInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moveToDialog")
        self.post = post
        self.setWindowTitle(self.tr("Move post"))
        platform = platform_names().get(post.platform_id, "")
        title = QLabel(post.title, self)
        title.setObjectName("postTitle")
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        if post.planned_at is None:
            now_text = self.tr("{platform} · not scheduled yet").format(platform=platform)
        else:
            now_text = self.tr("{platform} · now planned for {when}").format(
                platform=platform, when=format_local(post.planned_at))
        current = label(now_text, "note")
        current.setObjectName("currentTime")

        self.at_radio = QRadioButton(self.tr("&At:"), self)
        self.at_radio.setObjectName("scheduled")
        self.when_edit = HalfHourEdit(self)
        self.when_edit.setObjectName("when")
        self.when_edit.setAccessibleName(self.tr("New publication time"))
        self.unscheduled_radio = QRadioButton(self.tr("&Unscheduled (back to the list of "
                                                      "unscheduled posts)"), self)
        self.unscheduled_radio.setObjectName("unscheduled")
        at_row = QHBoxLayout()
        at_row.addWidget(self.at_radio)
        at_row.addWidget(self.when_edit)
        at_row.addStretch(1)

        self.message = label("", "error")
        self.message.setObjectName("message")
        self.message.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Move"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(current)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addLayout(at_row)
        layout.addWidget(self.unscheduled_radio)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        now = utcnow()
        start = post.planned_at if post.planned_at and post.planned_at > now else None
        self.when_edit.set_local(utc_to_local(start) if start else next_half_hour(now))
        self.at_radio.setChecked(True)
        self.at_radio.toggled.connect(self.when_edit.setEnabled)
        self.when_edit.dateTimeChanged.connect(lambda _v: self.at_radio.setChecked(True))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 26)
        self.when_edit.setFocus()

    def choice(self) -> _dt.datetime | None:
        if self.unscheduled_radio.isChecked():
            return None
        return local_to_utc(self.when_edit.local())

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def accept(self) -> None:
        when = self.choice()
        if when is not None and when < utcnow().replace(second=0):
            self.message.setText(self.tr("{when} has already passed. Choose a time that is "
                                         "still ahead, or Unscheduled.").format(
                when=format_local(when)))
            self.message.show()
            grow_to_fit(self.message)
            self.when_edit.setFocus()
            return
        self.message.hide()
        if when != self.post.planned_at:
            self.chosen.emit(when)
        super().accept()
