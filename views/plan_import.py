"""A posting plan imported off the GUI thread (DESIGN: long work runs off the GUI thread
and reports progress; the window never freezes): the calendar's ``import_file`` runs a
``PlanImportWorker`` behind its progress dialog.  A module of its own so that the
calendar's import at start-up does not make QThread's Python type.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal

from models.users import UserInfo


class _ImportCancelled(Exception):
    """Raised in the import's progress callback after Cancel: the transaction rolls back."""


class PlanImportWorker(QThread):
    """``planning.import_plan`` off the GUI thread (DESIGN: long work runs off the GUI
    thread and reports progress; the window never freezes).

    peewee keeps one connection per thread: the worker's first query opens its own (with
    the same pragmas), and ``run`` closes it again however the import ends.  The outcome
    is left in ``result`` (a ``planning.PlanImport``), ``error`` (the exception; a
    ``DomainError`` is for the person) or ``cancelled``.  ``progressed(done, total)``
    counts the posts written.
    """

    progressed = Signal(int, int)

    def __init__(self, user: UserInfo, data: bytes):
        super().__init__()
        self.user, self.data = user, data
        self.result = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next chunk of posts; nothing is written (called on the GUI thread)."""
        self._cancel.set()

    def run(self) -> None:
        from models import db as dbmod
        from models import planning

        try:
            self.result = planning.import_plan(self.user, self.data, progress=self._progress)
        except _ImportCancelled:
            self.cancelled = True
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self.error = exc
        finally:
            dbmod.close()  # this thread's connection only; the GUI thread keeps its own

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _ImportCancelled()
        self.progressed.emit(done, total)
