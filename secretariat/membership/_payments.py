"""Payments: applied to periods (oldest unpaid first unless chosen), a gapless receipt number
per Jalali year (``kernel.counters``, scope ``member_receipt``), never deleted: a reversal
with a reason marks one, audited, and the status follows the money."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session

from secretariat.kernel import audit, counters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.jalali import jalali_year, now_utc, today_tehran
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.membership import _money
from secretariat.membership._dto import (
    MembershipChanged,
    PaymentInfo,
    PaymentInput,
    PaymentResult,
)
from secretariat.membership._lookup import membership_row, payment_infos, payment_row
from secretariat.membership._models import Membership, MembershipPayment, PaymentAllocation
from secretariat.membership._snapshots import allocations_by_payment, payment_snapshot
from secretariat.membership._status import status_of
from secretariat.membership._vocab import MembershipPermission, PaymentMethod

READ, MANAGE = MembershipPermission.READ, MembershipPermission.MANAGE
RECEIPT_SCOPE = "member_receipt"
RECEIPT_FORMAT = "{year}-{seq:05d}"


def record_payment(ctx: AppContext, actor: CurrentUser, ref: str | int, data: PaymentInput
                   ) -> PaymentResult:
    require(actor, MANAGE)
    today = today_tehran()
    if isinstance(data.amount, bool) or not isinstance(data.amount, int) or data.amount <= 0:
        raise ValidationError("amount", "amount_not_positive")
    if data.paid_on > today:
        raise ValidationError("paid_on", "date_in_future")
    method = clean_choice(data.method, PaymentMethod, "method")
    reference = clean_line(data.reference, "reference", 100)
    with ctx.write() as session:
        membership = membership_row(session, ref)
        if membership.terminated_on is not None:
            raise ValidationError("membership", "membership_terminated",
                                  number=membership.number)
        periods = _money.periods_of(session, membership.id)
        parts = _money.split_payment(periods, data.amount, data.period_ids)
        year = jalali_year(data.paid_on)
        seq = counters.allocate(session, RECEIPT_SCOPE, year)
        payment = MembershipPayment(
            membership_id=membership.id, receipt_year=year, receipt_seq=seq,
            receipt=counters.format_number(RECEIPT_FORMAT, year=year, seq=seq),
            amount=data.amount, paid_on=data.paid_on, method=method, reference=reference,
            created_at=now_utc().replace(microsecond=0), created_by=actor.username)
        session.add(payment)
        session.flush()
        session.execute(insert(table_of(PaymentAllocation)), [
            {"payment_id": payment.id, "period_id": period.id, "amount": amount}
            for period, amount in parts])
        audit.record(session, actor, "create", "membership_payment", payment.id, None,
                     payment_snapshot(payment, [(p.id, a) for p, a in parts]))
        return _finish(ctx, session, actor, membership, payment, today)


def _finish(ctx: AppContext, session: Session, actor: CurrentUser, membership: Membership,
            payment: MembershipPayment, today: date) -> PaymentResult:
    """The derived columns follow the money; the event; what the payment left owed."""
    periods = _money.refresh(session, membership)
    ctx.emit(MembershipChanged(membership.id, membership.unit_id), actor)
    info = payment_infos(session, [payment], membership.number)[0]
    arrears = _money.arrears_of([_money.money_of(p) for p in periods], today)
    return PaymentResult(info, arrears, status_of(session, membership.id, today))


def reverse_payment(ctx: AppContext, actor: CurrentUser, ref: str | int, reason: str
                    ) -> PaymentResult:
    """Reverse a payment (it stays, marked, with who, when and why); the periods it paid
    are owed again."""
    require(actor, MANAGE)
    text = clean_block(reason, "reason", 2000)
    if not text:
        raise ValidationError("reason", "required")
    with ctx.write() as session:
        payment = payment_row(session, ref)
        if payment.reversed_at is not None:
            raise Conflict("payment_already_reversed", receipt=payment.receipt)
        allocations = allocations_by_payment(session, [payment.id]).get(payment.id, [])
        before = payment_snapshot(payment, allocations)
        payment.reversed_at = now_utc().replace(microsecond=0)
        payment.reversed_by = actor.username
        payment.reversal_reason = text
        session.flush()
        audit.record(session, actor, "reverse", "membership_payment", payment.id, before,
                     payment_snapshot(payment, allocations))
        membership = session.get(Membership, payment.membership_id)
        assert membership is not None
        return _finish(ctx, session, actor, membership, payment, today_tehran())


def get_payment(ctx: AppContext, actor: CurrentUser, ref: str | int) -> PaymentInfo:
    require(actor, READ)
    with ctx.read() as session:
        payment = payment_row(session, ref)
        membership = session.get(Membership, payment.membership_id)
        assert membership is not None
        return payment_infos(session, [payment], membership.number)[0]
