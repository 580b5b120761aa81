"""A letter on plain paper, letterhead included (see docs/letter-conventions.md).

First page: emblem and organisation name top right, «بسمه تعالی» top centre,
تاریخ / شماره / پیوست top left; then recipients, موضوع, references, the
justified body, the signatory's name above the post title at the left, رونوشت.
Every page: the classification top and bottom when it is not عادی, the footer
(address, phone), the QR code bottom left, «صفحهٔ n از N» when there are several.
Later pages carry a short heading with the number and date instead of the letterhead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
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
from secretariat.printing.documents.data import Letterhead, LetterPrint
from secretariat.printing.documents.footer import NO_FOOTER, FooterText, fit_footer
from secretariat.printing.documents.letter_story import (
    CANCELLED_WATERMARK,
    DRAFT_LABEL,
    DRAFT_WATERMARK,
    NO_ATTACHMENT,
    letter_story,
    letter_title,
)
from secretariat.printing.documents.qr import draw_qr
from secretariat.printing.documents.verification import short_code
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.layout_settings import PrintLayout
from secretariat.printing.rtl import (
    baseline_offset,
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
    layout_lines,
    line_width,
)

BISMILLAH = "بسمه تعالی"
PAGE_NUMBER_SIZE = 8.5
CLASSIFICATION_SIZE = 11.0


@dataclass(frozen=True)
class Geometry:
    """Page size, margins and the heights of the fixed zones, in points."""

    page: tuple[float, float]
    k: float  # 1 on A4; smaller paper shrinks the fixed parts
    top: float
    bottom: float
    right: float
    left: float
    header: float  # first page: letterhead zone under the top margin
    later_header: float
    footer: float  # above the bottom margin: footer text, QR, classification
    footer_text: FooterText = NO_FOOTER

    @property
    def width(self) -> float:
        return self.page[0]

    @property
    def height(self) -> float:
        return self.page[1]

    @property
    def x_right(self) -> float:
        return self.width - self.right

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def qr_size(self) -> float:
        return float(20 * mm * self.k)

    @property
    def logo_size(self) -> float:
        return float(22 * mm * self.k)

    @property
    def name_column(self) -> float:
        return float(62 * mm * self.k)

    @property
    def footer_inset(self) -> float:
        """Kept clear on each side of the footer text: the QR code at the left, the page
        number at the right (the same on both sides, so the text stays centred)."""
        page_number = line_width(page_of(88, 88), FONT_REGULAR, PAGE_NUMBER_SIZE * self.k)
        return float(max(self.qr_size, page_number) + 5 * mm * self.k)

    @property
    def footer_width(self) -> float:
        return self.text_width - 2 * self.footer_inset

    @property
    def footer_rule_y(self) -> float:
        """The thin rule above the footer text."""
        return float(self.bottom + self.footer_text.height + 1.5 * mm * self.k)

    @property
    def classification_y(self) -> float:
        """Baseline of the classification at the foot of the page, above the footer."""
        above = self.footer_rule_y if self.footer_text.lines else self.bottom
        return float(above + 4 * mm * self.k)


def geometry(page: tuple[float, float], layout: PrintLayout, letter: LetterPrint,
             head: Letterhead) -> Geometry:  # fmt: skip
    k = min(1.0, page[0] / A4[0] + 0.1)
    with_qr = layout.qr_code and letter.verification is not None
    g = Geometry(
        page=page, k=k,
        top=layout.margin_top_mm * mm * k, bottom=layout.margin_bottom_mm * mm * k,
        right=layout.margin_right_mm * mm * k, left=layout.margin_left_mm * mm * k,
        header=0.0, later_header=14 * mm * k, footer=0.0,
    )  # fmt: skip
    footer_text = fit_footer(head.footer_lines, g.footer_width, k)
    g = replace(g, footer_text=footer_text)
    footer = 8 * mm * k
    if footer_text.lines:
        footer = g.footer_rule_y - g.bottom + 3 * mm * k
    if letter.classification:
        footer = g.classification_y - g.bottom + CLASSIFICATION_SIZE * k * 1.2 + 3 * mm * k
    if with_qr:
        footer = max(footer, 24 * mm * k)
    name_lines = len(_name_lines(head, 62 * mm * k, k))
    logo = 22 if head.logo is not None else 0
    name_zone = (logo + 6 + 5.5 * max(0, name_lines - 1) + 4) * mm * k
    block_zone = (34 if letter.urgency else 27) * mm * k
    return replace(g, header=max(name_zone, block_zone) + 4 * mm * k, footer=footer)


def _name_lines(head: Letterhead, column: float, k: float) -> list[tuple[str, str, float]]:
    """(text, font, size) of each letterhead name line, wrapped to the name column."""
    lines: list[tuple[str, str, float]] = []
    for index, text in enumerate(head.name_lines):
        font, size = (FONT_BOLD, 10.5 * k) if index == 0 else (FONT_REGULAR, 9.5 * k)
        for line in layout_lines(text, font, size, column):
            lines.append((line.text, font, size))
    return lines


LOGO_MAX_PIXELS = 300  # 22 mm at ~350 dpi: sharp on paper


@lru_cache(maxsize=8)
def _logo(path: Path, modified: float) -> ImageReader:
    """The logo laid on white, at most 300 px, as JPEG bytes: reportlab embeds a JPEG as
    it is, instead of compressing pixels and an alpha mask again for every letter (~5 ms)."""
    del modified  # part of the cache key: a replaced logo is read again
    with Image.open(path) as source:
        image = source.convert("RGBA")
    image.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
    on_white = Image.new("RGB", image.size, "white")
    on_white.paste(image, mask=image.getchannel("A"))
    encoded = BytesIO()
    on_white.save(encoded, "JPEG", quality=95, subsampling=0)
    encoded.seek(0)
    return ImageReader(encoded)


def _draw_logo(canvas: Canvas, path: Path, x: float, y: float, size: float) -> None:
    try:
        image = _logo(path, path.stat().st_mtime)
    except (OSError, ValueError):
        return  # a logo gone missing or unreadable must not stop a letter from printing
    canvas.drawImage(image, x, y, size, size, preserveAspectRatio=True, anchor="c")


class _LetterPages:
    """Draws the fixed parts of each page; platypus flows the rest between them."""

    def __init__(self, letter: LetterPrint, head: Letterhead, layout: PrintLayout,
                 geo: Geometry) -> None:  # fmt: skip
        self.letter = letter
        self.head = head
        self.layout = layout
        self.geo = geo
        self.pages = 0

    # -- every page ----------------------------------------------------------------------

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self._watermark(canvas)
        self._letterhead(canvas)
        self._common(canvas)

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        self._watermark(canvas)
        self._continuation_heading(canvas)
        self._common(canvas)

    def decorate(self, canvas: Canvas, page: int, total: int) -> None:
        """Drawn once the page count is known."""
        self.pages = total
        g = self.geo
        if total > 1:
            draw_rtl_line(canvas, page_of(page, total), g.x_right, g.bottom + 1 * mm,
                          FONT_REGULAR, PAGE_NUMBER_SIZE * g.k)  # fmt: skip

    def _watermark(self, canvas: Canvas) -> None:
        if self.letter.draft:
            draw_watermark(canvas, DRAFT_WATERMARK, self.geo.page)
        elif self.letter.cancelled:
            draw_watermark(canvas, CANCELLED_WATERMARK, self.geo.page)

    def _common(self, canvas: Canvas) -> None:
        g = self.geo
        letter = self.letter
        if letter.classification:
            draw_classification(canvas, letter.classification, g.width / 2, g.classification_y,
                                CLASSIFICATION_SIZE * g.k)  # fmt: skip
        self._footer(canvas)
        if self.layout.qr_code and letter.verification:
            draw_qr(canvas, letter.verification, g.left, g.bottom + 3 * mm * g.k, g.qr_size)
            short = short_code(letter.verification)
            if short is not None:
                canvas.setFont(FONT_REGULAR, 6.5 * g.k)
                canvas.drawCentredString(g.left + g.qr_size / 2, g.bottom, short)

    def _footer(self, canvas: Canvas) -> None:
        """Address and phone centred between the QR code and the page number, wrapped."""
        g = self.geo
        footer = g.footer_text
        if not footer.lines:
            return
        inset = g.footer_inset
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(g.left + inset, g.footer_rule_y, g.x_right - inset, g.footer_rule_y)
        canvas.restoreState()
        y = g.footer_rule_y - baseline_offset(FONT_REGULAR, footer.size, footer.line_height)
        for line in footer.lines:
            draw_centred(canvas, line, g.width / 2, y, FONT_REGULAR, footer.size)
            y -= footer.line_height

    # -- first page ----------------------------------------------------------------------

    def _letterhead(self, canvas: Canvas) -> None:
        g = self.geo
        top = g.height - g.top
        column_centre = g.x_right - g.name_column / 2
        name_top = top
        if self.head.logo is not None:
            _draw_logo(canvas, self.head.logo, column_centre - g.logo_size / 2,
                       top - g.logo_size, g.logo_size)  # fmt: skip
            name_top = top - g.logo_size
        y = name_top - 5 * mm * g.k
        for text, font, size in _name_lines(self.head, g.name_column, g.k):
            draw_centred(canvas, text, column_centre, y, font, size)
            y -= 5.5 * mm * g.k
        if self.head.bismillah:
            draw_centred(canvas, BISMILLAH, g.width / 2, top - 5 * mm * g.k, FONT_BOLD, 12 * g.k)
        if self.letter.classification:
            draw_classification(canvas, self.letter.classification, g.width / 2,
                                top - 15 * mm * g.k, 11 * g.k)  # fmt: skip
        self._date_block(canvas, top)
        rule_y = top - g.header + 3 * mm * g.k
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, rule_y, g.x_right, rule_y)
        canvas.restoreState()

    def _date_block(self, canvas: Canvas, top: float) -> None:
        """تاریخ / شماره / پیوست at the top left: labels in a right column, values left of it."""
        g = self.geo
        letter = self.letter
        numbered = bool(letter.number) and not letter.draft
        rows = [  # a draft has no date or number yet: it says so where the number goes
            ("تاریخ:", jalali(letter.registered_on) if numbered else ""),
            ("شماره:", fa(letter.number) if numbered else DRAFT_LABEL),
            ("پیوست:", fa(letter.attachments or NO_ATTACHMENT)),
        ]
        if letter.urgency:
            rows.append(("فوریت:", letter.urgency))
        label_right = g.left + 56 * mm * g.k
        value_right = label_right - 15 * mm * g.k
        y = top - 8 * mm * g.k
        for label, value in rows:
            draw_rtl_line(canvas, label, label_right, y, FONT_BOLD, 10.5 * g.k)
            if value:
                draw_rtl_line(canvas, value, value_right, y, FONT_REGULAR, 11 * g.k)
            y -= 7 * mm * g.k

    # -- later pages ---------------------------------------------------------------------

    def _continuation_heading(self, canvas: Canvas) -> None:
        g = self.geo
        letter = self.letter
        y = g.height - g.top - 5 * mm * g.k
        if self.head.name_lines:
            draw_rtl_line(canvas, self.head.name_lines[0], g.x_right, y, FONT_REGULAR, 9 * g.k)
        if letter.number and not letter.draft:
            reference = (f"ادامهٔ نامهٔ شماره {fa(letter.number)} "
                         f"مورخ {jalali(letter.registered_on)}")  # fmt: skip
        else:
            reference = f"ادامهٔ {DRAFT_LABEL}"
        draw_left_aligned(canvas, reference, g.left, y, FONT_REGULAR, 9 * g.k)
        if letter.classification:
            draw_classification(canvas, letter.classification, g.width / 2, y, 10 * g.k)
        rule_y = y - 4 * mm * g.k
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(g.left, rule_y, g.x_right, rule_y)
        canvas.restoreState()


# --- rendering -------------------------------------------------------------------------

def _render(letter: LetterPrint, head: Letterhead, layout: PrintLayout,
            page: tuple[float, float]) -> tuple[bytes, int]:  # fmt: skip
    register_fonts()
    g = geometry(page, layout, letter, head)
    pages = _LetterPages(letter, head, layout, g)
    buffer = BytesIO()
    frame_bottom = g.bottom + g.footer
    first = Frame(g.left, frame_bottom, g.text_width, g.height - g.top - g.header - frame_bottom,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(g.left, frame_bottom, g.text_width,
                  g.height - g.top - g.later_header - frame_bottom,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        buffer, pagesize=page, pageCompression=1, title=letter_title(letter),
        author=PDF_CREATOR, creator=PDF_CREATOR, initialFontName=FONT_REGULAR,
        pageTemplates=[
            PageTemplate("first", [first], onPage=pages.first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=pages.later_page),
        ],
    )  # fmt: skip
    story = letter_story(letter, layout.body_font_size, g.k, g.text_width)
    doc.build(story, canvasmaker=canvas_with_totals(pages.decorate))
    return buffer.getvalue(), pages.pages


def render_letter(letter: LetterPrint, head: Letterhead, layout: PrintLayout) -> bytes:
    """The letter as a PDF: A4, or A5 when the layout asks for it and the letter fits one A5 page."""
    letter, head = for_paper(letter), for_paper(head)
    if layout.a5_for_short_letters:
        data, pages = _render(letter, head, layout, A5)
        if pages == 1:
            return data
    return _render(letter, head, layout, A4)[0]
