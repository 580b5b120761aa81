"""The register's shortcuts for display order and line breaking agree with the general path."""

from __future__ import annotations

import random

import pytest

from secretariat.printing.api import FONT_BOLD, FONT_REGULAR
from secretariat.printing.documents.fast_text import (
    fast_break_lines,
    fast_shape_word,
    fast_visual_line,
)
from secretariat.printing.rtl import break_lines, shape_word, visual_line

PIECES = (
    "نامهٔ", "شماره", "۱۴۰۳/۰۲/۱۵", "(دو برگ)", "«جهت اقدام»", "می‌شود", "۱۲۵", "1403/و/125",
    "۱۴۰۳/ص/۱۲", "ص۱۲", "۱۲ص", "ب-ب", "۱۲-۳۴", "۵٪", "%۵", "[بند ۱]", "<الف>", "فوراً،", "؛",
    "…", "مؤسسه", "لا", "ERP", "(beta)", "2.5", "۰۲۶-۳۲۱۲۳۴۵۶", "«", "»", "(", ")", "-", "/",
    "خانۀ", "۱۲,۵۰۰", "١٢٣", "+۹۸", "#۱۲", "?", "؟", "ـبـ", "مُحَمَّد", "لأ", "A/ب/C", "(الف)ب",
    "\u2066۰۲۶-۳۲۱\u2069", "\u200fمتن",
)  # fmt: skip


def _samples(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(["", " "]).join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
def test_fast_visual_line_matches_visual_line(font: str) -> None:
    for text in _samples(3000, seed=len(font)):
        assert fast_visual_line(text, font) == visual_line(text, font), text


def test_fast_shape_word_matches_shape_word() -> None:
    for text in _samples(2000, seed=7):
        for word in text.split():
            assert fast_shape_word(word) == shape_word(word), word


@pytest.mark.parametrize("width", [40.0, 90.0, 250.0])
def test_fast_break_lines_matches_break_lines(width: float) -> None:
    for text in _samples(500, seed=int(width)):
        assert fast_break_lines(text, FONT_REGULAR, 8.5, width) == break_lines(
            text, FONT_REGULAR, 8.5, width), text
