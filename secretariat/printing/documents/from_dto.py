"""From the register's DTOs to the plain data the documents print (no database here).

Labels become Persian, ordinary levels (عادی) become "", numbers keep ASCII
digits (the renderers show Persian ones), and a numbered letter gets the fields its
QR code signs (the service signs them: that needs the key store).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from secretariat.correspondence.api import (
    CLASSIFICATION_LABELS,
    KIND_LABELS,
    PURPOSE_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    LetterDetail,
    LetterKind,
    LetterRef,
    LetterStatus,
    LetterSummary,
    PartyRef,
)
from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.signed_codes import CodeFields, DocumentKind, content_digest
from secretariat.printing.documents.common import fa, party_text, phone_line, text_digits
from secretariat.printing.documents.data import (
    Addressee,
    CcLine,
    Letterhead,
    LetterPrint,
    RegisterRow,
)
from secretariat.printing.layout_settings import PrintLayout

ATTACHMENTS_NONE = "ندارد"


def attachments_text(count: int) -> str:
    return f"{fa(count)} مورد" if count else ATTACHMENTS_NONE


def letter_parties(letter: LetterDetail) -> list[str]:
    """Whom the letter is between, as its code's digest covers them: an incoming letter's
    sender, an internal letter's units, else its recipients."""
    if letter.kind == LetterKind.INCOMING:
        return [letter.sender.name] if letter.sender is not None else []
    if letter.kind == LetterKind.INTERNAL and (letter.from_unit or letter.to_unit):
        return [letter.from_unit, letter.to_unit]
    return [p.name for p in letter.recipients]


def code_fields(letter: LetterDetail, kind: DocumentKind) -> CodeFields | None:
    """What a numbered letter's QR code says (None for a draft): document kind, number,
    date and the digest of its subject, parties and body as the register holds them."""
    if letter.number is None or letter.status == LetterStatus.DRAFT:
        return None
    digest = content_digest(letter.subject, letter_parties(letter), letter.body)
    return CodeFields.of(kind, letter.number, letter.registered_on, digest)


def _reference(prefix: str, ref: LetterRef, detail: LetterDetail | None) -> str:
    """«عطف به نامهٔ شماره … مورخ …»: an incoming letter is cited by its sender's number."""
    number: str | None = ref.number
    day: date | None = ref.registered_on
    if detail is not None and detail.kind == LetterKind.INCOMING and detail.sender_number:
        number, day = detail.sender_number, detail.sender_date
    text = f"{prefix} نامهٔ شماره {number or ref.id}"
    if day is not None:
        text += f" مورخ {format_jalali(day)}"
    return text


def addressees(recipients: tuple[PartyRef, ...],
               organisations: Mapping[int, str] | None = None) -> tuple[Addressee, ...]:  # fmt: skip
    """Recipients as the letter names them: a person's organisation under the post title.

    ``organisations`` maps a person's contact id to their organisation's name."""
    known = organisations or {}
    return tuple(Addressee(p.name, p.post_title, known.get(p.contact_id, "")) for p in recipients)


def _addressees(letter: LetterDetail,
                organisations: Mapping[int, str] | None) -> tuple[Addressee, ...]:  # fmt: skip
    if letter.kind == LetterKind.INTERNAL and letter.to_unit:
        return (Addressee(letter.to_unit),)
    return addressees(letter.recipients, organisations)


def _heading_lines(letter: LetterDetail) -> list[str]:
    lines: list[str] = []
    if letter.kind == LetterKind.INCOMING and letter.sender is not None:
        lines.append(f"فرستنده: {letter.sender.name}")
        if letter.sender_number:
            own = f"شمارهٔ نامهٔ فرستنده: {letter.sender_number}"
            if letter.sender_date:
                own += f" مورخ {format_jalali(letter.sender_date)}"
            lines.append(own)
    if letter.kind == LetterKind.INTERNAL and letter.from_unit:
        lines.append(f"از: {letter.from_unit}")
    return lines


def letter_print(
    letter: LetterDetail,
    signatory_title: str = "",
    reply_to: LetterDetail | None = None,
    follows: LetterDetail | None = None,
    organisations: Mapping[int, str] | None = None,
    verification: str | None = None,
) -> LetterPrint:
    """What the letter page shows, as the printed letter needs it. ``organisations``: the
    organisation name of each recipient who is a person, by contact id; ``verification``:
    the signed text of its QR code (None: no code)."""
    references = _heading_lines(letter)
    if letter.reply_to is not None:
        references.append(_reference("عطف به", letter.reply_to, reply_to))
    if letter.follows is not None:
        references.append(_reference("پیرو", letter.follows, follows))
    draft = letter.status == LetterStatus.DRAFT or letter.number is None
    return LetterPrint(
        kind=letter.kind,
        number=None if draft else letter.number,
        registered_on=letter.registered_on,
        subject=text_digits(letter.subject),
        body=text_digits(letter.body),
        recipients=_addressees(letter, organisations),
        signatory_name=letter.signatory_name,
        signatory_title=signatory_title,
        cc=tuple(CcLine(p.name, PURPOSE_LABELS.get(p.purpose, "")) for p in letter.cc),
        attachments=attachments_text(len(letter.attachments)),
        classification=label(CLASSIFICATION_LABELS, letter.classification),
        urgency=label(URGENCY_LABELS, letter.urgency),
        references=tuple(references),
        draft=draft,
        cancelled=letter.cancelled,
        verification=None if draft else verification,
    )


def label(labels: dict[str, str], code: str) -> str:
    """The Persian label, or "" for the ordinary level (عادی is never printed)."""
    return "" if code == "normal" else labels.get(code, code)


def letterhead(org: OrgSettings, layout: PrintLayout, logo: Path | None) -> Letterhead:
    footer: list[str] = []
    address = org.address.strip()
    if layout.postal_code:
        address = (address + " — " if address else "") + f"کد پستی: {fa(layout.postal_code)}"
    if address:
        footer.append(fa(address))
    if org.phone.strip():
        footer.append(phone_line(org.phone))
    return Letterhead(
        name_lines=layout.name_lines or (org.org_name,),
        logo=logo if layout.show_logo else None,
        bismillah=layout.bismillah,
        footer_lines=tuple(footer) if layout.show_footer else (),
    )


def _party_column(row: LetterSummary) -> str:
    if row.kind == LetterKind.INCOMING:
        return row.sender.name if row.sender is not None else ""
    if row.kind == LetterKind.INTERNAL and (row.from_unit or row.to_unit):
        return party_text(row.from_unit, row.to_unit)
    return "، ".join(p.name for p in row.recipients)


def register_row(row: LetterSummary) -> RegisterRow:
    return RegisterRow(
        number=row.number or "",
        registered_on=row.registered_on,
        kind=KIND_LABELS.get(row.kind, row.kind),
        party=_party_column(row),
        subject=row.subject,
        attachments="دارد" if row.has_attachments else "",
        status=STATUS_LABELS.get(row.status, row.status),
        cancelled=row.cancelled,
        classification=label(CLASSIFICATION_LABELS, row.classification),
        sender_number=row.sender_number if row.kind == LetterKind.INCOMING else "",
        sender_date=row.sender_date if row.kind == LetterKind.INCOMING else None,
    )
