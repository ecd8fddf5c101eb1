"""The planning rules' "Monthly" tab: rules C5 and C7, kept by the operations manager.

- C5: the posts each fixed column (an active column of an active platform) needs a
  month, "checked and refreshed every month"; 0 turns the check off.
- C7: each person's monthly quota of pieces.  A quota per role, and for a person who
  has one of their own, theirs (it replaces their roles'; "As their roles" shows what
  their roles give).

One team setting (``models.settings.MONTHLY_KEY``), versioned: the dialog saves it with
its other rows, and a colleague's save meanwhile is named and their values shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from models import settings
from models.cadence import MonthlyRules
from models.cadence_rules import MAX_MIN_POSTS
from models.roles import Role
from models.users import UserInfo, list_users
from models.workflow import WRITER_ROLES
from ui.widgets import by_name, label, roles_text

#: A person's quota spin box at this value follows their roles.
BY_ROLE = -1


class MonthlyPage(QWidget):
    """Spin boxes for C5's posts a column and C7's quotas; read-only unless ``editable``."""

    def __init__(self, editable: bool, heading, scrolled, parent: QWidget | None = None):
        """``heading(text)`` and ``scrolled(widget)``: the dialog's bold headings and its
        scroll areas, as its other tabs have them."""
        super().__init__(parent)
        self.setObjectName("monthlyPage")
        self.editable = editable
        self.roles = [role for role in Role if role in WRITER_ROLES]
        self.people = by_name([u for u in list_users(include_inactive=False)
                               if u.roles & WRITER_ROLES], lambda u: u.display_name)

        intro = label(self.tr("What each month asks for. The month view's warnings list what "
                              "falls short in its month."))
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(0, 1)
        row = 0
        grid.addWidget(heading(self.tr("Columns (rule C5)")), row, 0, 1, 2)
        row += 1
        self.column_posts = self._spin("columnPosts", 0, self.tr("Not checked"))
        self._fit(self.column_posts, [self.tr("Not checked")])
        grid.addWidget(self._label(self.tr("Posts each fixed column needs a &month:"),
                                   self.column_posts), row, 0)
        grid.addWidget(self.column_posts, row, 1)
        row += 1
        grid.addWidget(heading(self.tr("Quotas (rule C7)")), row, 0, 1, 2)
        row += 1
        self.role_spins: dict[Role, QSpinBox] = {}
        for role in self.roles:
            spin = self._spin(f"roleQuota_{role.value}", 0, self.tr("No quota"))
            self._fit(spin, [self.tr("No quota")])
            spin.setAccessibleName(self.tr("{role}: pieces a month").format(
                role=role.label))
            spin.valueChanged.connect(self._roles_changed)
            grid.addWidget(self._label(self.tr("{role}, pieces a month:").format(
                role=role.label), spin), row, 0)
            grid.addWidget(spin, row, 1)
            self.role_spins[role] = spin
            row += 1
        if self.people:
            note = label(self.tr("A person's own quota replaces their roles' (0: no quota)."),
                         "note")
            grid.addWidget(note, row, 0, 1, 2)
            row += 1
        self.person_spins: dict[int, QSpinBox] = {}
        for person in self.people:
            spin = self._spin(f"personQuota_{person.id}", BY_ROLE, "")
            spin.setAccessibleName(self.tr("Pieces a month for {name}").format(
                name=person.display_name))
            text = self.tr("{name} ({roles})").format(name=person.display_name,
                                                      roles=roles_text(person.roles))
            name = self._label(text, spin)
            name.setWordWrap(True)  # a long list of roles wraps, the spin box keeps its room
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            self.person_spins[person.id] = spin
            row += 1
        grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scrolled(grid_widget), 1)
        self.show_stored()

    def _spin(self, name: str, minimum: int, special: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(minimum, MAX_MIN_POSTS)
        spin.setSpecialValueText(special)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setEnabled(self.editable)
        return spin

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        widget = QLabel(text)
        widget.setBuddy(buddy)
        return widget

    # -- values ------------------------------------------------------------------------------
    def show_stored(self) -> None:
        """The stored rules (the defaults if never saved), e.g. after a colleague's save."""
        self.version = settings.monthly_version() or 0
        self.stored = settings.monthly_rules()
        self._show(self.stored)

    def take_latest(self) -> None:
        """After a conflict: the stored rules (a colleague's) where they changed something,
        and the rest as the person typed it (the whole tab had been reset to theirs, the
        person's other numbers lost)."""
        typed, before = self.values(), self.stored
        self.show_stored()
        theirs = self.stored

        def keep(mine, was, now) -> bool:
            return mine != was and now == was

        if keep(typed.column_posts, before.column_posts, theirs.column_posts):
            self.column_posts.setValue(typed.column_posts)
        for role, spin in self.role_spins.items():
            if keep(*(q.role_quotas.get(role.value, 0) for q in (typed, before, theirs))):
                spin.setValue(typed.role_quotas.get(role.value, 0))
        for uid, spin in self.person_spins.items():
            if keep(*(q.person_quotas.get(uid, BY_ROLE) for q in (typed, before, theirs))):
                spin.setValue(typed.person_quotas.get(uid, BY_ROLE))
        self._roles_changed()

    def _show(self, rules: MonthlyRules) -> None:
        self.column_posts.setValue(rules.column_posts)
        for role, spin in self.role_spins.items():
            spin.blockSignals(True)
            spin.setValue(rules.role_quotas.get(role.value, 0))
            spin.blockSignals(False)
        for uid, spin in self.person_spins.items():
            spin.setValue(rules.person_quotas.get(uid, BY_ROLE))
        self._roles_changed()

    def _fit(self, spin: QSpinBox, texts) -> None:
        """Wide enough for the longest of ``texts`` and the arrows (its hint is not)."""
        fm = spin.fontMetrics()
        spin.setMinimumWidth(max(fm.horizontalAdvance(t) for t in texts)
                             + fm.horizontalAdvance("国") * 5 // 2)

    def values(self) -> MonthlyRules:
        """What the page shows, as rules: the people on "As their roles" have no quota of
        their own; a stored quota of someone not listed (no longer writing) is kept."""
        people = {uid: n for uid, n in self.stored.person_quotas.items()
                  if uid not in self.person_spins}
        people.update({uid: spin.value() for uid, spin in self.person_spins.items()
                       if spin.value() != BY_ROLE})
        return MonthlyRules(self.column_posts.value(),
                            {**self.stored.role_quotas,
                             **{r.value: s.value() for r, s in self.role_spins.items()}},
                            people)

    def changed(self) -> bool:
        return self.values() != self.stored

    def save(self, user: UserInfo) -> None:
        """Store the page's rules (``settings.set_monthly``); raises as the service does."""
        rules = self.values()
        self.version = settings.set_monthly(user, rules.column_posts, rules.role_quotas,
                                            rules.person_quotas, self.version)
        self.stored = rules

    def _roles_changed(self) -> None:
        """Each "As their roles" says what the roles give now: "As their roles (2)"."""
        quotas = {r.value: s.value() for r, s in self.role_spins.items()}
        widest = [self.tr("As their roles ({n})").format(n=MAX_MIN_POSTS),
                  self.tr("As their roles (none)")]
        for person in self.people:
            quota = max((quotas.get(r.value, 0) for r in person.roles), default=0)
            spin = self.person_spins[person.id]
            spin.setSpecialValueText(self.tr("As their roles ({n})").format(n=quota)
                                     if quota else self.tr("As their roles (none)"))
            self._fit(spin, widest)

    def focus_first(self) -> None:
        self.column_posts.setFocus()
