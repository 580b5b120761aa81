"""The کارتابل: referrals waiting for the user, newest first; unread bold, overdue red."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from secretariat.correspondence.dto import InboxItem
from ui import letter_labels as labels
from ui.models.letter_window_model import CANCELLED_COLOUR, OVERDUE_COLOUR

_Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class InboxTableModel(QAbstractTableModel):
    COLUMNS = ("created_at", "from", "number", "subject", "instruction", "due_on", "status")

    def __init__(self) -> None:
        super().__init__()
        self._items: list[InboxItem] = []
        self._headers = (self.tr("Referred"), self.tr("From"), self.tr("Letter number"),
                         self.tr("Subject"), self.tr("Instruction"), self.tr("Due"),
                         self.tr("Status"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[InboxItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append_items(self, items: list[InboxItem]) -> None:
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def item_at(self, row: int) -> InboxItem:
        return self._items[row]

    def row_of(self, referral_id: int) -> int:
        return next((i for i, it in enumerate(self._items) if it.referral.id == referral_id), -1)

    def oldest_id(self) -> int | None:
        return self._items[-1].referral.id if self._items else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, self.COLUMNS[index.column()])
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and item.unread:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return QBrush(OVERDUE_COLOUR)
            if item.referral.status == "closed" or item.letter.cancelled:
                return QBrush(CANCELLED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.overdue:
                return labels.word("overdue")
            if item.unread:
                return self.tr("Not read yet")
        return None

    def _text(self, item: InboxItem, column: str) -> str:
        node, letter = item.referral, item.letter
        if column == "created_at":
            return labels.datetime_text(node.created_at)
        if column == "from":
            return node.from_name or node.from_user
        if column == "number":
            return labels.number_text(letter.number)
        if column == "subject":
            return letter.subject
        if column == "instruction":
            return node.instruction
        if column == "due_on":
            return labels.date_text(node.due_on) if node.due_on else ""
        if node.status == "closed":
            return self.tr("Closed")
        return self.tr("Unread") if item.unread else self.tr("Open")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
