"""Canvas drawing, read back from the PDF: positions, alignment, justification, line order."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import FONT_REGULAR, register_fonts
from secretariat.printing.rtl import (
    baseline_offset,
    break_lines,
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
    draw_rtl_paragraph,
    layout_lines,
    visual_line,
)
from tests.printing.pdf_inspect import DrawnRun, drawn_lines, drawn_runs, plain

SIZE = 12.0
LEADING = 21.0
X_RIGHT = 500.0
WIDTH = 300.0
Y_TOP = 700.0
TEXT = to_persian_digits(
    "در پاسخ به نامهٔ شماره 125 مورخ 1403/02/15 به آگاهی می‌رساند که پیوست (دو برگ) "
    "دریافت شد و موضوع «تمدید کارت عضویت» در دستور کار قرار گرفت. خواهشمند است نتیجه را "
    "فوراً به این دبیرخانه اعلام فرمایید.\nبا سپاس از همکاری شما"
)


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def _right_edge(run: DrawnRun) -> float:
    return run.x + run.width


def _runs_by_baseline(pdf: Path) -> list[list[DrawnRun]]:
    lines: dict[float, list[DrawnRun]] = {}
    for run in drawn_runs(pdf):
        if run.text.strip():
            lines.setdefault(round(run.y, 2), []).append(run)
    return [sorted(runs, key=lambda r: r.x) for _, runs in sorted(lines.items(), reverse=True)]


def _draw(tmp_path: Path, justify: bool = True) -> tuple[Path, float]:
    pdf = tmp_path / "paragraph.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    y_after = draw_rtl_paragraph(
        canvas, TEXT, X_RIGHT, Y_TOP, WIDTH, FONT_REGULAR, SIZE, LEADING, justify=justify
    )
    canvas.save()
    return pdf, y_after


def test_paragraph_lines_come_out_top_down_in_logical_order(tmp_path: Path) -> None:
    pdf, y_after = _draw(tmp_path)
    expected = break_lines(TEXT, FONT_REGULAR, SIZE, WIDTH)
    assert y_after == pytest.approx(Y_TOP - len(expected) * LEADING)
    assert drawn_lines(pdf) == [plain(visual_line(line)) for line in expected]


def test_justified_lines_fill_the_width_and_paragraph_ends_are_right_aligned(
    tmp_path: Path,
) -> None:
    pdf, _ = _draw(tmp_path)
    laid_out = layout_lines(TEXT, FONT_REGULAR, SIZE, WIDTH)
    lines = _runs_by_baseline(pdf)
    assert len(lines) == len(laid_out)
    first_baseline = Y_TOP - baseline_offset(FONT_REGULAR, SIZE, LEADING)
    for index, (runs, logical) in enumerate(zip(lines, laid_out, strict=True)):
        assert runs[0].y == pytest.approx(first_baseline - index * LEADING, abs=0.01)
        assert _right_edge(runs[-1]) == pytest.approx(X_RIGHT, abs=0.01)
        if logical.ends_paragraph:
            assert runs[0].x > X_RIGHT - WIDTH + 1
        else:
            assert runs[0].x == pytest.approx(X_RIGHT - WIDTH, abs=0.01)


def test_unjustified_paragraph_is_ragged_left(tmp_path: Path) -> None:
    pdf, _ = _draw(tmp_path, justify=False)
    lines = _runs_by_baseline(pdf)
    assert all(len(runs) == 1 for runs in lines)
    assert all(_right_edge(runs[0]) == pytest.approx(X_RIGHT, abs=0.01) for runs in lines)


def test_single_lines_right_centre_left(tmp_path: Path) -> None:
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    draw_rtl_line(canvas, "موضوع: آزمون", 500, 700, FONT_REGULAR, SIZE)
    draw_centred(canvas, "عنوان وسط", 300, 650, FONT_REGULAR, SIZE)
    draw_left_aligned(canvas, to_persian_digits("تاریخ: 1403/02/15"), 50, 600, FONT_REGULAR, SIZE)
    canvas.save()
    right, centre, left = (runs[0] for runs in _runs_by_baseline(pdf))
    assert right.text == plain(visual_line("موضوع: آزمون"))
    assert _right_edge(right) == pytest.approx(500, abs=0.01)
    assert (centre.x + _right_edge(centre)) / 2 == pytest.approx(300, abs=0.01)
    assert left.x == pytest.approx(50)
    assert left.text.startswith("۱۴۰۳/۰۲/۱۵ ")


def test_a_letter_body_draws_in_milliseconds() -> None:
    # ≈250 words take a few ms on a developer machine; the bound only catches a lost cache.
    body = " ".join([TEXT.replace("\n", " ")] * 6)
    assert 230 < len(body.split()) < 300
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    draw_rtl_paragraph(canvas, body, X_RIGHT, Y_TOP, WIDTH, FONT_REGULAR, SIZE, LEADING)
    started = time.perf_counter()
    draw_rtl_paragraph(canvas, body, X_RIGHT, Y_TOP, WIDTH, FONT_REGULAR, SIZE, LEADING)
    assert time.perf_counter() - started < 0.25
