"""A letter on pre-printed letterhead paper: only the fields, flowing from where the settings
put them.

The paper already carries the emblem, the organisation's name and the labels
تاریخ / شماره / پیوست. Each field starts at its calibrated box (``PreprintedFields``,
millimetres) but never above the end of an earlier field it would overlap: a long
recipient, two recipients or a long subject push what follows down, the urgency
goes under the attachments, and the body starts under the last of them. Later pages
start at the top margin under a heading with the number, the date and «صفحهٔ n از N».
Classification and the QR code are printed as on plain paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from secretariat.printing.documents.common import (
    PDF_CREATOR,
    RULE_GREY,
    canvas_with_totals,
    draw_classification,
    draw_watermark,
    fa,
    for_paper,
    jalali,
    page_of,
)
from secretariat.printing.documents.data import LetterPrint
from secretariat.printing.documents.letter_story import (
    CANCELLED_WATERMARK,
    DRAFT_LABEL,
    DRAFT_WATERMARK,
    NO_ATTACHMENT,
    body_story,
    letter_title,
    subject_line,
)
from secretariat.printing.documents.qr import draw_qr
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.layout_settings import FieldBox, PrintLayout
from secretariat.printing.rtl import (
    LogicalLine,
    default_leading,
    draw_left_aligned,
    draw_lines,
    draw_rtl_line,
    layout_lines,
    line_width,
)

PAGE = A4
FIELD_SIZE = 11.0
EDGE = 8 * mm  # classification and page numbers sit this far from the paper's edge
GAP = 1.5 * mm  # between a field and the one it pushed down
HEADING_DROP = 9 * mm  # later pages: heading baseline under the top margin (below the classification)


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


@dataclass
class Block:
    """One field's lines, right-aligned in its box; ``top`` is settled by ``flow``."""

    box: FieldBox
    parts: list[tuple[list[LogicalLine], str]]  # (lines, font), top down
    top: float = 0.0

    @property
    def height(self) -> float:
        return sum(len(lines) for lines, _ in self.parts) * default_leading(FIELD_SIZE)

    @property
    def bottom(self) -> float:
        return self.top - self.height

    def extent(self) -> tuple[float, float]:
        """Left and right x of the ink: lines are right-aligned, short ones stay narrow."""
        right = box_right(self.box)
        widest = max((line_width(line.text, font, FIELD_SIZE)
                      for lines, font in self.parts for line in lines), default=0.0)  # fmt: skip
        return right - widest, right

    def draw(self, canvas: Canvas) -> None:
        y = self.top
        width = self.box.width_mm * mm
        for lines, font in self.parts:
            y = draw_lines(canvas, lines, box_right(self.box), y, width, font, FIELD_SIZE,
                           default_leading(FIELD_SIZE), "right")  # fmt: skip


def _block(box: FieldBox, texts: list[tuple[str, str]]) -> Block:
    width = box.width_mm * mm
    parts = [(layout_lines(text, font, FIELD_SIZE, width), font) for text, font in texts if text]
    return Block(box, parts, box_top(box))


def first_page_blocks(letter: LetterPrint, layout: PrintLayout) -> list[Block]:
    """The fields of the first page in reading order, each flowed below the ones before."""
    f = layout.preprinted_fields
    numbered = bool(letter.number) and not letter.draft
    blocks = [
        _block(f.date, [(jalali(letter.registered_on) if numbered else "", FONT_REGULAR)]),
        _block(f.number, [(fa(letter.number) if numbered else DRAFT_LABEL, FONT_REGULAR)]),
        _block(f.attachments, [(fa(letter.attachments or NO_ATTACHMENT), FONT_REGULAR)]),
    ]
    if letter.urgency:  # no box of its own: under the attachments
        blocks.append(_block(f.attachments, [(f"فوریت: {letter.urgency}", FONT_BOLD)]))
    texts: list[tuple[str, str]] = []
    for recipient in letter.recipients:
        texts += [(recipient.name, FONT_BOLD), (recipient.post_title, FONT_REGULAR),
                  (recipient.organisation, FONT_REGULAR)]  # fmt: skip
    blocks.append(_block(f.recipient, texts))
    blocks.append(_block(f.subject, [(subject_line(letter), FONT_BOLD)]))
    flow(blocks)
    return blocks


def flow(blocks: list[Block]) -> None:
    """Each block starts at its calibrated top or under every earlier block it would
    overlap side by side, whichever is lower."""
    for index, block in enumerate(blocks):
        left, right = block.extent()
        for earlier in blocks[:index]:
            other_left, other_right = earlier.extent()
            if earlier.parts and left < other_right and other_left < right:
                block.top = min(block.top, earlier.bottom - GAP)


def body_top(blocks: list[Block], body: FieldBox) -> float:
    """The body spans the whole width: it starts under the lowest field."""
    lowest = min((block.bottom for block in blocks if block.parts), default=box_top(body))
    return float(min(box_top(body), lowest - 2 * GAP))


class _PreprintedPages:
    def __init__(self, letter: LetterPrint, layout: PrintLayout, blocks: list[Block]) -> None:
        self.letter = letter
        self.layout = layout
        self.fields = layout.preprinted_fields
        self.blocks = blocks

    @property
    def heading_y(self) -> float:
        return float(PAGE[1] - self.layout.margin_top_mm * mm - HEADING_DROP)

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self._every_page(canvas)
        for block in self.blocks:
            block.draw(canvas)

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        """Page 2 on: which letter this continues, from the top margin."""
        self._every_page(canvas)
        letter = self.letter
        if letter.number and not letter.draft:
            reference = (f"ادامهٔ نامهٔ شماره {fa(letter.number)} "
                         f"مورخ {jalali(letter.registered_on)}")  # fmt: skip
        else:
            reference = f"ادامهٔ {DRAFT_LABEL}"
        body = self.fields.body
        draw_left_aligned(canvas, reference, body.x_mm * mm, self.heading_y, FONT_REGULAR, 9.5)
        rule_y = self.heading_y - 2.5 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(body.x_mm * mm, rule_y, box_right(body), rule_y)
        canvas.restoreState()

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
        if total == 1:
            return
        if page == 1:
            draw_rtl_line(canvas, page_of(page, total), PAGE[0] - EDGE - 10 * mm, EDGE,
                          FONT_REGULAR, 8.5)  # fmt: skip
        else:  # in the heading, beside the number and date
            draw_rtl_line(canvas, page_of(page, total), box_right(self.fields.body),
                          self.heading_y, FONT_REGULAR, 9.5)  # fmt: skip


def _frame(frame_id: str, body: FieldBox, top: float) -> Frame:
    bottom = box_top(body) - body.height_mm * mm
    # At least one line high: a field pushed that far down leaves the body to page 2.
    return Frame(body.x_mm * mm, bottom, body.width_mm * mm, max(top - bottom, 10 * mm),
                 id=frame_id, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)  # fmt: skip


def render_preprinted_letter(letter: LetterPrint, layout: PrintLayout) -> bytes:
    """The letter's fields for pre-printed A4 paper."""
    register_fonts()
    letter = for_paper(letter)
    body = layout.preprinted_fields.body
    blocks = first_page_blocks(letter, layout)
    pages = _PreprintedPages(letter, layout, blocks)
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, pageCompression=1, title=letter_title(letter),
        author=PDF_CREATOR, creator=PDF_CREATOR, initialFontName=FONT_REGULAR,
        pageTemplates=[
            PageTemplate("first", [_frame("first", body, body_top(blocks, body))],
                         onPage=pages.first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [_frame("later", body, pages.heading_y - 4 * mm)],
                         onPage=pages.later_page),
        ],
    )  # fmt: skip
    story = body_story(letter, layout.body_font_size, 1.0, body.width_mm * mm)
    doc.build(story, canvasmaker=canvas_with_totals(pages.decorate))
    return buffer.getvalue()
