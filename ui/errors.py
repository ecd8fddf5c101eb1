"""The "Unexpected error" dialog and the hooks that open it.

``install()`` routes every uncaught exception (of the GUI thread, through
``sys.excepthook``, and of other threads, through ``threading.excepthook``)
to the log and to one dialog that apologises in the user's language and
offers to copy the details.  The stack trace goes to the log and the
clipboard, never onto the screen, and holds no local variables.  The app
keeps running.  The log file itself is set up by ``ui.app.setup_logging``
(the headless commands use it too, without loading any widgets).

The hooks are installed at every start, so this module is imported then:
what only the dialog needs is imported when the dialog is first built.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.app import app_version, log_file

log = logging.getLogger("mediadesk")

def format_details(exc_type, exc_value, exc_tb) -> str:
    """What "Copy details" copies: versions and the traceback, never local variables."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"MediaDesk {app_version()}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    lines.extend(traceback.format_exception(exc_type, exc_value, exc_tb))
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """A short apology, "Copy details" and "Close". The details are not shown."""

    def __init__(self, details: str, parent: QWidget | None = None):
        from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                                       QStyle, QVBoxLayout)

        from ui.style import set_role

        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical,
                                                 None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Sorry, something went wrong in MediaDesk."))
        set_role(heading, "heading")
        text = QLabel(self.tr(
            "What you were doing may not have been completed; please check it. "
            "MediaDesk keeps running and the details were written to its log file. "
            "If this happens again, click \u201cCopy details\u201d and send them to the "
            "person who looks after MediaDesk."))
        text.setWordWrap(True)
        where = QLabel(self.tr("Log file: {path}").format(path=str(log_file())))
        set_role(where, "note")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copied_label = QLabel("")
        set_role(self.copied_label, "note")

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAutoDefault(True)  # Enter on it copies, not Close
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        body = QVBoxLayout()
        body.addWidget(heading)
        body.addWidget(text)
        body.addWidget(where)
        body.addWidget(self.copied_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # The keyboard starts on Close, the default: Copy details, first in the row and
        # pressed by Enter when it has the keyboard, would have taken Enter from it.
        self.close_button.setFocus()

    @Slot()
    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.details)
        self.copied_label.setText(self.tr("The details are on the clipboard."))


class _Bridge(QObject):
    """Carries an error from any thread to the GUI thread (queued signal)."""

    show = Signal(str)
    refused = Signal(str)


class ErrorHandler:
    """The installed hooks. One dialog at a time; an error while handling one is only logged."""

    #: How many refusals one warning box shows at most (the latest).
    REFUSALS_SHOWN = 3

    def __init__(self):
        self.dialog: ErrorDialog | None = None
        self._busy = False
        self._previous_hook = None
        self._previous_thread_hook = None
        self._bridge = _Bridge()
        self._bridge.show.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)
        self._bridge.refused.connect(self._show_refusal, Qt.ConnectionType.QueuedConnection)
        self.refusal = None  # the message box of a refusal no screen showed, while open

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        if self._refused(exc_type, exc_value, exc_tb):
            return
        details = self._record(exc_type, exc_value, exc_tb)
        if details is None:
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        if threading.current_thread() is threading.main_thread():
            self._show_dialog(details)
        else:
            self._bridge.show.emit(details)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        if self._refused(args.exc_type, args.exc_value, args.exc_traceback):
            return
        details = self._record(args.exc_type, args.exc_value, args.exc_traceback,
                               thread=getattr(args.thread, "name", "?"))
        if details is not None and QApplication.instance() is not None:
            self._bridge.show.emit(details)

    def _record(self, exc_type, exc_value, exc_tb, thread: str | None = None) -> str | None:
        try:
            where = f" in thread {thread}" if thread else ""
            log.error("Unexpected error%s", where, exc_info=(exc_type, exc_value, exc_tb))
            return format_details(exc_type, exc_value, exc_tb)
        except Exception:  # the error handler must never raise
            try:
                sys.__excepthook__(exc_type, exc_value, exc_tb)
            except Exception:
                pass
            return None

    def _refused(self, exc_type, exc_value, exc_tb) -> bool:
        """A service's refusal (``DomainError``: the team database cannot be reached, the
        file is locked, a rule) that no screen caught is no crash: its message, which is
        written for the person, is shown in a plain warning; the log keeps where it came
        from.  False for anything else."""
        from models.errors import DomainError

        if not issubclass(exc_type, DomainError) or QApplication.instance() is None:
            return False
        try:
            log.warning("Refused where no screen showed it: %s", exc_value,
                        exc_info=(exc_type, exc_value, exc_tb))
            self._bridge.refused.emit(str(exc_value))
        except Exception:  # the error handler must never raise
            return False
        return True

    @Slot(str)
    def _show_refusal(self, message: str) -> None:
        """One box at a time; the same message again while it is open adds nothing."""
        from PySide6.QtWidgets import QMessageBox

        if self.refusal is not None:
            # The latest few, each once (one refusal after another made the box grow).
            shown = self.refusal.text().split("\n\n")
            if message not in shown:
                self.refusal.setText("\n\n".join((shown + [message])[-self.REFUSALS_SHOWN:]))
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, "MediaDesk", message,
                          QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        box.setObjectName("refusalBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._refusal_closed)
        self.refusal = box
        box.open()

    @Slot()
    def _refusal_closed(self) -> None:
        self.refusal = None

    @Slot(str)
    def _show_dialog(self, details: str) -> None:
        if self._busy:
            return
        if self.dialog is not None:
            # One dialog is open already: it stands for this error too; the log has both.
            self.dialog.details += "\n\n" + details
            return
        self._busy = True
        try:
            parent = QApplication.activeWindow()
            dialog = ErrorDialog(details, parent if isinstance(parent, QWidget) else None)
            dialog.finished.connect(self._dialog_closed)
            self.dialog = dialog
            dialog.show()
            dialog.activateWindow()
        except Exception:
            log.exception("The error dialog itself failed")
            self.dialog = None
        finally:
            self._busy = False

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None


_handler_instance: ErrorHandler | None = None


def install() -> ErrorHandler:
    """Install the hooks (once); call after the QApplication exists."""
    global _handler_instance
    if _handler_instance is None:
        _handler_instance = ErrorHandler()
        _handler_instance.install()
    return _handler_instance


def uninstall() -> None:
    global _handler_instance
    if _handler_instance is not None:
        _handler_instance.uninstall()
        for box in (_handler_instance.dialog, _handler_instance.refusal):
            if box is not None:
                box.close()
        _handler_instance = None


def current_dialog() -> ErrorDialog | None:
    return _handler_instance.dialog if _handler_instance else None


def current_refusal():
    """The warning box of a refusal no screen showed, while it is open."""
    return _handler_instance.refusal if _handler_instance else None

