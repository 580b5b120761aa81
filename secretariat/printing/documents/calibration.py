"""The calibration page for pre-printed paper: rulers, a grid and every field's box.

Printed ON the office's letterhead paper, it shows where each field would land;
the person measures the difference with a ruler (the page's own millimetre
scales are along the top and right edges) and corrects the positions in the
settings. Each box is labelled with its name and current position.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.printing.documents.common import fa, new_pdf_canvas
from secretariat.printing.documents.preprinted import (
    FIELD_SIZE,
    box_right,
    box_top,
    draw_field,
)
from secretariat.printing.fonts import FONT_BOLD, FONT_REGULAR
from secretariat.printing.layout_settings import (
    PREPRINTED_FIELD_LABELS,
    FieldBox,
    PreprintedFields,
)
from secretariat.printing.rtl import (
    RtlParagraph,
    default_leading,
    draw_centred,
    draw_left_aligned,
)

PAGE = A4
GRID = Color(0.85, 0.88, 0.95)
RULER = Color(0.25, 0.25, 0.25)
BOX = Color(0.1, 0.35, 0.75)
TITLE = "برگهٔ تنظیم چاپ روی کاغذ سربرگ‌دار"
INSTRUCTIONS = (
    "این برگه را روی یک برگ از کاغذ سربرگ‌دار چاپ کنید (در پنجرهٔ چاپ، «اندازهٔ واقعی» یا "
    "«۱۰۰٪» را برگزینید). هر کادر آبی جای یک خانه را نشان می‌دهد و زیر نامش فاصلهٔ گوشهٔ بالا و چپ "
    "آن از لبهٔ چپ و لبهٔ بالای کاغذ به میلی‌متر آمده است. اگر کادری با جای خود روی "
    "سربرگ نمی‌خواند، جابه‌جایی را با خط‌کش‌های لبهٔ کاغذ اندازه بگیرید و در تنظیمات چاپ درست کنید."
)
SAMPLES = {
    "date": "۱۴۰۳/۰۲/۱۵",
    "number": "۱۴۰۳/ص/۱۲۵",
    "attachments": "ندارد",
    "recipient": "جناب آقای ...، مدیرکل محترم ...",
    "subject": "موضوع: نمونهٔ موضوع نامه",
}


def _grid(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.3)
    for x_mm in range(10, int(width / mm), 10):
        canvas.line(x_mm * mm, 0, x_mm * mm, height)
    for y_mm in range(10, int(height / mm), 10):
        canvas.line(0, height - y_mm * mm, width, height - y_mm * mm)
    canvas.restoreState()


def _rulers(canvas: Canvas) -> None:
    """Millimetre ticks measured from the LEFT edge (top ruler) and the TOP edge (left ruler)."""
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(RULER)
    canvas.setFillColor(RULER)
    canvas.setLineWidth(0.3)
    canvas.setFont(FONT_REGULAR, 6)
    for x_mm in range(0, int(width / mm) + 1):
        tick = 4 if x_mm % 10 == 0 else 2.5 if x_mm % 5 == 0 else 1.5
        canvas.line(x_mm * mm, height, x_mm * mm, height - tick * mm)
        if x_mm % 10 == 0 and 0 < x_mm < width / mm - 2:
            canvas.drawCentredString(x_mm * mm, height - 6.5 * mm, fa(x_mm))
    for y_mm in range(0, int(height / mm) + 1):
        tick = 4 if y_mm % 10 == 0 else 2.5 if y_mm % 5 == 0 else 1.5
        canvas.line(0, height - y_mm * mm, tick * mm, height - y_mm * mm)
        if y_mm % 10 == 0 and 0 < y_mm < height / mm - 2:
            canvas.drawString(5 * mm, height - y_mm * mm - 2, fa(y_mm))
    canvas.restoreState()


def _box_height(name: str, box: FieldBox) -> float:
    if box.height_mm:
        return float(box.height_mm * mm)
    if name == "qr":
        return float(box.width_mm * mm)
    lines = 3 if name == "recipient" else 1
    return lines * default_leading(FIELD_SIZE)


def _field_box(canvas: Canvas, name: str, box: FieldBox) -> None:
    top = box_top(box)
    height = _box_height(name, box)
    canvas.saveState()
    canvas.setStrokeColor(BOX)
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 2)
    canvas.rect(box.x_mm * mm, top - height, box.width_mm * mm, height, stroke=1, fill=0)
    canvas.setDash()
    # A cross on the corner the position is measured to.
    x, arm = box.x_mm * mm, 2.5 * mm
    canvas.line(x - arm, top, x + arm, top)
    canvas.line(x, top - arm, x, top + arm)
    canvas.setFillColor(BOX)
    label = (f"{PREPRINTED_FIELD_LABELS[name]}: چپ {fa(f'{box.x_mm:g}')}، "
             f"بالا {fa(f'{box.y_mm:g}')}")  # fmt: skip
    draw_left_aligned(canvas, label, x + 1 * mm, top - height + 1.2 * mm, FONT_BOLD, 5.5)
    canvas.restoreState()
    if name in SAMPLES:
        draw_field(canvas, box, SAMPLES[name])


def render_calibration(fields: PreprintedFields) -> bytes:
    buffer = BytesIO()
    canvas = new_pdf_canvas(buffer, PAGE, TITLE)
    height = PAGE[1]
    _grid(canvas)
    _rulers(canvas)
    for name in PreprintedFields.names():
        _field_box(canvas, name, getattr(fields, name))
    body = fields.body
    # The instructions go inside the body box, where the letter's text would be.
    draw_centred(canvas, TITLE, box_right(body) - body.width_mm * mm / 2,
                 box_top(body) - 14 * mm, FONT_BOLD, 14)  # fmt: skip
    note = RtlParagraph(INSTRUCTIONS, FONT_REGULAR, 10.5)
    inner = body.width_mm * mm - 10 * mm
    _, note_height = note.wrap(inner, height)
    note.drawOn(canvas, body.x_mm * mm + 5 * mm, box_top(body) - 20 * mm - note_height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
