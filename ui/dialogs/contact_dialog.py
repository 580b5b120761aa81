"""A contact: an organisation, or a person with a post title (and their organisation).

Saving a name that is already a contact (after Persian normalisation: «شركت»
and «شرکت» are the same) shows the existing ones first, with «save anyway».
Identifiers are checked by the service (کد ملی، شناسه ملی، mobile, postal code).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.contacts import api as contacts
from secretariat.contacts.api import (
    ContactInfo,
    ContactInput,
    ContactKind,
    ContactSaved,
    DuplicateContact,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.messages import message_template
from secretariat.kernel.text.digits import to_persian_digits
from ui import letter_labels as labels
from ui.crash import show_message
from ui.tasks import run_task
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.form_errors import FormErrors
from ui.widgets.plain_text import PlainTextEdit

TEXT_FIELDS = ("name", "post_title", "phone", "mobile", "postal_code", "national_id",
               "legal_id", "email")
DIGIT_FIELDS = ("phone", "mobile", "postal_code", "national_id", "legal_id")


class ContactDialog(QDialog):
    saved = Signal(object)  # ContactInfo

    def __init__(self, ctx: AppContext, user: CurrentUser, existing: ContactInfo | None = None,
                 parent: QWidget | None = None, name: str = "",
                 kind: str = ContactKind.ORGANISATION.value) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.existing = ctx, user, existing
        self.result_contact: ContactInfo | None = None
        self.warnings: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("New contact") if existing is None else self.tr("Contact"))
        self.setMinimumWidth(520)
        self.errors = FormErrors()
        self.kind = QComboBox()
        for code in ContactKind:
            self.kind.addItem(labels.contact_kind_label(code.value), code.value)
        self.inputs = {field: QLineEdit() for field in TEXT_FIELDS}
        self.organisation = ContactPicker(ctx, user, kind=ContactKind.ORGANISATION.value)
        self.address = PlainTextEdit(lines=2, fixed=True)
        self.note = PlainTextEdit(lines=2, fixed=True)
        self.similar = QLabel()
        self.similar.setProperty("role", "formMessage")
        self.similar.setWordWrap(True)
        self.similar.hide()
        self.save_anyway = QPushButton(self.tr("Save anyway"))
        self.save_anyway.setAutoDefault(False)
        self.save_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.save_anyway.hide()

        add = self.errors.add_field
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), add("kind", self.kind))
        captions = {
            "name": self.tr("Name:"), "post_title": self.tr("Post title:"),
            "phone": self.tr("Phone:"), "mobile": self.tr("Mobile:"),
            "postal_code": self.tr("Postal code:"), "national_id": self.tr("National code:"),
            "legal_id": self.tr("National ID (legal entity):"), "email": self.tr("Email:"),
        }
        self.rows: dict[str, QWidget] = {}
        for field in TEXT_FIELDS:
            self.rows[field] = add(field, self.inputs[field])
            form.addRow(captions[field], self.rows[field])
            if field == "post_title":
                self.rows["organisation"] = add("organisation", self.organisation)
                form.addRow(self.tr("Organisation:"), self.rows["organisation"])
        form.addRow(self.tr("Address:"), add("address", self.address))
        form.addRow(self.tr("Note:"), add("note", self.note))
        self.form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.similar)
        anyway = QHBoxLayout()
        anyway.addWidget(self.save_anyway)
        anyway.addStretch()
        layout.addLayout(anyway)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if existing is not None:
            self._load(existing)
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
            self.inputs["name"].setText(name)
        self._kind_changed()
        self.inputs["name"].setFocus()

    def _load(self, info: ContactInfo) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(info.kind), 0))
        for field in TEXT_FIELDS:
            value = str(getattr(info, field))
            self.inputs[field].setText(to_persian_digits(value) if field in DIGIT_FIELDS
                                       else value)
        if info.organisation_id is not None:
            self.organisation.set_party(info.organisation_id, info.organisation_name)
        self.address.setPlainText(info.address)
        self.note.setPlainText(info.note)

    def _kind_changed(self) -> None:
        person = self.kind.currentData() == ContactKind.PERSON
        for field in ("post_title", "organisation", "national_id"):
            self.form.setRowVisible(self.rows[field], person)
        self.form.setRowVisible(self.rows["legal_id"], not person)

    def contact_input(self) -> ContactInput:
        person = self.kind.currentData() == ContactKind.PERSON
        values = {field: self.inputs[field].text().strip() for field in TEXT_FIELDS}
        if not person:
            values["post_title"] = values["national_id"] = ""
        else:
            values["legal_id"] = ""
        return ContactInput(
            kind=str(self.kind.currentData()),
            organisation_id=self.organisation.chosen_id() if person else None,
            address=self.address.toPlainText(), note=self.note.toPlainText(), **values)

    def save(self, allow_duplicate: bool = False) -> None:
        self.errors.clear()
        data = self.contact_input()
        ctx, user, existing = self.ctx, self.user, self.existing
        if existing is not None:
            contact_id = existing.id
            work = lambda: contacts.update_contact(ctx, user, contact_id, data)  # noqa: E731
        else:
            work = lambda: contacts.add_contact(  # noqa: E731
                ctx, user, data, allow_duplicate=allow_duplicate)
        self.buttons.setEnabled(False)
        self.save_anyway.setEnabled(False)
        run_task(work, on_finished=self._saved, on_failed=self._failed, context=self)

    def _saved(self, saved: ContactSaved) -> None:
        self._enable()
        self.result_contact = saved.contact
        self.warnings = saved.warnings
        self.saved.emit(saved.contact)
        if saved.warnings:
            text = "\n".join(message_template(code) or code for code in saved.warnings)
            show_message(self.parentWidget(), QMessageBox.Icon.Information,
                         self.tr("The contact was saved. Please check: {warnings}").format(
                             warnings=text))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        if isinstance(exc, DuplicateContact):
            names = "، ".join(c.display_name for c in exc.similar)
            self.similar.setText(self.tr(
                "A contact with this name already exists: {names}. Use it from the list, or "
                "save a second one anyway.").format(names=names))
            self.similar.show()
            self.save_anyway.show()
            return
        self.errors.show_failure(exc, self)

    def _enable(self) -> None:
        self.buttons.setEnabled(True)
        self.save_anyway.setEnabled(True)


def new_contact_for(picker: ContactPicker) -> ContactDialog:
    """The «+» of a contact picker: a new contact named as typed; saved, it is picked."""
    dialog = ContactDialog(picker.ctx, picker.user, None, picker, name=picker.text(),
                           kind=picker.kind or "organisation")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(picker.set_contact)
    dialog.open()
    return dialog
