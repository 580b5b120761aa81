"""Membership cards and certificates carry the same signed QR code as letters: read back from
the printed PDF (and a scan of it), valid offline with the public key alone, compared with
the register when a database is at hand; an altered or forged code is invalid."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from secretariat.kernel import signed_codes, signing
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import PaymentInput, Status
from secretariat.printing import api as printing
from secretariat.printing.api import Reason
from tests.helpers import must
from tests.membership.support import ENTRY, YEARLY, association, unit, yearly_type


@pytest.fixture
def paid(ctx: AppContext, admin: CurrentUser) -> membership.PaymentResult:
    association(ctx, admin)
    yearly_type(ctx, admin)
    joined = membership.join(ctx, admin, unit(ctx, admin).id, "ANJ", "رسمی", today_tehran())
    return membership.record_payment(ctx, admin, joined.number, PaymentInput(
        amount=ENTRY + YEARLY, paid_on=today_tehran(), method="slip", reference="778899"))


@pytest.fixture
def public(ctx: AppContext) -> bytes:
    with ctx.read() as session:
        return must(signing.stored_public_key(session))


def _code_of(data: bytes, path: Path) -> str:
    """The code as a reader gets it from the printed page (zxing-cpp on the rendered PDF)."""
    path.write_bytes(data)
    (code,) = printing.codes_in_file(path)
    return code


@pytest.mark.usefixtures("paid")
def test_a_printed_card_and_certificate_verify_offline_and_against_the_register(
        ctx: AppContext, admin: CurrentUser, public: bytes, tmp_path: Path) -> None:
    detail = membership.get_membership(ctx, admin, "ANJ-0001")
    until = format_jalali(must(detail.valid_until), persian=False)
    card = _code_of(membership.card_pdf(ctx, admin, ["ANJ-0001"]), tmp_path / "card.pdf")
    certificate = _code_of(membership.certificate_pdf(ctx, admin, "ANJ-0001", "A5"),
                           tmp_path / "certificate.pdf")
    for code, kind in ((card, "M"), (certificate, "C")):
        assert code.startswith(f"SMT2:{kind}:ANJ-0001:{until}:")
        offline = printing.verify_code(code, public)  # no database
        assert (offline.valid, offline.reason, offline.kind) == (True, Reason.SIGNED, kind)
        assert (offline.number, offline.date) == ("ANJ-0001", until)
        assert (offline.registered, offline.in_force) == (None, None)
        found = printing.verify_code(code, ctx=ctx)
        assert (found.registered, found.digest_matches, found.in_force) == (True, True, True)
        assert found.status == Status.label_of(Status.ACTIVE)
    assert membership.verify_card(ctx, admin, card).matches


@pytest.mark.usefixtures("paid")
def test_an_altered_or_forged_card_code_is_invalid(ctx: AppContext, admin: CurrentUser,
                                                   public: bytes, tmp_path: Path) -> None:
    code = _code_of(membership.card_pdf(ctx, admin, ["ANJ-0001"]), tmp_path / "card.pdf")
    parts = code.split(":")  # SMT2, kind, number, valid until, digest, key id, signature
    later = [*parts[:3], "1499/12/29", *parts[4:]]  # valid for longer
    other = [*parts[:2], "ANJ-0002", *parts[3:]]  # another membership's number
    as_certificate = [parts[0], "C", *parts[2:]]
    # A forger's own code: the right shape and our key id, signed with another key.
    fields = signed_codes.CodeFields("M", "ANJ-0001", "1499/12/29", parts[4])
    forger = Ed25519PrivateKey.from_private_bytes(signing.new_private_key())
    message = fields.message(signed_codes.key_id(public))
    forged = message.decode() + ":" + base64.b32encode(forger.sign(message)).decode().rstrip("=")
    for text in (":".join(later), ":".join(other), ":".join(as_certificate), forged):
        offline = printing.verify_code(text, public)
        assert not offline.valid and offline.reason == Reason.BAD_SIGNATURE, text
        looked_up = printing.verify_code(text, ctx=ctx)  # a forgery is never looked up
        assert not looked_up.valid and looked_up.registered is None
        with pytest.raises(ValidationError) as refused:
            membership.verify_card(ctx, admin, text)
        assert refused.value.code == "card_code_not_genuine"


def test_an_old_unsigned_card_code_is_reported_not_crashed(ctx: AppContext, admin: CurrentUser,
                                                           public: bytes) -> None:
    old = "SMT1M|ANJ-0001|1404/12/29|0123456789abcdef"
    verdict = printing.verify_code(old, public)
    assert (verdict.valid, verdict.reason, verdict.kind) == (False, Reason.UNSIGNED, "M")
    assert printing.verify_code(old, ctx=ctx).registered is None
    with pytest.raises(ValidationError) as refused:
        membership.verify_card(ctx, admin, old)
    assert refused.value.code == "unsigned_card_code"


def test_the_register_tells_a_card_no_longer_in_force(
        ctx: AppContext, admin: CurrentUser, paid: membership.PaymentResult,
        tmp_path: Path) -> None:
    code = _code_of(membership.card_pdf(ctx, admin, ["ANJ-0001"]), tmp_path / "card.pdf")
    membership.reverse_payment(ctx, admin, paid.payment.receipt, "چک برگشتی")
    after = printing.verify_code(code, ctx=ctx)
    assert after.valid and after.registered and after.in_force is False
    assert after.status == Status.label_of(Status.PENDING)
    assert not membership.verify_card(ctx, admin, code).matches


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.usefixtures("paid")
def test_a_scanned_card_reads_back(ctx: AppContext, admin: CurrentUser, public: bytes,
                                   tmp_path: Path) -> None:
    """A card sheet scanned at 300 dpi: the code, 17 mm on a CR80 card, still reads."""
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(membership.card_pdf(ctx, admin, ["ANJ-0001"], "card"))
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "scan")], check=True)  # fmt: skip
    (code,) = printing.codes_in_file(tmp_path / "scan.png")
    assert printing.verify_code(code, public).valid
