"""How the register's values read on screen: numbers, dates, parties and the vocabularies.

The Persian words of kinds, statuses, urgency and the like come from the core
(``secretariat.correspondence.vocab``), the one place the CLI and the printed
letters take them from too; the UI only adds Persian digits and Jalali dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from secretariat import features
from secretariat.contacts.api import ContactKind
from secretariat.correspondence.api import (
    Classification,
    DispatchMethod,
    LetterKind,
    LetterStatus,
    LetterSummary,
    PartyRef,
    Purpose,
    ReferralKind,
    Urgency,
)
from secretariat.kernel.jalali import format_jalali, format_jalali_datetime
from secretariat.kernel.messages import field_name as core_field_name
from secretariat.kernel.text.digits import to_persian_digits
from ui.i18n import QT_TRANSLATE_NOOP, english, vocab_label

# Re-exported: the letter screens take every word from this module.
from ui.labels import count_text as count_text
from ui.labels import person_text as person_text

CONTEXT = "LetterLabels"
DASH = "—"

# Audited keys the core's FIELD_NAMES does not name (they are not form fields).
SNAPSHOT_FIELDS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("LetterLabels", "Number"),
    "sender_id": QT_TRANSLATE_NOOP("LetterLabels", "Sender"),
    "signatory_id": QT_TRANSLATE_NOOP("LetterLabels", "Signatory"),
    "signed_at": QT_TRANSLATE_NOOP("LetterLabels", "Signed at"),
    "replied_by_id": QT_TRANSLATE_NOOP("LetterLabels", "Reply received"),
    "reply_to_id": QT_TRANSLATE_NOOP("LetterLabels", "In reply to"),
    "follows_id": QT_TRANSLATE_NOOP("LetterLabels", "Follows"),
    "cancelled": QT_TRANSLATE_NOOP("LetterLabels", "Cancelled"),
    "cancel_reason": QT_TRANSLATE_NOOP("LetterLabels", "Reason for cancelling"),
    "closed_at": QT_TRANSLATE_NOOP("LetterLabels", "Closed at"),
    "attachments": QT_TRANSLATE_NOOP("LetterLabels", "Attachments"),
    "parties": QT_TRANSLATE_NOOP("LetterLabels", "Parties"),
}
# Bookkeeping that changes along with a field already named (the number's parts...).
UNNAMED_CHANGES = frozenset({
    "secretariat_code", "year", "seq", "cancelled_by_id", "cancelled_at", "created_at",
    "created_by_id", "letter_id", "parent_id", "from_user_id", "to_user_id", "read_at",
})

# Words used by several screens ("Cancelled" in a list, a tooltip and a link).
WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("LetterLabels", "Draft (no number)"),
    "cancelled": QT_TRANSLATE_NOOP("LetterLabels", "Cancelled"),
    "overdue": QT_TRANSLATE_NOOP("LetterLabels", "Overdue"),
    "yes": QT_TRANSLATE_NOOP("LetterLabels", "Yes"),
    "bytes": QT_TRANSLATE_NOOP("LetterLabels", "{n} bytes"),
    "kb": QT_TRANSLATE_NOOP("LetterLabels", "{n} KB"),
    "mb": QT_TRANSLATE_NOOP("LetterLabels", "{n} MB"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def word(key: str) -> str:
    return tr(WORDS[key])


def kind_label(kind: str) -> str:
    return vocab_label(LetterKind, kind)


def status_label(status: str) -> str:
    return vocab_label(LetterStatus, status)


def urgency_label(urgency: str) -> str:
    return vocab_label(Urgency, urgency)


def classification_label(classification: str) -> str:
    return vocab_label(Classification, classification)


def purpose_label(purpose: str) -> str:
    return vocab_label(Purpose, purpose or "information")


def contact_kind_label(kind: str) -> str:
    return vocab_label(ContactKind, kind)


def dispatch_label(method: str) -> str:
    return vocab_label(DispatchMethod, method) if method else DASH


def referral_kind_label(kind: str) -> str:
    return vocab_label(ReferralKind, kind)


def priority_label(priority: str) -> str:
    return vocab_label(Urgency, priority)


def action_label(action: str, entity: str = "letter") -> str:
    return features.REGISTRY.action_label(entity, action, english=english())


def entity_label(entity: str) -> str:
    return features.REGISTRY.entity_label(entity, english=english())


def field_name(key: str) -> str:
    """A letter field's Persian name (the core's own list, shared with error messages)."""
    source = SNAPSHOT_FIELDS.get(key)
    return tr(source) if source else core_field_name(key)


def digits(text: str | int | None) -> str:
    return to_persian_digits(str(text)) if text not in (None, "") else ""


def number_text(number: str | None) -> str:
    """«۱۴۰۵/و/۱۲»; a draft has no number yet."""
    return to_persian_digits(number) if number else word("draft")


def date_text(day: date | None) -> str:
    return format_jalali(day) if day else DASH


def datetime_text(moment: datetime | None) -> str:
    return format_jalali_datetime(moment) if moment else DASH


def party_text(party: PartyRef | None) -> str:
    if party is None:
        return ""
    return person_text(party.name, party.post_title)


def parties_text(parties: Iterable[PartyRef]) -> str:
    return "؛ ".join(party_text(p) for p in parties)


def counterpart_text(letter: LetterSummary) -> str:
    """Who the letter is from (incoming) or to (outgoing); units for internal letters."""
    if letter.kind == LetterKind.INCOMING:
        return party_text(letter.sender)
    if letter.kind == LetterKind.OUTGOING:
        return parties_text(letter.recipients)
    return " ← ".join(u for u in (letter.from_unit, letter.to_unit) if u)


def letter_title(letter: LetterSummary) -> str:
    """«وارده ۱۴۰۵/و/۱۲ — موضوع» for window titles and links."""
    return f"{kind_label(letter.kind)} {number_text(letter.number)} — {letter.subject}"


def file_size_text(size: int) -> str:
    if size < 1024:
        return word("bytes").format(n=digits(size))
    if size < 1024 * 1024:
        return word("kb").format(n=digits(round(size / 1024)))
    return word("mb").format(n=digits(f"{size / (1024 * 1024):.1f}"))
