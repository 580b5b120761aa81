"""Arabic marks (tanvin, harakat, hamza above) clear of the letter they sit on.

reportlab has no GPOS, so a mark is drawn where the font's designer put it for
an average letter: «ً» cuts through the top of an alef (فوراً) and «ٔ» touches
the heh (خانهٔ). Each mark is lifted (or lowered, for marks below) just clear
of its letter's ink, measured from the glyph boxes in the font's ``glyf``
table; stacked marks (ّ then َ) clear each other too. The lift is a text rise
(``Ts``) inside the same run, so the text layer and word order are unchanged.

In a visual (left-to-right) string a mark stands just before its letter: the
line was reversed from logical order, where marks follow their letter.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

# Space left between a letter's ink and its mark, in em.
GAP_EM = 0.05
SHADDA = "\u0651"

_ARABIC_MARKS = frozenset(
    chr(code)
    for low, high in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
    for code in range(low, high + 1)
    if unicodedata.category(chr(code)) == "Mn"
)
_ARABIC_LETTER_RANGES = ((0x0620, 0x064A), (0x066E, 0x06D5), (0x06EE, 0x06FF),
                         (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))  # fmt: skip

# (text, rise in em) pieces of one visual string, drawn one after the other.
Pieces = tuple[tuple[str, float], ...]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in em


def _is_letter(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_LETTER_RANGES)


def has_marks(visual: str) -> bool:
    return not _ARABIC_MARKS.isdisjoint(visual)


@lru_cache(maxsize=8)
def _glyph_boxes(font: str) -> dict[int, Box] | None:
    """Ink boxes of the font's glyphs by code point (None: not a TrueType font we can read)."""
    face_font = pdfmetrics.getFont(font)
    if not isinstance(face_font, TTFont):
        return None
    face = face_font.face
    data: bytes = face._ttf_data
    glyf = face.table["glyf"]["offset"]
    positions: list[int] = face.glyphPos
    scale = 1.0 / face.unitsPerEm
    boxes: dict[int, Box] = {}
    for code, glyph in face.charToGlyph.items():
        start, end = positions[glyph], positions[glyph + 1]
        if end - start < 10:
            continue  # an empty glyph (a space): no ink
        x0, y0, x1, y1 = struct.unpack(">hhhh", data[glyf + start + 2:glyf + start + 10])
        boxes[code] = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
    return boxes


@lru_cache(maxsize=16384)
def placed(visual: str, font: str) -> Pieces:
    """``visual`` cut into pieces with the rise each needs (0 for all but moved marks)."""
    boxes = _glyph_boxes(font) if has_marks(visual) else None
    if not boxes:
        return ((visual, 0.0),)
    rises = [0.0] * len(visual)
    index = 0
    while index < len(visual):
        if visual[index] not in _ARABIC_MARKS:
            index += 1
            continue
        end = index
        while end < len(visual) and visual[end] in _ARABIC_MARKS:
            end += 1
        if end < len(visual) and _is_letter(visual[end]):
            _clear_marks(visual, index, end, boxes, rises)
        index = end
    return _pieces(visual, rises)


def _clear_marks(visual: str, start: int, base: int, boxes: dict[int, Box],
                 rises: list[float]) -> None:  # fmt: skip
    """Rises for the marks ``visual[start:base]`` on the letter ``visual[base]``: shadda
    sits on the letter, then the others in logical order (the one nearest the letter
    first), each stacked on those placed before it. (Unicode's canonical order puts
    fatha before shadda, but fatha is written above the shadda.)"""
    letter = boxes.get(ord(visual[base]))
    if letter is None:
        return
    top, bottom = letter[3], letter[1]
    nearest_first = range(base - 1, start - 1, -1)
    for index in sorted(nearest_first, key=lambda i: visual[i] != SHADDA):
        mark = boxes.get(ord(visual[index]))
        if mark is None:
            continue
        if mark[1] >= 0:  # above the baseline: an upper mark
            rise = max(0.0, top + GAP_EM - mark[1])
            top = mark[3] + rise
        else:
            rise = min(0.0, bottom - GAP_EM - mark[3])
            bottom = mark[1] + rise
        rises[index] = rise


def _pieces(visual: str, rises: list[float]) -> Pieces:
    pieces: list[tuple[str, float]] = []
    start = 0
    for index in range(1, len(visual) + 1):
        if index == len(visual) or rises[index] != rises[start]:
            pieces.append((visual[start:index], rises[start]))
            start = index
    return tuple(pieces)


def text_out(text_object: PDFTextObject, visual: str, font: str, size: float) -> None:
    """``text_object.textOut(visual)`` with the marks clear of their letters."""
    pieces = placed(visual, font)
    if len(pieces) == 1:
        text_object.textOut(visual)
        return
    for text, rise in pieces:
        if rise:
            text_object.setRise(rise * size)
            text_object.textOut(text)
            text_object.setRise(0)
        else:
            text_object.textOut(text)


def draw_visual(canvas: Canvas, x: float, y: float, visual: str, font: str, size: float) -> None:
    """Draw a display-order string with its left end at (x, y), marks placed."""
    text_object = canvas.beginText(x, y)
    text_object.setFont(font, size)
    text_out(text_object, visual, font, size)
    canvas.drawText(text_object)


class MarkPlacingCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas whose plain string drawing (used by reportlab's tables for string cells)
    places marks too."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if args or kwargs or not has_marks(text):
            super().drawString(x, y, text, *args, **kwargs)
        else:
            draw_visual(self, x, y, text, self._fontname, self._fontsize)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if args or kwargs or not has_marks(text):
            super().drawRightString(x, y, text, *args, **kwargs)
        else:
            width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
            draw_visual(self, x - width, y, text, self._fontname, self._fontsize)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any,
                          **kwargs: Any) -> None:  # fmt: skip
        if args or kwargs or not has_marks(text):
            super().drawCentredString(x, y, text, *args, **kwargs)
        else:
            width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
            draw_visual(self, x - width / 2, y, text, self._fontname, self._fontsize)
