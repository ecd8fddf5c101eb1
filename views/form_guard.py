"""Forms that do not lose what a person typed: ``KeepsEntries``.

A dialog with fields (the post editor, every ``FormDialog``) lists it before ``QDialog``
among its bases.  Cancel or Escape then asks "Discard your changes?" when the fields
differ from how they were filled (``ui.widgets.form_state``, plus what a form's
``form_entries`` adds: a list's ticks and names); an unchanged form, one just saved
(``remember_entries``) or one that ``entries_matter`` says cannot be changed closes at
once.  The question (``views.team_dialogs.ask_discard``) is imported when it is asked.
"""
from __future__ import annotations

from ui.widgets import form_state


class KeepsEntries:
    """A mixin for a QDialog: Cancel and Escape ask before typed entries are thrown away."""

    _entered: tuple | None = None  # the fields as filled
    discard_box = None  # the question while it is open

    def entries_matter(self) -> bool:
        """False for a form whose fields cannot be changed (read only)."""
        return True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._entered is None:
            self.remember_entries()

    def form_entries(self) -> tuple:
        """What a person has entered in the form; a form with entries that ``form_state``
        does not see (the items of a list) adds them."""
        return form_state(self)

    def remember_entries(self) -> None:
        """The fields as they are now count as unchanged (after filling or saving them)."""
        self._entered = self.form_entries()

    def reject(self) -> None:
        if self.entries_matter() and self._entered is not None \
                and self.form_entries() != self._entered:
            from views.team_dialogs import ask_discard

            self.discard_box = ask_discard(self, self._discard_entries)
            return
        super().reject()

    def _discard_entries(self) -> None:
        self._entered = None
        self.reject()
