"""The approval inbox (issue 4, rules P1-P6): what waits for me, my posts, every post.

Three lists on the left, one post on the right (``views.review_pane``):

- "Waiting for me" (``reviews.waiting_for``): the posts I must decide on or act on,
  most urgent first; its count is the navigation badge;
- "Mine" (``reviews.mine``): my posts and where each stands;
- "All posts" (``reviews.all_posts``), for the operations manager and the general
  manager: thousands of rows on a busy team, read a page at a time.

A decision made here updates the lists at once without reading them again: the
post's fresh line (``reviews.item_for``) replaces or removes its row, the badge is
counted (``reviews.inbox_counts``) and the next post is shown.  What colleagues do
arrives by polling ``reviews.activity_mark()`` (the latest decision, comment and post
deletion) every few seconds while the screen is visible (a cheap check); when it moves,
the lists are read again, keeping the selection and whatever is typed in the pane (a post deleted
meanwhile leaves the pane empty, with a note saying so).
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QItemSelectionModel, QTimer, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from models import platforms as platform_service
from models import reviews
from models import users as user_service
from models.errors import DomainError, PermissionDenied
from models.inbox import Reason
from models.roles import Role
from models.timeutil import utcnow
from models.users import UserInfo
from models.workflow import Stage
from ui.failures import reporting, shows_problems
from ui.widgets import column_width, heading_width, label, quoted, without_access_key
from views.inbox_models import (InboxDelegate, InboxModel, PagedInboxModel, urgent_colour,
                                when_text)
from views.review_pane import ReviewPane

WAITING, MINE, ALL = "waiting", "mine", "all"
POLL_MS = 4000


def widest_when(fm: QFontMetrics) -> int:
    """The width of the widest planned time ``when_text`` writes, in ``fm``'s font: "Today",
    "Tomorrow" and "Yesterday" with a time (明天 is short, "Yesterday" is not), "12-05
    12:00", "2027-01-05 12:00" another year, "Unscheduled"; each digit as the font's widest,
    so that no day or time is wider than the one measured."""
    now = utcnow()
    texts = [when_text(None)] + [when_text(now + _dt.timedelta(days=days), now)
                                 for days in (0, 1, -1, 3, 400)]
    digit = max("0123456789", key=fm.horizontalAdvance)
    return max(fm.horizontalAdvance("".join(digit if c.isdigit() else c for c in text))
               for text in texts)


class InboxTable(QTableView):
    """A list of posts that says something useful when it is empty."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.empty_text = empty_text
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        # Column widths: each column's own (``natural``, set by the screen), the title the
        # rest; where the list is too narrow for all of them, the stage, platform and "to
        # do" columns give way (they elide) so that the title keeps eight ems.  Once a
        # person has resized a column, their widths stay.
        self.natural: dict[int, int] = {}
        self.user_sized = False
        self._applied: dict[int, int] = {}
        # Why the list could not be read, while it has never been: said instead of
        # ``empty_text`` (which would claim that nothing waits).
        self.problem = ""

    def fit_columns(self) -> None:
        if not self.natural or self.user_sized:
            return
        header, fm = self.horizontalHeader(), self.fontMetrics()
        shown = {s for s in self.natural if not self.isColumnHidden(s)}
        if any(header.sectionSize(s) != w for s, w in self._applied.items() if s in shown):
            self.user_sized = True  # a person dragged a column's edge: theirs from now on
            return
        em = fm.horizontalAdvance("M")
        widths = {s: self.natural[s] for s in shown}
        # Not on screen yet: its own widths (the list is fitted to its room when shown).
        room = self.viewport().width() if self.isVisible() else sum(widths.values()) + em * 8
        # Down to their headings first, then (a very narrow list) to three ems each.  Where
        # the stage is shown (my posts, all posts) "to do" gives way first: it is empty on
        # most of those rows and in full in its tooltip, while a stage cut to "已…" no
        # longer tells 已审核通过 from 已退回 or 已发布.  Waiting for me, "to do" is what
        # the list is for, and gives way last.
        order = ((InboxModel.TODO, InboxModel.PLATFORM, InboxModel.STAGE)
                 if InboxModel.STAGE in widths else (InboxModel.PLATFORM, InboxModel.TODO))
        give_way = [s for s in order if s in widths]
        over = sum(widths.values()) + em * 8 - room
        for floor in (lambda s: max(em * 4, heading_width(self, s)), lambda s: em * 3):
            for section in give_way:
                if over <= 0:
                    break
                give = max(0, min(over, widths[section] - floor(section)))
                widths[section] -= give
                over -= give
        for section, width in widths.items():
            if header.sectionSize(section) != width:
                header.resizeSection(section, width)
        self._applied = widths
        # Still too narrow (a 150 % laptop): the title keeps its eight ems all the same, and
        # the columns after it scroll into view, instead of the title shrinking to "…".
        title = InboxModel.TITLE
        squeezed = over > 0
        mode = (QHeaderView.ResizeMode.Interactive if squeezed
                else QHeaderView.ResizeMode.Stretch)
        if header.sectionResizeMode(title) != mode:
            header.setSectionResizeMode(title, mode)
        if squeezed and header.sectionSize(title) != em * 8:
            header.resizeSection(title, em * 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        text = self.problem or self.empty_text
        if model is not None and model.rowCount() == 0 and text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), text)
            painter.end()


class _PagedModel(PagedInboxModel):
    """A long list whose next page, read when the view scrolls to its end, may not be
    readable (the team server is down): ``problem(text)`` says why, the rows stay, and
    the next scroll to the end tries again."""

    def __init__(self, problem, parent: QWidget | None = None):
        super().__init__(parent)
        self._problem = problem

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        with reporting(self._problem):
            super().fetchMore(parent)


class _Views(dict):
    """The lists' tables by kind, each built on first use by ``make(kind)``."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, kind: str):
        view = self[kind] = self._make(kind)
        return view


class InboxScreen(QWidget):
    """The approval inbox for one logged-in person.

    ``changed``: a decision, comment or edit was saved here.  ``count_changed(int)``: the
    number of posts waiting for the person (the navigation badge).
    """

    changed = Signal()
    count_changed = Signal(int)

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inboxScreen")
        self.user = user
        self.count: int | None = None
        self._mark: tuple[int, int] | None = None
        self._hours = 24  # the team's urgency window, as read with the lists
        self._shown_before = False
        self._loaded: set[str] = set()
        self._quiet = False  # selection changes made by the screen itself
        self._pane_pending = True  # the first post is shown right after the first paint
        self._platforms: dict[int, str] = {}
        self._platforms_fitted = False  # the platform column, once the names are known
        self._names_read = False
        self._build()
        self.reload()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    # -- building ----------------------------------------------------------------------------
    @property
    def sees_all(self) -> bool:
        """Whether to offer "All posts" (the service decides: ``all_posts``)."""
        return bool(self.user.roles & {Role.OPERATIONS_MANAGER, Role.GENERAL_MANAGER})

    def _build(self) -> None:
        title = label(self.tr("Approval inbox"), "heading", wrap=False)
        title.setObjectName("inboxTitle")
        self.summary = label("", "note")
        self.summary.setObjectName("inboxSummary")
        self.rules_button = QPushButton(self.tr("Re&view rules…"), self)
        self.rules_button.setObjectName("reviewRulesButton")
        self.rules_button.setAutoDefault(False)
        self.rules_button.setToolTip(self.tr("The sensitive-word list (rule P4) and how many "
                                             "hours before its time a post becomes urgent"))
        self.rules_button.clicked.connect(lambda _c=False: self.open_rules())
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.rules_button)

        # "Waiting for me" is read a page at a time too: a manager may have thousands.
        self.models: dict[str, InboxModel] = {WAITING: _PagedModel(self.say_problem, self),
                                              MINE: InboxModel(self)}
        empty = {WAITING: self.tr("Nothing waits for you. Posts to review, to confirm, to "
                                  "change or to publish, and comments that mention you, "
                                  "appear here."),
                 MINE: self.tr("You have no posts on their way. Posts you write appear here "
                               "with where each stands."),
                 ALL: self.tr("No post is on its way.")}
        tabs = {WAITING: self.tr("Wa&iting for me"), MINE: self.tr("Mi&ne"),
                ALL: self.tr("A&ll posts")}
        self.kinds = [WAITING, MINE]
        if self.sees_all:
            self.models[ALL] = _PagedModel(self.say_problem, self)
            self.kinds.append(ALL)
        self.tab_texts, self.empty_texts = tabs, empty
        self.delegate = InboxDelegate(self)
        # Built child-first inside the splitter: a widget moved to a new parent is given
        # its font, palette and style again.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("inboxTabs")
        self.tabs.setDocumentMode(True)
        # A list's table is built when it is first shown (``_Views``): opening the inbox
        # builds "Waiting for me" only.
        self.views: dict[str, InboxTable] = _Views(self._make_view)
        self._pages: dict[str, QWidget] = {}
        for kind in self.kinds:
            page = self._pages[kind] = QWidget(self.tabs)
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, tabs[kind])
        self.views[WAITING]  # noqa: B018 - built now: it is the page in view
        self.tabs.currentChanged.connect(self._tab_changed)

        self.pane = ReviewPane(self.user, self.splitter)
        self.pane.decided.connect(lambda info, _move: self._after_change(info.id))
        self.pane.commented.connect(self._after_change)
        self.pane.edited.connect(lambda info: self._after_change(info.id))
        self.pane.outdated.connect(self._outdated)
        self.pane.seen.connect(self._seen)
        self.addActions(self.pane.shortcut_actions())

        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        em = self.fontMetrics().horizontalAdvance("M")
        # The list: room for its urgency, time and title columns; the pane: as narrow as its
        # post allows (``ReviewPane.minimumSizeHint``: it wraps, and never cuts off).
        self.tabs.setMinimumWidth(em * 24)
        self.splitter.setSizes([em * 52, em * 44])  # the list: room for the titles

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)

        reload_action = QAction(self.tr("Reload"), self)
        reload_action.setObjectName("inboxReload")
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload_action.triggered.connect(lambda _c=False: self.reload())
        self.addAction(reload_action)

    def _make_view(self, kind: str) -> "InboxTable":
        """The table of one list, in its tab's page."""
        page = self._pages[kind]
        view = InboxTable(f"{kind}Table", self.empty_texts[kind], page)
        view.setItemDelegate(self.delegate)
        view.setModel(self.models[kind])
        view.setAccessibleName(without_access_key(self.tab_texts[kind]))
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous, k=kind: self._current_changed(k, current))
        view.clicked.connect(lambda index, k=kind: self._clicked(k, index))
        view.activated.connect(lambda index, k=kind: self._clicked(k, index))
        self._fit(view)
        # What each list needs most: "to do" says more than the stage about a post waiting
        # for me; my own posts need no writer.
        if kind == WAITING:
            view.setColumnHidden(InboxModel.STAGE, True)
        elif kind == MINE:
            view.setColumnHidden(InboxModel.WRITER, True)
        page.layout().addWidget(view)
        page.setFocusProxy(view)
        return view

    def open_rules(self):
        """The review rules (sensitive words, urgency window); the lists follow a change."""
        from views.review_rules import ReviewRulesDialog

        with reporting(self.say_problem) as attempt:  # the dialog reads the rules
            dialog = ReviewRulesDialog(self.user, self)
        if attempt.failed:
            return None
        dialog.accepted.connect(lambda: self.reload(keep_message=True))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def _fit(self, view: QTableView) -> None:
        """Column widths from the font (no pass over the rows); the title takes the rest."""
        fm = view.fontMetrics()
        em = fm.horizontalAdvance("M")
        model = view.model()
        header = view.horizontalHeader()
        bold = QFont(view.font())
        bold.setBold(True)
        words = QFontMetrics(bold)
        urgent = max(words.horizontalAdvance(QCoreApplication.translate("InboxModel", w))
                     for w in ("Overdue", "Urgent"))
        title = fm.horizontalAdvance(model.headerData(InboxModel.URGENCY,
                                                      Qt.Orientation.Horizontal) or "")
        widths = {InboxModel.URGENCY: max(urgent + 16 + 4, title) + 18,
                  InboxModel.PLANNED: widest_when(fm) + 18,
                  InboxModel.PLATFORM: self._platform_width(view),
                  # The longest stage in full ("待总经理确认"), at most 12 ems.
                  InboxModel.STAGE: column_width(view, InboxModel.STAGE,
                                                 [stage.label for stage in Stage], em * 12),
                  InboxModel.WRITER: em * 4 + 10,
                  # The longest thing to do in a word or two ("重新提交"), at most 8 ems.
                  InboxModel.TODO: column_width(view, InboxModel.TODO,
                                                [r.short_label for r in Reason], em * 8)}
        for section in widths:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InboxModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(em * 3)
        view.natural = widths
        view.fit_columns()
        view.verticalHeader().setDefaultSectionSize(fm.height() + 10)

    def _platform_width(self, view: QTableView) -> int:
        """The team's longest platform name (known from the first reload on), in full."""
        em = view.fontMetrics().horizontalAdvance("M")
        if not self._platforms:
            return em * 6
        return column_width(view, InboxModel.PLATFORM, self._platforms.values(), em * 10)

    # -- state -------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kinds[max(0, self.tabs.currentIndex())]

    def focus_view(self) -> None:
        """The keyboard to the list shown."""
        self.views[self.current_kind()].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self, kind: str) -> None:
        self.tabs.setCurrentIndex(self.kinds.index(kind))

    def selected_post_id(self, kind: str | None = None) -> int | None:
        view = self.views[kind or self.current_kind()]
        index = view.currentIndex()
        if not index.isValid():
            return None
        item = self.models[kind or self.current_kind()].item(index.row())
        return item.post_id if item is not None else None

    def select_post(self, post_id: int, kind: str | None = None) -> bool:
        """Select the post in a list (and show it); False if it is not listed there."""
        kind = kind or self.current_kind()
        row = self.models[kind].row_of(post_id)
        if row < 0:
            return False
        self._select_row(kind, row)
        return True

    def _select_row(self, kind: str, row: int, quiet: bool = False) -> None:
        view, model = self.views[kind], self.models[kind]
        if not 0 <= row < model.rowCount():
            return
        index = model.index(row, InboxModel.URGENCY)
        self._quiet = quiet
        try:
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False
        view.scrollTo(index)

    # -- when the database cannot be read ----------------------------------------------------
    # Every read below goes through ``reporting``: the pane's message bar says why (a list
    # never read says it in its place too), the lists and the pane keep what they showed,
    # and the next F5, click or scroll reads again.
    def say_problem(self, text: str) -> None:
        """Why something could not be read, at the top of the pane."""
        self.pane.message_bar.say(text)

    def _list_problem(self, text: str) -> None:
        """The list in view could not be read: said in the pane (and in the list while it
        has nothing to show)."""
        view = self.views[self.current_kind()]
        view.problem = text
        view.viewport().update()
        self.say_problem(text)

    def _pane_problem(self, text: str) -> None:
        """The post chosen could not be read: the pane shows no other post, only why."""
        self.pane.show_post(None)
        self.say_problem(text)

    # -- loading -----------------------------------------------------------------------------
    @shows_problems("_list_problem")
    def reload(self, keep_message: bool = False) -> bool:
        """Names, the list in view (the others when they are next shown), the count; False
        if the database could not be read (the message bar says why)."""
        if not self._pane_pending:  # opening: the person has just been read at log-in
            try:
                self.user = user_service.get_user(self.user.id)
            except DomainError:
                pass  # keep the last known roles; the services refuse anyway
            self.pane.user = self.user
        platforms = {p.id: p.name for p in platform_service.list_platforms()}
        for model in self.models.values():
            model.set_platforms(platforms)
        self._platforms, self._names_read = platforms, False  # the rest: with a post
        if not self._platforms_fitted:  # lists built before the names were known: fit them
            self._platforms_fitted = True
            for view in self.views.values():
                view.natural[InboxModel.PLATFORM] = self._platform_width(view)
                view.fit_columns()
        # Where the history stood, for the polling: read before the lists (0.3 ms), so
        # that a colleague's decision made while they are read, or before the first paint,
        # is found at the next poll (a mark taken after the paint had hidden it until
        # someone did something else); kept only once the list is read, so that the
        # polling reads it if this did not.
        mark = reviews.activity_mark()
        self._loaded.clear()
        kind = self.current_kind()
        self._load(kind)
        self._mark = mark
        if kind != WAITING:
            self._count()
        self._show_selected(kind, keep_message=keep_message)
        return True

    def _load(self, kind: str) -> None:
        """Read one list again, keeping its selected post if it is still there.  Raises
        DomainError if it cannot be read; the list then shows what it showed."""
        model, now = self.models[kind], utcnow()
        keep = self.selected_post_id(kind)
        self._quiet = True
        try:
            if kind == WAITING:
                user = self.user
                first, counts = reviews.waiting_page(user, now, limit=model.page_size)
                model.set_loader(lambda after, limit: reviews.waiting_for(
                    user, now, limit=limit, after=after), now, first)
                self._loaded.add(kind)
                self._count(now, counts)
            elif kind == MINE:
                model.set_items(reviews.mine(self.user, now), now)
            else:
                user = self.user
                try:  # the first page is read at once: refused for anyone but the managers
                    first = reviews.all_posts(user, now=now, limit=model.page_size)
                except PermissionDenied:
                    model.set_loader(None, now)
                else:
                    model.set_loader(lambda after, limit: reviews.all_posts(
                        user, now=now, limit=limit, after=after), now, first)
        finally:
            self._quiet = False
        self._hours = reviews.urgent_hours()  # when its lines will read otherwise (``poll``)
        self.views[kind].problem = ""
        self._loaded.add(kind)
        row = model.row_of(keep) if keep is not None else -1
        self._select_row(kind, row if row >= 0 else 0, quiet=True)

    def _read_names(self) -> None:
        """Columns and people for the pane (names, the @ menu), read once per reload."""
        if not self._names_read:
            people = user_service.list_users()
            columns = {c.id: c.name for c in platform_service.list_columns()}
            # Every name (the thread names people who have left since); the @ menu offers
            # the active ones only: a mention of anyone else would be dropped.
            self.pane.set_names(self._platforms, columns,
                                {u.id: u.display_name for u in people},
                                mentionable={u.id for u in people if u.active},
                                logins={u.id: u.login for u in people})
            self._names_read = True

    def _show_selected(self, kind: str, keep_message: bool = False) -> None:
        if self._pane_pending:  # opening: the list paints first (see paintEvent)
            return
        self._read_names()
        model = self.models[kind]
        index = self.views[kind].currentIndex()
        item = model.item(index.row()) if index.isValid() else None
        self.pane.show_post(item.post_id if item else None, item, keep_message=keep_message)

    def _count(self, now=None, counts: reviews.InboxCounts | None = None) -> None:
        """Count what waits for me (``reviews.inbox_counts``): the tab, the summary, the badge."""
        if counts is None:
            counts = reviews.inbox_counts(self.user, now)
        count, urgent = counts.waiting, counts.urgent
        self.tabs.setTabText(self.kinds.index(WAITING),
                             self.tr("Wa&iting for me ({n})").format(n=count) if count
                             else self.tab_texts[WAITING])
        if count == 0:
            text = self.tr("Nothing waits for you.")
        elif urgent:
            text = self.tr("%n post(s) wait for you, {urgent} of them urgent.", "", count) \
                .format(urgent=urgent)
        else:
            text = self.tr("%n post(s) wait for you.", "", count)
        self.summary.setText(text)
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)
            from ui import inbox_badge

            inbox_badge.publish_count(self.user.id, count)

    # -- reacting ----------------------------------------------------------------------------
    def _current_changed(self, kind: str, current: QModelIndex) -> None:
        if self._quiet or kind != self.current_kind():
            return
        item = self.models[kind].item(current.row()) if current.isValid() else None
        self._choose(item)

    def _choose(self, item) -> None:
        """Show the post the person picked (None: nothing)."""
        with reporting(self._pane_problem) as attempt:
            self._chosen_before_paint()
            self._read_names()
        if not attempt.failed:
            self.pane.show_post(item.post_id if item else None, item, chosen=True)

    def _clicked(self, kind: str, index: QModelIndex) -> None:
        """A click on the row already selected: show it if the pane does not yet, and
        count the person's mentions in it as seen."""
        item = self.models[kind].item(index.row()) if index.isValid() else None
        if item is None:
            return
        if self.pane.post is None or self.pane.post.id != item.post_id:
            self._choose(item)
        else:
            self.pane.acknowledge()

    def _chosen_before_paint(self) -> None:
        """The person picks a post (perhaps before the first paint has shown one): the pane
        shows it from now on, and what happens from now on arrives by polling."""
        self._pane_pending = False
        if self._mark is None:
            self._mark = reviews.activity_mark()

    def _tab_changed(self, _index: int) -> None:
        kind = self.current_kind()

        def problem(text: str) -> None:  # the list says why it is empty; the pane shows none
            self.pane.show_post(None)
            self._list_problem(text)

        with reporting(problem):
            if kind not in self._loaded:
                self._load(kind)
            self._show_selected(kind)

    @shows_problems("say_problem", None)
    def _after_change(self, post_id: int) -> None:
        """A decision, comment or edit on ``post_id`` was saved here: refresh its lines, the
        count, and show the post that is now selected (the next one, if it left the list)."""
        kind = self.current_kind()
        view = self.views[kind]
        row = view.currentIndex().row()
        item = reviews.item_for(self.user, post_id)
        self._quiet = True  # a removed row moves the selection: the pane is filled below
        try:
            for k, model in self.models.items():
                if k not in self._loaded:
                    continue
                if item is None or (k == WAITING and not item.reasons):
                    model.remove_post(post_id)
                elif not model.replace_item(item) and (k == WAITING or (
                        k == MINE and item.writer_id == self.user.id)):
                    self._loaded.discard(k)  # a new line: read the list when next shown
        finally:
            self._quiet = False
        if kind not in self._loaded:
            self._load(kind)
        self._count()
        self._mark = reviews.activity_mark()
        model = self.models[kind]
        still = model.row_of(post_id)
        target = still if still >= 0 else min(max(row, 0), model.rowCount() - 1)
        self._select_row(kind, target, quiet=True)
        # The keyboard goes back to the list if it was on a move button, which the decision
        # disables (Qt moved it on to "Edit post…", and Space opened the editor): whether
        # the post leaves the list (waiting for me) or stays in it (mine, all posts).  So
        # too after Return… or Mark as published… from its button: the keyboard is in their
        # form then, and the button is where the window's focus comes back to.
        back_to_list = any(isinstance(focus, QPushButton) and self.pane.isAncestorOf(focus)
                           for focus in (QApplication.focusWidget(), self.focusWidget()))
        if back_to_list:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        if still >= 0:
            self._show_selected(kind, keep_message=True)
            if back_to_list:  # the list may take it only once it is laid out again
                QTimer.singleShot(0, self, lambda: self.views[self.current_kind()].setFocus(
                    Qt.FocusReason.OtherFocusReason))
        else:
            # The post left the list: the list and the count show at once, the next post
            # right after (nothing more can be decided on the old one meanwhile).
            self.pane.freeze()
            QTimer.singleShot(0, self, lambda: self._show_selected(self.current_kind(),
                                                                   keep_message=True))
        self.changed.emit()

    @shows_problems("say_problem", None)
    def _outdated(self, post_id: int) -> None:
        """The post in the pane changed under it (a colleague decided first, it was refused,
        it is gone): read the lists again, and keep the post in the pane, as it is now, so the
        explanation and whatever was typed stay in view."""
        kind = self.current_kind()
        shown = self.pane.post is not None and self.pane.post.id == post_id
        self._mark = reviews.activity_mark()
        self._loaded.clear()
        self._load(kind)
        if kind != WAITING:
            self._count()
        if not shown:
            self._show_selected(kind, keep_message=True)
        elif self.models[kind].row_of(post_id) < 0:
            self._quiet = True
            try:
                self.views[kind].selectionModel().clear()
            finally:
                self._quiet = False

    @shows_problems("say_problem", None)
    def _seen(self, post_id: int) -> None:
        """My mentions in the post's thread were seen: its line and the count change."""
        item = reviews.item_for(self.user, post_id)
        if item is not None:
            for model in self.models.values():
                model.replace_item(item)
        self._count()

    def _out_of_date(self, now: _dt.datetime) -> bool:
        """Whether the clock has moved past what the list in view says (a post became
        urgent or overdue, the day words changed); a list out of view that has is read
        again when it is next shown."""
        current, stale = self.current_kind(), False
        for kind in list(self._loaded):
            when = self.models[kind].changes_at(self._hours, self.user.id)
            if when is not None and now >= when:
                if kind == current:
                    stale = True
                else:
                    self._loaded.discard(kind)
        return stale

    def poll(self) -> bool:
        """Read the lists again if anyone decided or commented since, or if time has moved
        on past what the list says ("Urgent", "Overdue", "Today"); True if so."""
        try:
            mark = reviews.activity_mark()
        except Exception:  # noqa: BLE001 - the database is away: try again at the next tick
            return False
        if self._mark is None:  # not painted yet: this is where the history stands
            self._mark = mark
            return False
        if mark == self._mark and not self._out_of_date(utcnow()):
            return False
        with reporting(self.say_problem) as attempt:
            shown = self.pane.post
            kind = self.current_kind()
            self._loaded.clear()
            self._load(kind)
            if kind != WAITING:
                self._count()
        if attempt.failed:
            return False  # the mark stays: the next tick reads the lists again
        self._mark = mark
        if shown is None:
            with reporting(self.say_problem):
                self._show_selected(kind, keep_message=True)
            return True
        # The post being read stays in the pane (with what was typed), as it is now; it
        # stays selected if it is still in the list.
        model = self.models[kind]
        row = model.row_of(shown.id)
        self._quiet = True
        try:
            if row >= 0:
                self._select_row(kind, row, quiet=True)
                self.pane.item = model.item(row)
            else:
                self.views[kind].selectionModel().clear()
        finally:
            self._quiet = False
        self.pane.reload(keep_message=True)
        if self.pane.post is None and self._deleted(shown.id):  # the pane says why it is empty
            self.pane.message_bar.say(self.tr("\u201c{title}\u201d has been deleted meanwhile; "
                                              "there is nothing more to do with it.")
                                      .format(title=quoted(shown.title)), role="note")
        elif self.pane.post is not None and self.pane.post.version != shown.version:
            self.pane.message_bar.say(self.tr("A colleague changed this post meanwhile; it is "
                                              "shown as it is now."), role="note")
        return True

    @staticmethod
    def _deleted(post_id: int) -> bool:
        """Whether the post no longer exists (not: the database could not be read)."""
        from models import posts as post_service
        from models.errors import NotFound

        try:
            post_service.get_post(post_id)
        except NotFound:
            return True
        except DomainError:
            return False
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._pane_pending:
            # The lists are on screen; the selected post follows at once (as the calendar's
            # warnings follow its first paint), so opening the inbox does not wait for it.
            QTimer.singleShot(0, self, self._first_post)

    def _first_post(self) -> None:
        pending, self._pane_pending = self._pane_pending, False  # once, even if it fails
        with reporting(self.say_problem):
            if self._mark is None:
                self._mark = reviews.activity_mark()
            if pending:
                self._show_selected(self.current_kind())

    def theme_changed(self, _palette) -> None:
        """The system switched between a light and a dark theme (``MainWindow``)."""
        for model in self.models.values():
            model.urgent = urgent_colour()
        for view in self.views.values():  # the lists built so far
            view.viewport().update()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.poll_timer.start()
        if self._shown_before:  # shown again (after another screen): look at once
            QTimer.singleShot(0, self, self.poll)
        self._shown_before = True

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.poll_timer.stop()
