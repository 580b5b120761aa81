"""Digit conversion between ASCII, Persian (۰-۹) and Arabic-Indic (٠-٩).

Everything is stored with ASCII digits and shown with Persian digits. Only the
digits change: separators such as «/», «.», «,», «٫» and «٬» are left exactly as
they are, so a caller decides how numbers are grouped.
"""

from __future__ import annotations

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"

_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2)
# Arabic-Indic digits are shown as Persian too: «٤» and «۴» look different and
# a Persian reader expects the Persian shapes.
_TO_PERSIAN = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)


def to_ascii_digits(s: str) -> str:
    """Replace Persian and Arabic-Indic digits with 0-9; nothing else changes."""
    return s.translate(_TO_ASCII)


def to_persian_digits(s: str) -> str:
    """Replace ASCII (and Arabic-Indic) digits with ۰-۹; nothing else changes."""
    return s.translate(_TO_PERSIAN)
