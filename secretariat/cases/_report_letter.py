"""Files of the monthly report, and the one action that sends it: an outgoing DRAFT letter
to the Organization with the PDF attached, registered in the same unit of work that reads
the numbers (correspondence's api joins it)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from secretariat.cases._common import current_day
from secretariat.cases._dto import CaseReport
from secretariat.cases._report import build_report, period_title
from secretariat.cases._report_xlsx import report_workbook
from secretariat.cases._vocab import CasePermission
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.permissions import require


def write_report(report: CaseReport, path: Path) -> Path:
    """The report as ``.pdf`` or ``.xlsx``, by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _save_pdf(report_pdf_bytes(report), path)
    if suffix == ".xlsx":
        return report_workbook(report, path)
    raise ValidationError("out", "report_file_type", name=path.name)


def report_pdf_bytes(report: CaseReport) -> bytes:
    # Deferred: reportlab costs a third of a second to import; only a printed report needs it.
    from secretariat.cases._report_pdf import report_pdf

    return report_pdf(report)


def _save_pdf(data: bytes, path: Path) -> Path:
    # Deferred with the PDF itself (printing pulls in reportlab).
    from secretariat.printing.api import save_pdf

    return save_pdf(data, path)


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
        pdf = Path(folder) / f"گزارش-وظایف-واگذارشده-{period}.pdf".replace(
            "/", "-").replace(" ", "-")
        _save_pdf(report_pdf_bytes(report), pdf)
        total = report.total
        body = (f"با سلام و احترام، در اجرای تفاهم‌نامهٔ واگذاری وظایف، گزارش عملکرد این خانه "
                f"در {period} به پیوست تقدیم می‌شود: {total.received} پرونده دریافت و "
                f"{total.closed} پرونده مختومه شده است ({total.on_time} پرونده در مهلت و "
                f"{total.late} پرونده با تأخیر).")
        data = letters.LetterInput(
            kind=letters.LetterKind.OUTGOING, subject=f"گزارش عملکرد وظایف واگذارشده — {period}",
            recipients=(letters.PartyInput(name=report.counterparty),), body=body, draft=True)
        return letters.register_letter(ctx, actor, data, files=[pdf])
