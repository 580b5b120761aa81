"""The letter's footer (address, phone) fitted between the QR code and the page number.

Each entry wraps onto at most two lines at the normal size; an entry that needs
more makes the whole footer smaller, step by step, down to a floor; at the floor
it takes as many lines as it needs. Nothing is cut and nothing runs off the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secretariat.printing.fonts import FONT_REGULAR
from secretariat.printing.rtl import layout_lines

FOOTER_SIZE = 8.0  # points, on A4
FOOTER_FLOOR = 6.0  # the smallest a footer gets: still readable on paper
MAX_LINES_PER_ENTRY = 2
LINE_HEIGHT = 1.45  # × size: a compact block
_STEP = 0.25


@dataclass(frozen=True)
class FooterText:
    lines: tuple[str, ...]  # logical lines, top down
    size: float

    @property
    def line_height(self) -> float:
        return self.size * LINE_HEIGHT

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


NO_FOOTER = FooterText((), FOOTER_SIZE)


def fit_footer(entries: Sequence[str], width: float, k: float = 1.0) -> FooterText:
    """The entries wrapped to ``width`` points at the largest size that keeps each on two
    lines (``k`` scales the sizes for smaller paper)."""
    size, floor = FOOTER_SIZE * k, min(FOOTER_FLOOR, FOOTER_SIZE * k)
    entries = [entry for entry in entries if entry.strip()]
    while True:
        wrapped = [[line.text for line in layout_lines(entry, FONT_REGULAR, size, width)]
                   for entry in entries]  # fmt: skip
        if size <= floor or all(len(lines) <= MAX_LINES_PER_ENTRY for lines in wrapped):
            break
        size = max(floor, size - _STEP * k)
    return FooterText(tuple(line for lines in wrapped for line in lines), size)
