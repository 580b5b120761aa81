"""The register book (دفتر اندیکاتور): one row per letter, landscape A4, thousands of rows.

Speed (10,000 rows in a few seconds): one huge Table is laid out and split again
and again (24 s for 10,000 rows), so the rows go into many small tables; cells are
plain strings already in display order (``fast_visual_line``), wrapped by
measuring shaped words, so reportlab only places text. The column headings are
drawn by the page template on every page, above the frame, so they repeat
without a heading row inside each small table.

Each row shows the letter's classification (red) when it is not عادی, and, in a
register that holds incoming letters, the sender's own number and date. A user who
cannot see every letter of the period gets a note on every page that the list is
limited to what they may see (``RegisterPrint.limited_to_clearance``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from secretariat.printing.documents.common import (
    CLASSIFICATION_RED,
    PDF_CREATOR,
    canvas_with_totals,
    fa,
    jalali,
    jalali_time,
    page_of,
    paper_text,
    with_ellipsis,
)
from secretariat.printing.documents.data import RegisterPrint, RegisterRow
from secretariat.printing.documents.fast_text import fast_break_lines, fast_visual_line
from secretariat.printing.fonts import FONT_BOLD, FONT_MEDIUM, FONT_REGULAR, register_fonts
from secretariat.printing.rtl import (
    RtlParagraph,
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
)

ProgressCallback = Callable[[int, int], None]  # (done, total); may raise to cancel

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADING_ZONE = 22 * mm  # title lines above the column headings
FOOTER_ZONE = 8 * mm
CELL_SIZE = 8.5
CELL_LEADING = CELL_SIZE * 1.65
HEAD_SIZE = 9.0
PADDING = 2.2
ROWS_PER_TABLE = 100  # small tables split fast; one big table is quadratic
CANCELLED_MARK = "ابطال‌شده"
LIMITED_NOTE = "این فهرست تنها نامه‌هایی را دارد که چاپ‌کننده اجازهٔ دیدن آن‌ها را دارد."
HEADING_FILL = Color(0.86, 0.89, 0.93)
STRIPE_FILL = Color(0.965, 0.965, 0.965)
CANCELLED_FILL = Color(0.99, 0.90, 0.90)
CANCELLED_TEXT = Color(0.45, 0.45, 0.45)
GRID = Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width_mm: float  # 0: shares what the fixed columns leave
    align: str = "RIGHT"
    max_lines: int = 1


PARTY_TITLES = {"وارده": "فرستنده", "صادره": "گیرنده", "داخلی": "از / به"}
INCOMING = "وارده"


def columns(with_kind: bool, kind: str = "") -> list[Column]:
    """Right to left, as a reader sees them. The sender's own number and date only where
    incoming letters can be."""
    cols = [
        Column("row", "ردیف", 10, "CENTRE"),
        Column("number", "شماره", 28, "CENTRE"),
        Column("date", "تاریخ", 19, "CENTRE"),
        Column("kind", "نوع", 12, "CENTRE"),
        Column("party", PARTY_TITLES.get(kind, "فرستنده / گیرنده"), 52, max_lines=3),
        Column("sender_ref", "نامهٔ فرستنده", 24, "CENTRE", max_lines=3),
        Column("subject", "موضوع", 0, max_lines=4),
        Column("attachments", "پیوست", 12, "CENTRE"),
        Column("classification", "طبقه‌بندی", 17, "CENTRE"),
        Column("status", "وضعیت", 19, "CENTRE"),
    ]
    return [c for c in cols if (with_kind or c.key != "kind")
            and (kind in ("", INCOMING) or c.key != "sender_ref")]  # fmt: skip


def column_widths(cols: Sequence[Column], total: float) -> list[float]:
    fixed = sum(c.width_mm * mm for c in cols)
    flexible = [c for c in cols if c.width_mm == 0]
    share = (total - fixed) / max(1, len(flexible))
    return [c.width_mm * mm if c.width_mm else share for c in cols]


def cell_text(text: str, font: str, width: float, max_lines: int) -> str:
    """Display-order lines joined by newlines (reportlab draws them top down), at most
    ``max_lines``; a longer text ends with «…» on the last line, inside the cell."""
    if not text:
        return ""
    lines = [line for line in fast_break_lines(text, font, CELL_SIZE, width) if line] or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = with_ellipsis(lines[-1], font, CELL_SIZE, width)
    return "\n".join(fast_visual_line(line, font) for line in lines)


@lru_cache(maxsize=256)
def _label(text: str) -> str:
    """A label repeated on many rows (status, kind...), made ready for paper once."""
    return paper_text(text)


def _row_values(index: int, row: RegisterRow, kind_column: bool) -> dict[str, str]:
    values = {
        "row": fa(index),
        "number": paper_text(row.number),
        "date": jalali(row.registered_on),
        "party": paper_text(row.party),
        "subject": paper_text(row.subject),
        "attachments": _label(row.attachments),
        "classification": _label(row.classification),
        "status": CANCELLED_MARK if row.cancelled else _label(row.status),
    }
    if row.sender_number or row.sender_date:
        values["sender_ref"] = "\n".join(
            part for part in (paper_text(row.sender_number),
                              jalali(row.sender_date) if row.sender_date else "") if part
        )  # fmt: skip
    else:
        values["sender_ref"] = ""
    if kind_column:
        values["kind"] = _label(row.kind)
    return values


class _Progress(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker after each table: reports how many rows are on paper so far."""

    def __init__(self, done: int, total: int, callback: ProgressCallback | None) -> None:
        super().__init__()
        self.done, self.total, self.callback = done, total, callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        if self.callback is not None:
            self.callback(self.done, self.total)


class RegisterBook:
    """Builds the register PDF; ``progress(done, total)`` counts rows prepared, then placed."""

    def __init__(self, register: RegisterPrint, progress: ProgressCallback | None = None) -> None:
        register_fonts()
        self.register = register
        self.progress = progress
        self.with_kind = not register.kind
        self.cols = columns(self.with_kind, register.kind)
        self.width = PAGE[0] - 2 * MARGIN
        self.widths = column_widths(self.cols, self.width)
        self.heading = self._heading_table()
        self.heading_height = self.heading.wrap(self.width, PAGE[1])[1]

    # -- tables --------------------------------------------------------------------------

    def _style(self, cancelled_rows: Sequence[int], classified_rows: Sequence[int],
               first_index: int) -> TableStyle:  # fmt: skip
        last = len(self.cols) - 1
        status_col = 0  # the rightmost column is the first one drawn from the left
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR, CELL_SIZE, CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING * 2),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
        ]
        for position, column in enumerate(reversed(self.cols)):
            commands.append(("ALIGN", (position, 0), (position, -1), column.align))
        # Stripes by absolute row number, so they continue across tables.
        stripes = [None, STRIPE_FILL] if first_index % 2 == 0 else [STRIPE_FILL, None]
        commands.append(("ROWBACKGROUNDS", (0, 0), (-1, -1), stripes))
        for row in cancelled_rows:
            commands += [
                ("BACKGROUND", (0, row), (last, row), CANCELLED_FILL),
                ("TEXTCOLOR", (1, row), (last, row), CANCELLED_TEXT),
                ("TEXTCOLOR", (status_col, row), (status_col, row), CLASSIFICATION_RED),
                ("FONT", (status_col, row), (status_col, row), FONT_BOLD, CELL_SIZE, CELL_LEADING),
            ]
        mark = self._position("classification")
        for row in classified_rows:
            commands += [
                ("TEXTCOLOR", (mark, row), (mark, row), CLASSIFICATION_RED),
                ("FONT", (mark, row), (mark, row), FONT_BOLD, CELL_SIZE, CELL_LEADING),
            ]
        return TableStyle(commands)

    def _position(self, key: str) -> int:
        """A column's index in the table (its columns run left to right)."""
        keys = [column.key for column in reversed(self.cols)]
        return keys.index(key)

    def _heading_table(self) -> Table:
        cells = [fast_visual_line(c.title, FONT_BOLD) for c in reversed(self.cols)]
        table = Table([cells], colWidths=list(reversed(self.widths)))
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT_BOLD, HEAD_SIZE, HEAD_SIZE * 1.6),
            ("ALIGN", (0, 0), (-1, -1), "CENTRE"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), HEADING_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING + 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 2),
        ]))  # fmt: skip
        return table

    def _cells(self, index: int, row: RegisterRow) -> list[str]:
        values = _row_values(index, row, self.with_kind)
        cells: list[str] = []
        for column, width in zip(self.cols, self.widths, strict=True):
            text = values[column.key]
            if column.max_lines > 1:
                cells.append(cell_text(text, FONT_REGULAR, width - 3 * PADDING, column.max_lines))
            else:
                cells.append(fast_visual_line(text, FONT_REGULAR) if text else "")
        cells.reverse()  # a right-to-left table lists its columns right to left
        return cells

    def story(self) -> list[Flowable]:
        rows = self.register.rows
        total = len(rows)
        story: list[Flowable] = []
        widths = list(reversed(self.widths))
        for start in range(0, total, ROWS_PER_TABLE):
            chunk = rows[start:start + ROWS_PER_TABLE]
            data = [self._cells(start + offset + 1, row) for offset, row in enumerate(chunk)]
            cancelled = [offset for offset, row in enumerate(chunk) if row.cancelled]
            classified = [offset for offset, row in enumerate(chunk) if row.classification]
            table = Table(data, colWidths=widths, splitByRow=1)
            table.setStyle(self._style(cancelled, classified, start))
            story.append(table)
            done = start + len(chunk)
            story.append(_Progress(total + done, 2 * total, self.progress))
            if self.progress is not None:
                self.progress(done, 2 * total)
        story.append(RtlParagraph(self._totals_line(), FONT_MEDIUM, 10, align="right",
                                  space_before=4 * mm))  # fmt: skip
        return story

    def _totals_line(self) -> str:
        rows = self.register.rows
        cancelled = sum(1 for row in rows if row.cancelled)
        text = f"شمار نامه‌ها: {fa(len(rows))}"
        if cancelled:
            text += f"؛ ابطال‌شده: {fa(cancelled)}"
        return text

    # -- pages ---------------------------------------------------------------------------

    def title(self) -> str:
        kind = self.register.kind
        return "دفتر اندیکاتور" + (f" نامه‌های {kind}" if kind else "")

    def on_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = PAGE
        top = height - MARGIN
        reg = self.register
        draw_rtl_line(canvas, reg.org_name, width - MARGIN, top - 5 * mm, FONT_BOLD, 11)
        draw_centred(canvas, self.title(), width / 2, top - 6 * mm, FONT_BOLD, 15)
        period = f"از {jalali(reg.date_from)} تا {jalali(reg.date_to)}"
        draw_centred(canvas, period, width / 2, top - 13 * mm, FONT_MEDIUM, 10.5)
        printed = f"تاریخ چاپ: {jalali_time(reg.printed_at)}"
        draw_left_aligned(canvas, printed, MARGIN, top - 5 * mm, FONT_REGULAR, 9)
        if reg.limited_to_clearance:
            draw_rtl_line(canvas, LIMITED_NOTE, width - MARGIN, top - 17 * mm, FONT_MEDIUM, 8.5)
        heading_top = top - HEADING_ZONE
        self.heading.drawOn(canvas, MARGIN, heading_top - self.heading_height)

    def decorate(self, canvas: Canvas, page: int, total: int) -> None:
        draw_centred(canvas, page_of(page, total), PAGE[0] / 2, MARGIN - 4 * mm, FONT_REGULAR, 9)

    def render(self) -> bytes:
        buffer = BytesIO()
        frame_top = PAGE[1] - MARGIN - HEADING_ZONE - self.heading_height
        frame = Frame(MARGIN, MARGIN + FOOTER_ZONE - 4 * mm, self.width,
                      frame_top - MARGIN - FOOTER_ZONE + 4 * mm, id="rows",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        doc = BaseDocTemplate(
            buffer, pagesize=PAGE, pageCompression=1, title=self.title(),
            author=PDF_CREATOR, creator=PDF_CREATOR, initialFontName=FONT_REGULAR,
            pageTemplates=[PageTemplate("rows", [frame], onPage=self.on_page)],
        )  # fmt: skip
        story = self.story()
        doc.build(story, canvasmaker=canvas_with_totals(self.decorate))
        if self.progress is not None:
            self.progress(2 * len(self.register.rows), 2 * len(self.register.rows))
        return buffer.getvalue()


def render_register(register: RegisterPrint, progress: ProgressCallback | None = None) -> bytes:
    return RegisterBook(register, progress).render()
