"""The audit log table: newest first, grown a page at a time ("more")."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secretariat.jalali import format_jalali_datetime
from secretariat.services.audit import AuditRow
from secretariat.text.digits import to_persian_digits
from ui.labels import action_label, entity_label, field_label

_Index = QModelIndex | QPersistentModelIndex


def subject_text(row: AuditRow) -> str:
    """What the entry is about, in words: a user's name, a setting's name, else the id."""
    if row.entity == "setting":
        return field_label(row.entity_id)
    snapshot = row.after or row.before or {}
    name = snapshot.get("username")
    return str(name) if name else to_persian_digits(row.entity_id)


class AuditTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditRow] = []
        self._headers = (self.tr("Date and time"), self.tr("User"), self.tr("Action"),
                         self.tr("Kind"), self.tr("Subject"))

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[AuditRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def oldest_id(self) -> int | None:
        """The id to continue from (keyset paging: the next page is older than this)."""
        return self._rows[-1].id if self._rows else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return format_jalali_datetime(row.at)
        if column == 1:
            return row.actor
        if column == 2:
            return action_label(row.action)
        if column == 3:
            return entity_label(row.entity)
        return subject_text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
