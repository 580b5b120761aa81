"""The contacts table: organisations and persons, by name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secretariat.correspondence.dto import ContactInfo
from secretariat.text.digits import to_persian_digits
from ui import letter_labels as labels

_Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    COLUMNS = ("name", "kind", "post_title", "organisation_name", "phone", "mobile", "email")

    def __init__(self) -> None:
        super().__init__()
        self._contacts: list[ContactInfo] = []
        self._headers = (self.tr("Name"), self.tr("Kind"), self.tr("Post title"),
                         self.tr("Organisation"), self.tr("Phone"), self.tr("Mobile"),
                         self.tr("Email"))

    def set_contacts(self, found: list[ContactInfo]) -> None:
        self.beginResetModel()
        self._contacts = list(found)
        self.endResetModel()

    def contact_at(self, row: int) -> ContactInfo:
        return self._contacts[row]

    def row_of(self, contact_id: int) -> int:
        return next((i for i, c in enumerate(self._contacts) if c.id == contact_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        contact = self._contacts[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "kind":
            return labels.contact_kind_label(contact.kind)
        value = str(getattr(contact, column))
        return to_persian_digits(value) if column in ("phone", "mobile") else value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
