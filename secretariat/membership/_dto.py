"""What membership's actions take and return (frozen), its errors and its events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import DomainEvent

# --- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssociationInput:
    code: str
    name: str
    legal_id: str = ""
    registration_no: str = ""
    chair: str = ""
    secretary: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class RepresentativeInput:
    name: str = ""
    national_id: str = ""
    mobile: str = ""
    post: str = ""


@dataclass(frozen=True)
class UnitInput:
    name: str
    person: str = "legal"  # PersonKind ("": from the ID's length)
    national_id: str = ""  # شناسه ملی (legal, 11 digits) or کد ملی (natural, 10 digits)
    economic_code: str = ""
    registration_no: str = ""
    registration_office: str = ""
    registration_date: date | None = None
    isic: str = ""
    industrial_park: str = ""
    postal_code: str = ""
    mobile: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    representative: RepresentativeInput = RepresentativeInput()


@dataclass(frozen=True)
class TypeInput:
    association: str  # code (or id as text)
    name: str
    entry_fee: int = 0
    yearly_fee: int = 0
    renewal_fee: int | None = None  # None: the yearly fee
    vote: bool = False
    period: str = "jalali_year"  # "jalali_year" | "months:N"
    grace_days: int = 30
    active: bool = True


@dataclass(frozen=True)
class PaymentInput:
    amount: int
    paid_on: date
    method: str = "slip"  # PaymentMethod
    reference: str = ""
    period_ids: tuple[int, ...] = ()  # () : oldest unpaid first


@dataclass(frozen=True)
class MemberQuery:
    association: str | None = None  # code or id
    status: str | None = None  # Status
    expiring_within: int | None = None  # days: active and valid until within so many days
    arrears: bool = False  # a started period not fully paid
    search: str = ""  # unit name, membership number or national ID
    unit_id: int | None = None
    offset: int = 0
    limit: int = 200


# --- outputs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AssociationInfo:
    id: int
    code: str
    name: str
    contact_id: int
    legal_id: str
    registration_no: str
    chair: str
    secretary: str
    phone: str
    address: str
    has_logo: bool
    active: bool
    members: int  # memberships not terminated


@dataclass(frozen=True)
class RepresentativeInfo:
    name: str
    national_id: str
    mobile: str
    post: str


@dataclass(frozen=True)
class UnitInfo:
    id: int
    contact_id: int
    name: str
    person: str
    national_id: str
    economic_code: str
    registration_no: str
    registration_office: str
    registration_date: date | None
    isic: str
    industrial_park: str
    postal_code: str
    mobile: str
    phone: str
    address: str
    website: str
    representative: RepresentativeInfo
    created_at: datetime


@dataclass(frozen=True)
class UnitSaved:
    unit: UnitInfo
    warnings: tuple[str, ...] = ()  # e.g. postal_code_suspicious


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    unit_id: int
    kind: str
    filename: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class TypeInfo:
    id: int
    association_id: int
    association_code: str
    name: str
    entry_fee: int
    yearly_fee: int
    renewal_fee: int | None
    vote: bool
    period_rule: str
    period_months: int | None
    grace_days: int
    active: bool

    @property
    def period_text(self) -> str:
        """As the CLI takes it: «jalali_year» or «months:12»."""
        return self.period_rule if self.period_months is None else f"months:{self.period_months}"


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    seq: int
    start: date
    end: date
    due: int
    paid: int

    @property
    def arrears(self) -> int:
        return max(0, self.due - self.paid)


@dataclass(frozen=True)
class AllocationInfo:
    period_id: int
    period_seq: int
    start: date
    end: date
    amount: int


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    membership_id: int
    membership_number: str
    receipt: str
    amount: int
    paid_on: date
    method: str
    reference: str
    allocations: tuple[AllocationInfo, ...]
    created_at: datetime
    created_by: str
    reversed: bool
    reversed_at: datetime | None
    reversed_by: str
    reversal_reason: str


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    kind: str
    on: date
    reason: str
    created_by: str


@dataclass(frozen=True)
class MembershipRow:
    """One line of a member list (status computed in the query)."""

    id: int
    number: str
    association_id: int
    association_code: str
    association_name: str
    unit_id: int
    unit_name: str
    national_id: str
    type_name: str
    joined_on: date
    status: str
    valid_until: date | None  # the end of the periods paid without a gap
    arrears: int


@dataclass(frozen=True)
class MemberPage:
    rows: tuple[MembershipRow, ...]
    total: int
    today: date


@dataclass(frozen=True)
class MembershipDetail:
    id: int
    number: str
    association: AssociationInfo
    unit: UnitInfo
    type: TypeInfo
    joined_on: date
    status: str
    valid_until: date | None
    arrears: int
    periods: tuple[PeriodInfo, ...]
    payments: tuple[PaymentInfo, ...]
    decisions: tuple[DecisionInfo, ...]
    suspended_from: date | None
    terminated_on: date | None
    today: date


@dataclass(frozen=True)
class UnitDetail:
    unit: UnitInfo
    memberships: tuple[MembershipRow, ...]
    documents: tuple[DocumentInfo, ...]


@dataclass(frozen=True)
class PaymentResult:
    payment: PaymentInfo
    arrears: int  # after this payment
    status: str


@dataclass(frozen=True)
class CardCheck:
    """What the register says about a scanned card or certificate."""

    number: str
    matches: bool  # the printed facts are the register's facts
    status: str  # the membership's status today
    valid_until: date | None
    unit_name: str
    association_name: str


@dataclass(frozen=True)
class ReminderDraft:
    unit_id: int
    unit_name: str
    letter_id: int
    memberships: tuple[str, ...]  # their numbers


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    refused: int
    duplicates: int
    dry_run: bool
    report: str | None  # the refused-rows workbook, when one was written
    reasons: tuple[tuple[int, str], ...]  # (row number, why) of every row not added


# --- errors ------------------------------------------------------------------------------


class DuplicateUnit(ValidationError):
    """A unit with this national ID exists: ``existing_id`` names it (and the message too)."""

    def __init__(self, existing_id: int, name: str, **params: Any) -> None:
        self.existing_id = existing_id
        super().__init__("identifier", "duplicate_national_id", name=name,
                         id=existing_id, **params)


# --- events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssociationChanged(DomainEvent):
    association_id: int


@dataclass(frozen=True)
class MembershipTypeChanged(DomainEvent):
    type_id: int


@dataclass(frozen=True)
class UnitChanged(DomainEvent):
    unit_id: int
    created: bool = False


@dataclass(frozen=True)
class UnitsImported(DomainEvent):
    count: int


@dataclass(frozen=True)
class MembershipChanged(DomainEvent):
    """Joined, renewed, suspended, resumed, terminated, paid or a payment reversed."""

    membership_id: int
    unit_id: int
