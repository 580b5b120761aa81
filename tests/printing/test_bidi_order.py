"""Display order of one line: the Rust engine's order, plus the mirroring it leaves out."""

from __future__ import annotations

import pytest
from bidi import get_display
from bidi.mirror import MIRRORED

from secretariat.printing.bidi_order import DRAWN_MIRROR_OF, display_order, shown

SAMPLES = [
    "",
    "abc",
    "سلام",
    "نامهٔ شماره ۱۲۵ مورخ ۱۴۰۳/۰۲/۱۵",
    "پیوست (دو برگ) و «جهت اقدام»",
    "فایل Microsoft Word (docx) ارسال شد",
    "سامانه ERP و CRM",
    "شمارهٔ ۱۴۰۳/ص/۱۲۵ ثبت شد",
    "ارجاع می‌شود.",
    "(۱۲۳)",
    "a (b) c",
    "f(x) = 2 در متن",
    "نسخهٔ 2.0 (beta) منتشر شد.",
    "  فاصله در پایان  ",
    "[الف] {ب} <ج>",
]

# Canonical bracket: both members of a mirror pair map to one character, so the
# order check below ignores which of the pair was drawn.
_CANONICAL = {ord(char): min(char, mirror) for char, mirror in MIRRORED.items()} | {
    code: min(char, mirror) for code, (char, mirror) in DRAWN_MIRROR_OF.items()}


@pytest.mark.parametrize("text", SAMPLES)
def test_order_matches_the_rust_engine(text: str) -> None:
    ours = display_order(text).translate(_CANONICAL)
    engine = get_display(text, base_dir="R").translate(_CANONICAL)
    assert ours == engine


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("(الف)", "(فلا)"),
        ("«فوری»", "«یروف»"),
        ("پیوست (دو برگ)", "(گرب ود) تسویپ"),
        ("[ب] و {ج}", "{ج} و [ب]"),
        ("(۱۲۳)", "(۱۲۳)"),
    ],
)
def test_brackets_in_right_to_left_runs_are_mirrored(logical: str, visual: str) -> None:
    assert shown(display_order(logical)) == visual


def test_a_mirrored_bracket_is_drawn_as_its_own_code_point() -> None:
    """Drawn with the mirror's glyph, it keeps its own character for the text layer."""
    drawn = display_order("(دو برگ)")
    first, last = drawn[0], drawn[-1]  # left to right: the glyph of «(» (for «)»), then of «)»
    assert DRAWN_MIRROR_OF[ord(first)] == (")", "(")
    assert DRAWN_MIRROR_OF[ord(last)] == ("(", ")")
    # In a word with a Latin letter pdftotext keeps the drawn order: there the glyph's
    # own character is drawn.
    assert display_order("نسخهٔ (beta) منتشر شد") == "دش رشتنم (beta) ٔهخسن"


def test_bracket_pair_around_latin_stays_with_the_latin_run() -> None:
    # Rule N0: without it "(docx)" splits and its halves land on opposite sides.
    assert display_order("فایل Word (docx) ارسال") == "لاسرا Word (docx) لیاف"


def test_latin_brackets_are_not_mirrored() -> None:
    assert display_order("a (b) c") == "a (b) c"


def test_numbers_and_dates_read_left_to_right() -> None:
    assert display_order("تاریخ ۱۴۰۳/۰۲/۱۵") == "۱۴۰۳/۰۲/۱۵ خیرات"
    assert display_order("مبلغ 1250 ریال") == "لایر 1250 غلبم"


def test_zwnj_and_marks_survive() -> None:
    visual = display_order("می‌شود خانهٔ")
    assert "\u200c" in visual
    assert "\u0654" in visual


def test_one_line_only() -> None:
    with pytest.raises(ValueError):
        display_order("سطر\nدوم")
