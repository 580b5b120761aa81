"""The printed letter as a manager reads it before signing (issue 11): the signature never
alone on a page, the footer address whole and clear of the QR code and page number, a
phone number with words in reading order, a draft without number or date."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from secretariat.printing.documents.common import page_of, phone_line
from secretariat.printing.documents.letter import geometry, render_letter
from secretariat.printing.layout_settings import PrintLayout
from secretariat.printing.rtl import line_width, visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import (
    WordBox,
    pdftotext_pages,
    pdftotext_words,
    plain,
    words,
)

# Body words found nowhere else on the page, so a line holding one is a body line.
VOCABULARY = ("گزارش", "پیشرفت", "طرح", "توسعه", "صادرات", "استانی", "کارگروه", "پیگیری",
              "برنامه", "اجرایی")  # fmt: skip
# Body lengths in words, from one line to three A4 pages. With the default layout 209-245
# ended just before the second page and left the signature alone on it; 185-197 and 545
# left the رونوشت list alone; 257 and 593 leave one line after the break.
BODY_WORDS = (5, 41, 137, 185, 197, 209, 233, 257, 300, 521, 545, 569, 593, 640)


def _body(count: int) -> str:
    """``count`` words in paragraphs of 45, as a real multi-paragraph letter."""
    vocabulary = [VOCABULARY[index % len(VOCABULARY)] for index in range(count)]
    return "\n".join(" ".join(vocabulary[start:start + 45]) + "."
                     for start in range(0, count, 45))  # fmt: skip


def _body_lines(page: str) -> list[str]:
    return [line for line in page.splitlines() if set(VOCABULARY) & set(words(line))]


@pytest.fixture(scope="module")
def closings(tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[str]]:
    folder = tmp_path_factory.mktemp("closing")
    pages: dict[int, list[str]] = {}
    for count in BODY_WORDS:
        pdf = s.write(folder / f"{count}.pdf",
                      render_letter(s.letter(body=_body(count)), s.letterhead(), PrintLayout()))
        pages[count] = pdftotext_pages(pdf)
    return pages


@pytest.mark.parametrize("count", BODY_WORDS)
def test_signature_keeps_two_body_lines_and_the_cc_list_with_it(
    closings: dict[int, list[str]], count: int
) -> None:
    pages = closings[count]
    signed = next(i for i, page in enumerate(pages) if "مریم احمدی" in page)
    total = sum(len(_body_lines(page)) for page in pages)
    assert len(_body_lines(pages[signed])) >= min(2, total)
    assert signed == len(pages) - 1  # nothing after the signature's page
    assert "رونوشت" in words(pages[signed])  # the رونوشت list starts on the same page
    for page in pages[1:]:
        assert _body_lines(page), "a page without any of the body"


def test_the_lengths_reach_three_pages_and_end_just_after_a_break(
    closings: dict[int, list[str]],
) -> None:
    assert max(len(pages) for pages in closings.values()) == 3
    assert len(_body_lines(closings[BODY_WORDS[0]][0])) == 1  # one line of body
    # Some length puts exactly the two kept lines on the last page.
    assert any(len(pages) > 1 and len(_body_lines(pages[-1])) == 2
               for pages in closings.values())  # fmt: skip


def test_closing_without_body_keeps_the_subject(tmp_path: Path) -> None:
    letter = s.letter(body="", cc=s.CC_TWO * 3)
    pdf = s.write(tmp_path / "nobody.pdf", render_letter(letter, s.letterhead(), PrintLayout()))
    pages = pdftotext_pages(pdf)
    assert len(pages) == 1 and "مریم احمدی" in pages[0]


# --- the footer ------------------------------------------------------------------------

def _footer_letter(tmp_path: Path, layout: PrintLayout, paragraphs: int) -> tuple[Path, float]:
    head = replace(s.letterhead(), footer_lines=(s.LONG_ADDRESS, phone_line("026-32123456")))
    letter = s.letter(paragraphs=paragraphs)
    pdf = s.write(tmp_path / "footer.pdf", render_letter(letter, head, layout))
    page = PdfReader(pdf).pages[0].mediabox
    return pdf, float(page.width)


def _address_words(pdf: Path, page: int) -> list[WordBox]:
    """The footer's words (in the bottom fifth of the page) that belong to the address."""
    wanted = set(s.LONG_ADDRESS)
    bottom = float(PdfReader(pdf).pages[page].mediabox.height) * 0.8
    return [w for w in pdftotext_words(pdf)
            if w.page == page and w.y0 > bottom and set(plain(w.text)) <= wanted
            and plain(w.text) not in _PAGE_NUMBER_WORDS]  # fmt: skip


_PAGE_NUMBER_WORDS = {plain(visual_line(word)) for word in page_of(1, 2).split()}


@pytest.mark.parametrize(("paper", "paragraphs", "layout"), [
    (A4, 6, PrintLayout()),
    (A5, 0, PrintLayout(a5_for_short_letters=True)),
])  # fmt: skip
def test_long_address_prints_whole_clear_of_qr_and_page_number(
    tmp_path: Path, paper: tuple[float, float], paragraphs: int, layout: PrintLayout
) -> None:
    assert len(s.LONG_ADDRESS) >= 250
    pdf, width = _footer_letter(tmp_path, layout, paragraphs)
    assert width == pytest.approx(paper[0], abs=0.1)
    pages = PdfReader(pdf).pages
    head = replace(s.letterhead(), footer_lines=(s.LONG_ADDRESS,))
    g = geometry(paper, layout, s.letter(), head)
    height = paper[1]
    qr = (g.left, height - g.bottom - 3 * mm * g.k - g.qr_size, g.left + g.qr_size,
          height - g.bottom)  # the code and the short code under it
    number_width = line_width(page_of(len(pages), len(pages)), "Vazirmatn", 8.5 * g.k)
    page_number = (g.x_right - number_width, height - g.bottom - 6 * mm, g.x_right, height)
    for page in range(len(pages)):
        found = _address_words(pdf, page)
        # Every letter of the address, in as many lines as the wrapping needs.
        assert Counter("".join(plain(w.text) for w in found)) == Counter(
            s.LONG_ADDRESS.replace(" ", ""))
        lines = {round(w.y0) for w in found}
        if paper == A4:
            assert len(lines) <= 2
        for word in found:
            assert word.inside(g.left, 0, g.x_right, height - g.bottom + 3)  # printable area
            box = WordBox(page, *qr, "")
            assert not word.overlaps(box), word
            if len(pages) > 1:
                assert not word.overlaps(WordBox(page, *page_number, "")), word


def test_footer_text_is_never_smaller_than_the_floor(tmp_path: Path) -> None:
    pdf, _ = _footer_letter(tmp_path, PrintLayout(a5_for_short_letters=True), 0)
    heights = [w.y1 - w.y0 for w in _address_words(pdf, 0)]
    # poppler's word box is ascent + descent: 1.56 em for Vazirmatn; the floor is 6 pt.
    assert min(heights) >= 6 * 1.56 - 0.05


def test_phone_with_words_reads_right_to_left(tmp_path: Path) -> None:
    head = replace(s.letterhead(), footer_lines=(phone_line("026-32123456 داخلی 214"),))
    pdf = s.write(tmp_path / "phone.pdf", render_letter(s.letter(), head, PrintLayout()))
    line = [w for w in pdftotext_words(pdf) if w.y0 > A4[1] * 0.9]
    x = {plain(w.text): w.x0 for w in line}
    label = plain(visual_line("تلفن:"))
    extension = plain(visual_line("داخلی"))
    # From the right: «تلفن:», the number (left to right inside), «داخلی», «۲۱۴».
    assert x[label] > x["۰۲۶-۳۲۱۲۳۴۵۶"] > x[extension] > x["۲۱۴"]


# --- drafts ----------------------------------------------------------------------------

def test_draft_shows_draft_and_no_number_or_date(tmp_path: Path) -> None:
    draft = s.letter(number=None, draft=True, verification=None, paragraphs=12)
    pdf = s.write(tmp_path / "draft.pdf", render_letter(draft, s.letterhead(), PrintLayout()))
    pages = pdftotext_pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert s.DAY_FA not in page  # no date, on the first page nor in the later headings
        assert "پیش‌نویس" in words(page)
    header = [w for w in pdftotext_words(pdf) if w.page == 0 and w.y0 < 45 * mm]
    assert plain(visual_line("پیش‌نویس")) in {plain(w.text) for w in header}
