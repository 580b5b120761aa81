"""The monthly report to the Organization: choose a Jalali month (or any range), preview the
PDF, save it or the Excel workbook, or register it as a draft letter to the Organization
with the PDF attached (one action, one transaction)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import CaseReport
from secretariat.correspondence.api import LetterDetail
from secretariat.kernel import jalali
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import JALALI_MONTHS, from_jalali, jalali_parts
from ui.cases import labels
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.tables import configure_list_table


def month_range(year: int, month: int) -> tuple[date, date]:
    first = from_jalali(year, month, 1)
    after = from_jalali(year + 1, 1, 1) if month == 12 else from_jalali(year, month + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


class ReportPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.report: CaseReport | None = None
        year, month, _d = jalali_parts(jalali.today_tehran())
        if month == 1:
            year, month = year - 1, 12
        else:
            month -= 1  # the month just ended
        self.by_month = QRadioButton(self.tr("Month:"))
        self.by_month.setChecked(True)
        self.by_range = QRadioButton(self.tr("From:"))
        self.month = QComboBox()
        for index, name in enumerate(JALALI_MONTHS, start=1):
            self.month.addItem(name, index)
        self.month.setCurrentIndex(month - 1)
        self.year = QSpinBox()
        self.year.setRange(1390, 1500)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Year"))
        self.date_from = JalaliDateEdit(allow_empty=False)
        self.date_to = JalaliDateEdit(allow_empty=False)
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(150)
            edit.dateChanged.connect(lambda _d: self.by_range.setChecked(True))
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        self.preview_button = QPushButton(self.tr("Preview PDF…"))
        self.preview_button.clicked.connect(self.preview)
        self.excel_button = QPushButton(self.tr("Save Excel…"))
        self.excel_button.clicked.connect(self.save_excel)
        self.letter_button = QPushButton(self.tr("Send to the Organization as a draft letter"))
        self.letter_button.clicked.connect(self.register_letter)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Duty type"), self.tr("Received"), self.tr("Closed"), self.tr("On time"),
            self.tr("Late"), self.tr("Open"), self.tr("Overdue now"),
            self.tr("Median working days"), self.tr("Mean working days")])
        configure_list_table(self.table)
        self.resolutions = QLabel()
        choose = QHBoxLayout()
        for widget in (self.by_month, self.month, self.year, self.by_range, self.date_from,
                       QLabel(self.tr("to")), self.date_to, show):
            choose.addWidget(widget)
        choose.addStretch()
        actions = QHBoxLayout()
        for button in (self.preview_button, self.excel_button, self.letter_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Cases report")))
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.resolutions)
        layout.addWidget(self.result)
        layout.addLayout(actions)
        self._enable(False)

    def activate(self) -> None:
        self.refresh()

    def period(self) -> tuple[date, date]:
        if self.by_month.isChecked():
            return month_range(self.year.value(), int(self.month.currentData()))
        first, last = self.date_from.date(), self.date_to.date()
        if first is None or last is None:
            raise ValidationError("date_from", "invalid_date", value="")
        return first, last

    def refresh(self) -> None:
        ctx, user = self.ctx, self.user
        first, last = self.period()
        self.requests.run("report", lambda: cases.case_report(ctx, user, first, last),
                          self.show_report)

    def _enable(self, on: bool) -> None:
        for button in (self.preview_button, self.excel_button, self.letter_button):
            button.setEnabled(on)

    def show_report(self, report: CaseReport) -> None:
        self.report = report
        lines = (*report.duties, report.total)
        self.table.setRowCount(len(lines))
        for r, d in enumerate(lines):
            title = d.title if d.code else self.tr("Total")
            values = (title, *(labels.digits(v) for v in (d.received, d.closed, d.on_time, d.late,
                                                          d.open, d.overdue)),
                      labels.digits(_days(d.median_working_days)),
                      labels.digits(_days(d.mean_working_days)))
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        rate = report.implementation_rate
        self.resolutions.setText(self.tr(
            "Workgroup resolutions of the period: {total}, implemented: {done} ({rate})").format(
            total=labels.digits(report.resolutions_total.total),
            done=labels.digits(report.resolutions_total.done),
            rate=labels.digits(f"{round(rate * 100)}٪") if rate is not None else labels.DASH))
        self._enable(True)

    def preview(self) -> QWidget | None:
        report = self.report
        if report is None:
            return None
        # Deferred: the preview pulls in QtPdf and reportlab, needed only when it is opened.
        from ui.printing.preview_dialog import show_preview

        # Deleted as it closes: a month of previews does not pile up under the page.
        return show_preview(cases.report_pdf_bytes(report), self.tr("Cases report"),
                            "cases-report.pdf", self)

    def save_excel(self, path: Path | None = None) -> None:
        report = self.report
        if report is None:
            return
        if path is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Save Excel"),
                                                   "cases-report.xlsx", "Excel (*.xlsx)")
            if not name:
                return
            path = Path(name)
        target = path
        self.requests.run("excel", lambda: cases.write_report(report, target),
                          lambda p: self.result.setText(self.tr("Saved: {path}").format(path=p)))

    def register_letter(self) -> None:
        ctx, user = self.ctx, self.user
        first, last = self.period()
        self.requests.run("letter", lambda: cases.register_report_letter(ctx, user, first, last),
                          self._registered)

    def _registered(self, letter: LetterDetail) -> None:
        self.result.setText(self.tr("A draft letter to the Organization was registered with the "
                                    "report attached: «{subject}». A manager signs it to give it "
                                    "its number.").format(subject=letter.subject))


def _days(value: float | None) -> str:
    if value is None:
        return labels.DASH
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", "٫")
