"""Membership's tables (``membership_*``). Names, phones and addresses of associations and
units live in the shared address book (``contacts``); these rows link to it.

Derived columns, kept by ``_money.refresh`` in the transaction that changes payments or
periods and verified by ``check``: a period's ``paid``; a membership's ``paid_through`` (the
end of its periods paid without a gap) and ``first_unpaid_start``. Status is never stored:
``_status`` computes it from these and today's date.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime


class Association(Base):
    __tablename__ = "membership_associations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    registration_no: Mapped[str] = mapped_column(String(50), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    logo_sha256: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MemberUnit(Base):
    __tablename__ = "membership_units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    person: Mapped[str] = mapped_column(String(8))
    # شناسه ملی (legal) or کد ملی (natural), canonical ASCII digits: one unit per ID.
    national_id: Mapped[str] = mapped_column(String(11), unique=True)
    economic_code: Mapped[str] = mapped_column(String(14), default="")
    registration_no: Mapped[str] = mapped_column(String(50), default="")
    registration_office: Mapped[str] = mapped_column(String(200), default="")
    registration_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    isic: Mapped[str] = mapped_column(String(10), default="")
    industrial_park: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    rep_name: Mapped[str] = mapped_column(String(200), default="")
    rep_national_id: Mapped[str] = mapped_column(String(10), default="")
    rep_mobile: Mapped[str] = mapped_column(String(11), default="")
    rep_post: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UnitDocument(Base):
    __tablename__ = "membership_unit_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("membership_units.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(64))


class MembershipType(Base):
    __tablename__ = "membership_types"
    __table_args__ = (UniqueConstraint("association_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("membership_associations.id"))
    name: Mapped[str] = mapped_column(String(100))
    entry_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    yearly_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    renewal_fee: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    vote: Mapped[bool] = mapped_column(Boolean, default=False)
    period_rule: Mapped[str] = mapped_column(String(16))
    period_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    grace_days: Mapped[int] = mapped_column(Integer, default=30)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Membership(Base):
    __tablename__ = "membership_memberships"
    __table_args__ = (UniqueConstraint("association_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("membership_associations.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("membership_units.id"), index=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("membership_types.id"))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    joined_on: Mapped[date] = mapped_column(Date)
    suspended_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    terminated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_through: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    first_unpaid_start: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MembershipDecision(Base):
    """A board decision: suspension, its end, termination (with the reason)."""

    __tablename__ = "membership_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership_memberships.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class MembershipPeriod(Base):
    __tablename__ = "membership_periods"
    __table_args__ = (UniqueConstraint("membership_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership_memberships.id"))
    seq: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    due: Mapped[int] = mapped_column(BigInteger)
    paid: Mapped[int] = mapped_column(BigInteger, default=0)  # derived (see the module notes)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MembershipPayment(Base):
    __tablename__ = "membership_payments"
    __table_args__ = (UniqueConstraint("receipt_year", "receipt_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership_memberships.id"), index=True)
    receipt_year: Mapped[int] = mapped_column(Integer)
    receipt_seq: Mapped[int] = mapped_column(Integer)
    receipt: Mapped[str] = mapped_column(String(20), unique=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(8))
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
    # Never deleted: a reversal marks it, with who, when and why.
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reversed_by: Mapped[str] = mapped_column(String(64), default="")
    reversal_reason: Mapped[str] = mapped_column(Text, default="")


class PaymentAllocation(Base):
    """The part of a payment applied to one period."""

    __tablename__ = "membership_payment_allocations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("membership_payments.id"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("membership_periods.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
