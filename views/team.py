"""The "Team and platforms" screen: people and their roles, platforms and their columns.

Everyone sees the lists; only the operations manager gets working buttons.
That is a courtesy: the services in models/ check permissions, and when one
refuses, the screen shows its message.  Nothing is deleted here; people,
platforms and columns are deactivated instead.

Dialogs open window-modal with ``open()`` (not a blocking ``exec()``); the
``make_*`` factories and the ``dialog`` property let a test or the main window
reach the form that is open.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from models import platforms as platform_service
from models import users as user_service
from models.errors import ConflictError, DomainError, NotFound, PermissionDenied, ValidationError
from models.platforms import ColumnInfo, PlatformInfo
from models.users import UserInfo
from models.i18n import join_sentences, translate
from ui.failures import shows_problems
from ui.feedback import show_error
from ui.style import set_role
from ui.widgets import BusyCursor, flow_layout


if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up stays quick)
    from views.team_dialogs import (ColumnDialog, ConfirmBox, FormDialog, PersonDialog,
                                    PlatformDialog, ResetPasswordDialog)
from views.team_models import ColumnsModel, PeopleFilterModel, PeopleModel, PlatformsModel

PEOPLE_TAB, PLATFORMS_TAB = range(2)


class _Table(QTableView):
    """A table whose current row is its selected row when the keyboard arrives.

    Qt makes the first row current, but not selected, when a table with nothing selected
    gets the focus (``QAbstractItemView.focusInEvent``): Enter did nothing, the buttons
    stayed off, and Down selected the second row.  (With no current row at all, after a
    filter hid the selected person, Qt sets none: the first row then.)"""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        selection = self.selectionModel()
        if (selection is None or selection.hasSelection()
                or event.reason() == Qt.FocusReason.MouseFocusReason):  # the click selects
            return
        index = self.currentIndex()
        if not index.isValid():
            index = self.model().index(0, 0)
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)


def _table(parent: QWidget, name: str) -> QTableView:
    view = _Table(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                | Qt.AlignmentFlag.AlignVCenter)
    return view


def _fit_columns(view: QTableView, stretch: int, max_rows: int = 500) -> None:
    """Columns as wide as their texts, one column taking the rest of the width.

    Measures the display texts with the font's metrics instead of
    ``resizeColumnToContents`` (which asks the model for every role of every
    cell): the same widths at a tenth of the cost.
    """
    header = view.horizontalHeader()
    model = view.model()
    text_metrics, header_metrics = view.fontMetrics(), header.fontMetrics()
    # Cell margins plus a little air; a decorated cell also holds a small icon.
    # (Plain numbers: touching QStyle's enums from Python costs ~25 ms at start-up.)
    padding = 22
    icon = view.iconSize().width() if view.iconSize().isValid() else 16
    rows = min(model.rowCount(), max_rows)
    # One very long name (100 characters are allowed) made its column wider than the
    # table and pushed the others out of sight: a column fits about 20 Chinese characters
    # and elides the rest (the tooltip has all of it); a person can still widen it.
    widest = text_metrics.horizontalAdvance("汉") * 20
    for section in range(header.count()):
        if section == stretch:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        title = model.headerData(section, Qt.Orientation.Horizontal) or ""
        width = header_metrics.horizontalAdvance(str(title)) + 20  # room for the sort arrow
        for row in range(rows):
            index = model.index(row, section)
            text = index.data()
            cell = text_metrics.horizontalAdvance(str(text)) if text else 0
            if row == 0 and index.data(Qt.ItemDataRole.DecorationRole) is not None:
                padding_icon = icon + 6
            else:
                padding_icon = 0
            width = max(width, cell + padding_icon)
        header.resizeSection(section, min(width, widest) + padding)


class TeamScreen(QWidget):
    """People, platforms and columns; editable by the operations manager."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamScreen")
        self._user = user
        self._dialog: QDialog | None = None
        self._unread = False  # the last reload could not read the database

        self.people_model = PeopleModel(self)
        self.people_proxy = PeopleFilterModel(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.platforms_model = PlatformsModel(self)
        self.columns_model = ColumnsModel(self)

        title = QLabel(self.tr("Team and platforms"), self)
        title.setObjectName("teamTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.read_only_note = QLabel(self.read_only_text(), self)
        self.read_only_note.setObjectName("teamReadOnlyNote")
        self.read_only_note.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("teamTabs")
        self.tabs.addTab(self._build_people_tab(), self.tr("&People"))
        self.tabs.addTab(self._build_platforms_tab(), self.tr("Platforms and &columns"))
        self.tabs.currentChanged.connect(self._fit_current_tab)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("teamStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown while the lists could not be read (the team server is down, say); F5 too.
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("teamReload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(lambda _checked=False: self.reload())
        self.reload_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status_row)

        self._build_shortcuts()
        self.reload()

    def read_only_text(self) -> str:
        return self.tr("Only the operations manager can change people, platforms and columns.")

    # -- building ------------------------------------------------------------------------
    def _button(self, parent: QWidget, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_people_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("peoplePage")
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(self.tr("Name or user name"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.search_edit)
        self.show_inactive_check = QCheckBox(self.tr("Show &inactive people"), page)
        self.show_inactive_check.setObjectName("showInactive")

        self.people_view = _table(page, "peopleTable")
        self.people_view.setAccessibleName(self.tr("People"))
        self.people_view.setModel(self.people_proxy)
        self.people_view.setSortingEnabled(True)
        self.people_view.sortByColumn(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)

        self.add_person_button = self._button(page, "addPersonButton", self.tr("&Add person…"),
                                              self.add_person)
        self.edit_person_button = self._button(page, "editPersonButton", self.tr("&Edit…"),
                                               self.edit_person)
        self.toggle_person_button = self._button(page, "togglePersonButton",
                                                 self.tr("&Deactivate"),
                                                 self.toggle_person_active)
        self.reset_password_button = self._button(page, "resetPasswordButton",
                                                  self.tr("Reset pass&word…"),
                                                  self.reset_password)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.show_inactive_check)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_person_button, self.edit_person_button,
                       self.toggle_person_button, self.reset_password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self._search_changed)
        self.show_inactive_check.toggled.connect(self._show_inactive_changed)
        self.people_view.selectionModel().selectionChanged.connect(self._update_people_buttons)
        self.people_proxy.layoutChanged.connect(self._update_people_buttons)
        self.people_proxy.rowsRemoved.connect(self._update_people_buttons)
        self.people_view.activated.connect(self._person_activated)

        QWidget.setTabOrder(self.search_edit, self.show_inactive_check)
        QWidget.setTabOrder(self.show_inactive_check, self.people_view)
        QWidget.setTabOrder(self.people_view, self.add_person_button)
        QWidget.setTabOrder(self.add_person_button, self.edit_person_button)
        QWidget.setTabOrder(self.edit_person_button, self.toggle_person_button)
        QWidget.setTabOrder(self.toggle_person_button, self.reset_password_button)
        return page

    def _build_platforms_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("platformsPage")
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)

        left = QWidget(splitter)
        self.platforms_view = _table(left, "platformsTable")
        self.platforms_view.setAccessibleName(self.tr("Platforms"))
        self.platforms_view.setModel(self.platforms_model)
        platforms_label = QLabel(self.tr("P&latforms"), left)
        platforms_label.setBuddy(self.platforms_view)
        self.add_platform_button = self._button(left, "addPlatformButton",
                                                self.tr("&Add platform…"), self.add_platform)
        self.edit_platform_button = self._button(left, "editPlatformButton",
                                                 self.tr("&Edit platform…"), self.edit_platform)
        self.toggle_platform_button = self._button(left, "togglePlatformButton",
                                                   self.tr("&Deactivate platform"),
                                                   self.toggle_platform_active)
        left_buttons = flow_layout()  # wraps under the table when the window is narrow
        for button in (self.add_platform_button, self.edit_platform_button,
                       self.toggle_platform_button):
            left_buttons.addWidget(button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(platforms_label)
        left_layout.addWidget(self.platforms_view, 1)
        left_layout.addLayout(left_buttons)

        right = QWidget(splitter)
        self.columns_view = _table(right, "columnsTable")
        self.columns_view.setAccessibleName(self.tr("Columns of the selected platform"))
        self.columns_view.setModel(self.columns_model)
        self.columns_label = QLabel(self.tr("Col&umns"), right)
        self.columns_label.setBuddy(self.columns_view)
        self.add_column_button = self._button(right, "addColumnButton",
                                              self.tr("Add colu&mn…"), self.add_column)
        self.edit_column_button = self._button(right, "editColumnButton",
                                               self.tr("Edi&t column…"), self.edit_column)
        self.toggle_column_button = self._button(right, "toggleColumnButton",
                                                 self.tr("Deacti&vate column"),
                                                 self.toggle_column_active)
        right_buttons = flow_layout()  # wraps under the table when the window is narrow
        for button in (self.add_column_button, self.edit_column_button,
                       self.toggle_column_button):
            right_buttons.addWidget(button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.columns_label)
        right_layout.addWidget(self.columns_view, 1)
        right_layout.addLayout(right_buttons)

        # Both headings as tall as a line of Chinese, so the two tables line up.
        height = QLabel("国Ag").sizeHint().height()  # a throwaway label, never shown
        platforms_label.setMinimumHeight(height)
        self.columns_label.setMinimumHeight(height)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)

        self.platforms_view.selectionModel().selectionChanged.connect(self._platform_selected)
        self.columns_view.selectionModel().selectionChanged.connect(self._update_column_buttons)
        self.platforms_view.activated.connect(self._platform_activated)
        self.columns_view.activated.connect(self._column_activated)

        QWidget.setTabOrder(self.platforms_view, self.add_platform_button)
        QWidget.setTabOrder(self.add_platform_button, self.edit_platform_button)
        QWidget.setTabOrder(self.edit_platform_button, self.toggle_platform_button)
        QWidget.setTabOrder(self.toggle_platform_button, self.columns_view)
        QWidget.setTabOrder(self.columns_view, self.add_column_button)
        QWidget.setTabOrder(self.add_column_button, self.edit_column_button)
        QWidget.setTabOrder(self.edit_column_button, self.toggle_column_button)
        return page

    def _build_shortcuts(self) -> None:
        self.new_action = QAction(self.tr("New"), self)
        self.new_action.setObjectName("teamNewAction")
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        # Window-wide while the screen is shown: also from the navigation bar.
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self._new_in_current_tab)
        self.addAction(self.new_action)

        self.find_action = QAction(self.tr("Find person"), self)
        self.find_action.setObjectName("teamFindAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.reload_action = QAction(self.tr("Reload"), self)
        self.reload_action.setObjectName("teamReloadAction")
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_action.triggered.connect(lambda _checked=False: self.reload())
        self.addAction(self.reload_action)

        # Nothing is deleted: the Delete key explains what to do instead.
        for view in (self.people_view, self.platforms_view, self.columns_view):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._explain_no_delete)

    # -- state -----------------------------------------------------------------------
    @property
    def user(self) -> UserInfo:
        """The person using the screen, as last read from the database."""
        return self._user

    @property
    def can_edit(self) -> bool:
        """Whether to offer the editing buttons (the services decide for real)."""
        return self._user.active and self._user.is_manager

    @property
    def dialog(self) -> QDialog | None:
        """The dialog this screen has open, if any."""
        return self._dialog

    @shows_problems("_not_read")
    def reload(self) -> bool:
        """Read people, platforms and columns again, keeping the selected rows.  False if
        the database could not be read: the lists keep what they showed, the status line
        says why, and Reload (F5) tries again."""
        self._refresh_user()
        person, platform, column = (self.selected_person(), self.selected_platform(),
                                    self.selected_column())
        # Each model reads all its rows before it changes (a failure leaves it as it was).
        self.people_model.refresh()
        if person is not None:
            self.select_person(person.id)  # gone or filtered out: nobody, not a neighbour
        else:
            self._select_first(self.people_view)
        self.platforms_model.refresh()
        columns_of = self.columns_model.platform_id
        if platform is None or not self.select_platform(platform.id):
            if self.platforms_model.rowCount():
                self.platforms_view.selectRow(0)
        if self.columns_model.platform_id == columns_of:  # the selection read nothing new
            selected = self.selected_platform()
            self.columns_model.set_platform(selected.id if selected is not None else None)
        if column is not None:
            self.select_column(column.id)
        elif self.selected_column() is None:
            self._select_first(self.columns_view)
        # Measuring column contents reads every row: do it for the tab in view now,
        # and for the other tab when it is first shown (start-up stays quick).
        self._unfitted_tabs = {PEOPLE_TAB, PLATFORMS_TAB}
        self._fit_current_tab()
        self._update_all_buttons()
        if self._unread:  # read again: the problem is over
            self._unread = False
            self.reload_button.hide()
            self.say("")
        return True

    def _not_read(self, text: str) -> None:
        """The lists could not be read: why, in the status line, with a Reload button."""
        self._unread = True
        self.say(text)
        set_role(self.status_label, "error")
        self.reload_button.show()
        self._update_all_buttons()

    def _fit_current_tab(self, *_args) -> None:
        index = self.tabs.currentIndex()
        if index not in getattr(self, "_unfitted_tabs", ()):
            return
        self._unfitted_tabs.discard(index)
        if index == PEOPLE_TAB:
            _fit_columns(self.people_view, PeopleModel.ROLES)
        else:
            _fit_columns(self.platforms_view, PlatformsModel.NAME)
            _fit_columns(self.columns_view, ColumnsModel.DESCRIPTION)

    def _refresh_user(self) -> None:
        try:
            self._user = user_service.get_user(self._user.id)
        except DomainError:
            pass  # gone: keep the last known roles; the services refuse anyway
        self.read_only_note.setVisible(not self.can_edit)

    def say(self, text: str) -> None:
        """A short, non-blocking note under the tabs (what just happened, or a hint)."""
        set_role(self.status_label, "")
        self.status_label.setText(text)

    def status_text(self) -> str:
        return self.status_label.text()

    # -- selection ---------------------------------------------------------------------
    @staticmethod
    def _selected_row(view: QTableView) -> QModelIndex | None:
        model = view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0] if rows else None

    def selected_person(self) -> UserInfo | None:
        index = self._selected_row(self.people_view)
        if index is None:
            return None
        return self.people_model.person(self.people_proxy.mapToSource(index).row())

    def selected_platform(self) -> PlatformInfo | None:
        index = self._selected_row(self.platforms_view)
        return None if index is None else self.platforms_model.platform(index.row())

    def selected_column(self) -> ColumnInfo | None:
        index = self._selected_row(self.columns_view)
        return None if index is None else self.columns_model.column_info(index.row())

    @staticmethod
    def _select(view: QTableView, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        return True

    def _select_first(self, view: QTableView) -> bool:
        """Select the first row of ``view`` (after a load that found nothing selected)."""
        return self._select(view, view.model().index(0, 0))

    def select_person(self, user_id: int) -> bool:
        """Select the person in the table; False if they are not in it or filtered out."""
        row = self.people_model.row_of(user_id)
        if row < 0:
            return False
        return self._select(self.people_view,
                            self.people_proxy.mapFromSource(self.people_model.index(row, 0)))

    def select_platform(self, platform_id: int) -> bool:
        row = self.platforms_model.row_of(platform_id)
        return row >= 0 and self._select(self.platforms_view, self.platforms_model.index(row, 0))

    def select_column(self, column_id: int) -> bool:
        row = self.columns_model.row_of(column_id)
        return row >= 0 and self._select(self.columns_view, self.columns_model.index(row, 0))

    @shows_problems("_not_read", None)
    def _platform_selected(self, *_args) -> None:
        platform = self.selected_platform()
        platform_id = platform.id if platform is not None else None
        if platform_id != self.columns_model.platform_id:
            self.columns_model.set_platform(platform_id)
            _fit_columns(self.columns_view, ColumnsModel.DESCRIPTION)
            self._select_first(self.columns_view)
        if platform is None:
            self.columns_label.setText(self.tr("Col&umns"))
        else:
            self.columns_label.setText(self.tr("Col&umns of {platform}").format(
                platform=platform.name))
        self._update_platform_buttons()
        self._update_column_buttons()

    # -- buttons ---------------------------------------------------------------------
    def _enable(self, button: QPushButton, enabled: bool, tip: str) -> None:
        button.setEnabled(self.can_edit and enabled)
        button.setToolTip(tip if self.can_edit else self.read_only_text())

    def _update_all_buttons(self) -> None:
        self._update_people_buttons()
        self._update_platform_buttons()
        self._update_column_buttons()

    def _update_people_buttons(self, *_args) -> None:
        person = self.selected_person()
        new_key = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText)
        self._enable(self.add_person_button, True,
                     self.tr("Add a person to the team ({key})").format(key=new_key))
        self._enable(self.edit_person_button, person is not None,
                     self.tr("Change the selected person's name, department and roles (Enter)"))
        if person is not None and not person.active:
            self.toggle_person_button.setText(self.tr("&Reactivate"))
            tip = self.tr("Let the selected person log in again")
        else:
            self.toggle_person_button.setText(self.tr("&Deactivate"))
            tip = self.tr("The selected person can no longer log in; nothing is deleted")
        yourself = person is not None and person.id == self._user.id and person.active
        if yourself:  # the service refuses it too (models.users.set_user_active)
            tip = self.tr("You cannot deactivate your own account. Another operations "
                          "manager can do it.")
        self._enable(self.toggle_person_button, person is not None and not yourself, tip)
        if person is not None and person.id == self._user.id:  # refused by the service too
            self._enable(self.reset_password_button, False,
                         translate("Errors", user_service.OWN_PASSWORD_RESET))
        else:
            self._enable(self.reset_password_button, person is not None,
                         self.tr("Set a new password that the person must change at the "
                                 "next log-in"))

    def _update_platform_buttons(self, *_args) -> None:
        platform = self.selected_platform()
        self._enable(self.add_platform_button, True, self.tr("Add a platform the team runs"))
        self._enable(self.edit_platform_button, platform is not None,
                     self.tr("Change the selected platform's name, kind and colour (Enter)"))
        if platform is not None and not platform.active:
            self.toggle_platform_button.setText(self.tr("&Reactivate platform"))
            tip = self.tr("Use the selected platform again")
        else:
            self.toggle_platform_button.setText(self.tr("&Deactivate platform"))
            tip = self.tr("Stop using the selected platform; nothing is deleted")
        self._enable(self.toggle_platform_button, platform is not None, tip)

    def _update_column_buttons(self, *_args) -> None:
        platform, column = self.selected_platform(), self.selected_column()
        self._enable(self.add_column_button, platform is not None,
                     self.tr("Add a column to the selected platform"))
        self._enable(self.edit_column_button, column is not None,
                     self.tr("Change the selected column's name and description (Enter)"))
        if column is not None and not column.active:
            self.toggle_column_button.setText(self.tr("Reacti&vate column"))
            tip = self.tr("Use the selected column again")
        else:
            self.toggle_column_button.setText(self.tr("Deacti&vate column"))
            tip = self.tr("Stop using the selected column; nothing is deleted")
        self._enable(self.toggle_column_button, column is not None, tip)

    # -- small slots ---------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self._change_people_filter(lambda: self.people_proxy.set_search_text(text))

    def _show_inactive_changed(self, show: bool) -> None:
        self._change_people_filter(lambda: self.people_proxy.set_show_inactive(show))

    def _change_people_filter(self, change) -> None:
        """Apply a filter; if it hides the selected person, select nobody.

        (Qt would move the selection to a neighbour, and a button press meant for
        one person could then reach another.)
        """
        before = self.selected_person()
        change()
        if before is not None:
            row = self.people_model.row_of(before.id)
            shown = self.people_proxy.mapFromSource(self.people_model.index(row, 0))
            if not shown.isValid():
                self.people_view.selectionModel().clear()
            elif self.selected_person() != before:
                self.select_person(before.id)
        self._update_people_buttons()

    def _person_activated(self, _index: QModelIndex) -> None:
        if self.edit_person_button.isEnabled():
            self.edit_person()

    def _platform_activated(self, _index: QModelIndex) -> None:
        if self.edit_platform_button.isEnabled():
            self.edit_platform()

    def _column_activated(self, _index: QModelIndex) -> None:
        if self.edit_column_button.isEnabled():
            self.edit_column()

    def _new_in_current_tab(self) -> None:
        if self.tabs.currentIndex() == PEOPLE_TAB:
            if self.add_person_button.isEnabled():
                self.add_person()
        elif self.add_platform_button.isEnabled():
            self.add_platform()

    def focus_view(self) -> None:
        """The keyboard to the list of the tab shown."""
        view = self.people_view if self.tabs.currentIndex() == PEOPLE_TAB else \
            self.platforms_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _explain_no_delete(self) -> None:
        self.say(self.tr("Nothing is deleted here, so that posts, reports and the audit log keep "
                         "their names. To stop using an entry, deactivate it."))

    # -- dialogs -----------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.say("")
        self._dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_finished(d))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _refused(self, parent: QWidget, error: DomainError) -> bool:
        """Show why a service refused.  True: the form should close.

        A colleague's edit of the same row (a conflict): the list shows their version,
        the form keeps what the person typed and says so, on top of their version now,
        so that Save again puts it in place of theirs knowingly, and Cancel keeps theirs.
        After a refusal or a vanished row the screen reloads and the form closes;
        nothing was saved.  Any other error (say, the database is unreachable) leaves
        the form filled in for another try.
        """
        if isinstance(error, ConflictError):
            merged = self._take_latest(parent)
            if merged is not None:
                self.reload()
                from views.team_dialogs import conflict_text

                taken, both, deactivated = merged
                also = (self.tr("They deactivated it; saving again keeps it inactive."),) \
                    if deactivated else ()
                parent.show_field_error(None, conflict_text(error, taken, both, also))
                return False
        show_error(parent, error)
        if isinstance(error, (ConflictError, NotFound, PermissionDenied)):
            self.reload()
            return True
        return False

    @staticmethod
    def _take_latest(dialog: QWidget) -> tuple[list[str], list[str], bool] | None:
        """Base an edit form on the row as it is stored now: the fields the person did not
        touch show the colleague's values (``FormDialog.merge``).  None if it is gone."""
        try:
            for attr, read in (("person", user_service.get_user),
                               ("column", platform_service.get_column),
                               ("platform", platform_service.get_platform)):
                before = getattr(dialog, attr, None)
                if before is not None:
                    latest = read(before.id)
                    if hasattr(dialog, "take_latest"):
                        taken, both = dialog.take_latest(latest)
                    else:  # a form without fields of the row (nothing to merge)
                        setattr(dialog, attr, latest)
                        taken, both = [], []
                    return taken, both, before.active and not latest.active
        except NotFound:
            return None
        return None

    def make_confirmation(self, title: str, text: str, action_text: str) -> ConfirmBox:
        from views.team_dialogs import ConfirmBox

        return ConfirmBox(title, text, action_text, self)

    # people
    def make_person_dialog(self, person: UserInfo | None = None) -> PersonDialog:
        from views.team_dialogs import PersonDialog

        dialog = PersonDialog(person, self.people_model.departments(), self)
        dialog.set_handler(self._save_person)
        return dialog

    def add_person(self) -> PersonDialog:
        return self._open(self.make_person_dialog())

    def edit_person(self) -> PersonDialog | None:
        person = self.selected_person()
        return None if person is None else self._open(self.make_person_dialog(person))

    def _save_person(self, dialog: FormDialog) -> bool:
        values = dialog.values()
        try:
            if dialog.person is None:
                with BusyCursor():  # the password's hash takes a moment (models.users)
                    saved = user_service.create_user(
                        self._user, values.login, values.display_name, values.department,
                        values.roles, values.password)
                message = self.tr("{name} was added. They must choose their own password at the "
                                  "first log-in.")
            else:
                saved = user_service.update_user(
                    self._user, dialog.person.id, dialog.person.version,
                    display_name=values.display_name, department=values.department,
                    roles=values.roles)
                message = self.tr("{name} was saved.")
        except ValidationError as error:
            dialog.show_error(error)
            return False
        except DomainError as error:
            return self._refused(dialog, error)
        self.reload()
        if not self.select_person(saved.id) and self.search_edit.text():
            self.search_edit.clear()
            self.select_person(saved.id)
        self.say(message.format(name=saved.display_name))
        return True

    def toggle_person_active(self) -> ConfirmBox | None:
        """Reactivate at once; deactivating asks first (returns the question)."""
        person = self.selected_person()
        if person is None:
            return None
        if not person.active:
            self._set_person_active(person, True)
            return None
        box = self.make_confirmation(
            self.tr("Deactivate {name}?").format(name=person.display_name),
            self.tr("{name} will no longer be able to log in. Nothing about them is deleted: "
                    "posts and the audit log keep their name, and you can reactivate them "
                    "later.").format(name=person.display_name),
            self.tr("&Deactivate"))
        box.finished.connect(lambda _r: box.confirmed() and self._set_person_active(person, False))
        return self._open(box)

    def _set_person_active(self, person: UserInfo, active: bool) -> None:
        try:
            saved = user_service.set_user_active(self._user, person.id, person.version, active)
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return
        self.reload()
        self.select_person(saved.id)
        # The keyboard goes back to the table: deactivated and hidden, the person is no
        # longer selected, the buttons it was on are disabled, and Qt had moved it to the
        # navigation bar, where Up switched screens.
        self.people_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if active:
            self.say(self.tr("{name} can log in again.").format(name=saved.display_name))
        else:
            self.say(self.tr("{name} was deactivated and can no longer log in.").format(
                name=saved.display_name))

    def make_reset_password_dialog(self, person: UserInfo) -> ResetPasswordDialog:
        from views.team_dialogs import ResetPasswordDialog

        dialog = ResetPasswordDialog(person, self)
        dialog.set_handler(self._save_password)
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        person = self.selected_person()
        return None if person is None else self._open(self.make_reset_password_dialog(person))

    def _save_password(self, dialog: FormDialog) -> bool:
        try:
            with BusyCursor():  # the password's hash takes a moment (models.users)
                user_service.reset_password(self._user, dialog.person.id, dialog.password())
        except ValidationError as error:
            dialog.show_error(error)
            return False
        except DomainError as error:
            return self._refused(dialog, error)
        self.reload()
        self.say(self.tr("The password of {name} was reset. They must choose a new one at the "
                         "next log-in.").format(name=dialog.person.display_name))
        return True

    # platforms
    def make_platform_dialog(self, platform: PlatformInfo | None = None) -> PlatformDialog:
        from views.team_dialogs import PlatformDialog

        dialog = PlatformDialog(platform, self)
        dialog.set_handler(self._save_platform)
        return dialog

    def add_platform(self) -> PlatformDialog:
        return self._open(self.make_platform_dialog())

    def edit_platform(self) -> PlatformDialog | None:
        platform = self.selected_platform()
        return None if platform is None else self._open(self.make_platform_dialog(platform))

    def _save_platform(self, dialog: FormDialog) -> bool:
        values, old = dialog.values(), dialog.platform
        try:
            if old is None:
                saved = platform_service.create_platform(self._user, values.name, values.kind,
                                                         values.colour)
            else:
                saved = platform_service.update_platform(
                    self._user, old.id, old.version, name=values.name, kind=values.kind,
                    colour=values.colour, active=old.active)
        except ValidationError as error:
            dialog.show_error(error)
            return False
        except DomainError as error:
            return self._refused(dialog, error)
        self.reload()
        self.select_platform(saved.id)
        self.say(self.tr("Platform {name} was saved.").format(name=saved.name))
        return True

    def toggle_platform_active(self) -> ConfirmBox | None:
        platform = self.selected_platform()
        if platform is None:
            return None
        if not platform.active:
            self._set_platform_active(platform, True)
            return None
        text = self.tr("No new posts can be planned for {name}. Its columns, earlier posts and "
                       "reports are kept, and you can reactivate it later.").format(
                           name=platform.name)
        box = self.make_confirmation(
            self.tr("Deactivate platform {name}?").format(name=platform.name),
            join_sentences([text, *self._still_planned(platform_id=platform.id)]),
            self.tr("&Deactivate"))
        box.finished.connect(
            lambda _r: box.confirmed() and self._set_platform_active(platform, False))
        return self._open(box)

    def _still_planned(self, **where) -> list[str]:
        """The warning about the posts still planned there, or nothing."""
        from models import posts as post_service

        n = post_service.count_upcoming(**where)
        if not n:
            return []
        return [self.tr("%n post(s) not yet published are still planned there from now on: "
                        "they stay in the calendar until someone moves them.", "", n)]

    def _set_platform_active(self, platform: PlatformInfo, active: bool) -> None:
        try:
            saved = platform_service.set_platform_active(self._user, platform.id,
                                                         platform.version, active)
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return
        self.reload()
        self.select_platform(saved.id)
        if active:
            self.say(self.tr("Platform {name} is in use again.").format(name=saved.name))
        else:
            self.say(self.tr("Platform {name} was deactivated.").format(name=saved.name))

    # columns
    def make_column_dialog(self, platform: PlatformInfo,
                           column: ColumnInfo | None = None) -> ColumnDialog:
        from views.team_dialogs import ColumnDialog

        dialog = ColumnDialog(platform, column, self)
        dialog.set_handler(self._save_column)
        return dialog

    def add_column(self) -> ColumnDialog | None:
        platform = self.selected_platform()
        return None if platform is None else self._open(self.make_column_dialog(platform))

    def edit_column(self) -> ColumnDialog | None:
        platform, column = self.selected_platform(), self.selected_column()
        if platform is None or column is None:
            return None
        return self._open(self.make_column_dialog(platform, column))

    def _save_column(self, dialog: FormDialog) -> bool:
        values, old = dialog.values(), dialog.column
        try:
            if old is None:
                saved = platform_service.create_column(self._user, dialog.platform.id,
                                                       values.name, values.description)
            else:
                saved = platform_service.update_column(
                    self._user, old.id, old.version, name=values.name,
                    description=values.description, active=old.active)
        except ValidationError as error:
            dialog.show_error(error)
            return False
        except DomainError as error:
            return self._refused(dialog, error)
        self.reload()
        self.select_platform(saved.platform_id)
        self.select_column(saved.id)
        self.say(self.tr("Column {name} was saved.").format(name=saved.name))
        return True

    def toggle_column_active(self) -> ConfirmBox | None:
        column = self.selected_column()
        if column is None:
            return None
        if not column.active:
            self._set_column_active(column, True)
            return None
        text = self.tr("No new posts can be filed under {name}. Earlier posts keep it, and "
                       "you can reactivate it later.").format(name=column.name)
        box = self.make_confirmation(
            self.tr("Deactivate column {name}?").format(name=column.name),
            join_sentences([text, *self._still_planned(column_id=column.id)]),
            self.tr("&Deactivate"))
        box.finished.connect(lambda _r: box.confirmed() and self._set_column_active(column, False))
        return self._open(box)

    def _set_column_active(self, column: ColumnInfo, active: bool) -> None:
        try:
            saved = platform_service.set_column_active(self._user, column.id, column.version,
                                                       active)
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return
        self.reload()
        self.select_column(saved.id)
        if active:
            self.say(self.tr("Column {name} is in use again.").format(name=saved.name))
        else:
            self.say(self.tr("Column {name} was deactivated.").format(name=saved.name))
