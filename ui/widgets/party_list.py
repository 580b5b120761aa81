"""Recipients or the رونوشت list of a letter: contacts added one by one.

Type a name (suggestions from contacts), Enter or «Add» puts it on the list; a
name still in the field when the letter is saved counts too, so a letter to one
recipient needs no extra key. رونوشت lines carry «جهت اطلاع» or «جهت اقدام».
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import PartyInput, PartyRef, Purpose
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.dialogs.contact_dialog import new_contact_for
from ui.widgets.contact_picker import ContactPicker

PARTY_ROLE = Qt.ItemDataRole.UserRole + 1


class PartyList(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, with_purpose: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = ContactPicker(ctx, user, new_contact=new_contact_for)
        self.purpose: QComboBox | None = None
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(72)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        entry = QHBoxLayout()
        entry.setSpacing(2)
        entry.addWidget(self.picker, 1)
        if with_purpose:
            self.purpose = QComboBox()
            for purpose in Purpose:
                self.purpose.addItem(labels.purpose_label(purpose.value), purpose.value)
            entry.addWidget(self.purpose)
        entry.addWidget(self.add_button)
        listed = QHBoxLayout()
        listed.setSpacing(2)
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(entry)
        layout.addLayout(listed)
        self.setFocusProxy(self.picker)
        self._update()

    def _current_purpose(self) -> str:
        return str(self.purpose.currentData()) if self.purpose is not None else ""

    def add_current(self) -> bool:
        party = self.picker.party(self._current_purpose())
        if party is None:
            return False
        self._append(party, self.picker.line_edit.text().strip())
        self.picker.clear()
        self.picker.setFocus()
        return True

    def _append(self, party: PartyInput, text: str) -> None:
        shown = text
        if party.purpose:
            shown += f" — {labels.purpose_label(party.purpose)}"
        item = QListWidgetItem(shown)
        item.setData(PARTY_ROLE, party)
        self.list.addItem(item)
        self._update()
        self.changed.emit()

    def set_parties(self, parties: tuple[PartyRef, ...]) -> None:
        self.clear()
        for ref in parties:
            party = PartyInput(contact_id=ref.contact_id, purpose=ref.purpose)
            self._append(party, labels.party_text(ref))

    def parties(self) -> tuple[PartyInput, ...]:
        """The listed parties, and the one still in the field."""
        listed = [self.list.item(i).data(PARTY_ROLE) for i in range(self.list.count())]
        pending = self.picker.party(self._current_purpose())
        return tuple(listed + ([pending] if pending is not None else []))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self.picker.clear()
        if self.purpose is not None:
            self.purpose.setCurrentIndex(0)
        self._update()

    def _update(self) -> None:
        listed = self.list.count() > 0
        self.list.setVisible(listed)
        self.remove_button.setVisible(listed)
