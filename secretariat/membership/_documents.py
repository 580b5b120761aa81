"""Cards (CR80, 85.6 × 54 mm: two per A4 row, or one per card-printer page), certificates
(A4/A5) and payment receipts as PDFs, drawn with the printing feature's RTL toolkit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.membership._amounts import format_amount
from secretariat.membership._dto import PaymentInfo
from secretariat.membership._paper import CardFacts
from secretariat.membership._vocab import CardLayout, PaymentMethod
from secretariat.printing.api import (
    FONT_BOLD,
    FONT_MEDIUM,
    FONT_REGULAR,
    break_lines,
    draw_centred,
    draw_qr,
    draw_rtl_line,
    draw_rtl_paragraph,
    draw_watermark,
    fa,
    jalali,
    line_width,
    ltr_isolate,
    new_pdf_canvas,
    short_code,
    text_digits,
)

CARD_W, CARD_H = 85.6 * mm, 54 * mm
ACCENT = Color(0.10, 0.30, 0.50)
GREY = Color(0.45, 0.45, 0.45)
CARD_TITLE = "کارت عضویت"
CERTIFICATE_TITLE = "گواهی عضویت"
RECEIPT_TITLE = "رسید پرداخت حق عضویت"


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width`` on one line."""
    while size > 5 and line_width(text, font, size) > width:
        size -= 0.25
    return size


def _logo(canvas: Canvas, logo: Path | None, x: float, y: float, size: float) -> bool:
    if logo is None:
        return False
    canvas.drawImage(str(logo), x, y, size, size, preserveAspectRatio=True, anchor="c",
                     mask="auto")
    return True


def _draw_card(canvas: Canvas, f: CardFacts, x: float, y: float) -> None:
    """One card with its lower-left corner at (x, y)."""
    pad = 3.5 * mm
    right = x + CARD_W - pad
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    canvas.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - 13 * mm, CARD_W, 0.6 * mm, stroke=0, fill=1)
    logo = 10 * mm
    has_logo = _logo(canvas, f.logo, right - logo, y + CARD_H - 12 * mm, logo)
    head_right = right - (logo + 2 * mm if has_logo else 0)
    head_width = head_right - (x + pad)
    canvas.setFillColor(ACCENT)
    association = text_digits(f.association_name)
    size = _fit(association, FONT_BOLD, 9, head_width)
    draw_rtl_line(canvas, association, head_right, y + CARD_H - 6.5 * mm, FONT_BOLD, size)
    canvas.setFillColor(GREY)
    draw_rtl_line(canvas, CARD_TITLE, head_right, y + CARD_H - 10.8 * mm, FONT_MEDIUM, 7)
    canvas.setFillColor(Color(0, 0, 0))
    qr = 17 * mm
    text_left = x + pad + qr + 2 * mm
    rows = (("نام واحد:", text_digits(f.unit_name)), ("شمارهٔ عضویت:", ltr_isolate(f.number)),
            ("نوع عضویت:", text_digits(f.type_name) + (" (دارای حق رأی)" if f.vote else "")),
            ("اعتبار تا:", jalali(f.valid_until)))
    line_y = y + CARD_H - 18.5 * mm
    label_w = max(line_width(label, FONT_BOLD, 6.8) for label, _v in rows) + 2 * mm
    for label, value in rows:
        draw_rtl_line(canvas, label, right, line_y, FONT_BOLD, 6.8)
        width = right - label_w - text_left
        draw_rtl_line(canvas, value, right - label_w, line_y,
                      FONT_REGULAR, _fit(value, FONT_REGULAR, 7.5, width))
        line_y -= 6.4 * mm
    draw_qr(canvas, f.code, x + pad - 1 * mm, y + pad, qr)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT_REGULAR, 5)
    canvas.drawCentredString(x + pad - 1 * mm + qr / 2, y + pad - 2.2 * mm, short_code(f.code) or "")
    canvas.restoreState()


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.25)
    for cx, cy in ((x, y), (x + CARD_W, y), (x, y + CARD_H), (x + CARD_W, y + CARD_H)):
        canvas.line(cx - 2 * mm, cy, cx - 0.8 * mm, cy)
        canvas.line(cx + 0.8 * mm, cy, cx + 2 * mm, cy)
        canvas.line(cx, cy - 2 * mm, cx, cy - 0.8 * mm)
        canvas.line(cx, cy + 0.8 * mm, cx, cy + 2 * mm)
    canvas.restoreState()


def render_cards(cards: Sequence[CardFacts], layout: str = CardLayout.A4.value) -> bytes:
    """Cards on A4 sheets (two per row, right to left, five rows, with cut marks) or one
    card per CR80 page for a card printer."""
    buffer = BytesIO()
    title = f"{CARD_TITLE} {cards[0].number}" if len(cards) == 1 else CARD_TITLE
    if layout == CardLayout.CARD:
        canvas = new_pdf_canvas(buffer, (CARD_W, CARD_H), title)
        for card in cards:
            _draw_card(canvas, card, 0, 0)
            canvas.showPage()
    else:
        canvas = new_pdf_canvas(buffer, A4, title)
        gap_x, gap_y, per_page = 8 * mm, 4 * mm, 10
        left = (A4[0] - 2 * CARD_W - gap_x) / 2
        top = A4[1] - 15 * mm
        for index, card in enumerate(cards):
            slot = index % per_page
            if index and not slot:
                canvas.showPage()
            row, column = divmod(slot, 2)
            x = left + (CARD_W + gap_x) * (1 - column)  # the first card on the right
            y = top - (row + 1) * CARD_H - row * gap_y
            _draw_card(canvas, card, x, y)
            _cut_marks(canvas, x, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_certificate(f: CardFacts, issued_on: date, size: str = "A4") -> bytes:
    page = A5 if size == "A5" else A4
    scale = page[0] / A4[0]
    width, height = page
    margin = 18 * mm * scale
    buffer = BytesIO()
    canvas = new_pdf_canvas(buffer, page, f"{CERTIFICATE_TITLE} {f.number}")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2 * scale)
    canvas.rect(margin / 2, margin / 2, width - margin, height - margin, stroke=1, fill=0)
    canvas.setLineWidth(0.5 * scale)
    canvas.rect(margin / 2 + 3 * scale * mm, margin / 2 + 3 * scale * mm,
                width - margin - 6 * scale * mm, height - margin - 6 * scale * mm, stroke=1, fill=0)
    y = height - margin - 8 * mm * scale
    logo = 24 * mm * scale
    if _logo(canvas, f.logo, (width - logo) / 2, y - logo, logo):
        y -= logo + 6 * mm * scale
    draw_centred(canvas, f.org_name, width / 2, y, FONT_MEDIUM, 12 * scale)
    y -= 9 * mm * scale
    association = text_digits(f.association_name)
    draw_centred(canvas, association, width / 2, y, FONT_BOLD,
                 _fit(association, FONT_BOLD, 15 * scale, width - 2 * margin))
    y -= 20 * mm * scale
    canvas.setFillColor(ACCENT)
    draw_centred(canvas, CERTIFICATE_TITLE, width / 2, y, FONT_BOLD, 26 * scale)
    canvas.setFillColor(Color(0, 0, 0))
    y -= 18 * mm * scale
    vote = "با حق رأی" if f.vote else "بدون حق رأی"
    body = text_digits(
        f"بدین‌وسیله گواهی می‌شود «{f.unit_name}» به شناسهٔ {f.national_id} از تاریخ "
        f"{jalali(f.joined_on)} با شمارهٔ عضویت {ltr_isolate(f.number)} عضو «{f.type_name}» "
        f"({vote}) {f.association_name} است و این عضویت تا تاریخ {jalali(f.valid_until)} "
        "اعتبار دارد.")
    text_size = 13 * scale
    y = draw_rtl_paragraph(canvas, body, width - margin - 6 * mm * scale, y,
                           width - 2 * margin - 12 * mm * scale, FONT_REGULAR, text_size,
                           text_size * 2.1)
    y -= 10 * mm * scale
    draw_rtl_line(canvas, "تاریخ صدور: " + jalali(issued_on), width - margin - 6 * mm * scale, y,
                  FONT_REGULAR, 11 * scale)
    sign_y = margin + 38 * mm * scale
    for text, x in (("دبیر انجمن", width * 0.72), ("رئیس انجمن", width * 0.45)):
        draw_centred(canvas, text, x, sign_y, FONT_BOLD, 11 * scale)
        draw_centred(canvas, "مهر و امضا", x, sign_y - 6 * mm * scale, FONT_REGULAR, 9 * scale)
    qr = 26 * mm * scale
    qx, qy = margin + 4 * mm * scale, margin + 6 * mm * scale
    draw_qr(canvas, f.code, qx, qy, qr)
    canvas.setFont(FONT_REGULAR, 7 * scale)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(qx + qr / 2, qy - 3 * mm * scale, short_code(f.code) or "")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_receipt(payment: PaymentInfo, org_name: str, association_name: str,
                   unit_name: str, unit_id_text: str, arrears: int, unit: str,
                   printed_at: datetime) -> bytes:
    """A payment receipt on A5 landscape: who paid what for which periods; a reversed one
    is printed with «برگشت‌خورده» across it."""
    page = landscape(A5)
    width, height = page
    margin = 12 * mm
    right = width - margin
    buffer = BytesIO()
    canvas = new_pdf_canvas(buffer, page, f"{RECEIPT_TITLE} {payment.receipt}")
    if payment.reversed:
        draw_watermark(canvas, "برگشت‌خورده", page)
    y = height - margin - 4 * mm
    draw_centred(canvas, org_name, width / 2, y, FONT_MEDIUM, 10)
    y -= 8 * mm
    draw_centred(canvas, RECEIPT_TITLE, width / 2, y, FONT_BOLD, 15)
    draw_rtl_line(canvas, "شمارهٔ رسید: " + ltr_isolate(fa(payment.receipt)), right,
                  height - margin - 4 * mm, FONT_BOLD, 9)
    y -= 11 * mm
    method = PaymentMethod.label_of(payment.method)
    reference = f" — شمارهٔ پیگیری {ltr_isolate(fa(payment.reference))}" if payment.reference else ""
    lines = [
        ("انجمن:", text_digits(association_name)),
        ("واحد عضو:", text_digits(f"{unit_name} (شناسهٔ {unit_id_text})")),
        ("شمارهٔ عضویت:", ltr_isolate(payment.membership_number)),
        ("مبلغ:", format_amount(payment.amount, unit)),
        ("تاریخ و روش پرداخت:", f"{jalali(payment.paid_on)}، {method}{reference}"),
    ]
    for label, value in lines:
        draw_rtl_line(canvas, label, right, y, FONT_BOLD, 9.5)
        for part in break_lines(value, FONT_REGULAR, 9.5, width - 2 * margin - 38 * mm)[:2]:
            draw_rtl_line(canvas, part, right - 38 * mm, y, FONT_REGULAR, 9.5)
            y -= 5.5 * mm
        y -= 1.5 * mm
    y -= 1 * mm
    draw_rtl_line(canvas, "بابت دوره‌های:", right, y, FONT_BOLD, 9.5)
    y -= 6 * mm
    for share in payment.allocations:
        text = (f"دورهٔ {fa(share.period_seq)}: از {jalali(share.start)} تا {jalali(share.end)} — "
                f"{format_amount(share.amount, unit)}")
        draw_rtl_line(canvas, text, right - 4 * mm, y, FONT_REGULAR, 9)
        y -= 5.5 * mm
    y -= 2 * mm
    owed = "ندارد" if arrears <= 0 else format_amount(arrears, unit)
    draw_rtl_line(canvas, "بدهی باقی‌مانده: " + owed, right, y, FONT_MEDIUM, 9.5)
    if payment.reversed:
        y -= 7 * mm
        reason = f"این پرداخت برگشت خورده است: {payment.reversal_reason}"
        for part in break_lines(reason, FONT_BOLD, 9, width - 2 * margin)[:2]:
            draw_rtl_line(canvas, part, right, y, FONT_BOLD, 9)
            y -= 5.5 * mm
    canvas.setFillColor(GREY)
    draw_rtl_line(canvas, f"صادرکننده: {payment.created_by} — چاپ {jalali(printed_at.date())}",
                  right, margin, FONT_REGULAR, 7.5)
    canvas.setFillColor(Color(0, 0, 0))
    draw_centred(canvas, "مهر و امضای انجمن", margin + 28 * mm, margin + 10 * mm, FONT_REGULAR, 9)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
