"""RtlParagraph in real platypus documents: page breaks, tables, alignment."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.rtl import RtlParagraph, layout_lines, rtl_cell, visual_line
from tests.printing.pdf_inspect import drawn_lines, drawn_runs, plain

SENTENCE = (
    "خانهٔ صنعت، معدن و تجارت استان البرز در پاسخ به نامهٔ شماره {n} اعلام می‌دارد که "
    "پیوست (دو برگ) دریافت شد و موضوع «تمدید کارت عضویت» در دستور کار قرار گرفت."
)
FRAME_PADDING = 6  # reportlab's default Frame padding on each side


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def _long_text(sentences: int) -> str:
    return " ".join(SENTENCE.format(n=to_persian_digits(str(i))) for i in range(sentences))


def _all_drawn_lines(pdf: Path) -> list[str]:
    pages = len(PdfReader(pdf).pages)
    return [line for page in range(pages) for line in drawn_lines(pdf, page) if line]


def test_long_paragraph_flows_over_pages_without_losing_or_reordering_lines(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "long.pdf"
    text = _long_text(40) + "\n" + _long_text(5)
    doc = SimpleDocTemplate(str(pdf), pagesize=A4)
    doc.build([RtlParagraph(text, size=12)])
    assert len(PdfReader(pdf).pages) >= 2
    expected = layout_lines(text, FONT_REGULAR, 12, doc.width - 2 * FRAME_PADDING)
    assert _all_drawn_lines(pdf) == [plain(visual_line(line.text)) for line in expected]


def test_line_before_a_page_break_stays_justified(tmp_path: Path) -> None:
    pdf = tmp_path / "split.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A5)
    doc.build([RtlParagraph(_long_text(20), size=11)])
    page_zero = [run for run in drawn_runs(pdf) if run.page == 0 and run.text.strip()]
    last_baseline = min(run.y for run in page_zero)
    last_line = sorted((r for r in page_zero if r.y == last_baseline), key=lambda r: r.x)
    assert len(last_line) > 1, "the page's last line was not justified"
    frame_left = doc.leftMargin + FRAME_PADDING
    assert last_line[0].x == pytest.approx(frame_left, abs=0.01)


def test_space_before_and_after_and_alignments(tmp_path: Path) -> None:
    pdf = tmp_path / "aligned.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4)
    doc.build(
        [
            RtlParagraph("عنوان", font=FONT_BOLD, size=16, align="centre", space_after=20),
            RtlParagraph("سمت راست", align="right"),
            RtlParagraph("سمت چپ", align="left", space_before=10, color=colors.darkblue),
        ]
    )
    title, right, left = (r for r in drawn_runs(pdf) if r.text.strip())
    frame_left = doc.leftMargin + FRAME_PADDING
    frame_right = doc.leftMargin + doc.width - FRAME_PADDING
    title_width = title.width
    assert title.x + title_width / 2 == pytest.approx((frame_left + frame_right) / 2, abs=0.01)
    right_width = right.width
    assert right.x + right_width == pytest.approx(frame_right, abs=0.01)
    assert left.x == pytest.approx(frame_left, abs=0.01)
    assert title.y - right.y > 20


def test_unknown_alignment_is_refused() -> None:
    with pytest.raises(ValueError):
        RtlParagraph("متن", align="middle")  # type: ignore[arg-type]


def test_table_cells_wrap_inside_their_columns(tmp_path: Path) -> None:
    pdf = tmp_path / "table.pdf"
    header = ["ردیف", "موضوع", "شماره"]
    rows = [
        [to_persian_digits(str(i)), SENTENCE.format(n=to_persian_digits(str(i))), "۱۴۰۳/ص/۱۲"]
        for i in range(1, 4)
    ]
    column_widths = [20 * mm, 100 * mm, 30 * mm]
    # Right to left: the first logical column is drawn rightmost.
    data = [[rtl_cell(cell, font=FONT_BOLD, align="centre") for cell in header][::-1]]
    data += [[rtl_cell(cell) for cell in row][::-1] for row in rows]
    table = Table(data, colWidths=column_widths[::-1], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    doc = SimpleDocTemplate(str(pdf), pagesize=A4)
    doc.build([Spacer(1, 10), table])

    runs = [run for run in drawn_runs(pdf) if run.text.strip()]
    table_right = doc.leftMargin + (doc.width + sum(column_widths)) / 2
    number_cells = [r for r in runs if r.text == visual_line("۱")]
    assert number_cells, "row number not drawn"
    assert number_cells[0].x > table_right - 20 * mm  # in the rightmost column
    subject_column_lines = {round(r.y, 1) for r in runs if r.x < table_right - 20 * mm
                            and r.x > table_right - 120 * mm}  # fmt: skip
    assert len(subject_column_lines) >= 3 * 2 + 1  # each subject wrapped to 2+ lines


def test_min_width_is_the_unbroken_text_width() -> None:
    paragraph = RtlParagraph("یک سطر\nسطری بلندتر از اولی", size=10)
    assert paragraph.minWidth() == pytest.approx(
        pdfmetrics.stringWidth(visual_line("سطری بلندتر از اولی"), FONT_REGULAR, 10)
    )
