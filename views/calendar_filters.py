"""A filter button of the calendar: a menu of checkable choices, remembered in QSettings.

``selected()`` is None when every choice is shown (nothing filtered), else the
chosen keys.  The choice is kept under ``calendar/filter/<name>`` as the keys'
texts, so it survives a restart and ignores choices that no longer exist.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class MenuButton(QToolButton):
    """A tool button that opens its menu at once, wide enough for its text and the arrow
    (styles draw the arrow of an instant-popup button over the text and reserve no room)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        # Room for the arrow, measured with the font (asking the style for its menu
        # indicator metric loads QStyle's enums: 8 ms at start-up).
        hint = super().sizeHint()
        return QSize(hint.width() + self.fontMetrics().height() // 2 + 6, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class FilterButton(MenuButton):
    changed = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"filter_{name}")
        self.name = name
        self.title = title
        self.menu_ = QMenu(self)
        self.menu_.setObjectName(f"filterMenu_{name}")
        self.menu_.aboutToShow.connect(self._prepare)
        self.setMenu(self.menu_)
        self.choices: list[tuple[object, str]] = []
        self._chosen: set | None = self._load()
        self._actions: dict[object, QAction] = {}
        self.all_action: QAction | None = None
        self._elided = False
        self._update_text()

    # The most a name takes in the menu, in characters; a longer one is elided.
    NAME_EMS = 30

    def _prepare(self) -> None:
        """As the menu opens: one column that scrolls, however many choices (a team's 100
        columns made a menu of several columns 3,436 px wide, cut by the screen), and long
        names elided, whole in their tooltips. Done here, not at start-up, where the style
        sheet and the eliding cost 11 M instructions (issue 2)."""
        if not self.menu_.styleSheet():
            self.menu_.setStyleSheet("QMenu { menu-scrollable: 1; }")
            self.menu_.setToolTipsVisible(True)
        if self._elided:
            return
        self._elided = True
        fm = self.menu_.fontMetrics()
        room = fm.horizontalAdvance("国") * self.NAME_EMS
        for key, text in self.choices:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
            if shown != text:
                action = self._actions[key]
                action.setText(shown.replace("&", "&&"))
                action.setToolTip(text)

    @property
    def key(self) -> str:
        return f"calendar/filter/{self.name}"

    def _load(self) -> set | None:
        value = QSettings().value(self.key)
        if value is None or value == "all":
            return None
        if isinstance(value, str):
            value = [value] if value else []
        return {str(v) for v in value}

    def _save(self) -> None:
        settings = QSettings()
        if self._chosen is None:
            settings.setValue(self.key, "all")
        else:
            settings.setValue(self.key, sorted(self._chosen))

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        self.choices = choices
        self.menu_.clear()
        self._actions = {}
        self.all_action = self.menu_.addAction(self.tr("Show all"))
        self.all_action.setObjectName(f"filterAll_{self.name}")
        self.all_action.triggered.connect(self.show_all)
        self.menu_.addSeparator()
        self._elided = False  # see _prepare
        for key, text in choices:
            action = self.menu_.addAction(text.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(self._chosen is None or str(key) in self._chosen)
            action.toggled.connect(lambda on, k=key: self._toggled(k, on))
            self._actions[key] = action
        self._update_text()

    def selected(self) -> list | None:
        if self._chosen is None:
            return None
        chosen = [key for key, _text in self.choices if str(key) in self._chosen]
        if self._chosen and not chosen and self.choices:
            return None  # a remembered choice that no longer exists: show everything
        return chosen

    def set_selected(self, keys) -> None:
        """Show only ``keys`` (None: all); as choosing them in the menu would."""
        self._chosen = None if keys is None else {str(k) for k in keys}
        for key, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(self._chosen is None or str(key) in self._chosen)
            action.blockSignals(False)
        self._commit()

    def show_all(self) -> None:
        self.set_selected(None)

    def _toggled(self, key, on: bool) -> None:
        current = {str(k) for k, _t in self.choices} if self._chosen is None else set(self._chosen)
        (current.add if on else current.discard)(str(key))
        everything = {str(k) for k, _t in self.choices}
        self._chosen = None if current >= everything else current
        self._commit()

    def _commit(self) -> None:
        self._save()
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected()
        if chosen is None:
            text = self.tr("{title}: all").format(title=self.title)
        elif len(chosen) == 1:
            name = dict((str(k), t) for k, t in self.choices).get(str(chosen[0]), "")
            text = self.tr("{title}: {name}").format(title=self.title, name=name)
        else:
            text = self.tr("{title}: {n}").format(title=self.title, n=len(chosen))
        self.setText(text.replace("&", "&&"))  # "R&D" reads as it is, not as an access key
        self.setToolTip(text)
