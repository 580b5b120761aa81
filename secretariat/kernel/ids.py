"""Validators for Iranian identifiers and phone numbers.

Each validator accepts what people type (Persian or ASCII digits, spaces,
dashes, an invisible bidi mark from a paste) and returns the canonical form
with ASCII digits, or raises ``ValidationError(field, code, value=...)``.
The rules and their test vectors are in docs/identifiers.md.
"""

from __future__ import annotations

import re

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import remove_invisible_marks

# Grouping characters people type inside numbers: spaces, dashes, dots,
# brackets. Everything else (letters, slashes, ...) makes the input invalid.
_GROUPING = re.compile(r"[\s\-‐‑‒–—_.()]+")
_ALL_DIGITS = re.compile(r"[0-9]+")


def _clean_number(value: str) -> str:
    """ASCII digits with grouping removed; may still contain other characters."""
    return _GROUPING.sub("", to_ascii_digits(remove_invisible_marks(value)))


def _all_same(digits: str) -> bool:
    return len(set(digits)) == 1


# --- کد ملی (national ID of a natural person) -----------------------------------


def _national_id_checksum_ok(digits: str) -> bool:
    total = sum(int(digits[i]) * (10 - i) for i in range(9))
    remainder = total % 11
    check = remainder if remainder < 2 else 11 - remainder
    return int(digits[9]) == check


def _as_national_id(value: str) -> str | None:
    digits = _clean_number(value)
    if not _ALL_DIGITS.fullmatch(digits) or not 8 <= len(digits) <= 10:
        return None
    # Leading zeros are often lost when the code went through a spreadsheet.
    digits = digits.zfill(10)
    # Every all-same code passes the checksum, yet none is ever issued.
    if _all_same(digits) or not _national_id_checksum_ok(digits):
        return None
    return digits


def validate_national_id(value: str, field: str = "national_id") -> str:
    """10 ASCII digits of a valid کد ملی, or ValidationError "invalid_national_id"."""
    digits = _as_national_id(value)
    if digits is None:
        raise ValidationError(field, "invalid_national_id", value=value)
    return digits


def is_valid_national_id(value: str) -> bool:
    return _as_national_id(value) is not None


# --- شناسه ملی (national ID of a legal person) ----------------------------------

_LEGAL_ID_WEIGHTS = (29, 27, 23, 19, 17)


def _legal_id_checksum_ok(digits: str) -> bool:
    offset = int(digits[9]) + 2
    total = sum((offset + int(digits[i])) * _LEGAL_ID_WEIGHTS[i % 5] for i in range(10))
    remainder = total % 11
    return (0 if remainder == 10 else remainder) == int(digits[10])


def _as_legal_id(digits: str) -> str | None:
    if len(digits) != 11 or not _ALL_DIGITS.fullmatch(digits):
        return None
    # 33333333333 passes the checksum; no such number is issued.
    if _all_same(digits) or not _legal_id_checksum_ok(digits):
        return None
    return digits


def validate_legal_id(value: str, field: str = "legal_id") -> str:
    """11 ASCII digits of a valid شناسه ملی, or ValidationError "invalid_legal_id"."""
    digits = _as_legal_id(_clean_number(value))
    if digits is None:
        raise ValidationError(field, "invalid_legal_id", value=value)
    return digits


def is_valid_legal_id(value: str) -> bool:
    return _as_legal_id(_clean_number(value)) is not None


# --- کد اقتصادی (economic code, new rule) -----------------------------------------


def validate_economic_code(value: str, field: str = "economic_code") -> str:
    """A legal person's 11-digit شناسه ملی, or a natural person's 14 digits
    (کد ملی + 4 digits). ValidationError "invalid_economic_code" otherwise.
    """
    digits = _clean_number(value)
    if _ALL_DIGITS.fullmatch(digits):
        if len(digits) == 11 and _as_legal_id(digits) is not None:
            return digits
        if len(digits) == 14 and _as_national_id(digits[:10]) is not None:
            return digits
    raise ValidationError(field, "invalid_economic_code", value=value)


# --- کد پستی (postal code) -----------------------------------------------------------

# The format rule Iran Post publishes for its 10-digit codes: the first five
# digits (the delivery area) never contain 0 or 2 and the fifth is never 5,
# the last five never contain 2, and no code starts with four equal digits.
# It is a plausibility check only, so breaking it is a warning, not an error.
_POSTAL_CODE_RULE = re.compile(r"(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}")

POSTAL_CODE_SUSPICIOUS = "postal_code_suspicious"


def check_postal_code(value: str, field: str = "postal_code") -> tuple[str, list[str]]:
    """(10 ASCII digits, warning codes). Raises "invalid_postal_code" only when
    the input is not 10 digits; a code that breaks Iran Post's format rule is
    returned with the warning "postal_code_suspicious".
    """
    digits = _clean_number(value)
    if len(digits) != 10 or not _ALL_DIGITS.fullmatch(digits):
        raise ValidationError(field, "invalid_postal_code", value=value)
    warnings: list[str] = []
    if not _POSTAL_CODE_RULE.fullmatch(digits):
        warnings.append(POSTAL_CODE_SUSPICIOUS)
    return digits, warnings


# --- phone numbers ------------------------------------------------------------------

_MOBILE = re.compile(r"(?:\+98|98|0098|0)?(9[0-9]{9})")

ALBORZ_AREA_CODE = "026"
# Landline: 0 + two-digit area code (first digit 1-8; 09 is mobile) + 8 digits.
_LANDLINE = re.compile(r"(?:\+98|0098|98|0)([1-8][0-9])([1-9][0-9]{7})")
_LOCAL_NUMBER = re.compile(r"[1-9][0-9]{7}")


def normalize_mobile(value: str, field: str = "mobile") -> str:
    """Mobile number as 09XXXXXXXXX, or ValidationError "invalid_mobile".

    Accepts the forms +98 9.., 0098 9.., 98 9.., 09.. and 9.. (ten digits after
    the prefix, the first being 9).
    """
    match = _MOBILE.fullmatch(_clean_number(value))
    if match is None:
        raise ValidationError(field, "invalid_mobile", value=value)
    return "0" + match[1]


def normalize_landline(
    value: str, field: str = "phone", default_area_code: str = ALBORZ_AREA_CODE
) -> str:
    """Landline as 0AAXXXXXXXX (11 digits), or ValidationError "invalid_phone".

    An 8-digit local number gets ``default_area_code`` (Alborz, 026). Numbers
    with another province's area code (021 for Tehran, ...) are accepted too:
    the secretariat writes to offices all over the country.
    """
    digits = _clean_number(value)
    if _LOCAL_NUMBER.fullmatch(digits):
        digits = default_area_code + digits
    match = _LANDLINE.fullmatch(digits)
    if match is None:
        raise ValidationError(field, "invalid_phone", value=value)
    return f"0{match[1]}{match[2]}"


# --- addresses -----------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def is_email(value: str) -> bool:
    """A plausible e-mail address: one «@», a dot in the domain, no spaces."""
    return _EMAIL.fullmatch(value) is not None
