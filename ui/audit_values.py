"""An audit entry in words: each snapshot field's name and value as people read them.

Snapshots hold what the database holds: codes («organisation», «in_progress»), ISO dates,
ids. The audit page shows the words the rest of the screens use: vocabularies by their
labels, dates in Jalali with Persian digits, yes/no, lists one item after another.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from secretariat.contacts.api import ContactKind
from secretariat.correspondence.api import (
    Classification,
    DispatchMethod,
    LetterKind,
    LetterStatus,
    Purpose,
    ReferralKind,
    ReferralStatus,
    Urgency,
)
from secretariat.kernel.jalali import format_jalali, format_jalali_datetime
from secretariat.kernel.roles import Role
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.kernel.vocab import LabeledEnum
from ui import letter_labels
from ui.i18n import vocab_label
from ui.labels import AUDIT_FIELDS, field_label, yes_no

# Codes made of digits that the other screens show in Persian digits (the contacts list).
_DIGIT_FIELDS = frozenset({"phone", "mobile", "postal_code", "national_id", "legal_id"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

# Which vocabulary a field's code comes from, by the entity's kind and the field.
_VOCABULARIES: dict[tuple[str, str], type[LabeledEnum]] = {
    ("user", "role"): Role,
    ("user", "clearance"): Classification,
    ("letter", "kind"): LetterKind,
    ("letter", "status"): LetterStatus,
    ("letter", "urgency"): Urgency,
    ("letter", "classification"): Classification,
    ("letter", "dispatch_method"): DispatchMethod,
    ("contact", "kind"): ContactKind,
    ("referral", "kind"): ReferralKind,
    ("referral", "status"): ReferralStatus,
    ("referral", "priority"): Urgency,
}


def field_text(key: str) -> str:
    """A snapshot field's name: the shell's words, else the features' (the same names the
    forms and the error messages use)."""
    if key in AUDIT_FIELDS:
        return field_label(key)
    return letter_labels.field_name(key)


def value_text(entity: str, key: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    vocabulary = _VOCABULARIES.get((entity, key))
    if vocabulary is not None and isinstance(value, str):
        return vocab_label(vocabulary, value)
    if key == "purpose" and isinstance(value, str):
        return vocab_label(Purpose, value)
    if isinstance(value, int):
        return to_persian_digits(str(value))
    if isinstance(value, str):
        if _DATE.match(value):
            return format_jalali(date.fromisoformat(value))
        if _DATETIME.match(value):
            return format_jalali_datetime(datetime.fromisoformat(value))
        return to_persian_digits(value) if key in _DIGIT_FIELDS else value
    if isinstance(value, (list, tuple)):
        return "؛ ".join(value_text(entity, key, item) for item in value)
    if isinstance(value, dict):
        return "؛ ".join(f"{k}: {value_text(entity, k, v)}" for k, v in value.items())
    return str(value)
