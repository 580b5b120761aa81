"""Reading back what a PDF really draws: glyph runs with positions, and poppler's text.

Two views, because each catches different mistakes:
- ``drawn_runs``/``drawn_lines``: the code points in the order they are painted
  left to right (from the content stream and the ToUnicode maps), so mirrored
  brackets and reversed digits show up as they would on paper;
- ``pdftotext_layout``: poppler's reading of the page (it puts right-to-left
  runs back into logical order), so we can check that a reader/extractor gets
  the words, in the right line order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,8})>")
# Explicit bidi controls poppler wraps around RTL runs; not part of the text.
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_PUNCTUATION = dict.fromkeys(map(ord, "()«».,،:؛!؟"))


@dataclass(frozen=True)
class DrawnRun:
    page: int
    x: float
    y: float
    text: str
    font: str
    size: float


def _to_unicode_map(font: Any) -> dict[int, str]:
    data = font["/ToUnicode"].get_data()
    return {
        int(code, 16): bytes.fromhex(target.decode()).decode("utf-16-be")
        for code, target in _BFCHAR.findall(data)
    }


def drawn_runs(pdf: Path) -> list[DrawnRun]:
    """Every text run between two positionings (Tm), decoded to Unicode, per page."""
    reader = PdfReader(pdf)
    runs: list[DrawnRun] = []
    for page_number, page in enumerate(reader.pages):
        runs.extend(_page_runs(reader, page, page_number))
    return runs


def _page_runs(reader: PdfReader, page: Any, page_number: int) -> list[DrawnRun]:
    fonts = page["/Resources"]["/Font"]
    maps = {
        name: _to_unicode_map(ref.get_object())
        for name, ref in fonts.items()
        if "/ToUnicode" in ref.get_object()
    }
    font_names = {name: str(ref.get_object()["/BaseFont"]) for name, ref in fonts.items()}
    runs: list[DrawnRun] = []
    x = y = size = 0.0
    current_font = ""
    text = ""
    # Flowables draw in translated coordinates (q ... cm ... Q): track the CTM.
    ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    saved: list[tuple[float, ...]] = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator in (b"Tm", b"ET") and text:
            runs.append(DrawnRun(page_number, x, y, text, font_names[current_font], size))
            text = ""
        if operator == b"q":
            saved.append(ctm)
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            ctm = _multiply(tuple(float(v) for v in operands), ctm)
        elif operator == b"Tm":
            local_x, local_y = float(operands[4]), float(operands[5])
            a, b, c, d, e, f = ctm
            x, y = a * local_x + c * local_y + e, b * local_x + d * local_y + f
        elif operator == b"Tf":
            current_font, size = str(operands[0]), float(operands[1])
        elif operator == b"Tj":
            raw = operands[0]
            codes = raw if isinstance(raw, bytes) else raw.get_original_bytes()
            mapping = maps.get(current_font)
            text += (
                "".join(mapping[code] for code in codes)
                if mapping is not None
                else codes.decode("latin-1")
            )
    return runs


def _multiply(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """PDF matrix product m × n (m applied first), matrices as (a b c d e f)."""
    a1, b1, c1, d1, e1, f1 = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def drawn_lines(pdf: Path, page: int = 0) -> list[str]:
    """Each baseline's runs sorted left to right and joined by spaces, top line first."""
    by_baseline: dict[float, list[DrawnRun]] = {}
    for run in drawn_runs(pdf):
        if run.page == page:
            by_baseline.setdefault(round(run.y, 1), []).append(run)
    return [
        " ".join(run.text.strip() for run in sorted(runs, key=lambda r: r.x))
        for _, runs in sorted(by_baseline.items(), key=lambda item: -item[0])
    ]


def embedded_font_names(pdf: Path) -> set[str]:
    """BaseFont names of fonts whose program is embedded (FontFile2 = TrueType)."""
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def pdftotext_layout(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def plain(text: str) -> str:
    """Presentation forms folded to letters (NFKC), bidi controls dropped; ZWNJ and ٔ stay."""
    return unicodedata.normalize("NFKC", text).translate(_BIDI_CONTROLS)


def words(text: str) -> list[str]:
    """Words of ``plain`` text with punctuation and brackets removed (their place varies)."""
    return plain(text).translate(_PUNCTUATION).split()
