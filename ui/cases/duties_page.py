"""The MoU and its duty types (admin, manager): what was transferred, each duty's service
deadline in working days, warning threshold, site visit, whether the clock pauses. A duty in
use is deactivated, never deleted. The case number format is set here too (admin)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import DutiesChanged, DutyInfo, DutyInput, MouInfo, MouInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import Permission, role_allows
from ui.cases import labels
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.tables import configure_list_table

Loaded = tuple[list[MouInfo], list[DutyInfo], str]


class _FormDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def row(self, caption: str, field: str, widget: QWidget) -> None:
        self.form.addRow(caption, self.errors.add_field(field, widget))

    def save(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[], object]) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)


class MouDialog(_FormDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, existing: MouInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.existing = ctx, user, existing
        self.setWindowTitle(self.tr("Memorandum of understanding"))
        self.title = QLineEdit(existing.title if existing else "")
        self.counterparty = QLineEdit(existing.counterparty if existing else
                                      MouInput(title="").counterparty)
        self.signed_on = JalaliDateEdit()
        self.valid_from = JalaliDateEdit()
        self.valid_to = JalaliDateEdit()
        self.letter_number = QLineEdit(existing.letter_number if existing else "")
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("The registered letter's number, when there is one"))
        if existing:
            self.signed_on.setDate(existing.signed_on)
            self.valid_from.setDate(existing.valid_from)
            self.valid_to.setDate(existing.valid_to)
        self.row(self.tr("Title:"), "title", self.title)
        self.row(self.tr("Counterparty:"), "counterparty", self.counterparty)
        self.row(self.tr("Signed on:"), "signed_on", self.signed_on)
        self.row(self.tr("Valid from:"), "valid_from", self.valid_from)
        self.row(self.tr("Valid to:"), "valid_to", self.valid_to)
        self.row(self.tr("Its letter number:"), "letter_number", self.letter_number)
        self.row(self.tr("Registered letter:"), "letter", self.letter)

    def save(self) -> None:
        data = MouInput(title=self.title.text(), counterparty=self.counterparty.text(),
                        signed_on=self.signed_on.date(), valid_from=self.valid_from.date(),
                        valid_to=self.valid_to.date(), letter_number=self.letter_number.text(),
                        letter=self.letter.text().strip() or (
                            self.existing.letter_id if self.existing else None))
        ctx, user, existing = self.ctx, self.user, self.existing
        if existing is None:
            self.run(lambda: cases.add_mou(ctx, user, data))
        else:
            self.run(lambda: cases.update_mou(ctx, user, existing.id, data))


class DutyDialog(_FormDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, mous: list[MouInfo],
                 existing: DutyInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.existing = ctx, user, existing
        self.setWindowTitle(self.tr("Duty type"))
        self.code = QLineEdit(existing.code if existing else "")
        self.title = QLineEdit(existing.title if existing else "")
        self.clause = QLineEdit(existing.clause if existing else "")
        self.mou = QComboBox()
        self.mou.addItem(self.tr("No MoU"), None)
        for m in mous:
            self.mou.addItem(m.title, m.id)
        self.service_days = QSpinBox()
        self.service_days.setRange(1, 365)
        self.service_days.setValue(existing.service_days if existing else 10)
        self.warn_percent = QSpinBox()
        self.warn_percent.setRange(1, 99)
        self.warn_percent.setSuffix("٪")
        self.warn_percent.setValue(existing.warn_percent if existing else 75)
        self.site_visit = QCheckBox(self.tr("An expert's site visit is needed"))
        self.pauses = QCheckBox(self.tr("The clock stops while waiting for the applicant or "
                                        "the Organization"))
        self.report_group = QLineEdit(existing.report_group if existing else "")
        self.site_visit.setChecked(existing.site_visit if existing else False)
        self.pauses.setChecked(existing.pauses if existing else True)
        if existing:
            self.mou.setCurrentIndex(max(0, self.mou.findData(existing.mou_id)))
        self.row(self.tr("Code:"), "code", self.code)
        self.row(self.tr("Title:"), "title", self.title)
        self.row(self.tr("MoU:"), "mou", self.mou)
        self.row(self.tr("Clause:"), "clause", self.clause)
        self.row(self.tr("Service deadline (working days):"), "service_days", self.service_days)
        self.row(self.tr("Warn when used:"), "warn_percent", self.warn_percent)
        self.row("", "site_visit", self.site_visit)
        self.row("", "pauses", self.pauses)
        self.row(self.tr("Report group:"), "report_group", self.report_group)

    def save(self) -> None:
        data = DutyInput(code=self.code.text(), title=self.title.text(),
                         service_days=self.service_days.value(),
                         warn_percent=self.warn_percent.value(), mou=self.mou.currentData(),
                         clause=self.clause.text(), site_visit=self.site_visit.isChecked(),
                         pauses=self.pauses.isChecked(), report_group=self.report_group.text(),
                         active=self.existing.active if self.existing else True)
        ctx, user, existing = self.ctx, self.user, self.existing
        if existing is None:
            self.run(lambda: cases.add_duty(ctx, user, data))
        else:
            self.run(lambda: cases.update_duty(ctx, user, existing.id, data))


class DutiesPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.mous: list[MouInfo] = []
        self.duties: list[DutyInfo] = []
        self.mou_table = QTableWidget(0, 5)
        self.mou_table.setHorizontalHeaderLabels([
            self.tr("MoU"), self.tr("Counterparty"), self.tr("Signed on"), self.tr("Valid to"),
            self.tr("Duty types")])
        configure_list_table(self.mou_table)
        self.mou_table.setMaximumHeight(130)
        self.duty_table = QTableWidget(0, 8)
        self.duty_table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Duty type"), self.tr("Clause"),
            self.tr("Working days"), self.tr("Warn at"), self.tr("Site visit"),
            self.tr("Clock pauses"), self.tr("Cases")])
        configure_list_table(self.duty_table)
        self.duty_table.itemActivated.connect(lambda _item: self.edit_duty())
        add_mou = QPushButton(self.tr("New MoU…"))
        add_mou.clicked.connect(self.new_mou)
        self.edit_mou_button = QPushButton(self.tr("Edit MoU…"))
        self.edit_mou_button.clicked.connect(self.edit_mou)
        add_duty = QPushButton(self.tr("New duty type…"))
        add_duty.clicked.connect(self.new_duty)
        self.edit_duty_button = QPushButton(self.tr("Edit…"))
        self.edit_duty_button.clicked.connect(self.edit_duty)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.duty_table.itemSelectionChanged.connect(self._update_buttons)
        self.number_format = QLineEdit()
        self.number_sample = QLabel()
        save_format = QPushButton(self.tr("Save format"))
        save_format.clicked.connect(self.save_format)
        self.format_row = QWidget()
        fmt = QHBoxLayout(self.format_row)
        fmt.setContentsMargins(0, 0, 0, 0)
        format_label = QLabel(self.tr("Case number format:"))
        format_label.setBuddy(self.number_format)  # the field's name for a screen reader
        fmt.addWidget(format_label)
        fmt.addWidget(self.number_format)
        fmt.addWidget(save_format)
        fmt.addWidget(self.number_sample, 1)
        self.format_row.setVisible(role_allows(user.role, Permission.MANAGE_SETTINGS))

        mou_buttons = QHBoxLayout()
        mou_buttons.addWidget(add_mou)
        mou_buttons.addWidget(self.edit_mou_button)
        mou_buttons.addStretch()
        duty_buttons = QHBoxLayout()
        for button in (add_duty, self.edit_duty_button, self.active_button):
            duty_buttons.addWidget(button)
        duty_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("MoU and duty types")))
        layout.addWidget(self.mou_table)
        layout.addLayout(mou_buttons)
        layout.addWidget(self.duty_table, 1)
        layout.addLayout(duty_buttons)
        layout.addWidget(self.format_row)
        self.follow((DutiesChanged,))

    def activate(self) -> None:
        ctx, user = self.ctx, self.user

        def read() -> Loaded:
            return (cases.list_mous(ctx, user), cases.list_duties(ctx, user),
                    cases.get_number_format(ctx, user))

        self.requests.run("all", read, self._loaded)

    def _loaded(self, found: Loaded) -> None:
        self.mous, self.duties, fmt = found
        self.mou_table.setRowCount(len(self.mous))
        for r, m in enumerate(self.mous):
            for c, text in enumerate((m.title, m.counterparty, labels.date_text(m.signed_on),
                                      labels.date_text(m.valid_to), labels.digits(m.duties))):
                self.mou_table.setItem(r, c, QTableWidgetItem(text))
        yes, no = self.tr("Yes"), self.tr("No")
        self.duty_table.setRowCount(len(self.duties))
        for r, d in enumerate(self.duties):
            title = d.title if d.active else self.tr("{title} (inactive)").format(title=d.title)
            for c, text in enumerate((d.code, title, d.clause, labels.digits(d.service_days),
                                      labels.digits(d.warn_percent) + "٪",
                                      yes if d.site_visit else no, yes if d.pauses else no,
                                      labels.digits(d.cases))):
                self.duty_table.setItem(r, c, QTableWidgetItem(text))
        self.number_format.setText(fmt)
        self.number_sample.setText(self.tr("e.g. {sample}").format(
            sample=labels.number_text(fmt.replace("{year}", "1405").replace("{yy}", "05")
                                      .replace("{seq}", "12"))))
        self._update_buttons()

    def _selected(self) -> DutyInfo | None:
        rows = self.duty_table.selectionModel().selectedRows()
        return self.duties[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        duty = self._selected()
        self.edit_duty_button.setEnabled(duty is not None)
        self.active_button.setEnabled(duty is not None)
        self.active_button.setText(self.tr("Reactivate") if duty and not duty.active
                                   else self.tr("Deactivate"))
        self.edit_mou_button.setEnabled(bool(self.mous))

    def _open(self, dialog: _FormDialog) -> _FormDialog:
        dialog.saved.connect(self.activate)
        dialog.open()
        return dialog

    def new_mou(self) -> QDialog:
        return self._open(MouDialog(self.ctx, self.user, None, self))

    def edit_mou(self) -> QDialog | None:
        rows = self.mou_table.selectionModel().selectedRows()
        mou = self.mous[rows[0].row()] if rows else (self.mous[0] if self.mous else None)
        return self._open(MouDialog(self.ctx, self.user, mou, self)) if mou else None

    def new_duty(self) -> QDialog:
        return self._open(DutyDialog(self.ctx, self.user, self.mous, None, self))

    def edit_duty(self) -> QDialog | None:
        duty = self._selected()
        return self._open(DutyDialog(self.ctx, self.user, self.mous, duty, self)) if duty else None

    def toggle_active(self) -> None:
        duty = self._selected()
        if duty is None:
            return
        ctx, user = self.ctx, self.user
        self.requests.run("active", lambda: cases.set_duty_active(ctx, user, duty.id,
                                                                  not duty.active),
                          lambda _d: self.activate())

    def save_format(self) -> None:
        ctx, user, fmt = self.ctx, self.user, self.number_format.text()
        self.requests.run("format", lambda: cases.set_number_format(ctx, user, fmt),
                          lambda sample: self.number_sample.setText(
                              self.tr("e.g. {sample}").format(sample=labels.number_text(sample))))
