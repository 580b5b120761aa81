"""Every document's text layer and lettering (issue 11): logical letters for copy and
search, Persian digits and ی/ک on paper, only our font, the envelope's recipient inside
its window, «…» inside the receipt's cell, a person's organisation under their name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from secretariat.correspondence.api import PartyRef
from secretariat.printing.documents.calibration import render_calibration
from secretariat.printing.documents.data import Addressee, CcLine, Letterhead
from secretariat.printing.documents.envelope import (
    EDGE,
    ENVELOPE_SIZES,
    STAMP_H,
    STAMP_LABEL,
    STAMP_W,
    render_envelopes,
)
from secretariat.printing.documents.from_dto import addressees
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.documents.receipt import MAX_SUBJECT_LINES, render_receipt
from secretariat.printing.documents.register_book import render_register
from secretariat.printing.documents.verification import short_code
from secretariat.printing.layout_settings import PrintLayout
from secretariat.printing.rtl import visual_line
from tests.helpers import must
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import (
    font_names,
    pdftotext_layout,
    pdftotext_pages,
    pdftotext_words,
    plain,
    presentation_forms,
    words,
)

LAYOUT = PrintLayout()
# Words whose letters join in every way, a lam-alef ligature (اعلام، بالا), ٔ and ZWNJ.
SEARCHED = "اعلام نظر دربارهٔ طرح بالا می‌شود"


def _documents() -> dict[str, Callable[[], bytes]]:
    letter = s.letter(subject=SEARCHED, classification="محرمانه", paragraphs=2)
    return {
        "letter": lambda: render_letter(letter, s.letterhead(), LAYOUT),
        "letter-a5": lambda: render_letter(s.letter(subject=SEARCHED), s.letterhead(),
                                           PrintLayout(a5_for_short_letters=True)),
        "preprinted": lambda: render_preprinted_letter(letter, LAYOUT),
        "calibration": lambda: render_calibration(LAYOUT.preprinted_fields),
        "register": lambda: render_register(replace(s.register(30), rows=tuple(
            replace(row, subject=SEARCHED) for row in s.register(30).rows))),
        "receipt-a6": lambda: render_receipt(s.receipt(subject=SEARCHED), "A6"),
        "receipt-roll": lambda: render_receipt(s.receipt(subject=SEARCHED), "roll80"),
        "envelope-dl": lambda: render_envelopes([replace(s.envelope(), recipient_name=SEARCHED)]),
        "envelope-c5": lambda: render_envelopes([replace(s.envelope(), recipient_name=SEARCHED)],
                                                "C5"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("documents")
    return {name: s.write(folder / f"{name}.pdf", build()) for name, build in _documents().items()}


@pytest.mark.parametrize("name", list(_documents()))
def test_text_layer_holds_letters_not_presentation_forms(pdfs: dict[str, Path],
                                                         name: str) -> None:  # fmt: skip
    text = pdftotext_layout(pdfs[name])
    assert presentation_forms(text) == []
    if name != "calibration":
        # What a viewer's search finds: the words in logical order, as typed.
        assert SEARCHED in " ".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("name", list(_documents()))
def test_only_the_bundled_font_is_referenced(pdfs: dict[str, Path], name: str) -> None:
    assert font_names(pdfs[name]) <= {"Vazirmatn-Regular", "Vazirmatn-Medium", "Vazirmatn-Bold"}


# --- digits and letters on paper -------------------------------------------------------

ASCII_TOKEN = re.compile(r"\S*[0-9]\S*")


def _latin_digits_outside_latin(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    return [token for token in ASCII_TOKEN.findall(text)
            if not re.search("[A-Za-z]", token) and token not in allowed]  # fmt: skip


def _short_code(verification: str) -> str:
    """The QR's short code (Latin, for reading out), allowed as it is."""
    return must(short_code(verification))


def test_letter_fields_print_persian_digits_and_letters(tmp_path: Path) -> None:
    head = Letterhead(name_lines=("شركت 2 صنعتي",), footer_lines=("كرج، پلاک 27",
                                                                  "تلفن: 026-32123456"))
    letter = s.letter(
        subject="تمديد كارت 2 (نوبت 3)", body="متن نامه با ISO9001 و مورخ 1403/02/10 يك.",
        recipients=(Addressee("شعبهٔ 2 بانك", "واحد 12", "منطقهٔ 3"),),
        cc=(CcLine("انجمن 5", "جهت اطلاع"),), signatory_title="دفتر 7",
        attachments="2 مورد", references=("عطف به نامهٔ 45",), urgency="آني",
    )  # fmt: skip
    for pdf in (s.write(tmp_path / "plain.pdf", render_letter(letter, head, LAYOUT)),
                s.write(tmp_path / "pre.pdf", render_preprinted_letter(letter, LAYOUT))):
        text = plain(pdftotext_layout(pdf))
        assert _latin_digits_outside_latin(text, (_short_code(s.verification()),)) == []
        assert "ISO9001" in text  # ASCII digits stay inside a Latin token
        assert "ي" not in text and "ك" not in text
        assert "کارت" in words(text) and "یک" in " ".join(words(text))


def test_receipt_envelope_and_register_print_persian_digits_and_letters(tmp_path: Path) -> None:
    receipt = s.receipt(sender="شركت 12", clerk="كاربر 3", attachments="2 مورد")
    envelope = replace(s.envelope(), recipient_name="شركت 4", recipient_lines=("پلاک 12",))
    register = replace(s.register(3), rows=tuple(
        replace(row, party="شركت 9", status="ثبت 1") for row in s.register(3).rows))
    for name, data, allowed in (
        ("receipt", render_receipt(receipt), ()),
        ("envelope", render_envelopes([envelope]), ()),
        ("register", render_register(register), ()),
    ):
        text = plain(pdftotext_layout(s.write(tmp_path / f"{name}.pdf", data)))
        assert _latin_digits_outside_latin(text, allowed) == [], name
        assert "ي" not in text and "ك" not in text, name
        assert "شرکت" in words(text), name


# --- envelope and receipt fitting ------------------------------------------------------

LONG_RECIPIENT_LINES = (
    "مدیرکل محترم دفتر توسعهٔ صادرات و سرمایه‌گذاری سازمان صنعت، معدن و تجارت استان البرز",
    "سازمان صنعت، معدن و تجارت استان البرز، معاونت امور بازرگانی و توسعهٔ تجارت",
    s.LONG_ADDRESS,
)


@pytest.mark.parametrize("size", ["DL", "C5"])
@pytest.mark.parametrize("extra", [1, 3])
def test_envelope_recipient_stays_out_of_the_stamp_box(tmp_path: Path, size: str,
                                                        extra: int) -> None:  # fmt: skip
    envelope = replace(s.envelope(), recipient_name="جناب آقای دکتر سید محمدحسین رضایی‌نژاد",
                       recipient_lines=LONG_RECIPIENT_LINES * extra)  # fmt: skip
    pdf = s.write(tmp_path / "env.pdf", render_envelopes([envelope], size))
    width, height = ENVELOPE_SIZES[size]
    stamp = (width - EDGE - STAMP_W, EDGE, width - EDGE, EDGE + STAMP_H)  # from the top
    label = {plain(visual_line(word)) for word in STAMP_LABEL.split()}
    found = [w for w in pdftotext_words(pdf) if plain(w.text) not in label]
    for word in found:
        assert word.inside(0, 0, width, height), word
        assert not (word.x0 < stamp[2] and stamp[0] < word.x1
                    and word.y0 < stamp[3] and stamp[1] < word.y1), word  # fmt: skip
    assert plain(visual_line("رضایی‌نژاد")) in {plain(w.text) for w in found}
    if extra == 1:  # what fits is printed whole
        assert "۳۱۵۵۶۷۸۹۱۲" in plain(pdftotext_layout(pdf))


def test_receipt_ellipsis_stays_in_its_cell(tmp_path: Path) -> None:
    receipt = s.receipt(subject=" ".join(["و"] * 300))
    pdf = s.write(tmp_path / "receipt.pdf", render_receipt(receipt, "A6"))
    found = pdftotext_words(pdf)
    ellipses = [w for w in found if "…" in w.text]
    assert ellipses
    for word in ellipses:
        assert word.x0 >= 7 * mm  # the slip's margin; the value column starts there
    # «…» ends the fourth line: it does not wrap onto a line of its own.
    lines = Counter(round(w.y0) for w in found if plain(w.text) in ("و", "…"))
    assert len([y for y, count in lines.items() if count > 3]) == MAX_SUBJECT_LINES
    ellipsis_line = round(ellipses[0].y0)
    assert lines[ellipsis_line] > 3  # on the fourth line of the subject, not alone


# --- recipients ------------------------------------------------------------------------

def test_a_persons_organisation_prints_under_their_name(tmp_path: Path) -> None:
    people = (PartyRef(7, "جناب آقای محمد رضایی", "person", "مدیرعامل محترم"),
              PartyRef(9, "شرکت فولاد البرز", "organisation", ""))  # fmt: skip
    recipients = addressees(people, {7: "شرکت صنایع غذایی البرز"})
    assert recipients[0].organisation == "شرکت صنایع غذایی البرز"
    assert recipients[1].organisation == ""
    letter = s.letter(recipients=recipients)
    for pdf in (s.write(tmp_path / "plain.pdf", render_letter(letter, s.letterhead(), LAYOUT)),
                s.write(tmp_path / "pre.pdf", render_preprinted_letter(letter, LAYOUT))):
        lines = [line.strip() for line in pdftotext_pages(pdf)[0].splitlines() if line.strip()]
        name = next(i for i, line in enumerate(lines) if "محمد رضایی" in line)
        assert lines[name + 1] == "مدیرعامل محترم"
        assert lines[name + 2] == "شرکت صنایع غذایی البرز"
