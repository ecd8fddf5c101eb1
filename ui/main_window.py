"""The main window: navigation on the left, the chosen screen on the right.

Screens are registered once, in ``SCREENS``; each is a ``views`` class called
as ``Screen(user, parent)`` and imported only when it is first shown.  The
window keeps its geometry, state and last screen in QSettings and emits
``first_painted`` once, right after its first paint (the start-up benchmark
and the start-up log line use it).
"""
from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QObject,
                            QSettings, QSize, Qt, Signal, Slot)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

import resources
from models.users import UserInfo
from ui.style import apply_sheet, is_dark, theme_changed
from ui.widgets import roles_text

GEOMETRY_KEY = "mainwindow/geometry"
STATE_KEY = "mainwindow/state"
SCREEN_KEY = "mainwindow/screen"
DEFAULT_SIZE = QSize(1280, 800)
# The largest count the inbox's navigation entry shows in full; more is "999+" (the
# tooltip says how many), so that the bar, sized for it, never cuts the entry.
MAX_COUNT = 999


class ElidedLabel(QLabel):
    """A status-bar label that shows as much of its text as there is room for, eliding it
    in the middle (a long database path or URL keeps its start and its file name), with
    the whole text in its tooltip: it never holds the window wider than a few characters.
    ``text()`` is the whole text; ``shown_text()`` what is on screen."""

    MIN_CHARS = 8
    # When set, the label asks for no more room than this many wide characters, so that
    # a very long text does not crowd its neighbours out (it elides, whole in its tooltip).
    most_chars: int | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.most_chars is None:
            return hint
        most = self.fontMetrics().horizontalAdvance("国" * self.most_chars)
        return QSize(min(hint.width(), most), hint.height())

    def set_full_text(self, text: str, tooltip: str | None = None) -> None:
        self.setText(text)
        self.setToolTip(text if tooltip is None else tooltip)

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             max(self._room(), 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("M" * self.MIN_CHARS) + \
            margins.left() + margins.right() + 2 * self.margin()
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        shown = self.shown_text()
        if shown == self.text():  # room for all of it: a label as any other (selectable)
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, QPalette.ColorRole.WindowText)
        painter.end()


class ScreenUnavailable(RuntimeError):
    """A registered screen's module cannot be imported: a broken installation or a bug."""


class Screen(NamedTuple):
    key: str  # stable name, kept in QSettings
    title: str  # English source text, context "MainWindow"
    icon: str  # file in resources/icons, with its variants (see _screen_icon)
    factory: str  # "package.module:Class", called as Class(user, parent)

    @property
    def label(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)

    def create(self, user: UserInfo, parent: QWidget) -> QWidget:
        module_name, _, class_name = self.factory.partition(":")
        try:
            module = importlib.import_module(module_name)
            cls = getattr(module, class_name)
        except (ImportError, AttributeError) as exc:
            raise ScreenUnavailable(
                f"The screen {self.key!r} needs {self.factory}, which cannot be loaded: "
                f"{exc}") from exc
        return cls(user, parent)


SCREENS: list[Screen] = [
    Screen("calendar", QT_TRANSLATE_NOOP("MainWindow", "Content calendar"), "calendar.svg",
           "views.calendar:CalendarScreen"),
    Screen("inbox", QT_TRANSLATE_NOOP("MainWindow", "Approval inbox"), "inbox.svg",
           "views.inbox:InboxScreen"),
    Screen("team", QT_TRANSLATE_NOOP("MainWindow", "Team and platforms"), "team.svg",
           "views.team:TeamScreen"),
]


def _screen_icon(name: str, palette: QPalette) -> QIcon:
    """A screen's icon in the colours of ``palette``: grey lines (NAME.svg), light grey on a
    dark window (NAME-light.svg); when selected, white on a dark highlight
    (NAME-selected.svg), near-black on a light one (NAME-selected-dark.svg), as the text
    beside it.  A variant that is missing falls back to the one before it."""
    stem, dot, ext = name.rpartition(".")

    def variant(*suffixes: str):
        for suffix in suffixes:
            path = resources.path("icons", f"{stem}{suffix}{dot}{ext}")
            if path.exists():
                return path
        return None

    icon = QIcon(str(variant("-light", "") if is_dark(palette) else variant("")))
    dark_text = palette.color(QPalette.ColorRole.HighlightedText).lightness() < 128
    selected = variant("-selected-dark", "-selected") if dark_text else variant("-selected")
    if selected is not None:
        icon.addFile(str(selected), QSize(), QIcon.Mode.Selected)
    return icon


def _shortcut(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's key for ``standard``; ``fallback`` where the platform has none."""
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    """The window around the screens, for one logged-in person (``user``).

    ``first_painted``: once, as the window is first painted.  ``logout_requested``:
    the person chose File > Log out (the window has closed and saved its geometry).
    ``closed``: the window was closed any other way (File > Quit, the close button).
    """

    first_painted = Signal()
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, user: UserInfo, db_display: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.user = user
        self.db_display = db_display
        self._pages: dict[str, QWidget] = {}
        self._painted = False
        self._logging_out = False

        # Widgets are made inside the parent they keep (one moved is styled again).
        central = QWidget(self)
        central.setObjectName("central")
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        apply_sheet(self.navigation, "navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setAccessibleName(self.tr("Screens"))
        for screen in SCREENS:
            item = QListWidgetItem(_screen_icon(screen.icon, self.palette()), screen.label)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            item.setToolTip(screen.label)
            self.navigation.addItem(item)
        # Wide enough for the longest name, the inbox's with the widest count it shows
        # ("审核中心（999+）", ``show_inbox_count``), measured with the font: asking the view
        # for its size hint renders every icon, 10 ms at start-up.
        metrics = self.navigation.fontMetrics()
        digit = max("0123456789", key=metrics.horizontalAdvance)
        widest = max((metrics.horizontalAdvance(
            self._counted_label(s, digit * len(str(MAX_COUNT)) + "+") if s.key == "inbox"
            else s.label) for s in SCREENS), default=0)
        icon = self.navigation.iconSize().width() if self.navigation.iconSize().isValid() else 16
        self.navigation.setFixedWidth(max(190, widest + icon + 56))
        # Each entry as tall as its text or icon plus its style sheet's padding (8 px) and
        # margin (1 px): without it the view can measure an entry before the style sheet
        # and the Chinese font apply, and the entries overlap.
        row = max(metrics.height(), self.navigation.iconSize().height()) + 2 * 8 + 2 * 1 + 2
        for i in range(self.navigation.count()):
            self.navigation.item(i).setSizeHint(QSize(self.navigation.width() - 20, row))
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("screens")

        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self.installEventFilter(self)
        central.installEventFilter(self)

        self.restore_settings()
        last = QSettings().value(SCREEN_KEY, "", str)
        keys = self.screen_keys()
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)
        page = self.show_screen(keys[self.navigation.currentRow()])  # a broken one raises here
        # The keyboard starts in the screen (its shortcuts, the arrow keys), not in the bar.
        if page is not None:
            getattr(page, "focus_view", page.setFocus)()
        self.navigation.currentRowChanged.connect(self._row_changed)
        # The approval inbox's count and notifications start after the first paint.
        self.inbox_badge = None
        self.first_painted.connect(self._schedule_inbox_badge)
        self.time_zone_label: QLabel | None = None
        self.first_painted.connect(self._schedule_time_zone_note)

    # -- building --------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, keys=None, role=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        role = QAction.MenuRole
        self.settings_action = self._action(
            "settingsAction", self.tr("&Settings\u2026"), self.open_settings,
            _shortcut(QKeySequence.StandardKey.Preferences, "Ctrl+,"), role.PreferencesRole)
        self.change_password_action = self._action(
            "changePasswordAction", self.tr("Change &password\u2026"), self.change_password)
        self.logout_action = self._action("logoutAction", self.tr("&Log out"), self.log_out)
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close,
            _shortcut(QKeySequence.StandardKey.Quit, "Ctrl+Q"), role.QuitRole)
        self.about_action = self._action("aboutAction", self.tr("&About MediaDesk"),
                                         self.show_about, role=role.AboutRole)
        self.about_qt_action = self._action("aboutQtAction", self.tr("About &Qt"),
                                            self.show_about_qt, role=role.AboutQtRole)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.change_password_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _build_status_bar(self) -> None:
        apply_sheet(self.statusBar(), "status_bar")
        self.user_label = ElidedLabel()  # a 100-character name left the path "数据库…db"
        self.user_label.most_chars = 40  # a name and all its roles, in English too
        self.user_label.setObjectName("userLabel")
        self.database_label = ElidedLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._update_status()

    def _update_status(self) -> None:
        if self.user.active:
            who = self.tr("{name} ({roles})").format(name=self.user.display_name,
                                                     roles=roles_text(self.user.roles))
        else:  # deactivated meanwhile, on another PC
            who = self.tr("{name} (account deactivated)").format(name=self.user.display_name)
        self.user_label.set_full_text(who, "\n".join(
            [who, self.tr("Logged in as {login}").format(login=self.user.login)]))
        self.database_label.set_full_text(
            self.tr("Database: {where}").format(where=self.db_display), self.db_display)

    def _schedule_time_zone_note(self) -> None:
        from PySide6.QtCore import QTimer

        # Once the first paint is done: reading the zone's data costs 13 M instructions.
        QTimer.singleShot(0, self, self.note_time_zone)

    def note_time_zone(self) -> None:
        """On a PC whose clock is not on Beijing time (a colleague abroad, a PC left on UTC),
        the status bar says whose times the screens show, and that the team's files are in
        Beijing time (``timeutil.TEAM_ZONE``): nothing told the person before.  Just after
        the first paint (the team zone's data is read from disk)."""
        import datetime as _dt

        from models.timeutil import local_is_team_time

        if local_is_team_time():
            if self.time_zone_label is not None:
                self.time_zone_label.hide()
            return
        offset = _dt.datetime.now().astimezone().utcoffset() or _dt.timedelta()
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "\u2212"
        zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        if self.time_zone_label is None:
            self.time_zone_label = QLabel(self)
            self.time_zone_label.setObjectName("timeZoneLabel")
            self.statusBar().insertPermanentWidget(0, self.time_zone_label)
        self.time_zone_label.setText(
            self.tr("Times in this PC's zone ({zone})").format(zone=zone))
        self.time_zone_label.setToolTip(self.tr(
            "This PC's clock is not set to Beijing time (UTC+08:00). The calendar and the "
            "inbox show this PC's times ({zone}); posting plans and .ics files are in Beijing "
            "time, the team's.").format(zone=zone))
        self.time_zone_label.show()

    # -- screens -------------------------------------------------------------------------------

    def screen_keys(self) -> list[str]:
        return [s.key for s in SCREENS]

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_screen(self, key: str) -> QWidget | None:
        """Show the screen ``key`` (creating it the first time) and select it in the navigation.

        A screen that cannot be made because the database cannot be read (a ``DomainError``
        from its first read; the screens catch their own, this is the last resort) is not
        shown: a warning says why, the navigation goes back to the screen in view (which
        this returns, None if there is none), and choosing it again tries again."""
        keys = self.screen_keys()
        row = keys.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # comes back here through _row_changed
            return self._pages.get(key, self.current_screen())
        spec = SCREENS[row]
        page = self._pages.get(key)
        if page is None:
            from models.errors import DomainError

            try:
                page = spec.create(self.user, self.stack)
            except DomainError as exc:
                self._not_made(spec, exc)
                return self.current_screen()
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(spec.label)
        QSettings().setValue(SCREEN_KEY, key)
        return page

    def _not_made(self, spec: Screen, error: Exception) -> None:
        """The screen ``spec`` could not be made: the navigation back on the one in view,
        and a warning (titled with the screen's name) that says why."""
        from PySide6.QtWidgets import QMessageBox  # only here: its type costs start-up time

        shown = self.current_screen()
        keys = [k for k, page in self._pages.items() if page is shown]
        self.navigation.blockSignals(True)
        try:
            self.navigation.setCurrentRow(self.screen_keys().index(keys[0]) if keys else -1)
        finally:
            self.navigation.blockSignals(False)
        box = QMessageBox(QMessageBox.Icon.Warning, spec.label, str(error),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("screenNotMadeBox")
        box.exec()

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.show_screen(SCREENS[row].key)

    # -- the approval inbox's badge (issue 4) -----------------------------------------------

    @Slot()
    def _schedule_inbox_badge(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self.start_inbox_badge)  # not if the window is gone

    def start_inbox_badge(self) -> None:
        """Count what waits in the approval inbox and notify what arrives (ui.inbox_badge).

        Called once the window has been painted: neither the module nor the query slows
        the start-up."""
        if self.inbox_badge is not None or "inbox" not in self.screen_keys():
            return
        from ui.inbox_badge import InboxBadge

        self.inbox_badge = InboxBadge(self.user, self)
        self.inbox_badge.count_changed.connect(self.show_inbox_count)
        self.inbox_badge.open_requested.connect(self._open_inbox)
        self.closed.connect(self.inbox_badge.stop)
        self.logout_requested.connect(self.inbox_badge.stop)
        self.inbox_badge.start()

    @Slot(int)
    def show_inbox_count(self, count: int) -> None:
        """The inbox's navigation entry with the number of posts waiting, e.g. "… (3)", at
        most "… (999+)" (``MAX_COUNT``; the tooltip has the number)."""
        row = self.screen_keys().index("inbox")
        item, spec = self.navigation.item(row), SCREENS[row]
        if count:
            shown = str(count) if count <= MAX_COUNT else f"{MAX_COUNT}+"
            item.setText(self._counted_label(spec, shown))
            item.setToolTip(self.tr("%n post(s) wait for you", "", count))
        else:
            item.setText(spec.label)
            item.setToolTip(spec.label)

    def _counted_label(self, spec: Screen, count: str) -> str:
        """A screen's name with a count: "Approval inbox (3)", "审核中心（999+）"."""
        return self.tr("{screen} ({n})").format(screen=spec.label, n=count)

    @Slot()
    def _open_inbox(self) -> None:
        self.show_screen("inbox")
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- settings --------------------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _default_size(self) -> QSize:
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(QSize(int(available.width() * 0.9),
                                            int(available.height() * 0.9)))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.sync()

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    @Slot()
    def change_password(self) -> None:
        from ui.login import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.user, parent=self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            self.user = dialog.user
            self.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    @Slot()
    def log_out(self) -> None:
        self._logging_out = True
        self.close()

    @Slot()
    def show_about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QMessageBox  # only here: its type costs start-up time

        from ui.app import app_version

        text = self.tr(
            "<h3>MediaDesk {version}</h3>"
            "<p>Plans, reviews and publishes a new-media operations team's content, "
            "answers its inquiries and keeps its platform accounts safe.</p>"
            "<p>Python {python} \u00b7 Qt {qt} \u00b7 PySide6 {pyside}</p>").format(
                version=app_version(), python=platform.python_version(), qt=qVersion(),
                pyside=pyside_version)
        QMessageBox.about(self, self.tr("About MediaDesk"), text)

    @Slot()
    def show_about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self, self.tr("About Qt"))

    # -- events -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme_changed()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and getattr(self, "_painted", False):  # not before the first paint
            self.refresh_person()

    def refresh_person(self) -> None:
        """The status bar's roles as they are now (the manager may have changed them on
        another PC; they were the log-in's until the next log-in).  The services read the
        person fresh at every call anyway; this is what the person sees."""
        from models.errors import DomainError
        from models.users import get_user

        try:
            fresh = get_user(self.user.id)
        except DomainError:  # the database cannot be read just now: the next time
            return
        if (fresh.roles, fresh.active, fresh.display_name) != (
                self.user.roles, self.user.active, self.user.display_name):
            self.user = fresh
            self._update_status()

    def _theme_changed(self) -> None:
        """The system switched between a light and a dark theme while MediaDesk runs: what
        does not follow the palette by itself (the navigation's icons, red and green
        labels, the screens' own colours, the navigation's and the status bar's style
        sheets) takes the new theme's.  Its widgets may not have their new palette yet;
        the window's is the new one."""
        if getattr(self, "navigation", None) is None:
            return  # still being built
        palette = self.palette()
        for row, screen in enumerate(SCREENS):
            self.navigation.item(row).setIcon(_screen_icon(screen.icon, palette))
        # Sheets' colours are read as a sheet is applied: theme_changed applies every
        # widget's own sheet again (the navigation's, the status bar's, the calendar's ‹ ›).
        theme_changed(self, palette)
        for page in self._pages.values():
            if hasattr(page, "theme_changed"):
                page.theme_changed(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            central = self.centralWidget()
            if central is not None:
                central.removeEventFilter(self)
            self.first_painted.emit()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        event.accept()
        if self._logging_out:
            self._logging_out = False
            self.logout_requested.emit()
        else:
            self.closed.emit()
