"""A letter on pre-printed letterhead paper: only the fields, where the settings put them.

The paper already carries the emblem, the organisation's name and the labels
تاریخ / شماره / پیوست; this prints their values in the boxes given in
millimetres (``PreprintedFields``), the recipients and subject in theirs, and
flows the body, signature and رونوشت through the body box, page after page.
Classification, page numbers and the QR code are printed as on plain paper.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from secretariat.printing.documents.common import (
    PDF_CREATOR,
    canvas_with_totals,
    draw_classification,
    draw_watermark,
    fa,
    jalali,
    page_of,
)
from secretariat.printing.documents.data import LetterPrint
from secretariat.printing.documents.letter import (
    CANCELLED_WATERMARK,
    DRAFT_WATERMARK,
    body_story,
    letter_title,
    subject_line,
)
from secretariat.printing.documents.qr import draw_qr
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.layout_settings import FieldBox, PrintLayout
from secretariat.printing.rtl import (
    baseline_offset,
    default_leading,
    draw_lines,
    draw_rtl_line,
    layout_lines,
)

PAGE = A4
FIELD_SIZE = 11.0
EDGE = 8 * mm  # classification and page numbers sit this far from the paper's edge


def box_top(box: FieldBox) -> float:
    """The y (from the bottom, reportlab's way) of a box's top edge."""
    return float(PAGE[1] - box.y_mm * mm)


def box_right(box: FieldBox) -> float:
    return float((box.x_mm + box.width_mm) * mm)


def draw_field(canvas: Canvas, box: FieldBox, text: str, font: str = FONT_REGULAR,
               size: float = FIELD_SIZE) -> float:  # fmt: skip
    """Right-aligned lines wrapped to the box width, from its top edge; returns the y below."""
    if not text:
        return box_top(box)
    lines = layout_lines(text, font, size, box.width_mm * mm)
    return float(draw_lines(canvas, lines, box_right(box), box_top(box), box.width_mm * mm,
                            font, size, default_leading(size), "right"))  # fmt: skip


class _PreprintedPages:
    def __init__(self, letter: LetterPrint, layout: PrintLayout) -> None:
        self.letter = letter
        self.layout = layout
        self.fields = layout.preprinted_fields

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self._every_page(canvas)
        letter, f = self.letter, self.fields
        draw_field(canvas, f.date, jalali(letter.registered_on))
        if letter.number and not letter.draft:
            draw_field(canvas, f.number, fa(letter.number))
        draw_field(canvas, f.attachments, fa(letter.attachments or "ندارد"))
        y = box_top(f.recipient)
        for recipient in letter.recipients:
            for text, font in ((recipient.name, FONT_BOLD), (recipient.post_title, FONT_REGULAR),
                               (recipient.organisation, FONT_REGULAR)):  # fmt: skip
                if text:
                    box = FieldBox(f.recipient.x_mm, (PAGE[1] - y) / mm, f.recipient.width_mm)
                    y = draw_field(canvas, box, text, font)
        draw_field(canvas, f.subject, subject_line(letter), FONT_BOLD)
        if letter.urgency:
            size = FIELD_SIZE
            y = box_top(f.attachments) - default_leading(size) - baseline_offset(
                FONT_BOLD, size, default_leading(size))
            draw_rtl_line(canvas, f"فوریت: {letter.urgency}", box_right(f.attachments), y,
                          FONT_BOLD, size)  # fmt: skip

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        self._every_page(canvas)

    def _every_page(self, canvas: Canvas) -> None:
        letter = self.letter
        if letter.draft:
            draw_watermark(canvas, DRAFT_WATERMARK, PAGE)
        elif letter.cancelled:
            draw_watermark(canvas, CANCELLED_WATERMARK, PAGE)
        if letter.classification:
            draw_classification(canvas, letter.classification, PAGE[0] / 2, PAGE[1] - EDGE - 4 * mm)
            draw_classification(canvas, letter.classification, PAGE[0] / 2, EDGE + 6 * mm)
        if self.layout.qr_code and letter.verification:
            qr = self.fields.qr
            size = qr.width_mm * mm
            draw_qr(canvas, letter.verification, qr.x_mm * mm, box_top(qr) - size, size)

    def decorate(self, canvas: Canvas, page: int, total: int) -> None:
        if total > 1:
            draw_rtl_line(canvas, page_of(page, total), PAGE[0] - EDGE - 10 * mm, EDGE,
                          FONT_REGULAR, 8.5)  # fmt: skip


def _body_frame(body: FieldBox) -> Frame:
    return Frame(body.x_mm * mm, box_top(body) - body.height_mm * mm, body.width_mm * mm,
                 body.height_mm * mm, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)  # fmt: skip


def render_preprinted_letter(letter: LetterPrint, layout: PrintLayout) -> bytes:
    """The letter's fields for pre-printed A4 paper."""
    register_fonts()
    pages = _PreprintedPages(letter, layout)
    body = layout.preprinted_fields.body
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, pageCompression=1, title=letter_title(letter),
        author=PDF_CREATOR, creator=PDF_CREATOR, initialFontName=FONT_REGULAR,
        pageTemplates=[
            PageTemplate("first", [_body_frame(body)], onPage=pages.first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [_body_frame(body)], onPage=pages.later_page),
        ],
    )  # fmt: skip
    story = body_story(letter, layout.body_font_size, 1.0, body.width_mm * mm)
    doc.build(story, canvasmaker=canvas_with_totals(pages.decorate))
    return buffer.getvalue()
