"""The calendar's title: the period shown ("December 2026", "Nov 30 – Dec 6, 2026").

On a small or scaled screen (1366x768 at 150 %: the calendar screen is about 640 pixels
wide) the toolbar has less room than the title needs; it was cut ("11月30日 – 2026年12").
``PeriodTitle`` shows the longest of its forms that fits (the full one, then shorter ones:
the week without its year ...), and elides the shortest where none does; whenever it
shows less than the full text, its tooltip holds the full one.  It asks for the full text's
width (a big screen shows it as before) but never sets the window's minimum width.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class PeriodTitle(QLabel):
    """A one-line heading with shorter forms for a narrow toolbar (see the module)."""

    #: The narrowest it goes, in widths of "M": what a window at its minimum leaves it.
    MIN_EMS = 5

    def __init__(self, parent: QWidget | None = None):
        # A label's own size policy and text format (the titles are dates, never markup):
        # setting them made PySide6 build two more enum types at every start.
        super().__init__(parent)
        self._forms: tuple[str, ...] = ("",)

    def set_forms(self, full: str, *shorter: str) -> None:
        """Show ``full`` where it fits, else the first of ``shorter`` that does, else the last
        one elided."""
        forms = tuple(dict.fromkeys((full,) + shorter))  # in order, without repeats
        if forms == self._forms:
            return
        self._forms = forms
        self.setAccessibleName(full)
        self._fit()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._forms[0]

    def _fit(self) -> None:
        shown = next((form for form in self._forms if self._width(form) <= self.width()), None)
        if shown is None:
            room = self.contentsRect().width() - 2 * self.margin()
            shown = self.fontMetrics().elidedText(self._forms[-1], Qt.TextElideMode.ElideRight,
                                                  room)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip("" if shown == self._forms[0] else self._forms[0])

    # -- Qt ---------------------------------------------------------------------------------
    def _width(self, text: str) -> int:
        """The width QLabel asks for to show ``text`` (its margins included)."""
        margins = self.contentsMargins()
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000),
                                                 int(self.alignment()), text)
        return bounds.width() + margins.left() + margins.right() + 2 * self.margin()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The full text's, as a label of it asks (a big screen shows it as before)."""
        return QSize(self._width(self._forms[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A few characters: the title never makes the window wider (it elides)."""
        narrowest = min(self._width(self._forms[-1]),
                        self._width("M" * self.MIN_EMS))
        return QSize(narrowest, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._fit()
            self.updateGeometry()
