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

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

from secretariat.printing.text_layer import is_presentation_form, logical_text

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
    width: float = 0.0  # advance of the drawn glyphs, from the PDF font's /Widths


def _to_unicode_map(font: Any) -> dict[int, str]:
    data = font["/ToUnicode"].get_data()
    return {
        int(code, 16): bytes.fromhex(target.decode()).decode("utf-16-be")
        for code, target in _BFCHAR.findall(data)
    }


def _widths(font: Any) -> dict[int, float]:
    first = int(font.get("/FirstChar", 0))
    return {first + i: float(w) for i, w in enumerate(font.get("/Widths", []))}


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
    widths = {name: _widths(ref.get_object()) for name, ref in fonts.items()}
    runs: list[DrawnRun] = []
    x = y = size = 0.0
    current_font = ""
    text = ""
    advance = 0.0
    # Flowables draw in translated coordinates (q ... cm ... Q): track the CTM.
    ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    saved: list[tuple[float, ...]] = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator in (b"Tm", b"ET") and text:
            runs.append(DrawnRun(page_number, x, y, text, font_names[current_font], size,
                                 advance * size / 1000))
            text, advance = "", 0.0
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
            advance += sum(widths[current_font].get(code, 0.0) for code in codes)
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
    """Presentation forms folded to letters as the PDF text layer maps them (a ligature's
    letters in visual order, like the glyphs around it), bidi controls dropped; ZWNJ and ٔ stay."""
    folded = "".join(logical_text(ord(char)) for char in text)
    return unicodedata.normalize("NFKC", folded).translate(_BIDI_CONTROLS)


def words(text: str) -> list[str]:
    """Words of ``plain`` text with punctuation and brackets removed (their place varies)."""
    return plain(text).translate(_PUNCTUATION).split()


@dataclass(frozen=True)
class WordBox:
    """One word as poppler sees it: page from 0, box in points from the page's top left.

    Its text is in drawing (visual) order: ``pdftotext -bbox`` does not reorder."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def overlaps(self, other: WordBox, tolerance: float = 0.3) -> bool:
        return (self.x0 < other.x1 - tolerance and other.x0 < self.x1 - tolerance
                and self.y0 < other.y1 - tolerance and other.y0 < self.y1 - tolerance)

    def inside(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        return self.x0 >= x0 and self.x1 <= x1 and self.y0 >= y0 and self.y1 <= y1


_PAGE_TAG = re.compile(r"<page |<word xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" "
                       r"xMax=\"([\d.]+)\" yMax=\"([\d.]+)\">([^<]*)</word>")


def pdftotext_words(pdf: Path) -> list[WordBox]:
    """Every word poppler finds, with its box (``pdftotext -bbox``)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    output = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
                            check=True, capture_output=True, text=True).stdout
    words: list[WordBox] = []
    page = -1
    for match in _PAGE_TAG.finditer(output):
        if match.group(0) == "<page ":
            page += 1
            continue
        x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
        words.append(WordBox(page, x0, y0, x1, y1, html.unescape(match.group(5))))
    return words


def pdftotext_pages(pdf: Path) -> list[str]:
    """``pdftotext -layout`` text, one string per page, letters folded by ``plain``."""
    return [plain(page) for page in pdftotext_layout(pdf).split("\f")[:-1]]


def presentation_forms(text: str) -> list[str]:
    """Arabic presentation-form characters in ``text`` (the text layer must have none)."""
    return [char for char in text if is_presentation_form(ord(char))]


def font_names(pdf: Path) -> set[str]:
    """BaseFont of every font any page uses, embedded or not (subset tag dropped)."""
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = cast(DictionaryObject, page["/Resources"]["/Font"])  # type: ignore[index]
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names
