"""The approval inbox's count on the navigation entry, and a desktop notification when
something new arrives in it (issue 4).

``InboxBadge`` polls ``reviews.activity_mark()`` (three MAX() look-ups: it changes with
every decision and comment anyone stores, and every post deleted) every few seconds, and
once a minute regardless, since a post also falls due as time passes.  Only when the mark has moved
does it read which posts wait for the person (``reviews.waiting_ids``): the count goes
to ``count_changed``, and posts that were not waiting before to ``notified(text)`` and,
where the desktop has one, to a system-tray message.  The first look only counts; what
waits at log-in is not news.

The main window starts a badge after its first paint (start-up stays quick).  A screen
that has just counted the inbox itself hands the number over (``publish_count``) so the
badge follows a decision at once.
"""
from __future__ import annotations

import logging
import time
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from models import reviews
from models.users import UserInfo
from ui.widgets import quoted

log = logging.getLogger(__name__)

POLL_MS = 4000
RECOUNT_SECONDS = 60
MESSAGE_MS = 10000

_live: "weakref.WeakSet[InboxBadge]" = weakref.WeakSet()


def publish_count(user_id: int, count: int) -> None:
    """A screen counted ``user_id``'s inbox: every badge of theirs shows ``count`` now."""
    for badge in list(_live):
        if badge.user.id == user_id:
            badge.accept_count(count)


class InboxBadge(QObject):
    """The number of posts waiting for ``user``, kept up to date, and news of new ones.

    ``count_changed(int)``: the number changed.  ``notified(str)``: something new arrived
    (the text shown in the desktop notification).  ``open_requested``: the person clicked
    the notification.
    """

    count_changed = Signal(int)
    notified = Signal(str)
    open_requested = Signal()

    def __init__(self, user: UserInfo, parent: QObject | None = None,
                 interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.user = user
        self.count: int | None = None
        self.tray: QSystemTrayIcon | None = None
        self._mark: tuple[int, int, int] | None = None
        self._ids: frozenset[int] | None = None
        self._mentions: frozenset[int] = frozenset()  # posts whose thread names them, unseen
        self._counted_at = 0.0
        self._failing = False  # the last check could not read the inbox
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        _live.add(self)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self, force: bool = False) -> bool:
        """Look at the inbox if anything happened (or a minute has passed); True if it did.
        A database that cannot be reached is tried again at the next tick."""
        try:
            mark = reviews.activity_mark()
            stale = time.monotonic() - self._counted_at > RECOUNT_SECONDS
            if mark == self._mark and not stale and not force:
                return False
            ids = reviews.waiting_ids(self.user)
            mentions = reviews.unseen_mention_ids(self.user) & ids
            first = self._ids is None
            # News: a post that was not waiting, or a new mention on one that was (the
            # manager's inbox holds every post in review, so a colleague's "@王芳" on one
            # of them said nothing); not what the person's own decision or edit brought.
            new = frozenset() if first else (ids - self._ids) | (mentions - self._mentions)
            if new:
                new -= reviews.moved_last_by(self.user, new - mentions)
        except Exception:  # noqa: BLE001 - a background check must never stop the app
            # Once per outage with its traceback (a server down for an hour wrote one at
            # every tick, and the rotating log lost what came before).
            if not self._failing:
                log.warning("could not read the approval inbox", exc_info=True)
            self._failing = True
            return False
        if self._failing:
            log.info("the approval inbox can be read again")
            self._failing = False
        self._mark, self._counted_at = mark, time.monotonic()
        self._ids, self._mentions = ids, mentions
        self._set_count(len(ids))
        if new:
            self._notify(sorted(new))
        return True

    def accept_count(self, count: int) -> None:
        """The count a screen has just worked out; the next check looks at the posts."""
        self._set_count(count)

    def _set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)

    # -- notifying ---------------------------------------------------------------------------
    def message_for(self, new_ids: list[int]) -> str:
        if len(new_ids) == 1:
            item = reviews.item_for(self.user, new_ids[0])
            if item is not None:
                #: Between two things a person must do about one post ("Review; Mentioned").
                todo = QCoreApplication.translate("Inbox", "; ").join(
                    r.label for r in item.reasons)
                return QCoreApplication.translate(
                    "InboxBadge", "“{title}” waits for you: {todo}.").format(
                        title=quoted(item.title), todo=todo)
        n = len(new_ids)
        # Worded without a plural: lupdate marks a plural only in tr() or with a literal n.
        return QCoreApplication.translate(
            "InboxBadge", "New posts waiting for you in the approval inbox: %n.", "", n)

    def _notify(self, new_ids: list[int]) -> None:
        text = self.message_for(new_ids)
        self.notified.emit(text)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip(QCoreApplication.translate("InboxBadge", "MediaDesk"))
            self.tray.messageClicked.connect(self.open_requested)
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
        self.tray.show()
        self.tray.showMessage(QCoreApplication.translate("InboxBadge", "Approval inbox"), text,
                              QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
