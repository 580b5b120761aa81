"""Marks clear of their letters on paper: tanvin over alef, hamza over heh (issue 11).

Rendered with poppler and read as pixels: a mark that touches its letter merges
with it into one blob of ink, so each word must show as many separate blobs as
it has separate strokes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.rtl import draw_rtl_line
from tests.printing.pdf_inspect import pdftotext_layout, plain

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


SIZE = 60  # points
DPI = 150
EM = SIZE * DPI / 72  # pixels


def _blobs(tmp_path: Path, word: str, font: str) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1, y down) of the separate pieces of ink (8-connected)
    when ``word`` is drawn large, biggest first."""
    pdf = tmp_path / "word.pdf"
    canvas = Canvas(str(pdf), pagesize=(200, 120))
    draw_rtl_line(canvas, word, 180, 35, font, SIZE)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "word")], check=True)  # fmt: skip
    image = Image.open(tmp_path / "word.png").convert("L")
    width, height = image.size
    grey = image.tobytes()  # mode L: one byte a pixel, row by row
    ink = {(x, y) for x in range(width) for y in range(height) if grey[y * width + x] < 140}
    blobs: list[list[tuple[int, int]]] = []
    while ink:
        blob = [ink.pop()]
        stack = list(blob)
        while stack:
            x, y = stack.pop()
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    neighbour = (x + dx, y + dy)
                    if neighbour in ink:
                        ink.remove(neighbour)
                        stack.append(neighbour)
                        blob.append(neighbour)
        blobs.append(blob)
    blobs.sort(key=len, reverse=True)
    return [(min(x for x, _ in b), min(y for _, y in b), max(x for x, _ in b),
             max(y for _, y in b)) for b in blobs]  # fmt: skip


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
@pytest.mark.parametrize(("word", "letters"), [("اً", 1), ("داً", 2)])
def test_tanvin_sits_above_the_alef(tmp_path: Path, font: str, word: str, letters: int) -> None:
    register_fonts()
    blobs = _blobs(tmp_path, word, font)
    assert len(blobs) == letters + 2  # the two strokes of ً do not touch the alef
    alef_top = min(box[1] for box in blobs[:letters])
    for stroke in blobs[letters:]:
        assert stroke[3] < alef_top  # wholly above the top of the alef


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
@pytest.mark.parametrize(("word", "joined_parts"), [("هٔ", 1), ("خانهٔ", 2)])
def test_hamza_sits_clear_above_the_heh(tmp_path: Path, font: str, word: str,
                                        joined_parts: int) -> None:  # fmt: skip
    register_fonts()
    blobs = _blobs(tmp_path, word, font)
    # The heh ends the word: the leftmost of the joined parts; the hamza is the leftmost
    # of the small pieces (dots and the hamza).
    heh = min(blobs[:joined_parts])
    hamza = min(blobs[joined_parts:])
    assert heh[1] - hamza[3] >= 0.03 * EM  # a visible gap between the hamza and the heh


def test_lifted_marks_stay_in_their_words_in_the_text_layer(tmp_path: Path) -> None:
    register_fonts()
    pdf = tmp_path / "line.pdf"
    canvas = Canvas(str(pdf), pagesize=(400, 100))
    draw_rtl_line(canvas, "فوراً به خانهٔ صنعت", 380, 40, FONT_REGULAR, 14)
    canvas.save()
    assert plain(pdftotext_layout(pdf)).split() == ["فوراً", "به", "خانهٔ", "صنعت"]


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
def test_fatha_goes_above_the_shadda(tmp_path: Path, font: str) -> None:
    register_fonts()
    shadda_alone = _blobs(tmp_path, "مّ", font)[1]
    # Typed in Unicode's canonical order: fatha, then shadda.
    meem, *marks = _blobs(tmp_path, "مَّ", font)
    lower, upper = sorted(marks, key=lambda box: box[3], reverse=True)
    assert lower == pytest.approx(shadda_alone, abs=1)  # the shadda stays on the letter
    assert upper[3] < lower[1]  # the fatha wholly above it
    assert lower[3] < meem[1]
