"""Qt item models of the "Team and platforms" screen.

Each model keeps the service's plain records as its rows (``UserInfo``,
``PlatformInfo``, ``ColumnInfo``), reloads them in ``refresh()`` with one
service call, and never queries the database in ``data()``.  ``Qt.UserRole``
gives a row's id.  Inactive rows are drawn in the disabled text colour.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from models import platforms as platform_service
from models import users as user_service
from models.errors import DomainError
from models.platforms import ColumnInfo, PlatformInfo
from models.users import UserInfo
from ui.widgets import name_collator, roles_text


def inactive_brush_colour() -> QColor:
    """The greyed text colour of the current palette (follows light and dark themes)."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text)


def role_labels(roles) -> str:
    """A person's roles in the user's language, in the department's order ("、" in Chinese)."""
    return roles_text(roles, empty="")


def status_text(active: bool) -> str:
    if active:
        return QCoreApplication.translate("TeamScreen", "Active")
    return QCoreApplication.translate("TeamScreen", "Inactive")


class _RowsModel(QAbstractTableModel):
    """A flat table over a list of immutable records that have ``id`` and ``active``."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []
        # Header labels and display texts are translated once, not on every paint.
        self._header_labels: list[str] = self._headers()
        self._display: dict[tuple[int, int], object] = {}

    # -- rows ---------------------------------------------------------------------
    def _load(self) -> list:  # pragma: no cover - overridden
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload every row through the service (one query, or two)."""
        rows = self._load()
        self.beginResetModel()
        self._rows = rows
        self._display.clear()
        self.endResetModel()

    def item(self, row: int):
        return self._rows[row]

    def items(self) -> list:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        """The row of the item with ``item_id``, or -1."""
        for n, item in enumerate(self._rows):
            if item.id == item_id:
                return n
        return -1

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header_labels)

    def _headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._header_labels)):
            return self._header_labels[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if item.active else inactive_brush_colour()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), index.column())
            try:
                return self._display[key]
            except KeyError:
                text = self._display[key] = self._data(item, index.column(), role)
                return text
        return self._data(item, index.column(), role)

    def _data(self, item, column: int, role: int):  # pragma: no cover - overridden
        raise NotImplementedError


class PeopleModel(_RowsModel):
    """Everybody, active or not (the proxy hides inactive people on request)."""

    NAME, LOGIN, DEPARTMENT, ROLES, STATUS = range(5)

    def _load(self) -> list[UserInfo]:
        return user_service.list_users(include_inactive=True)

    def person(self, row: int) -> UserInfo:
        return self._rows[row]

    def departments(self) -> list[str]:
        """The departments in use, for the person dialog's completer."""
        return sorted({p.department for p in self._rows if p.department})

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("User name"), self.tr("Department"), self.tr("Roles"),
                self.tr("Status")]

    def _data(self, person: UserInfo, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.display_name
            if column == self.LOGIN:
                return person.login
            if column == self.DEPARTMENT:
                return person.department
            if column == self.ROLES:
                return roles_text(person.roles)
            if column == self.STATUS:
                return status_text(person.active)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DEPARTMENT:  # whole, where the column elides it
                return person.department or None
            if column == self.ROLES:
                if not person.roles:
                    return self.tr("No role: may only read the calendar.")
                return role_labels(person.roles)
            if column == self.STATUS:
                if not person.active:
                    return self.tr("Deactivated: cannot log in. Nothing about them is deleted.")
                if person.must_change_password:
                    return self.tr("Must choose a new password at the next log-in.")
                return self.tr("Can log in.")
            if column == self.NAME:
                return self.tr("{name} (user name {login})").format(
                    name=person.display_name, login=person.login)
        return None


class PeopleFilterModel(QSortFilterProxyModel):
    """Sorts the people table and filters it by a search text and by status."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._needle = ""
        self._show_inactive = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def search_text(self) -> str:
        return self._needle

    @property
    def show_inactive(self) -> bool:
        return self._show_inactive

    def _change_filter(self, apply) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()

    def set_search_text(self, text: str) -> None:
        needle = (text or "").strip().casefold()
        if needle != self._needle:
            self._change_filter(lambda: setattr(self, "_needle", needle))

    def set_show_inactive(self, show: bool) -> None:
        show = bool(show)
        if show != self._show_inactive:
            self._change_filter(lambda: setattr(self, "_show_inactive", show))

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        """Texts in the order of ``ui.widgets.name_collator`` (Chinese names by pinyin, in
        English too: Qt's locale-aware order is the UI language's, which orders Chinese
        characters by code); anything else as Qt orders it."""
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return name_collator().compare(a, b) < 0
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, PeopleModel):
            return True
        person = model.person(source_row)
        if not person.active and not self._show_inactive:
            return False
        if not self._needle:
            return True
        return (self._needle in person.display_name.casefold()
                or self._needle in person.login.casefold())


class PlatformsModel(_RowsModel):
    """The team's platforms in their order, active ones first."""

    NAME, KIND, COLUMNS, STATUS = range(4)

    def _load(self) -> list[PlatformInfo]:
        return platform_service.list_platforms(include_inactive=True)

    def platform(self, row: int) -> PlatformInfo:
        return self._rows[row]

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Active columns"), self.tr("Status")]

    def _data(self, platform: PlatformInfo, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return platform.name
            if column == self.KIND:
                return platform.kind.label
            if column == self.COLUMNS:
                return platform.column_count
            if column == self.STATUS:
                return status_text(platform.active)
        elif role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(platform.colour)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return self.tr("{name}, colour {colour}").format(name=platform.name,
                                                                 colour=platform.colour)
            if column == self.STATUS and not platform.active:
                return self.tr("Deactivated: no new posts; earlier posts and reports keep it.")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ColumnsModel(_RowsModel):
    """The columns (栏目) of one platform; empty until a platform is chosen."""

    NAME, DESCRIPTION, STATUS = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._platform_id: int | None = None

    @property
    def platform_id(self) -> int | None:
        return self._platform_id

    def set_platform(self, platform_id: int | None) -> None:
        """The columns of ``platform_id`` (None: none).  If they cannot be read (a
        DomainError), the model keeps the platform and the rows it had."""
        before, self._platform_id = self._platform_id, platform_id
        try:
            self.refresh()
        except DomainError:
            self._platform_id = before
            raise

    def _load(self) -> list[ColumnInfo]:
        if self._platform_id is None:
            return []
        return platform_service.list_columns(self._platform_id, include_inactive=True)

    def column_info(self, row: int) -> ColumnInfo:
        return self._rows[row]

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Description"), self.tr("Status")]

    def _data(self, info: ColumnInfo, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return info.name
            if column == self.DESCRIPTION:
                return info.description
            if column == self.STATUS:
                return status_text(info.active)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return info.name
            if column == self.DESCRIPTION and info.description:
                return info.description
            if column == self.STATUS and not info.active:
                return self.tr("Deactivated: no new posts; earlier posts keep it.")
        return None
