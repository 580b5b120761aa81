"""Envelopes, DL (220 × 110 mm) and C5 (229 × 162 mm), in Iran Post's layout.

Sender top left, the stamp area top right, the recipient bottom right with the
10-digit postal code in boxes (read left to right, 5 + 5). One page per envelope,
so a letter to three recipients prints three envelopes in one file.

The recipient's block stays inside its address window, under the stamp area and
above the postal code: long lines wrap, a block still too tall is set smaller (down
to a floor), and at the floor its last line ends with «…» rather than run into the stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.printing.documents.common import (
    draw_classification,
    fa,
    for_paper,
    new_pdf_canvas,
    with_ellipsis,
)
from secretariat.printing.documents.data import EnvelopePrint
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR
from secretariat.printing.rtl import (
    break_lines,
    draw_centred,
    draw_rtl_line,
    line_width,
)

ENVELOPE_SIZES: dict[str, tuple[float, float]] = {
    "DL": (220 * mm, 110 * mm),
    "C5": (229 * mm, 162 * mm),
}
POSTAL_CODE_DIGITS = 10
BOX_GREY = Color(0.35, 0.35, 0.35)
STAMP_LABEL = "محل الصاق تمبر"
LINE_HEIGHT = 1.55  # × size, baseline to baseline
MIN_SCALE = 0.7  # the recipient's block is never set smaller than this
STAMP_W, STAMP_H = 28 * mm, 32 * mm
EDGE = 10 * mm

Line = tuple[str, str, float]  # (logical text, font, size)


def _postal_boxes(canvas: Canvas, code: str, x_right: float, y: float, k: float) -> None:
    """«کد پستی:» then ten boxes, digits left to right, a dash between the fifth and sixth."""
    label = "کد پستی:"
    label_size = 10 * k
    draw_rtl_line(canvas, label, x_right, y + 2.4 * mm * k, FONT_BOLD, label_size)
    x_right -= line_width(label, FONT_BOLD, label_size) + 2.5 * mm
    box_w, box_h, gap = 6.2 * mm * k, 8 * mm * k, 1.2 * mm * k
    dash = 4 * mm * k
    digits = [c for c in code if c.isdigit()][:POSTAL_CODE_DIGITS]
    total = POSTAL_CODE_DIGITS * box_w + (POSTAL_CODE_DIGITS - 1) * gap + dash
    x = x_right - total
    canvas.saveState()
    canvas.setStrokeColor(BOX_GREY)
    canvas.setLineWidth(0.6)
    for index in range(POSTAL_CODE_DIGITS):
        canvas.rect(x, y, box_w, box_h, stroke=1, fill=0)
        if index < len(digits):
            draw_centred(canvas, fa(digits[index]), x + box_w / 2, y + 2.2 * mm * k,
                         FONT_BOLD, 13 * k)  # fmt: skip
        x += box_w + gap
        if index == 4:
            canvas.line(x - gap / 2 + 0.8 * mm, y + box_h / 2, x + dash - gap / 2 - 0.8 * mm,
                        y + box_h / 2)  # fmt: skip
            x += dash
    canvas.restoreState()


def _block(canvas: Canvas, lines: Sequence[Line], x_right: float,
           y_top: float, width: float) -> float:  # fmt: skip
    """Right-aligned lines (text, font, size) wrapped to ``width``; returns the last baseline."""
    y = y_top
    for text, font, size in lines:
        for line in break_lines(text, font, size, width):
            y -= size * LINE_HEIGHT
            draw_rtl_line(canvas, line, x_right, y, font, size)
    return y


def fit_block(entries: Sequence[Line], width: float, height: float) -> list[Line]:
    """The entries broken into lines that fill at most ``height`` points: smaller type
    when needed (down to ``MIN_SCALE``), then the overflow cut off with «…»."""
    scale = 1.0
    while True:
        lines = [(line, font, size * scale) for text, font, size in entries
                 for line in break_lines(text, font, size * scale, width)]  # fmt: skip
        if _height(lines) <= height or scale <= MIN_SCALE:
            break
        scale = max(MIN_SCALE, scale - 0.05)
    if _height(lines) > height:
        while len(lines) > 1 and _height(lines) > height:
            lines.pop()
        text, font, size = lines[-1]
        lines[-1] = (with_ellipsis(text, font, size, width), font, size)
    return lines


def _height(lines: Sequence[Line]) -> float:
    return sum(size * LINE_HEIGHT for _, _, size in lines)


def _envelope(canvas: Canvas, envelope: EnvelopePrint, size: tuple[float, float]) -> None:
    width, height = size
    k = 1.0 if height > 120 * mm else 0.92
    edge = EDGE

    # Stamp area, top right.
    stamp_w, stamp_h = STAMP_W, STAMP_H
    canvas.saveState()
    canvas.setStrokeColor(BOX_GREY)
    canvas.setDash(2, 2)
    canvas.rect(width - edge - stamp_w, height - edge - stamp_h, stamp_w, stamp_h)
    canvas.restoreState()
    draw_centred(canvas, STAMP_LABEL, width - edge - stamp_w / 2, height - edge - stamp_h / 2,
                 FONT_REGULAR, 8)  # fmt: skip

    # Sender, top left: a block whose lines are right-aligned on its own right edge.
    sender_width = 88 * mm * k
    sender_right = edge + sender_width
    lines = [("فرستنده:", FONT_BOLD, 9 * k)]
    lines += [(text, FONT_BOLD if i == 0 else FONT_REGULAR, (10 if i == 0 else 8.5) * k)
              for i, text in enumerate(envelope.sender_lines)]  # fmt: skip
    if envelope.sender_postal_code:
        lines.append((f"کد پستی: {fa(envelope.sender_postal_code)}", FONT_REGULAR, 8.5 * k))
    if envelope.number:
        lines.append((f"شمارهٔ نامه: {fa(envelope.number)}", FONT_REGULAR, 8 * k))
    _block(canvas, lines, sender_right, height - edge + 2 * mm, sender_width)

    if envelope.classification:
        draw_classification(canvas, envelope.classification, width / 2, height - edge - 4 * mm,
                            11)  # fmt: skip

    # Recipient, bottom right: in the window between the postal code boxes and the stamp.
    recipient_width = 112 * mm * k
    right = width - edge - 2 * mm
    codes_y = edge
    window_bottom = codes_y + 12 * mm * k
    window_top = height - edge - stamp_h - 3 * mm
    recipient = [("گیرنده:", FONT_BOLD, 9.5 * k), (envelope.recipient_name, FONT_BOLD, 13 * k)]
    recipient += [(text, FONT_REGULAR, 10.5 * k) for text in envelope.recipient_lines if text]
    lines = fit_block(recipient, recipient_width, window_top - window_bottom - 2 * mm)
    # Set on the postal code (the block grows upwards), one line per entry as laid out.
    _block(canvas, lines, right, window_bottom + _height(lines) + 2 * mm, recipient_width)
    _postal_boxes(canvas, envelope.recipient_postal_code, right, codes_y, k)


def render_envelopes(envelopes: Sequence[EnvelopePrint], size: str = "DL") -> bytes:
    """One page per envelope, landscape, at the envelope's own size."""
    if size not in ENVELOPE_SIZES:
        raise ValueError(f"unknown envelope size {size!r}")
    if not envelopes:
        raise ValueError("no envelope to print")
    page = ENVELOPE_SIZES[size]
    envelopes = [for_paper(envelope) for envelope in envelopes]
    buffer = BytesIO()
    canvas = new_pdf_canvas(buffer, page, f"پاکت نامه {fa(envelopes[0].number)}".strip())
    for envelope in envelopes:
        _envelope(canvas, envelope, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

