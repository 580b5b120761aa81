"""QR codes drawn as vector squares (sharp at any printer resolution, no image files)."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas

# Choosing the best of the eight masks scores each one and costs ~6 ms a code; any
# mask gives a valid code that phones read, so one is fixed.
_MASK_PATTERN = 2
QUIET_ZONE_MODULES = 2  # white margin around the code, in modules


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the code for ``text`` (UTF-8), no border."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=_MASK_PATTERN)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code for ``text`` in a ``size``-square whose lower-left corner is (x, y),
    including a white quiet zone so a phone finds its edges on a busy page."""
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET_ZONE_MODULES
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    # Drawn in module units (one unit = one module, y up from the code's lower
    # edge) as one path of integer rectangles, one per dark run of a row: a few
    # hundred operators written directly instead of formatting each float.
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.addLiteral(_path_operators(modules, count))
    canvas.restoreState()


@lru_cache(maxsize=64)
def _path_operators(modules: tuple[tuple[bool, ...], ...], count: int) -> str:
    operators: list[str] = []
    for row_index, row in enumerate(modules):
        row_y = count - QUIET_ZONE_MODULES - row_index - 1
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            operators.append(f"{QUIET_ZONE_MODULES + start} {row_y} {column - start} 1.02 re")
    operators.append("f")
    return "\n".join(operators)
