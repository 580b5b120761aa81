"""The self-test page, read back with pypdf (structure, fonts, glyph order) and poppler (text)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from secretariat.printing.selftest_pdf import (
    SELFTEST_PARAGRAPH,
    SELFTEST_SECOND_PARAGRAPH,
    SELFTEST_TITLE,
    render_selftest_pdf,
)
from tests.printing.pdf_inspect import (
    drawn_lines,
    drawn_runs,
    embedded_font_names,
    pdftotext_layout,
    plain,
    words,
)


@pytest.fixture(scope="module")
def selftest_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("selftest") / "selftest.pdf"
    render_selftest_pdf(pdf)
    return pdf


def _squash(text: str) -> str:
    """Letters, digits, ZWNJ and marks only: poppler moves spaces and punctuation around."""
    return "".join(words(text))


def test_one_a4_page_with_vazirmatn_embedded(selftest_pdf: Path) -> None:
    reader = PdfReader(selftest_pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
    embedded = {name.split("+", 1)[1] for name in embedded_font_names(selftest_pdf)}
    assert {"Vazirmatn-Regular", "Vazirmatn-Bold"} <= embedded
    runs = [run for run in drawn_runs(selftest_pdf) if run.text.strip()]
    assert runs and all("+Vazirmatn" in run.font for run in runs)


def test_poppler_reads_the_words_in_logical_order(selftest_pdf: Path) -> None:
    text = pdftotext_layout(selftest_pdf)
    squashed = _squash(text)
    for expected in (SELFTEST_TITLE, SELFTEST_PARAGRAPH, SELFTEST_SECOND_PARAGRAPH):
        assert _squash(expected) in squashed
    for word in ("می‌شود", "خانهٔ", "فوراً", "PDF", "۱۲۳۴۵۶۷۸۹۰", "۱۴۰۳/۰۲/۱۵"):
        assert word in plain(text), word


def test_poppler_sees_the_paragraph_lines_top_down(selftest_pdf: Path) -> None:
    lines = [words(line) for line in pdftotext_layout(selftest_pdf).splitlines()]

    def line_of(first: str, second: str) -> int:
        for index, line_words in enumerate(lines):
            for a, b in pairwise(line_words):
                if (a, b) == (first, second):
                    return index
        raise AssertionError(f"{first} {second} not found")

    title = line_of("آزمون", "چاپ")
    paragraph_start = line_of("این", "برگه")
    paragraph_end = line_of("پایان", "می‌یابد")
    assert title < paragraph_start < paragraph_end < line_of("سطر", "پایانی")


def test_brackets_quotes_and_digits_are_drawn_the_right_way_round(selftest_pdf: Path) -> None:
    # Left to right on paper: the glyph of "(" then the words reversed then that of ")";
    # digits ascend. The text layer gives each mirrored glyph the character it stands for
    # («)» for the glyph of «(» on the left), so a reader's reversal restores «(دو برگ)».
    page = plain(" ".join(drawn_lines(selftest_pdf)))
    assert ")" + "برگ"[::-1] + " " + "دو"[::-1] + "(" in page
    assert "»" + "اقدام"[::-1] + " " + "جهت"[::-1] + "«" in page
    assert "۱۲۳۴۵۶۷۸۹۰" in page
    assert "۱۴۰۳/۰۲/۱۵" in page
    text = pdftotext_layout(selftest_pdf)
    assert "(دو برگ)" in text and "«جهت اقدام»" in text
