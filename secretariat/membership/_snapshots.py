"""The audited state of membership's records: what the audit log records and ``check``
compares. Derived columns (a period's ``paid``, a membership's paid-through dates) are left
out: they follow the payments, and ``check`` recomputes them (``_checks``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel.audit import Snapshot
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipDecision,
    MembershipPayment,
    MembershipPeriod,
    MembershipType,
    MemberUnit,
    PaymentAllocation,
    UnitDocument,
)

ASSOCIATION = ("code", "contact_id", "registration_no", "chair", "secretary", "logo_sha256",
               "active")
UNIT = ("contact_id", "person", "national_id", "economic_code", "registration_no",
        "registration_office", "registration_date", "isic", "industrial_park", "website",
        "rep_name", "rep_national_id", "rep_mobile", "rep_post")
DOCUMENT = ("unit_id", "kind", "sha256", "filename", "size")
TYPE = ("association_id", "name", "entry_fee", "yearly_fee", "renewal_fee", "vote",
        "period_rule", "period_months", "grace_days", "active")
MEMBERSHIP = ("association_id", "unit_id", "type_id", "number", "joined_on",
              "suspended_from", "terminated_on")
DECISION = ("membership_id", "kind", "decided_on", "reason")
PERIOD = ("membership_id", "seq", "starts_on", "ends_on", "due")
PAYMENT = ("membership_id", "receipt", "amount", "paid_on", "method", "reference",
           "reversal_reason")


def _snap(row: object, columns: tuple[str, ...]) -> Snapshot:
    return {name: _plain(getattr(row, name)) for name in columns}


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def association_snapshot(row: Association) -> Snapshot:
    return _snap(row, ASSOCIATION)


def unit_snapshot(row: MemberUnit) -> Snapshot:
    return _snap(row, UNIT)


def document_snapshot(row: UnitDocument) -> Snapshot:
    return _snap(row, DOCUMENT)


def type_snapshot(row: MembershipType) -> Snapshot:
    return _snap(row, TYPE)


def membership_snapshot(row: Membership) -> Snapshot:
    return _snap(row, MEMBERSHIP)


def decision_snapshot(row: MembershipDecision) -> Snapshot:
    return _snap(row, DECISION)


def period_snapshot(row: MembershipPeriod) -> Snapshot:
    return _snap(row, PERIOD)


def payment_snapshot(row: MembershipPayment, allocations: list[tuple[int, int]]) -> Snapshot:
    snapshot = _snap(row, PAYMENT)
    snapshot["reversed"] = row.reversed_at is not None
    snapshot["allocations"] = [[period_id, amount] for period_id, amount in allocations]
    return snapshot


def _all(session: Session, model: Any, columns: tuple[str, ...]
         ) -> Iterator[tuple[str, Snapshot]]:
    for row in session.scalars(select(model).order_by(model.id)).yield_per(2000):
        yield str(row.id), _snap(row, columns)


def load_associations(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, Association, ASSOCIATION)


def load_units(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, MemberUnit, UNIT)


def load_documents(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, UnitDocument, DOCUMENT)


def load_types(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, MembershipType, TYPE)


def load_memberships(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, Membership, MEMBERSHIP)


def load_decisions(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, MembershipDecision, DECISION)


def load_periods(session: Session) -> Iterator[tuple[str, Snapshot]]:
    return _all(session, MembershipPeriod, PERIOD)


def allocations_by_payment(session: Session, payment_ids: list[int] | None = None
                           ) -> dict[int, list[tuple[int, int]]]:
    query = select(PaymentAllocation.payment_id, PaymentAllocation.period_id,
                   PaymentAllocation.amount).order_by(PaymentAllocation.id)
    if payment_ids is not None:
        query = query.where(PaymentAllocation.payment_id.in_(payment_ids))
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for payment_id, period_id, amount in session.execute(query):
        found[payment_id].append((period_id, amount))
    return found


def load_payments(session: Session) -> Iterator[tuple[str, Snapshot]]:
    allocations = allocations_by_payment(session)
    for row in session.scalars(
            select(MembershipPayment).order_by(MembershipPayment.id)).yield_per(2000):
        yield str(row.id), payment_snapshot(row, allocations.get(row.id, []))
