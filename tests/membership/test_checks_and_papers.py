"""``check`` over membership, cards only for active members, and the PDFs' words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.membership import api as membership
from secretariat.membership.api import PaymentInput
from tests.membership.support import ENTRY, YEARLY, association, unit, yearly_type
from tests.printing.pdf_inspect import pdftotext_layout, words


class Printed:
    """The words a PDF shows (poppler's text, letters folded, order and punctuation aside)."""

    def __init__(self, data: bytes, tmp_path: Path) -> None:
        pdf = tmp_path / "doc.pdf"
        pdf.write_bytes(data)
        self.words = words(pdftotext_layout(pdf))
        self.text = " ".join(self.words)

    def __contains__(self, phrase: str) -> bool:
        return all(word in self.text for word in words(phrase))

    def count(self, word: str) -> int:
        return self.text.count(word)


def _pdf_text(data: bytes, tmp_path: Path) -> Printed:
    return Printed(data, tmp_path)


@pytest.fixture
def paid(ctx: AppContext, admin: CurrentUser) -> membership.PaymentResult:
    association(ctx, admin)
    yearly_type(ctx, admin)
    joined = membership.join(ctx, admin, unit(ctx, admin).id, "ANJ", "رسمی", today_tehran())
    return membership.record_payment(ctx, admin, joined.number, PaymentInput(
        amount=ENTRY + YEARLY, paid_on=today_tehran(), method="slip", reference="778899"))


def test_check_is_clean_then_catches_a_payment_edited_outside(
        ctx: AppContext, admin: CurrentUser, paid: membership.PaymentResult) -> None:
    membership.reverse_payment(ctx, admin, paid.payment.receipt, "آزمایش")
    membership.record_payment(ctx, admin, "ANJ-0001", PaymentInput(
        amount=ENTRY, paid_on=today_tehran()))
    report = run_check(ctx, admin)
    assert report.problems == []
    assert {"membership_money", "membership_counters", "membership_files"} <= set(report.checks)
    raw = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    raw.execute("UPDATE membership_payments SET amount = amount * 10 WHERE id = 2")
    raw.commit()
    raw.close()
    codes = {p.code for p in run_check(ctx, admin).problems}
    assert {"allocation_mismatch", "record_changed_outside"} <= codes


def test_check_catches_paid_edited_and_a_number_gap(
        ctx: AppContext, admin: CurrentUser, paid: membership.PaymentResult) -> None:
    raw = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    raw.execute("UPDATE membership_periods SET paid = 0")
    raw.execute("UPDATE counters SET last = last + 1 WHERE scope = 'member_receipt'")
    raw.commit()
    raw.close()
    codes = {p.code for p in run_check(ctx, admin).problems}
    assert {"period_paid_mismatch", "receipt_counter_mismatch"} <= codes


def test_a_card_only_for_an_active_membership(ctx: AppContext, admin: CurrentUser,
                                              tmp_path: Path) -> None:
    association(ctx, admin)
    yearly_type(ctx, admin)
    joined = membership.join(ctx, admin, unit(ctx, admin).id, "ANJ", "رسمی", today_tehran())
    with pytest.raises(ValidationError) as refused:
        membership.card_pdf(ctx, admin, [joined.number])
    assert refused.value.code == "card_not_active"
    assert "در انتظار پرداخت" in str(refused.value)
    with pytest.raises(ValidationError):
        membership.certificate_pdf(ctx, admin, joined.number)


def test_card_certificate_and_receipt_say_what_the_register_says(
        ctx: AppContext, admin: CurrentUser, paid: membership.PaymentResult,
        tmp_path: Path) -> None:
    detail = membership.get_membership(ctx, admin, "ANJ-0001")
    assert detail.valid_until is not None
    until = format_jalali(detail.valid_until)
    card = _pdf_text(membership.card_pdf(ctx, admin, ["ANJ-0001"], "card"), tmp_path)
    for phrase in ("ANJ-0001", until, "انجمن صنایع غذایی استان البرز", "کارت عضویت", "رسمی"):
        assert phrase in card, " ".join(card.words)
    sheet = _pdf_text(membership.card_pdf(ctx, admin, ["ANJ-0001", "ANJ-0001"]), tmp_path)
    assert sheet.count("ANJ-0001") == 2
    certificate = _pdf_text(membership.certificate_pdf(ctx, admin, "ANJ-0001", "A5"),
                            tmp_path)
    assert "گواهی عضویت" in certificate and until in certificate
    receipt = _pdf_text(membership.receipt_pdf(ctx, admin, paid.payment.receipt), tmp_path)
    assert "۱۷٬۰۰۰٬۰۰۰ ریال" in receipt and "رسید پرداخت حق عضویت" in receipt
    membership.set_amount_unit(ctx, admin, "toman")
    membership.reverse_payment(ctx, admin, paid.payment.receipt, "اشتباه در ثبت")
    reversed_ = _pdf_text(membership.receipt_pdf(ctx, admin, paid.payment.receipt), tmp_path)
    assert "۱٬۷۰۰٬۰۰۰ تومان" in reversed_ and "اشتباه در ثبت" in reversed_


def test_check_finds_a_unit_document_gone(ctx: AppContext, admin: CurrentUser,
                                          tmp_path: Path) -> None:
    u = unit(ctx, admin)
    scan = tmp_path / "licence.pdf"
    scan.write_bytes(b"%PDF-1.4 licence")
    document = membership.attach_documents(ctx, admin, u.id, "licence", [scan])[0]
    assert run_check(ctx, admin).problems == []
    membership.document_file(ctx, admin, document.id).unlink()
    problems = run_check(ctx, admin).problems
    assert [(p.code, p.params["name"]) for p in problems] == [
        ("unit_document_missing", "licence.pdf")]
