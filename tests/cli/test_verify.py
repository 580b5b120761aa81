"""``secretariat verify``: a printed code checked offline with the exported public key, or
against the register when the data folder is at hand."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from secretariat.kernel import signing
from secretariat.printing.api import codes_in_file
from tests.cli.conftest import Cli, SignIn

ADMIN = SignIn(user="admin", password="admin-password-1")


@pytest.fixture
def printed(initialized_cli: Cli, tmp_path: Path) -> tuple[Cli, Path, Path]:
    """An office that printed one letter, and its exported public key."""
    cli = initialized_cli
    letter = json.dumps({"kind": "outgoing", "subject": "دعوت به نشست", "body": "متن نامه",
                         "recipient": "سازمان صمت", "signatory": "admin"}, ensure_ascii=False)
    added = cli("letter", "add", "--json", "-", stdin=letter, **ADMIN)
    assert added.code == 0, added.err
    pdf = tmp_path / "letter.pdf"
    assert cli("print", "letter", "1", "--out", str(pdf), **ADMIN).code == 0
    pem = tmp_path / "office.pem"
    exported = cli("keys", "public", "--out", str(pem))
    assert exported.code == 0, exported.err
    assert pem.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    return cli, pdf, pem


def test_offline_with_the_public_key_alone(printed: tuple[Cli, Path, Path],
                                           tmp_path: Path) -> None:  # fmt: skip
    _office, pdf, pem = printed
    elsewhere = Cli(tmp_path / "no-database-here")  # a verifier's machine: no data folder
    real = elsewhere("verify", str(pdf), "--public-key", str(pem), "--json")
    assert real.code == 0, real.err
    verdict = real.json()
    assert verdict["valid"] is True and verdict["number"].endswith("/1")
    assert (verdict["digest_matches"], verdict["registered"]) == (None, None)
    assert not (tmp_path / "no-database-here").exists()  # verifying creates no database

    code = _code(pdf)
    forged = code.replace(verdict["date"], "1399/01/01")
    assert forged != code
    refused = elsewhere("verify", forged, "--public-key", str(pem), "--json")
    assert refused.code == 1 and refused.json()["valid"] is False
    assert refused.json()["reason"] == "bad_signature"
    text = elsewhere("verify", forged, "--public-key", str(pem))
    assert text.code == 1 and "ساختگی" in text.out
    missing = elsewhere("verify", code)
    assert missing.code == 1 and "--public-key" in missing.err


def test_a_code_signed_with_another_key(printed: tuple[Cli, Path, Path], tmp_path: Path) -> None:
    """Checked with another office's public key, a real code is not this office's."""
    _office, pdf, _pem = printed
    other = tmp_path / "other-office.pem"
    other.write_text(signing.public_key_pem(signing.public_of(signing.new_private_key())))
    elsewhere = Cli(tmp_path / "no-database-here")
    result = elsewhere("verify", _code(pdf), "--public-key", str(other), "--json")
    assert result.code == 1 and result.json()["valid"] is False
    assert result.json()["reason"] == "unknown_key"
    text = elsewhere("verify", _code(pdf), "--public-key", str(other))
    assert text.code == 1 and "کلید این دبیرخانه نیست" in text.out


def _code(pdf: Path) -> str:
    """The code's text as a phone reads it from the page."""
    (code,) = codes_in_file(pdf)
    return code


def test_against_the_register(printed: tuple[Cli, Path, Path]) -> None:
    office, pdf, _pem = printed
    result = office("verify", str(pdf), "--json")
    assert result.code == 0, result.err
    assert (result.json()["valid"], result.json()["registered"],
            result.json()["digest_matches"]) == (True, True, True)  # fmt: skip
    cancelled = office("letter", "cancel", "1", "--reason", "ثبت تکراری", **ADMIN)
    assert cancelled.code == 0, cancelled.err
    again = office("verify", str(pdf))
    assert again.code == 1 and "ابطال" in again.out


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
                    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)")
def test_a_scan(printed: tuple[Cli, Path, Path], tmp_path: Path) -> None:
    _office, pdf, pem = printed
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "scan")], check=True)  # fmt: skip
    result = Cli(tmp_path / "none")("verify", str(tmp_path / "scan.png"), "--public-key", str(pem),
                                    "--json")  # fmt: skip
    assert result.code == 0, result.err
    assert result.json()["valid"] is True
    # Another reader (ZBar, as in many scanners and phone apps) reads the same text:
    zbar = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "scan.png")],
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert zbar.stdout.strip() == _code(pdf)
