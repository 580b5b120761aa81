"""The monthly report as an Excel workbook (the kernel's RTL workbook helper): the same
numbers as the PDF, one sheet per table."""

from __future__ import annotations

from pathlib import Path

from secretariat.cases._dto import CaseReport, DutyLine
from secretariat.cases._vocab import Agency, CaseStatus
from secretariat.kernel.workbook import DATE_TEXT, NUMBER, TEXT, Column, Sheet, write_sheets

DUTY_COLUMNS = (
    Column("کد", 10), Column("نوع وظیفه", 40), Column("دریافتی", 10, NUMBER),
    Column("مختومه", 10, NUMBER), Column("به‌موقع", 10, NUMBER), Column("با تأخیر", 10, NUMBER),
    Column("باز", 10, NUMBER), Column("معوق اکنون", 12, NUMBER),
    Column("میانهٔ روز کاری تا مختومه", 16, NUMBER),
    Column("میانگین روز کاری تا مختومه", 16, NUMBER),
)


def _duty_row(line: DutyLine) -> list[object]:
    return [line.code, line.title, line.received, line.closed, line.on_time, line.late,
            line.open, line.overdue, line.median_working_days, line.mean_working_days]


def report_workbook(report: CaseReport, path: Path) -> Path:
    duties = [_duty_row(d) for d in report.duties] + [_duty_row(report.total)]
    agencies = [[Agency.label_of(a.agency) if a.agency else "جمع", a.total, a.done,
                 a.in_progress, a.not_done] for a in (*report.agencies, report.resolutions_total)]
    rate = report.implementation_rate
    agencies.append(["نرخ اجرا (درصد)", round(rate * 100, 1) if rate is not None else None,
                     None, None, None])
    overdue = [[s.number, s.duty_code, s.subject, s.applicant, s.received_on, s.due_on,
                -(s.working_days_left or 0), CaseStatus.label_of(s.status),
                s.assignee_name or s.assignee or ""] for s in report.overdue]
    period = [["از تاریخ", report.date_from], ["تا تاریخ", report.date_to],
              ["تاریخ تهیه", report.today]]
    return write_sheets(path, [
        Sheet("نوع وظیفه", DUTY_COLUMNS, duties),
        Sheet("مصوبه‌ها", (Column("دستگاه مسئول", 24), Column("مصوبه‌ها", 10, NUMBER),
                           Column("اجرا شده", 10, NUMBER), Column("در دست اجرا", 12, NUMBER),
                           Column("اجرا نشده", 10, NUMBER)), agencies),
        Sheet("گذشته از مهلت", (Column("شمارهٔ پرونده", 14), Column("کد وظیفه", 10),
                                Column("موضوع", 40), Column("متقاضی", 30),
                                Column("دریافت", 12, DATE_TEXT), Column("مهلت", 12, DATE_TEXT),
                                Column("روز کاری تأخیر", 12, NUMBER), Column("وضعیت", 16),
                                Column("کارشناس", 20)), overdue),
        Sheet("بازه", (Column("مورد", 14, TEXT), Column("تاریخ", 14, DATE_TEXT)), period),
    ])
