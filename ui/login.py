"""Logging in: with a password, as a demo visitor, and changing one's own password.

Each dialog calls a service in ``models.users`` and keeps the logged-in
person in ``dialog.user`` (a ``UserInfo``) once it is accepted.  A refused
log-in is explained inside the dialog, which stays open with the user name
kept and the password cleared.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from models import timeutil, users
from models.errors import DomainError, LoginPaused, ValidationError
from models.users import UserInfo
from ui import widgets
from ui.style import apply_sheet
from ui.widgets import BusyCursor, FieldErrors, error_label, fit_to_screen, grow_to_fit, label
from views.form_guard import KeepsEntries

LAST_LOGIN_KEY = "login/last_user"


def roles_text(user: UserInfo) -> str:
    """The person's roles in the user's language, in the order RULES.md lists them."""
    return widgets.roles_text(user.roles)


def add_field_row(errors: FieldErrors, form: QFormLayout, name: str, text: str,
                  field: QWidget) -> QLabel:
    """``errors.add_row``, with an empty label beside the error line: for a wrapped line
    with nothing beside it, QFormLayout takes the larger of its height at the width it is
    shown at and its height at its narrowest, which left one or two empty lines under it."""
    error = errors.add_row(form, name, text, field)
    row = form.rowCount() - 1
    form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel())
    form.setRowVisible(row, False)  # hidden along with its error until there is one
    return error


def open_database_settings(parent: QWidget) -> None:
    from ui.settings_dialog import SettingsDialog

    SettingsDialog(parent).exec()


class _PauseCountdown:
    """The pause after too many wrong passwords (``LoginPaused``), counted down once a second
    by the services' clock (``timeutil.utcnow``): ``pause_timer`` calls the dialog's
    ``_count_down``, which says how long is left and ends the pause (``_end_pause``)."""

    paused_until = None  # when the pause ends (UTC)
    pause_timer = None  # a QTimer, made at the first pause

    def _start_pause(self, error: LoginPaused) -> None:
        import datetime as _dt

        from PySide6.QtCore import QTimer

        seconds = int(error.values.get("seconds") or users.PAUSE_SECONDS)
        self.paused_until = timeutil.utcnow() + _dt.timedelta(seconds=seconds)
        if self.pause_timer is None:
            self.pause_timer = QTimer(self)
            self.pause_timer.setInterval(1000)
            self.pause_timer.timeout.connect(self._count_down)
        self.pause_timer.start()

    def _seconds_left(self) -> int:
        """Whole seconds of the pause still to wait (0: none), as the service counts them."""
        import math

        if self.paused_until is None:
            return 0
        return max(0, math.ceil((self.paused_until - timeutil.utcnow()).total_seconds()))

    def _end_pause(self) -> None:
        self.pause_timer.stop()
        self.paused_until = None


class LoginDialog(_PauseCountdown, QDialog):
    """User name and password. ``user`` holds the logged-in person after ``accept``."""

    def __init__(self, db_display: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Log in"))
        self._paused_login = ""  # the user name a pause after wrong passwords is for

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(64)
        self.login_edit.setPlaceholderText(self.tr("for example zhang.wei"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label("loginMessage")

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        settings_button = buttons.addButton(self.tr("&Database settings\u2026"),
                                            QDialogButtonBox.ButtonRole.ResetRole)
        settings_button.setObjectName("databaseSettingsButton")
        settings_button.setAutoDefault(True)  # Enter on it: the settings, not Log in
        settings_button.clicked.connect(lambda: open_database_settings(self))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Log in to MediaDesk"), "heading"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        if db_display:
            where = label(self.tr("Database: {where}").format(where=db_display), "note")
            where.setObjectName("databaseLabel")
            layout.addWidget(where)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        last = QSettings().value(LAST_LOGIN_KEY, "", str)
        if last:
            self.login_edit.setText(last)
            self.password_edit.setFocus()
        else:
            self.login_edit.setFocus()
        self.login_edit.textChanged.connect(self._login_changed)

    def _refuse(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self.message)
        self.password_edit.clear()
        focus.setFocus()

    # -- the pause after too many wrong passwords -------------------------------------
    def _pause(self, error: LoginPaused) -> None:
        """Count the pause down once a second, with Log in off until it is over.  The service
        pauses this user name only: someone else may log in meanwhile (a colleague at this
        PC, or the person with their mistyped name corrected)."""
        self._start_pause(error)
        self._paused_login = self._typed_login()
        self.login_button.setEnabled(False)

    def _typed_login(self) -> str:
        """The user name typed, as the log-in reads it (full width is the same name)."""
        import unicodedata

        return unicodedata.normalize("NFKC", self.login_edit.text()).strip().casefold()

    def pause_left(self) -> int:
        """Whole seconds of the pause of the user name typed still to wait (0: none)."""
        return self._seconds_left() if self._typed_login() == self._paused_login else 0

    @Slot()
    def _login_changed(self) -> None:
        """Another user name than the paused one may be tried at once."""
        if self.paused_until is None:
            return
        if self.pause_left():
            self._count_down()
            self.message.show()
            self.login_button.setEnabled(False)
        else:
            self.message.hide()
            self.login_button.setEnabled(True)

    @Slot()
    def _count_down(self) -> None:
        left = self._seconds_left()
        own = self._typed_login() == self._paused_login  # the message is the pause's
        if left:
            if own:  # counted in words that take the number ("1 second")
                self.message.setText(self.tr(
                    "Too many wrong passwords. Log-in is paused for %n second(s); please wait "
                    "and try again.", "", left))
            return
        self._end_pause()
        self.login_button.setEnabled(True)
        if own:
            self.message.clear()  # the pause is over: Log in may be pressed again
            self.message.hide()

    @Slot()
    def try_login(self) -> None:
        if self.pause_left():  # Log in is off; Return in a field does not get round it
            return
        login = self.login_edit.text().strip()
        if not login:
            self._refuse(self.tr("Please enter your user name."), self.login_edit)
            return
        try:
            with BusyCursor():
                self.user = users.authenticate(login, self.password_edit.text())
        except LoginPaused as exc:
            self._refuse(str(exc), self.password_edit)
            self._pause(exc)
            return
        except DomainError as exc:  # AuthenticationFailed, DatabaseProblem
            self._refuse(str(exc), self.password_edit)
            return
        QSettings().setValue(LAST_LOGIN_KEY, self.user.login)
        self.message.hide()
        self.accept()


class DemoLoginDialog(QDialog):
    """The demo's team, to pick whom to log in as, without a password."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoLoginDialog")
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Demo: choose a team member"))

        note = label(self.tr(
            "This is the MediaDesk demo, with a made-up team. Choose whom to log in as to see "
            "MediaDesk as they do; no password is needed. Nothing here touches real data."),
            "note")
        note.setObjectName("demoNote")
        self.list = QListWidget()
        self.list.setObjectName("demoUsers")
        apply_sheet(self.list, "demo_users")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        for person in widgets.by_name(users.list_users(include_inactive=False),
                                      lambda p: p.display_name):
            item = QListWidgetItem(self.tr("{name}\n{roles} \u00b7 {department}").format(
                name=person.display_name, roles=roles_text(person),
                department=person.department or self.tr("no department")))
            item.setData(Qt.ItemDataRole.UserRole, person.login)
            item.setToolTip(self.tr("User name: {login}").format(login=person.login))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.message = error_label("demoMessage")

        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.try_login())

        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Welcome to the MediaDesk demo"), "heading"))
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 600)  # or what the screen has room for

    def chosen_login(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot()
    def try_login(self) -> None:
        login = self.chosen_login()
        if not login:
            self.message.setText(self.tr("Choose a team member first."))
            self.message.show()
            grow_to_fit(self.message)
            return
        try:
            self.user = users.demo_login(login)
        except DomainError as exc:
            self.message.setText(str(exc))
            self.message.show()
            grow_to_fit(self.message)
            return
        self.accept()


class ChangePasswordDialog(_PauseCountdown, KeepsEntries, QDialog):
    """Current, new and repeated password.

    In ``forced`` mode (after the manager reset the password) the only other
    way out is "Quit": the caller ends the session when the dialog is rejected.
    Cancel, Quit or Escape asks first when a password has been typed (``KeepsEntries``).
    """

    def __init__(self, user: UserInfo, forced: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.user = user
        self.forced = forced
        self.setWindowTitle(self.tr("Change password"))

        self.old_edit = self._password_edit("oldPasswordEdit")
        self.new_edit = self._password_edit("newPasswordEdit")
        self.repeat_edit = self._password_edit("repeatPasswordEdit")
        self.general_error = error_label("generalError")
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        for name, edit, text in (
                ("old_password", self.old_edit, self.tr("C&urrent password:")),
                ("new_password", self.new_edit, self.tr("&New password:")),
                ("repeat", self.repeat_edit, self.tr("&Repeat new password:"))):
            add_field_row(self.errors, form, name, text, edit)

        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("&Change password"))
        self.ok_button.setObjectName("changePasswordButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if forced:
            cancel = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(label(self.tr("Choose a new password"), "heading"))
            intro = label(self.tr(
                "Hello {name}. The operations manager has set a temporary password for you. "
                "Choose a new one that only you know before you go on.").format(
                    name=user.display_name))
            intro.setObjectName("forcedNote")
            layout.addWidget(intro)
        else:
            layout.addWidget(label(self.tr("Change your password"), "heading"))
        layout.addLayout(form)
        layout.addWidget(label(self.tr(
            "A password has at least {n} characters and mixes letters with digits or "
            "symbols.").format(n=users.MIN_PASSWORD_LENGTH), "note"))
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.old_edit.setFocus()

    @staticmethod
    def _password_edit(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @Slot()
    def try_change(self) -> None:
        self.errors.clear()
        if self.new_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.errors.show("repeat", self.tr("The two new passwords are not the same. "
                                               "Type the new password again."))
            return
        try:
            with BusyCursor():
                users.change_own_password(self.user, self.old_edit.text(), self.new_edit.text())
        except ValidationError as exc:
            if exc.field == "old_password":
                self.old_edit.clear()
            self.errors.show(exc.field, str(exc))
            return
        except LoginPaused as exc:
            # After five wrong current passwords: counted down with the button off (the
            # figure stood still, and the button asked again).
            self.errors.show(None, str(exc))
            self._start_pause(exc)
            self.ok_button.setEnabled(False)
            return
        except DomainError as exc:
            self.errors.show(None, str(exc))
            return
        self.user = users.get_user(self.user.id)
        self.accept()

    @Slot()
    def _count_down(self) -> None:
        left = self._seconds_left()
        if left:
            self.errors.show(None, self.tr(
                "Too many wrong passwords. Changing the password and logging in are paused "
                "for %n second(s); please wait and try again.", "", left))
            return
        self._end_pause()
        self.ok_button.setEnabled(True)
        self.errors.clear()
