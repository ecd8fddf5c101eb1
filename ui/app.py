"""Starting the GUI: the application object, language, look, database, log-in, main window.

``run(args)`` is called by ``main.py`` with its parsed arguments.  This module
imports only the standard library at its top, so that ``main.py`` can ask for
the version or the database address without loading Qt's widgets; Qt, the
models and the dialogs are imported inside the functions that use them.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import logging
import os
import sys
import time

log = logging.getLogger("mediadesk")

APP_NAME = "MediaDesk"
FALLBACK_VERSION = "0.1.0"
# Chinese text needs a CJK font; the first installed one wins (Windows, macOS, Linux).
CJK_FONTS = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei")
MIN_POINT_SIZE = 10.0

DATABASE_KEY = "database/url"  # QSettings: the database this PC opens
# The password of the team server given with --db, where only this PC's user can read it
# (a command line every user of the PC can read: ``ps``).  Read once, and taken out of the
# environment so that nothing MediaDesk starts inherits it; a restart hands it on again.
PASSWORD_ENV = "MEDIADESK_DB_PASSWORD"

EXIT_OK = 0
EXIT_PROBLEM = 2  # the database or the log-in asked for on the command line cannot be used

_started_at: float | None = None  # time.perf_counter() when main.py was imported

LOG_NAME = "mediadesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_log_handler: logging.Handler | None = None
_collector_held = False


def log_file():
    """The log file, in the per-user log folder (platformdirs)."""
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False) / LOG_NAME


def RotatingLogFile(path, max_bytes: int, backups: int):  # noqa: N802 - reads as a class
    """The standard library's rotating log file: starts afresh at about ``max_bytes``,
    keeping ``backups`` old files (mediadesk.log.1 is the newest)."""
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                               encoding="utf-8", delay=True)


def setup_logging(level: int = logging.INFO, rotating: bool = True):
    """Log to ``log_file()``, started afresh at about 1 MB with 5 old files kept.

    ``rotating`` False: a plain ``logging.FileHandler`` for now (``logging.handlers``
    costs 13 ms to import); ``rotate_log`` puts the rotating one in its place once the
    window is painted.  Returns the path, or None when it cannot be written (warnings
    then go to stderr).
    """
    global _log_handler
    if _log_handler is not None:
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"MediaDesk: cannot write the log file {path}: {exc}", file=sys.stderr)
        return None
    handler = (RotatingLogFile(path, LOG_MAX_BYTES, LOG_BACKUPS) if rotating
               else logging.FileHandler(path, encoding="utf-8", delay=True))
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _log_handler = handler
    return path


def rotate_log() -> None:
    """Put the rotating log file in place of the plain one ``setup_logging`` may have
    started with; the next record rotates the file if it has grown too large."""
    global _log_handler
    if _log_handler is None or type(_log_handler) is not logging.FileHandler:
        return
    path = _log_handler.baseFilename
    shutdown_logging()
    handler = RotatingLogFile(path, LOG_MAX_BYTES, LOG_BACKUPS)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)
    _log_handler = handler


def shutdown_logging() -> None:
    global _log_handler
    if _log_handler is not None:
        logging.getLogger().removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None


def hold_collector() -> None:
    """Hold Python's cyclic garbage collector back until the person sees a window.

    Start-up creates some 37,000 objects that live as long as the app (modules,
    classes, Qt's enums, peewee's models) and next to no cyclic garbage, yet the
    collector would walk them about 70 times before the first paint (9 ms).
    ``release_collector`` turns it on again: right after the main window's first paint,
    before any dialog waits for the person, and when ``run`` ends.
    """
    global _collector_held
    if gc.isenabled():
        gc.disable()
        _collector_held = True


def release_collector() -> None:
    global _collector_held
    if _collector_held:
        _collector_held = False
        gc.enable()


def release_collector_after_paint() -> None:
    """The collector back on once the event loop has finished the first frame: its first
    run (some 10 ms over everything start-up made) then does not hold the frame up."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, release_collector)


def mark_start(perf_counter_value: float) -> None:
    """``main.py`` records when it was imported; used where /proc is not available."""
    global _started_at
    _started_at = perf_counter_value


def seconds_since_start() -> float | None:
    """How long ago this process started (Linux: from /proc; elsewhere: since main.py)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        if _started_at is None:
            return None
        return time.perf_counter() - _started_at


@functools.lru_cache(maxsize=1)
def app_version() -> str:
    """The installed package's version, else the one in setup.cfg next to the code."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("mediadesk")
        except PackageNotFoundError:
            pass
    except ImportError:  # pragma: no cover - part of the standard library
        pass
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "setup.cfg"), encoding="utf-8")
    return cfg.get("metadata", "version", fallback=FALLBACK_VERSION)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file (with the app's), not to a console nobody reads."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, context, message):
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def serial_painting() -> None:
    """Qt paints on the GUI thread alone (before the QApplication; ``application`` does it).

    Qt's raster engine hands every fill of more than 96 scan lines (a window's background,
    a list's rows, a scroll bar) to a pool of helper threads and waits for them.  For
    surfaces the size of a window the hand-over costs more than the fill: measured on a
    two-core PC, the inbox's list scroll bar took 3.0 ms to paint instead of 0.36 ms, and a
    full repaint of the inbox 3.2-4.3 ms instead of 1.0 ms.  ``QT_NO_GUI_THREADPOOL`` is
    Qt's own switch for it (read once, at the first such fill), so the pixels are the same.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def set_identity(app) -> None:
    """Names QSettings and platformdirs use: one place for the GUI and the headless commands."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)


def database_url(args) -> tuple[str | None, str]:
    """The database to open and where the choice came from.

    Order: ``--db``, ``--demo`` (None: a new demo is built), the ``database/url``
    preference, this PC's default file.  Sources: "option", "demo", "settings", "default".
    A team server's address given with ``--db`` and no password takes the one in
    ``PASSWORD_ENV``, if there is one.
    """
    password = os.environ.pop(PASSWORD_ENV, "")
    if getattr(args, "db", None):
        if not password:
            return args.db, "option"
        from models import db as dbmod

        return dbmod.with_password(args.db, password), "option"
    if getattr(args, "demo", False):
        return None, "demo"
    from PySide6.QtCore import QSettings

    saved = QSettings().value(DATABASE_KEY, "", str)
    if saved:
        return saved, "settings"
    from models import db as dbmod

    return dbmod.default_url(), "default"


def configure_font(app) -> None:
    """The system's UI font for Latin text, a CJK font for Chinese, at a readable size."""
    font = app.font()
    first = font.family()
    font.setFamilies([first, *(f for f in CJK_FONTS if f != first)])
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)


def set_window_icon(app) -> None:
    from PySide6.QtGui import QIcon

    import resources

    app.setWindowIcon(QIcon(str(resources.path("icons", "mediadesk.svg"))))


def report_problem(title: str, message: str) -> None:
    """A problem that stops the start: stderr, the log and a message box."""
    from PySide6.QtWidgets import QMessageBox

    release_collector()
    print(message, file=sys.stderr)
    log.error("%s: %s", title, message)
    QMessageBox.critical(None, title, message)


def build_demo() -> tuple[str, str]:
    """A new demo database in a fresh temporary folder: (url, folder)."""
    import tempfile

    from models import demo

    folder = tempfile.mkdtemp(prefix="mediadesk-demo-")
    url = "sqlite:///" + os.path.join(folder, "demo.db")
    try:
        demo.build(url)
    except BaseException:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        raise
    return url, folder


class Session:
    """Log-in, the main window, log-out and log-in again, until the person quits."""

    def __init__(self, app, db_display: str, demo_user: str | None = None):
        self.app = app
        self.db_display = db_display
        self.demo_user = demo_user
        self.window = None
        self._first_window = True

    def start(self) -> int | None:
        """Log in and show the main window; an exit code if the app should not go on."""
        from PySide6.QtCore import QCoreApplication

        from models import users
        from models.errors import DomainError

        if self.demo_user:
            try:
                user = users.demo_login(self.demo_user)
            except DomainError as exc:
                report_problem(QCoreApplication.translate("App", "Cannot log in"), str(exc))
                return EXIT_PROBLEM
            user = self.check_password_change(user)
        else:
            user = self.log_in()
        if user is None:
            return EXIT_OK
        self.show_main_window(user)
        return None

    def log_in(self):
        """The set-up dialog on an empty database, the demo picker on a demo, else log-in."""
        from PySide6.QtWidgets import QDialog

        from models import settings as team_settings, users
        from ui.login import DemoLoginDialog, LoginDialog
        from ui.setup_dialog import SetupDialog

        release_collector()  # the person takes their time over a dialog
        if users.needs_setup():
            dialog = SetupDialog(self.db_display)
        elif team_settings.is_demo():
            dialog = DemoLoginDialog()
        else:
            dialog = LoginDialog(self.db_display)
        result = dialog.exec()
        if result == SetupDialog.SET_UP_ELSEWHERE:  # by a colleague's PC, meanwhile
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, QCoreApplication.translate("App", "Set up already"),
                                    QCoreApplication.translate(
                "App", "A colleague has just set up this team database. Log in with the "
                       "account the operations manager created for you."))
            dialog = LoginDialog(self.db_display)
            result = dialog.exec()
        if result != QDialog.DialogCode.Accepted or dialog.user is None:
            return None
        return self.check_password_change(dialog.user)

    def check_password_change(self, user):
        """After a reset the person chooses a new password before anything else (or quits)."""
        if not user.must_change_password:
            return user
        from PySide6.QtWidgets import QDialog

        from ui.login import ChangePasswordDialog

        release_collector()
        dialog = ChangePasswordDialog(user, forced=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user

    def show_main_window(self, user) -> None:
        from ui.main_window import MainWindow

        window = MainWindow(user, self.db_display)
        window.logout_requested.connect(self.logged_out)
        window.closed.connect(self.quit)
        if self._first_window:
            self._first_window = False
            window.first_painted.connect(release_collector_after_paint)
            window.first_painted.connect(log_startup_time)
        self.window = window
        window.show()

    def logged_out(self) -> None:
        from PySide6.QtCore import QTimer

        log.info("%s logged out", self.window.user.login if self.window else "?")
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.demo_user = None
        QTimer.singleShot(0, self.log_in_again)

    def log_in_again(self) -> None:
        user = self.log_in()
        if user is None:
            self.quit()
        else:
            self.show_main_window(user)

    def quit(self) -> None:
        self.app.exit(EXIT_OK)


def log_startup_time() -> None:
    age = seconds_since_start()
    if age is not None:
        log.info("Main window painted %.0f ms after the process started", age * 1000)
    from PySide6.QtCore import QTimer

    # Reading the package metadata takes a while: not before the first paint is on screen.
    QTimer.singleShot(0, lambda: log.info("MediaDesk %s, Python %s", app_version(),
                                          sys.version.split()[0]))
    QTimer.singleShot(0, rotate_log)


@contextlib.contextmanager
def application(language: str | None = None):
    """The QApplication dressed as MediaDesk: names, language, font, icon and
    error hooks.  A QApplication that exists already (a test's) is handed back as it was.
    """
    # The log first (platformdirs finds its folder): before Qt, whose import hook reads
    # the source of every module imported after it (see ``import_data_layer``).
    setup_logging(rotating=False)  # rotate_log follows the first paint
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui import errors, i18n

    app = QApplication.instance()
    created = app is None
    ending = None
    if created:
        from ui.os_signals import SignalEnding

        serial_painting()
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
        ending = SignalEnding(EXIT_OK)  # SIGTERM, SIGHUP, Ctrl+C: as File > Quit
        ending.install(app)
        route_qt_messages()
    saved = (app.font(), app.quitOnLastWindowClosed(), app.applicationDisplayName(),
             app.windowIcon())
    set_identity(app)
    chosen = i18n.choose_language(language)
    i18n.install(chosen)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "MediaDesk"))
    configure_font(app)  # the look beyond the font: ui/style.py (no application style sheet)
    set_window_icon(app)
    errors.install()
    app.setQuitOnLastWindowClosed(False)  # the Session decides: logging out closes the window
    log.info("MediaDesk starting (language %s)", chosen)
    try:
        yield app
    finally:
        log.info("MediaDesk stopped")
        if ending is not None:
            ending.uninstall()
        if not created:
            errors.uninstall()
            i18n.uninstall()
            font, quit_on_close, display_name, icon = saved
            app.setFont(font)
            app.setQuitOnLastWindowClosed(quit_on_close)
            app.setApplicationDisplayName(display_name)
            app.setWindowIcon(icon)
            shutdown_logging()


def open_database(args) -> tuple[str | None, bool]:
    """Connect to the database ``args`` ask for: (the demo's folder or None, success).

    A problem is reported; when the address did not come from the command line
    (but from the settings or the default), the settings dialog is offered.
    """
    from PySide6.QtCore import QCoreApplication

    from models import db as dbmod
    from models.errors import DatabaseProblem

    url, source = database_url(args)
    demo_folder = None
    try:
        if source == "demo":
            url, demo_folder = build_demo()
        dbmod.connect(url)
    except DatabaseProblem as exc:
        title = QCoreApplication.translate("App", "Cannot open the database")
        report_problem(title, str(exc))
        if source in ("settings", "default"):
            from PySide6.QtWidgets import QMessageBox  # its type costs 2 ms to make

            answer = QMessageBox.question(
                None, title,
                QCoreApplication.translate("App", "Choose another database in the settings?"))
            if answer == QMessageBox.StandardButton.Yes:
                from ui.settings_dialog import SettingsDialog

                SettingsDialog().exec()
        return demo_folder, False
    return demo_folder, True


def import_data_layer() -> None:
    """Import the models the log-in and the first screens use, before Qt is imported.

    Once PySide6 is imported it reads the whole source of every module imported after
    it (looking for "PySide6", for its ``__feature__`` switches): peewee and our models
    cost about 13 ms more at every start when they come after Qt than before it.
    """
    import models.audit  # noqa: F401 - the log-in is audited
    import models.posts  # noqa: F401 - the calendar and the inbox (platforms, events)
    import models.settings  # noqa: F401
    import models.users  # noqa: F401


def run(args) -> int:
    """Run the GUI until the person quits; the exit code."""
    hold_collector()  # until the window is painted
    try:
        return _run(args)
    finally:
        release_collector()


def _run(args) -> int:
    from models import db as dbmod

    import_data_layer()
    with application(getattr(args, "lang", None)) as app:
        demo_folder, session = None, None
        try:
            demo_folder, opened = open_database(args)
            if not opened:
                return EXIT_PROBLEM
            display = dbmod.current_url_display()  # no password in it
            log.info("Database %s", display)
            session = Session(app, display, getattr(args, "demo_user", None))
            code = session.start()
            return code if code is not None else app.exec()
        finally:
            if session is not None and session.window is not None:
                session.window.hide()
                session.window.deleteLater()
            dbmod.close()
            if demo_folder:
                import shutil

                shutil.rmtree(demo_folder, ignore_errors=True)
