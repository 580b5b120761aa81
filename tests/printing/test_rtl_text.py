"""Shaping, display order and logical line breaking, checked on strings (no PDF)."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from arabic_reshaper import ArabicReshaper
from reportlab.pdfbase import pdfmetrics

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.bidi_order import shown
from secretariat.printing.rtl import (
    break_lines,
    layout_lines,
    line_width,
    ltr_isolate,
    shape_line,
    shape_word,
    visual_line,
)

PERSIAN_LETTERS = "ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكۀة"
PARAGRAPH = to_persian_digits(
    "خانهٔ صنعت، معدن و تجارت استان البرز در پاسخ به نامهٔ شماره 1403/125 مورخ 1403/02/15 "
    "اعلام می‌دارد که پیوست (دو برگ) با قالب PDF دریافت شد و موضوع «تمدید کارت عضویت» "
    "در دستور کار قرار گرفت. خواهشمند است نتیجه را فوراً به این دبیرخانه اعلام فرمایید تا "
    "اقدام لازم انجام شود و پرونده‌ها به کارشناسان مربوط ارجاع گردد."
)


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def test_visual_line_mixed_text() -> None:
    logical = to_persian_digits("نامه (PDF) «فوری» 123")
    expected = (
        to_persian_digits("123")
        + " «"
        + shape_word("فوری")[::-1]
        + "» (PDF) "
        + shape_word("نامه")[::-1]
    )
    assert shown(visual_line(logical)) == expected


def test_shaping_joins_letters_and_keeps_zwnj_and_marks() -> None:
    assert [unicodedata.name(char) for char in shape_word("می‌شود")] == [
        "ARABIC LETTER MEEM INITIAL FORM",
        "ARABIC LETTER FARSI YEH FINAL FORM",
        "ZERO WIDTH NON-JOINER",
        "ARABIC LETTER SHEEN INITIAL FORM",
        "ARABIC LETTER WAW FINAL FORM",
        "ARABIC LETTER DAL ISOLATED FORM",
    ]
    assert "\u0654" in shape_word("خانهٔ")
    assert "\u064b" in shape_word("فوراً")
    assert shape_word("لا") == "\ufefb"  # lam-alef ligature is required, not optional


def test_word_ligature_allah_is_not_used_inside_names() -> None:
    assert "\ufdf2" not in shape_word("اللهیاری")


def test_every_shaped_glyph_exists_in_the_font() -> None:
    font = pdfmetrics.getFont(FONT_REGULAR)
    glyphs = font.face.charToGlyph
    for letter in PERSIAN_LETTERS:
        for word in (letter, "ب" + letter, letter + "ب", "ب" + letter + "ب"):
            for char in visual_line(word):
                assert ord(char) in glyphs, f"{char!r} (U+{ord(char):04X}) missing, from {word}"


def test_shape_line_equals_shaping_the_whole_line() -> None:
    # Joining never crosses a space, so the per-word cache changes nothing.
    whole = ArabicReshaper({"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}).reshape(
        PARAGRAPH
    )
    assert shape_line(PARAGRAPH) == whole


@pytest.mark.parametrize("width", [120.0, 200.0, 300.0, 481.0])
@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
def test_break_lines_fits_and_keeps_every_word_in_order(width: float, font: str) -> None:
    lines = break_lines(PARAGRAPH, font, 12, width)
    assert len(lines) > 1
    for line in lines:
        assert line_width(line, font, 12) <= width + 1e-6
        assert pdfmetrics.stringWidth(visual_line(line, font), font, 12) <= width + 1e-6
    assert " ".join(lines).split() == PARAGRAPH.split()


def test_break_lines_fills_lines_greedily() -> None:
    width = 250.0
    lines = break_lines(PARAGRAPH, FONT_REGULAR, 12, width)
    for line, following in pairwise(lines):
        next_word = following.split()[0]
        assert line_width(line + " " + next_word, FONT_REGULAR, 12) > width


def test_break_lines_honours_newlines_and_blank_lines() -> None:
    text = "بند نخست\n\nبند دوم که بلندتر است و شکسته می‌شود"
    lines = layout_lines(text, FONT_REGULAR, 12, 90)
    assert lines[0].text == "بند نخست" and lines[0].ends_paragraph
    assert lines[1].text == "" and lines[1].ends_paragraph
    assert [line.ends_paragraph for line in lines[2:]] == [False] * (len(lines) - 3) + [True]
    assert " ".join(line.text for line in lines[2:]) == "بند دوم که بلندتر است و شکسته می‌شود"


def test_overlong_word_is_cut_to_fit() -> None:
    url = "https://example.org/" + "a" * 80
    lines = break_lines("نشانی " + url, FONT_REGULAR, 10, 100)
    assert all(line_width(line, FONT_REGULAR, 10) <= 100 for line in lines)
    assert "".join(lines).replace(" ", "") == ("نشانی " + url).replace(" ", "")


def test_break_lines_edge_cases() -> None:
    assert break_lines("", FONT_REGULAR, 12, 100) == []
    assert break_lines("   ", FONT_REGULAR, 12, 100) == [""]
    with pytest.raises(ValueError):
        break_lines("متن", FONT_REGULAR, 12, 0)


def test_ltr_isolate_keeps_a_phone_number_in_one_piece_and_is_not_drawn() -> None:
    phone = to_persian_digits("026-32123456")
    # Plain Unicode bidi: after Persian letters the hyphen splits the number.
    assert phone not in visual_line("تلفن: " + phone)
    isolated = visual_line("تلفن: " + ltr_isolate(phone))
    assert isolated == phone + " :" + shape_word("تلفن")[::-1]
    assert line_width("تلفن: " + ltr_isolate(phone), FONT_REGULAR, 12) == pytest.approx(
        pdfmetrics.stringWidth(isolated, FONT_REGULAR, 12)
    )
