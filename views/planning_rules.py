""""Planning rules…": the operations manager's per-platform length limits and cadence rules.

Three tabs.  Two over ``models.cadence_rules``: the longest title and text each platform
accepts (0: no limit beyond MediaDesk's maximum), and the fewest posts each
platform needs per day or per week (rules C1, C2; a platform without a rule of
the manager's follows the team default).  Under a platform, the rules of its
columns (C2: the mini program's moments and its recruitment section, each at
least once a day), per day only.  The third, "Monthly" (``views.monthly_rules``): the
posts each fixed column needs a month (C5) and the quotas (C7).  Everyone may look;
only the operations manager gets spin boxes that work and a Save button, and the
services check that again.  Save stores only the rows that changed, one at a time; when a colleague
changed a row first, that row shows their values, the message names them and the
dialog stays open with every other edit in place.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout,
                               QHBoxLayout, QLabel, QScrollArea, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from models import cadence_rules as rules
from models.cadence_rules import (BODY_HARD_MAX, MAX_MIN_POSTS, TITLE_HARD_MAX, CadencePeriod,
                                  CadenceRuleInfo, PlatformLimits)
from models.errors import ConflictError, DomainError, NotFound, PermissionDenied
from models.i18n import join_sentences
from models.platforms import PlatformInfo, list_platforms
from models.users import UserInfo
from ui.widgets import BusyCursor, fit_to_screen, grow_to_fit, label, swatch
from views.form_guard import KeepsEntries

LIMITS_TAB, CADENCE_TAB, MONTHLY_TAB = range(3)


@dataclass
class _LimitRow:
    platform: PlatformInfo
    title: QSpinBox
    body: QSpinBox
    stored: PlatformLimits

    def values(self) -> tuple[int | None, int | None]:
        return self.title.value() or None, self.body.value() or None

    def changed(self) -> bool:
        return self.values() != (self.stored.title_max, self.stored.body_max)

    def show(self, stored: PlatformLimits) -> None:
        self.stored = stored
        self.title.setValue(stored.title_max or 0)
        self.body.setValue(stored.body_max or 0)


@dataclass
class _RuleRow:
    """A platform's rule, or one of its columns' (``stored.column_id`` set)."""

    platform: PlatformInfo
    enabled: QCheckBox
    count: QSpinBox
    period: QComboBox
    origin: QLabel
    stored: CadenceRuleInfo

    @property
    def column_id(self) -> int | None:
        return self.stored.column_id

    def values(self) -> tuple[bool, int, CadencePeriod]:
        return (self.enabled.isChecked(), self.count.value(),
                CadencePeriod(self.period.currentData()))

    def changed(self) -> bool:
        on, count, period = self.values()
        if on != self.stored.enabled:
            return True
        return on and (count, period) != (self.stored.min_posts, self.stored.period)

    def show(self, stored: CadenceRuleInfo) -> None:
        self.stored = stored
        self.enabled.setChecked(stored.enabled)
        self.count.setValue(stored.min_posts)
        self.period.setCurrentIndex(self.period.findData(stored.period.value))


class LimitsDialog(KeepsEntries, QDialog):
    """Length limits and cadence rules per platform; editable by the operations manager.
    Cancel and Escape ask before typed changes are thrown away (``KeepsEntries``)."""

    saved = Signal()

    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("limitsDialog")
        self.user = user
        self.editable = user.active and user.is_manager
        self.setWindowTitle(self.tr("Planning rules"))
        self.limit_rows: dict[int, _LimitRow] = {}
        self.rule_rows: dict[int, _RuleRow] = {}
        self.column_rule_rows: dict[int, _RuleRow] = {}  # by column id

        self.message = label("", "error")
        self.message.setObjectName("message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.note = label(self.tr("Only the operations manager can change these rules."), "note")
        self.note.setObjectName("readOnlyNote")
        self.note.setVisible(not self.editable)

        platforms = list_platforms(include_inactive=False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rulesTabs")
        self.tabs.addTab(self._limits_page(platforms), self.tr("&Length limits"))
        self.tabs.addTab(self._cadence_page(platforms), self.tr("&Cadence"))
        from views.monthly_rules import MonthlyPage

        self.monthly = MonthlyPage(self.editable, self._heading, self._scrolled, self)
        self.tabs.addTab(self.monthly, self.tr("M&onthly"))

        self.buttons = QDialogButtonBox(self)
        if self.editable:
            self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self.save_button.setObjectName("save")
            self.save_button.setDefault(True)
            self.save_button.clicked.connect(self.save)
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setObjectName("cancel")
        else:
            self.save_button = None
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.cancel_button.setObjectName("close")
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        self.setMinimumWidth(em * 36)
        fit_to_screen(self, em * 40, self.fontMetrics().lineSpacing() * 30)  # or less
        first = next(iter(self.limit_rows.values()), None)
        if first is not None and first.title.isEnabled():  # read-only: the tabs, to browse
            first.title.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _scrolled(self, content: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: the fields take it
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(content)
        return area

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _platform_label(self, platform: PlatformInfo, buddy: QWidget) -> QLabel:
        name = QLabel(platform.name)
        name.setBuddy(buddy)
        return name

    def _swatch_label(self, platform: PlatformInfo) -> QLabel:
        size = self.fontMetrics().height() * 3 // 4
        icon = QLabel()
        icon.setPixmap(swatch(platform.colour, size).pixmap(size, size))
        return icon

    def _limits_page(self, platforms: list[PlatformInfo]) -> QWidget:
        page = QWidget(self)
        page.setObjectName("limitsPage")
        intro = label(self.tr("The longest title and text each platform accepts, in characters. "
                              "0 means no limit of its own (MediaDesk's maximum is {title} "
                              "characters for a title). Posts that are too long cannot be saved "
                              "for that platform.").format(title=TITLE_HARD_MAX))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._heading(self.tr("Platform")), 0, 0, 1, 2)
        grid.addWidget(self._heading(self.tr("Title, at most")), 0, 2)
        grid.addWidget(self._heading(self.tr("Text, at most")), 0, 3)
        stored = rules.list_limits()
        no_limit = self.tr("No limit")
        for row, platform in enumerate(platforms, start=1):
            title = QSpinBox(grid_widget)
            title.setObjectName(f"titleMax_{platform.id}")
            title.setRange(0, TITLE_HARD_MAX)
            title.setSpecialValueText(no_limit)
            title.setAccessibleName(self.tr("Longest title on {platform}").format(
                platform=platform.name))
            body = QSpinBox(grid_widget)
            body.setObjectName(f"bodyMax_{platform.id}")
            body.setRange(0, BODY_HARD_MAX)
            body.setSingleStep(100)
            body.setSpecialValueText(no_limit)
            body.setAccessibleName(self.tr("Longest text on {platform}").format(
                platform=platform.name))
            for spin in (title, body):
                spin.setEnabled(self.editable)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self._swatch_label(platform), row, 0)
            grid.addWidget(self._platform_label(platform, title), row, 1)
            grid.addWidget(title, row, 2)
            grid.addWidget(body, row, 3)
            entry = _LimitRow(platform, title, body, PlatformLimits(platform.id, None, None, 0))
            entry.show(stored.get(platform.id, entry.stored))
            self.limit_rows[platform.id] = entry
        grid.setRowStretch(len(platforms) + 1, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self._scrolled(grid_widget), 1)
        return page

    def _cadence_page(self, platforms: list[PlatformInfo]) -> QWidget:
        page = QWidget(self)
        page.setObjectName("cadencePage")
        intro = label(self.tr("The fewest posts each platform needs. Until you change it, a "
                              "platform follows the team default: the website at least 3 a week, "
                              "every other platform at least 1 a day. Untick a platform to drop "
                              "its rule."))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._heading(self.tr("Platform")), 0, 0, 1, 2)
        grid.addWidget(self._heading(self.tr("At least")), 0, 2, 1, 2)
        grid.addWidget(self._heading(self.tr("Set by")), 0, 4)
        by_platform = {r.platform_id: r for r in rules.list_rules(include_removed=True)}
        by_column: dict[int, list[CadenceRuleInfo]] = {}
        for rule in rules.list_column_rules(include_removed=True):
            by_column.setdefault(rule.platform_id, []).append(rule)
        row = 0
        for platform in platforms:
            stored = by_platform.get(platform.id)
            if stored is not None:
                row += 1
                grid.addWidget(self._swatch_label(platform), row, 0)
                entry = self._rule_row(grid, row, platform, stored)
                self.rule_rows[platform.id] = entry
            for column_rule in by_column.get(platform.id, []):
                row += 1
                entry = self._rule_row(grid, row, platform, column_rule)
                self.column_rule_rows[column_rule.column_id] = entry
        grid.setRowStretch(row + 1, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        if by_column:
            columns_note = label(self.tr(
                "A column listed under its platform needs posts of its own every day: the "
                "mini program's columns, such as its moments and its recruitment section, at "
                "least 1 a day each (rule C2)."), "note")
            columns_note.setObjectName("columnRulesNote")
            layout.addWidget(columns_note)
        layout.addWidget(self._scrolled(grid_widget), 1)
        return page

    def _rule_row(self, grid: QGridLayout, row: int, platform: PlatformInfo,
                  stored: CadenceRuleInfo) -> _RuleRow:
        """One rule's tick box, minimum, period and origin on ``row`` of ``grid``; a column's
        rule is indented under its platform and counts per day only."""
        parent = grid.parentWidget()
        column = stored.column_id is not None
        key = f"{platform.id}_{stored.column_id}" if column else f"{platform.id}"
        name = (self.tr("{platform} · {column}").format(platform=platform.name,
                                                         column=stored.column_name)
                if column else platform.name)
        enabled = QCheckBox(stored.column_name if column else platform.name, parent)
        enabled.setObjectName(f"ruleOn_{key}")
        if column:
            enabled.setToolTip(self.tr("Ticked: the column {column} needs posts of its own "
                                       "every day.").format(column=name))
            enabled.setAccessibleName(name)
        else:
            enabled.setToolTip(self.tr("Ticked: {platform} has a minimum number of posts.")
                               .format(platform=platform.name))
        count = QSpinBox(parent)
        count.setObjectName(f"minPosts_{key}")
        count.setRange(1, MAX_MIN_POSTS)
        count.setAlignment(Qt.AlignmentFlag.AlignRight)
        count.setAccessibleName(self.tr("Fewest posts on {platform}").format(platform=name))
        period = QComboBox(parent)
        period.setObjectName(f"period_{key}")
        for value in ((CadencePeriod.DAY,) if column else CadencePeriod):
            period.addItem(value.label, value.value)
        period.setAccessibleName(self.tr("Period on {platform}").format(platform=name))
        origin = label("", "note", wrap=False)
        origin.setObjectName(f"ruleOrigin_{key}")
        if column:  # indented under its platform
            holder = QWidget(parent)
            box = QHBoxLayout(holder)
            box.setContentsMargins(self.fontMetrics().horizontalAdvance("国") * 3 // 2, 0, 0, 0)
            box.addWidget(enabled)
            box.addStretch(1)
            grid.addWidget(holder, row, 1)
        else:
            grid.addWidget(enabled, row, 1)
        grid.addWidget(count, row, 2)
        grid.addWidget(period, row, 3)
        grid.addWidget(origin, row, 4)
        entry = _RuleRow(platform, enabled, count, period, origin, stored)
        entry.show(stored)
        enabled.setEnabled(self.editable)
        enabled.toggled.connect(lambda _on, e=entry: self._rule_toggled(e))
        self._rule_toggled(entry)
        return entry

    def _rule_toggled(self, entry: _RuleRow) -> None:
        on = entry.enabled.isChecked()
        entry.count.setEnabled(self.editable and on)
        # A column's rule counts per day only (C2): its one-entry list stays greyed.
        entry.period.setEnabled(self.editable and on and entry.column_id is None)
        if entry.stored.is_default:
            entry.origin.setText(self.tr("Team default"))
        elif entry.stored.enabled:
            entry.origin.setText(self.tr("Operations manager"))
        else:
            entry.origin.setText(self.tr("Removed"))

    # -- saving ------------------------------------------------------------------------------
    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            grow_to_fit(self.message)

    def save(self) -> bool:
        """Store every changed row; True (and the dialog closes) when all were saved."""
        if not self.editable:
            return False
        self._say("")
        row = None
        stored = []  # (row, what was stored), shown once all of them are
        try:
            with BusyCursor(), rules.saved_together():  # all the rows, or none
                for row in self.limit_rows.values():
                    if row.changed():
                        title_max, body_max = row.values()
                        stored.append((row, rules.set_limits(
                            self.user, row.platform.id, row.stored.version, title_max,
                            body_max)))
                for row in [*self.rule_rows.values(), *self.column_rule_rows.values()]:
                    if row.changed():
                        stored.append((row, self._save_rule(row)))
                row = None
                if self.monthly.changed():
                    row = self.monthly
                    self.monthly.save(self.user)
        except ConflictError as error:
            self._show_latest(row)
            self._say(join_sentences([self.tr("{platform}: {problem}").format(
                platform=self._row_name(row), problem=str(error)), self.tr(
                "It shows their values where they changed something, and the rest as you "
                "typed it: Save again to store what it shows, or Cancel to keep theirs.")]))
            return False
        except NotFound:
            # A colleague deactivated the platform or column meanwhile: its row leaves the
            # dialog (it blocked every Save, saying the item had been removed).
            name = self._row_name(row)
            self._drop_row(row)
            self._say(self.tr("{platform} is no longer in use (a colleague deactivated it "
                              "meanwhile) and was taken out of the list. Nothing was saved "
                              "yet: Save again to store the other changes.").format(
                platform=name))
            return False
        except PermissionDenied as error:  # about the person, not about a row
            self._say(str(error))
            return False
        except DomainError as error:
            self._say(self.tr("{platform}: {problem}").format(
                platform=self._row_name(row), problem=str(error))
                if row is not None else str(error))
            self._focus(row)
            return False
        for row, info in stored:
            row.show(info)
            if isinstance(row, _RuleRow):
                self._rule_toggled(row)
        self.saved.emit()
        self.accept()
        return True

    def entries_matter(self) -> bool:
        return self.editable

    def _drop_row(self, row) -> None:
        """Take a row out of the dialog: its widgets hidden, its change no longer saved."""
        for rows in (self.limit_rows, self.rule_rows, self.column_rule_rows):
            for key, value in list(rows.items()):
                if value is row:
                    del rows[key]
        for widget in vars(row).values():
            if isinstance(widget, QWidget):
                widget.hide()

    def _save_rule(self, row: _RuleRow) -> CadenceRuleInfo:
        on, count, period = row.values()
        version = row.stored.version
        if row.column_id is not None:
            if on:
                return rules.set_column_rule(self.user, row.column_id, version, count)
            return rules.remove_column_rule(self.user, row.column_id, version)
        if on:
            return rules.set_rule(self.user, row.platform.id, version, period, count)
        return rules.remove_rule(self.user, row.platform.id, version)

    def _row_name(self, row) -> str:
        if row is self.monthly:
            return self.tr("Monthly rules")
        if isinstance(row, _RuleRow) and row.column_id is not None:
            return self.tr("{platform} · {column}").format(platform=row.platform.name,
                                                            column=row.stored.column_name)
        return row.platform.name

    def _show_latest(self, row) -> None:
        """After a conflict: that row (or the monthly tab) on the colleague's version: their
        values where they changed something, and what the person changed elsewhere in it as
        they typed it (the whole row had been reset, a typed limit lost beside the one the
        colleague changed); other rows' edits stay."""
        if row is self.monthly:
            self.monthly.take_latest()
        if isinstance(row, _LimitRow):
            typed, before = row.values(), (row.stored.title_max, row.stored.body_max)
            latest = rules.get_limits(row.platform.id)
            row.show(latest)
            for widget, mine, was, theirs in zip((row.title, row.body), typed, before,
                                                 (latest.title_max, latest.body_max)):
                if mine != was and theirs == was:
                    widget.setValue(mine or 0)
        elif isinstance(row, _RuleRow):
            (on, count, period), before = row.values(), row.stored
            latest = (rules.get_column_rule(row.column_id) if row.column_id is not None
                      else rules.get_rule(row.platform.id))
            row.show(latest)
            if on != before.enabled and latest.enabled == before.enabled:
                row.enabled.setChecked(on)
            if count != before.min_posts and latest.min_posts == before.min_posts:
                row.count.setValue(count)
            if period != before.period and latest.period == before.period:
                row.period.setCurrentIndex(row.period.findData(period.value))
            self._rule_toggled(row)
        self._focus(row)

    def _focus(self, row) -> None:
        if row is self.monthly:
            self.tabs.setCurrentIndex(MONTHLY_TAB)
            self.monthly.focus_first()
        if isinstance(row, _LimitRow):
            self.tabs.setCurrentIndex(LIMITS_TAB)
            row.title.setFocus()
        elif isinstance(row, _RuleRow):
            self.tabs.setCurrentIndex(CADENCE_TAB)
            (row.count if row.count.isEnabled() else row.enabled).setFocus()
