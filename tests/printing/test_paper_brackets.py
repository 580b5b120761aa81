"""Brackets and guillemets in the text layer (issue 11): the page draws a mirrored bracket in
a right-to-left run with its mirror's glyph; the text layer gives it back as the character
typed, so ``pdftotext`` (and copy, search) returns «...» and (...) in logical order."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from secretariat.printing.bidi_order import DRAWN_MIRRORS
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.receipt import render_receipt
from secretariat.printing.fonts import FONT_BOLD, FONT_MEDIUM, FONT_REGULAR, register_fonts
from secretariat.printing.layout_settings import PrintLayout
from tests.printing import doc_samples as s
from tests.printing.pdf_inspect import pdftotext_layout

# Brackets against Persian words. (pdftotext reads a bracket that touches a number or a Latin
# word as part of that left-to-right run, in drawing order: «[بند ۲]» still comes out
# «[بند ]۲»; no text-layer mapping can move it across the number.)
SENTENCE = "پیوست این نامه (دو برگ) با عبارت «جهت اقدام» و [بند دوم] فرستاده شد."
# Not starting with «: pdftotext counts a colon as part of a number and reads «موضوع: «» as a
# left-to-right run, with or without this mapping.
SUBJECT = "تمدید «کارت عضویت» (نوبت دوم)"


def _lines(pdf: Path) -> list[str]:
    controls = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
    return [line.translate(controls).strip() for line in pdftotext_layout(pdf).splitlines()]


def test_pdftotext_gives_brackets_in_logical_order(tmp_path: Path) -> None:
    letter = s.write(tmp_path / "letter.pdf", render_letter(
        s.letter(subject=SUBJECT, body=SENTENCE), s.letterhead(), PrintLayout()))
    lines = _lines(letter)
    assert SENTENCE in lines
    assert any(line.endswith(SUBJECT) for line in lines)  # «موضوع: ...»
    assert not any(")دو برگ(" in line or "»جهت اقدام«" in line for line in lines)
    receipt = s.write(tmp_path / "receipt.pdf", render_receipt(s.receipt(subject=SUBJECT), "A6"))
    assert any(SUBJECT in line for line in _lines(receipt))


def test_each_font_draws_the_stand_in_with_the_mirror_glyph() -> None:
    register_fonts()
    for name in (FONT_REGULAR, FONT_MEDIUM, FONT_BOLD):
        face = pdfmetrics.getFont(name).face
        for char, mirror in (("(", ")"), (")", "("), ("«", "»"), ("»", "«"), ("[", "]")):
            drawn = ord(DRAWN_MIRRORS[char])
            assert face.charToGlyph[drawn] == face.charToGlyph[ord(mirror)], (name, char)
            assert face.charWidths[drawn] == face.charWidths[ord(mirror)]
