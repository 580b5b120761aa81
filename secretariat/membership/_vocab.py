"""Membership's vocabularies: one place for each list of codes and the words people read."""

from __future__ import annotations

from enum import StrEnum

from secretariat.kernel.vocab import LabeledEnum


class MembershipPermission(StrEnum):
    READ = "read_membership"
    MANAGE = "manage_membership"


class PersonKind(LabeledEnum):
    LEGAL = "legal", "شخص حقوقی", "Legal person"
    NATURAL = "natural", "شخص حقیقی", "Natural person"


class PeriodRule(LabeledEnum):
    JALALI_YEAR = "jalali_year", "سال شمسی (از ۱ فروردین)", "Jalali year from 1 Farvardin"
    MONTHS = "months", "چند ماه از آغاز", "N months from the start"


class Status(LabeledEnum):
    """Computed from periods and payments (``_status``), never stored."""

    PENDING = "pending", "در انتظار پرداخت", "Pending"
    ACTIVE = "active", "فعال", "Active"
    GRACE = "grace", "مهلت تمدید", "In grace"
    EXPIRED = "expired", "منقضی", "Expired"
    SUSPENDED = "suspended", "تعلیق", "Suspended"
    TERMINATED = "terminated", "خاتمه", "Terminated"


class PaymentMethod(LabeledEnum):
    SLIP = "slip", "فیش بانکی", "Bank slip"
    CARD = "card", "کارت بانکی", "Card"
    CASH = "cash", "نقدی", "Cash"


class DocumentKind(LabeledEnum):
    GAZETTE = "gazette", "روزنامهٔ رسمی", "Official Gazette"
    LICENCE = "licence", "پروانهٔ بهره‌برداری", "Operating licence"
    REPRESENTATIVE = "representative", "معرفی‌نامهٔ نماینده", "Representative letter"
    OTHER = "other", "سایر", "Other"


class DecisionKind(LabeledEnum):
    SUSPEND = "suspend", "تعلیق", "Suspended"
    RESUME = "resume", "رفع تعلیق", "Resumed"
    TERMINATE = "terminate", "خاتمهٔ عضویت", "Terminated"


class AmountUnit(LabeledEnum):
    RIAL = "rial", "ریال", "Rial"
    TOMAN = "toman", "تومان", "Toman"


class CardLayout(LabeledEnum):
    A4 = "a4", "دو کارت در هر ردیف A4", "Two per A4 row"
    CARD = "card", "چاپگر کارت (CR80)", "Card printer (CR80)"


class CertificateSize(LabeledEnum):
    A4 = "A4", "A4", "A4"
    A5 = "A5", "A5", "A5"
