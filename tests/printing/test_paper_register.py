"""The register book as a clerk checks it against the letters (issue 11): internal letters
readable without a missing glyph, classification marked in the row, the sender's own
number and date, the clearance note on every page, «…» kept inside its cell."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from secretariat.printing.documents.common import party_text
from secretariat.printing.documents.data import RegisterPrint, RegisterRow
from secretariat.printing.documents.register_book import (
    LIMITED_NOTE,
    MARGIN,
    RegisterBook,
    render_register,
)
from secretariat.printing.rtl import visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import (
    drawn_lines,
    drawn_runs,
    pdftotext_pages,
    pdftotext_words,
    plain,
    words,
)

LONG_SUBJECT = " ".join([s.LONG_SUBJECT] * 3)
# One-letter words fill each line to within a letter of the cell's width: «…» added
# after the fourth line without measuring spilled into the next column.
TIGHT_SUBJECT = " ".join(["و"] * 400)


def _register(**changes: object) -> RegisterPrint:
    rows = list(s.register(40).rows)
    rows[0] = replace(rows[0], kind="داخلی", party=party_text("معاونت اداری", "دبیرخانه"))
    rows[1] = replace(rows[1], classification="محرمانه")
    rows[2] = replace(rows[2], sender_number="4521/12", sender_date=date(2024, 4, 29))
    rows[3] = replace(rows[3], subject=TIGHT_SUBJECT)
    rows[4] = replace(rows[4], subject=LONG_SUBJECT)
    return replace(s.register(0), rows=tuple(rows), **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("register") / "register.pdf"
    return s.write(path, render_register(_register(limited_to_clearance=True)))


def _row_line(pdf: Path, number: str) -> str:
    """The drawn line (left to right) holding the row with this register number."""
    wanted = plain(visual_line(number))
    return next(plain(line) for line in drawn_lines(pdf, 0) if wanted in plain(line).split())


def test_internal_letter_in_words_every_glyph_in_the_font(book: Path) -> None:
    assert not any("\x00" in run.text for run in drawn_runs(book))  # no missing glyph
    assert "از معاونت اداری به دبیرخانه" in pdftotext_pages(book)[0]
    assert party_text("", "دبیرخانه") == "به دبیرخانه"


def test_classification_is_marked_in_its_row(book: Path) -> None:
    assert plain(visual_line("محرمانه")) in _row_line(book, "۱۴۰۳/و/۲").split()
    assert plain(visual_line("محرمانه")) not in _row_line(book, "۱۴۰۳/و/۱").split()


def test_incoming_rows_show_the_senders_number_and_date(book: Path) -> None:
    assert "نامهٔ فرستنده" in pdftotext_pages(book)[0]
    runs = [r for r in drawn_runs(book) if r.page == 0]
    row = next(r for r in runs if plain(r.text) == plain(visual_line("۱۴۰۳/و/۳")))
    near = {plain(r.text) for r in runs if abs(r.y - row.y) < 12}
    assert plain(visual_line("۴۵۲۱/۱۲")) in near
    assert "۱۴۰۳/۰۲/۱۰" in near  # the sender's date, Jalali


@pytest.mark.parametrize(("kind", "shown"), [("", True), ("وارده", True), ("صادره", False)])
def test_sender_column_only_where_incoming_letters_can_be(tmp_path: Path, kind: str,
                                                          shown: bool) -> None:  # fmt: skip
    pdf = s.write(tmp_path / "r.pdf", render_register(s.register(3, kind=kind)))
    assert ("نامهٔ فرستنده" in pdftotext_pages(pdf)[0]) is shown


def test_clearance_note_on_every_page_only_when_limited(book: Path, tmp_path: Path) -> None:
    pages = pdftotext_pages(book)
    assert len(pages) >= 2
    for page in pages:
        assert LIMITED_NOTE in page
    full = s.write(tmp_path / "full.pdf", render_register(_register()))
    assert all(LIMITED_NOTE not in page for page in pdftotext_pages(full))
    # The note never says how many rows are left out.
    assert not any(char.isdigit() for char in LIMITED_NOTE)


def test_ellipsis_stays_inside_the_subject_cell(book: Path) -> None:
    register = _register()
    maker = RegisterBook(register)
    keys = [column.key for column in reversed(maker.cols)]
    widths = list(reversed(maker.widths))
    left = MARGIN + sum(widths[:keys.index("subject")])
    right = left + widths[keys.index("subject")]
    ellipses = [w for w in pdftotext_words(book) if "…" in w.text]
    assert len(ellipses) >= 2
    for word in ellipses:
        assert left <= word.x0 and word.x1 <= right


def test_register_pages_are_landscape_a4(book: Path) -> None:
    box = PdfReader(book).pages[0].mediabox
    assert float(box.width) == pytest.approx(297 * mm, abs=0.1)
    assert "دفتر" in words(pdftotext_pages(book)[0])


def test_row_data_defaults_keep_old_callers_working() -> None:
    row = RegisterRow("1403/و/1", date(2024, 3, 20), "وارده", "شرکت", "موضوع", "", "ثبت‌شده")
    assert (row.classification, row.sender_number, row.sender_date) == ("", "", None)
    assert RegisterPrint("سازمان", date(2024, 3, 20), date(2024, 3, 21), "",
                         s.register(0).printed_at).limited_to_clearance is False  # fmt: skip
