"""Drawing Persian lines and paragraphs on a reportlab canvas (see rtl_text for the steps)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from secretariat.printing.marks import draw_visual, text_out
from secretariat.printing.rtl_text import LogicalLine, layout_lines, visual_line

Align = Literal["justify", "right", "centre", "left"]
ALIGNMENTS: tuple[Align, ...] = ("justify", "right", "centre", "left")

_SPACE = " "
# Persian script needs more room between lines than Latin: tall marks above, deep descenders.
DEFAULT_LEADING_RATIO = 1.8


def default_leading(size: float) -> float:
    return size * DEFAULT_LEADING_RATIO


def baseline_offset(font: str, size: float, leading: float) -> float:
    """Distance from the top of a line box ``leading`` high to its baseline.

    The font's ascent..descent is centred in the box, so boxes stack without
    clipping marks and the first line starts where the caller said the top is.
    """
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return float((leading - (ascent - descent)) / 2 + ascent)


@lru_cache(maxsize=65536)
def _unit_width(visual: str, font: str) -> float:
    return float(pdfmetrics.stringWidth(visual, font, 1.0))


def _width(visual: str, font: str, size: float) -> float:
    return _unit_width(visual, font) * size


def draw_rtl_line(
    canvas: Canvas, text: str, x_right: float, y: float, font: str, size: float
) -> None:
    """One logical line, right-aligned at ``x_right`` on baseline ``y``."""
    visual = visual_line(text, font)
    canvas.setFont(font, size)
    draw_visual(canvas, x_right - _width(visual, font, size), y, visual, font, size)


def draw_centred(
    canvas: Canvas, text: str, x_centre: float, y: float, font: str, size: float
) -> None:
    """One logical line centred on ``x_centre`` on baseline ``y``."""
    visual = visual_line(text, font)
    canvas.setFont(font, size)
    draw_visual(canvas, x_centre - _width(visual, font, size) / 2, y, visual, font, size)


def draw_left_aligned(
    canvas: Canvas, text: str, x_left: float, y: float, font: str, size: float
) -> None:
    """One logical (Persian) line starting at ``x_left``, e.g. the date block at top-left."""
    visual = visual_line(text, font)
    canvas.setFont(font, size)
    draw_visual(canvas, x_left, y, visual, font, size)


def draw_lines(
    canvas: Canvas,
    lines: Sequence[LogicalLine],
    x_right: float,
    y_top: float,
    width: float,
    font: str,
    size: float,
    leading: float,
    align: Align = "justify",
) -> float:
    """Draw laid-out lines top down in one text object; returns the y below the last line box."""
    if align not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {align!r}")
    text_object = canvas.beginText()
    text_object.setFont(font, size)
    baseline = y_top - baseline_offset(font, size, leading)
    x_left = x_right - width
    space = _width(_SPACE, font, size)
    for line in lines:
        visual = visual_line(line.text, font)
        if visual:
            if align == "justify" and not line.ends_paragraph:
                _justify(text_object, visual, x_left, baseline, width, font, size, space)
            else:
                natural = _width(visual, font, size)
                if align == "centre":
                    x = x_left + (width - natural) / 2
                elif align == "left":
                    x = x_left
                else:  # right, and the last line of a justified paragraph
                    x = x_right - natural
                text_object.setTextOrigin(x, baseline)
                text_out(text_object, visual, font, size)
        baseline -= leading
    canvas.drawText(text_object)
    return y_top - len(lines) * leading


def _justify(
    text_object: PDFTextObject,
    visual: str,
    x_left: float,
    baseline: float,
    width: float,
    font: str,
    size: float,
    space: float,
) -> None:
    """Fill the line edge to edge by widening the spaces between its (visual) words."""
    chunks = visual.split(_SPACE)
    chunk_widths = [_width(chunk, font, size) for chunk in chunks]
    gaps = len(chunks) - 1
    natural = sum(chunk_widths) + gaps * space
    extra = max(0.0, (width - natural) / gaps) if gaps else 0.0
    if not gaps:  # a single word: nothing to spread, keep it on the right edge
        x_left += width - natural
    x = x_left
    for chunk, chunk_width in zip(chunks, chunk_widths, strict=True):
        text_object.setTextOrigin(x, baseline)
        text_out(text_object, chunk, font, size)
        x += chunk_width + space + extra


def draw_rtl_paragraph(
    canvas: Canvas,
    text: str,
    x_right: float,
    y_top: float,
    width: float,
    font: str,
    size: float,
    leading: float,
    justify: bool = True,
) -> float:
    """Break ``text`` (newlines = paragraph ends) into lines and draw them right-to-left.

    ``y_top`` is the top of the first line box; returns the y below the last one.
    Justified lines spread their spaces; a paragraph's last line is right-aligned.
    """
    lines = layout_lines(text, font, size, width)
    return draw_lines(
        canvas, lines, x_right, y_top, width, font, size, leading, "justify" if justify else "right"
    )
