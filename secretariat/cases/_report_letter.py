"""Files of the monthly report, and the one action that sends it: an outgoing DRAFT letter
to the Organization with the PDF attached, registered in the same unit of work that reads
the numbers (correspondence's api joins it)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from secretariat.cases._common import current_day
from secretariat.cases._dto import CaseReport
from secretariat.cases._report import build_report
from secretariat.cases._report_pdf import period_title, report_pdf
from secretariat.cases._report_xlsx import report_workbook
from secretariat.cases._vocab import CasePermission
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.permissions import require
from secretariat.printing import api as printing


def write_report(report: CaseReport, path: Path) -> Path:
    """The report as ``.pdf`` or ``.xlsx``, by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return printing.save_pdf(report_pdf(report), path)
    if suffix == ".xlsx":
        return report_workbook(report, path)
    raise ValidationError("out", "report_file_type", name=path.name)


def report_pdf_bytes(report: CaseReport) -> bytes:
    return report_pdf(report)


def register_report_letter(ctx: AppContext, actor: CurrentUser, first: date, last: date
                           ) -> letters.LetterDetail:
    """Register an outgoing draft letter to the Organization with the report's PDF attached:
    one transaction (numbers, letter, attachment), so nothing is half done."""
    require(actor, CasePermission.MANAGE)
    require(actor, letters.LetterPermission.REGISTER)
    if last < first:
        raise ValidationError("date_from", "date_range_reversed")
    with tempfile.TemporaryDirectory(prefix="case-report-") as folder, ctx.write() as session:
        report = build_report(ctx, session, actor, first, last, current_day())
        period = period_title(report)
        pdf = Path(folder) / f"گزارش-وظایف-واگذارشده-{printing.fa(period)}.pdf".replace(
            "/", "-").replace(" ", "-")
        printing.save_pdf(report_pdf(report), pdf)
        total = report.total
        body = (f"با سلام و احترام، در اجرای تفاهم‌نامهٔ واگذاری وظایف، گزارش عملکرد این خانه "
                f"در {period} به پیوست تقدیم می‌شود: {total.received} پرونده دریافت و "
                f"{total.closed} پرونده مختومه شده است ({total.on_time} پرونده در مهلت و "
                f"{total.late} پرونده با تأخیر).")
        data = letters.LetterInput(
            kind=letters.LetterKind.OUTGOING, subject=f"گزارش عملکرد وظایف واگذارشده — {period}",
            recipients=(letters.PartyInput(name=report.counterparty),), body=body, draft=True)
        return letters.register_letter(ctx, actor, data, files=[pdf])
