"""The fixed vocabularies of the register, with the Persian words people see."""

from __future__ import annotations

from enum import StrEnum

from secretariat.kernel.roles import Clearance
from secretariat.kernel.vocab import LabeledEnum


class LetterKind(LabeledEnum):
    INCOMING = "incoming", "وارده", "Incoming"
    OUTGOING = "outgoing", "صادره", "Outgoing"
    INTERNAL = "internal", "داخلی", "Internal"


class LetterStatus(LabeledEnum):
    DRAFT = "draft", "پیش‌نویس", "Draft"  # outgoing, not yet signed, no number
    REGISTERED = "registered", "ثبت‌شده", "Registered"
    IN_PROGRESS = "in_progress", "در جریان", "In progress"
    CLOSED = "closed", "مختومه", "Closed"
    ARCHIVED = "archived", "بایگانی‌شده", "Archived"  # with an archive code


class Urgency(LabeledEnum):
    NORMAL = "normal", "عادی", "Normal"
    URGENT = "urgent", "فوری", "Urgent"
    IMMEDIATE = "immediate", "آنی", "Immediate"


# A letter's classification uses the same levels as a user's clearance.
Classification = Clearance


class PartyRole(LabeledEnum):
    TO = "to", "گیرنده", "To"
    CC = "cc", "رونوشت", "Cc"


class Purpose(LabeledEnum):
    INFORMATION = "information", "جهت اطلاع", "For information"
    ACTION = "action", "جهت اقدام", "For action"


class ReferralKind(LabeledEnum):
    """What the recipient of a referral is asked to do."""

    ACTION = "action", "جهت اقدام", "For action"
    INFORMATION = "information", "جهت اطلاع", "For information"
    COMMENT = "comment", "جهت اظهار نظر", "For comment"


# A referral's priority uses the letters' urgency levels (عادی، فوری، آنی).
ReferralPriority = Urgency


class ReferralStatus(LabeledEnum):
    OPEN = "open", "باز", "Open"
    CLOSED = "closed", "بسته", "Closed"


class DispatchMethod(LabeledEnum):
    POST = "post", "پست", "Post"
    REGISTERED_POST = "registered_post", "پست سفارشی", "Registered post"
    COURIER = "courier", "پیک", "Courier"
    HAND = "hand", "تحویل حضوری", "By hand"
    FAX = "fax", "دورنگار", "Fax"
    EMAIL = "email", "رایانامه", "Email"
    SYSTEM = "system", "سامانه", "System"


class LetterPermission(StrEnum):
    READ = "read_letters"
    REGISTER = "register_letters"
    EDIT = "edit_letters"
    CANCEL = "cancel_letters"  # managers; a clerk only the letters he registered
    ATTACH = "attach_files"
    STATUS = "letter_status"
    SIGN = "sign_letters"
    REFER = "refer_letters"
    EXPORT = "export_letters"  # the register book, and exports of the register


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

# The Persian words by stored value (the enums are the one source).
KIND_LABELS: dict[str, str] = LetterKind.labels()
STATUS_LABELS: dict[str, str] = LetterStatus.labels()
URGENCY_LABELS: dict[str, str] = Urgency.labels()
CLASSIFICATION_LABELS: dict[str, str] = Classification.labels()
PURPOSE_LABELS: dict[str, str] = Purpose.labels()

# The house's standard هامش phrases (the referral form offers them one key away); an admin
# changes the list in the settings (``referral_settings``). Free text is allowed as well.
COMMON_INSTRUCTIONS: tuple[str, ...] = (
    "جهت اقدام",
    "جهت اطلاع",
    "جهت بررسی و اعلام نظر",
    "جهت پیگیری",
    "جهت تهیه پاسخ",
    "جهت بایگانی",
    "جهت هماهنگی",
    "مطابق ضوابط اقدام شود",
    "جهت بررسی و اقدام لازم",
    "با سلام، خواهشمند است نتیجه را گزارش فرمایید.",
)

DISPATCH_METHODS: dict[str, str] = DispatchMethod.labels()
