"""The register book (دفتر اندیکاتور): choose a Jalali period and a kind, then preview.

Thousands of rows take seconds: the book is built on a worker thread with a
progress dialog and Cancel (``background.render_in_background``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import KIND_LABELS
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, from_jalali, jalali_parts, today_tehran
from secretariat.printing import api as printing
from ui.printing.background import ProgressCallback, render_in_background
from ui.printing.preview_dialog import show_preview
from ui.tasks import Task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit


def first_of_month(day: date) -> date:
    year, month, _ = jalali_parts(day)
    return from_jalali(year, month, 1)


class RegisterBookDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Register book"))
        today = today_tehran()
        self.date_from = JalaliDateEdit(allow_empty=False)
        self.date_from.setDate(first_of_month(today))
        self.date_to = JalaliDateEdit(allow_empty=False)
        self.date_to.setDate(today)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in KIND_LABELS.items():
            self.kind.addItem(label, code)
        self.errors = FormErrors()
        form = QFormLayout()
        form.addRow(self.tr("From"), self.errors.add_field("date_from", self.date_from))
        form.addRow(self.tr("To"), self.errors.add_field("date_to", self.date_to))
        form.addRow(self.tr("Letters"), self.kind)
        hint = QLabel(self.tr("Landscape A4, one row per letter, cancelled letters marked."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def period(self) -> tuple[date, date] | None:
        self.errors.clear()
        start, end = self.date_from.date(), self.date_to.date()
        if start is None or end is None:
            field = "date_from" if start is None else "date_to"
            self.errors.show_error(ValidationError(field, "required"))
            return None
        if start > end:
            self.errors.show_error(ValidationError("date_from", "date_range_reversed"))
            return None
        return start, end

    def build(self) -> None:
        period = self.period()
        if period is None:
            return
        start, end = period
        kind: str | None = self.kind.currentData()
        ctx, user = self.ctx, self.user
        owner = self.parentWidget() or self
        title = self.tr("Register book {start} to {end}").format(
            start=format_jalali(start), end=format_jalali(end))

        def work(progress: ProgressCallback) -> bytes:
            return printing.register_pdf(ctx, user, start, end, kind, progress)

        def done(data: bytes) -> None:
            show_preview(data, title, f"register-{format_jalali(start, False)}-"
                         f"{format_jalali(end, False)}".replace("/", "-"), owner)  # fmt: skip

        label = self.tr("Building the register book…")
        if owner is not self:
            self.task = render_in_background(owner, work, label, done)
            self.accept()
            return

        # No window behind: this dialog stays (its button off) until the preview is up.
        def finished(data: bytes) -> None:
            self.preview_button.setEnabled(True)
            done(data)

        self.preview_button.setEnabled(False)
        self.task = render_in_background(self, work, label, finished,
                                         lambda: self.preview_button.setEnabled(True))  # fmt: skip


def open_register_book(parent: QWidget, ctx: AppContext, user: CurrentUser) -> QWidget:
    """The register book dialog: choose the period and kind, build with progress, preview."""
    dialog = RegisterBookDialog(ctx, user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
