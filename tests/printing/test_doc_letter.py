"""The letter PDF read back: pages, paper, fonts, the date block, line order, marks, QR code."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5

from secretariat.kernel.signed_codes import parse_code
from secretariat.printing.api import PrintLayout
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.rtl import visual_line
from tests.helpers import must
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import (
    drawn_lines,
    drawn_runs,
    embedded_font_names,
    pdftotext_layout,
    plain,
    words,
)

LAYOUT = PrintLayout()


def _pdf(tmp_path: Path, name: str, data: bytes) -> Path:
    return s.write(tmp_path / name, data)


def _page_text(pdf: Path, page: int) -> str:
    return plain(" ".join(drawn_lines(pdf, page)))


def _line_of(text: str, pair: tuple[str, str]) -> int:
    for index, line in enumerate(text.splitlines()):
        if pair in pairwise(words(line)):
            return index
    raise AssertionError(f"{pair} not found")


def test_one_a4_page_with_both_weights_embedded(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
    embedded = {name.split("+", 1)[1] for name in embedded_font_names(pdf)}
    assert {"Vazirmatn-Regular", "Vazirmatn-Bold"} <= embedded
    assert "نامهٔ شماره" in (must(reader.metadata).title or "")


def test_number_date_and_attachments_are_printed_in_persian(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    drawn = _page_text(pdf, 0)
    assert plain(visual_line("۱۴۰۳/ص/۱۲۵")) in drawn  # the number, Persian digits
    assert s.DAY_FA in drawn  # the Jalali date, left to right
    text = words(pdftotext_layout(pdf))
    for word in ("تاریخ", "شماره", "پیوست", "بسمه", s.DAY_FA, "موضوع", "رونوشت"):
        assert word in text, word
    assert "1403" not in drawn  # no ASCII digits anywhere on the page


def test_date_block_is_top_left_and_letterhead_top_right(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    runs = drawn_runs(pdf)
    date_run = next(r for r in runs if plain(r.text) == s.DAY_FA)
    org_run = next(r for r in runs if plain(r.text) == plain(visual_line(s.ORG)))
    assert date_run.x < A4[0] / 3 and date_run.y > A4[1] * 0.8
    assert org_run.x > A4[0] / 2 and org_run.y > A4[1] * 0.75


def test_body_lines_run_top_down_across_pages(tmp_path: Path) -> None:
    letter = s.letter(paragraphs=14, classification="محرمانه")
    pdf = _pdf(tmp_path, "long.pdf", render_letter(letter, s.letterhead(), LAYOUT))
    pages = len(PdfReader(pdf).pages)
    assert pages >= 2
    text = pdftotext_layout(pdf)
    first_page, *_rest = text.split("\f")
    assert _line_of(first_page, s.FIRST_WORDS) >= 0
    assert _line_of(text, s.FIRST_WORDS) < _line_of(text, s.LAST_WORDS)
    assert _line_of(text, ("موضوع", "تمدید")) < _line_of(text, s.FIRST_WORDS)
    # Classification top and bottom, and "page n of N", on every page.
    for page in range(pages):
        drawn = _page_text(pdf, page)
        assert drawn.count(plain(visual_line("محرمانه"))) == 2, page
        assert plain(visual_line(f"صفحهٔ {'۱۲۳۴'[page]} از {'۱۲۳۴'[pages - 1]}")) in drawn


def test_single_page_letter_has_no_page_numbers_or_classification(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    drawn = _page_text(pdf, 0)
    assert plain(visual_line("صفحهٔ")) not in drawn
    assert plain(visual_line("محرمانه")) not in drawn


def test_draft_has_watermark_and_no_number_or_code(tmp_path: Path) -> None:
    draft = s.letter(number=None, draft=True, verification=None)
    pdf = _pdf(tmp_path, "draft.pdf", render_letter(draft, s.letterhead(), LAYOUT))
    drawn = _page_text(pdf, 0)
    assert plain(visual_line("پیش‌نویس")) in drawn
    assert plain(visual_line("۱۴۰۳/ص/۱۲۵")) not in drawn
    assert "پیش‌نویس" in (must(PdfReader(pdf).metadata).title or "")


def test_cancelled_letter_is_marked(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "c.pdf", render_letter(s.letter(cancelled=True), s.letterhead(), LAYOUT))
    assert plain(visual_line("ابطال‌شده")) in _page_text(pdf, 0)


def test_short_letter_on_a5_when_asked_long_one_stays_a4(tmp_path: Path) -> None:
    layout = PrintLayout(a5_for_short_letters=True)
    short = _pdf(tmp_path, "short.pdf", render_letter(s.letter(), s.letterhead(), layout))
    box = PdfReader(short).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A5, abs=0.01)
    long = _pdf(tmp_path, "long.pdf",
                render_letter(s.letter(paragraphs=6), s.letterhead(), layout))  # fmt: skip
    box = PdfReader(long).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)


def test_without_logo_footer_or_bismillah(tmp_path: Path) -> None:
    head = replace(s.letterhead(logo=False), bismillah=False, footer_lines=())
    pdf = _pdf(tmp_path, "plain.pdf", render_letter(s.letter(), head, LAYOUT))
    drawn = _page_text(pdf, 0)
    assert plain(visual_line("بسمه تعالی")) not in drawn
    assert plain(visual_line("تلفن:")) not in drawn


def test_signature_sits_left_below_the_body(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    runs = drawn_runs(pdf)
    name = next(r for r in runs if plain(r.text) == plain(visual_line("مریم احمدی")))
    title = next(r for r in runs if plain(r.text) == plain(visual_line("رئیس دبیرخانه")))
    last_body = next(r for r in runs if plain(visual_line(s.LAST_WORDS[1])) in plain(r.text))
    assert name.x < A4[0] / 2 and name.y < last_body.y
    assert title.y < name.y  # the post title under the name


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbarimg (Debian zbar-tools) and pdftoppm")  # fmt: skip
def test_qr_code_reads_back_as_the_verification_string(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "letter.pdf", render_letter(s.letter(), s.letterhead(), LAYOUT))
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    result = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")],
                            capture_output=True, text=True, check=True)  # fmt: skip
    assert result.stdout.strip() == s.verification()
    parsed = parse_code(result.stdout)
    assert parsed is not None
    assert (parsed.fields.kind, parsed.fields.number, parsed.fields.date_text) == ("L", s.NUMBER, "1403/02/15")
