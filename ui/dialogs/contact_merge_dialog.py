"""Merge a duplicate contact into the one to keep: its letters and people move over."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInfo
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from ui.tasks import run_task
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.form_errors import FormErrors


class ContactMergeDialog(QDialog):
    merged = Signal(object)  # the ContactInfo kept

    def __init__(self, ctx: AppContext, user: CurrentUser, duplicate: ContactInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.duplicate = ctx, user, duplicate
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumWidth(520)
        self.errors = FormErrors()
        self.keep = ContactPicker(ctx, user)
        note = QLabel(self.tr(
            "Every letter that names «{name}» will name the contact kept instead, and its "
            "people move to it. «{name}» stays in the records, marked as merged.").format(
                name=duplicate.display_name))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Merge:"), QLabel(duplicate.display_name))
        form.addRow(self.tr("Into (kept):"), self.errors.add_field("contact", self.keep))
        form.addRow("", note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def merge(self) -> None:
        self.errors.clear()
        keep_id = self.keep.chosen_id()
        if keep_id is None:
            self.errors.show_error(ValidationError("contact", "required"))
            return
        ctx, user, merge_id = self.ctx, self.user, self.duplicate.id
        self.buttons.setEnabled(False)
        run_task(lambda: contacts.merge_contacts(ctx, user, keep_id, merge_id),
                 on_finished=self._merged, on_failed=self._failed, context=self)

    def _merged(self, kept: ContactInfo) -> None:
        self.buttons.setEnabled(True)
        self.merged.emit(kept)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
