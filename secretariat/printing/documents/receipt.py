"""The receipt slip (رسید) handed to whoever delivered an incoming letter: A6 or an 80 mm roll.

Number, date and time of registration, sender (and their own number and
date), subject, attachments, the clerk who registered it, a QR code with the
letter's verification string, and a line for the secretariat's stamp.
On a roll the page is exactly as tall as the slip.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from secretariat.printing.documents.common import (
    RULE_GREY,
    draw_classification,
    fa,
    for_paper,
    jalali,
    jalali_time,
    new_pdf_canvas,
    with_ellipsis,
)
from secretariat.printing.documents.data import ReceiptPrint
from secretariat.printing.documents.qr import draw_qr
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR
from secretariat.printing.rtl import RtlParagraph, break_lines

ROLL_WIDTH = 80 * mm
RECEIPT_SIZES = ("A6", "roll80")
TITLE = "رسید دریافت نامه"
STAMP_LINE = "مهر و امضای دبیرخانه"
MAX_SUBJECT_LINES = 4


def _rows(receipt: ReceiptPrint) -> list[tuple[str, str]]:
    rows = [
        ("شمارهٔ ثبت:", fa(receipt.number)),
        ("تاریخ ثبت:", jalali(receipt.registered_on)),
        ("زمان ورود:", jalali_time(receipt.registered_at)),
        ("فرستنده:", receipt.sender),
    ]
    if receipt.sender_number or receipt.sender_date:
        parts = [fa(receipt.sender_number)] if receipt.sender_number else []
        if receipt.sender_date:
            parts.append("مورخ " + jalali(receipt.sender_date))
        rows.append(("نامهٔ فرستنده:", " ".join(parts)))
    rows.append(("موضوع:", receipt.subject))
    rows.append(("پیوست:", fa(receipt.attachments or "ندارد")))
    if receipt.clerk:
        rows.append(("ثبت‌کننده:", receipt.clerk))
    return rows


def _clipped(text: str, size: float, width: float) -> str:
    lines = break_lines(text, FONT_REGULAR, size, width)
    if len(lines) > MAX_SUBJECT_LINES:
        lines = lines[:MAX_SUBJECT_LINES]
        lines[-1] = with_ellipsis(lines[-1], FONT_REGULAR, size, width)
    return "\n".join(lines)


def _table(receipt: ReceiptPrint, width: float, size: float) -> Table:
    label_width = 21 * mm if width > 70 * mm else 19 * mm
    value_width = width - label_width
    data = []
    for label, value in _rows(receipt):
        text = _clipped(value, size, value_width - 4)
        data.append([RtlParagraph(text, FONT_REGULAR, size, align="right"),
                     RtlParagraph(label, FONT_BOLD, size - 0.5, align="right")])  # fmt: skip
    table = Table(data, colWidths=[value_width, label_width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE_GREY),
    ]))  # fmt: skip
    return table


class _Slip:
    """The slip's parts, measured once so a roll's page can be cut to their height."""

    def __init__(self, receipt: ReceiptPrint, width: float, margin: float) -> None:
        self.receipt = receipt
        self.width = width
        self.margin = margin
        self.inner = width - 2 * margin
        size = 8.5 if width <= ROLL_WIDTH else 9.0
        self.parts: list[Flowable] = [
            RtlParagraph(receipt.org_name, FONT_BOLD, size + 1.5, align="centre"),
            RtlParagraph(TITLE, FONT_BOLD, size + 3, align="centre", space_after=2 * mm),
            _table(receipt, self.inner, size),
            Spacer(1, 3 * mm),
            RtlParagraph(STAMP_LINE, FONT_REGULAR, size, align="left"),
        ]
        self.qr_size = 18 * mm if receipt.verification else 0.0
        self.class_zone = 9 * mm if receipt.classification else 0.0

    def content_height(self) -> float:
        total = self.class_zone + self.qr_size + (3 * mm if self.qr_size else 0.0)
        for part in self.parts:
            total += part.wrap(self.inner, 10_000)[1] + part.getSpaceBefore() + part.getSpaceAfter()
        return float(total)

    def draw(self, canvas: Canvas, page_height: float) -> None:
        y = page_height - self.margin
        if self.receipt.classification:
            draw_classification(canvas, self.receipt.classification, self.width / 2,
                                y - 5 * mm, 9)  # fmt: skip
            y -= self.class_zone
        for part in self.parts:
            y -= part.getSpaceBefore()
            _, height = part.wrap(self.inner, 10_000)
            y -= height
            part.drawOn(canvas, self.margin, y)
            y -= part.getSpaceAfter()
        if self.receipt.verification:
            # Bottom left, beside where the stamp goes.
            draw_qr(canvas, self.receipt.verification, self.margin, y - 2 * mm - self.qr_size,
                    self.qr_size)  # fmt: skip


def render_receipt(receipt: ReceiptPrint, size: str = "A6") -> bytes:
    """A6 (105 × 148 mm) or an 80 mm roll (the page as tall as the slip)."""
    if size not in RECEIPT_SIZES:
        raise ValueError(f"unknown receipt size {size!r}")
    receipt = for_paper(receipt)
    if size == "A6":
        page = A6
        slip = _Slip(receipt, page[0], 7 * mm)
    else:
        slip = _Slip(receipt, ROLL_WIDTH, 4 * mm)
        page = (ROLL_WIDTH, slip.content_height() + 2 * slip.margin + 2 * mm)
    buffer = BytesIO()
    canvas = new_pdf_canvas(buffer, page, f"{TITLE} {fa(receipt.number)}")
    slip.draw(canvas, page[1])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
