"""The monthly report as a Persian PDF: per-duty table, a bar chart (on time vs late per
duty, reportlab's own ``graphics.charts`` in the same Vazirmatn font with Persian digits on
the axis), the workgroup's resolutions by agency, and the overdue list. Drawn with
printing's right-to-left toolkit (``printing.api``)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.cases._dto import CaseReport, DutyLine
from secretariat.cases._report import period_title
from secretariat.cases._vocab import Agency
from secretariat.printing import api as printing

PAGE = A4
MARGIN = 15 * mm
ON_TIME = Color(0.18, 0.55, 0.34)
LATE = Color(0.80, 0.22, 0.17)
HEADING_FILL = Color(0.86, 0.89, 0.93)
GRID = Color(0.6, 0.6, 0.6)
CELL = 8.5


def _fa(value: object) -> str:
    return printing.fa(value)


def _days(value: float | None) -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return _fa(text).replace(".", "٫")


def _cell(text: str, bold: bool = False, align: str = "right") -> Flowable:
    font = printing.FONT_BOLD if bold else printing.FONT_REGULAR
    return printing.rtl_cell(text, font=font, size=CELL, align=align)  # type: ignore[arg-type]


def _table(rows: Sequence[Sequence[str]], widths: Sequence[float], bold_last: bool = False
           ) -> Table:
    """A right-to-left table: the first column given is the rightmost."""
    data = []
    for r, row in enumerate(rows):
        bold = r == 0 or (bold_last and r == len(rows) - 1)
        cells = [_cell(text, bold, "right" if c == 0 else "centre") for c, text in enumerate(row)]
        data.append(list(reversed(cells)))
    table = Table(data, colWidths=list(reversed(widths)), repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if bold_last:
        style.append(("BACKGROUND", (0, -1), (-1, -1), HEADING_FILL))
    table.setStyle(TableStyle(style))
    return table


def _duty_rows(report: CaseReport) -> list[list[str]]:
    head = ["نوع وظیفه", "دریافتی", "مختومه", "به‌موقع", "با تأخیر", "باز", "معوق اکنون",
            "میانهٔ روز کاری", "میانگین روز کاری"]

    def row(line: DutyLine, title: str) -> list[str]:
        return [title, _fa(line.received), _fa(line.closed), _fa(line.on_time), _fa(line.late),
                _fa(line.open), _fa(line.overdue), _days(line.median_working_days),
                _days(line.mean_working_days)]

    return [head, *(row(d, f"{d.title} ({printing.text_digits(d.code)})") for d in report.duties),
            row(report.total, "جمع")]


def chart(report: CaseReport, width: float, height: float = 58 * mm) -> Drawing:
    """On time vs late per duty type; duties read right to left like the table."""
    lines = list(reversed(report.duties)) or [report.total]
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 14 * mm, 8 * mm
    bars.width, bars.height = width - 16 * mm, height - 20 * mm
    bars.data = [[d.on_time for d in lines], [d.late for d in lines]]
    bars.bars[0].fillColor, bars.bars[1].fillColor = ON_TIME, LATE
    bars.bars.strokeColor = white
    bars.groupSpacing, bars.barSpacing = 6, 1
    bars.categoryAxis.categoryNames = [printing.visual_line(printing.text_digits(d.code))
                                       for d in lines]
    bars.categoryAxis.labels.fontName = printing.FONT_REGULAR
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.dy = -3
    top = max([*bars.data[0], *bars.data[1], 1])
    step = max(1, -(-top // 5))
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, step * 5
    bars.valueAxis.valueStep = step
    bars.valueAxis.labels.fontName = printing.FONT_REGULAR
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = lambda v: printing.fa(int(v))
    drawing.add(bars)
    # The legend, right to left at the top right: a swatch, then its word to its left.
    x = width
    for colour, word in ((ON_TIME, "به‌موقع"), (LATE, "با تأخیر")):
        x -= 4 * mm
        drawing.add(Rect(x, height - 8.5 * mm, 3.2 * mm, 3.2 * mm, fillColor=colour,
                         strokeColor=None))
        text = printing.visual_line(word)
        x -= 1.5 * mm
        drawing.add(String(x, height - 8 * mm, text, fontName=printing.FONT_REGULAR,
                           fontSize=9, textAnchor="end"))
        x -= printing.line_width(word, printing.FONT_REGULAR, 9) + 6 * mm
    axis_title = String(4 * mm, height - 8 * mm, printing.visual_line("شمار پرونده"),
                        fontName=printing.FONT_REGULAR, fontSize=8)
    drawing.add(axis_title)
    return drawing


def _agency_rows(report: CaseReport) -> list[list[str]]:
    head = ["دستگاه مسئول", "مصوبه‌ها", "اجرا شده", "در دست اجرا", "اجرا نشده"]
    rows = [head]
    for a in (*report.agencies, report.resolutions_total):
        title = Agency.label_of(a.agency) if a.agency else "جمع"
        rows.append([title, _fa(a.total), _fa(a.done), _fa(a.in_progress), _fa(a.not_done)])
    return rows


def _overdue_rows(report: CaseReport) -> list[list[str]]:
    rows = [["شمارهٔ پرونده", "نوع وظیفه", "متقاضی", "دریافت", "مهلت", "روز کاری تأخیر",
             "کارشناس"]]
    for s in report.overdue:
        late = -(s.working_days_left or 0)
        # text_digits keeps a number such as «1405-12» (a number format with a hyphen) or a
        # phone inside the applicant's name in its order.
        rows.append([printing.text_digits(s.number), printing.text_digits(s.duty_code),
                     printing.text_digits(s.applicant) or "—",
                     printing.jalali(s.received_on), printing.jalali(s.due_on), _fa(late),
                     s.assignee_name or s.assignee or "—"])
    return rows


def _heading(text: str, size: float = 12) -> Flowable:
    return printing.RtlParagraph(text, font=printing.FONT_BOLD, size=size, align="right",
                                 space_before=4 * mm, space_after=2 * mm)


def report_pdf(report: CaseReport) -> bytes:
    printing.register_fonts()
    width = PAGE[0] - 2 * MARGIN
    title = f"گزارش عملکرد وظایف واگذارشده — {period_title(report)}"
    story: list[Flowable] = [
        printing.RtlParagraph(report.org_name, font=printing.FONT_BOLD, size=13, align="centre"),
        printing.RtlParagraph(title, font=printing.FONT_BOLD, size=12, align="centre",
                              space_before=2 * mm),
        printing.RtlParagraph(
            f"به: {report.counterparty} — بازه: از {printing.jalali(report.date_from)} تا "
            f"{printing.jalali(report.date_to)} — تهیه: {printing.jalali(report.today)}",
            size=9, align="centre", space_before=1 * mm, space_after=3 * mm),
        _heading("۱. پرونده‌ها به تفکیک نوع وظیفه"),
        _table(_duty_rows(report), [width * 0.28] + [width * 0.09] * 8, bold_last=True),
        printing.RtlParagraph(
            "روز کاری: بی‌احتساب جمعه‌ها، تعطیلات رسمی و روزهای توقف ساعت در انتظار متقاضی یا "
            "امضای سازمان. «باز»: باز در پایان بازه؛ «معوق اکنون»: باز و گذشته از مهلت در امروز.",
            size=7.5, align="right", space_before=1.5 * mm),
        _heading("۲. پاسخ به‌موقع و با تأخیر"),
        chart(report, width),
        _heading("۳. مصوبه‌های کارگروه تسهیل و رفع موانع تولید"),
    ]
    rate = report.implementation_rate
    if report.resolutions_total.total:
        story.append(_table(_agency_rows(report), [width * 0.32] + [width * 0.17] * 4,
                            bold_last=True))
        story.append(printing.RtlParagraph(
            f"نرخ اجرای مصوبه‌ها: {_fa(round((rate or 0) * 100))}٪", size=9, align="right",
            space_before=1.5 * mm))
    else:
        story.append(printing.RtlParagraph("در این بازه مصوبه‌ای ثبت نشده است.", size=9,
                                           align="right"))
    story.append(_heading("۴. پرونده‌های گذشته از مهلت"))
    if report.overdue:
        story.append(_table(_overdue_rows(report), [width * w for w in
                                                    (0.14, 0.09, 0.27, 0.11, 0.11, 0.1, 0.18)]))
        if report.total.overdue > len(report.overdue):
            story.append(printing.RtlParagraph(
                f"و {_fa(report.total.overdue - len(report.overdue))} پروندهٔ دیگر.", size=9,
                align="right"))
    else:
        story.append(printing.RtlParagraph("پرونده‌ای از مهلت نگذشته است.", size=9,
                                           align="right"))
    story.append(Spacer(1, 2 * mm))

    def footer(canvas: Canvas, page: int, total: int) -> None:
        printing.draw_centred(canvas, printing.page_of(page, total), PAGE[0] / 2, 9 * mm,
                              printing.FONT_REGULAR, 8)

    buffer = BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE, title=title, author="Secretariat",
                          creator="Secretariat", leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm)
    frame = Frame(MARGIN, MARGIN + 4 * mm, width, PAGE[1] - 2 * MARGIN - 4 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=printing.canvas_with_totals(footer))
    return buffer.getvalue()
