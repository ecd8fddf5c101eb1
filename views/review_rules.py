"""The review rules the operations manager keeps: the sensitive-word list and the urgency window.

Rule P4: a post must not carry absolute claims that China's Advertising Law forbids
(最, 第一, 国家级 ...).  The team's list of such words is checked on submit and on
review (``models.sensitive``); a post planned within the urgency window (default 24
hours) that is not yet approved is marked urgent in the calendar and the inbox
(``models.inbox``).  Both are team settings, stored in the database, so every PC of
the team works with the same list.

Only the operations manager changes them (the services check it); everyone else
sees them read-only.  A rejected save keeps what was typed; a colleague's newer
version is named, and the next Save, made knowingly, replaces it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from models import inbox, sensitive
from models.errors import ConflictError, DomainError, ValidationError
from models.names import strip_invisible
from models.roles import Role
from models.users import UserInfo
from models.workflow import DEFAULT_URGENT_HOURS, MAX_URGENT_HOURS
from views.team_dialogs import FormDialog


class ReviewRulesDialog(FormDialog):
    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewRulesDialog")
        self.setWindowTitle(self.tr("Review rules"))
        self.user = user
        self.may_change = user.has(Role.OPERATIONS_MANAGER)

        intro = QLabel(self.tr(
            "Rule P4: posts are checked for these words when they are submitted and "
            "reviewed. A post that contains one can still be submitted, but the reviewer "
            "must confirm each hit. One word or phrase per line."), self)
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.words_edit = QPlainTextEdit(self)
        self.words_edit.setObjectName("sensitiveWords")
        self.words_edit.setTabChangesFocus(True)
        self.words_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.add_field("words", self.tr("&Sensitive words:"), self.words_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("wordCount")
        self.count_label.setWordWrap(True)
        self.form.addRow("", self.count_label)
        self.hours_spin = QSpinBox(self)
        self.hours_spin.setObjectName("urgentHours")
        self.hours_spin.setRange(1, MAX_URGENT_HOURS)
        self.hours_spin.valueChanged.connect(self._hours_unit)
        self._hours_unit(self.hours_spin.value())
        self.hours_spin.setToolTip(self.tr(
            "A post planned within this time that is not yet approved (or confirmed by the "
            "general manager, rule P2) is marked urgent."))
        self.add_field("urgent_hours", self.tr("&Urgent within:"), self.hours_spin)
        # Below both rules, as it restores both (nothing is stored before Save).
        self.defaults_button = QPushButton(self.tr("Restore the &defaults"), self)
        self.defaults_button.setObjectName("restoreDefaults")
        self.defaults_button.setAutoDefault(True)  # Enter on it restores, not Save
        self.defaults_button.setToolTip(self.tr(
            "Shows the Advertising Law word list and the {hours}-hour urgency window again; "
            "Save stores them.").format(hours=DEFAULT_URGENT_HOURS))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.form.addRow("", self.defaults_button)
        self.read_only_note = QLabel(self.tr("Only the operations manager changes the review "
                                             "rules."), self)
        self.read_only_note.setObjectName("reviewRulesReadOnly")
        self.form.addRow("", self.read_only_note)
        self.read_only_note.setVisible(not self.may_change)
        for widget in (self.defaults_button, self.hours_spin):
            widget.setEnabled(self.may_change)
        # Read-only, not disabled: everyone reads the whole list, scrolling it with the
        # mouse or the keyboard (a read-only text edit alone ignores the arrow keys).
        self.words_edit.setReadOnly(not self.may_change)
        if not self.may_change:
            self.words_edit.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.save_button.setEnabled(self.may_change)
        self.words_edit.textChanged.connect(self._count)
        self.set_handler(self._save)
        self.load()
        self.words_edit.setFocus()  # the first field, not the Save button
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 32)

    # -- what is stored ----------------------------------------------------------------
    def load(self) -> None:
        """Show the stored list and window, and remember their versions for the save."""
        self._words = sensitive.get_words()
        self._words_version = sensitive.words_version() or 0
        self._hours = inbox.urgent_hours()
        from models import settings

        self._hours_version = settings.version_of(inbox.URGENT_HOURS_KEY) or 0
        self.words_edit.setPlainText("\n".join(self._words))
        self.hours_spin.setValue(self._hours)
        self._count()

    def words(self) -> list[str]:
        """The lines as typed, without the blank ones and the blanks around each."""
        return [line.strip() for line in self.words_edit.toPlainText().splitlines()
                if line.strip()]

    def _count(self) -> None:
        """How many words Save stores: the service's cleaning (``unique_words``) merges
        repeats (best, Best, ＢＥＳＴ) and drops lines of invisible characters; say so."""
        lines = self.words()
        stored = sensitive.unique_words(lines)
        text = self.tr("%n word(s)", "", len(stored))
        empty = sum(1 for line in lines if not strip_invisible(line))
        merged = len(lines) - empty - len(stored)
        if merged:
            text += self.tr("; %n repeated line(s) merged", "", merged)
        if empty:
            text += self.tr("; %n line(s) of invisible characters left out", "", empty)
        self.count_label.setText(text)

    def _hours_unit(self, hours: int) -> None:
        # "1 hour", "24 hours": the unit around the number as the translation places it.
        text = self.tr("%n hour(s)", "", hours)
        number = str(hours)
        at = text.find(number)
        if at < 0:  # a translation without the number: the unit after it
            self.hours_spin.setPrefix("")
            self.hours_spin.setSuffix(" " + text)
        else:
            self.hours_spin.setPrefix(text[:at])
            self.hours_spin.setSuffix(text[at + len(number):])

    def restore_defaults(self) -> None:
        """Both review rules as MediaDesk ships them: the Advertising Law words and the
        24-hour window (a manager's "start again"; Save stores them, Cancel keeps the old)."""
        self.words_edit.setPlainText("\n".join(sensitive.DEFAULT_WORDS))
        self.hours_spin.setValue(DEFAULT_URGENT_HOURS)

    # -- saving ------------------------------------------------------------------------
    def _save(self, _form) -> bool:
        try:
            words = sensitive.clean_words(self.words())
            hours = self.hours_spin.value()
            self._words_version, self._hours_version = inbox.set_review_rules(
                self.user, words if words != self._words else None, self._words_version,
                hours if hours != self._hours else None, self._hours_version)
            self._words, self._hours = words, hours
        except ValidationError as exc:
            self.show_error(exc)
            return False
        except ConflictError as exc:
            # Say who saved first.  What the person changed stays; what they did not takes
            # the colleague's value (``FormDialog.merge``): Save again had written the old
            # words back over a colleague's new one (rule P4), or the old urgency window.
            from models import settings

            from views.team_dialogs import conflict_text

            # The versions first: a third save between the two reads then only makes the
            # next Save a conflict again, never an overwrite of values not shown.
            words_version = sensitive.words_version() or 0
            hours_version = settings.version_of(inbox.URGENT_HOURS_KEY) or 0
            theirs_words, theirs_hours = sensitive.get_words(), inbox.urgent_hours()
            taken, both = self.merge({
                "words": (self._words, theirs_words, words,
                          lambda shown: self.words_edit.setPlainText("\n".join(shown))),
                "urgent_hours": (self._hours, theirs_hours, hours, self.hours_spin.setValue)})
            self._words_version, self._words = words_version, theirs_words
            self._hours_version, self._hours = hours_version, theirs_hours
            self.show_field_error(None, conflict_text(exc, taken, both))
            return False
        except DomainError as exc:
            self.show_field_error(None, str(exc))
            return False
        return True
