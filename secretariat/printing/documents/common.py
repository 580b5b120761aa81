"""Shared by every document: Persian digits and dates, page totals, watermarks, safe writing."""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.kernel.jalali import format_jalali, format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from secretariat.printing.marks import MarkPlacingCanvas
from secretariat.printing.rtl import draw_centred, isolate_numbers, line_width, ltr_isolate

# Compressed streams stay binary instead of ASCII85 text: ~20% smaller files and
# ~10% faster large documents; every PDF reader (and poppler, pypdf, QtPdf) reads them.
rl_config.useA85 = 0

PDF_CREATOR = "Secretariat"
ELLIPSIS = "…"
CLASSIFICATION_RED = Color(0.72, 0.05, 0.05)
WATERMARK_GREY = Color(0.82, 0.82, 0.82)
RULE_GREY = Color(0.55, 0.55, 0.55)

# (canvas, page number from 1, page count): draws what needs the page count.
PageDecorator = Callable[[Canvas, int, int], None]


def fa(value: object) -> str:
    """Text with Persian digits (numbers are stored with ASCII digits)."""
    return to_persian_digits(str(value))


_TOKEN = re.compile(r"\S+")
_LATIN = re.compile(r"[A-Za-z]")
# Digits joined by a hyphen or a slash: a phone, a fax, a postal code typed in two parts
# (۰۲۶-۳۲۲۱۲۳۴۵, ۳۱۵۸۷-۶۵۴۳۲). After a Persian word the bidi algorithm makes its digits
# Arabic numbers, and a hyphen between two of those is a neutral: the parts would print in
# right-to-left order («۳۲۲۱۲۳۴۵-۰۲۶»). Isolated, the run keeps its order. (A date
# «۱۴۰۳/۰۲/۱۵» keeps it either way; isolating it changes nothing.)
_JOINED_DIGITS = re.compile(r"\+?[0-9۰-۹]+(?:[-‐‑–/][0-9۰-۹]+)+")
_ISOLATES = re.compile("[\u2066-\u2069]")


def _persian_token(token: str) -> str:
    if _LATIN.search(token):
        return token
    if _ISOLATES.search(token):  # already isolated (phone_line)
        return fa(token)
    return _JOINED_DIGITS.sub(lambda m: ltr_isolate(m.group(0)), fa(token))


def text_digits(text: str) -> str:
    """Persian digits in running text, except inside Latin tokens (URLs, e-mail addresses,
    codes such as «ISO9001»), where ASCII digits are part of the name; digits joined by a
    hyphen or a slash (a phone, a postal code) kept left to right as typed."""
    return _TOKEN.sub(lambda m: _persian_token(m.group(0)), text)


_Data = TypeVar("_Data")

# Arabic letters typed on an Arabic keyboard layout, printed as the Persian letters.
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
# Fields that are codes or machine text, never printed as they stand (the QR payload).
_MACHINE_FIELDS = frozenset({"verification", "kind", "rows"})


def paper_text(text: str) -> str:
    """Text as it goes on paper: Persian digits (ASCII kept only inside Latin tokens) and
    Persian ی/ک for Arabic ي/ى/ك. The stored text keeps what the user typed."""
    return text_digits(text.translate(_PERSIAN_LETTERS))


def for_paper(data: _Data) -> _Data:
    """A copy of a document's input data with every printed string through ``paper_text``
    (nested data and tuples included; codes and the QR payload untouched)."""
    changes: dict[str, Any] = {}
    for item in fields(data):  # type: ignore[arg-type]
        if item.name in _MACHINE_FIELDS:
            continue
        value = getattr(data, item.name)
        converted = _paper_value(value)
        if converted != value:
            changes[item.name] = converted
    return replace(data, **changes) if changes else data  # type: ignore[type-var]


def _paper_value(value: Any) -> Any:
    if isinstance(value, str):
        return paper_text(value)
    if isinstance(value, tuple):
        return tuple(_paper_value(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return for_paper(value)
    return value


def phone_line(phone: str) -> str:
    """«تلفن: …» with each number isolated left to right and words such as «داخلی» kept in
    right-to-left order around them (isolating the whole field scrambles those words)."""
    return "تلفن: " + isolate_numbers(fa(phone.strip()))


def party_text(from_unit: str, to_unit: str) -> str:
    """An internal letter's units in words (the font has no arrow glyph)."""
    if from_unit and to_unit:
        return f"از {from_unit} به {to_unit}"
    return f"از {from_unit}" if from_unit else f"به {to_unit}" if to_unit else ""


def jalali(day: date) -> str:
    """«۱۴۰۳/۰۲/۱۵»."""
    return format_jalali(day)


def jalali_time(moment: datetime) -> str:
    """«۱۴۰۳/۰۲/۱۵ ۱۰:۳۰» in Tehran time."""
    return format_jalali_datetime(moment)


def page_of(page: int, total: int) -> str:
    return f"صفحهٔ {fa(page)} از {fa(total)}"


def canvas_with_totals(decorate: PageDecorator) -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)`` that knows the page count.

    Pages are held back until ``save()``, then ``decorate`` draws on each one
    what needs the total («صفحهٔ ۲ از ۵») before it is written.
    """

    class _TotalsCanvas(MarkPlacingCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                MarkPlacingCanvas.showPage(self)
            MarkPlacingCanvas.save(self)

    return _TotalsCanvas


def new_pdf_canvas(buffer: BytesIO, page_size: tuple[float, float], title: str) -> Canvas:
    """A plain canvas (for single-page documents drawn by hand) with the metadata set."""
    register_fonts()
    canvas = MarkPlacingCanvas(buffer, pagesize=page_size, pageCompression=1,
                               initialFontName=FONT_REGULAR)
    set_metadata(canvas, title)
    return canvas


def set_metadata(canvas: Canvas, title: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor(PDF_CREATOR)
    canvas.setCreator(PDF_CREATOR)


def draw_watermark(canvas: Canvas, text: str, page_size: tuple[float, float]) -> None:
    """Large pale diagonal words across the page («پیش‌نویس», «ابطال‌شده»), under the text."""
    width, height = page_size
    size = min(width, height) / 5.2
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    draw_centred(canvas, text, 0, -size / 3, FONT_BOLD, size)
    canvas.restoreState()


def draw_classification(
    canvas: Canvas, label: str, x_centre: float, y_baseline: float, size: float = 12
) -> None:
    """The classification («محرمانه») in red inside a thin box, centred on ``x_centre``."""
    canvas.saveState()
    canvas.setFillColor(CLASSIFICATION_RED)
    canvas.setStrokeColor(CLASSIFICATION_RED)
    canvas.setLineWidth(0.8)
    half = line_width(label, FONT_BOLD, size) / 2 + 2.5 * mm
    canvas.rect(x_centre - half, y_baseline - size * 0.55, 2 * half, size * 1.75, stroke=1, fill=0)
    draw_centred(canvas, label, x_centre, y_baseline, FONT_BOLD, size)
    canvas.restoreState()


def with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    """A logical line cut short: «…» after it, words (then letters) dropped from its end
    until the whole fits ``width`` points, so the mark never spills out of its cell."""
    words = line.split()
    while len(words) > 1 and line_width(" ".join(words) + " " + ELLIPSIS, font, size) > width:
        words.pop()
    kept = " ".join(words)
    while len(kept) > 1 and line_width(kept + " " + ELLIPSIS, font, size) > width:
        kept = kept[:-1]
    return (kept + " " + ELLIPSIS).strip()


def write_pdf(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file in the same folder, then
    a rename, so a reader never sees half a PDF and a failure leaves no file behind."""
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp",
                                         dir=path.parent)  # fmt: skip
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
