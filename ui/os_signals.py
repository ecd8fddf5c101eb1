"""Ending the app when the system asks: SIGTERM (the desktop session ends, a task
manager ends it), SIGHUP (its terminal closes) and SIGINT (Ctrl+C in a terminal).

Each ends the app as File > Quit does, without questions nobody is there to answer:
the window's size and place are kept, the database is closed and a demo's temporary
folder removed (the default action kills the process and leaves the folder behind).
A second signal while the app is ending kills it at once, as before.

Python runs a signal's handler only when the interpreter next runs, and Qt's event
loop waits in C++: a byte written on a socket (``signal.set_wakeup_fd``) wakes the
loop, and the handler runs before the socket notifier's slot.  The handler does no
Qt work itself; it posts the ending to the event loop, so that it never interrupts a
database transaction half-way.
"""
from __future__ import annotations

import logging
import signal
import socket

log = logging.getLogger("mediadesk")

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")  # SIGHUP: not on Windows


class SignalEnding:
    """Installed while the app runs: ``install(app)``, then ``uninstall()``."""

    def __init__(self, exit_code: int):
        self.exit_code = exit_code
        self.app = None
        self.ending = False
        self._signals = [getattr(signal, name) for name in SIGNAL_NAMES if hasattr(signal, name)]
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier = None
        self._old_wakeup = -1

    def install(self, app) -> None:
        from PySide6.QtCore import QSocketNotifier

        self.app = app
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        self._old_wakeup = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(self._drain)
        for number in self._signals:
            signal.signal(number, self._received)

    def uninstall(self) -> None:
        for number in self._signals:
            signal.signal(number, signal.SIG_DFL)
        if self._sockets is None:
            return
        signal.set_wakeup_fd(self._old_wakeup)
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        for end in self._sockets:
            end.close()
        self._sockets = self._notifier = None

    def _drain(self) -> None:
        try:
            while self._sockets[0].recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _received(self, number: int, _frame) -> None:
        from PySide6.QtCore import QTimer

        for other in self._signals:  # a second one kills the app at once
            signal.signal(other, signal.SIG_DFL)
        self.ending = True
        QTimer.singleShot(0, lambda: self.end(number))

    def end(self, number: int) -> None:
        """Keep the main window's settings and leave every event loop (open dialogs too)."""
        log.info("Ending on %s", signal.Signals(number).name)
        for widget in self.app.topLevelWidgets():
            keep = getattr(widget, "save_settings", None)  # the main window's geometry
            if keep is not None and widget.isVisible():
                keep()
        self.app.exit(self.exit_code)
