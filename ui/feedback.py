"""Telling a person what went wrong, in their language, without a stack trace.

Screens call ``show_error(parent, exc)`` for a ``DomainError`` raised by a
service.  Anything else is a bug and goes to the unexpected-error dialog
(ui/errors.py) through ``sys.excepthook``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import ConflictError, DomainError, PermissionDenied


def error_title(error: DomainError) -> str:
    if isinstance(error, ConflictError):
        return QCoreApplication.translate("Feedback", "Changed by a colleague")
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate("Feedback", "Not allowed")
    return QCoreApplication.translate("Feedback", "Cannot save")


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """A modal message with the error's text; the form behind it keeps what was typed."""
    box = QMessageBox(QMessageBox.Icon.Warning, error_title(error), str(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("domainErrorBox")
    box.exec()
