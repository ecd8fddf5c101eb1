"""Major events and promotions: the list the calendar's deadlines come from (rules C3, C4).

``EventsDialog`` lists every event with its deadlines in words (a promotion's
announcement at least 3 days before it starts, C4; an event's recap within 3
working days after it ends, C3) and lets the operations manager add, change
and remove events.  Everyone else sees the list read-only; the service
(``models.events``) refuses their changes whatever the dialog shows.

``EventDialog`` is the form for one event.  A rejected save keeps what was
typed and says what is wrong under the field.  When a colleague saved the event
first, the list shows their version and the form now edits it: the fields the person
had not touched show the colleague's values, those both changed keep what was typed,
and the message names both kinds (Save again keeps the form as it is, Cancel keeps
theirs), as the team screen does (``views.team.TeamScreen._refused``,
``FormDialog.merge``); an event a colleague removed leaves the list.  The date fields
take only the days MediaDesk works with (``models.timeutil.EARLIEST_DAY``..``LATEST_DAY``),
the same bounds the service checks.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from models import events as event_service
from models import planning
from models.cadence import MET, format_day
from models.errors import ConflictError, DatabaseProblem, DomainError, NotFound, ValidationError
from models.events import NAME_MAX, EventInfo, EventKind
from models.roles import Role
from models.timeutil import EARLIEST_DAY, LATEST_DAY
from models.users import UserInfo
from ui.char_limit import limit_chars
from ui.feedback import show_error
from ui.style import ERROR_COLOUR, ERROR_COLOUR_DARK, is_dark
from views.team_dialogs import ConfirmBox, FormDialog, conflict_text


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> _dt.date:
    return _dt.date(value.year(), value.month(), value.day())


class EventsModel(QAbstractTableModel):
    """One row per event: name, kind, first and last day, deadlines in words."""

    COLUMNS = ("name", "kind", "starts", "ends", "deadlines")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._events: list[EventInfo] = []
        self._deadlines: dict[int, str] = {}
        self._late: set[int] = set()
        self._headers = (self.tr("Name"), self.tr("Kind"), self.tr("First day"),
                         self.tr("Last day"), self.tr("Deadlines (rules C3, C4)"))

    def set_events(self, events: list[EventInfo], deadlines: dict[int, list]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._deadlines = {eid: "\n".join(d.describe() for d in found)
                           for eid, found in deadlines.items()}
        self._late = {eid for eid, found in deadlines.items()
                      if any(d.state != MET for d in found)}
        self.endResetModel()

    def event_at(self, row: int) -> EventInfo | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: int) -> int:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "name":
                return event.name if role == Qt.ItemDataRole.DisplayRole else (
                    event.description or event.name)
            if column == "kind":
                return event.kind.label
            if column == "starts":
                return format_day(event.starts_on)
            if column == "ends":
                return format_day(event.ends_on)
            return self._deadlines.get(event.id, "")
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "deadlines" \
                and event.id in self._late:
            from PySide6.QtGui import QColor, QGuiApplication

            # The theme's own red (ui.style): a dark one needs a lighter red to be read.
            dark = is_dark(QGuiApplication.palette())
            return QColor(ERROR_COLOUR_DARK if dark else ERROR_COLOUR)
        return None


class EventDialog(FormDialog):
    """One event: name, kind, first and last day, a description."""

    def __init__(self, event: EventInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.editing = event  # (not ``event``: that is QWidget.event)
        self.setWindowTitle(self.tr("Add an event") if event is None
                            else self.tr("Edit event {name}").format(name=event.name))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("eventName")
        limit_chars(self.name_edit, NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("for example 秋季新品发布会"))
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("eventKind")
        for kind in EventKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)
        today = _dt.date.today()
        self.starts_edit = self._date_edit("eventStarts", today)
        self._starts = self.starts_edit.date()  # the first day before its latest change
        self.add_field("starts_on", self.tr("&First day:"), self.starts_edit)
        self.ends_edit = self._date_edit("eventEnds", today)
        self.add_field("ends_on", self.tr("&Last day:"), self.ends_edit)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("eventDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        self.rule_hint = QLabel(self)
        self.rule_hint.setObjectName("eventRuleHint")
        self.rule_hint.setWordWrap(True)
        self.form.addRow("", self.rule_hint)
        self.kind_combo.currentIndexChanged.connect(self._update_hint)
        self.starts_edit.dateChanged.connect(self._starts_changed)
        self.ends_edit.dateChanged.connect(self._update_hint)
        if event is not None:
            self.name_edit.setText(event.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(event.kind.value))
            self.starts_edit.setDate(_qdate(event.starts_on))
            self.ends_edit.setDate(_qdate(event.ends_on))
            self.description_edit.setPlainText(event.description)
        self._update_hint()
        if event is not None:
            self._explain_far_days(event)
        self.name_edit.setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 30)

    def _date_edit(self, name: str, day: _dt.date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        # The days the service accepts: a date beyond them cannot even be typed.
        edit.setDateRange(_qdate(EARLIEST_DAY), _qdate(LATEST_DAY))
        # dateChanged only for a finished date (Tab, Enter, the arrows, the calendar
        # popup), not for each digit typed: typing 20270301 over 2026-12-02 passes through
        # 2027-12-02, which would have pushed the last day to it.
        edit.setKeyboardTracking(False)
        edit.setDate(_qdate(day))
        return edit

    def _explain_far_days(self, event: EventInfo) -> None:
        """An event stored with a day beyond the fields' range (before the service checked
        it) shows the nearest day it may have, and says so under the field."""
        for field, day in (("ends_on", event.ends_on), ("starts_on", event.starts_on)):
            problem = event_service.day_problem(day, field)
            if problem is not None:
                self.show_field_error(field, str(problem))

    def _starts_changed(self, value: QDate) -> None:
        """An event that would end before it starts moves along whole: its last day keeps
        the distance it had from the first day before (at least the same day)."""
        before, self._starts = self._starts, value
        if self.ends_edit.date() < value:
            length = max(0, before.daysTo(self.ends_edit.date()))
            self.ends_edit.setDate(value.addDays(length))
        self._update_hint()

    def take_latest(self, latest: EventInfo) -> tuple[list[str], list[str]]:
        """Base the form on ``latest`` (a colleague's newer version): the fields the person
        did not touch show its values, those both changed keep what was typed (see
        ``FormDialog.merge``).  Returns the labels of either kind."""
        before, theirs, now = self._shown(self.editing), self._shown(latest), self.values()

        def show_kind(kind: EventKind) -> None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

        def show_day(edit: QDateEdit):
            return lambda day: edit.setDate(_qdate(day))

        # The colleague's first day must not move a last day the person typed (what moves
        # along when the person changes the first day): both stay as they are shown.
        self.starts_edit.dateChanged.disconnect(self._starts_changed)
        try:
            result = self.merge({field: (before[field], theirs[field], now[field], show)
                                 for field, show in (
                                     ("name", self.name_edit.setText),
                                     ("kind", show_kind),
                                     ("starts_on", show_day(self.starts_edit)),
                                     ("ends_on", show_day(self.ends_edit)),
                                     ("description", self.description_edit.setPlainText))})
        finally:
            self.starts_edit.dateChanged.connect(self._starts_changed)
        self._starts = self.starts_edit.date()
        self._update_hint()
        self.editing = latest
        return result

    @staticmethod
    def _shown(event: EventInfo) -> dict:
        """``event`` as the form shows it (``values``): a day beyond the fields' range shows
        the nearest one they take."""
        def day(value: _dt.date) -> _dt.date:
            return min(max(value, EARLIEST_DAY), LATEST_DAY)

        return {"name": event.name.strip(), "kind": event.kind,
                "starts_on": day(event.starts_on), "ends_on": day(event.ends_on),
                "description": (event.description or "").strip()}

    def accept(self) -> None:
        # A date typed and saved with Enter counts as typed (it is interpreted first).
        for edit in (self.starts_edit, self.ends_edit):
            edit.interpretText()
        super().accept()

    def _update_hint(self, *_args) -> None:
        values = self.values()
        if values["kind"] is EventKind.PROMOTION:
            due = values["starts_on"] - _dt.timedelta(days=3)
            text = self.tr("Rule C4: announce it on the platforms by {day} at the latest "
                           "(3 days before it starts).").format(day=format_day(due))
        else:
            text = self.tr("Rule C3: publish its recap within 3 working days after it ends "
                           "(Chinese statutory calendar).")
        self.rule_hint.setText(text)

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(),
                "kind": EventKind(self.kind_combo.currentData()),
                "starts_on": _pydate(self.starts_edit.date()),
                "ends_on": _pydate(self.ends_edit.date()),
                "description": self.description_edit.toPlainText().strip()}


class EventsDialog(QDialog):
    """Every event with its deadlines; add, edit and remove for the operations manager."""

    changed = Signal()

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventsDialog")
        self.setWindowTitle(self.tr("Events and promotions"))
        self.user = user
        self.may_change = user.has(Role.OPERATIONS_MANAGER)
        self.form: EventDialog | None = None

        intro = QLabel(self.tr(
            "The calendar warns when a deadline is near or missed: a major promotion is "
            "announced at least 3 days before it starts (rule C4); the recap of a major event "
            "is published within 3 working days after it ends (rule C3). Link the post to the "
            "event in the post editor."), self)
        intro.setWordWrap(True)
        self.model = EventsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("eventsTable")
        self.table.setAccessibleName(self.tr("Events and promotions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name has room for about 12 characters and wraps beyond them (its tooltip holds
        # it whole): sized to its contents, one long name took the width and left the
        # deadlines a character a line.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(EventsModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_selected())
        # Enter on a row opens it, as a double-click does: the view passed the key on,
        # and the dialog pressed Close as well, the form going with it.
        self.table.installEventFilter(self)
        # Row heights follow the wrapped deadline texts at the column widths actually shown.
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addEvent")
        self.add_button.clicked.connect(self.add_event)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setObjectName("removeEvent")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(True)  # Enter on it presses it, not Close
            button.setEnabled(self.may_change)
        self.read_only_note = QLabel(self.tr("Only the operations manager adds or changes "
                                             "events."), self)
        self.read_only_note.setObjectName("eventsReadOnly")
        self.read_only_note.setVisible(not self.may_change)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.read_only_note)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        self.resize(em * 56, em * 28)
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    NAME_EMS = 12  # the most the name column takes before its names wrap

    def _fit_names(self) -> None:
        em = self.table.fontMetrics().horizontalAdvance("国")
        header = self.table.horizontalHeader()
        wanted = max(self.table.sizeHintForColumn(0), header.sectionSizeHint(0))
        header.resizeSection(0, min(wanted, em * self.NAME_EMS))

    # -- the list ------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        found = event_service.list_events()
        self.model.set_events(found, planning.event_deadlines(found))
        self._fit_names()
        self.table.resizeRowsToContents()
        if select_id is None:
            today = _dt.date.today()
            upcoming = next((e for e in found if e.ends_on >= today), None)
            select_id = upcoming.id if upcoming else (found[-1].id if found else None)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_event(self) -> EventInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def texts(self) -> list[str]:
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    # -- changing ------------------------------------------------------------------------
    def add_event(self) -> EventDialog:
        return self._open_form(None)

    def edit_selected(self) -> EventDialog | None:
        event = self.selected_event()
        if event is None or not self.may_change:
            return None
        return self._open_form(event)

    def _open_form(self, event: EventInfo | None) -> EventDialog:
        form = EventDialog(event, self)
        form.set_handler(self._save)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        form.open()
        return form

    def _save(self, form: EventDialog) -> bool:
        values = form.values()
        try:
            if form.editing is None:
                saved = event_service.create_event(self.user, **values)
            else:
                saved = event_service.update_event(self.user, form.editing.id, form.editing.version,
                                                   **values)
        except ValidationError as exc:
            form.show_error(exc)
            return False
        except ConflictError as exc:
            self._refused_by_conflict(form, exc)
            return False
        except NotFound as exc:
            # A colleague removed it: the list drops it; the form keeps what was typed.
            form.show_field_error(None, str(exc))
            self.reload()
            return False
        except DomainError as exc:
            form.show_field_error(None, str(exc))
            return False
        self.reload(saved.id)
        self.changed.emit()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() and self.table.currentIndex().isValid():
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    def _refused_by_conflict(self, form: EventDialog, error: ConflictError) -> None:
        """A colleague saved the event first: the list shows their version and the form now
        edits it, with their values in the fields the person had not touched and what the
        person typed in the others (``EventDialog.take_latest``); the message names both, so
        Save again keeps the form as it is knowingly and Cancel keeps theirs (as
        ``TeamScreen`` does)."""
        try:
            latest = event_service.get_event(form.editing.id)
        except NotFound:  # and removed it since
            form.show_field_error(None, str(NotFound()))
            self.reload()
            return
        taken, both = form.take_latest(latest)
        self.reload(latest.id)
        form.show_field_error(None, conflict_text(error, taken, both))

    def remove_selected(self) -> ConfirmBox | None:
        event = self.selected_event()
        if event is None or not self.may_change:
            return None
        box = ConfirmBox(self.tr("Remove event"),
                         self.tr("Remove the event {name}? Its posts stay on the calendar; they "
                                 "are no longer linked to it, and those approved go back to "
                                 "review (rule P1).").format(name=event.name),
                         self.tr("Remove"), self)
        box.finished.connect(lambda _r, b=box, e=event: self._removed(b, e))
        box.open()
        return box

    def _removed(self, box: ConfirmBox, event: EventInfo) -> None:
        if not box.confirmed():
            return
        try:
            event_service.delete_event(self.user, event.id, event.version)
        except DomainError as exc:
            show_error(self, exc)
            if not isinstance(exc, DatabaseProblem):  # unreadable: the list stays as it is
                self.reload()
            return
        self.reload()
        self.changed.emit()
