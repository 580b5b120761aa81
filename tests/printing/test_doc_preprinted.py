"""Pre-printed paper: only the fields, at the millimetre positions of the settings; calibration."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from secretariat.printing.api import FieldBox, PreprintedFields, PrintLayout
from secretariat.printing.documents.calibration import render_calibration
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.rtl import visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import DrawnRun, drawn_lines, drawn_runs, pdftotext_layout, plain

FIELDS = PreprintedFields(date=FieldBox(120.0, 40.0, 50.0))


def _run(runs: list[DrawnRun], text: str) -> DrawnRun:
    return next(r for r in runs if plain(r.text) == plain(visual_line(text)))


def test_fields_only_no_letterhead(tmp_path: Path) -> None:
    layout = PrintLayout(preprinted_fields=FIELDS)
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(s.letter(), layout))
    drawn = plain(" ".join(drawn_lines(pdf)))
    for absent in (s.ORG, "بسمه تعالی", "تاریخ:", "شماره:"):
        assert plain(visual_line(absent)) not in drawn, absent
    assert s.DAY_FA in drawn
    assert plain(visual_line("۱۴۰۳/ص/۱۲۵")) in drawn


def test_date_lands_in_its_box(tmp_path: Path) -> None:
    layout = PrintLayout(preprinted_fields=FIELDS)
    pdf = s.write(tmp_path / "pre.pdf", render_preprinted_letter(s.letter(), layout))
    date_run = _run(drawn_runs(pdf), s.DAY_FA)
    box = FIELDS.date
    right_edge = (box.x_mm + box.width_mm) * mm
    assert box.x_mm * mm <= date_run.x < right_edge
    top = A4[1] - box.y_mm * mm
    assert top - 10 * mm < date_run.y < top  # baseline within the first line under the top


def test_body_flows_inside_its_box_over_pages(tmp_path: Path) -> None:
    layout = PrintLayout(preprinted_fields=FIELDS)
    letter = s.letter(paragraphs=12, classification="محرمانه")
    pdf = s.write(tmp_path / "long.pdf", render_preprinted_letter(letter, layout))
    assert len(PdfReader(pdf).pages) >= 2
    body = FIELDS.body
    bottom = A4[1] - (body.y_mm + body.height_mm) * mm
    for run in drawn_runs(pdf):
        if plain(visual_line(s.FIRST_WORDS[0])) in plain(run.text):
            assert run.x >= body.x_mm * mm - 1 and run.y > bottom
    text = plain(pdftotext_layout(pdf))
    assert 0 <= text.find(s.FIRST_WORDS[0]) < text.find(s.LAST_WORDS[0])


def test_calibration_page_shows_every_box_with_its_position(tmp_path: Path) -> None:
    fields = replace(PreprintedFields(), subject=FieldBox(25.0, 81.5, 160.0))
    pdf = s.write(tmp_path / "cal.pdf", render_calibration(fields))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    drawn = plain(" ".join(drawn_lines(pdf)))
    assert plain(visual_line("برگهٔ تنظیم چاپ روی کاغذ سربرگ‌دار")) in drawn
    assert plain(visual_line("موضوع: چپ ۲۵، بالا ۸۱.۵")) in drawn
    for label in ("تاریخ", "شماره", "پیوست", "گیرنده", "متن نامه"):
        assert plain(visual_line(label + ":")) in drawn, label


@pytest.mark.parametrize("x_mm", [0.0, 100.0])
def test_positions_move_the_printed_field(tmp_path: Path, x_mm: float) -> None:
    fields = replace(PreprintedFields(), number=FieldBox(x_mm, 50.0, 45.0))
    pdf = s.write(tmp_path / "n.pdf",
                  render_preprinted_letter(s.letter(), PrintLayout(preprinted_fields=fields)))  # fmt: skip
    number = _run(drawn_runs(pdf), "۱۴۰۳/ص/۱۲۵")
    assert x_mm * mm <= number.x <= (x_mm + 45) * mm
