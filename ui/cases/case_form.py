"""The case form: a new case (or one filled from a letter). Long forms scroll inside the
dialog; the buttons stay visible at any window height."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import CaseDetail, CaseInput, Channel, Classification, DutyInfo
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.digits import to_persian_digits
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.form_scroll import form_scroll
from ui.widgets.jalali_date_edit import JalaliDateEdit


class CaseFormDialog(QDialog):
    opened = Signal(object)  # CaseDetail

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None,
                 initial: CaseInput | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.initial = initial
        self.setWindowTitle(self.tr("New case"))
        self.resize(640, 600)
        self.errors = FormErrors()
        self.duty = QComboBox()
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel.label, channel.value)
        self.received_on = JalaliDateEdit(allow_empty=False)
        self.subject = QLineEdit()
        self.subject.setMaxLength(500)
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("A unit or a person, as in the address book"))
        self.applicant_id = QLineEdit()
        self.applicant_id.setPlaceholderText(self.tr("National ID (10 digits) or legal ID (11)"))
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("The Organization's letter: its number"))
        self.ref_124 = QLineEdit()
        self.tracking_no = QLineEdit()
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Not assigned yet"), None)
        self.classification = QComboBox()
        for level in Classification:
            self.classification.addItem(level.label, level.value)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)

        form = QFormLayout()
        rows = (
            (self.tr("Duty type:"), "duty", self.duty),
            (self.tr("Received by:"), "channel", self.channel),
            (self.tr("Received on:"), "received_on", self.received_on),
            (self.tr("Subject:"), "subject", self.subject),
            (self.tr("Applicant:"), "applicant", self.applicant),
            (self.tr("Applicant's ID:"), "applicant_id", self.applicant_id),
            (self.tr("Organization's letter:"), "letter", self.letter),
            (self.tr("124 reference:"), "ref_124", self.ref_124),
            (self.tr("Tracking number:"), "tracking_no", self.tracking_no),
            (self.tr("Expert:"), "assignee", self.assignee),
            (self.tr("Classification:"), "classification", self.classification),
            (self.tr("Description:"), "description", self.description),
        )
        for caption, field, widget in rows:
            form.addRow(caption, self.errors.add_field(field, widget))
        body = QWidget()
        body.setLayout(form)
        scroll = form_scroll(body, frame=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.fill(initial)
        self._load_choices()

    def _load_choices(self) -> None:
        ctx, user = self.ctx, self.user

        def read() -> tuple[list[DutyInfo], list[tuple[str, str]]]:
            return cases.list_duties(ctx, user, include_inactive=False), cases.list_workers(
                ctx, user)

        run_task(read, on_finished=self._show_choices,
                 on_failed=lambda exc: self.errors.show_failure(exc, self), context=self)

    def _show_choices(self, found: tuple[list[DutyInfo], list[tuple[str, str]]]) -> None:
        duties, workers = found
        wanted = self.initial.duty if self.initial else ""
        self.duty.addItem(self.tr("Choose the duty type…"), None)
        for d in duties:
            days = to_persian_digits(str(d.service_days))
            self.duty.addItem(self.tr("{title} ({code}) — {days} working days").format(
                title=d.title, code=d.code, days=days), d.code)
        self.duty.setCurrentIndex(max(0, self.duty.findData(wanted)))
        for username, full_name in workers:
            self.assignee.addItem(full_name or username, username)
        if self.initial is not None and self.initial.assignee:
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(self.initial.assignee)))
        if self.user.username in [u for u, _n in workers] and self.initial is None:
            self.assignee.setCurrentIndex(self.assignee.findData(self.user.username))

    def fill(self, data: CaseInput) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(data.channel)))
        self.received_on.setDate(data.received_on)
        self.subject.setText(data.subject)
        self.applicant.setText(data.applicant)
        self.applicant_id.setText(data.applicant_id)
        self.letter.setText(to_persian_digits(str(data.letter)) if data.letter else "")
        self.ref_124.setText(data.ref_124)
        self.tracking_no.setText(data.tracking_no)
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(data.classification)))
        self.description.setPlainText(data.description)

    def case_input(self) -> CaseInput:
        return CaseInput(
            duty=str(self.duty.currentData() or ""), channel=str(self.channel.currentData()),
            subject=self.subject.text(), received_on=self.received_on.date(),
            applicant=self.applicant.text(), applicant_id=self.applicant_id.text(),
            letter=self.letter.text().strip() or None, ref_124=self.ref_124.text(),
            tracking_no=self.tracking_no.text(), assignee=self.assignee.currentData(),
            description=self.description.toPlainText(),
            classification=str(self.classification.currentData()))

    def save(self) -> None:
        self.errors.clear()
        if not self.received_on.is_valid():
            self.errors.show_text("received_on", self.received_on.error())
            return
        ctx, user, data = self.ctx, self.user, self.case_input()
        self.buttons.setEnabled(False)
        run_task(lambda: cases.open_case(ctx, user, data), on_finished=self._saved,
                 on_failed=self._failed, context=self)

    def _saved(self, detail: CaseDetail) -> None:
        self.buttons.setEnabled(True)
        self.opened.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
