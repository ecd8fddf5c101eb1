"""The forms of the "Team and platforms" screen: person, password reset, platform, column.

A form does not call services itself.  Its Save button hands the dialog to a
handler (``set_handler``) that the screen supplies; the handler calls the
service and returns True when the dialog may close.  When a service rejects
the input (``ValidationError``), the handler calls ``show_error`` and returns
False: the message appears under the field it names, the cursor goes there
and everything typed stays.  Checks that need no service (the two passwords
match) run in the form before the handler.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QColorDialog, QComboBox, QCompleter, QDialog,
                               QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from models.errors import ValidationError
from models.i18n import join_list, join_sentences
from models.platforms import DEFAULT_PLATFORMS, ColumnInfo, PlatformInfo, PlatformKind
from models.roles import Role
from models.users import MIN_PASSWORD_LENGTH, UserInfo
from ui.char_limit import limit_chars
from ui.style import set_role
from ui.widgets import fit_placeholder, grow_to_fit, without_access_key
from views.form_guard import KeepsEntries

OTHER_PLATFORM_COLOUR = "#808080"
_DEFAULT_COLOURS = dict(DEFAULT_PLATFORMS)

Handler = Callable[["FormDialog"], bool]


def label_name(text: str) -> str:
    """A form label's text as a screen reader says it: "&Name:" -> "Name",
    "姓名(&N)：" -> "姓名" (no access key, no colon)."""
    return without_access_key(text).strip().rstrip(":：").strip()


class FormDialog(KeepsEntries, QDialog):
    """A dialog with a form, an error line under each field, and Save / Cancel (which asks
    before it throws away what was typed: ``views.form_guard``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._handler: Handler | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label("generalError")
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.button_box)

    @property
    def save_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    @property
    def cancel_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Cancel)

    # -- building ----------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # ui.style's red for the theme: a lighter one on a dark theme, switched along with it.
        set_role(label, "error")
        label.hide()
        return label

    def add_field(self, field: str, label_text: str, widget: QWidget,
                  focus_widget: QWidget | None = None) -> None:
        """Add a form row for ``field`` with an error line under the widget."""
        error = self._error_label(field + "Error")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        label = QLabel(label_text, self)
        label.setBuddy(focus_widget or widget)
        # A screen reader looks for a field's name in a label beside it in the same parent;
        # this label is the dialog's child and the field sits in ``box``, so name it here.
        named = focus_widget or widget
        if isinstance(named, QAbstractButton) and named.text():
            named = widget  # a check box says its own text: the label names its group
        named.setAccessibleName(label_name(label_text))
        self.form.addRow(label, box)
        self._fields[field] = focus_widget or widget
        self._errors[field] = error
        self._labels[field] = label

    # -- errors ----------------------------------------------------------------------
    def error_text(self, field: str | None = None) -> str:
        """The message shown for ``field`` (None: the one under the form), or ""."""
        label = self._errors.get(field) if field else self.general_error
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in [self.general_error, *self._errors.values()]:
            label.clear()
            label.hide()

    def show_field_error(self, field: str | None, message: str) -> None:
        """Show ``message`` under ``field`` (or under the form) and put the cursor there."""
        label = self._errors.get(field or "", self.general_error)
        label.setText(message)
        label.show()
        grow_to_fit(self)  # a wrapped message of two lines was cut off under the buttons
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def show_error(self, error: ValidationError) -> None:
        self.show_field_error(getattr(error, "field", None), str(error))

    # -- a colleague's newer version -------------------------------------------------
    def field_label(self, field: str) -> str:
        """The text of ``field``'s label, without its access key and colon ("Department")."""
        label = self._labels.get(field)
        if label is None:
            return field
        return label_name(label.text())

    def merge(self, fields: dict[str, tuple[object, object, object, Callable]]) -> tuple[
            list[str], list[str]]:
        """Put a colleague's newer values into the fields this person did not touch.

        ``fields`` maps a field to (the value the form was opened with, the colleague's,
        the form's now, a function that shows a value).  Returns the labels of the fields
        that now show the colleague's value, and of those both changed (the typed value
        stays)."""
        taken, both = [], []
        for field, (before, theirs, typed, show) in fields.items():
            if theirs == before:
                continue
            if typed == before:
                show(theirs)
                taken.append(self.field_label(field))
            elif typed != theirs:
                both.append(self.field_label(field))
        return taken, both

    # -- saving ----------------------------------------------------------------------
    def set_handler(self, handler: Handler | None) -> None:
        """``handler(dialog) -> bool`` saves; True closes the dialog, False keeps it open."""
        self._handler = handler

    def check(self) -> tuple[str, str] | None:
        """A problem found without asking a service, as (field, message); None if none."""
        return None

    def accept(self) -> None:
        self.clear_errors()
        problem = self.check()
        if problem is not None:
            self.show_field_error(*problem)
            return
        if self._handler is None or self._handler(self):
            super().accept()


def conflict_text(error, taken: list[str], both: list[str], also: tuple[str, ...] = ()) -> str:
    """What a colleague's newer version did to a form (a ``ConflictError`` on Save, then
    ``FormDialog.merge``): who changed it and when, ``also`` (more about their change),
    the fields that now show theirs, those both changed, and what Save and Cancel do."""
    translate = QCoreApplication.translate  # each text in full, for lupdate: "FormDialog"
    text = [translate("FormDialog", "{who} changed this at {when} while you were editing it, "
                                    "so your change was not saved.").format(**error.values),
            *also]
    if taken:
        text.append(translate("FormDialog", "Their change is now in the fields you had not "
                                            "touched: {fields}.").format(fields=join_list(taken)))
    if both:
        text.append(translate("FormDialog", "You both changed {fields}: what you typed is still "
                                            "there.").format(fields=join_list(both)))
    if not taken and not both:
        text.append(translate("FormDialog", "What you typed is still here."))
    text.append(translate("FormDialog", "Save again to keep the form as it is now, or Cancel to "
                                        "keep their version."))
    return join_sentences(text)


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


# -- people ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonValues:
    login: str
    display_name: str
    department: str
    roles: frozenset
    password: str


class PersonDialog(FormDialog):
    """Add a person (with an initial password, typed twice) or edit one (user name fixed)."""

    def __init__(self, person: UserInfo | None = None, departments: list[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.person = person
        if person is None:
            self.setWindowTitle(self.tr("Add person"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=person.display_name))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        limit_chars(self.name_edit, 100)
        self.name_edit.setPlaceholderText(self.tr("for example 张伟"))
        self.add_field("display_name", self.tr("&Name:"), self.name_edit)

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(64)
        self.login_edit.setPlaceholderText(self.tr("for example zhang.wei"))
        self.login_edit.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly
                                            | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.add_field("login", self.tr("&User name:"), self.login_edit)

        self.department_edit = QLineEdit(self)
        self.department_edit.setObjectName("departmentEdit")
        limit_chars(self.department_edit, 100)
        if departments:
            completer = QCompleter(list(departments), self.department_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.department_edit.setCompleter(completer)
        self.add_field("department", self.tr("&Department:"), self.department_edit)

        self.roles_box = QGroupBox(self)
        self.roles_box.setObjectName("rolesBox")
        grid = QGridLayout(self.roles_box)
        self.role_checks: dict[Role, QCheckBox] = {}
        for n, role in enumerate(Role):
            check = QCheckBox(role.label, self.roles_box)
            check.setObjectName("role_" + role.value)
            self.role_checks[role] = check
            grid.addWidget(check, n // 2, n % 2)
        hint = QLabel(self.tr("A person with no role may only read the calendar."),
                      self.roles_box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, (len(Role) + 1) // 2, 0, 1, 2)
        first_role = self.role_checks[next(iter(Role))]
        self.add_field("roles", self.tr("&Roles:"), self.roles_box, focus_widget=first_role)

        self.password_edit = self.repeat_edit = None
        if person is None:
            self.password_edit = _password_edit(self, "passwordEdit")
            self.password_edit.setPlaceholderText(
                self.tr("At least {n} characters, mixing letters with digits or symbols").format(
                    n=MIN_PASSWORD_LENGTH))
            fit_placeholder(self.password_edit)
            self.add_field("password", self.tr("Initial pass&word:"), self.password_edit)
            self.repeat_edit = _password_edit(self, "repeatPasswordEdit")
            self.add_field("repeat_password", self.tr("Re&peat password:"), self.repeat_edit)
            note = QLabel(self.tr("The person must choose their own password at the first "
                                  "log-in."), self)
            note.setWordWrap(True)
            self.form.addRow(note)
        else:
            self.name_edit.setText(person.display_name)
            self.login_edit.setText(person.login)
            self.login_edit.setReadOnly(True)
            fixed = self.login_edit.palette()  # read-only looks read-only, yet stays copyable
            fixed.setColor(QPalette.ColorRole.Base, fixed.color(QPalette.ColorRole.Window))
            self.login_edit.setPalette(fixed)
            self.login_edit.setToolTip(self.tr("A user name cannot be changed: the audit log "
                                               "and the posts refer to it."))
            self.department_edit.setText(person.department)
            for role, check in self.role_checks.items():
                check.setChecked(role in person.roles)
        self.name_edit.setFocus()
        self.setMinimumWidth(460)

    def take_latest(self, latest: UserInfo) -> tuple[list[str], list[str]]:
        """Base the form on ``latest`` (a colleague's newer version): see ``merge``."""
        before, now = self.person, self.values()

        def show_roles(roles):
            for role, check in self.role_checks.items():
                check.setChecked(role in roles)

        result = self.merge({
            "display_name": (before.display_name, latest.display_name, now.display_name,
                             self.name_edit.setText),
            "department": (before.department, latest.department, now.department,
                           self.department_edit.setText),
            "roles": (frozenset(before.roles), frozenset(latest.roles), now.roles, show_roles),
        })
        self.person = latest
        return result

    def values(self) -> PersonValues:
        return PersonValues(
            login=self.login_edit.text().strip(),
            display_name=self.name_edit.text().strip(),
            department=self.department_edit.text().strip(),
            roles=frozenset(r for r, c in self.role_checks.items() if c.isChecked()),
            password=self.password_edit.text() if self.password_edit else "")

    def check(self) -> tuple[str, str] | None:
        if self.password_edit is not None and self.password_edit.text() != self.repeat_edit.text():
            return "repeat_password", self.tr("The two passwords are not the same. Type the same password "
                                              "twice.")
        return None


class ResetPasswordDialog(FormDialog):
    """The manager sets a new password; the person must change it at the next log-in."""

    def __init__(self, person: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.person = person
        self.setWindowTitle(self.tr("Reset password of {name}").format(name=person.display_name))
        intro = QLabel(self.tr("Give {name} ({login}) a new password. They must change it at "
                               "the next log-in.").format(name=person.display_name,
                                                          login=person.login), self)
        intro.setObjectName("resetPasswordIntro")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password_edit = _password_edit(self, "passwordEdit")
        self.password_edit.setPlaceholderText(
            self.tr("At least {n} characters, mixing letters with digits or symbols").format(n=MIN_PASSWORD_LENGTH))
        fit_placeholder(self.password_edit)
        self.add_field("password", self.tr("New pass&word:"), self.password_edit)
        self.repeat_edit = _password_edit(self, "repeatPasswordEdit")
        self.add_field("repeat_password", self.tr("Re&peat password:"), self.repeat_edit)
        self.password_edit.setFocus()
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.password_edit.text()

    def check(self) -> tuple[str, str] | None:
        if self.password_edit.text() != self.repeat_edit.text():
            return "repeat_password", self.tr("The two passwords are not the same. Type the same password "
                                              "twice.")
        return None


# -- platforms and columns -------------------------------------------------------------

def colour_icon(colour: QColor, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour if colour.isValid() else QColor(Qt.GlobalColor.transparent))
    return QIcon(pixmap)


def normalise_colour(text: str) -> str:
    """"07c160" or "#07c160" -> "#07C160" (anything else is left for the service to refuse)."""
    text = (text or "").strip()
    if text and not text.startswith("#"):
        text = "#" + text
    return text.upper()


@dataclass(frozen=True)
class PlatformValues:
    name: str
    kind: PlatformKind
    colour: str


class PlatformDialog(FormDialog):
    """A platform's name, kind and colour (a colour dialog or a #RRGGBB code)."""

    def __init__(self, platform: PlatformInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("platformDialog")
        self.platform = platform
        self.colour_dialog: QColorDialog | None = None
        self._colour_chosen = platform is not None
        if platform is None:
            self.setWindowTitle(self.tr("Add platform"))
        else:
            self.setWindowTitle(self.tr("Edit platform {name}").format(name=platform.name))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        limit_chars(self.name_edit, 60)
        self.name_edit.setPlaceholderText(self.tr("for example 微信公众号"))
        self.add_field("name", self.tr("&Name:"), self.name_edit)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in PlatformKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)

        colour_row = QWidget(self)
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_edit = QLineEdit(colour_row)
        self.colour_edit.setObjectName("colourEdit")
        self.colour_edit.setMaxLength(7)
        self.colour_edit.setPlaceholderText("#RRGGBB")
        self.colour_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"#?[0-9A-Fa-f]{0,6}"), self.colour_edit))
        self.colour_edit.setToolTip(self.tr("The colour as a code #RRGGBB, for example #07C160."))
        self.colour_button = QPushButton(self.tr("C&hoose…"), colour_row)
        self.colour_button.setObjectName("colourButton")
        self.colour_button.setToolTip(self.tr("Pick the colour from a palette"))
        row.addWidget(self.colour_edit, 1)
        row.addWidget(self.colour_button)
        self.add_field("colour", self.tr("&Colour:"), colour_row, focus_widget=self.colour_edit)

        self.colour_edit.textChanged.connect(self._colour_text_changed)
        self.colour_edit.textEdited.connect(self._colour_typed)
        self.colour_button.clicked.connect(self.choose_colour)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        if platform is None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(PlatformKind.OTHER.value))
            self.colour_edit.setText(OTHER_PLATFORM_COLOUR)
        else:
            self.name_edit.setText(platform.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(platform.kind.value))
            self.colour_edit.setText(platform.colour)
        self.setTabOrder(self.name_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.colour_edit)
        self.setTabOrder(self.colour_edit, self.colour_button)
        self.name_edit.setFocus()
        self.setMinimumWidth(420)

    def take_latest(self, latest: PlatformInfo) -> tuple[list[str], list[str]]:
        """Base the form on ``latest`` (a colleague's newer version): see ``merge``."""
        before, now = self.platform, self.values()

        def show_kind(kind):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

        result = self.merge({
            "name": (before.name, latest.name, now.name, self.name_edit.setText),
            "kind": (before.kind, latest.kind, now.kind, show_kind),
            "colour": (before.colour.upper(), latest.colour.upper(), now.colour.upper(),
                       self.colour_edit.setText),
        })
        self.platform = latest
        return result

    def values(self) -> PlatformValues:
        return PlatformValues(name=self.name_edit.text().strip(),
                              kind=PlatformKind(self.kind_combo.currentData()),
                              colour=normalise_colour(self.colour_edit.text()))

    def current_colour(self) -> QColor:
        return QColor(normalise_colour(self.colour_edit.text()))

    def choose_colour(self) -> QColorDialog:
        """Open the colour dialog (window-modal, not blocking); returns it."""
        dialog = QColorDialog(self.current_colour(), self)
        dialog.setObjectName("platformColourDialog")
        dialog.setWindowTitle(self.tr("Colour of the platform"))
        dialog.colorSelected.connect(self.set_colour)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.colour_dialog = dialog
        dialog.open()
        return dialog

    def set_colour(self, colour: QColor) -> None:
        if colour.isValid():
            self._colour_chosen = True
            self.colour_edit.setText(colour.name().upper())

    def _colour_typed(self, _text: str) -> None:
        self._colour_chosen = True

    def _colour_text_changed(self, text: str) -> None:
        colour = QColor(normalise_colour(text))
        if len(normalise_colour(text)) == 7 and colour.isValid():
            self.colour_button.setIcon(colour_icon(colour))
        else:
            self.colour_button.setIcon(QIcon())

    def _kind_changed(self, _index: int) -> None:
        """A new platform takes its kind's usual colour until a colour is chosen."""
        if self._colour_chosen:
            return
        kind = PlatformKind(self.kind_combo.currentData())
        self.colour_edit.setText(_DEFAULT_COLOURS.get(kind, OTHER_PLATFORM_COLOUR))


@dataclass(frozen=True)
class ColumnValues:
    name: str
    description: str


class ColumnDialog(FormDialog):
    """A column (栏目) of one platform: its name and what it is for."""

    def __init__(self, platform: PlatformInfo, column: ColumnInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("columnDialog")
        self.platform = platform
        self.column = column
        if column is None:
            self.setWindowTitle(self.tr("Add column to {platform}").format(platform=platform.name))
        else:
            self.setWindowTitle(self.tr("Edit column {name} of {platform}").format(
                name=column.name, platform=platform.name))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        limit_chars(self.name_edit, 60)
        self.name_edit.setPlaceholderText(self.tr("for example 每周精选"))
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setPlaceholderText(self.tr("What it carries and how often"))
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        if column is not None:
            self.name_edit.setText(column.name)
            self.description_edit.setText(column.description)
        self.name_edit.setFocus()
        self.setMinimumWidth(460)

    def take_latest(self, latest: ColumnInfo) -> tuple[list[str], list[str]]:
        """Base the form on ``latest`` (a colleague's newer version): see ``merge``."""
        before, now = self.column, self.values()
        result = self.merge({
            "name": (before.name, latest.name, now.name, self.name_edit.setText),
            "description": (before.description, latest.description, now.description,
                            self.description_edit.setText),
        })
        self.column = latest
        return result

    def values(self) -> ColumnValues:
        return ColumnValues(name=self.name_edit.text().strip(),
                            description=self.description_edit.text().strip())


def ask_discard(parent: QWidget, discard) -> "ConfirmBox":
    """ "Discard your changes?" over a form closed with Cancel or Escape; ``discard()``
    if the person says so (Keep editing is the default).  Returns the open question."""
    question = QCoreApplication.translate("FormDialog", "Discard your changes?")
    box = ConfirmBox(question, question, QCoreApplication.translate("FormDialog", "&Discard"),
                     parent)  # the question in the box too: macOS shows no window title
    box.setInformativeText(QCoreApplication.translate(
        "FormDialog", "What you typed or chose here is not saved yet."))
    note = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if note is not None:  # one line: a message box is made narrow and wraps it mid-word
        note.setMinimumWidth(note.fontMetrics().horizontalAdvance(note.text()) + 2)
    box.setObjectName("discardBox")
    box.cancel_button.setText(QCoreApplication.translate("FormDialog", "&Keep editing"))
    box.cancel_button.setIcon(QIcon())  # not Cancel's cross: this button goes back to the form
    box.finished.connect(lambda _r: box.confirmed() and discard())
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box


class ConfirmBox(QMessageBox):
    """"Deactivate X?" with the action as its own button; Cancel is the default."""

    def __init__(self, title: str, text: str, action_text: str, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Question, title, text,
                         QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("confirmBox")
        self.confirm_button = self.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmButton")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.confirm_button
