"""The contacts table: organisations and persons, by name."""

from __future__ import annotations

from secretariat.contacts.api import ContactInfo
from secretariat.kernel.text.digits import to_persian_digits
from ui import letter_labels as labels
from ui.models.row_list_model import RowListModel


class ContactsTableModel(RowListModel):
    COLUMNS = ("name", "kind", "post_title", "organisation_name", "phone", "mobile", "email")

    def __init__(self) -> None:
        super().__init__((self.tr("Name"), self.tr("Kind"), self.tr("Post title"),
                          self.tr("Organisation"), self.tr("Phone"), self.tr("Mobile"),
                          self.tr("Email")))

    def set_contacts(self, found: list[ContactInfo]) -> None:
        self.set_rows(found)

    def contact_at(self, row: int) -> ContactInfo:
        contact: ContactInfo = self.row_at(row)
        return contact

    def row_of(self, contact_id: int) -> int:
        return self.find_row(lambda c: c.id == contact_id)

    def cell_text(self, row: ContactInfo, column: int) -> str:
        name = self.COLUMNS[column]
        if name == "kind":
            return labels.contact_kind_label(row.kind)
        value = str(getattr(row, name))
        return to_persian_digits(value) if name in ("phone", "mobile") else value
