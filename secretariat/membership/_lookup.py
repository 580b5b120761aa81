"""Finding rows by what people type (a code, a number, an id) and turning rows into DTOs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.models import Contact
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.membership._dto import (
    AllocationInfo,
    AssociationInfo,
    DocumentInfo,
    PaymentInfo,
    PeriodInfo,
    RepresentativeInfo,
    TypeInfo,
    UnitInfo,
)
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipPayment,
    MembershipPeriod,
    MembershipType,
    MemberUnit,
    PaymentAllocation,
    UnitDocument,
)
from secretariat.membership._vocab import Status

_RECEIPT = re.compile(r"(\d{4})-(\d+)")


def _text(ref: object) -> str:
    return to_ascii_digits(str(ref)).strip()


def as_id(text: str) -> int | None:
    """The row id ``text`` names, if it can name one (digits within the ids' range)."""
    value = int(text) if text.isdigit() and len(text) < 20 else None
    return value if is_row_id(value) else None


def association_row(session: Session, ref: str | int, field: str = "association"
                    ) -> Association:
    """By code (any case) or id."""
    text = _text(ref)
    found = None
    if (row_id := as_id(text)) is not None:
        found = session.get(Association, row_id)
    if found is None and text:
        found = session.scalar(select(Association).where(Association.code == text.upper()))
    if found is None:
        raise ValidationError(field, "association_not_found", ref=str(ref))
    return found


def unit_row(session: Session, ref: str | int, field: str = "unit") -> MemberUnit:
    text = _text(ref)
    row_id = as_id(text)
    found = session.get(MemberUnit, row_id) if row_id is not None else None
    if found is None:
        raise NotFound("unit_not_found", ref=str(ref)) if field == "" else ValidationError(
            field, "unit_not_found", ref=str(ref))
    return found


def membership_row(session: Session, ref: str | int) -> Membership:
    """By number (ANJ-0034, any case) or id."""
    text = _text(ref)
    found = session.scalar(select(Membership).where(Membership.number == text.upper()))
    if found is None and (row_id := as_id(text)) is not None:
        found = session.get(Membership, row_id)
    if found is None:
        raise NotFound("membership_not_found", ref=str(ref))
    return found


def payment_row(session: Session, ref: str | int) -> MembershipPayment:
    """By receipt number (1404-00012) or id."""
    text = _text(ref)
    found = None
    match = _RECEIPT.fullmatch(text)
    if match:
        found = session.scalar(select(MembershipPayment).where(
            MembershipPayment.receipt_year == int(match[1]),
            MembershipPayment.receipt_seq == int(match[2])))
    elif (row_id := as_id(text)) is not None:
        found = session.get(MembershipPayment, row_id)
    if found is None:
        raise NotFound("receipt_not_found", ref=str(ref))
    return found


# --- DTOs ------------------------------------------------------------------------------

def association_infos(session: Session, ids: Sequence[int] | None = None
                      ) -> list[AssociationInfo]:
    members = (select(Membership.association_id, func.count().label("n"))
               .where(Membership.terminated_on.is_(None))
               .group_by(Membership.association_id).subquery())
    query = (select(Association, Contact, members.c.n)
             .join(Contact, Contact.id == Association.contact_id)
             .outerjoin(members, members.c.association_id == Association.id)
             .order_by(Association.code))
    if ids is not None:
        query = query.where(Association.id.in_(list(ids)))
    return [
        AssociationInfo(
            id=a.id, code=a.code, name=c.name, contact_id=c.id, legal_id=c.legal_id,
            registration_no=a.registration_no, chair=a.chair, secretary=a.secretary,
            phone=c.phone, address=c.address, has_logo=bool(a.logo_sha256), active=a.active,
            members=int(n or 0))
        for a, c, n in session.execute(query)]


def association_info(session: Session, association_id: int) -> AssociationInfo:
    return association_infos(session, [association_id])[0]


def unit_info(unit: MemberUnit, contact: Contact) -> UnitInfo:
    return UnitInfo(
        id=unit.id, contact_id=contact.id, name=contact.name, person=unit.person,
        national_id=unit.national_id, economic_code=unit.economic_code,
        registration_no=unit.registration_no, registration_office=unit.registration_office,
        registration_date=unit.registration_date, isic=unit.isic,
        industrial_park=unit.industrial_park, postal_code=contact.postal_code,
        mobile=contact.mobile, phone=contact.phone, address=contact.address,
        website=unit.website,
        representative=RepresentativeInfo(unit.rep_name, unit.rep_national_id, unit.rep_mobile,
                                          unit.rep_post),
        created_at=unit.created_at)


def unit_infos(session: Session, ids: Sequence[int]) -> dict[int, UnitInfo]:
    rows = session.execute(select(MemberUnit, Contact)
                           .join(Contact, Contact.id == MemberUnit.contact_id)
                           .where(MemberUnit.id.in_(list(ids))))
    return {u.id: unit_info(u, c) for u, c in rows}


def type_info(t: MembershipType, association_code: str) -> TypeInfo:
    return TypeInfo(
        id=t.id, association_id=t.association_id, association_code=association_code,
        name=t.name, entry_fee=t.entry_fee, yearly_fee=t.yearly_fee, renewal_fee=t.renewal_fee,
        vote=t.vote, period_rule=t.period_rule, period_months=t.period_months,
        grace_days=t.grace_days, active=t.active)


def period_info(p: MembershipPeriod) -> PeriodInfo:
    return PeriodInfo(p.id, p.seq, p.starts_on, p.ends_on, p.due, p.paid)


def document_info(d: UnitDocument) -> DocumentInfo:
    return DocumentInfo(d.id, d.unit_id, d.kind, d.filename, d.size, d.sha256, d.added_at,
                        d.added_by)


def payment_infos(session: Session, payments: Sequence[MembershipPayment],
                  number: str) -> list[PaymentInfo]:
    ids = [p.id for p in payments]
    parts: dict[int, list[AllocationInfo]] = {i: [] for i in ids}
    rows = session.execute(
        select(PaymentAllocation, MembershipPeriod)
        .join(MembershipPeriod, MembershipPeriod.id == PaymentAllocation.period_id)
        .where(PaymentAllocation.payment_id.in_(ids)).order_by(PaymentAllocation.id))
    for allocation, period in rows:
        parts[allocation.payment_id].append(AllocationInfo(
            period.id, period.seq, period.starts_on, period.ends_on, allocation.amount))
    return [
        PaymentInfo(
            id=p.id, membership_id=p.membership_id, membership_number=number, receipt=p.receipt,
            amount=p.amount, paid_on=p.paid_on, method=p.method, reference=p.reference,
            allocations=tuple(parts[p.id]), created_at=p.created_at, created_by=p.created_by,
            reversed=p.reversed_at is not None, reversed_at=p.reversed_at,
            reversed_by=p.reversed_by, reversal_reason=p.reversal_reason)
        for p in payments]


def status_label(status: str) -> str:
    return Status.label_of(status)
