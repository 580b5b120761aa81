"""مخاطبان: organisations and persons the register names; add, edit, merge duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.contacts import api as contacts
from secretariat.contacts.api import (
    ContactChanged,
    ContactInfo,
    ContactKind,
    ContactPermission,
    ContactsMerged,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.operations import api as operations
from secretariat.operations.api import ProgressFn, StopFn
from ui import letter_labels as labels
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.contact_merge_dialog import ContactMergeDialog
from ui.excel_export import export_button
from ui.models.contacts_model import ContactsTableModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import configure_list_table, select_row

LIST_LIMIT = 1000
TYPING_PAUSE_MS = 250


class ContactsPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.can_edit = role_allows(user.role, ContactPermission.EDIT)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All"), None)
        for code in ContactKind:
            self.kind.addItem(labels.contact_kind_label(code.value), code.value)
        self.count_label = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = ContactsTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, stretch=0)
        self.empty = EmptyState(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = QPushButton(self.tr("New contact…"))
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_contact)
        self.merge_button = QPushButton(self.tr("Merge into another…"))
        self.merge_button.clicked.connect(self.merge_contact)
        for button in (self.add_button, self.edit_button):
            button.setVisible(self.can_edit)
        self.merge_button.setVisible(role_allows(user.role, ContactPermission.MERGE))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind)
        filters.addWidget(self.count_label)
        self.excel_button = export_button(self, "contacts", self._export)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Contacts")))
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        self.follow((ContactChanged, ContactsMerged))

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        ctx, user = self.ctx, self.user
        text, kind = self.search.text(), self.kind.currentData()
        self.requests.run("list", lambda: contacts.list_contacts(ctx, user, text, kind=kind,
                                                                 limit=LIST_LIMIT),
                          lambda found: self._show(found, select))

    def _export(self, path: Path, _progress: ProgressFn, _stop: StopFn) -> int:
        ctx, user, text, kind = self.ctx, self.user, self.search.text(), self.kind.currentData()
        return operations.export_contacts(ctx, user, path, text, kind)

    def _show(self, found: list[ContactInfo], select: int | None) -> None:
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_contacts(found)
        shown = labels.count_text(len(found))
        self.count_label.setText(
            self.tr("{n} contacts").format(n=shown) if len(found) < LIST_LIMIT
            else self.tr("first {n} contacts; type to narrow").format(n=shown))
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            select_row(self.table, row)
        self._update_buttons()
        if self.search.text().strip() or self.kind.currentIndex() > 0:
            self.empty.set_message(self.tr("No contact matches this search."),
                                   self.tr("Show every contact"), self.clear_search)
        elif self.can_edit:
            self.empty.set_message(self.tr(
                "No contacts yet. Senders and recipients are added as letters are registered, "
                "or here."), self.tr("New contact…"), self.add_contact)
        else:
            self.empty.set_message(self.tr("No contacts yet."))
        self.empty.loaded()

    def clear_search(self) -> None:
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.refresh()

    def selected(self) -> ContactInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def add_contact(self) -> ContactDialog:
        return self._open(ContactDialog(self.ctx, self.user, None, self))

    def edit_contact(self) -> ContactDialog | None:
        chosen = self.selected()
        if chosen is None or not self.can_edit:
            return None
        return self._open(ContactDialog(self.ctx, self.user, chosen, self))

    def _open(self, dialog: ContactDialog) -> ContactDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda info: self.refresh(info.id))
        dialog.open()
        return dialog

    def merge_contact(self) -> ContactMergeDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = ContactMergeDialog(self.ctx, self.user, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda kept: self.refresh(kept.id))
        dialog.open()
        return dialog
