"""Regenerate the sample pages in docs/samples/ (PNG, 90 dpi) for people to look at.

    python scripts/gallery.py [output-folder] [--pdf]

Every printed document is here, with ordinary and long real-world values (a
250-character address, a 200-character subject, two recipients, cc, «آنی»):
letters (A4, A4 over two pages, A5, draft, cancelled, pre-printed paper), the
calibration page, the register book (every kind, and incoming only), receipts
(A6 and 80 mm roll), envelopes (DL and C5), membership cards (an A4 sheet and a
card-printer page) and certificates (A4, A5), plus the RTL test pages. QR codes have
today's signed shape (``SMT2:``) with an empty signature: a sample never verifies.
``--pdf`` keeps the PDFs beside the PNGs (they are not committed).

PNGs need ``pdftoppm`` (Debian poppler-utils).
Look for: joined letters, lines top to bottom, «» and () the right way round,
ZWNJ (می‌شود), ٔ (خانهٔ), Latin words and Persian digits reading left to right,
nothing printed over anything else, the signature with the end of the body.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from secretariat.kernel.paths import resource_path
from secretariat.kernel.signed_codes import CodeFields, DocumentKind, unsigned_sample
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership._documents import render_cards, render_certificate
from secretariat.membership._paper import CardFacts, card_digest
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
    LONG_ADDRESS,
    LONG_SUBJECT,
    long_letter,
    long_letterhead,
    sample_envelope,
    sample_letter,
    sample_letterhead,
    sample_mixed_register,
    sample_receipt,
    sample_register,
)
from secretariat.printing.rtl import (
    draw_centred,
    draw_left_aligned,
    draw_rtl_line,
    ltr_isolate,
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


def _card(number: str, unit: str, type_name: str, kind: DocumentKind) -> CardFacts:
    """A member's card or certificate facts, with an unsigned sample code."""
    association = "انجمن صنفی کارفرمایی صنایع غذایی، آشامیدنی و بسته‌بندی استان البرز"
    until = date(2026, 3, 20)  # 1404/12/29
    digest = card_digest(unit, "10380284790", "ANJ", type_name)
    return CardFacts(
        number=number, unit_name=unit, national_id="10380284790", association_code="ANJ",
        association_name=association, type_name=type_name, vote=True,
        joined_on=date(2023, 5, 6), valid_until=until,
        org_name="خانه صنعت، معدن و تجارت استان البرز",
        logo=resource_path("icons", "secretariat.png"),
        code=unsigned_sample(CodeFields.of(kind, number, until, digest)))


def _membership() -> dict[str, Callable[[], bytes]]:
    card = DocumentKind.MEMBERSHIP_CARD
    units = ("شرکت تولیدی و صنعتی «فولاد گستر البرز» (سهامی خاص)", "صنایع غذایی مهرگان کرج",
             "شرکت کشت و صنعت دشت نظرآباد", "کارخانهٔ بسته‌بندی آرین پلاست")
    cards = [_card(f"ANJ-{i + 34:04d}", unit, "رسمی", card) for i, unit in enumerate(units)]
    certificate = _card("ANJ-0034", units[0], "رسمی", DocumentKind.CERTIFICATE)
    return {
        "membership-cards-a4": lambda: render_cards(cards, "a4"),
        "membership-card": lambda: render_cards(cards[:1], "card"),
        "membership-certificate-a4": lambda: render_certificate(certificate, date(2025, 5, 6)),
        "membership-certificate-a5": lambda: render_certificate(certificate, date(2025, 5, 6),
                                                                "A5"),
    }


def _documents() -> dict[str, Callable[[], bytes]]:
    """The real documents, rendered from sample data (no database)."""
    head, layout = sample_letterhead(), PrintLayout()
    long_head = long_letterhead()
    long_envelope = replace(
        sample_envelope(), recipient_name="جناب آقای دکتر سید محمدحسین رضایی‌نژاد",
        recipient_lines=("مدیرکل محترم دفتر توسعهٔ صادرات و سرمایه‌گذاری سازمان صنعت، معدن و "
                         "تجارت استان البرز", LONG_ADDRESS))  # fmt: skip
    return {
        "letter-a4": lambda: render_letter(sample_letter(), head, layout),
        "letter-a4-long-values": lambda: render_letter(long_letter(paragraphs=4), long_head,
                                                       layout),
        "letter-a4-three-pages": lambda: render_letter(
            sample_letter(paragraphs=14, classification="محرمانه", urgency="فوری"), head, layout),
        "letter-a5": lambda: render_letter(
            sample_letter(paragraphs=1, body="با سلام، احتراماً جلسه فوراً برگزار شود."),
            long_head, PrintLayout(a5_for_short_letters=True)),
        "letter-draft": lambda: render_letter(
            sample_letter(number=None, draft=True, verification=None), head, layout),
        "letter-cancelled": lambda: render_letter(sample_letter(cancelled=True), head, layout),
        "letter-preprinted": lambda: render_preprinted_letter(
            long_letter(paragraphs=6), PrintLayout(preprinted=True)),
        "calibration": lambda: render_calibration(layout.preprinted_fields),
        "register": lambda: render_register(sample_mixed_register(30)),
        "register-incoming": lambda: render_register(sample_register(12, "وارده")),
        "receipt-a6": lambda: render_receipt(replace(sample_receipt(), subject=LONG_SUBJECT),
                                             "A6"),
        "receipt-roll80": lambda: render_receipt(sample_receipt(), "roll80"),
        "envelope-dl": lambda: render_envelopes([long_envelope], "DL"),
        "envelope-c5": lambda: render_envelopes([sample_envelope()], "C5"),
    }  # fmt: skip


def _png(pdf: Path, out: Path) -> None:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(out / pdf.stem)],
                   check=True)  # fmt: skip


DPI = 90


def main(argv: list[str]) -> int:
    args = [arg for arg in argv[1:] if not arg.startswith("--")]
    keep_pdf = "--pdf" in argv
    out = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "docs" / "samples"
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian poppler-utils): no PNGs can be made", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    register_fonts()
    samples = {
        "rtl-selftest": render_selftest_pdf,
        "rtl-tricky-lines": _tricky_lines,
    }
    with tempfile.TemporaryDirectory() as scratch:
        folder = out if keep_pdf else Path(scratch)
        for name, render in samples.items():
            pdf = folder / f"{name}.pdf"
            render(pdf)
            _png(pdf, out)
        for name, build in (_documents() | _membership()).items():
            pdf = folder / f"{name}.pdf"
            write_pdf(pdf, build())
            _png(pdf, out)
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
