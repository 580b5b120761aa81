"""Display order and line breaking for the many short cells of a large table, made cheap.

``rtl.visual_line`` is right for every line but costs ~0.1 ms: it reads the bidi
levels out of python-bidi's debug dump to mirror brackets itself. A register book
has tens of thousands of cell lines, and nearly all are one of three easy kinds:
- only digits joined by single separators (a date, a row number): drawn as written;
- only right-to-left letters, spaces and punctuation: every character resolves
  to level 1, so the line is reversed and brackets/«» mirrored (rule L4);
- no left-to-right letter at all (Persian words with numbers): every neutral,
  brackets included, still resolves to level 1 (numbers count as R for neutrals,
  N0/N1), so python-bidi's own ``get_display`` orders it (~5 µs) and every
  mirrorable character is mirrored.
Anything else (a Latin word, bidi controls) goes through ``visual_line``.
The tests compare all three shortcuts with ``visual_line``.

Shaping skips words with no Arabic-script letter (numbers, codes): arabic-reshaper
would return them unchanged after an expensive call.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from arabic_reshaper.letters import LETTERS_ARABIC
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from secretariat.printing.bidi_order import DRAWN_MIRRORS, strip_bidi_controls
from secretariat.printing.fonts import FONT_REGULAR, register_fonts
from secretariat.printing.rtl import break_lines, shape_word, visual_line

_NUMBER_ONLY = re.compile(r"[0-9۰-۹]+(?:[/.,:][0-9۰-۹]+)*")
_WORD_SEPARATOR = re.compile(r"[ \t]+")
_LETTERS = frozenset(LETTERS_ARABIC)
# A run of letters that may join: letters, harakat and other marks, ZWJ, ZWNJ, tatweel.
_LETTER_RUN = re.compile(
    "(?:[" + "".join(sorted(_LETTERS)) + "][\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u200c\u200d\u0640]*)+"
)
_SPACE = " "
# With no L, EN or AN character, these classes all end at the right-to-left level.
_RTL_ONLY_CLASSES = frozenset({"R", "AL", "WS", "ON", "NSM", "BN", "CS", "ES", "ET", "S"})
# Explicit embeddings/isolates/marks: leave those lines to the full algorithm.
_CONTROL_CLASSES = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
_CONTROL_CHARS = frozenset("\u061c\u200e\u200f")


def fast_shape_word(word: str, font: str = FONT_REGULAR) -> str:
    """``shape_word``, one run of letters at a time.

    Letters join only to adjacent letters (marks, ZWJ and tatweel in between), so
    «۱۴۰۳/و/۱۲۵» shapes its «و» alone, from the cache, and a word with no letter
    at all is already final.
    """
    if _LETTERS.isdisjoint(word):
        return word
    return _LETTER_RUN.sub(lambda run: shape_word(run.group(0), font), word)


def _words(text: str) -> list[str]:
    return [word for word in _WORD_SEPARATOR.split(text) if word]


@lru_cache(maxsize=65536)
def _unit_width(word: str, font: str) -> float:
    drawn = strip_bidi_controls(fast_shape_word(word, font))  # controls are never drawn
    return float(pdfmetrics.stringWidth(drawn, font, 1.0))


def fast_break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy breaking in logical order (as ``rtl.break_lines``), one paragraph."""
    register_fonts()
    words = _words(text)
    widths = [_unit_width(word, font) * size for word in words]
    if any(w > width for w in widths) or any(c in text for c in "\n\r"):
        return break_lines(text, font, size, width)  # cuts overlong words, keeps paragraphs
    space = _unit_width(_SPACE, font) * size
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word, word_width in zip(words, widths, strict=True):
        if current and current_width + space + word_width > width + 1e-6:
            lines.append(_SPACE.join(current))
            current, current_width = [], 0.0
        current_width += word_width + (space if current else 0.0)
        current.append(word)
    lines.append(_SPACE.join(current))
    return lines


def _mirrored(text: str) -> str:
    return "".join(DRAWN_MIRRORS.get(char, char) for char in text)


@lru_cache(maxsize=32768)
def fast_visual_line(text: str, font: str = FONT_REGULAR) -> str:
    """Same result as ``visual_line(text, font)``, much cheaper for the usual table cell."""
    if _NUMBER_ONLY.fullmatch(text):
        return text
    shaped = _SPACE.join(fast_shape_word(word, font) for word in _words(text))
    classes = {unicodedata.bidirectional(char) for char in shaped}
    if classes & _CONTROL_CLASSES or not _CONTROL_CHARS.isdisjoint(shaped) or "L" in classes:
        return visual_line(text, font)
    if classes <= _RTL_ONLY_CLASSES:
        return _mirrored(shaped[::-1])
    return _mirrored(get_display(shaped, base_dir="R"))
