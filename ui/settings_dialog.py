"""This PC's preferences: which database to use, and the language.

Both are kept in QSettings (``database/url``, ``language``) and take effect
when MediaDesk restarts, which the dialog offers.  A PostgreSQL password is
never saved: the address is stored without it, and the server's password
file (``.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) or a
server that trusts this PC supplies it, as with any PostgreSQL client.  The
password field is used only for "Test connection".

"Test connection" runs on a worker thread (the window never freezes) and
only reads: it neither migrates nor changes a database, and it opens its own
connection (closed again at once), so the database MediaDesk has open stays as it is.

"Save" makes the same checks before it stores a new database choice: a file that
cannot be used (a folder, a file that is not a database, a folder MediaDesk cannot
write in) is refused; a team server that cannot be used now asks "Save anyway?" (a
server may be down for a moment), No being the default.  An empty field, or a server's
name that cannot be one, is refused at once, with the cursor in that field.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import re
import sys
from urllib.parse import quote

from PySide6.QtCore import (QCoreApplication, QObject, QProcess, QProcessEnvironment, QRunnable,
                            QSettings, QThreadPool, Signal, Slot)
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from models import db as dbmod
from models.errors import DatabaseProblem, DomainError
from ui import i18n
from ui.app import DATABASE_KEY, PASSWORD_ENV
from ui.style import Section, set_invalid, set_role
from ui.widgets import fit_to_screen, grow_to_fit, label, scroll_form
from views.form_guard import KeepsEntries

log = logging.getLogger(__name__)

PG_DEFAULT_PORT = 5432
# The team database's name when the field is left empty (its grey placeholder), as in
# README's ``postgresql://mediadesk@db-server:5432/mediadesk``.
PG_DEFAULT_DBNAME = "mediadesk"


# -- the stored preference ----------------------------------------------------------

def saved_database_url() -> str | None:
    return QSettings().value(DATABASE_KEY, "", str) or None


def sqlite_url(path: str) -> str:
    """The address of the file at ``path``: ``~`` expanded and the path made absolute (a
    relative one is taken from the current folder now, not from wherever MediaDesk is
    started next time)."""
    path = os.path.abspath(os.path.expanduser(path.strip()))
    return "sqlite:///" + path.replace("%", "%25")


# A host name (its labels: letters, digits, "-" and "_"; an IPv4 address is one too).
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.?")


def valid_host(host: str) -> bool:
    """Whether ``host`` can be a server's name or IP address (no spaces, no port, no
    address: ``db.example.com``, ``192.168.1.20``, ``::1`` or ``[::1]``)."""
    host = host.strip()
    if not host or len(host) > 253:
        return False
    if ":" in host:
        try:
            ipaddress.IPv6Address(host[1:-1] if host.startswith("[") and host.endswith("]")
                                  else host)
        except ValueError:
            return False
        return True
    return _HOST_NAME.fullmatch(host) is not None


def postgres_url(host: str, port: int | None, dbname: str, user: str = "",
                 password: str = "") -> str:
    """``postgresql://user[:password]@host:port/dbname`` with every part quoted."""
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    auth = ""
    if user.strip():
        auth = quote(user.strip(), safe="")
        if password:
            auth += ":" + quote(password, safe="")
        auth += "@"
    port_part = f":{port}" if port else ""
    return f"postgresql://{auth}{host}{port_part}/{quote(dbname.strip(), safe='')}"


# -- "Test connection": read-only checks, off the GUI thread ---------------------------------
# The messages are the ones models/db.py gives when it opens a database (same context and
# source text, so they share one translation).

def probe_database(url: str) -> str:
    """Check that MediaDesk could use the database at ``url``, without changing anything.

    Returns what was found, in the user's language; raises ``DatabaseProblem``.
    """
    u = dbmod.parse_url(url)
    found = dbmod.probe(url)
    if found == dbmod.PROBE_NEW:
        if u.is_sqlite:
            return QCoreApplication.translate(
                "SettingsDialog",
                "MediaDesk can use this file. It will be created and set up when MediaDesk "
                "next starts.")
        return QCoreApplication.translate(
            "SettingsDialog",
            "Connected. The database is empty: MediaDesk will set it up when it next starts.")
    if u.is_sqlite:
        return QCoreApplication.translate("SettingsDialog", "This file is a MediaDesk database.")
    return QCoreApplication.translate("SettingsDialog",
                                      "Connected. This is a MediaDesk database.")


class _ProbeSignals(QObject):
    finished = Signal(int, bool, str)  # request number, ok, message


def check_database(url: str) -> tuple[bool, str]:
    """``probe_database``'s finding: (True, what was found) or (False, why not)."""
    try:
        return True, probe_database(url)
    except DomainError as exc:
        return False, str(exc)
    except Exception:  # reported in the dialog; the details go to the log
        log.exception("Testing the database connection failed")
        return False, QCoreApplication.translate(
            "SettingsDialog", "The test failed unexpectedly. The details are in the log file.")


class _ProbeTask(QRunnable):
    def __init__(self, number: int, url: str, signals: _ProbeSignals):
        super().__init__()
        self.number, self.url, self.signals = number, url, signals

    def run(self) -> None:
        ok, message = check_database(self.url)
        self.signals.finished.emit(self.number, ok, message)


# -- restarting ------------------------------------------------------------------------------

_DB_OPTIONS = ("--db", "--demo-user")
_DB_FLAGS = ("--demo",)
_LANG_OPTIONS = ("--lang",)


def restart_arguments(argv: list[str], drop_database: bool, drop_language: bool) -> list[str]:
    """``argv[1:]`` without the options a new preference replaces (--db, --demo, --lang)."""
    options = (_DB_OPTIONS if drop_database else ()) + (_LANG_OPTIONS if drop_language else ())
    flags = _DB_FLAGS if drop_database else ()
    out: list[str] = []
    args = list(argv[1:])
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            out.extend(args[i:])
            break
        if arg in flags:
            i += 1
            continue
        if arg in options:
            i += 2
            continue
        if any(arg.startswith(opt + "=") for opt in options):
            i += 1
            continue
        out.append(arg)
        i += 1
    return out


def _passwords_taken_out(arguments: list[str]) -> list[str]:
    """``arguments`` with no password in a ``--db`` address (``without_password``)."""
    out = list(arguments)
    for i, arg in enumerate(out):
        if arg == "--":
            break
        if arg.startswith("--db="):
            out[i] = "--db=" + dbmod.without_password(arg[len("--db="):])[0]
        elif arg == "--db" and i + 1 < len(out):
            out[i + 1] = dbmod.without_password(out[i + 1])[0]
    return out


def restart_command(argv: list[str], drop_database: bool,
                    drop_language: bool) -> tuple[str, list[str]]:
    """The program and arguments that start MediaDesk again, the way it was started,
    but with no password on the command line (``restart`` hands it on)."""
    rest = _passwords_taken_out(restart_arguments(argv, drop_database, drop_language))
    if getattr(sys, "frozen", False):
        return sys.executable, rest
    script = argv[0] if argv else ""
    if script.endswith(".py") and os.path.exists(script):
        return sys.executable, [os.path.abspath(script), *rest]
    return sys.executable, ["-m", "main", *rest]


def _without_passwords(arguments: list[str]) -> list[str]:
    """The arguments as the log may hold them: a team server's address given with a
    password (``--db postgresql://user:secret@host/db``) shows ``***`` instead of it."""
    from models.db import masked_url

    return [masked_url(a) for a in arguments]


def start_detached(program: str, arguments: list[str], password: str = "") -> bool:
    """Start ``program`` on its own; ``password`` goes in its environment
    (``ui.app.PASSWORD_ENV``), never on its command line. False if it could not start."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setWorkingDirectory(os.getcwd())
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(PASSWORD_ENV)
    if password:
        environment.insert(PASSWORD_ENV, password)
    process.setProcessEnvironment(environment)
    started = process.startDetached()
    return started[0] if isinstance(started, tuple) else bool(started)


def restart(drop_database: bool, drop_language: bool) -> bool:
    """Start a new MediaDesk and end this one. False if the new one could not be started.
    The team server given with ``--db`` stays, and so does its password, handed on in the
    new one's environment rather than on its command line."""
    program, arguments = restart_command(sys.argv, drop_database, drop_language)
    keeps_address = any(a == "--db" or a.startswith("--db=") for a in arguments)
    ok = start_detached(program, arguments,
                        dbmod.current_password() if keeps_address else "")
    if ok:
        log.info("Restarting: %s %s", program, " ".join(_without_passwords(arguments)))
        QCoreApplication.exit(0)
    else:
        log.error("Could not restart: %s %s", program, " ".join(_without_passwords(arguments)))
    return ok


# -- the dialog -------------------------------------------------------------------------------

class SettingsDialog(KeepsEntries, QDialog):
    """Database (this PC or a team server) and language, saved in QSettings.

    Cancel or Escape asks before what was typed is thrown away (``KeepsEntries``).
    """

    LOCAL, SERVER = 0, 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._probe_number = 0
        self._saving = 0  # the number of the test that "Save" waits for (0: none)
        self.save_anyway_box: QMessageBox | None = None  # the question while it is open
        # No parent: a test still running when the dialog closes keeps its own reference.
        self._signals = _ProbeSignals()
        self._signals.finished.connect(self._probe_finished)

        # -- database
        self.local_radio = QRadioButton(self.tr("&This PC: a database file on this computer"))
        self.local_radio.setObjectName("localRadio")
        self.server_radio = QRadioButton(self.tr("T&eam server (PostgreSQL), shared by the team"))
        self.server_radio.setObjectName("serverRadio")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.local_radio, self.LOCAL)
        self.kind_group.addButton(self.server_radio, self.SERVER)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        self.local_box = QWidget()
        local_layout = QFormLayout(self.local_box)
        local_layout.setContentsMargins(24, 0, 0, 0)
        local_layout.addRow(file_label, path_row)

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setPlaceholderText(self.tr("for example db.example.com"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(PG_DEFAULT_PORT)
        self.dbname_edit = QLineEdit()
        self.dbname_edit.setObjectName("databaseEdit")
        self.dbname_edit.setPlaceholderText(PG_DEFAULT_DBNAME)  # used when left empty
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("only for the test; not saved"))
        self.server_box = QWidget()
        server_form = QFormLayout()
        server_form.setContentsMargins(0, 0, 0, 0)
        server_form.addRow(self.tr("&Server:"), self.host_edit)
        server_form.addRow(self.tr("&Port:"), self.port_spin)
        server_form.addRow(self.tr("&Database:"), self.dbname_edit)
        server_form.addRow(self.tr("&User:"), self.user_edit)
        server_form.addRow(self.tr("Pass&word:"), self.password_edit)
        password_note = label(self.tr(
            "MediaDesk does not save this password. To connect every day, put it in "
            "PostgreSQL's password file (.pgpass in your home folder; "
            "%APPDATA%\\postgresql\\pgpass.conf on Windows) or ask the server's "
            "administrator to let this PC in."), "note")
        password_note.setObjectName("passwordNote")
        server_layout = QVBoxLayout(self.server_box)
        server_layout.setContentsMargins(24, 0, 0, 0)
        server_layout.addLayout(server_form)
        server_layout.addWidget(password_note)

        self.test_button = QPushButton(self.tr("Test &connection"))
        self.test_button.setObjectName("testButton")
        self.test_button.setAutoDefault(True)  # Enter on it tests, not Save
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = label("", "note")
        self.test_result.setObjectName("testResult")
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        database = Section(self.tr("Database"))
        db_layout = QVBoxLayout(database)
        db_layout.addWidget(self.local_radio)
        db_layout.addWidget(self.local_box)
        db_layout.addWidget(self.server_radio)
        db_layout.addWidget(self.server_box)
        db_layout.addLayout(test_row)
        current = dbmod.current_url_display()
        if current:
            open_now = label(self.tr("Open now: {where}").format(where=current), "note")
            open_now.setObjectName("openNowLabel")
            db_layout.addWidget(open_now)

        # -- language
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Same as the system"), "")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.NATIVE_NAMES[code], code)
        language = Section(self.tr("Language"))
        lang_layout = QFormLayout(language)
        lang_layout.addRow(self.tr("&Language:"), self.language_combo)

        self.message = label("", "error")
        self.message.setObjectName("settingsMessage")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        # Both sections scroll on a short screen (a 150 % laptop); the buttons stay in view.
        sections = QWidget()
        sections.setObjectName("settingsSections")
        sections_layout = QVBoxLayout(sections)
        sections_layout.setContentsMargins(0, 0, 0, 0)
        sections_layout.addWidget(database)
        sections_layout.addWidget(language)
        sections_layout.addStretch(1)
        self.sections_area = scroll_form(sections, self)
        self.sections_area.setObjectName("settingsScroll")

        layout = QVBoxLayout(self)
        layout.addWidget(self.sections_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self.kind_group.idToggled.connect(self._kind_changed)
        self.load()
        for edit in (self.path_edit, self.host_edit, self.dbname_edit, self.user_edit,
                     self.password_edit):
            edit.textChanged.connect(self._database_edited)  # typed, or set by Browse…
        self.port_spin.valueChanged.connect(self._database_edited)
        (self.kind_group.checkedButton() or self.local_radio).setFocus()  # the first field
        fit_to_screen(self)  # its size hint, or what the screen has room for

    # -- reading and writing the preferences

    def load(self) -> None:
        url = saved_database_url() or dbmod.default_url()
        try:
            u = dbmod.parse_url(url)
        except DatabaseProblem:
            u = dbmod.parse_url(dbmod.default_url())
        if u.is_sqlite:
            self.local_radio.setChecked(True)
            self.path_edit.setText(u.path)
        else:
            self.server_radio.setChecked(True)
            self.path_edit.setText(dbmod.parse_url(dbmod.default_url()).path)
            self.host_edit.setText(u.host)
            self.port_spin.setValue(u.port or PG_DEFAULT_PORT)
            self.dbname_edit.setText(u.dbname)
            self.user_edit.setText(u.user)
        index = self.language_combo.findData(i18n.saved_language() or "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self._kind_changed()

    def is_local(self) -> bool:
        return self.kind_group.checkedId() == self.LOCAL

    def database_name(self) -> str:
        """The team database's name: the field, or its placeholder when it is left empty."""
        return self.dbname_edit.text().strip() or PG_DEFAULT_DBNAME

    def database_url(self, with_password: bool = False) -> str:
        """The address the form describes (the password only when asked, for the test)."""
        if self.is_local():
            path = self.path_edit.text().strip()
            return sqlite_url(path) if path else "sqlite:///"
        return postgres_url(self.host_edit.text(), self.port_spin.value(), self.database_name(),
                            self.user_edit.text(),
                            self.password_edit.text() if with_password else "")

    def field_problem(self) -> tuple[str, QWidget] | None:
        """What is missing or cannot be right in the database fields, and the field to put
        the cursor in; None when the address can be tested."""
        if self.is_local():
            path = self.path_edit.text().strip()
            if not path:
                return self.tr("Please choose a file."), self.path_edit
            if (path.lower().startswith(("postgresql://", "postgres://"))
                    or dbmod.masked_url(path) != path):  # user:password@host, mistyped
                # A team server's address pasted here was saved as a file's path, its
                # password with it (and the folders it names made at the next start).
                return self.tr(
                    "This is a database address, not a file. For a team server choose "
                    "“Team server” and fill in its fields; the password is not "
                    "saved."), self.path_edit
            folder = os.path.abspath(os.path.expanduser(path))
            if os.path.isdir(folder):
                return self.tr(
                    "{folder} is a folder. Choose a file in it, or type a new file name to "
                    "start a new database, for example {example}.").format(
                        folder=folder, example=os.path.join(folder, "mediadesk.db")), \
                    self.path_edit
            return None
        host = self.host_edit.text().strip()
        if not host:
            return self.tr("Please enter the server's name."), self.host_edit
        if not valid_host(host):
            return self.tr(
                "\u201c{host}\u201d cannot be a server's name. Type its name (for example "
                "db.example.com) or its IP address, without spaces; the port goes in the "
                "Port field.").format(host=dbmod.masked_url(host)), self.host_edit
        if "/" in self.database_name():
            return self.tr("A database's name cannot contain \u201c/\u201d."), self.dbname_edit
        try:
            dbmod.parse_url(self.database_url())
        except DatabaseProblem as exc:  # not expected once the fields above passed
            return str(exc), self.host_edit
        return None

    def language(self) -> str:
        return self.language_combo.currentData() or ""

    @Slot()
    def _kind_changed(self, *_args) -> None:
        local = self.kind_group.checkedId() == self.LOCAL
        self.local_box.setEnabled(local)
        self.server_box.setEnabled(not local)
        self._database_edited()

    @Slot()
    def _database_edited(self, *_args) -> None:
        """A database field changed: a test's result (or one still running, or the check
        "Save" waits for) was about the old entries, so it goes."""
        self._forget_tests()
        self.message.clear()
        self.message.hide()
        for edit in (self.path_edit, self.host_edit, self.dbname_edit):
            set_invalid(edit, False)

    def _forget_tests(self) -> None:
        """Drop the test running, if any (its result will be ignored), and the save that
        waits for it."""
        self._probe_number += 1
        self._saving = 0
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.test_result.clear()

    def _refuse(self, text: str, field: QWidget, where: QLabel | None = None) -> None:
        """Say what is wrong (under the form, or in ``where``) and put the cursor in
        ``field``; everything typed stays."""
        if where is None:
            self.message.setText(text)
            self.message.show()
            grow_to_fit(self.message)
        else:
            self._show_result(text, ok=False)
        if field in (self.path_edit, self.host_edit, self.dbname_edit):
            set_invalid(field, True)
        field.setFocus()

    @Slot()
    def browse(self) -> None:
        start = self.path_edit.text().strip() or dbmod.parse_url(dbmod.default_url()).path
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Choose the database file"), start,
            self.tr("MediaDesk databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_edit.setText(path)

    @Slot()
    def test_connection(self) -> None:
        problem = self.field_problem()
        if problem is not None:
            self._refuse(*problem, where=self.test_result)
            return
        self._start_test()

    def _start_test(self) -> int:
        self._probe_number += 1
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing\u2026"), ok=True)
        task = _ProbeTask(self._probe_number, self.database_url(with_password=True), self._signals)
        QThreadPool.globalInstance().start(task)
        return self._probe_number

    @Slot(int, bool, str)
    def _probe_finished(self, number: int, ok: bool, message: str) -> None:
        if number != self._probe_number or not self.isVisible():
            return  # an older test (the fields changed since), or the dialog has closed
        self.test_button.setEnabled(True)
        self._show_result(message, ok)
        if number == self._saving:
            self._saving = 0
            self.save_button.setEnabled(True)
            self._server_checked(ok, message)

    def _show_result(self, text: str, ok: bool) -> None:
        self.test_result.setText(text)
        set_role(self.test_result, "success" if ok else "error")  # its look, then its room
        grow_to_fit(self.test_result)

    @Slot()
    def save(self) -> None:
        """Check a new database choice as "Test connection" does, then store it."""
        if self._saving:
            return  # already waiting for the server
        self.message.hide()
        problem = self.field_problem()
        if problem is not None:
            self._refuse(*problem)
            return
        if self.database_url() == self._old_url():
            self._store()  # the database stays: only the language can have changed
        elif self.is_local():
            ok, message = check_database(self.database_url())  # a local file: at once
            if not ok:
                self._refuse(message, self.path_edit)
                return
            self._store()
        else:  # a server may take seconds to answer: off the GUI thread, as the test
            self.save_button.setEnabled(False)
            self._saving = self._start_test()

    def _server_checked(self, ok: bool, message: str) -> None:
        """The team server "Save" waited for answered: store it, or ask first."""
        if ok or self.ask_save_anyway(message):
            self._store()
        else:
            self.host_edit.setFocus()

    def ask_save_anyway(self, reason: str) -> bool:
        """ "Save anyway?" for a team server that failed the test; No (Keep editing) is
        the default, as a mistyped address is likelier than a server down for a moment."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save anyway?"),
                          self.tr("The connection test failed. Save these settings anyway?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("saveAnywayBox")
        box.setInformativeText(reason)
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveAnywayButton")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.save_anyway_box = box
        try:
            box.exec()
            return box.clickedButton() is save
        finally:
            self.save_anyway_box = None
            box.deleteLater()

    @staticmethod
    def _old_url() -> str:
        return saved_database_url() or dbmod.default_url()

    def reject(self) -> None:
        if self._saving:  # Cancel while "Save" waits for the server: not saved after all
            self._forget_tests()
        super().reject()  # KeepsEntries: asks first if something was typed

    def done(self, result: int) -> None:
        self._probe_number += 1  # a test still running reports to nobody
        self._saving = 0
        super().done(result)

    def _store(self) -> None:
        url = self.database_url()
        old_url = self._old_url()
        old_language = i18n.saved_language() or ""
        settings = QSettings()
        if url == dbmod.default_url():
            settings.remove(DATABASE_KEY)  # keep following the default
        else:
            settings.setValue(DATABASE_KEY, url)
        if self.language():
            settings.setValue(i18n.SETTINGS_KEY, self.language())
        else:
            settings.remove(i18n.SETTINGS_KEY)
        settings.sync()
        db_changed = url != old_url
        language_changed = self.language() != old_language
        self.accept()
        if db_changed or language_changed:
            self.offer_restart(db_changed, language_changed)

    def offer_restart(self, db_changed: bool, language_changed: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restart MediaDesk?"),
                          self.tr("The new settings take effect when MediaDesk starts again."),
                          QMessageBox.StandardButton.NoButton, self.parentWidget())
        box.setObjectName("restartBox")
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("restartNowButton")
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("restartLaterButton")
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            if not restart(db_changed, language_changed):
                QMessageBox.warning(self.parentWidget(), self.tr("Restart MediaDesk"),
                                    self.tr("MediaDesk could not start again by itself. "
                                            "Please close it and start it again."))
