"""Holidays and working days: the years MediaDesk's Chinese statutory calendar does not know.

Rule C3 counts a recap's deadline in Chinese working days.  chinesecalendar knows the
years up to its release (2004-2026 in 1.11); the State Council publishes the next year's
arrangement (放假安排) in November or December.  Until MediaDesk is updated, the operations
manager enters it here from the notice ("春节：2月6日至14日放假调休，共9天"): the days off,
a range at a time (a holiday's Saturday and Sunday may be among them: they are off anyway),
and the Saturdays and Sundays worked instead (调休).  The dialog offers the years from the
first one the package does not know up to the year after next (2027 and 2028 in December
2026), and shows how many working days the chosen year then has, as a check against typing
errors (a Chinese year has about 248 to 252).

Reached from the calendar's More menu (``views.calendar``).  Everyone sees the entries;
only the operations manager changes them (``models.settings.set_holidays`` refuses anyone
else whatever this dialog shows).  Save stores every year changed, with the version the
dialog was opened on: a colleague's save meanwhile is named, the years this person did not
change take the colleague's entry, the ones they changed keep what they entered, and Save
again stores it knowingly.  A refused save keeps the form as it is.

Imported when the dialog is first opened, never at start-up (it loads the holiday calendar).
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QAbstractListModel, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton,
                               QStyle, QVBoxLayout, QWidget)

from models import settings, workdays
from models.daytext import format_day
from models.errors import ConflictError, DomainError, ValidationError
from models.roles import Role
from models.users import UserInfo
from models.workdays import DAYS_OFF, SATURDAY, WORKING_DAYS, TeamCalendar, TeamYear
from ui.widgets import fit_to_screen
from views.team_dialogs import FormDialog, label_name

_ONE_DAY = _dt.timedelta(days=1)
NO_BREAK = "\N{NO-BREAK SPACE}"
# A run as wide as any: the lists are made wide enough for it on one line.
WIDE_RUN = (_dt.date(2027, 9, 29), _dt.date(2027, 10, 6))
USUAL_WORKING_DAYS = (248, 252)  # a Chinese year's working days (2025: 248)


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> _dt.date:
    return _dt.date(value.year(), value.month(), value.day())


def runs(days) -> list[tuple[_dt.date, _dt.date]]:
    """``days`` as runs of consecutive days, (first, last), in order."""
    found: list[list[_dt.date]] = []
    for day in sorted(days):
        if found and day - found[-1][1] == _ONE_DAY:
            found[-1][1] = day
        else:
            found.append([day, day])
    return [(first, last) for first, last in found]


def years_offered(today: _dt.date, stored=()) -> list[int]:
    """The first year the package does not know up to the year after next, and any later
    year already entered."""
    first = workdays.first_unknown_year()
    years = set(range(first, max(first, today.year + 2) + 1))
    years.update(y for y in stored if y >= first)
    return sorted(years)


class DaysModel(QAbstractListModel):
    """A year's days off (or working days) as runs of consecutive days, one row each."""

    RunRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._runs: list[tuple[_dt.date, _dt.date]] = []

    def set_days(self, days) -> None:
        self.beginResetModel()
        self._runs = runs(days)
        self.endResetModel()

    def run_at(self, row: int) -> tuple[_dt.date, _dt.date] | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def row_of(self, day: _dt.date) -> int:
        return next((i for i, (a, b) in enumerate(self._runs) if a <= day <= b), -1)

    def texts(self) -> list[str]:
        return [self._text(run) for run in self._runs]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._runs)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(run)
        if role == Qt.ItemDataRole.ToolTipRole:
            first, last = run
            count = (last - first).days + 1
            weekdays = sum(1 for i in range(count)
                           if (first + _dt.timedelta(days=i)).weekday() < SATURDAY)
            return self.tr("%n of them on weekday(s)", "", weekdays)
        if role == self.RunRole:
            return run
        return None

    def _text(self, run: tuple[_dt.date, _dt.date]) -> str:
        """One day in the house format, or "2027-02-06 (Sat) – 2027-02-14 (Sun), 9 days"
        (the count the notice gives: "共9天")."""
        first, last = run
        if first == last:
            return format_day(first)
        # The count stays on one line ("共 9 天" had wrapped before 天): its spaces do not break.
        length = self.tr("%n day(s)", "", (last - first).days + 1).replace(" ", NO_BREAK)
        return self.tr("{first} – {last}, {length}").format(
            first=format_day(first), last=format_day(last), length=length)


class _EnterAdds(QObject):
    """Enter in a date field adds what it holds (its button's click) instead of saving the
    dialog: a person types a date and presses Enter to put it in the list."""

    def __init__(self, button: QPushButton, parent: QObject, after=None):
        super().__init__(parent)
        self.button = button
        self.after = after

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            watched.interpretText()
            self.button.click()
            if self.after is not None:
                self.after(watched)
            return True
        return False


class _RemoveKey(QObject):
    """Delete (or Backspace) in a list removes its selected row, as its Remove button does."""

    def __init__(self, button: QPushButton, parent: QObject):
        super().__init__(parent)
        self.button = button

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.button.isEnabled():
                self.button.click()
            return True
        return False


class HolidaysDialog(FormDialog):
    """The team's days off and working weekend days per year (rule C3)."""

    changed = Signal()

    def __init__(self, user: UserInfo, parent: QWidget | None = None,
                 today: _dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("holidaysDialog")
        self.setWindowTitle(self.tr("Holidays and working days"))
        self.user = user
        self.may_change = user.has(Role.OPERATIONS_MANAGER)
        self.today = today or _dt.date.today()
        known = workdays.known_years()
        intro = QLabel(self.tr(
            "Recaps are due within 3 working days (rule C3). MediaDesk knows China's statutory "
            "holidays up to {last}; for a later year, enter the State Council's arrangement "
            "(放假安排) when it is published: every day off, and every Saturday or Sunday that "
            "is worked instead (调休).").format(last=known.stop - 1), self)
        intro.setObjectName("holidaysIntro")
        intro.setWordWrap(True)
        self.form.addRow(intro)

        # The year, and the check of what is entered for it.
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("holidaysYear")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("holidaysCount")
        self.count_label.setWordWrap(True)
        year_row = QWidget(self)
        row = QHBoxLayout(year_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year_combo)
        row.addWidget(self.count_label, 1)
        self.add_field("year", self.tr("&Year:"), year_row, self.year_combo)

        self.off_model, self.working_model = DaysModel(self), DaysModel(self)
        self.off_group, self.off_list = self._group("holidaysOff", self.off_model, DAYS_OFF)
        self.working_group, self.working_list = self._group("holidaysWorking",
                                                            self.working_model, WORKING_DAYS)

        # Days off: a range from the notice ("2月6日至14日"), or one day (first = last).
        self.off_from = self._date_edit("holidaysOffFrom")
        self.off_to = self._date_edit("holidaysOffTo")
        self.add_off_button = self._button(self.tr("&Add days off"), "addDaysOff",
                                           self.add_days_off)
        self.remove_off_button = self._button(self.tr("&Remove"), "removeDaysOff",
                                              self.remove_days_off)
        from_label, to_label = QLabel(self.tr("&From:"), self), QLabel(self.tr("&To:"), self)
        from_label.setBuddy(self.off_from)
        to_label.setBuddy(self.off_to)
        self.off_from.setAccessibleName(self.tr("First day off"))
        self.off_to.setAccessibleName(self.tr("Last day off"))
        grid = QGridLayout()
        grid.addWidget(from_label, 0, 0)
        grid.addWidget(self.off_from, 0, 1)
        grid.addWidget(to_label, 0, 2)
        grid.addWidget(self.off_to, 0, 3)
        self._add_buttons(grid, 4, self.add_off_button, self.remove_off_button)
        self.off_group.layout().addLayout(grid)
        self.off_from.dateChanged.connect(self._from_changed)

        # Working days: one Saturday or Sunday at a time.
        self.working_day = self._date_edit("holidaysWorkingDay")
        self.working_day.setAccessibleName(self.tr("Working Saturday or Sunday"))
        self.add_working_button = self._button(self.tr("Add &working day"), "addWorkingDay",
                                               self.add_working_day)
        self.remove_working_button = self._button(self.tr("R&emove"), "removeWorkingDay",
                                                  self.remove_working_day)
        day_label = QLabel(self.tr("&Day:"), self)
        day_label.setBuddy(self.working_day)
        grid = QGridLayout()
        grid.addWidget(day_label, 0, 0)
        grid.addWidget(self.working_day, 0, 1)
        self._add_buttons(grid, 2, self.add_working_button, self.remove_working_button)
        self.working_group.layout().addLayout(grid)

        for edit, button in ((self.off_from, self.add_off_button),
                             (self.off_to, self.add_off_button),
                             (self.working_day, self.add_working_button)):
            edit.installEventFilter(_EnterAdds(button, edit, self._ready_for_next))
        for view, button in ((self.off_list, self.remove_off_button),
                             (self.working_list, self.remove_working_button)):
            view.installEventFilter(_RemoveKey(button, view))
            view.selectionModel().currentChanged.connect(self._update_buttons)
        for button in (self.add_off_button, self.remove_off_button, self.add_working_button,
                       self.remove_working_button):
            button.setAutoDefault(True)  # Enter on it presses it, not Save

        # Tab goes through the days off, then the working days: the lists were made before
        # the fields under them, and Tab had jumped from one side to the other.
        chain = [self.year_combo, self.off_list, self.off_from, self.off_to,
                 self.add_off_button, self.remove_off_button, self.working_list,
                 self.working_day, self.add_working_button, self.remove_working_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        lists = QHBoxLayout()
        lists.addWidget(self.off_group, 1)
        lists.addWidget(self.working_group, 1)
        self.form.addRow(lists)
        self.read_only_note = QLabel(self.tr("Only the operations manager enters the holidays."),
                                     self)
        self.read_only_note.setObjectName("holidaysReadOnly")
        self.read_only_note.setVisible(not self.may_change)
        self.form.addRow(self.read_only_note)
        for widget in (self.off_from, self.off_to, self.working_day, self.add_off_button,
                       self.add_working_button, self.save_button):
            widget.setEnabled(self.may_change)

        self.set_handler(self._save)
        self.load()
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self._select_first_year()
        self.year_combo.setFocus()
        em = self.fontMetrics().horizontalAdvance("国")
        fit_to_screen(self, em * 50, self.fontMetrics().lineSpacing() * 24)

    # -- building ----------------------------------------------------------------------
    def _group(self, name: str, model: DaysModel, field: str) -> tuple[QGroupBox, QListView]:
        group = QGroupBox(self)
        group.setObjectName(name + "Group")
        column = QVBoxLayout(group)
        view = QListView(group)
        view.setObjectName(name + "List")
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)  # a long run wraps in a narrow window, never scrolls sideways
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        # Wide enough for a run of days on one line: in Chinese a run took two lines in the
        # width Qt gives a list.  The dialog is then at least 740 px wide in Chinese, 660 in
        # English, within a 1280 x 720 screen at 150 % (853 px).
        view.setMinimumWidth(view.fontMetrics().horizontalAdvance(model._text(WIDE_RUN))
                             + 2 * view.frameWidth() + 2 * 4
                             + view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        column.addWidget(view, 1)
        error = self._error_label(name + "Error")
        column.addWidget(error)
        self._errors[field] = error
        self._fields[field] = view
        return group, view

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setKeyboardTracking(False)  # dateChanged once a date is finished, as in events
        return edit

    # -- what is stored ----------------------------------------------------------------
    def load(self) -> None:
        """Read the stored entries and their version; the form shows them."""
        team = settings.team_calendar()
        self._version = settings.holidays_version() or 0
        self._stored: dict[int, tuple[frozenset, frozenset]] = {
            y.year: (y.days_off, y.working_days) for y in team.years}
        self._entries: dict[int, tuple[frozenset, frozenset]] = dict(self._stored)
        self._fill_years()

    def _fill_years(self) -> None:
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years_offered(self.today, self._stored):
            self.year_combo.addItem(str(year), year)
        if chosen is not None and self.year_combo.findData(chosen) >= 0:
            self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))
        self.year_combo.blockSignals(False)
        self._show_year()

    def _select_first_year(self) -> None:
        """The first year from this one on with nothing entered (the one to do), else next
        year."""
        years = [self.year_combo.itemData(i) for i in range(self.year_combo.count())]
        todo = [y for y in years if y >= self.today.year and y not in self._stored]
        target = todo[0] if todo else self.today.year + 1
        index = self.year_combo.findData(target)
        self.year_combo.setCurrentIndex(max(index, 0))
        self._show_year()

    @property
    def year(self) -> int:
        return self.year_combo.currentData()

    def entry(self, year: int | None = None) -> tuple[frozenset, frozenset]:
        """(days off, working days) as the form holds them for ``year`` (the chosen one)."""
        return self._entries.get(self.year if year is None else year,
                                 (frozenset(), frozenset()))

    def changed_years(self) -> dict[int, tuple[frozenset, frozenset]]:
        empty = (frozenset(), frozenset())
        return {year: entry for year, entry in self._entries.items()
                if entry != self._stored.get(year, empty)}

    def form_entries(self) -> tuple:
        """What Cancel would throw away: the entries, not the date fields or the year."""
        return tuple(sorted((y, tuple(sorted(off)), tuple(sorted(working)))
                            for y, (off, working) in self._entries.items() if off or working))

    def entries_matter(self) -> bool:
        return self.may_change

    # -- the chosen year ---------------------------------------------------------------
    def _year_chosen(self, _index: int) -> None:
        self.clear_errors()
        self._show_year()

    def _show_year(self) -> None:
        year = self.year
        if year is None:
            return
        off, working = self.entry()
        self.off_model.set_days(off)
        self.working_model.set_days(working)
        self.off_group.setTitle(self.tr("Days off in {year}").format(year=year))
        self.working_group.setTitle(self.tr("Saturdays and Sundays worked in {year} (调休)")
                                    .format(year=year))
        self.off_list.setAccessibleName(label_name(self.off_group.title()))
        self.working_list.setAccessibleName(label_name(self.working_group.title()))
        first, last = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        for edit in (self.off_from, self.off_to, self.working_day):
            edit.blockSignals(True)
            old = edit.date()
            edit.setDateRange(_qdate(first), _qdate(last))
            if not old.isValid() or old.year() != year:
                edit.setDate(_qdate(first))
            edit.blockSignals(False)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        year = self.year
        off, working = self.entry()
        if not off and not working:
            self.count_label.setText(self.tr(
                "Nothing entered for {year}: recap deadlines that run into it are unknown.")
                .format(year=year))
            return
        team = TeamCalendar((TeamYear(year, off, working),))
        count = workdays.working_days_in_year(year, team)
        low, high = USUAL_WORKING_DAYS
        text = self.tr("%n working day(s) in {year}", "", count).format(year=year)
        if not low <= count <= high:
            text = self.tr("{count}: a Chinese year usually has {low} to {high}. Check the "
                           "days against the notice.").format(count=text, low=low, high=high)
        self.count_label.setText(text)

    def _update_buttons(self, *_args) -> None:
        self.remove_off_button.setEnabled(self.may_change and self._selected(self.off_list)
                                          is not None)
        self.remove_working_button.setEnabled(self.may_change and self._selected(
            self.working_list) is not None)

    @staticmethod
    def _selected(view: QListView):
        """The run at the list's current row (the keyboard's, or the one clicked)."""
        index = view.currentIndex()
        return view.model().run_at(index.row()) if index.isValid() else None

    def _from_changed(self, value: QDate) -> None:
        """A new first day starts a new holiday: its last day is that day until another is
        typed (a last day kept from the holiday before would have added weeks of days off
        to a one-day holiday typed after it)."""
        self.off_to.setDate(value)

    # -- changing ----------------------------------------------------------------------
    def _put(self, off, working, field: str, focus: _dt.date) -> bool:
        """Hold (off, working) for the chosen year if the service's checks accept it;
        otherwise say why under ``field`` and change nothing."""
        self.clear_errors()
        try:
            cleaned = workdays.clean_year(self.year, off, working)
        except ValidationError as exc:
            # Under the list the person was adding to (a clash with the other list was
            # shown under the other one).
            self.show_field_error(field, str(exc))
            return False
        self._entries[self.year] = (cleaned.days_off, cleaned.working_days)
        self._show_year()
        view = self.off_list if field == DAYS_OFF else self.working_list
        row = view.model().row_of(focus)
        if row >= 0:
            view.setCurrentIndex(view.model().index(row, 0))
        return True

    def add_days_off(self) -> bool:
        for edit in (self.off_from, self.off_to):
            edit.interpretText()
        first, last = _pydate(self.off_from.date()), _pydate(self.off_to.date())
        if last < first:
            self.clear_errors()
            self.show_field_error(DAYS_OFF, self.tr(
                "The last day off ({last}) comes before the first ({first}).").format(
                    first=format_day(first), last=format_day(last)))
            return False
        off, working = self.entry()
        added = {first + _dt.timedelta(days=i) for i in range((last - first).days + 1)}
        if added <= set(off):
            self.clear_errors()
            self.show_field_error(DAYS_OFF, self.tr(
                "{day} is already in the list.").format(day=format_day(first)) if first == last
                else self.tr("These days are already in the list."))
            return False
        return self._put(off | added, working, DAYS_OFF, first)

    def add_working_day(self) -> bool:
        self.working_day.interpretText()
        day = _pydate(self.working_day.date())
        off, working = self.entry()
        if day in working:
            self.clear_errors()
            self.show_field_error(WORKING_DAYS, self.tr("{day} is already in the list.").format(
                day=format_day(day)))
            return False
        return self._put(off, working | {day}, WORKING_DAYS, day)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _add_buttons(grid: QGridLayout, columns: int, *buttons: QPushButton) -> None:
        """``buttons`` in a row under the ``columns`` fields of ``grid``, to the left."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 1, 0, 1, columns + 1)
        grid.setColumnStretch(columns, 1)

    def _ready_for_next(self, edit) -> None:
        """After Enter added a date: the row's first field, its year selected, so that the
        next date is typed at once (the cursor stayed on the day: the digits typed then
        changed nothing, and Enter added the same day again, silently)."""
        first = self.off_from if edit in (self.off_from, self.off_to) else self.working_day
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        first.setCurrentSectionIndex(0)
        first.setSelectedSection(first.currentSection())

    def remove_days_off(self) -> None:
        run = self._selected(self.off_list)
        if run is None:
            return
        off, working = self.entry()
        self._remove(run, off, working, DAYS_OFF)

    def remove_working_day(self) -> None:
        run = self._selected(self.working_list)
        if run is None:
            return
        off, working = self.entry()
        self._remove(run, off, working, WORKING_DAYS)

    def _remove(self, run, off, working, field: str) -> None:
        first, last = run
        gone = {first + _dt.timedelta(days=i) for i in range((last - first).days + 1)}
        view = self.off_list if field == DAYS_OFF else self.working_list
        row = view.currentIndex().row()
        if field == DAYS_OFF:
            off = off - gone
        else:
            working = working - gone
        self.clear_errors()
        self._entries[self.year] = (frozenset(off), frozenset(working))
        self._show_year()
        count = view.model().rowCount()
        if count:  # the next row (or the last) keeps the keyboard in the list
            view.setCurrentIndex(view.model().index(min(row, count - 1), 0))
        view.setFocus()

    # -- saving ------------------------------------------------------------------------
    def _save(self, _form) -> bool:
        changes = self.changed_years()
        if not changes:
            return True
        try:
            self._version = settings.set_holidays(self.user, changes, self._version)
        except ValidationError as exc:
            year = exc.values.get("year")
            if year is not None and self.year_combo.findData(year) >= 0 and year != self.year:
                self.year_combo.setCurrentIndex(self.year_combo.findData(year))
            self.show_error(exc)
            return False
        except ConflictError as exc:
            self._refused_by_conflict(exc)
            return False
        except DomainError as exc:
            self.show_field_error(None, str(exc))
            return False
        self._stored = {y: e for y, e in self._entries.items() if e[0] or e[1]}
        self.remember_entries()
        self.changed.emit()
        return True

    def _refused_by_conflict(self, error: ConflictError) -> None:
        """A colleague saved first: the years this person did not change take the
        colleague's entry, the ones they changed keep what they typed; Save again stores
        them over the colleague's knowingly, Cancel keeps the colleague's."""
        before = self._stored
        try:
            team = settings.team_calendar()
            self._version = settings.holidays_version() or 0
        except DomainError as exc:
            self.show_field_error(None, str(exc))
            return
        empty = (frozenset(), frozenset())
        theirs = {y.year: (y.days_off, y.working_days) for y in team.years}
        for year in set(before) | set(theirs) | set(self._entries):
            if self._entries.get(year, empty) == before.get(year, empty):
                self._entries[year] = theirs.get(year, empty)
        self._stored = theirs
        self._fill_years()
        self.show_field_error(None, self.tr(
            "{who} changed the holidays at {when} while you were editing them. Your change "
            "was not saved and what you entered is still shown (the years you had not "
            "changed show theirs): Save again to replace theirs, or Cancel to keep theirs.")
            .format(who=error.values.get("who", ""), when=error.values.get("when", "")))
