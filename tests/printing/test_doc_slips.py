"""Receipt slips and envelopes read back: paper sizes, fields, where things sit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm

from secretariat.printing.documents.envelope import ENVELOPE_SIZES, render_envelopes
from secretariat.printing.documents.receipt import ROLL_WIDTH, render_receipt
from secretariat.printing.rtl import visual_line
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import drawn_lines, drawn_runs, embedded_font_names, plain


def _size(pdf: Path, page: int = 0) -> tuple[float, float]:
    box = PdfReader(pdf).pages[page].mediabox
    return float(box.width), float(box.height)


def _drawn(pdf: Path, page: int = 0) -> str:
    return plain(" ".join(drawn_lines(pdf, page)))


@pytest.mark.parametrize("size", ["A6", "roll80"])
def test_receipt_fields(tmp_path: Path, size: str) -> None:
    pdf = s.write(tmp_path / f"{size}.pdf", render_receipt(s.receipt(), size))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    width, height = _size(pdf)
    if size == "A6":
        assert (width, height) == pytest.approx(A6, abs=0.01)
    else:
        assert width == pytest.approx(ROLL_WIDTH, abs=0.01)
        assert 80 * mm < height < 200 * mm  # cut to the slip, not a whole page
    drawn = _drawn(pdf)
    for text in ("رسید دریافت نامه", "۱۴۰۳/و/۸۷", "شرکت صنایع غذایی البرز",
                 "علی رضایی", "۱۰:۳۵", "مهر و امضای دبیرخانه"):  # fmt: skip
        assert plain(visual_line(text)) in drawn, text
    assert s.DAY_FA in drawn
    assert {"Vazirmatn-Regular", "Vazirmatn-Bold"} <= {
        name.split("+", 1)[1] for name in embedded_font_names(pdf)}


def test_receipt_long_subject_stays_on_one_page(tmp_path: Path) -> None:
    subject = "درخواست صدور کارت عضویت برای واحد تولیدی " * 12
    pdf = s.write(tmp_path / "long.pdf", render_receipt(s.receipt(subject=subject), "A6"))
    assert len(PdfReader(pdf).pages) == 1
    assert "..." in _drawn(pdf)  # «…», folded by NFKC


def test_unknown_receipt_size_is_refused() -> None:
    with pytest.raises(ValueError):
        render_receipt(s.receipt(), "A4")


@pytest.mark.parametrize("size", ["DL", "C5"])
def test_envelope_layout_follows_iran_post(tmp_path: Path, size: str) -> None:
    pdf = s.write(tmp_path / f"{size}.pdf", render_envelopes([s.envelope()], size))
    width, height = _size(pdf)
    assert (width, height) == pytest.approx(ENVELOPE_SIZES[size], abs=0.01)
    runs = drawn_runs(pdf)

    def run_of(text: str) -> tuple[float, float]:
        found = next(r for r in runs if plain(r.text) == plain(visual_line(text)))
        return found.x, found.y

    sender_x, sender_y = run_of("فرستنده:")
    recipient_x, recipient_y = run_of("جناب آقای دکتر محمد رضایی")
    stamp_x, stamp_y = run_of("محل الصاق تمبر")
    assert sender_x < width / 2 and sender_y > height / 2  # top left
    assert recipient_x > width / 3 and recipient_y < height / 2  # bottom right
    assert stamp_x > width * 0.7 and stamp_y > height / 2  # top right
    # The postal code, one digit per box, left to right, below the recipient.
    digits = sorted((r for r in runs if plain(r.text) in "۰۱۲۳۴۵۶۷۸۹" and len(r.text) == 1
                     and r.y < recipient_y), key=lambda r: r.x)  # fmt: skip
    assert "".join(plain(r.text) for r in digits) == "۳۱۵۳۷۱۳۸۹۱"


def test_one_envelope_per_recipient(tmp_path: Path) -> None:
    pdf = s.write(tmp_path / "three.pdf", render_envelopes([s.envelope()] * 3, "DL"))
    assert len(PdfReader(pdf).pages) == 3


def test_missing_postal_code_leaves_empty_boxes(tmp_path: Path) -> None:
    pdf = s.write(tmp_path / "none.pdf", render_envelopes([s.envelope(postal_code="")], "DL"))
    assert plain(visual_line("کد پستی:")) in _drawn(pdf)
