"""The register book read back: landscape pages, headings on each, rows in order, cancellations."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.documents.register_book import render_register
from secretariat.printing.rtl import visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import drawn_lines, drawn_runs, plain

HEADINGS = ("ردیف", "شماره", "تاریخ", "موضوع", "پیوست", "وضعیت")


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("register") / "register.pdf"
    return s.write(path, render_register(s.register(120)))


def _drawn(pdf: Path, page: int) -> str:
    return plain(" ".join(drawn_lines(pdf, page)))


def test_landscape_a4_several_pages(book: Path) -> None:
    reader = PdfReader(book)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(landscape(A4), abs=0.01)


def test_headings_title_page_numbers_and_print_date_on_every_page(book: Path) -> None:
    pages = len(PdfReader(book).pages)
    for page in range(pages):
        drawn = _drawn(book, page)
        for heading in HEADINGS:
            assert plain(visual_line(heading)) in drawn, (page, heading)
        assert plain(visual_line("دفتر اندیکاتور")) in drawn
        assert plain(visual_line(f"صفحهٔ {_fa(page + 1)} از {_fa(pages)}")) in drawn
        assert "۱۴۰۳/۰۲/۱۵" in drawn  # printed on (Tehran time 10:00)


def _fa(value: object) -> str:
    return to_persian_digits(str(value))


def test_every_row_once_in_order(book: Path) -> None:
    numbers: list[str] = []
    runs = drawn_runs(book)
    for page in range(len(PdfReader(book).pages)):
        # Each row's number is one run, «۱۲/و/۱۴۰۳» left to right; rows top down.
        on_page = sorted((r for r in runs if r.page == page), key=lambda r: -r.y)
        numbers += [plain(r.text) for r in on_page if "و" in plain(r.text) and "/" in r.text]
    expected = [plain(visual_line(_fa(f"1403/و/{i}"))) for i in range(1, 121)]
    assert numbers == expected


def test_cancelled_rows_are_marked(book: Path) -> None:
    marked = plain(visual_line("ابطال‌شده"))
    rows = [line for page in range(len(PdfReader(book).pages))
            for line in drawn_lines(book, page)]  # fmt: skip
    cancelled_numbers = [plain(visual_line(_fa(f"1403/و/{i}"))) for i in range(7, 121, 7)]
    for number in cancelled_numbers:
        line = next(plain(row) for row in rows if number in plain(row).split())
        assert marked in line, number
    register_rows = [plain(row) for row in rows if "/و/" in plain(row)]
    assert sum(marked in row for row in register_rows) == len(cancelled_numbers)


def test_totals_line_counts_rows_and_cancellations(book: Path) -> None:
    last = len(PdfReader(book).pages) - 1
    drawn = _drawn(book, last)
    assert plain(visual_line("شمار نامه‌ها: ۱۲۰؛ ابطال‌شده: ۱۷")) in drawn


def test_kind_column_only_when_all_kinds(tmp_path: Path) -> None:
    one_kind = s.write(tmp_path / "in.pdf", render_register(s.register(5, kind="وارده")))
    drawn = _drawn(one_kind, 0)
    assert plain(visual_line("دفتر اندیکاتور نامه‌های وارده")) in drawn
    assert plain(visual_line("نوع")) not in drawn.split()


def test_empty_period_still_prints_a_page(tmp_path: Path) -> None:
    pdf = s.write(tmp_path / "empty.pdf", render_register(s.register(0)))
    assert len(PdfReader(pdf).pages) == 1
    assert plain(visual_line("شمار نامه‌ها: ۰")) in _drawn(pdf, 0)


def test_progress_reaches_the_end_and_can_cancel() -> None:
    seen: list[tuple[int, int]] = []
    render_register(s.register(90), lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == 180
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        render_register(s.register(90), stop)
