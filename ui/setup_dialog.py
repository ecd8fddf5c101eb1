"""First start on an empty database: the operations manager and the team's platforms.

``SetupDialog`` calls ``users.setup_team`` (one transaction).  A refused
entry is shown next to its field and nothing typed is lost; Quit or Escape asks
before it throws away what was typed or ticked (``KeepsEntries``).  Once accepted,
``dialog.user`` is the manager, logged in without a second password prompt.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from models import platforms, users
from models.errors import DomainError, ValidationError
from models.platforms import PlatformKind, PlatformSpec
from models.users import UserInfo
from ui.login import add_field_row, open_database_settings
from ui.style import Section, scaled_points
from ui.widgets import (BusyCursor, FieldErrors, error_label, fit_to_screen, form_state, label,
                        screen_room, swatch)
from views.form_guard import KeepsEntries

KIND_ROLE = Qt.ItemDataRole.UserRole
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1

# The dialog's size at the normal 10 pt font (``SetupDialog._fit``).
WIDTH, HEIGHT = 820, 560

# Service field names that concern the platform list.
_PLATFORM_FIELDS = {"name", "colour", "platforms"}


class SetupDialog(KeepsEntries, QDialog):
    #: The dialog's result when another PC set the team up meanwhile (log in instead).
    SET_UP_ELSEWHERE = 2

    def __init__(self, db_display: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Set up your team"))

        self.general_error = error_label("generalError")
        self.errors = FieldErrors(self.general_error)

        # -- the operations manager
        self.login_edit = self._edit("loginEdit")
        self.login_edit.setMaxLength(64)
        self.login_edit.setPlaceholderText(self.tr("for example wang.fang"))
        self.name_edit = self._edit("displayNameEdit")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("for example 王芳"))
        self.password_edit = self._edit("passwordEdit", password=True)
        self.repeat_edit = self._edit("repeatPasswordEdit", password=True)
        person = Section(self.tr("You, the operations manager"))
        form = QFormLayout(person)
        for field, edit, text in (("login", self.login_edit, self.tr("&User name:")),
                                  ("display_name", self.name_edit, self.tr("Your &name:")),
                                  ("password", self.password_edit, self.tr("&Password:")),
                                  ("repeat", self.repeat_edit, self.tr("&Repeat password:"))):
            add_field_row(self.errors, form, field, text, edit)
        form.addRow(label(self.tr(
            "A password has at least {n} characters and mixes letters with digits or "
            "symbols.").format(n=users.MIN_PASSWORD_LENGTH), "note"))

        # -- the team's platforms
        self.platform_list = QListWidget()
        self.platform_list.setObjectName("platformList")
        self.platform_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        for spec in platforms.default_specs():
            item = QListWidgetItem(swatch(spec.colour), spec.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(KIND_ROLE, PlatformKind(spec.kind).value)
            item.setData(COLOUR_ROLE, spec.colour)
            self.platform_list.addItem(item)
        platform_error = error_label("platformsError")
        self.errors.add("platforms", self.platform_list, platform_error)
        team = Section(self.tr("The team's platforms"))
        team_layout = QVBoxLayout(team)
        team_layout.addWidget(label(self.tr(
            "Tick the platforms your team runs. To rename one, double-click it. "
            "You can change the list later."), "note"))
        team_layout.addWidget(self.platform_list, 1)
        team_layout.addWidget(platform_error)

        # -- buttons
        buttons = QDialogButtonBox()
        self.setup_button = QPushButton(self.tr("&Set up"))
        self.setup_button.setObjectName("setupButton")
        self.setup_button.setDefault(True)
        buttons.addButton(self.setup_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        server_button = buttons.addButton(self.tr("Use a &team server instead\u2026"),
                                          QDialogButtonBox.ButtonRole.ResetRole)
        server_button.setObjectName("databaseSettingsButton")
        server_button.setAutoDefault(True)  # Enter on it opens the settings, not Set up
        server_button.clicked.connect(lambda: open_database_settings(self))
        buttons.accepted.connect(self.try_setup)
        buttons.rejected.connect(self.reject)

        if db_display:
            intro = self.tr(
                "The database {where} is empty. Set up your team to start: you become its "
                "operations manager, who adds colleagues and keeps the list of platforms."
            ).format(where=db_display)
        else:
            intro = self.tr(
                "This database is empty. Set up your team to start: you become its operations "
                "manager, who adds colleagues and keeps the list of platforms.")
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(team, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Welcome to MediaDesk"), "heading"))
        layout.addWidget(label(intro, "note"))
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._fit()
        self.login_edit.setFocus()

    def _fit(self) -> None:
        """820x560 at the normal font; with a larger one as wide as its size hint asks, up
        to 820 px per 10 pt (the hint of its wrapped notes asks for more than they need),
        and as tall as its content then needs; never more than the screen has room for
        (``fit_to_screen``).  At 18 pt a fixed 820x560 cut the password rule and left the
        fields a few characters wide."""
        hint = self.sizeHint()
        width = max(WIDTH, min(hint.width(), round(WIDTH * scaled_points(1.0))))
        room = screen_room(self)
        if room is not None:
            width = min(width, room.width())
        layout = self.layout()
        needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else hint.height())
        fit_to_screen(self, width, max(HEIGHT, needed))

    @staticmethod
    def _edit(name: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def form_entries(self) -> tuple:
        """The fields, and the platforms' names and ticks (for "Discard your changes?")."""
        return form_state(self) + tuple((item.text(), item.checkState().value)
                                        for item in self.platform_items())

    def platform_items(self) -> list[QListWidgetItem]:
        return [self.platform_list.item(i) for i in range(self.platform_list.count())]

    def chosen_specs(self) -> list[PlatformSpec]:
        return [PlatformSpec(item.text().strip(), PlatformKind(item.data(KIND_ROLE)),
                             item.data(COLOUR_ROLE))
                for item in self.platform_items()
                if item.checkState() == Qt.CheckState.Checked]

    def _select_platform(self, name: str) -> None:
        """Select the ticked platform a refusal is about (an empty or repeated name)."""
        for item in self.platform_items():
            if item.checkState() == Qt.CheckState.Checked and item.text().strip() == name:
                self.platform_list.setCurrentItem(item)
                return

    @Slot()
    def try_setup(self) -> None:
        self.errors.clear()
        if self.password_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.errors.show("repeat", self.tr("The two passwords are not the same. "
                                               "Type the same password twice."))
            return
        specs = self.chosen_specs()
        if not specs:
            self.errors.show("platforms", self.tr("Tick at least one platform."))
            return
        try:
            with BusyCursor():
                self.user = users.setup_team(self.login_edit.text(), self.name_edit.text(),
                                             self.password_edit.text(), specs)
        except users.AlreadySetUp:
            # A colleague's PC set the team up while this dialog was open: log in instead
            # (the dialog had kept saying "the database is empty", with no way out).
            self.done(self.SET_UP_ELSEWHERE)
            return
        except ValidationError as exc:
            if exc.field in _PLATFORM_FIELDS:
                self._select_platform(str(exc.values.get("name", "")))
                self.errors.show("platforms", str(exc))
            else:
                self.errors.show(exc.field, str(exc))
            return
        except DomainError as exc:
            self.errors.show(None, str(exc))
            return
        self.accept()
