"""Phones, faxes and postal codes keep their order on paper (issue 11): a number joined by a
hyphen inside Persian text printed its parts right to left («۳۲۲۱۲۳۴۵-۰۲۶»). Every document
that prints one is read back with ``pdftotext -bbox`` (a word's glyphs in drawing order, left
to right) and must show each number as typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from secretariat.printing.documents.common import phone_line
from secretariat.printing.documents.data import Addressee, Letterhead
from secretariat.printing.documents.envelope import render_envelopes
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.documents.receipt import render_receipt
from secretariat.printing.documents.register_book import render_register
from secretariat.printing.layout_settings import PrintLayout
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import pdftotext_words

PHONE, FAX, POSTAL, P_O_BOX = "026-32212345", "۰۲۶-۳۲۲۱۲۳۵۰", "31587-65432", "۳۱۵۸۵/۱۸۸۸"
# As each must read on paper, left to right (Persian digits).
EXPECTED = ("۰۲۶-۳۲۲۱۲۳۴۵", "۰۲۶-۳۲۲۱۲۳۵۰", "۳۱۵۸۷-۶۵۴۳۲", "۳۱۵۸۵/۱۸۸۸")
ADDRESS = (f"کرج، بلوار جمهوری، صندوق پستی {P_O_BOX}، کد پستی {POSTAL}، "
           f"تلفن {PHONE} و دورنگار {FAX}")


def _head() -> Letterhead:
    """The footer as the settings make it: the address (with the postal code) and the phone
    line, plus the fax typed into the address."""
    return Letterhead(name_lines=(s.ORG,), logo=None, bismillah=False,
                      footer_lines=(ADDRESS, phone_line(f"{PHONE} داخلی ۲۱۴")))


def _letter(recipients: tuple[Addressee, ...]) -> bytes:
    return render_letter(s.letter(body=f"لطفاً با شمارهٔ {PHONE} یا دورنگار {FAX} تماس بگیرید."
                                  f" نشانی: {ADDRESS}", recipients=recipients), _head(),
                         PrintLayout())


def _documents() -> dict[str, Callable[[], bytes]]:
    addressee = (Addressee("جناب آقای دکتر محمد رضایی", f"مدیرکل محترم — تلفن {PHONE}",
                           f"کد پستی {POSTAL}، صندوق پستی {P_O_BOX}، دورنگار {FAX}"),)
    envelope = replace(s.envelope(), sender_lines=(s.ORG, ADDRESS),
                       recipient_lines=(f"تلفن {PHONE}، دورنگار {FAX}",
                                        f"صندوق پستی {P_O_BOX}، کد پستی {POSTAL}"))
    subject = f"پیگیری تلفن {PHONE} و دورنگار {FAX}، کد پستی {POSTAL}، صندوق پستی {P_O_BOX}"
    rows = tuple(replace(row, subject=subject, sender_number=PHONE)
                 for row in s.register(3).rows)
    return {
        "letter-a4": lambda: _letter(addressee),
        "letter-a5": lambda: render_letter(
            s.letter(body=f"تلفن {PHONE}، دورنگار {FAX}، صندوق پستی {P_O_BOX}، کد پستی {POSTAL}"),
            _head(), PrintLayout(a5_for_short_letters=True)),
        "preprinted": lambda: render_preprinted_letter(
            s.letter(subject=subject, recipients=addressee,
                     body=f"لطفاً با شمارهٔ {PHONE} یا دورنگار {FAX} تماس بگیرید."),
            PrintLayout(preprinted=True)),
        "envelope-dl": lambda: render_envelopes([envelope], "DL"),
        "envelope-c5": lambda: render_envelopes([envelope], "C5"),
        "receipt-a6": lambda: render_receipt(s.receipt(subject=subject, sender_number=FAX),
                                             "A6"),
        "receipt-roll": lambda: render_receipt(s.receipt(subject=subject, sender_number=FAX),
                                               "roll80"),
        "register": lambda: render_register(replace(s.register(3), rows=rows)),
    }  # fmt: skip


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("phones")
    return {name: s.write(folder / f"{name}.pdf", build()) for name, build in _documents().items()}


def _reversed(number: str) -> str:
    separator = next(c for c in number if c in "-/")
    return separator.join(reversed(number.split(separator)))


def drawn_numbers(pdf: Path) -> list[str]:
    """Every word that is digits joined by - or / (brackets and punctuation around it
    dropped), as drawn left to right."""
    found = []
    for word in pdftotext_words(pdf):
        core = word.text.strip("()«»،,:.؛")
        if any(sep in core for sep in "-/") and all(c.isdigit() or c in "-/" for c in core):
            found.append(core)
    return found


@pytest.mark.parametrize("name", list(_documents()))
def test_joined_numbers_keep_their_order(pdfs: dict[str, Path], name: str) -> None:
    drawn = drawn_numbers(pdfs[name])
    for number in EXPECTED:
        if name == "register" and number != EXPECTED[0]:
            # The register's subject cell is cut with «…»; its sender number is whole.
            continue
        assert number in drawn, (name, number, drawn)
        assert _reversed(number) not in drawn, (name, number)


def test_a_date_and_a_letter_number_are_unchanged(pdfs: dict[str, Path]) -> None:
    """Isolating joined digits changes nothing for what already printed right."""
    drawn = drawn_numbers(pdfs["letter-a4"])
    assert s.DAY_FA in drawn  # the date, year on the left
