"""Persian right-to-left text for reportlab PDFs: the one module printing code imports.

Steps (see docs/known-traps.md): shape each logical word (arabic-reshaper,
harakat and ZWNJ kept), break lines in logical order by measured width, then
put each line into display order (bidi, base RTL, mirrored brackets) and draw
it right-aligned or justified. Callers pass text with Persian digits already.

- ``visual_line(text)``: one logical line -> the string reportlab should draw.
- ``break_lines(text, font, size, width)``: logical lines no wider than ``width``.
- ``ltr_isolate(text)``: keep e.g. a phone number ``۰۲۶-۳۲۱۲۳۴۵۶`` in one left-to-right piece;
  ``isolate_numbers(text)`` does it for each number in a field that also has words.
- ``draw_rtl_paragraph``, ``draw_rtl_line``, ``draw_centred``, ``draw_left_aligned``:
  canvas drawing.
- ``RtlParagraph`` / ``rtl_cell``: platypus flowables for documents and tables.
"""

from __future__ import annotations

from secretariat.printing.bidi_order import isolate_numbers
from secretariat.printing.rtl_canvas import (
    Align,
    baseline_offset,
    default_leading,
    draw_centred,
    draw_left_aligned,
    draw_lines,
    draw_rtl_line,
    draw_rtl_paragraph,
)
from secretariat.printing.rtl_flowable import RtlParagraph, rtl_cell
from secretariat.printing.rtl_text import (
    LogicalLine,
    break_lines,
    layout_lines,
    line_width,
    ltr_isolate,
    shape_line,
    shape_word,
    visual_line,
)

__all__ = [
    "Align",
    "LogicalLine",
    "RtlParagraph",
    "baseline_offset",
    "break_lines",
    "default_leading",
    "draw_centred",
    "draw_left_aligned",
    "draw_lines",
    "draw_rtl_line",
    "draw_rtl_paragraph",
    "isolate_numbers",
    "layout_lines",
    "line_width",
    "ltr_isolate",
    "rtl_cell",
    "shape_line",
    "shape_word",
    "visual_line",
]
