"""Money: applying a payment to periods, and the derived columns that follow the money.

``refresh`` recomputes, for one membership, each period's ``paid`` (the live, not reversed,
payments applied to it) and the membership's ``first_unpaid_start`` and ``paid_through``.
It runs in every transaction that adds a period or a payment or reverses one; ``check``
recomputes the same from the rows and reports any difference (an edit made outside).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.kernel.errors import ValidationError
from secretariat.membership._models import (
    Membership,
    MembershipPayment,
    MembershipPeriod,
    PaymentAllocation,
)


@dataclass(frozen=True)
class PeriodMoney:
    seq: int
    starts_on: date
    ends_on: date
    due: int
    paid: int


def paid_facts(periods: Sequence[PeriodMoney]) -> tuple[date | None, date | None]:
    """(first_unpaid_start, paid_through) of periods in order: the start of the oldest
    period not fully paid, and the end of the periods paid without a gap (None if the
    first is unpaid)."""
    for index, p in enumerate(periods):
        if p.paid < p.due:
            return p.starts_on, periods[index - 1].ends_on if index else None
    return None, periods[-1].ends_on if periods else None


def arrears_of(periods: Sequence[PeriodMoney], today: date) -> int:
    """What is owed for the periods that have begun."""
    return sum(p.due - p.paid for p in periods if p.starts_on <= today and p.paid < p.due)


def live_paid_by_period(session: Session, membership_id: int) -> dict[int, int]:
    rows = session.execute(
        select(PaymentAllocation.period_id, func.sum(PaymentAllocation.amount))
        .join(MembershipPayment, MembershipPayment.id == PaymentAllocation.payment_id)
        .where(MembershipPayment.membership_id == membership_id,
               MembershipPayment.reversed_at.is_(None))
        .group_by(PaymentAllocation.period_id))
    return {int(period_id): int(total or 0) for period_id, total in rows}


def periods_of(session: Session, membership_id: int) -> list[MembershipPeriod]:
    return list(session.scalars(
        select(MembershipPeriod).where(MembershipPeriod.membership_id == membership_id)
        .order_by(MembershipPeriod.seq)))


def money_of(period: MembershipPeriod) -> PeriodMoney:
    return PeriodMoney(period.seq, period.starts_on, period.ends_on, period.due, period.paid)


def refresh(session: Session, membership: Membership) -> list[MembershipPeriod]:
    """Recompute the derived columns of ``membership`` from its rows; returns its periods."""
    session.flush()
    paid = live_paid_by_period(session, membership.id)
    periods = periods_of(session, membership.id)
    for p in periods:
        p.paid = paid.get(p.id, 0)
    membership.first_unpaid_start, membership.paid_through = paid_facts(
        [money_of(p) for p in periods])
    session.flush()
    return periods


def split_payment(periods: Sequence[MembershipPeriod], amount: int,
                  chosen: Sequence[int] = ()) -> list[tuple[MembershipPeriod, int]]:
    """Apply ``amount`` to the periods' unpaid parts: the chosen periods (by id), else the
    oldest unpaid first. More than is owed is refused (renew first, then pay ahead)."""
    if amount <= 0:
        raise ValidationError("amount", "amount_not_positive")
    candidates = list(periods)
    if chosen:
        known = {p.id for p in periods}
        unknown = [i for i in chosen if i not in known]
        if unknown:
            raise ValidationError("periods", "period_not_of_membership", id=unknown[0])
        candidates = [p for p in periods if p.id in set(chosen)]
    owed = sum(max(0, p.due - p.paid) for p in candidates)
    if amount > owed:
        raise ValidationError("amount", "amount_exceeds_due", owed=owed)
    parts: list[tuple[MembershipPeriod, int]] = []
    left = amount
    for p in candidates:
        part = min(left, max(0, p.due - p.paid))
        if part:
            parts.append((p, part))
            left -= part
        if not left:
            break
    return parts
