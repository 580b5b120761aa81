"""Search normalisation: spelling variants that look alike must compare equal."""

from __future__ import annotations

import unicodedata

import pytest

from secretariat.kernel.text.normalize import (
    normalize_for_search,
    remove_invisible_marks,
    search_tokens,
)

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("بهره برداری", f"بهره{ZWNJ}برداری"),
        ("كارخانه", "کارخانه"),  # Arabic kaf
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("خانهٔ", "خانه"),  # hamza above as a combining mark
        ("خانۀ", "خانه"),  # precomposed heh with yeh above
        ("خانۀ", "خانهٔ"),
        ("جلسة", "جلسه"),  # teh marbuta
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("ٱلله", "الله"),
        ("مؤسسه", "موسسه"),
        ("مسئول", "مسیول"),
        ("مسئول", "مسئول"),  # Arabic yeh + combining hamza = precomposed ئ
        ("مسئول", "مسیٔول"),  # Persian yeh + combining hamza
        ("كــــارخانه", "کارخانه"),  # tatweel
        ("مُحَمَّد", "محمد"),  # harakat
        ("قرآنٌ", "قرآن"),
        ("موسیٰ", "موسی"),  # superscript alef U+0670
        ("۱۴۰۳", "1403"),
        ("١٤٠٣", "1403"),
        ("ﺑﻬﺮﻩ", "بهره"),  # presentation forms pasted from a PDF
        ("ﻻ", "لا"),
        ("Hello WORLD", "hello world"),
        ("ＡＢＣ", "abc"),  # full-width Latin
        ("Straße", "strasse"),
        ("café", "cafe\u0301"),  # precomposed and combining accent
        ("«سلام»،  دنیا!", "سلام دنیا"),
        ("الف - ب / ج", "الف ب ج"),
        ("a_b", "a b"),
        ("\u200fسلام\u200e", "سلام"),  # bidi marks
        ("سلام\u200dدنیا", "سلام دنیا"),  # ZWJ
        ("سلام\u200bدنیا", "سلام دنیا"),  # zero-width space
        ("سلام\ufeffدنیا", "سلام دنیا"),
        ("ب\u00adرداری", "برداری"),  # soft hyphen is dropped, not a space
    ],
)
def test_variants_normalise_equal(first: str, second: str) -> None:
    assert normalize_for_search(first) == normalize_for_search(second)


def test_alef_madda_is_kept_and_matches_itself() -> None:
    composed = "آب"
    decomposed = "ا\u0653ب"  # alef + combining madda above
    assert normalize_for_search(composed) == "آب"
    assert normalize_for_search(decomposed) == "آب"
    # Kept as its own letter: «آن» and «ان» stay different words.
    assert normalize_for_search("آن") != normalize_for_search("ان")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"بهره{ZWNJ}برداری از كارخانهٔ  شماره ۱۲", "بهره برداری از کارخانه شماره 12"),
        ("  \t\n  ", ""),
        ("", ""),
        ("...!!!،؛؟", ""),
        (f"{ZWNJ}{ZWNJ}", ""),
        ("نامه ۱۴۰۳/و/۱۲۵", "نامه 1403 و 125"),
        ("\x00کد\x07", "کد"),
    ],
)
def test_normalize_for_search(text: str, expected: str) -> None:
    assert normalize_for_search(text) == expected


def test_query_finds_indexed_text_as_substring() -> None:
    indexed = normalize_for_search(f"درخواست بهره{ZWNJ}برداری كارخانهٔ سيمان")
    for query in ("بهره برداری", "کارخانه", "كارخانه", "سیمان", f"بهره{ZWNJ}برداری"):
        assert normalize_for_search(query) in indexed


SAMPLES = [
    f"بهره{ZWNJ}برداری از كارخانهٔ سيمان",
    "ﺑﻬﺮﻩ ﻻ ﷲ",
    "مُحَمَّد علي  مسئول",
    "Hello, World — ÉCOLE",
    "۱۴۰۳/۱۲/۳۰ ١٤٠٣",
    "İstanbul",
    "\ud800broken",  # a lone surrogate must not raise
    "".join(chr(c) for c in range(0x0600, 0x0700)),
]


@pytest.mark.parametrize("text", SAMPLES)
def test_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


@pytest.mark.parametrize("text", SAMPLES)
def test_output_is_plain(text: str) -> None:
    result = normalize_for_search(text)
    assert result == result.strip()
    assert "  " not in result
    for char in result:
        assert char == " " or char.isalnum(), repr(char)
        assert unicodedata.category(char) not in ("Mn", "Me", "Cf")
        assert char not in "ـيكةۀأإٱ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"


def test_every_character_is_handled() -> None:
    # Total on any input: all of the Basic Multilingual Plane at once.
    text = "".join(chr(c) for c in range(0x10000))
    assert isinstance(normalize_for_search(text), str)


def test_search_tokens() -> None:
    assert search_tokens(f"بهره{ZWNJ}برداری، از كارخانه! ۱۴۰۳") == [
        "بهره",
        "برداری",
        "از",
        "کارخانه",
        "1403",
    ]
    assert search_tokens("") == []
    assert search_tokens(" ، ") == []
    assert search_tokens("نامه نامه") == ["نامه", "نامه"]


def test_remove_invisible_marks() -> None:
    assert remove_invisible_marks("\u200f۱۲۳\u200e\u00ad4") == "۱۲۳4"
    assert remove_invisible_marks("بی\u200cنام") == "بینام"
    assert remove_invisible_marks("") == ""
