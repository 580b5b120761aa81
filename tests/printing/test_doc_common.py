"""Small shared pieces: digits in running text, atomic PDF writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.printing.documents.common import text_digits, write_pdf


def test_text_digits_leave_latin_tokens_alone() -> None:
    text = "نامه 125 به info2@example.org و ISO9001 در 1403/02/15\nسطر 2، تلفن 026-3221 (ISO-9001)"
    # Digits joined by a hyphen or a slash are isolated left to right; Latin tokens untouched.
    assert text_digits(text) == (
        "نامه ۱۲۵ به info2@example.org و ISO9001 در \u2066۱۴۰۳/۰۲/۱۵\u2069\nسطر ۲، تلفن "
        "\u2066۰۲۶-۳۲۲۱\u2069 (ISO-9001)")


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
