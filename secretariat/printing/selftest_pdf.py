"""A one-page A4 sample that exercises everything Persian printing can get wrong.

``secretariat self-test`` writes it; a person opening it should see joined
letters, lines in order top to bottom, «» and () the right way round, ZWNJ
(می‌شود), hamza above (خانهٔ), a Latin word and Persian digits.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.printing.fonts import FONT_BOLD, FONT_MEDIUM, FONT_REGULAR, register_fonts
from secretariat.printing.rtl_canvas import (
    default_leading,
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
    draw_rtl_paragraph,
)

SELFTEST_TITLE = "آزمون چاپ فارسی سامانهٔ دبیرخانه"
SELFTEST_SUBTITLE = "خانهٔ صنعت، معدن و تجارت استان البرز"
SELFTEST_PARAGRAPH = (
    "این برگه برای آزمودن چاپ فارسی تهیه شده است. نامهٔ شماره ۱۲۵ مورخ ۱۴۰۳/۰۲/۱۵ "
    "در دبیرخانهٔ خانهٔ صنعت ثبت شد و پس از بررسی به کارشناس مربوط ارجاع می‌شود. "
    "پیوست این نامه (دو برگ) با قالب PDF فرستاده شده و عبارت «جهت اقدام» در هامش آن "
    "نوشته شده است. حروف باید به هم پیوسته باشند، سطرها به ترتیب از بالا به پایین، "
    "پرانتزها و گیومه‌ها رو به درستی و فاصلهٔ مجازی در واژه‌هایی مانند می‌شود و نامه‌ها "
    "نگه داشته شود. عدد ۱۲۳۴۵۶۷۸۹۰ باید از چپ به راست خوانده شود و این بند به کار "
    "فوراً پایان می‌یابد."
)
SELFTEST_SECOND_PARAGRAPH = "سطر پایانی هر بند تراز نمی‌شود و از راست آغاز می‌شود."

_MARGIN = 20 * mm


def render_selftest_pdf(path: Path) -> None:
    """Write the one-page sample to ``path`` (parent folder must exist)."""
    register_fonts()
    page_width, page_height = A4
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=FONT_REGULAR)
    canvas.setTitle(SELFTEST_TITLE)
    canvas.setAuthor("Secretariat")
    canvas.setSubject("self-test")

    x_right = page_width - _MARGIN
    text_width = page_width - 2 * _MARGIN
    draw_centred(canvas, SELFTEST_TITLE, page_width / 2, page_height - 30 * mm, FONT_BOLD, 18)
    draw_centred(canvas, SELFTEST_SUBTITLE, page_width / 2, page_height - 40 * mm, FONT_MEDIUM, 13)
    draw_left_aligned(canvas, "تاریخ: ۱۴۰۳/۰۲/۱۵", _MARGIN, page_height - 52 * mm, FONT_REGULAR, 11)
    draw_rtl_line(canvas, "موضوع: آزمون چاپ", x_right, page_height - 52 * mm, FONT_BOLD, 12)

    size = 12.0
    y = page_height - 60 * mm
    y = draw_rtl_paragraph(
        canvas, SELFTEST_PARAGRAPH, x_right, y, text_width, FONT_REGULAR, size,
        default_leading(size),
    )  # fmt: skip
    draw_rtl_paragraph(
        canvas, SELFTEST_SECOND_PARAGRAPH, x_right, y - size, text_width, FONT_REGULAR, size,
        default_leading(size),
    )  # fmt: skip
    canvas.showPage()
    canvas.save()
