"""The print CLI contract: PDFs written where asked, refused (no file) for an invisible letter."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.rtl import visual_line
from tests.cli.conftest import Cli, SignIn
from tests.helpers import today_text
from tests.printing.pdf_inspect import drawn_lines, pdftotext_layout, plain, words

ADMIN = SignIn(user="admin", password="admin-password-1")
CLERK = SignIn(user="clerk1", password="clerk-password-1")
BODY = "نخستین واژه‌های متن نامه. " + "این بند برای پر کردن چند سطر از متن نامه است. " * 12 + \
    "واپسین واژه‌ها"


def add(cli: Cli, obj: dict[str, Any]) -> Any:
    result = cli("letter", "add", "--json", "-", stdin=json.dumps(obj, ensure_ascii=False),
                 **ADMIN)  # fmt: skip
    assert result.code == 0, result.err
    return result.json()


@pytest.fixture
def office(initialized_cli: Cli) -> Cli:
    result = initialized_cli("user", "add", "clerk1", "--role", "clerk", "--clearance", "normal",
                             "--password-stdin", stdin="clerk-password-1\n", **ADMIN)  # fmt: skip
    assert result.code == 0, result.err
    return initialized_cli


@pytest.fixture
def outgoing(office: Cli) -> Any:
    return add(office, {"kind": "outgoing", "subject": "دعوت به جلسه", "body": BODY,
                        "recipient": "سازمان صنعت، معدن و تجارت", "signatory": "admin",
                        "cc": [{"name": "انجمن صنایع غذایی", "purpose": "information"}]})


@pytest.fixture
def secret(office: Cli) -> Any:
    return add(office, {"kind": "incoming", "subject": "خیلی محرمانه", "sender": "فرستنده",
                        "classification": "secret"})


def _line_index(text: str, first: str, second: str) -> int:
    for index, line in enumerate(text.splitlines()):
        if (first, second) in pairwise(words(line)):
            return index
    raise AssertionError(f"{first} {second} not found")


def test_print_letter(office: Cli, outgoing: Any, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = office("print", "letter", outgoing["number"], "--out", str(out), **CLERK)
    assert result.code == 0, result.err
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
    drawn = plain(" ".join(drawn_lines(out)))
    assert plain(visual_line(to_persian_digits(outgoing["number"]))) in drawn
    assert to_persian_digits(today_text()) in drawn
    text = pdftotext_layout(out)
    assert _line_index(text, "نخستین", "واژه‌های") < _line_index(text, "واپسین", "واژه‌ها")


def test_print_letter_preprinted_by_id(office: Cli, outgoing: Any, tmp_path: Path) -> None:
    out = tmp_path / "pre.pdf"
    result = office("print", "letter", str(outgoing["id"]), "--out", str(out), "--preprinted",
                    **ADMIN)  # fmt: skip
    assert result.code == 0, result.err
    assert plain(visual_line("بسمه تعالی")) not in plain(" ".join(drawn_lines(out)))


def test_invisible_letter_refused_and_no_file(office: Cli, secret: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for command in (["letter", secret["number"]], ["receipt", secret["number"]],
                    ["envelope", secret["number"]]):  # fmt: skip
        out = folder / f"{command[0]}.pdf"
        result = office("print", *command, "--out", str(out), **CLERK)
        assert result.code == 1
        assert "پیدا نشد" in result.err
    assert list(folder.iterdir()) == []  # no PDF, no temporary file either


def test_print_register(office: Cli, outgoing: Any, secret: Any, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    result = office("print", "register", "--from", today_text(), "--to", to_persian_digits(today_text()),
                    "--out", str(out), **CLERK)  # fmt: skip
    assert result.code == 0, result.err
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(landscape(A4), abs=0.01)
    drawn = plain(" ".join(drawn_lines(out)))
    assert plain(visual_line(to_persian_digits(outgoing["number"]))) in drawn
    assert plain(visual_line(to_persian_digits(secret["number"]))) not in drawn  # clearance
    kind_out = tmp_path / "incoming.pdf"
    result = office("print", "register", "--from", today_text(), "--to", today_text(), "--kind", "incoming",
                    "--out", str(kind_out), **ADMIN)  # fmt: skip
    assert result.code == 0, result.err
    assert plain(visual_line(to_persian_digits(secret["number"]))) in plain(
        " ".join(drawn_lines(kind_out)))


def test_print_register_bad_date_refused(office: Cli, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = office("print", "register", "--from", "1403/13/01", "--to", today_text(),
                    "--out", str(out), **ADMIN)  # fmt: skip
    assert result.code == 1 and not out.exists()


def test_print_receipt_and_envelopes(office: Cli, outgoing: Any, secret: Any,
                                     tmp_path: Path) -> None:  # fmt: skip
    receipt = tmp_path / "receipt.pdf"
    result = office("print", "receipt", secret["number"], "--out", str(receipt), **ADMIN)
    assert result.code == 0, result.err
    assert len(PdfReader(receipt).pages) == 1
    refused = tmp_path / "not-incoming.pdf"
    result = office("print", "receipt", outgoing["number"], "--out", str(refused), **ADMIN)
    assert result.code == 1 and not refused.exists()
    for size, expected in (("DL", (623.62, 311.81)), ("C5", (649.13, 459.21))):
        out = tmp_path / f"{size}.pdf"
        result = office("print", "envelope", outgoing["number"], "--size", size,
                        "--out", str(out), **CLERK)  # fmt: skip
        assert result.code == 0, result.err
        box = PdfReader(out).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.05)


def test_print_calibration(office: Cli, outgoing: Any, tmp_path: Path) -> None:
    out = tmp_path / "calibration.pdf"
    assert office("print", "calibration", "--out", str(out), **ADMIN).code == 0
    assert len(PdfReader(out).pages) == 1


def test_print_letter_refuses_an_incoming_letter(office: Cli, tmp_path: Path) -> None:
    received = add(office, {"kind": "incoming", "subject": "درخواست تسهیلات",
                            "sender": "شرکت فولاد البرز"})
    out = tmp_path / "incoming.pdf"
    result = office("print", "letter", received["number"], "--out", str(out), **CLERK)
    assert result.code == 1
    assert "وارده" in result.err and f"print receipt {received['number']}" in result.err
    assert not out.exists()
    receipt = office("print", "receipt", received["number"], "--out", str(out), **CLERK)
    assert receipt.code == 0, receipt.err
    assert out.exists()
