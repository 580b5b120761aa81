"""Iranian identifiers and phone numbers, with the test vectors of docs/identifiers.md."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.ids import (
    check_postal_code,
    is_valid_legal_id,
    is_valid_national_id,
    normalize_landline,
    normalize_mobile,
    validate_economic_code,
    validate_legal_id,
    validate_national_id,
)

VALID_NATIONAL_IDS = ["0499370899", "0790419904", "0084575948"]
INVALID_NATIONAL_IDS = ["0684159415", "0012345678", "3235632189", "1111111111"]
VALID_LEGAL_IDS = ["10380284790", "14101234563", "10862001504"]
INVALID_LEGAL_IDS = ["10380284792", "10380285692", "09748208301"]

GARBAGE = ["", " ", "abc", "-", "۰۴۹۹۳۷۰۸۹x", "0499/370/899", "\x00", "\u200f", "٠٤٩٩٣٧٠٨٩٩٩٩٩٩٩٩"]


@contextmanager
def expect_error(code: str, field: str, value: str) -> Iterator[None]:
    """The block must raise ValidationError with this field, code and value."""
    with pytest.raises(ValidationError) as caught:
        yield
    error = caught.value
    assert (error.field, error.code) == (field, code)
    assert error.params == {"value": value}


# --- کد ملی --------------------------------------------------------------------------


@pytest.mark.parametrize("value", VALID_NATIONAL_IDS)
def test_national_id_valid(value: str) -> None:
    assert validate_national_id(value) == value
    assert is_valid_national_id(value)


@pytest.mark.parametrize("value", INVALID_NATIONAL_IDS)
def test_national_id_invalid(value: str) -> None:
    assert not is_valid_national_id(value)
    with expect_error("invalid_national_id", "national_id", value):
        validate_national_id(value)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("۰۴۹۹۳۷۰۸۹۹", "0499370899"),
        ("٠٤٩٩٣٧٠٨٩٩", "0499370899"),
        ("049-937089-9", "0499370899"),
        (" 049 937 0899 ", "0499370899"),
        ("\u200e0499370899\u200f", "0499370899"),
        ("84575948", "0084575948"),  # 8 digits: leading zeros lost
        ("084575948", "0084575948"),  # 9 digits
        ("499370899", "0499370899"),
        ("۸۴۵۷۵۹۴۸", "0084575948"),
    ],
)
def test_national_id_typed_forms(typed: str, expected: str) -> None:
    assert validate_national_id(typed) == expected


@pytest.mark.parametrize("digit", "0123456789")
def test_national_id_all_same_digits_rejected(digit: str) -> None:
    # All of these pass the checksum; none is a real code.
    assert not is_valid_national_id(digit * 10)
    assert not is_valid_national_id(digit * 8)


@pytest.mark.parametrize("value", [*GARBAGE, "1234567", "04993708990", "0499370898"])
def test_national_id_garbage(value: str) -> None:
    assert not is_valid_national_id(value)
    with expect_error("invalid_national_id", "owner_national_id", value):
        validate_national_id(value, field="owner_national_id")


# --- شناسه ملی -----------------------------------------------------------------------


@pytest.mark.parametrize("value", VALID_LEGAL_IDS)
def test_legal_id_valid(value: str) -> None:
    assert validate_legal_id(value) == value
    assert is_valid_legal_id(value)


@pytest.mark.parametrize("value", INVALID_LEGAL_IDS)
def test_legal_id_invalid(value: str) -> None:
    assert not is_valid_legal_id(value)
    with expect_error("invalid_legal_id", "legal_id", value):
        validate_legal_id(value)


def test_legal_id_typed_forms() -> None:
    assert validate_legal_id("۱۰۳۸۰۲۸۴۷۹۰") == "10380284790"
    assert validate_legal_id("103-8028-4790") == "10380284790"
    assert validate_legal_id(" 1038 0284 790 ") == "10380284790"


@pytest.mark.parametrize(
    "value", [*GARBAGE, "1038028479", "103802847900", "33333333333", "00000000000"]
)
def test_legal_id_garbage(value: str) -> None:
    # 33333333333 passes the checksum arithmetic but is rejected as all-same.
    assert not is_valid_legal_id(value)
    with expect_error("invalid_legal_id", "company_id", value):
        validate_legal_id(value, field="company_id")


# --- کد اقتصادی ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        *[(v, v) for v in VALID_LEGAL_IDS],
        *[(v + "1234", v + "1234") for v in VALID_NATIONAL_IDS],
        ("۰۴۹۹۳۷۰۸۹۹-۰۰۰۱", "04993708990001"),
        ("1038 0284 790", "10380284790"),
    ],
)
def test_economic_code_valid(typed: str, expected: str) -> None:
    assert validate_economic_code(typed) == expected


@pytest.mark.parametrize(
    "value",
    [
        *INVALID_LEGAL_IDS,
        *[v + "0000" for v in INVALID_NATIONAL_IDS],
        *GARBAGE,
        "0499370899",  # a bare national ID is not an economic code
        "049937089912",  # 12 digits (the old scheme) is not accepted
        "0499370899123",
        "049937089912345",
    ],
)
def test_economic_code_invalid(value: str) -> None:
    with expect_error("invalid_economic_code", "economic_code", value):
        validate_economic_code(value)


# --- کد پستی -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3146789541", "3146789541"),
        ("۳۱۴۶۷۸۹۵۴۱", "3146789541"),
        ("31467-89541", "3146789541"),
        (" 31467 89541 ", "3146789541"),
        ("1138913111", "1138913111"),
    ],
)
def test_postal_code_plausible(typed: str, expected: str) -> None:
    assert check_postal_code(typed) == (expected, [])


@pytest.mark.parametrize(
    "value",
    [
        "1234567890",  # 2 and 0 in the first five digits
        "0146789541",  # starts with 0
        "3146589541",  # fifth digit 5
        "3146782541",  # 2 in the last five digits
        "3333789541",  # four equal leading digits
        "1111111111",
        "0000000000",
    ],
)
def test_postal_code_suspicious_is_a_warning(value: str) -> None:
    assert check_postal_code(value) == (value, ["postal_code_suspicious"])


@pytest.mark.parametrize("value", [*GARBAGE, "314678954", "31467895411", "3146a89541"])
def test_postal_code_invalid(value: str) -> None:
    with expect_error("invalid_postal_code", "sender_postal_code", value):
        check_postal_code(value, field="sender_postal_code")


# --- mobile ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "09123456789",
        "9123456789",
        "+989123456789",
        "989123456789",
        "00989123456789",
        "+98 912 345 6789",
        "0912-345-6789",
        "(0912) 345 6789",
        "۰۹۱۲۳۴۵۶۷۸۹",
        "٠٩١٢٣٤٥٦٧٨٩",
        "\u200e+98 912 345 6789\u200f",
    ],
)
def test_mobile_forms(typed: str) -> None:
    assert normalize_mobile(typed) == "09123456789"


@pytest.mark.parametrize(
    "value",
    [
        *GARBAGE,
        "0912345678",  # one digit short
        "091234567890",
        "08123456789",  # not a mobile prefix
        "02632123456",
        "+9809123456789",
        "+99 912 345 6789",
        "09123456789x",
        "+",
    ],
)
def test_mobile_invalid(value: str) -> None:
    with expect_error("invalid_mobile", "mobile", value):
        normalize_mobile(value)


# --- landline --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("02632123456", "02632123456"),
        ("32123456", "02632123456"),  # Alborz local form
        ("۳۲۱۲۳۴۵۶", "02632123456"),
        ("3212-3456", "02632123456"),
        ("026-3212-3456", "02632123456"),
        ("(026) 32123456", "02632123456"),
        ("+98 26 3212 3456", "02632123456"),
        ("+982632123456", "02632123456"),
        ("00982632123456", "02632123456"),
        ("982632123456", "02632123456"),
        ("021 8888 1234", "02188881234"),  # Tehran offices are accepted too
        ("+98 21 8888 1234", "02188881234"),
    ],
)
def test_landline_forms(typed: str, expected: str) -> None:
    assert normalize_landline(typed) == expected


def test_landline_other_default_area() -> None:
    assert normalize_landline("88881234", default_area_code="021") == "02188881234"


@pytest.mark.parametrize(
    "value",
    [
        *GARBAGE,
        "3212345",  # 7 digits
        "321234567",  # 9 digits
        "0263212345",  # 10 digits
        "026321234567",
        "09123456789",  # a mobile number
        "02602123456",  # local number starting with 0
        "00263212345",
        "+98 9 1234 5678",
        "026/32123456",
    ],
)
def test_landline_invalid(value: str) -> None:
    with expect_error("invalid_phone", "phone", value):
        normalize_landline(value)
