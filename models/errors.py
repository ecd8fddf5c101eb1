"""Domain errors: what went wrong, in words a person can act on.

Every error carries an English source message (marked for translation) and
the values to put into it; ``str(error)`` is the message in the user's
language.  Screens show it as it is; the command line prints it.
"""
from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"


class DomainError(Exception):
    """Base of every error a person is meant to read."""

    message = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed.")

    def __init__(self, message: str | None = None, **values):
        if message is not None:
            self.message = message
        self.values = values
        super().__init__(self.message)

    def __str__(self) -> str:
        text = translate(CONTEXT, self.message)
        try:
            return text.format(**self.values)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.values)


class PermissionDenied(DomainError):
    message = QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this.")


class ValidationError(DomainError):
    """Bad input; ``field`` names the form field to put the cursor in."""

    message = QT_TRANSLATE_NOOP("Errors", "Please check what you entered.")

    def __init__(self, message: str | None = None, field: str | None = None, **values):
        super().__init__(message, **values)
        self.field = field


class NotFound(DomainError):
    message = QT_TRANSLATE_NOOP("Errors", "The item no longer exists. Someone may have removed it.")


class ConflictError(DomainError):
    """A colleague saved a newer version of the row first (optimistic locking)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{who} changed this at {when} while you were editing it. Your change was not saved; "
        "the latest version is shown now.")


class AuthenticationFailed(DomainError):
    message = QT_TRANSLATE_NOOP("Errors", "The user name or password is wrong.")


class LoginPaused(DomainError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        # Wrong passwords at log-in or in "Change password": the pause is the same.
        "Too many wrong passwords. Log-in is paused for {seconds} seconds; please wait and "
        "try again.")


class DatabaseProblem(DomainError):
    """The database cannot be opened or used; the app cannot go on with it."""

    message = QT_TRANSLATE_NOOP("Errors", "The database cannot be opened.")
