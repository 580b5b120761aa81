"""The audit log table: newest first, grown a page at a time ("more")."""

from __future__ import annotations

from secretariat.kernel.audit import AuditRow
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from ui.labels import action_label, entity_label, field_label, person_text
from ui.models.row_list_model import RowListModel

# Snapshot keys that name what an entry is about, best first.
_NAMING_KEYS = ("full_name", "name", "subject", "number", "username", "instruction")


def subject_text(row: AuditRow) -> str:
    """What the entry is about, in words: a person's or contact's name, a letter's subject,
    a setting's name; else its id."""
    if row.entity == "setting":
        return field_label(row.entity_id)
    snapshot = row.after or row.before or {}
    for key in _NAMING_KEYS:
        value = snapshot.get(key)
        if isinstance(value, str) and value:
            if key == "full_name":
                return person_text(value, str(snapshot.get("post_title") or ""))
            return to_persian_digits(value) if key == "number" else value
    return to_persian_digits(row.entity_id)


def actor_text(row: AuditRow) -> str:
    return person_text(row.actor_name, row.actor_post, row.actor)


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
            return actor_text(row)
        if column == 2:
            return action_label(row.action, row.entity)
        if column == 3:
            return entity_label(row.entity)
        return subject_text(row)
