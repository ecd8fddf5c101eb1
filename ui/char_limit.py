"""A line edit's length limit counted in characters, as the services count them.

``QLineEdit.setMaxLength`` counts UTF-16 code units: an emoji is two.  A title the
service stored whole (200 characters, some of them emoji) was cut when the editor
loaded it, and Save then stored the cut title and sent an approved post back to
review.  ``limit_chars`` lets the person type up to ``n`` characters (Python's
``len``, the count of every check in ``models``) and never cuts a text the program
puts in the field.
"""
from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit


def _index(text: str, units: int) -> int:
    """The index in ``text`` of the character at UTF-16 position ``units`` (Qt's cursor)."""
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _units(text: str) -> int:
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


class CharLimit(QValidator):
    """Accepts a text of at most ``limit`` characters.  A character typed beyond it is
    refused; a paste beyond it is cut where it went in (just before the cursor), as Qt's
    own limit cuts it (that one change cannot be undone: Qt clears the undo history when a
    validator changes the text).  A longer text the program set is kept whole, and may be
    shortened but not lengthened."""

    def __init__(self, limit: int, parent=None):
        super().__init__(parent)
        self.limit = limit
        self._previous = ""

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's API
        edit = self.parent()
        if isinstance(edit, QLineEdit) and not edit.isModified():
            # ``setText`` (it clears "modified"): kept whole; the service that stored the
            # text judges it when it is saved again.
            self._previous = text
            return QValidator.State.Acceptable, text, pos
        room = max(self.limit, len(self._previous))
        excess = len(text) - room
        if excess > 0 and len(text) - len(self._previous) == 1:
            # One character typed past the limit: refused as Qt's own limit refuses it,
            # which keeps the field's undo history (a text the validator changes clears it).
            return QValidator.State.Invalid, text, pos
        if excess > 0:
            cursor = _index(text, pos)
            start = cursor - excess
            if start >= 0:
                text, pos = text[:start] + text[cursor:], _units(text[:start])
            else:
                text = text[:room]
                pos = min(pos, _units(text))
        self._previous = text
        return QValidator.State.Acceptable, text, pos


def limit_chars(edit: QLineEdit, limit: int) -> None:
    """At most ``limit`` characters may be typed or pasted into ``edit``.

    Qt's own limit is set to the most UTF-16 units such a text can take (two a
    character), so that it never cuts what ``setText`` puts in the field."""
    edit.setMaxLength(2 * limit)
    edit.setValidator(CharLimit(limit, edit))
