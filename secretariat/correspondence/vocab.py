"""The fixed vocabularies of the register, with the Persian words people see."""

from __future__ import annotations

from enum import StrEnum

from secretariat.kernel.permissions import Clearance


class LetterKind(StrEnum):
    INCOMING = "incoming"  # وارده
    OUTGOING = "outgoing"  # صادره
    INTERNAL = "internal"  # داخلی


class LetterStatus(StrEnum):
    DRAFT = "draft"  # پیش‌نویس (outgoing, not yet signed, no number)
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"  # مختومه
    ARCHIVED = "archived"  # بایگانی (with an archive code)


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"  # فوری
    IMMEDIATE = "immediate"  # آنی


# A letter's classification uses the same levels as a user's clearance.
Classification = Clearance


class PartyRole(StrEnum):
    TO = "to"
    CC = "cc"  # رونوشت


class Purpose(StrEnum):
    INFORMATION = "information"  # جهت اطلاع
    ACTION = "action"  # جهت اقدام


class ContactKind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"


class ReferralStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# The code in the letter number: 1405/و/12 is the 12th incoming letter of 1405.
KIND_NUMBER_CODES: dict[LetterKind, str] = {
    LetterKind.INCOMING: "و",
    LetterKind.OUTGOING: "ص",
    LetterKind.INTERNAL: "د",
}

# Which status may follow which (drafts leave only by signing; cancellation is separate).
STATUS_TRANSITIONS: dict[LetterStatus, frozenset[LetterStatus]] = {
    LetterStatus.DRAFT: frozenset(),
    LetterStatus.REGISTERED: frozenset({LetterStatus.IN_PROGRESS, LetterStatus.CLOSED}),
    LetterStatus.IN_PROGRESS: frozenset({LetterStatus.CLOSED}),
    LetterStatus.CLOSED: frozenset({LetterStatus.IN_PROGRESS, LetterStatus.ARCHIVED}),
    LetterStatus.ARCHIVED: frozenset({LetterStatus.CLOSED}),
}

KIND_LABELS: dict[str, str] = {"incoming": "وارده", "outgoing": "صادره", "internal": "داخلی"}
STATUS_LABELS: dict[str, str] = {
    "draft": "پیش‌نویس",
    "registered": "ثبت‌شده",
    "in_progress": "در جریان",
    "closed": "مختومه",
    "archived": "بایگانی‌شده",
}
URGENCY_LABELS: dict[str, str] = {"normal": "عادی", "urgent": "فوری", "immediate": "آنی"}
CLASSIFICATION_LABELS: dict[str, str] = {
    "normal": "عادی",
    "confidential": "محرمانه",
    "secret": "خیلی محرمانه",
}
PURPOSE_LABELS: dict[str, str] = {"information": "جهت اطلاع", "action": "جهت اقدام"}
CONTACT_KIND_LABELS: dict[str, str] = {"organisation": "سازمان", "person": "شخص"}

# Instructions offered in the referral form; free text is allowed as well.
COMMON_INSTRUCTIONS: tuple[str, ...] = (
    "جهت اقدام",
    "جهت اطلاع",
    "جهت بررسی و اعلام نظر",
    "جهت پیگیری",
    "جهت تهیه پاسخ",
    "جهت بایگانی",
    "جهت هماهنگی",
    "مطابق ضوابط اقدام شود",
)

DISPATCH_METHODS: dict[str, str] = {
    "post": "پست",
    "registered_post": "پست سفارشی",
    "courier": "پیک",
    "hand": "تحویل حضوری",
    "fax": "دورنگار",
    "email": "رایانامه",
    "system": "سامانه",
}
