"""Digit conversion between ASCII, Persian and Arabic-Indic digits."""

from __future__ import annotations

import pytest

from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("0123456789", "0123456789"),
        ("نامه ۱۴۰۳/ص/۱۲۵", "نامه 1403/ص/125"),
        ("۱۲٬۳۴۵٫۶۷", "12٬345٫67"),  # separators stay as typed
        ("1,234.5", "1,234.5"),
        ("", ""),
        ("بدون رقم", "بدون رقم"),
    ],
)
def test_to_ascii_digits(text: str, expected: str) -> None:
    assert to_ascii_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
        ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"),  # Arabic-Indic shapes become Persian
        ("1403/12/30", "۱۴۰۳/۱۲/۳۰"),
        ("1,234.5", "۱,۲۳۴.۵"),  # separators are not touched
        ("14:05", "۱۴:۰۵"),
        ("ABC", "ABC"),
        ("", ""),
    ],
)
def test_to_persian_digits(text: str, expected: str) -> None:
    assert to_persian_digits(text) == expected


def test_round_trip() -> None:
    for number in range(0, 100_000, 37):
        text = str(number)
        assert to_ascii_digits(to_persian_digits(text)) == text
