"""The fields of the letter form for one kind, and the ``LetterInput`` they make.

Laid out in the order a clerk reads a paper letter: date, who it is from/to,
their number and date, subject, summary; the less frequent fields follow in
the second column. Tab goes field to field; multi-line fields pass Tab on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import (
    Classification,
    DispatchMethod,
    LetterDetail,
    LetterInput,
    LetterKind,
    LetterStatus,
    Urgency,
)
from secretariat.kernel.accounts import UserCard
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.digits import to_persian_digits
from ui import letter_labels as labels
from ui.dialogs.contact_dialog import new_contact_for
from ui.widgets.attachment_drop import AttachmentDrop
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.letter_link_field import LetterLinkField
from ui.widgets.party_list import PartyList
from ui.widgets.person_picker import PersonCombo
from ui.widgets.plain_text import PlainTextEdit

KEYWORD_SEPARATORS = ("،", ",", "؛", ";")


def _text_box(lines: int) -> PlainTextEdit:
    return PlainTextEdit(lines=lines, fixed=lines <= 3)


def split_keywords(text: str) -> tuple[str, ...]:
    for separator in KEYWORD_SEPARATORS[1:]:
        text = text.replace(separator, KEYWORD_SEPARATORS[0])
    return tuple(word.strip() for word in text.split(KEYWORD_SEPARATORS[0]) if word.strip())


class LetterFields(QWidget):
    """Every field of a ``kind`` letter, with FormErrors lines under them."""

    def __init__(self, ctx: AppContext, user: CurrentUser, kind: str, errors: FormErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.kind, self.errors = ctx, user, kind, errors
        self.incoming = kind == LetterKind.INCOMING
        self.outgoing = kind == LetterKind.OUTGOING
        self.internal = kind == LetterKind.INTERNAL
        add = errors.add_field
        main, more = QFormLayout(), QFormLayout()
        for form in (main, more):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.registered_on = JalaliDateEdit(allow_empty=False)
        self.registered_on.setMaximumWidth(170)
        main.addRow(self.tr("Registration date:"), add("registered_on", self.registered_on))
        self.sender_field: ContactPicker | None = None
        self.sender_number: QLineEdit | None = None
        self.sender_date: JalaliDateEdit | None = None
        self.recipients: PartyList | None = None
        self.from_unit: QLineEdit | None = None
        self.to_unit: QLineEdit | None = None
        if self.incoming:
            self.sender_field = ContactPicker(ctx, user, new_contact=new_contact_for)
            main.addRow(self.tr("Sender:"), add("sender", self.sender_field))
            self.sender_number = QLineEdit()
            self.sender_date = JalaliDateEdit()
            self.sender_date.setMaximumWidth(170)
            numbers = QHBoxLayout()
            numbers.setContentsMargins(0, 0, 0, 0)
            numbers.addWidget(add("sender_number", self.sender_number), 1)
            numbers.addWidget(add("sender_date", self.sender_date))
            holder = QWidget()
            holder.setLayout(numbers)
            main.addRow(self.tr("Sender's number and date:"), holder)
        elif self.outgoing:
            self.recipients = PartyList(ctx, user)
            main.addRow(self.tr("Recipients:"), add("recipients", self.recipients, "recipient"))
        else:
            self.from_unit = QLineEdit()
            self.to_unit = QLineEdit()
            main.addRow(self.tr("From unit:"), add("from_unit", self.from_unit))
            main.addRow(self.tr("To unit:"), add("to_unit", self.to_unit))
        self.subject = QLineEdit()
        main.addRow(self.tr("Subject:"), add("subject", self.subject))
        self.summary = _text_box(3)
        main.addRow(self.tr("Summary:"), add("summary", self.summary))
        self.cc: PartyList | None = None
        if not self.incoming:  # رونوشت: after the subject, which every letter has
            self.cc = PartyList(ctx, user, with_purpose=True)
            main.addRow(self.tr("Copies to:"), add("cc", self.cc, "purpose"))
        self.body = _text_box(6 if self.incoming else 9)
        main.addRow(self.tr("Text:"), add("body", self.body))

        self.urgency = QComboBox()
        for level in Urgency:
            self.urgency.addItem(labels.urgency_label(level.value), level.value)
        self.classification = QComboBox()
        for grade in Classification:
            self.classification.addItem(labels.classification_label(grade.value), grade.value)
        more.addRow(self.tr("Urgency:"), add("urgency", self.urgency))
        more.addRow(self.tr("Classification:"), add("classification", self.classification))
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("Separated by commas"))
        more.addRow(self.tr("Keywords:"), add("keywords", self.keywords))
        self.reply_to = LetterLinkField(ctx, user)
        self.follows = LetterLinkField(ctx, user)
        more.addRow(self.tr("In reply to:"), add("reply_to", self.reply_to))
        more.addRow(self.tr("Follows:"), add("follows", self.follows))

        self.signatory: PersonCombo | None = None
        self.draft: QCheckBox | None = None
        self.dispatch_method: QComboBox | None = None
        self.dispatch_date: JalaliDateEdit | None = None
        self.tracking_code: QLineEdit | None = None
        self.reply_expected_by: JalaliDateEdit | None = None
        if self.outgoing:
            self._outgoing_fields(more)
        self.attachments = AttachmentDrop()
        self.attachments.list.setMaximumHeight(120)
        self.attachments_row = add("file", self.attachments)
        more.addRow(self.tr("Attachments:"), self.attachments_row)
        self.more_form = more

        for date_edit in self.date_edits().values():
            # Tab goes date to next field; the calendar opens with a click (or is not needed).
            date_edit.popup_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            date_edit.setMaximumWidth(170)
        second = QVBoxLayout()
        second.addLayout(more)
        second.addStretch(1)  # the short fields stay together at the top
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(main, 3)  # first in a right-to-left layout: on the right
        columns.addSpacing(12)
        columns.addLayout(second, 2)

    def _outgoing_fields(self, form: QFormLayout) -> None:
        add = self.errors.add_field
        self.signatory = PersonCombo(self.tr("(not chosen)"))
        form.addRow(self.tr("Signatory:"), add("signatory", self.signatory))
        self.draft = QCheckBox(self.tr("Draft: numbered when a manager signs it"))
        self.draft.setToolTip(self.tr(
            "Leave unticked for a letter already signed on paper: it is numbered at once."))
        form.addRow("", add("draft", self.draft))
        self.dispatch_method = QComboBox()
        self.dispatch_method.addItem(self.tr("(not sent yet)"), "")
        for method in DispatchMethod:
            self.dispatch_method.addItem(labels.dispatch_label(method.value), method.value)
        self.dispatch_date = JalaliDateEdit()
        form.addRow(self.tr("Dispatch method:"), add("dispatch_method", self.dispatch_method))
        form.addRow(self.tr("Dispatch date:"), add("dispatch_date", self.dispatch_date))
        self.tracking_code = QLineEdit()
        form.addRow(self.tr("Postal tracking code:"),
                    add("postal_tracking_code", self.tracking_code))
        self.reply_expected_by = JalaliDateEdit()
        form.addRow(self.tr("Reply expected by:"),
                    add("reply_expected_by", self.reply_expected_by))

    def set_users(self, people: list[UserCard], selected: str | None = None) -> None:
        """The people who may sign (by name and post), read after the form opened."""
        if self.signatory is None:
            return
        self.signatory.set_people(people, selected or self.signatory.username())

    # --- reading the fields --------------------------------------------------------

    def date_edits(self) -> dict[str, JalaliDateEdit]:
        edits = {"registered_on": self.registered_on, "sender_date": self.sender_date,
                 "dispatch_date": self.dispatch_date,
                 "reply_expected_by": self.reply_expected_by}
        return {name: edit for name, edit in edits.items() if edit is not None}

    def check_dates(self) -> bool:
        """Every typed date parses; the first that does not gets its message."""
        for name, edit in self.date_edits().items():
            edit.line_edit.editingFinished.emit()  # a date typed and Enter pressed at once
            if not edit.is_valid():
                self.errors.show_text(name, edit.error())
                return False
        return True

    def to_input(self) -> LetterInput:
        def text(edit: QLineEdit | None) -> str:
            return edit.text().strip() if edit is not None else ""

        sender = self.sender_field.party() if self.sender_field is not None else None
        return LetterInput(
            kind=self.kind,
            subject=self.subject.text(),
            registered_on=self.registered_on.date(),
            sender=sender,
            recipients=self.recipients.parties() if self.recipients is not None else (),
            cc=self.cc.parties() if self.cc is not None else (),
            summary=self.summary.toPlainText(),
            body=self.body.toPlainText(),
            sender_number=text(self.sender_number),
            sender_date=self.sender_date.date() if self.sender_date is not None else None,
            urgency=str(self.urgency.currentData()),
            classification=str(self.classification.currentData()),
            keywords=split_keywords(self.keywords.text()),
            signatory=self.signatory.username() if self.signatory is not None else None,
            dispatch_method=(str(self.dispatch_method.currentData())
                             if self.dispatch_method is not None else ""),
            dispatch_date=self.dispatch_date.date() if self.dispatch_date is not None else None,
            postal_tracking_code=text(self.tracking_code),
            reply_expected_by=(self.reply_expected_by.date()
                               if self.reply_expected_by is not None else None),
            from_unit=text(self.from_unit),
            to_unit=text(self.to_unit),
            reply_to=self.reply_to.ref(),
            follows=self.follows.ref(),
            draft=bool(self.draft is not None and self.draft.isChecked()),
        )

    def first_field(self) -> QWidget:
        """Where the cursor goes for the next letter (the date stays as it was)."""
        if self.sender_field is not None:
            return self.sender_field
        if self.recipients is not None:
            return self.recipients
        assert self.from_unit is not None
        return self.from_unit

    # --- filling and clearing ------------------------------------------------------

    def clear_for_next(self) -> None:
        """Empty for the next letter of a batch; the registration date stays."""
        for edit in (self.sender_number, self.from_unit, self.to_unit, self.tracking_code):
            if edit is not None:
                edit.clear()
        for picker in (self.sender_field,):
            if picker is not None:
                picker.clear()
        for parties in (self.recipients, self.cc):
            if parties is not None:
                parties.clear()
        for date_edit in (self.sender_date, self.dispatch_date, self.reply_expected_by):
            if date_edit is not None:
                date_edit.setDate(None)
        self.subject.clear()
        self.summary.clear()
        self.body.clear()
        self.keywords.clear()
        self.urgency.setCurrentIndex(0)
        self.classification.setCurrentIndex(0)
        self.reply_to.clear()
        self.follows.clear()
        self.attachments.clear()
        for combo in (self.signatory, self.dispatch_method):
            if combo is not None:
                combo.setCurrentIndex(0)
        if self.draft is not None:
            self.draft.setChecked(False)

    def load(self, letter: LetterDetail) -> None:
        """Show a letter for editing (its attachments stay on the letter page)."""
        self.registered_on.setDate(letter.registered_on)
        if self.sender_field is not None and letter.sender is not None:
            self.sender_field.set_party(letter.sender.contact_id, labels.party_text(letter.sender))
        if self.sender_number is not None:
            self.sender_number.setText(to_persian_digits(letter.sender_number))
        if self.sender_date is not None:
            self.sender_date.setDate(letter.sender_date)
        if self.recipients is not None:
            self.recipients.set_parties(letter.recipients)
        if self.cc is not None:
            self.cc.set_parties(letter.cc)
        if self.from_unit is not None and self.to_unit is not None:
            self.from_unit.setText(letter.from_unit)
            self.to_unit.setText(letter.to_unit)
        self.subject.setText(letter.subject)
        self.summary.setPlainText(letter.summary)
        self.body.setPlainText(letter.body)
        self.urgency.setCurrentIndex(max(self.urgency.findData(letter.urgency), 0))
        self.classification.setCurrentIndex(
            max(self.classification.findData(letter.classification), 0))
        self.keywords.setText("، ".join(letter.keywords))
        self.reply_to.set_ref(letter.reply_to)
        self.follows.set_ref(letter.follows)
        if self.signatory is not None and letter.signatory:
            self.signatory.choose(letter.signatory)
        if self.draft is not None:
            self.draft.setChecked(letter.status == LetterStatus.DRAFT)
            self.draft.setEnabled(False)  # signing, not editing, gives a draft its number
        if self.dispatch_method is not None:
            self.dispatch_method.setCurrentIndex(
                max(self.dispatch_method.findData(letter.dispatch_method), 0))
        if self.dispatch_date is not None:
            self.dispatch_date.setDate(letter.dispatch_date)
        if self.tracking_code is not None:
            self.tracking_code.setText(to_persian_digits(letter.postal_tracking_code))
        if self.reply_expected_by is not None:
            self.reply_expected_by.setDate(letter.reply_expected_by)
        self.more_form.setRowVisible(self.attachments_row, False)  # added on the letter page
        self.registered_on.setEnabled(letter.status == LetterStatus.DRAFT)
