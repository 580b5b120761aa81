"""Persian text for reportlab: shaping, display order and line breaking (no drawing here).

reportlab draws code points left to right with no shaping, so a line goes
through three steps: reshape each logical word into Arabic presentation forms
(joined letters), break the paragraph into lines in LOGICAL order by measuring
those shaped words, then put each line into visual order (bidi, base RTL).
Handing reportlab a whole paragraph in visual order prints its lines bottom up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from secretariat.printing.bidi_order import display_order, ltr_isolate, strip_bidi_controls
from secretariat.printing.fonts import FONT_REGULAR, register_fonts

__all__ = [
    "LogicalLine",
    "break_lines",
    "layout_lines",
    "line_width",
    "ltr_isolate",
    "shape_line",
    "shape_word",
    "split_words",
    "visual_line",
    "word_width",
]

# The default "Arabic" letter table covers Persian (پ چ ژ گ ک ی). Harakat are
# kept: deleting them loses ٔ (خانهٔ) and tanvin (فوراً). Word ligatures are off:
# the «الله» ligature would also fire inside names such as «اللهیاری».
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "shift_harakat_position": False,
        "support_zwj": True,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)

_WORD_SEPARATOR = re.compile(r"[ \t]+")
_SPACE = " "


@dataclass(frozen=True, slots=True)
class LogicalLine:
    """One output line in logical order; ``ends_paragraph`` lines are never justified."""

    text: str
    ends_paragraph: bool


@lru_cache(maxsize=16)
def _missing_form_fallbacks(font: str) -> dict[int, str]:
    """Presentation forms the font has no glyph for, mapped to their base letter.

    Vazirmatn lacks e.g. the isolated form of ۀ (U+FBA4); its base letter's
    glyph is that same isolated shape.
    """
    face_font = pdfmetrics.getFont(font)
    if not isinstance(face_font, TTFont):
        return {}
    glyphs = face_font.face.charToGlyph
    fallbacks: dict[int, str] = {}
    for base, forms in LETTERS_ARABIC.items():
        for form in forms:
            if form and ord(form) not in glyphs and ord(base) in glyphs:
                fallbacks[ord(form)] = base
    return fallbacks


@lru_cache(maxsize=65536)
def shape_word(word: str, font: str = FONT_REGULAR) -> str:
    """A logical word with its letters in joined (presentation) forms, still logical order."""
    register_fonts()
    shaped: str = _RESHAPER.reshape(word)
    return shaped.translate(_missing_form_fallbacks(font))


@lru_cache(maxsize=65536)
def _unit_width(word: str, font: str) -> float:
    """Width of the shaped word at size 1 (widths scale linearly with size)."""
    drawn = strip_bidi_controls(shape_word(word, font))
    return float(pdfmetrics.stringWidth(drawn, font, 1.0))


def word_width(word: str, font: str, size: float) -> float:
    return _unit_width(word, font) * size


def split_words(line: str) -> list[str]:
    return [word for word in _WORD_SEPARATOR.split(line) if word]


def shape_line(line: str, font: str = FONT_REGULAR) -> str:
    """Shape a logical line word by word (joining never crosses a space); spaces collapse."""
    return _SPACE.join(shape_word(word, font) for word in split_words(line))


@lru_cache(maxsize=8192)
def visual_line(text: str, font: str = FONT_REGULAR) -> str:
    """One logical line -> the string to hand reportlab: shaped, in display order.

    Base direction is right-to-left; Latin words and numbers stay left-to-right
    inside it; brackets and «» are mirrored where they sit in right-to-left runs.
    """
    return display_order(shape_line(text, font))


def line_width(text: str, font: str, size: float) -> float:
    """Width of a logical line as :func:`visual_line` would draw it (single spaces)."""
    words = split_words(text)
    if not words:
        return 0.0
    register_fonts()
    spaces = (len(words) - 1) * float(pdfmetrics.stringWidth(_SPACE, font, size))
    return sum(word_width(word, font, size) for word in words) + spaces


def _split_overlong_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than the line (a long URL, a run of digits) at character boundaries.

    Combining marks and joiners stay with the letter before them.
    """
    pieces: list[str] = []
    current = ""
    for char in _clusters(word):
        if current and word_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _clusters(word: str) -> list[str]:
    clusters: list[str] = []
    for char in word:
        if clusters and _attaches_to_previous(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _attaches_to_previous(char: str) -> bool:
    return unicodedata.combining(char) != 0 or char in "\u200c\u200d"


def layout_lines(text: str, font: str, size: float, width: float) -> list[LogicalLine]:
    """Greedy line breaking in logical order; explicit newlines end paragraphs.

    An empty input line gives an empty line (a blank line between paragraphs).
    """
    if width <= 0:
        raise ValueError("width must be positive")
    register_fonts()
    space = pdfmetrics.stringWidth(_SPACE, font, size)
    lines: list[LogicalLine] = []
    for paragraph in text.splitlines():
        current: list[str] = []
        current_width = 0.0
        for word in split_words(paragraph):
            measured = word_width(word, font, size)
            pieces = [word]
            if measured > width:
                pieces = _split_overlong_word(word, font, size, width)
            for piece in pieces:
                piece_width = measured if len(pieces) == 1 else word_width(piece, font, size)
                if current and current_width + space + piece_width > width + 1e-6:
                    lines.append(LogicalLine(_SPACE.join(current), ends_paragraph=False))
                    current, current_width = [], 0.0
                current_width += piece_width + (space if current else 0.0)
                current.append(piece)
        lines.append(LogicalLine(_SPACE.join(current), ends_paragraph=True))
    return lines


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break a logical paragraph into logical lines no wider than ``width`` points."""
    return [line.text for line in layout_lines(text, font, size, width)]
