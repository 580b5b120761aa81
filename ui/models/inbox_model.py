"""The کارتابل: referrals waiting for the user, newest first; unread bold, overdue red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from secretariat.correspondence.api import InboxItem, ReferralStatus
from ui import letter_labels as labels
from ui.models.letter_window_model import CANCELLED_COLOUR, OVERDUE_COLOUR
from ui.models.row_list_model import RowListModel

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class InboxTableModel(RowListModel):
    COLUMNS = ("created_at", "from", "number", "counterpart", "subject", "urgency", "kind",
               "due_on", "status")
    STRETCH = COLUMNS.index("subject")

    def __init__(self) -> None:
        super().__init__((self.tr("Referred"), self.tr("Referred by"), self.tr("Letter number"),
                          self.tr("Sender / recipient"), self.tr("Subject"), self.tr("Urgency"),
                          self.tr("Referral"), self.tr("Due"), self.tr("Status")))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[InboxItem]) -> None:
        self.set_rows(items)

    def append_items(self, items: list[InboxItem]) -> None:
        self.append_rows(items)

    def item_at(self, row: int) -> InboxItem:
        item: InboxItem = self.row_at(row)
        return item

    def row_of(self, referral_id: int) -> int:
        return self.find_row(lambda it: it.referral.id == referral_id)

    def oldest_id(self) -> int | None:
        return self._rows[-1].referral.id if self._rows else None

    def cell_data(self, item: InboxItem, column: int, role: int) -> object:
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and item.unread:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return QBrush(OVERDUE_COLOUR)
            if item.referral.status == ReferralStatus.CLOSED or item.letter.cancelled:
                return QBrush(CANCELLED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.COLUMNS[column]
            if name in ("subject", "kind"):
                return item.referral.instruction  # the هامش, in full
            if name == "counterpart":
                return labels.counterpart_text(item.letter)
            if item.overdue:
                return labels.word("overdue")
            if item.unread:
                return self.tr("Not read yet")
        return None

    def cell_text(self, item: InboxItem, column: int) -> str:
        node, letter = item.referral, item.letter
        name = self.COLUMNS[column]
        if name == "created_at":
            return labels.datetime_text(node.created_at)
        if name == "from":
            return labels.person_text(node.from_name, node.from_post, node.from_user)
        if name == "number":
            return labels.number_text(letter.number)
        if name == "counterpart":
            return labels.counterpart_text(letter)
        if name == "subject":
            return letter.subject
        if name == "urgency":
            return labels.urgency_label(letter.urgency)
        if name == "kind":
            kind = labels.referral_kind_label(node.kind)
            if node.priority != "normal":
                kind += f" — {labels.priority_label(node.priority)}"
            return kind
        if name == "due_on":
            return labels.date_text(node.due_on) if node.due_on else ""
        if node.status == ReferralStatus.CLOSED:
            return self.tr("Closed")
        return self.tr("Unread") if item.unread else self.tr("Open")
