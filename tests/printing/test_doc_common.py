"""Small shared pieces: digits in running text, atomic PDF writing, the verification string."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secretariat.printing.documents.common import text_digits, write_pdf
from secretariat.printing.documents.verification import (
    content_hash,
    parse_verification,
    verification_string,
)


def test_text_digits_leave_latin_tokens_alone() -> None:
    text = "نامه 125 به info2@example.org و ISO9001 در 1403/02/15\nسطر 2"
    assert text_digits(text) == (
        "نامه ۱۲۵ به info2@example.org و ISO9001 در ۱۴۰۳/۰۲/۱۵\nسطر ۲")


def test_write_pdf_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_pdf(target, b"%PDF-first")
    write_pdf(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_write_pdf_failure_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(tmp_path / "missing-folder" / "out.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_verification_string_is_ascii_and_round_trips() -> None:
    digest = content_hash("1403/ص/125", date(2024, 5, 4), "موضوع", "متن", ["گیرنده"], [], "امضا")
    code = verification_string("1403/ص/125", date(2024, 5, 4), digest)
    assert code.isascii() and code.startswith("SMT1|") and "|1403/02/15|" in code
    parsed = parse_verification(code)
    assert parsed is not None
    assert (parsed.number, parsed.date_text, parsed.content_hash) == (
        "1403/ص/125", "1403/02/15", digest)
    assert parse_verification("SMT2|x|y|z") is None
    assert parse_verification("hello") is None
    other = content_hash("1403/ص/125", date(2024, 5, 4), "موضوع", "متن دیگر", ["گیرنده"], [],
                         "امضا")  # fmt: skip
    assert other != digest
