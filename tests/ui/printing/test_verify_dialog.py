"""Tools ▸ Verify a printed code: pasted text or a PDF, told genuine, forged or unknown key."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel import signed_codes, signing
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.printing import api as printing
from secretariat.printing.api import Reason
from ui.printing.verify_dialog import Checked, VerifyDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def letter_pdf(ctx: AppContext, admin: CurrentUser, tmp_path: Path) -> Path:
    letter = letters.register_letter(ctx, admin, LetterInput(
        kind="outgoing", subject="پاسخ درخواست کارت عضویت", body="متن نامه",
        recipients=(PartyInput(name="شرکت نمونه"),), signatory="admin",
    ))  # fmt: skip
    return printing.save_pdf(printing.letter_pdf(ctx, admin, letter.id), tmp_path / "letter.pdf")


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> VerifyDialog:
    verify = VerifyDialog(ctx)
    qtbot.addWidget(verify)
    verify.show()
    return verify


def _verify(qtbot: QtBot, dialog: VerifyDialog) -> Checked:
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as signal:
        dialog.verify_button.click()
    result: Checked = signal.args[0]
    return result


def test_a_pdf_is_genuine(qtbot: QtBot, dialog: VerifyDialog, letter_pdf: Path) -> None:
    dialog.set_file(letter_pdf)
    result = _verify(qtbot, dialog)
    assert result.verdict.valid and result.verdict.digest_matches
    assert dialog.result_box.isVisible()
    assert "✔" in dialog.verdict.text()
    assert dialog.number.text().endswith("۱")  # Persian digits
    assert dialog.reason.text() == Reason.SIGNED.label


def test_pasted_altered_and_foreign_codes(qtbot: QtBot, dialog: VerifyDialog, ctx: AppContext,
                                          letter_pdf: Path) -> None:  # fmt: skip
    (code,) = printing.codes_in_file(letter_pdf)
    altered = code.replace(":L:", ":R:")
    dialog.text.setPlainText(altered)
    result = _verify(qtbot, dialog)
    assert not result.verdict.valid and result.verdict.reason == Reason.BAD_SIGNATURE
    assert "✖" in dialog.verdict.text() and dialog.reason.text() == Reason.BAD_SIGNATURE.label

    # A code made with someone else's key (their own key id) is told apart from an altered one:
    other = Ed25519PrivateKey.generate()
    fields = must_parse(code)
    public = other.public_key().public_bytes_raw()
    message = fields.message(signed_codes.key_id(public))
    signature = base64.b32encode(other.sign(message)).decode().rstrip("=")
    dialog.text.setPlainText(message.decode() + ":" + signature)
    result = _verify(qtbot, dialog)
    assert result.verdict.reason == Reason.UNKNOWN_KEY
    assert dialog.reason.text() == Reason.UNKNOWN_KEY.label
    assert dialog.register.text() != ""
    assert signing.database_public_key(ctx) != public


def must_parse(code: str) -> signed_codes.CodeFields:
    parsed = signed_codes.parse_code(code)
    assert parsed is not None
    return parsed.fields


def test_a_file_without_a_code_is_said_on_the_form(qtbot: QtBot, dialog: VerifyDialog,
                                                   tmp_path: Path) -> None:  # fmt: skip
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    dialog.set_file(text)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.errors.has_error("file"), timeout=20_000)
    assert "PDF" in dialog.errors.field_text("file")
    assert not dialog.result_box.isVisible()
    assert dialog.verify_button.isEnabled()


def test_a_membership_card_pdf_is_genuine_and_says_its_status(
        qtbot: QtBot, dialog: VerifyDialog, ctx: AppContext, admin: CurrentUser,
        tmp_path: Path) -> None:  # fmt: skip
    from secretariat.kernel.jalali import today_tehran
    from secretariat.membership import api as membership
    from secretariat.membership.api import PaymentInput, Status
    from tests.membership.support import ENTRY, YEARLY, association, unit, yearly_type

    association(ctx, admin)
    yearly_type(ctx, admin)
    joined = membership.join(ctx, admin, unit(ctx, admin).id, "ANJ", "رسمی", today_tehran())
    membership.record_payment(ctx, admin, joined.number, PaymentInput(
        amount=ENTRY + YEARLY, paid_on=today_tehran()))
    card = tmp_path / "card.pdf"
    card.write_bytes(membership.card_pdf(ctx, admin, [joined.number]))
    dialog.set_file(card)
    result = _verify(qtbot, dialog)
    assert (result.verdict.valid, result.verdict.kind, result.verdict.in_force) == (True, "M",
                                                                                     True)
    assert "✔" in dialog.verdict.text()
    assert Status.label_of(Status.ACTIVE) in dialog.register.text()
    assert dialog.date_label.text() == dialog.tr("Valid until:")
    assert dialog.number.text().endswith("ANJ-0001")  # as the card prints it
    dialog.grab().save(str(tmp_path / "verify-card.png"))
