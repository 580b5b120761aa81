"""Printed codes checked the way a verifier meets them: read from the PDF, from a crooked scan,
with the public key alone or against the register."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel import signing
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError, ValidationError
from secretariat.printing import api as printing
from secretariat.printing.api import Reason
from tests.helpers import must


@pytest.fixture
def numbered(ctx: AppContext, admin: CurrentUser) -> int:
    return letters.register_letter(ctx, admin, LetterInput(
        kind="outgoing", subject="دعوت به نشست هم‌اندیشی", body="با سلام\nمتن نامه",
        recipients=(PartyInput(name="سازمان صنعت، معدن و تجارت"),), signatory="admin",
    )).id  # fmt: skip


@pytest.fixture
def letter_pdf(ctx: AppContext, admin: CurrentUser, numbered: int, tmp_path: Path) -> Path:
    return printing.save_pdf(printing.letter_pdf(ctx, admin, numbered), tmp_path / "letter.pdf")


@pytest.fixture
def public(ctx: AppContext) -> bytes:
    with ctx.read() as session:
        return must(signing.stored_public_key(session))


def test_a_real_code_is_valid_with_the_public_key_alone(letter_pdf: Path, public: bytes,
                                                        ctx: AppContext, admin: CurrentUser,
                                                        numbered: int) -> None:  # fmt: skip
    (code,) = printing.codes_in_file(letter_pdf)
    offline = printing.verify_code(code, public)  # no database
    number = letters.get_letter(ctx, admin, numbered).number
    assert offline.valid and offline.reason == Reason.SIGNED
    assert (offline.number, offline.kind) == (number, "L")
    assert (offline.registered, offline.digest_matches, offline.cancelled) == (None, None, None)
    with pytest.raises(SecretariatError):  # neither a key nor a database
        printing.verify_code(code)


def test_an_altered_or_forged_code_is_invalid_without_a_database(
    letter_pdf: Path, public: bytes, ctx: AppContext
) -> None:
    (code,) = printing.codes_in_file(letter_pdf)
    parts = code.split(":")  # SMT2, kind, number, date, digest, key id, signature
    year_code, seq = parts[2].rsplit("/", 1)
    parts[2] = f"{year_code}/{int(seq) + 1}"  # the next letter's number
    altered = ":".join(parts)
    for text in (altered, code[:-4] + "AAAA", "SMT1|1405/%D8%B5/1|1405/01/01|0123456789abcdef"):
        verdict = printing.verify_code(text, public)
        assert not verdict.valid
        with_register = printing.verify_code(text, ctx=ctx)  # a forgery is never looked up
        assert not with_register.valid and with_register.registered is None


def test_the_register_tells_a_changed_or_cancelled_letter(
    letter_pdf: Path, ctx: AppContext, admin: CurrentUser, numbered: int
) -> None:
    (code,) = printing.codes_in_file(letter_pdf)
    fine = printing.verify_code(code, ctx=ctx)
    assert (fine.valid, fine.registered, fine.digest_matches, fine.cancelled) == (
        True, True, True, False)
    letters.cancel_letter(ctx, admin, numbered, "ثبت تکراری")
    cancelled = printing.verify_code(code, ctx=ctx)
    assert cancelled.valid and cancelled.digest_matches and cancelled.cancelled


def test_a_receipt_code_names_its_kind(ctx: AppContext, admin: CurrentUser,
                                       tmp_path: Path) -> None:  # fmt: skip
    received = letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="درخواست تسهیلات", sender=PartyInput(name="شرکت فولاد البرز")))
    pdf = printing.save_pdf(printing.receipt_pdf(ctx, admin, received.id, "A6"),
                            tmp_path / "receipt.pdf")  # fmt: skip
    (code,) = printing.codes_in_file(pdf)
    verdict = printing.verify_code(code, ctx=ctx)
    assert (verdict.valid, verdict.kind, verdict.registered, verdict.digest_matches) == (
        True, "R", True, True)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_a_crooked_scan_reads_back(letter_pdf: Path, public: bytes, tmp_path: Path) -> None:
    """As a scanner gives it: 300 dpi, the sheet a little askew, slightly soft, grey, JPEG."""
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(letter_pdf),
                    str(tmp_path / "scan")], check=True)  # fmt: skip
    with Image.open(tmp_path / "scan.png") as page:
        crooked = page.convert("L").rotate(2.5, expand=True, fillcolor=235)
        soft = crooked.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: 30 + v * 0.8)
        soft.save(tmp_path / "scan.png")
        soft.save(tmp_path / "scan.jpg", quality=75)
    for scan in (tmp_path / "scan.png", tmp_path / "scan.jpg"):
        (code,) = printing.codes_in_file(scan)
        assert printing.verify_code(code, public).valid, scan.name


def test_files_without_a_code(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (400, 300), 255).save(blank)
    with pytest.raises(ValidationError) as none:
        printing.codes_in_file(blank)
    assert none.value.code == "no_code_found"
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    with pytest.raises(ValidationError):
        printing.codes_in_file(text)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(ValidationError) as unreadable:
        printing.codes_in_file(broken)
    assert unreadable.value.code == "file_unreadable"
