"""Regenerate sample PDFs (and PNG previews) into ./gallery/ for people to look at.

    python scripts/gallery.py [output-folder]

Every printed document is here: letters (plain, multi-page classified, draft on A5,
cancelled, pre-printed paper), the calibration page, the register book, receipts
(A6 and 80 mm roll) and envelopes (DL and C5).

PNGs need ``pdftoppm`` (Debian poppler-utils); without it only PDFs are written.
Look for: joined letters, lines top to bottom, «» and () the right way round,
ZWNJ (می‌شود), ٔ (خانهٔ), Latin words and Persian digits reading left to right.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import (
    FONT_BOLD,
    FONT_MEDIUM,
    FONT_REGULAR,
    PrintLayout,
    register_fonts,
)
from secretariat.printing.documents.calibration import render_calibration
from secretariat.printing.documents.common import write_pdf
from secretariat.printing.documents.envelope import render_envelopes
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.preprinted import render_preprinted_letter
from secretariat.printing.documents.receipt import render_receipt
from secretariat.printing.documents.register_book import render_register
from secretariat.printing.documents.samples import (
    sample_envelope,
    sample_letter,
    sample_letterhead,
    sample_receipt,
    sample_register,
)
from secretariat.printing.rtl import (
    RtlParagraph,
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
    ltr_isolate,
    rtl_cell,
)
from secretariat.printing.selftest_pdf import render_selftest_pdf

TRICKY_LINES = [
    "نامهٔ شماره 1403/و/125 مورخ 1403/02/15",
    "پیوست (دو برگ) و «جهت اقدام»",
    "فایل Microsoft Word (docx) ارسال شد.",
    "سامانهٔ ERP نسخهٔ 2.5 (beta) راه‌اندازی می‌شود.",
    "مبلغ 12,500,000 ریال (دوازده میلیون و پانصد هزار ریال)",
    "خانۀ صنعت — ۀ جدا — خانهٔ صنعت — لا و لأ و لآ",
    "فوراً، اکیداً، مُحَمَّد، مسئول، رئیس، مؤسسه",
    "کد ملی: 0499370899 ؛ کد پستی: 3155678912",
    "تلفن: 026-32123456 (داخلی 12) — خام، به قاعدهٔ یونی‌کد",
    "تلفن: " + ltr_isolate("026-32123456") + " (داخلی 12) — با ltr_isolate",
    "ایمیل: info@example.org و نشانی https://example.org/fa",
    "[بند ۱] {بند ۲} <بند ۳>",
]

LETTER_BODY = (
    "با سلام و احترام، در پاسخ به نامهٔ شماره 1403/ص/125 مورخ 1403/02/15 آن سازمان به آگاهی "
    "می‌رساند که پیوست نامه (دو برگ) دریافت شد و موضوع «تمدید کارت عضویت واحدهای تولیدی» در "
    "جلسهٔ هیئت‌مدیره مطرح گردید. مقرر شد فهرست واحدهای عضو انجمن‌های تخصصی صنایع همگن همراه "
    "با نسخهٔ PDF صورت‌جلسه تا پایان هفتهٔ جاری برای آن اداره ارسال شود. "
)


def _tricky_lines(path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    draw_centred(canvas, "سطرهای دشوار", width / 2, height - 25 * mm, FONT_BOLD, 16)
    y = height - 40 * mm
    for font, size in ((FONT_REGULAR, 12), (FONT_MEDIUM, 11), (FONT_BOLD, 10)):
        for line in TRICKY_LINES:
            draw_rtl_line(canvas, to_persian_digits(line), width - 20 * mm, y, font, size)
            y -= size * 1.7
        y -= 6 * mm
    draw_left_aligned(canvas, "این سطر از چپ آغاز می‌شود", 20 * mm, 15 * mm, FONT_REGULAR, 10)
    canvas.save()


def _flowing_letter(path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="نمونهٔ نامهٔ چندصفحه‌ای")
    body = to_persian_digits(LETTER_BODY * 6)
    story = [
        RtlParagraph("موضوع: تمدید کارت عضویت", font=FONT_BOLD, size=13, space_after=8),
        RtlParagraph(body + "\n" + body + "\n" + body, size=12, space_after=12),
        _register_table(),
        RtlParagraph(
            "رونوشت: سازمان صنعت، معدن و تجارت استان البرز «جهت اطلاع»",
            size=10,
            align="right",
            space_before=12,
        ),
    ]
    doc.build(story)


def _register_table() -> Table:
    header = ["ردیف", "شمارهٔ ثبت", "تاریخ", "موضوع", "فرستنده"]
    rows = [
        [
            str(i),
            f"1403/و/{100 + i}",
            f"1403/02/{10 + i}",
            "درخواست صدور کارت عضویت (نوبت دوم) برای واحد تولیدی",
            "انجمن صنایع غذایی",
        ]
        for i in range(1, 6)
    ]
    widths = [12 * mm, 28 * mm, 24 * mm, 70 * mm, 36 * mm]
    data = [[rtl_cell(c, font=FONT_BOLD, align="centre") for c in header][::-1]]
    data += [[rtl_cell(to_persian_digits(c)) for c in row][::-1] for row in rows]
    table = Table(data, colWidths=widths[::-1], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _a5_note(path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A5)
    doc.build(
        [
            RtlParagraph("یادداشت کوتاه", font=FONT_BOLD, size=14, align="centre", space_after=10),
            RtlParagraph(to_persian_digits(LETTER_BODY), size=11),
        ]
    )


def _documents() -> dict[str, Callable[[], bytes]]:
    """The real documents, rendered from sample data (no database)."""
    head, layout = sample_letterhead(), PrintLayout()
    return {
        "doc-letter.pdf": lambda: render_letter(sample_letter(), head, layout),
        "doc-letter-classified-3-pages.pdf": lambda: render_letter(
            sample_letter(paragraphs=14, classification="محرمانه", urgency="فوری"), head, layout),
        "doc-letter-draft-a5.pdf": lambda: render_letter(
            sample_letter(number=None, draft=True, verification=None), head,
            PrintLayout(a5_for_short_letters=True)),
        "doc-letter-cancelled.pdf": lambda: render_letter(
            sample_letter(cancelled=True), head, layout),
        "doc-letter-preprinted.pdf": lambda: render_preprinted_letter(
            sample_letter(classification="محرمانه"), layout),
        "doc-calibration.pdf": lambda: render_calibration(layout.preprinted_fields),
        "doc-register.pdf": lambda: render_register(sample_register(60)),
        "doc-register-incoming.pdf": lambda: render_register(sample_register(25, "وارده")),
        "doc-receipt-a6.pdf": lambda: render_receipt(sample_receipt(), "A6"),
        "doc-receipt-roll80.pdf": lambda: render_receipt(sample_receipt(), "roll80"),
        "doc-envelope-dl.pdf": lambda: render_envelopes([sample_envelope()], "DL"),
        "doc-envelope-c5.pdf": lambda: render_envelopes([sample_envelope()], "C5"),
    }  # fmt: skip


def _png(pdf: Path) -> None:
    if shutil.which("pdftoppm") is None:
        return
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("gallery")
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    samples = {
        "selftest.pdf": render_selftest_pdf,
        "tricky-lines.pdf": _tricky_lines,
        "flowing-letter.pdf": _flowing_letter,
        "a5-note.pdf": _a5_note,
    }
    for name, render in samples.items():
        pdf = out / name
        render(pdf)
        _png(pdf)
        print(pdf)
    for name, build in _documents().items():
        pdf = out / name
        write_pdf(pdf, build())
        _png(pdf)
        print(pdf)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian poppler-utils): PNG previews skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
