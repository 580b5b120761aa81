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
    CLASSIFICATION_LABELS,
    DISPATCH_METHODS,
    KIND_LABELS,
    PURPOSE_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    LetterKind,
    LetterSummary,
    PartyRef,
)
from secretariat.kernel.jalali import format_jalali, format_jalali_datetime
from secretariat.kernel.messages import field_name as core_field_name
from secretariat.kernel.text.digits import to_persian_digits
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LetterLabels"
DASH = "—"

RLM = "\u200f"


def rtl(text: str) -> str:
    """Text that may start with digits or Latin letters («۱۴۰۵/۰۹/۰۷», «admin — …») shown
    right-to-left: a label otherwise guesses left-to-right and aligns it to the left."""
    return RLM + text if text else text


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


def _label(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")


def kind_label(kind: str) -> str:
    return _label(KIND_LABELS, kind)


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


def urgency_label(urgency: str) -> str:
    return _label(URGENCY_LABELS, urgency)


def classification_label(classification: str) -> str:
    return _label(CLASSIFICATION_LABELS, classification)


def purpose_label(purpose: str) -> str:
    return _label(PURPOSE_LABELS, purpose or "information")


def contact_kind_label(kind: str) -> str:
    return ContactKind.label_of(kind)


def dispatch_label(method: str) -> str:
    return _label(DISPATCH_METHODS, method) if method else DASH


def action_label(action: str, entity: str = "letter") -> str:
    return features.REGISTRY.action_label(entity, action)


def entity_label(entity: str) -> str:
    return features.REGISTRY.entity_label(entity)


def field_name(key: str) -> str:
    """A letter field's Persian name (the core's own list, shared with error messages)."""
    source = SNAPSHOT_FIELDS.get(key)
    return tr(source) if source else core_field_name(key)


def digits(text: str | int | None) -> str:
    return to_persian_digits(str(text)) if text not in (None, "") else ""


def count_text(count: int) -> str:
    """«۱٬۲۳۴٬۵۶۷»: Persian digits with the Persian thousands separator."""
    return to_persian_digits(f"{count:,}".replace(",", "٬"))


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
    return f"{party.name}، {party.post_title}" if party.post_title else party.name


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
