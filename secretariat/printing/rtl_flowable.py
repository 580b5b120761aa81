"""A platypus Flowable for Persian paragraphs, so documents (letters, tables) can flow RTL text.

reportlab's own Paragraph lays out left to right and needs a GPL extension for
RTL; this one reuses rtl_text's logical line breaking and rtl_canvas's drawing,
and splits between lines across frames and pages.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.colors import Color
from reportlab.platypus.flowables import Flowable

from secretariat.printing.fonts import FONT_REGULAR
from secretariat.printing.rtl_canvas import (
    ALIGNMENTS,
    Align,
    default_leading,
    draw_lines,
)
from secretariat.printing.rtl_text import LogicalLine, layout_lines, line_width


class RtlParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Persian text that wraps to the frame (or table cell) width, right-to-left.

    Newlines in ``text`` start new paragraphs (their last lines are not
    justified). ``leading`` defaults to 1.8 × size.
    """

    def __init__(
        self,
        text: str,
        font: str = FONT_REGULAR,
        size: float = 11.0,
        leading: float | None = None,
        align: Align = "justify",
        space_before: float = 0.0,
        space_after: float = 0.0,
        color: Color | None = None,
    ) -> None:
        super().__init__()
        if align not in ALIGNMENTS:
            raise ValueError(f"unknown alignment {align!r}")
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading if leading is not None else default_leading(size)
        self.align: Align = align
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.color = color
        self._lines: list[LogicalLine] = []
        self._laid_width: float | None = None
        # A part produced by split() that stops mid-paragraph keeps its last line justified.
        self._open_end = False

    @classmethod
    def from_lines(cls, lines: list[LogicalLine], width: float, font: str = FONT_REGULAR,
                   size: float = 11.0, leading: float | None = None,
                   align: Align = "justify") -> RtlParagraph:  # fmt: skip
        """A paragraph of lines already laid out at ``width`` (e.g. the last lines of a
        body, kept on the page of the signature)."""
        part = cls(_text_of(lines), font, size, leading, align)
        part._open_end = bool(lines) and not lines[-1].ends_paragraph
        part._lines = list(lines)
        part._laid_width = width
        return part

    def _lay_out(self, width: float) -> None:
        if self._laid_width == width:
            return
        lines = layout_lines(self.text, self.font, self.size, width)
        if self._open_end and lines:
            lines[-1] = replace(lines[-1], ends_paragraph=False)
        self._lines = lines
        self._laid_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lay_out(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._lay_out(availWidth)
        fitting = int((availHeight + 1e-6) // self.leading)
        if fitting <= 0:
            return []
        if fitting >= len(self._lines):
            return [self]
        head = self._part(self._lines[:fitting], availWidth)
        tail = self._part(self._lines[fitting:], availWidth)
        head.spaceAfter = 0.0
        tail.spaceBefore = 0.0
        return [head, tail]

    def _part(self, lines: list[LogicalLine], width: float) -> RtlParagraph:
        part = RtlParagraph(
            _text_of(lines), self.font, self.size, self.leading, self.align,
            self.spaceBefore, self.spaceAfter, self.color,
        )  # fmt: skip
        part._open_end = not lines[-1].ends_paragraph
        part._lines = list(lines)
        part._laid_width = width
        return part

    def minWidth(self) -> float:  # reportlab calls it by this name
        """Width of the longest explicit line unbroken: auto-sized table columns fit the text."""
        return max((line_width(line, self.font, self.size) for line in self.text.splitlines()),
                   default=0.0)  # fmt: skip

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        draw_lines(
            self.canv, self._lines, self.width, self.height, self.width,
            self.font, self.size, self.leading, self.align,
        )  # fmt: skip


def _text_of(lines: list[LogicalLine]) -> str:
    """Logical text that lays out again into ``lines`` (at the same width)."""
    pieces: list[str] = []
    for line in lines:
        pieces.append(line.text)
        pieces.append("\n" if line.ends_paragraph else " ")
    return "".join(pieces[:-1])


def rtl_cell(
    text: str,
    font: str = FONT_REGULAR,
    size: float = 10.0,
    align: Align = "right",
    leading: float | None = None,
) -> RtlParagraph:
    """A table cell's content: wraps to the column width, right-aligned by default.

    A right-to-left table also lists its columns right to left: callers reverse
    the column order of each row (and of ``colWidths``) before building the Table.
    """
    return RtlParagraph(text, font=font, size=size, leading=leading, align=align)
