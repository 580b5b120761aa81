"""Display order for one right-to-left line: Unicode bidi levels, reordering and mirroring.

python-bidi 0.6 has two engines. The Rust one (``bidi.get_display``) resolves
levels correctly (bracket pairs, rule N0; it keeps ZWNJ) but does not mirror,
so «» and () come out inverted. The old pure-Python one mirrors but lacks N0
(``Word (docx)`` before Persian text breaks apart) and drops ZWNJ. So we take
the Rust engine's resolved levels and do rules L1, L2 and L4 here.

The Rust engine exposes its levels only through its debug dump (a Rust
``{:#?}`` of ``BidiInfo``, one level per UTF-8 byte); ``_resolved_levels``
parses that and checks the count, so a change of format fails loudly instead
of printing wrong text. The test suite compares the order with
``bidi.get_display``.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display
from bidi.mirror import MIRRORED

_BASE_LEVEL = 1  # right-to-left paragraph
_LEVELS_START = "\n    levels: [\n"
_LEVELS_END = "\n    ],\n"
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")

# Explicit directional marks, embeddings and isolates steer the algorithm but are
# never drawn (rule X9; the font has no glyph for the isolates).
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP_CONTROLS = dict.fromkeys(map(ord, _BIDI_CONTROLS))

# L4 mirrors a bracket or a guillemet in a right-to-left run: «(» is drawn with the glyph of
# «)». Drawn as «)» itself, the PDF's text layer would say «)» too, and a reader that puts the
# run back in logical order (pdftotext, copy, search) reverses characters without mirroring
# them: «)دو برگ(». So a mirrored character is drawn as a private-use code point of its own,
# which the fonts map to its mirror's glyph and the text layer to the character itself
# (``text_layer``): the page shows «(دو برگ)» and the text layer gives it back as typed.
MIRROR_DRAWN_BASE = 0xE000
_MIRROR_PAIRS: list[tuple[str, str]] = sorted(MIRRORED.items())
DRAWN_MIRRORS: dict[str, str] = {
    char: chr(MIRROR_DRAWN_BASE + i) for i, (char, _) in enumerate(_MIRROR_PAIRS)}
# code point drawn -> (the character it stands for, the character whose glyph it shows)
DRAWN_MIRROR_OF: dict[int, tuple[str, str]] = {
    MIRROR_DRAWN_BASE + i: pair for i, pair in enumerate(_MIRROR_PAIRS)}
_SHOWN = {code: mirror for code, (_char, mirror) in DRAWN_MIRROR_OF.items()}


def _is_latin(char: str) -> bool:
    # Private-use code points are class L too: the drawn mirrors are not Latin letters.
    return unicodedata.bidirectional(char) == "L" and ord(char) not in _SHOWN


def _plain_mirrors_in_latin_words(visual: str) -> str:
    """pdftotext keeps a word with a Latin letter («(beta)», «(docx)») in its drawn order
    instead of reversing it: there the mirror character itself is the right text."""
    if not any(ord(char) in _SHOWN for char in visual):
        return visual
    words = visual.split(" ")
    for index, word in enumerate(words):
        if any(_is_latin(char) for char in word):
            words[index] = shown(word)
    return " ".join(words)


def shown(visual: str) -> str:
    """A visual line as the eye reads it: mirrored characters as the glyphs they show."""
    return visual.translate(_SHOWN)


LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"

# L1: whitespace and isolate/format controls at the end of a line take the paragraph level.
_TRAILING_CLASSES = frozenset({"WS", "S", "B", "BN", "LRI", "RLI", "FSI", "PDI"})


class BidiEngineError(RuntimeError):
    """python-bidi answered in a shape this module does not understand (a version change)."""


def _resolved_levels(text: str) -> list[int]:
    """Embedding level of each character of ``text`` (one line), base direction RTL."""
    dump = get_display(text, base_dir="R", debug=True)
    start = dump.find(_LEVELS_START)
    end = dump.find(_LEVELS_END, start + 1)
    if start < 0 or end < 0:
        raise BidiEngineError("python-bidi debug output has no levels block")
    byte_levels = [int(level) for level in _LEVEL_RE.findall(dump, start, end)]
    encoded_length = len(text.encode("utf-8"))
    if len(byte_levels) != encoded_length:
        raise BidiEngineError(
            f"python-bidi gave {len(byte_levels)} levels for {encoded_length} bytes"
        )
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return levels


def _reset_trailing_whitespace(text: str, levels: list[int]) -> None:
    index = len(text) - 1
    while index >= 0 and unicodedata.bidirectional(text[index]) in _TRAILING_CLASSES:
        levels[index] = _BASE_LEVEL
        index -= 1


def _reorder(levels: list[int]) -> list[int]:
    """Rule L2: logical indices in visual (left-to-right) order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                run_end = index
                while run_end < len(order) and levels[order[run_end]] >= level:
                    run_end += 1
                order[index:run_end] = order[index:run_end][::-1]
                index = run_end
            else:
                index += 1
    return order


def strip_bidi_controls(text: str) -> str:
    return text.translate(_DROP_CONTROLS)


def ltr_isolate(text: str) -> str:
    """Mark ``text`` as one left-to-right unit inside a Persian line.

    Needed where the bidi algorithm's own answer is not what a reader expects,
    e.g. a phone number ``۰۲۶-۳۲۱۲۳۴۵۶`` after Persian words would otherwise show
    its two parts right to left (the hyphen is not a number separator after
    Arabic letters).
    """
    return LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE


_DIGIT = "0-9۰-۹٠-٩"
# A phone or fax number: digits with the separators people type inside one
# (hyphen, slash, dot, spaces, brackets round an area code), starting and ending with a digit.
_NUMBER_RUN = re.compile(rf"\+?\(?[{_DIGIT}](?:[{_DIGIT}\-–/. ()]*[{_DIGIT}])?")


def isolate_numbers(text: str) -> str:
    """Each number in ``text`` isolated left to right, the words around it left right to left.

    «۰۲۶-۳۲۱۲۳۴۵۶ داخلی ۲۱۴» reads, from the right: the number, «داخلی», «۲۱۴»;
    isolating the whole field instead would print its words in left-to-right order.
    """
    return _NUMBER_RUN.sub(lambda match: ltr_isolate(match.group(0)), text)


def display_order(text: str) -> str:
    """One logical line (already shaped) in visual order, mirrored glyphs swapped (L4).

    Bidi control characters steer the order and are then dropped.
    """
    if not text:
        return text
    if "\n" in text or "\r" in text:
        raise ValueError("display_order() takes one line; break the paragraph first")
    levels = _resolved_levels(text)
    _reset_trailing_whitespace(text, levels)
    visual: list[str] = []
    for index in _reorder(levels):
        char = text[index]
        if levels[index] % 2:
            char = DRAWN_MIRRORS.get(char, char)
        visual.append(char)
    return _plain_mirrors_in_latin_words(strip_bidi_controls("".join(visual)))
