"""The audit log table: newest first, grown a page at a time ("more")."""

from __future__ import annotations

from secretariat.kernel.audit import AuditRow
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from ui.labels import action_label, entity_label, field_label
from ui.models.row_list_model import RowListModel


def subject_text(row: AuditRow) -> str:
    """What the entry is about, in words: a user's name, a setting's name, else the id."""
    if row.entity == "setting":
        return field_label(row.entity_id)
    snapshot = row.after or row.before or {}
    name = snapshot.get("username")
    return str(name) if name else to_persian_digits(row.entity_id)


class AuditTableModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Date and time"), self.tr("User"), self.tr("Action"),
                          self.tr("Kind"), self.tr("Subject")))

    def oldest_id(self) -> int | None:
        """The id to continue from (keyset paging: the next page is older than this)."""
        return self._rows[-1].id if self._rows else None

    def cell_text(self, row: AuditRow, column: int) -> str:
        if column == 0:
            return format_jalali_datetime(row.at)
        if column == 1:
            return row.actor
        if column == 2:
            return action_label(row.action, row.entity)
        if column == 3:
            return entity_label(row.entity)
        return subject_text(row)
