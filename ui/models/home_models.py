"""The home page's small tables: my referrals by due date, and short letter lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from secretariat.correspondence.api import InboxItem, LetterSummary
from ui import letter_labels as labels
from ui.models.letter_window_model import OVERDUE_COLOUR
from ui.models.row_list_model import RowListModel


class MyReferralsModel(RowListModel):
    """Open referrals to me, the nearest due date first; unread bold, late red."""

    COLUMNS = ("due_on", "number", "subject", "from", "kind")

    def __init__(self) -> None:
        super().__init__((self.tr("Due"), self.tr("Number"), self.tr("Subject"),
                          self.tr("From"), self.tr("Referral")))
        self._bold = QFont()
        self._bold.setBold(True)

    def item_at(self, row: int) -> InboxItem:
        item: InboxItem = self.row_at(row)
        return item

    def cell_text(self, item: InboxItem, column: int) -> str:
        node, letter = item.referral, item.letter
        name = self.COLUMNS[column]
        if name == "due_on":
            return labels.date_text(node.due_on) if node.due_on else labels.DASH
        if name == "number":
            return labels.number_text(letter.number)
        if name == "subject":
            return letter.subject
        if name == "from":
            return labels.person_text(node.from_name, node.from_post, node.from_user)
        kind = labels.referral_kind_label(node.kind)
        if node.priority != "normal":
            kind += f" — {labels.priority_label(node.priority)}"
        return kind

    def cell_data(self, item: InboxItem, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and item.unread:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.COLUMNS[column] == "from":
                return self.cell_text(item, column)
            return item.referral.instruction
        return None


class ShortLettersModel(RowListModel):
    """A few letters: number, the other party, subject (and the reply's date when asked)."""

    def __init__(self, with_reply_date: bool = False) -> None:
        headers = [self.tr("Number"), self.tr("Sender / recipient"), self.tr("Subject")]
        if with_reply_date:
            headers.append(self.tr("Reply due"))
        super().__init__(headers)
        self.with_reply_date = with_reply_date

    def letter_at(self, row: int) -> LetterSummary:
        letter: LetterSummary = self.row_at(row)
        return letter

    def cell_text(self, letter: LetterSummary, column: int) -> str:
        if column == 0:
            return labels.number_text(letter.number)
        if column == 1:
            return labels.counterpart_text(letter)
        if column == 2:
            return letter.subject
        return labels.date_text(letter.reply_expected_by)

    def cell_data(self, letter: LetterSummary, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return self.cell_text(letter, column)
        return None
