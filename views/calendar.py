"""The content calendar: plan every post, drag to reschedule, see gaps and deadlines.

Month, week (half-hour rows) and agenda views of the posts that pass the
filters (platform, column, writer, status; kept in QSettings).  A drag, the
"Move to…" dialog and drops on the unscheduled panel all end in ``move_card``,
which saves through ``models.posts.move_post`` at once and pushes an undo
command (Ctrl+Z / Ctrl+Shift+Z).  The service decides what is allowed (rules
in models/posts.py); a refusal is shown in the notice bar and the post stays
where it was; a colleague's newer version is explained and the screen reloads.

Cadence shortfalls (C1, C2), event deadlines (C3, C4) and same-half-hour
clashes come from ``models.planning.check`` for the visible range: marked on the
days and weeks of the grid (tooltips in words) and listed in the side panel,
whose lines jump to their day.  The month's columns (C5) and quotas (C7), for a
month the range holds whole, head the list (they jump to the 1st).

A posting plan (CSV) is imported off the GUI thread (``views.plan_import``) behind
a progress dialog; the screen reads nothing until the worker is done.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
# Qt makes a class's Python type when it is first imported, some at a cost (QTableView,
# QFileDialog, QMessageBox, ...): those used only off the month view are imported where used.
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDateEdit, QHBoxLayout, QLabel,
                               QMenu, QPushButton, QSplitter, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from models import events as event_service
from models import platforms as platform_service
from models import posts as post_service
from models import users as user_service
from models.errors import ConflictError, DatabaseProblem, DomainError, NotFound
from models.i18n import os_reason
from models.posts import PostFilter, PostStatus
from models.timeutil import (EARLIEST_DAY, LATEST_DAY, from_local, is_supported_day,
                             local_day_start, to_local_naive)
from models.users import UserInfo
from ui.failures import reporting, shows_problems
from ui.style import apply_sheet, set_role
from ui.widgets import BusyCursor, by_name, column_width, quoted
from views.calendar_filters import FilterButton, MenuButton
from views.calendar_grid import Card, Marks, MonthGrid, WeekGrid, WeekHeader
from views.calendar_look import Look
from views.calendar_panels import AgendaModel, UnscheduledPanel, WarningsList
from views.calendar_title import PeriodTitle

MONTH, WEEK, AGENDA = "month", "week", "agenda"
VIEW_KEY = "calendar/view"


# Local <-> stored UTC times: the one implementation in models.timeutil.
to_utc = from_local
to_local = to_local_naive
_day_start_utc = local_day_start


class MoveCommand(QUndoCommand):
    """One saved move; undo and redo save again through the service."""

    def __init__(self, screen: "CalendarScreen", post_id: int, title: str,
                 before: _dt.datetime | None, after: _dt.datetime | None, version: int):
        super().__init__(QCoreApplication.translate("CalendarScreen", "Move “{title}”")
                         .format(title=quoted(title)))
        self.screen, self.post_id, self.title = screen, post_id, title
        self.before, self.after, self.version = before, after, version
        self._saved = True  # the move itself is already saved when the command is pushed
        self._unsaved_undo = False  # an undo that could not be saved, being put back

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if not self._apply(self.after, self.before):
            self._unsaved_undo = True  # the stack undoes it again, without saving
            QTimer.singleShot(0, self.screen, lambda: self._put_back(undo=True))

    def undo(self) -> None:
        if self._unsaved_undo:
            self._unsaved_undo = False
            return
        if not self._apply(self.before, self.after):
            self._saved = True  # the stack redoes it again, without saving
            QTimer.singleShot(0, self.screen, lambda: self._put_back(undo=False))

    def _put_back(self, undo: bool) -> None:
        """The stack's step back over this command, whose save failed: only while it is
        still the one next to the stack's index (another Ctrl+Z or a new move may have come
        first: then that one is left alone, and this one stays where the stack has it)."""
        stack = self.screen.undo_stack
        if undo and stack.command(stack.index() - 1) is self:
            stack.undo()
        elif not undo and stack.command(stack.index()) is self:
            stack.redo()
        self._unsaved_undo = False
        self._saved = False

    def _apply(self, when: _dt.datetime | None, now: _dt.datetime | None) -> bool:
        """Save ``when``; the post should be at ``now``, where this command left it.  False
        if the database could not be reached: the step stays, for the next Ctrl+Z (a moment's
        outage had dropped it for good); a refusal drops it."""
        row = self.screen.rows.get(self.post_id) or self.screen.unscheduled.get(self.post_id)
        if row is None:  # moved out of the period shown: as it is now
            try:
                row = post_service.get_post(self.post_id)
            except DomainError:  # deleted, or unreadable: the save below says which
                row = None
        if row is not None and row.planned_at == now:
            # As this command left it: later edits of its text (ours) do not stand in the way.
            version = row.version
        else:
            # Moved since, say by a colleague (the calendar reads their changes every
            # minute): the version this command saved, which the service finds out of date,
            # so that the undo is refused with who moved it, not laid over their move.
            version = self.version
        new = self.screen.save_move(self.post_id, version, when, title=self.title)
        if new is not None:
            self.version = new
        elif isinstance(self.screen.move_refusal, DatabaseProblem):
            return False
        else:
            # Refused, or the post was deleted since: the stack drops it, the post stays put.
            self.setObsolete(True)
        return True


# The "Not imported" box names this many problems; the rest are in its details, which
# scroll (200 bad rows once made the box 3,714 px tall, its OK button off the screen).
SHOWN_PROBLEMS = 5


class CalendarScreen(QWidget):
    """The calendar for one logged-in person."""

    changed = Signal()  # a post was created, moved or edited here

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarScreen")
        self.user = user
        self.look = Look(self)
        self.anchor = _dt.date.today()
        settings = QSettings()
        mode = settings.value(VIEW_KEY, MONTH, str)
        self.mode = mode if mode in (MONTH, WEEK, AGENDA) else MONTH
        self.rows: dict[int, post_service.PostRow] = {}
        self.unscheduled: dict[int, post_service.PostRow] = {}
        self.move_refusal: DomainError | None = None  # why the last save_move saved nothing
        self.check = None  # models.planning.PlanCheck of the visible range, once judged
        self._events: list = []  # the events of the visible range, as last read
        self._unread = ""  # the notice's text while it says why the calendar was not read
        self.undo_stack = QUndoStack(self)
        self._drag: Card | None = None
        self._dialogs: list[QWidget] = []
        self._shown = False
        self._agenda_fitted = False
        # While a plan import's worker writes, this screen reads nothing: reload and
        # refresh_* note what they were asked for in _waiting and import_file does it after.
        self._importing = False
        self._waiting: set[str] = set()
        self._import_dialog = None  # its QProgressDialog, while it runs

        self._build()
        self._build_actions()
        # The warnings follow right after the first paint: the posts show at once, and
        # start-up does not wait for the cadence check (nor import the holiday calendar).
        self.reload(warnings_now=False)
        grid = self.current_grid()
        if grid is not None:  # the grid shown first (the week grid may be built by now)
            for g in self._grids():
                g.after_first_paint = self._first_warnings
        else:
            QTimer.singleShot(0, self, self._first_warnings)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        look = self.look
        self.prev_button = self._tool("calendarPrevious", "‹", self.tr("Previous (Page Up)"),
                                      lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setObjectName("calendarToday")
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(self.go_today)
        self.next_button = self._tool("calendarNext", "›", self.tr("Next (Page Down)"),
                                      lambda: self.step(1))
        self.title_label = PeriodTitle(self)  # shorter or elided where the toolbar is narrow
        self.title_label.setObjectName("calendarTitle")
        set_role(self.title_label, "heading")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("calendarJump")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setToolTip(self.tr("Go to a date (Ctrl+G)"))
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        # Only the days MediaDesk plans (a year typed as 9999 had broken the screen).
        self.date_edit.setDateRange(QDate(EARLIEST_DAY), QDate(LATEST_DAY))
        self.date_edit.dateChanged.connect(self._date_chosen)

        self.view_buttons = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for key, text in ((MONTH, self.tr("&Month")), (WEEK, self.tr("&Week")),
                          (AGENDA, self.tr("&Agenda"))):
            button = QToolButton(self)
            button.setObjectName(f"view_{key}")
            button.setText(text)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, k=key: self.set_mode(k))
            self.view_buttons.addButton(button)
            view_row.addWidget(button)

        self.filters = {
            "platforms": FilterButton("platforms", self.tr("Platforms"), self),
            "columns": FilterButton("columns", self.tr("Columns"), self),
            "writers": FilterButton("writers", self.tr("Writers"), self),
            "statuses": FilterButton("statuses", self.tr("Status"), self),
        }
        for button in self.filters.values():
            button.changed.connect(self._filters_changed)

        self.new_button = QPushButton(self.tr("&New post…"), self)
        self.new_button.setObjectName("calendarNew")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.create_post(None))
        self.more_button = MenuButton(self)
        self.more_button.setObjectName("calendarMore")
        self.more_button.setText(self.tr("More"))
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.title_label)
        top.addSpacing(8)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addLayout(view_row)
        # The filters and the actions take a second row, so the screen fits a
        # 1024-pixel-wide window in Chinese and in English.
        second = QHBoxLayout()
        for button in self.filters.values():
            second.addWidget(button)
        second.addStretch(1)
        second.addWidget(self.new_button)
        second.addWidget(self.more_button)

        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        apply_sheet(self.notice, "notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        # Every widget is made inside the parent it keeps: one moved to another parent is
        # given its font, palette and style again, which start-up would pay for nothing.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendarSplitter")
        # The three views; the week and agenda pages are built when first shown (start-up).
        self.views = QStackedWidget(self.splitter)
        self.views.setObjectName("calendarViews")
        self.month_grid = MonthGrid(look, self.views)
        self._connect_grid(self.month_grid)
        self._week: tuple | None = None  # (grid, scroll area, header, page)
        self._agenda: tuple | None = None  # (model, view)
        self.views.addWidget(self.month_grid)

        # Side panels
        self.side = QSplitter(Qt.Orientation.Vertical, self.splitter)
        self.side.setObjectName("calendarSide")
        side_top = QWidget(self.side)
        side_bottom = QWidget(self.side)
        self.unscheduled_panel = UnscheduledPanel(look, side_top)
        self.unscheduled_panel.host = self
        self.unscheduled_panel.open_requested.connect(self.open_post)
        self.warnings_list = WarningsList(look, side_bottom)
        self.warnings_list.jump_requested.connect(self.jump_to)
        unscheduled_label = QLabel(self.tr("&Unscheduled"), side_top)
        set_role(unscheduled_label, "subheading")
        unscheduled_label.setBuddy(self.unscheduled_panel)
        self.warnings_label = QLabel(self.tr("Warnings"), side_bottom)
        self.warnings_label.setObjectName("warningsLabel")
        set_role(self.warnings_label, "subheading")
        self.warnings_label.setBuddy(self.warnings_list)
        side_top_layout = QVBoxLayout(side_top)
        side_top_layout.setContentsMargins(0, 0, 0, 0)
        side_top_layout.addWidget(unscheduled_label)
        side_top_layout.addWidget(self.unscheduled_panel, 1)
        side_bottom_layout = QVBoxLayout(side_bottom)
        side_bottom_layout.setContentsMargins(0, 0, 0, 0)
        side_bottom_layout.addWidget(self.warnings_label)
        side_bottom_layout.addWidget(self.warnings_list, 1)
        self.side.addWidget(side_top)
        self.side.addWidget(side_bottom)
        self.side.setChildrenCollapsible(False)

        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        side_width = self.fontMetrics().horizontalAdvance("M") * 22
        self.side.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.splitter.setSizes([1000, side_width])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        for row in (top, second):  # their own, not the one a short window gives the screen's
            row.setSpacing(row.spacing())
        self._roomy = (layout.contentsMargins(), layout.spacing())
        self._compact = False
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(15000)
        self._notice_timer.timeout.connect(self.notice.hide)

    # -- a short window ------------------------------------------------------------------------
    #: In a window too short for the toolbar's usual margins (1366x768 at 150 %: 454 pixels
    #: above the taskbar, the calendar screen about 360 of them), the margins above and
    #: below and the space between the rows shrink to these, so the month grid keeps cells
    #: as high as the day's number and a card; the notice then lies over the foot of the
    #: calendar instead of pushing it down (the window grew past the screen's bottom).
    #: A taller window looks as it always did.
    COMPACT_MARGIN = 3
    COMPACT_SPACING = 4

    def _compact_saving(self) -> int:
        """How many pixels of height the short window's margins and spacing save (between
        the two rows of the toolbar and the calendar)."""
        margins, spacing = self._roomy
        return (max(0, margins.top() - self.COMPACT_MARGIN)
                + max(0, margins.bottom() - self.COMPACT_MARGIN)
                + 2 * max(0, spacing - self.COMPACT_SPACING))

    def _notice_height(self) -> int:
        """What the notice adds to the screen's height in the layout: nothing when hidden."""
        if self.notice.isHidden():
            return 0
        return self.notice.heightForWidth(max(self.width(), 1)) + self._roomy[1]

    def _least_height(self) -> int:
        """The screen's minimum height with the short window's margins and the notice over
        the calendar."""
        least = super().minimumSizeHint().height()
        layout = self.layout()
        if self._compact:
            return least
        index = layout.indexOf(self.notice)
        if not self.notice.isHidden() and index >= 0:
            least -= layout.itemAt(index).minimumSize().height() + self._roomy[1]
        return least - self._compact_saving()

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        """As low as the short window's margins let the screen go (``COMPACT_MARGIN``)."""
        hint = super().minimumSizeHint()
        if self.layout() is not None:
            hint.setHeight(self._least_height())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.layout() is None:
            return
        roomy = self._least_height() + self._compact_saving() + self._notice_height()
        self._set_compact(self.height() < roomy)
        self._place_notice()

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        margins, spacing = self._roomy
        layout = self.layout()
        if compact:
            layout.setContentsMargins(margins.left(), self.COMPACT_MARGIN,
                                      margins.right(), self.COMPACT_MARGIN)
            layout.setSpacing(self.COMPACT_SPACING)
            layout.removeWidget(self.notice)  # over the calendar: _place_notice
        else:
            layout.setContentsMargins(margins)
            layout.setSpacing(spacing)
            layout.insertWidget(layout.indexOf(self.splitter), self.notice)

    def _place_notice(self) -> None:
        """In a short window, the notice over the foot of the calendar, as wide as it."""
        if not self._compact or self.notice.isHidden():
            return
        area = self.splitter.geometry()
        height = min(self.notice.heightForWidth(area.width()), area.height())
        self.notice.setGeometry(area.x(), area.bottom() + 1 - height, area.width(), height)
        self.notice.raise_()

    def _tool(self, name: str, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        apply_sheet(button, "step_button")
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _action(self, name: str, text: str, keys, slot, menu: bool = True,
                window_wide: bool = False) -> QAction:
        """An action of the screen; ``window_wide``: its shortcut works wherever the focus
        is in the window while the calendar is shown (the navigation bar too), for keys
        no field uses (Ctrl+N, Ctrl+T ...); the others only within the calendar."""
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys if isinstance(keys, list) else [keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if window_wide
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        if menu:
            self.more_menu.addAction(action)
        return action

    def _connect_grid(self, grid) -> None:
        grid.host = self
        grid.open_requested.connect(self.open_post)
        grid.create_requested.connect(self.create_post)
        grid.day_activated.connect(self.open_day)
        if isinstance(grid, WeekGrid):
            grid.hidden_activated.connect(self.show_in_agenda)

    def _build_week(self) -> tuple:
        from PySide6.QtWidgets import QScrollArea

        grid = WeekGrid(self.look)
        scroll = QScrollArea(self)
        scroll.setObjectName("weekScroll")
        scroll.setWidget(grid)
        scroll.setWidgetResizable(True)
        header = WeekHeader(self.look, grid, self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        self._connect_grid(grid)
        header.day_clicked.connect(self.open_day)
        grid.after_first_paint = self.month_grid.after_first_paint
        self.views.addWidget(page)
        return grid, scroll, header, page

    def _build_agenda(self) -> tuple:
        from PySide6.QtWidgets import QAbstractItemView, QTableView

        model = AgendaModel(self.look, self)
        view = QTableView(self)
        view.setObjectName("agendaTable")
        view.setAccessibleName(self.tr("Agenda view"))
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.activated.connect(lambda index: self.open_post(model.card(index.row()).row.id))
        self.views.addWidget(view)
        return model, view

    def _week_parts(self) -> tuple:
        if self._week is None:
            self._week = self._build_week()
        return self._week

    def _agenda_parts(self) -> tuple:
        if self._agenda is None:
            self._agenda = self._build_agenda()
        return self._agenda

    @property
    def week_grid(self) -> WeekGrid:
        return self._week_parts()[0]

    @property
    def week_scroll(self):  # QScrollArea
        return self._week_parts()[1]

    @property
    def week_header(self) -> WeekHeader:
        return self._week_parts()[2]

    @property
    def agenda_model(self) -> AgendaModel:
        return self._agenda_parts()[0]

    @property
    def agenda_view(self):  # QTableView
        return self._agenda_parts()[1]

    def _grids(self) -> list:
        """The grids built so far (the week grid only once the week view was shown)."""
        return [self.month_grid] + ([self._week[0]] if self._week else [])

    def _page(self, mode: str) -> QWidget:
        if mode == WEEK:
            return self._week_parts()[3]
        if mode == AGENDA:
            return self.agenda_view
        return self.month_grid

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("calendarUndo")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("calendarRedo")
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                          or [QKeySequence("Ctrl+Shift+Z")])
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action, self.redo_action = undo, redo
        self.addAction(undo)
        self.addAction(redo)
        self.more_menu.addAction(undo)
        self.more_menu.addAction(redo)
        self.more_menu.addSeparator()
        self.move_action = self._action("calendarMoveTo", self.tr("&Move to…"),
                                        QKeySequence("Ctrl+M"), self.move_selected)
        self.delete_action = self._action(
            "calendarDelete", self.tr("&Delete…"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.open_action = self._action("calendarOpen", self.tr("&Open post"),
                                        None, self.open_selected, menu=False)
        self._action("calendarNewAction", self.tr("New post"),
                     QKeySequence.keyBindings(QKeySequence.StandardKey.New),
                     lambda: self.create_post(None), menu=False, window_wide=True)
        self._action("calendarPrevAction", self.tr("Previous"), QKeySequence("PgUp"),
                     lambda: self.step(-1), menu=False)
        self._action("calendarNextAction", self.tr("Next"), QKeySequence("PgDown"),
                     lambda: self.step(1), menu=False)
        self._action("calendarTodayAction", self.tr("Today"), QKeySequence("Ctrl+T"),
                     self.go_today, menu=False, window_wide=True)
        self._action("calendarJumpAction", self.tr("Go to date"), QKeySequence("Ctrl+G"),
                     self.date_edit.setFocus, menu=False, window_wide=True)
        views = ((MONTH, self.tr("Month view")), (WEEK, self.tr("Week view")),
                 (AGENDA, self.tr("Agenda view")))
        for i, (key, text) in enumerate(views):
            self._action(f"calendarView{i + 1}", text, QKeySequence(f"Ctrl+{i + 1}"),
                         lambda k=key: self.view_of_keyboard_day(k), menu=False,
                         window_wide=True)
        self.more_menu.addSeparator()
        self._action("calendarImport", self.tr("&Import posting plan (CSV)…"), None,
                     self.import_plan)
        self._action("calendarExportCsv", self.tr("&Export posting plan (CSV)…"), None,
                     self.export_plan)
        self._action("calendarExportIcs", self.tr("Export visible range as i&Calendar (.ics)…"),
                     None, self.export_ics)
        if not self.writes:  # they can only look: what would be refused is not offered
            tip = self._not_a_writer()
            for name in ("calendarMoveTo", "calendarDelete", "calendarImport",
                         "calendarNewAction"):
                action = self.findChild(QAction, name)
                action.setEnabled(False)
                action.setToolTip(tip)
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(tip)
        self.more_menu.addSeparator()
        self._action("calendarEvents", self.tr("E&vents and promotions…"), None,
                     self.open_events)
        self._action("calendarHolidays", self.tr("&Holidays and working days…"), None,
                     self.open_holidays)
        self._action("calendarRules", self.tr("&Planning rules and length limits…"), None,
                     self.open_rules)
        self._action("calendarReload", self.tr("Re&load"), QKeySequence("F5"), self.reload)

    # -- loading -----------------------------------------------------------------------------
    # Every read goes through reload, refresh, refresh_posts or refresh_warnings: when the
    # database cannot be read, they show why in the notice bar and return False, and the
    # screen keeps what it showed (each reads everything it needs before changing anything);
    # the next F5 or click reads again.
    @shows_problems("_not_read")
    def reload(self, warnings_now: bool = True) -> bool:
        """Reference data (platforms, people, columns) and everything visible; False if
        the database could not be read (the notice says why)."""
        if self._importing:  # see refresh_posts
            self._waiting.add("reload")
            return True
        platforms = platform_service.list_platforms()
        users = user_service.list_users()
        columns = platform_service.list_columns()
        self.look.set_platforms(platforms)
        self.look.set_writers(users)
        self.look.set_columns(columns)
        # The ones no longer in use come last, marked, so that their earlier (and still
        # planned) posts can be found too.
        def no_longer(name: str) -> str:
            return self.tr("{name} (no longer in use)").format(name=name)

        self.filters["platforms"].set_choices(
            [(p.id, p.name) for p in platforms if p.active]
            + [(p.id, no_longer(p.name)) for p in platforms if not p.active])
        names = {p.id: p.name for p in platforms}
        in_use = {p.id for p in platforms if p.active}
        # First, the posts of no column: un-choosing one column had hidden them all, with
        # no way back but "Show all".
        self.filters["columns"].set_choices(
            [(post_service.NO_COLUMN, self.tr("(no column)"))]
            + [(c.id, f"{names.get(c.platform_id, '')} · {c.name}") for c in columns
               if c.active and c.platform_id in in_use]
            + [(c.id, no_longer(f"{names.get(c.platform_id, '')} · {c.name}")) for c in columns
               if not (c.active and c.platform_id in in_use)])
        writers = [u for u in users if u.roles & post_service.WRITER_ROLES]
        self.filters["writers"].set_choices(
            by_name([(u.id, u.display_name) for u in writers if u.active],
                    lambda choice: choice[1])
            + by_name([(u.id, self.tr("{name} (deactivated)").format(name=u.display_name))
                       for u in writers if not u.active], lambda choice: choice[1]))
        self.filters["statuses"].set_choices([(s.value, s.label) for s in PostStatus])
        if warnings_now:
            return self.refresh()
        return self.refresh_posts()

    def post_filter(self) -> PostFilter:
        f = {name: button.selected() for name, button in self.filters.items()}
        return PostFilter(platform_ids=f["platforms"], column_ids=f["columns"],
                          writer_ids=f["writers"], statuses=f["statuses"])

    def visible_days(self) -> tuple[_dt.date, _dt.date]:
        """First and last day shown by the current view."""
        if self.mode == WEEK:
            monday = self.anchor - _dt.timedelta(days=self.anchor.weekday())
            return monday, monday + _dt.timedelta(days=6)
        if self.mode == AGENDA:
            first = self.anchor.replace(day=1)
            nxt = (first + _dt.timedelta(days=32)).replace(day=1)
            return first, nxt - _dt.timedelta(days=1)
        first = MonthGrid.grid_start(self.anchor)
        return first, first + _dt.timedelta(days=41)

    @shows_problems("_not_read")
    def refresh(self) -> bool:
        """Query the visible range, lay it out and paint, with its warnings; False if the
        database could not be read (the screen shows what it showed)."""
        if self._importing:  # see refresh_posts
            self._waiting.add("refresh")
            return True
        posts, events, check = self._read_posts(), self._read_events(), self._read_check()
        self._show_posts(posts, events)
        self._show_check(check)
        self._read_again()
        return True

    @shows_problems("_not_read")
    def refresh_posts(self) -> bool:
        """The posts of the visible range (the warnings stay); False if not read."""
        if self._importing:  # the import's worker is writing; import_file reads after it
            self._waiting.add("refresh")
            return True
        posts, events = self._read_posts(), self._read_events()
        self._show_posts(posts, events)
        self._read_again()
        return True

    def _not_read(self, text: str) -> None:
        """The database could not be read: the notice says why (the screen is unchanged)."""
        self.show_notice(text)
        self._unread = text

    def _read_again(self) -> None:
        """Read again after a failure: its notice goes (any other notice stays)."""
        if self._unread and not self.notice.isHidden() and self.notice.text() == self._unread:
            self.notice.hide()
        self._unread = ""

    def _read_posts(self) -> tuple[dict, dict]:
        """The posts of the visible range and the unscheduled ones that pass the filters."""
        from models.audit import latest_id

        # Read first: a change made while the posts are read is found at the next look.
        self._seen = latest_id()
        first, last = self.visible_days()
        filters = self.post_filter()
        found = post_service.posts_in_range(_day_start_utc(first),
                                            _day_start_utc(last + _dt.timedelta(days=1)),
                                            filters)
        unscheduled = post_service.unscheduled_posts(filters)
        return {r.id: r for r in found}, {r.id: r for r in unscheduled}

    def _read_events(self) -> list:
        first, last = self.visible_days()
        return event_service.list_events(first, last)

    def _show_posts(self, posts: tuple[dict, dict], events: list) -> None:
        self.rows, self.unscheduled = posts
        self._events = events
        self._show_rows()
        self.unscheduled_panel.set_cards([Card(r, None) for r in self.unscheduled.values()])

    def _clash_ids(self) -> set[int]:
        ids: set[int] = set()
        for clash in (self.check.clashes if self.check else ()):
            ids.update(clash)
        return ids

    def _cards_by_day(self) -> dict[_dt.date, list[Card]]:
        clashes = self._clash_ids()
        by_day: dict[_dt.date, list[Card]] = {}
        for row in sorted(self.rows.values(), key=lambda r: (r.planned_at, r.id)):
            local = to_local(row.planned_at)
            by_day.setdefault(local.date(), []).append(Card(row, local, row.id in clashes))
        return by_day

    def _show_rows(self) -> None:
        """Lay out ``self.rows`` in the current view (no query)."""
        by_day = self._cards_by_day()
        marks = self._marks()
        self._update_title()
        if self.mode == MONTH:
            self.month_grid.set_month(self.anchor)
            self.month_grid.set_cards(by_day, marks)
        elif self.mode == WEEK:
            self.week_grid.set_week(self.anchor - _dt.timedelta(days=self.anchor.weekday()))
            self.week_grid.set_cards(by_day, marks)
            self.week_header.update()
        else:
            first, last = self.visible_days()
            cards = [c for day in sorted(by_day) if first <= day <= last for c in by_day[day]]
            current = self.agenda_model.card(self.agenda_view.currentIndex().row())
            column = max(self.agenda_view.currentIndex().column(), 0)
            self.agenda_model.set_cards(cards)
            if current is not None:  # read again (F5, a colleague's change): the same post
                row = self.agenda_model.row_of(current.row.id)
                if row >= 0:
                    self.agenda_view.setCurrentIndex(self.agenda_model.index(row, column))
            self._fit_agenda()
        self.views.setCurrentWidget(self._page(self.mode))
        self._check_view_button()

    def _check_view_button(self) -> None:
        for button in self.view_buttons.buttons():
            button.setChecked(button.objectName() == f"view_{self.mode}")

    def _first_warnings(self) -> None:
        for g in self._grids():
            g.after_first_paint = None
        if self.check is None:
            self.refresh_warnings()
        self._start_clock()

    # -- the clock -----------------------------------------------------------------------------
    #: How often the calendar looks at the clock: the urgent marks follow the time (each card
    #: is judged as it is painted), and at midnight today's mark and the warnings move on.
    CLOCK_MS = 60_000

    def _start_clock(self) -> None:
        if getattr(self, "_clock", None) is not None:
            return
        self._today = _dt.date.today()
        self._clock = QTimer(self)
        self._clock.setInterval(self.CLOCK_MS)
        self._clock.timeout.connect(self.tick)
        self._clock.start()

    def tick(self, today: _dt.date | None = None) -> None:
        """A minute has passed: repaint what is shown; on a new day, judge the warnings
        again (a deadline at risk yesterday is missed today; they had waited for F5)."""
        today = today or _dt.date.today()
        if self._refresh_if_changed():
            self._today = today
        elif today != getattr(self, "_today", today):
            self._today = today
            self.refresh_warnings()
        self.look.clock_ticked()
        if self.isVisible():
            for grid in self._grids():
                grid.update()
            if self._week is not None:
                self.week_header.update()

    @shows_problems("_not_read")
    def refresh_warnings(self) -> bool:
        """The warnings of the visible range (rules C1-C4, clashes); False if not read."""
        if self._importing:  # see refresh_posts
            self._waiting.add("refresh")
            return True
        check, events = self._read_check(), self._read_events()
        self._events = events
        self._show_check(check)
        self._read_again()
        return True

    def _read_check(self):
        from models import planning  # with the holiday calendar: not before the first paint

        first, last = self.visible_days()
        return planning.check(first, last)

    def _show_check(self, check) -> None:
        self.check = check
        marks = self._marks()
        clash_ids = self._clash_ids()
        grid = self.current_grid()
        if grid is not None:
            for cards in grid.cards_by_day.values():
                for card in cards:
                    card.clash = card.row.id in clash_ids
            grid.set_marks(marks)
            if self._week is not None:
                self.week_header.update()
        warnings = self.warning_lines()
        self.warnings_list.set_warnings(warnings)
        self.warnings_label.setText(self.tr("Warnings ({n})").format(n=len(warnings))
                                    if warnings else self.tr("Warnings"))

    def warning_lines(self) -> list[tuple[_dt.date, str]]:
        if self.check is None:
            return []
        # A month's columns (C5) and quotas (C7) first, at its first day: they are about it
        # all.  The people in the order a person reads a list of names (pinyin).
        from models.cadence import QUOTA_RULE, one_per_slot

        monthly = self.check.monthly
        people = by_name([m for m in monthly if m.rule == QUOTA_RULE], lambda m: m.name)
        lines = [(m.month, m.describe()) for m in [
            *[m for m in monthly if m.rule != QUOTA_RULE], *people]]
        for s in self.check.shortfalls:
            lines.append((s.first_day, s.describe()))
        for d in self.check.deadlines:
            lines.append((d.due or d.post_day or self.anchor, d.describe()))

        for c in one_per_slot(self.check.clashes):  # a line per half-hour, not per pair
            lines.append((c.slot.date(), c.describe()))
        lines.sort(key=lambda x: x[0])
        return lines

    def _marks(self) -> Marks:
        marks = Marks()
        if self.check is None:
            return marks
        for s in self.check.shortfalls:
            if s.period == "week":
                marks.weeks.setdefault(s.first_day, []).append(s.describe())
                if self.mode == WEEK:
                    for i in range(7):
                        marks.days.setdefault(s.first_day + _dt.timedelta(days=i), []) \
                            .append(s.describe())
            else:
                marks.days.setdefault(s.first_day, []).append(s.describe())
        for d in self.check.deadlines:
            if d.due is not None:
                marks.days.setdefault(d.due, []).append(d.describe())
        first, last = self.visible_days()
        for event in self._events:
            name = self.tr("{name} ({kind})").format(name=event.name, kind=event.kind.label)
            day = max(event.starts_on, first)
            while day <= min(event.ends_on, last):
                marks.events.setdefault(day, []).append(name)
                day += _dt.timedelta(days=1)
        return marks

    def _update_title(self) -> None:
        if self.mode == WEEK:
            monday = self.anchor - _dt.timedelta(days=self.anchor.weekday())
            self.title_label.set_forms(self.look.week_title(monday),
                                       self.look.week_title_short(monday),
                                       self.look.week_title_digits(monday))
        else:
            self.title_label.set_forms(self.look.month_title(self.anchor),
                                       self.look.month_title_short(self.anchor))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self.date_edit.blockSignals(False)

    def _fit_agenda(self) -> None:
        """Each column of the agenda as wide as the longest of its possible values (the
        team's platforms, columns and writers, the stages, the categories: few, and known
        without reading the rows) and its heading; the title takes the rest.  Once: a column
        a person has widened stays as they left it when the list is read again."""
        if self._agenda_fitted:
            return
        self._agenda_fitted = True
        from models import workflow
        from models.posts import PostCategory

        view, look = self.agenda_view, self.look
        fm = view.fontMetrics()
        cap = fm.horizontalAdvance("M") * 14  # a very long name elides (its tooltip has it)
        weekday = max(look.weekday_names, key=fm.horizontalAdvance, default="")
        values = {
            AgendaModel.WHEN: [f"{look.short_date(_dt.date(2026, 12, 31))} {weekday} 00:00",
                               QCoreApplication.translate("Calendar", "Unscheduled")],
            AgendaModel.PLATFORM: list(look.platform_names.values()),
            AgendaModel.COLUMN: list(look.column_names.values()),
            AgendaModel.WRITER: list(look.writer_names.values()),
            AgendaModel.STATUS: [stage.label for stage in workflow.Stage],
            AgendaModel.CATEGORY: [category.label for category in PostCategory]}
        extra = {AgendaModel.PLATFORM: look.line_h + 4}  # the platform's colour swatch
        header = view.horizontalHeader()
        self._agenda_widths = {section: column_width(view, section, texts, cap,
                                                     extra.get(section, 0))
                               for section, texts in values.items()}
        self._agenda_extra = extra
        self._agenda_squeezing = False
        self._squeeze_agenda()
        header.sectionResized.connect(self._agenda_section_resized)
        from views.calendar_panels import on_resize

        on_resize(view.viewport(), self._squeeze_agenda)

    def _squeeze_agenda(self) -> None:
        """The agenda's columns at their widths, but the title keeps room for about 16
        characters: the other names give way first (elided, whole in their tooltips), down
        to 4 characters each; at each resize of the list, until a person sets a width
        (then it stays as they left it). With long names, or English headings, the title
        had 45 px left, or the columns ran past the list."""
        widths = getattr(self, "_agenda_widths", None)
        if widths is None:
            return
        view = self.agenda_view
        em = view.fontMetrics().horizontalAdvance("国")
        excess = sum(widths.values()) + em * 16 - view.viewport().width()
        shown = dict(widths)
        giving = (AgendaModel.PLATFORM, AgendaModel.COLUMN, AgendaModel.WRITER,
                  AgendaModel.STATUS, AgendaModel.CATEGORY)
        least = {s: em * 4 + self._agenda_extra.get(s, 0) for s in giving}  # + the swatch
        while excess > 0:  # the widest gives way first, down to the next widest
            order = sorted((s for s in giving if shown[s] > least[s]),
                           key=lambda s: -shown[s])
            if not order:
                break
            widest = order[0]
            floor = max([least[widest]] + [shown[s] for s in order[1:2]])
            if floor >= shown[widest]:  # two as wide: both narrow a step together
                floor = shown[widest] - 1
            take = min(excess, shown[widest] - floor)
            shown[widest] -= take
            excess -= take
        # The title takes what is left, at least its 16 characters (in a very narrow list
        # the list scrolls sideways rather than cut the title to one character).
        shown[AgendaModel.TITLE] = max(em * 16, view.viewport().width() - sum(shown.values()))
        header = view.horizontalHeader()
        self._agenda_squeezing = True
        try:
            from PySide6.QtWidgets import QHeaderView

            header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Interactive)
            for section, width in shown.items():
                header.resizeSection(section, width)
        finally:
            self._agenda_squeezing = False

    def _agenda_section_resized(self, section: int, _old: int, _new: int) -> None:
        if self._agenda_squeezing or self._agenda_widths is None:
            return
        # A person's width: kept from now on, and the title takes the rest of the list's
        # width (as the list grows and shrinks).
        self._agenda_widths = None
        from PySide6.QtWidgets import QHeaderView

        header = self.agenda_view.horizontalHeader()
        if section != AgendaModel.TITLE:
            header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)

    def focus_view(self) -> None:
        """The keyboard to the view shown: the month or week grid, or the agenda's list."""
        grid = self.current_grid()
        (grid if grid is not None else self.agenda_view).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def current_grid(self):
        if self.mode == MONTH:
            return self.month_grid
        return self.week_grid if self.mode == WEEK else None

    # -- navigation --------------------------------------------------------------------------
    def set_mode(self, mode: str, anchor: _dt.date | None = None) -> bool:
        """Show the ``mode`` view (of the period of ``anchor``, default: the one shown);
        False if it could not be read: the view shown stays, the notice says why."""
        if mode not in (MONTH, WEEK, AGENDA):
            return False
        if not self._go(self.anchor if anchor is None else anchor, mode):
            return False
        QSettings().setValue(VIEW_KEY, mode)
        if mode == WEEK:
            self._scroll_week_to(self._week_start_slot())
        elif mode == AGENDA:
            self._scroll_agenda_to(self.anchor)
        return True

    def _scroll_agenda_to(self, day: _dt.date) -> None:
        """The agenda opens at ``day`` (the day chosen in the month or week, or jumped to),
        its first post of that day or after it selected: it opened at the 1st, 250 rows
        from a busy day."""
        from PySide6.QtWidgets import QAbstractItemView

        model = self.agenda_model
        row = next((i for i, card in enumerate(model.cards)
                    if card.local is not None and card.local.date() >= day), -1)
        if row < 0:
            return
        index = model.index(row, AgendaModel.WHEN)
        self.agenda_view.setCurrentIndex(index)
        self.agenda_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def set_anchor(self, day: _dt.date) -> bool:
        """Show the period of ``day``; False if it could not be read (see ``set_mode``).
        A day beyond those MediaDesk plans (``timeutil``'s bounds) shows the nearest one it
        does, and says so: 9999-12-20 had overflowed the visible range, and each later
        move (Today, F5, another view) raised again, the screen stuck until a restart."""
        if not is_supported_day(day):
            day = min(max(day, EARLIEST_DAY), LATEST_DAY)
            self.show_notice(self._bounds_text())
        before, old = self.anchor, self.visible_days()
        self.anchor = day
        if self.visible_days() == old:
            self._update_title()
            if self.mode == AGENDA:
                self._scroll_agenda_to(day)
            return True
        self.anchor = before
        if not self._go(day, self.mode):
            return False
        if self.mode == AGENDA:
            self._scroll_agenda_to(day)
        return True

    def _go(self, anchor: _dt.date, mode: str) -> bool:
        """Read and show the period of ``anchor`` in ``mode``.  If the database cannot be
        read, the period, the view and its button, the title and the date field stay as
        they were (the calendar shows what it showed), and the notice says why."""
        before = self.anchor, self.mode
        self.anchor, self.mode = anchor, mode
        if self.refresh():
            return True
        self.anchor, self.mode = before
        self._update_title()
        self._check_view_button()
        return False

    def _bounds_text(self) -> str:
        return self.tr("MediaDesk plans posts from {earliest} to {latest}.").format(
            earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.set_anchor(self.anchor + _dt.timedelta(days=7 * direction))
        else:
            month = self.anchor.replace(day=1)
            if direction > 0:
                month = (month + _dt.timedelta(days=32)).replace(day=1)
            else:
                month = (month - _dt.timedelta(days=1)).replace(day=1)
            self.set_anchor(month)

    def go_today(self) -> None:
        self.jump_to(_dt.date.today())

    def jump_to(self, day: _dt.date) -> None:
        """Show ``day`` and put the keyboard focus on it."""
        if not self.set_anchor(day):
            return
        grid = self.current_grid()
        if grid is not None:
            grid.set_focus_day(day)
            if self.mode == WEEK:
                self._scroll_week_to(self.week_grid.focus_slot)
        elif self.mode == AGENDA:
            for i, card in enumerate(self.agenda_model.cards):
                if card.local is not None and card.local.date() >= day:
                    self.agenda_view.selectRow(i)
                    break

    def _date_chosen(self, qdate: QDate) -> None:
        self.jump_to(_dt.date(qdate.year(), qdate.month(), qdate.day()))

    def _week_start_slot(self) -> int:
        """The focused half-hour, or an earlier one if a post of the week starts earlier."""
        slots = [c.local.hour * 2 + c.local.minute // 30
                 for cards in self.week_grid.cards_by_day.values() for c in cards
                 if c.local is not None]
        return min([self.week_grid.focus_slot, *slots])

    def theme_changed(self, palette) -> None:
        """The system switched between a light and a dark theme (``MainWindow``)."""
        self.look.read_palette(palette)
        for grid in self._grids():
            grid.update()
        if self._week is not None:
            self.week_header.update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self.mode == WEEK:  # the scroll area has its size only now
                QTimer.singleShot(0, self,
                                  lambda: self._scroll_week_to(self._week_start_slot()))
        elif not event.spontaneous():  # back from another screen (not from a minimised window)
            # Anything changed meanwhile (here on the Team screen or in the inbox, or on
            # another PC): the filters, names and colours and the posts as they are now.
            self._refresh_if_changed(self.reload)

    def _refresh_if_changed(self, read=None) -> bool:
        """Something was changed since the posts were read (a post approved in the inbox, a
        colleague's post on another PC, an event, a rule, a platform or a person): ``read``
        them again (``refresh``, with the warnings; ``reload``, the team too, as F5 does).
        Every change a service makes is audited, so the latest audit id tells. Looked at
        each minute and on coming back to the calendar; not while a card is dragged or the
        screen is hidden. True if it read them."""
        from models.audit import latest_id

        if self._drag is not None or self._importing or not self.isVisible():
            return False
        try:
            changed = latest_id() != getattr(self, "_seen", None)
        except DomainError:  # the database cannot be read now: the next look tries again
            return False
        return bool(changed and (read or self.refresh)())

    def _scroll_week_to(self, slot: int) -> None:
        self.week_scroll.verticalScrollBar().setValue(
            max(0, (slot - 2) * self.week_grid.slot_height()))

    def _filters_changed(self) -> None:
        self.refresh_posts()

    # -- selection ---------------------------------------------------------------------------
    def selected_card(self) -> Card | None:
        if self.unscheduled_panel.hasFocus():
            return self.unscheduled_panel.current_card()
        if self.mode == AGENDA:
            index = self.agenda_view.currentIndex()
            return self.agenda_model.card(index.row()) if index.isValid() else None
        grid = self.current_grid()
        card = grid.selected_card() if grid is not None else None
        return card or self.unscheduled_panel.current_card()

    # -- moving ------------------------------------------------------------------------------
    def move_card(self, card: Card, when_local: _dt.datetime | None) -> bool:
        """Reschedule ``card`` to ``when_local`` (None: unschedule); saved at once, undoable."""
        before = card.row.planned_at
        after = to_utc(when_local)
        if before == after:
            return False
        version = self.save_move(card.row.id, card.row.version, after)
        if version is None:
            return False
        self.undo_stack.push(MoveCommand(self, card.row.id, card.row.title, before, after,
                                         version))
        return True

    def save_move(self, post_id: int, version: int, after: _dt.datetime | None,
                  title: str | None = None) -> int | None:
        """Save one move through the service; show it, or say why not. The new version or None.

        ``title``: the post's, for the notice when it was deleted since (an undo or redo of
        an earlier move)."""
        row = self.rows.get(post_id) or self.unscheduled.get(post_id)
        try:
            self.move_refusal = None
            new_version = post_service.move_post(self.user, post_id, version, after)
        except ConflictError as exc:
            self.move_refusal = exc
            self.show_notice(str(exc) + " " + self.tr("The calendar now shows the latest plan."))
            self.refresh()
            return None
        except NotFound as exc:
            self.move_refusal = exc
            self.show_notice(self.tr("\u201c{title}\u201d has been deleted, so it cannot be "
                                     "moved any more.").format(title=quoted(title))
                             if title else str(exc))
            self.refresh()
            return None
        except DomainError as exc:
            self.move_refusal = exc
            self.show_notice(str(exc))
            return None
        self.notice.hide()
        if row is None:
            self.refresh()
            return new_version
        moved = row._replace(planned_at=after, version=new_version)
        self.rows.pop(post_id, None)
        was_unscheduled = self.unscheduled.pop(post_id, None) is not None
        if after is None:
            self.unscheduled = {post_id: moved, **self.unscheduled}
        else:
            first, last = self.visible_days()
            if _day_start_utc(first) <= after < _day_start_utc(last + _dt.timedelta(days=1)):
                self.rows[post_id] = moved
        if after is None or was_unscheduled:
            self.unscheduled_panel.set_cards([Card(r, None) for r in self.unscheduled.values()])
        grid = self.current_grid()
        if grid is not None:
            grid.selected_id = post_id
        self._show_rows()
        QTimer.singleShot(0, self, self.refresh_warnings)
        self.changed.emit()
        return new_version

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._place_notice()
        self._notice_timer.start()

    # DragHost ----------------------------------------------------------------------------------
    def drag_started(self, card: Card, source: QWidget, global_pos: QPoint) -> None:
        self._drag = card
        QApplication.setOverrideCursor(Qt.CursorShape.ClosedHandCursor)

    def _target_at(self, global_pos: QPoint):
        """(kind, local time, grid, rect) under the pointer: kind "grid" or "panel"; or None."""
        card = self._drag
        panel = self.unscheduled_panel.viewport()
        if panel.isVisible() and panel.rect().contains(panel.mapFromGlobal(global_pos)):
            return "panel", None, None, None
        grid = self.current_grid()
        if grid is None or not grid.isVisible():
            return None
        if self.mode == WEEK:
            viewport = self.week_scroll.viewport()
            if not viewport.rect().contains(viewport.mapFromGlobal(global_pos)):
                return None
        pos = grid.mapFromGlobal(global_pos)
        if not grid.rect().contains(pos):
            return None
        found = grid.drop_time_at(pos, card)
        if found is None:
            return None
        when, rect = found
        return "grid", when, grid, rect

    def drag_moved(self, global_pos: QPoint) -> None:
        if self._drag is None:
            return
        target = self._target_at(global_pos)
        grid = self.current_grid()
        if grid is not None:
            grid.show_drop_indicator(target[3] if target and target[0] == "grid" else None)
        self.unscheduled_panel.show_drop_highlight(bool(target and target[0] == "panel"))

    def drag_finished(self, global_pos: QPoint) -> None:
        card, target = self._drag, (self._target_at(global_pos) if self._drag else None)
        self.drag_cancelled()
        if card is None or target is None:
            return
        kind, when = target[0], target[1]
        self.move_card(card, None if kind == "panel" else when)

    def drag_cancelled(self) -> None:
        self._drag = None
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        for grid in self._grids():
            grid.show_drop_indicator(None)
        self.unscheduled_panel.show_drop_highlight(False)

    # -- dialogs -----------------------------------------------------------------------------
    def _open_dialogs(self) -> list[QWidget]:
        """The dialogs this screen opened that are still open.  A closed one is deleted
        (WA_DeleteOnClose): asking it anything raises RuntimeError."""
        alive = []
        for dialog in self._dialogs:
            try:
                if dialog.isVisible():
                    alive.append(dialog)
            except RuntimeError:  # deleted
                continue
        return alive

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs = self._open_dialogs()
        self._dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    @property
    def dialog(self) -> QWidget | None:
        """The dialog this screen opened last, while it is open (for tests)."""
        alive = self._open_dialogs()
        return alive[-1] if alive else None

    def open_selected(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.open_post(card.row.id)

    def open_post(self, post_id: int) -> None:
        from views.post_editor import PostEditor

        try:
            post = post_service.get_post(post_id)
        except DomainError as exc:
            self.show_notice(str(exc))
            if not isinstance(exc, DatabaseProblem):  # gone meanwhile: the calendar without it
                self.refresh()
            return
        editor = self._keep(PostEditor(self.user, post, self))
        editor.saved.connect(self._post_saved)
        editor.deleted.connect(self._post_deleted)
        if hasattr(editor, "duplicated"):
            editor.duplicated.connect(self._post_saved)
        editor.open()

    def create_post(self, when_local: _dt.datetime | None) -> None:
        from views.post_editor import PostEditor

        if not self.writes:
            self.show_notice(self._not_a_writer())
            return
        if when_local is not None and not is_supported_day(when_local.date()):
            # A day of January 2100 at the end of December 2099's grid: the editor had
            # opened on 2099-12-31 23:59, a time nobody chose.
            self.show_notice(self._bounds_text())
            return

        platform_ids = self.filters["platforms"].selected()
        platform_id = next(iter(platform_ids)) if platform_ids else None
        editor = self._keep(PostEditor(self.user, None, self, planned_at=to_utc(when_local),
                                       platform_id=platform_id))
        editor.saved.connect(self._post_saved)
        editor.open()

    @property
    def writes(self) -> bool:
        """Whether the person writes posts (may plan, move, delete and import them)."""
        return bool(self.user.roles & post_service.WRITER_ROLES)

    def _not_a_writer(self) -> str:
        return self.tr("You can look at the calendar but not plan posts: only content, channel "
                       "and promotion specialists and the operations manager write them.")

    def _post_saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit()

    def move_selected(self) -> None:
        """The keyboard way to do every drag: choose a date and time (or "unscheduled")."""
        from views.post_editor import MoveToDialog

        card = self.selected_card()
        if card is None:
            self.show_notice(self.tr("Select a post first (click it, or use the arrow keys and "
                                     "Tab), then choose Move to…"))
            return
        try:
            post = post_service.get_post(card.row.id)
        except DomainError as exc:
            self.show_notice(str(exc))
            return
        dialog = self._keep(MoveToDialog(post, self))
        dialog.chosen.connect(lambda when, c=card: self.move_card(c, to_local(when)))
        dialog.open()

    def delete_selected(self):
        """Delete the selected post, after a question naming it; returns the question (or
        None when nothing is selected or deleting it is refused: the notice says why)."""
        from views.post_editor import delete_question

        card = self.selected_card()
        if card is None:
            self.show_notice(self.tr("Select a post first (click it, or use the arrow keys and "
                                     "Tab), then choose Delete…"))
            return None
        try:
            post = post_service.get_post(card.row.id)
            post_service.check_delete(self.user, post.id)
        except DomainError as exc:
            self._delete_refused(exc)
            return None
        box = self._keep(delete_question(post, self))
        box.finished.connect(lambda _r, b=box, p=post: b.confirmed() and self.delete_post(p))
        box.open()
        return box

    def delete_post(self, post) -> bool:
        """Delete ``post`` (the version the question showed) through the service; say so."""
        try:
            post_service.delete_post(self.user, post.id, post.version)
        except DomainError as exc:
            self._delete_refused(exc)
            return False
        self._post_deleted(post.id, post.title)
        return True

    def _delete_refused(self, exc: DomainError) -> None:
        """Say why a deletion was refused; a vanished or newer post: the calendar as now."""
        if isinstance(exc, ConflictError):
            self.show_notice(str(exc) + " " + self.tr("The calendar now shows the latest plan."))
        else:
            self.show_notice(str(exc))
        if isinstance(exc, (ConflictError, NotFound)):
            self.refresh()

    def _post_deleted(self, post_id: int, title: str) -> None:
        """A post was deleted here or in its editor: the calendar and its warnings without it.
        Its moves stay on the undo stack; undoing one says the post is gone."""
        self.rows.pop(post_id, None)
        self.unscheduled.pop(post_id, None)
        self.refresh()
        self.show_notice(self.tr("Deleted \u201c{title}\u201d.").format(title=quoted(title)))
        self.changed.emit()

    def view_of_keyboard_day(self, mode: str) -> None:
        """Ctrl+1, Ctrl+2, Ctrl+3: that view of the day the keyboard is on in the grid (the
        week view: every post of it, as "+N more" shows with the mouse).  Ctrl+2 had shown
        the week of the month's anchor, whatever day the arrows had gone to, and the posts
        past a day's last line had no keyboard way to them but the agenda."""
        grid = self.current_grid()
        day = grid.focus_day if grid is not None else None
        if mode == WEEK and day is not None:
            self.open_day(day)
            return
        if self.set_mode(mode, day) and day is not None and self.current_grid() is not None:
            self.current_grid().set_focus_day(day)
        self.focus_view()

    def open_day(self, day: _dt.date) -> None:
        """ "+N more": every post of the day, in the week view, focused on that day."""
        if not self.set_mode(WEEK, day):
            return
        self.week_grid.focus_day = day
        cards = self.week_grid.cards_by_day.get(day, [])
        if cards and cards[0].local is not None:
            slot = cards[0].local.hour * 2 + cards[0].local.minute // 30
            self.week_grid.focus_slot = slot
            self._scroll_week_to(slot)
        self.week_grid.setFocus()

    def show_in_agenda(self, card: Card) -> None:
        """The week view's "+N": the agenda lists every post, with this one selected."""
        if not self.set_mode(AGENDA, card.local.date()):
            return
        for i, shown in enumerate(self.agenda_model.cards):
            if shown.row.id == card.row.id:
                self.agenda_view.selectRow(i)
                self.agenda_view.scrollTo(self.agenda_model.index(i, 0))
                break
        self.agenda_view.setFocus()

    def open_events(self) -> None:
        """The events whose deadlines the calendar checks (rules C3, C4)."""
        from views.event_dialogs import EventsDialog

        self._open_changing(EventsDialog)

    def open_holidays(self) -> None:
        """The team's holidays and working days for the years chinesecalendar does not
        know (rule C3); after a save the warnings are judged again."""
        from views.workday_dialog import HolidaysDialog

        self._open_changing(HolidaysDialog)

    def _open_changing(self, dialog_class) -> None:
        """Open ``dialog_class(user, self)``, a dialog that reads the database as it is made
        (a failure is the notice's) and whose ``changed`` has the calendar read again."""
        with reporting(self.show_notice) as attempt:
            dialog = dialog_class(self.user, self)
        if attempt.failed:
            return
        dialog = self._keep(dialog)
        dialog.changed.connect(self._post_saved)
        dialog.open()

    def open_rules(self) -> None:
        from views.post_editor import LimitsDialog

        with reporting(self.show_notice) as attempt:  # the dialog reads the rules
            dialog = LimitsDialog(self.user, self)
        if attempt.failed:
            return
        dialog = self._keep(dialog)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    # -- files -------------------------------------------------------------------------------
    def _save_name(self, title: str, name: str, pattern: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def export_ics(self) -> None:
        first, last = self.visible_days()
        path = self._save_name(self.tr("Export the calendar"), f"mediadesk-{first}-{last}.ics",
                               self.tr("iCalendar files (*.ics)"))
        if path:
            from models import planning

            with reporting(self.show_notice) as attempt, BusyCursor():  # 0.6 s: 1,100 posts
                data = planning.export_ics(first, last, self.post_filter())
            if not attempt.failed:
                self._write(path, data)

    def export_plan(self) -> None:
        first, last = self.visible_days()
        path = self._save_name(self.tr("Export the posting plan"),
                               f"posting-plan-{first}-{last}.csv",
                               self.tr("CSV files (*.csv)"))
        if path:
            from models import planning

            with reporting(self.show_notice) as attempt, BusyCursor():
                data = planning.export_plan(first, last, self.post_filter())
            if not attempt.failed:
                self._write(path, data)

    def _write(self, path: str, data: bytes) -> None:
        try:
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The file could not be written: {reason}")
                                .format(reason=os_reason(exc)))
            return
        self.show_notice(self.tr("Saved {path}.").format(path=path))

    def import_plan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a posting plan"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Import the posting plan in the CSV file ``path``; True if the file was accepted
        (also when every post in it was in the plan already).

        The import runs in a ``PlanImportWorker`` behind a window-modal progress dialog
        with a Cancel button; this returns when it is done, the window painting meanwhile.
        A rejected file opens the "Not imported" box: a summary and the first problems,
        every problem in its details (a scrolling text to read or copy).
        """
        if self._importing:
            return False
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            self.show_notice(self.tr("The file could not be read: {reason}")
                             .format(reason=os_reason(exc)))
            return False
        worker = self._run_import(data)
        waiting, self._waiting = self._waiting, set()
        if "reload" in waiting:
            self.reload()
        elif "refresh" in waiting or worker.result is not None:
            self.refresh()
        if worker.result is None:
            if worker.cancelled:
                self.show_notice(self.tr("The import was cancelled; nothing was changed."))
            elif isinstance(worker.error, DomainError):
                self._show_rejection(worker.error)
            elif worker.error is not None:
                raise worker.error  # a defect: the application's error dialog shows it
            return False
        created, skipped = len(worker.result.created), worker.result.skipped
        self.changed.emit()
        notice = self.tr("Imported %n post(s).", "", created)
        if skipped:
            notice += " " + self.tr("%n post(s) already in the plan were skipped.", "", skipped)
        self.show_notice(notice)
        return True

    def _run_import(self, data: bytes):
        """The finished ``PlanImportWorker`` that imported ``data``."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QProgressDialog

        from views.plan_import import PlanImportWorker  # QThread's type: not at start-up

        worker = PlanImportWorker(self.user, data)
        dialog = QProgressDialog(self)  # its Cancel button is Qt's, translated by Qt
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.tr("Import posting plan"))
        dialog.setLabelText(self.tr("Importing the posting plan\u2026"))
        # Modal from the first moment: nothing on the screen can change the plan meanwhile.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # busy until the rows are read and the writing starts
        dialog.canceled.connect(worker.cancel)
        worker.progressed.connect(self._import_progressed)  # queued: a slot of this screen
        loop = QEventLoop()
        worker.finished.connect(loop.quit)
        self._import_dialog = dialog
        self._importing = True
        try:
            worker.start()
            dialog.show()
            loop.exec()
        finally:
            worker.wait()  # the loop also ends when the application quits
            self._importing = False
            self._import_dialog = None
            dialog.close()
            dialog.deleteLater()
        return worker

    @Slot(int, int)
    def _import_progressed(self, done: int, total: int) -> None:
        dialog = self._import_dialog
        if dialog is not None and not dialog.wasCanceled():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

    def _show_rejection(self, exc: DomainError) -> None:
        """The "Not imported" box: short enough for any screen, every problem reachable."""
        from PySide6.QtWidgets import QMessageBox

        from models.post_csv import PlanRejected

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not imported"), str(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("importRejectedBox")
        if isinstance(exc, PlanRejected):
            problems = exc.describe_all()
            lines = [line for line in exc.lines if line > 0]
            box.setText(self.tr("The file was not imported; nothing was changed."))
            info = []
            if lines:
                info.append(self.tr("%n line(s) of the file need correcting:", "", len(lines)))
            info += problems[:SHOWN_PROBLEMS]
            hidden = len(problems) - SHOWN_PROBLEMS
            if hidden > 0:
                info.append(self.tr("\u2026 and %n more problem(s). The details list every "
                                    "problem, to read or copy.", "", hidden))
                box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(info))
        self._keep(box)
        box.open()
