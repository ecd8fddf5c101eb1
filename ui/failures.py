"""A screen that cannot read the database says so where it shows its messages.

Screens read through the services when they open, on F5, when a list pages on,
when a person picks a day, a filter, a tab or a post.  When the database cannot
be read (the team server is down, the network is gone) the service raises a
``DomainError`` (``DatabaseProblem``) whose text names the problem and what to
do.  That is a message for the person, not a defect: the screen shows it in
its usual place (the calendar's notice bar, the inbox's message bar, the team
screen's status line), keeps what it showed before, and the next action (F5,
a click) tries again; the database layer reconnects by itself once the server
is back.

``reporting(show)`` is the one way to do it::

    with reporting(self.show_notice) as attempt:
        rows = service.read(...)
        self.rows = rows
    if attempt.failed:
        ...  # put back what the screen shows (the previous month, the previous tab)

``shows_problems("show_notice")`` does the same around a whole method: it returns
the method's value, or ``failed`` (default False) after showing the message.

Only ``DomainError`` is caught: anything else is a defect and still reaches the
unexpected-error dialog (ui/errors.py).
"""
from __future__ import annotations

import functools
import logging
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from models.errors import DomainError

log = logging.getLogger("mediadesk")


class Attempt:
    """What ``reporting`` saw: ``error`` is the DomainError it showed, or None."""

    def __init__(self) -> None:
        self.error: DomainError | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


@contextmanager
def reporting(show: Callable[[str], Any]) -> Iterator[Attempt]:
    """Run the block; a ``DomainError`` raised in it is shown with ``show(text)`` (and
    logged, without a stack trace) instead of propagating."""
    attempt = Attempt()
    try:
        yield attempt
    except DomainError as exc:
        attempt.error = exc
        log.warning("Not read: %s: %s", type(exc).__name__, exc)
        show(str(exc))


def shows_problems(show: str, failed: Any = False):
    """Decorate a method of a screen: a ``DomainError`` it raises is shown with the
    screen's method named ``show`` (called with the text) and the call returns ``failed``."""
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            with reporting(getattr(self, show)):
                return method(self, *args, **kwargs)
            return failed
        return wrapper
    return decorate
