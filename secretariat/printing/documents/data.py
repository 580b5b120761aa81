"""What each printed document shows, as plain frozen data built by the printing service.

Numbers and dates arrive as stored (ASCII digits, Gregorian ``date``s); the renderers
turn them into Persian digits and Jalali dates. Labels (classification, purpose,
status...) arrive already in Persian, so the documents need no vocabulary of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Letterhead:
    """The organisation's heading and footer, from the organisation and layout settings."""

    name_lines: tuple[str, ...]  # the organisation's name, one or more lines
    logo: Path | None = None
    bismillah: bool = True  # «بسمه تعالی» at the top
    footer_lines: tuple[str, ...] = ()  # address, phone, postal code


@dataclass(frozen=True)
class Addressee:
    """A recipient (or sender) as a letter names it."""

    name: str
    post_title: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class CcLine:
    """One رونوشت line: who, and why («جهت اطلاع» / «جهت اقدام»)."""

    name: str
    purpose: str = ""


@dataclass(frozen=True)
class LetterPrint:
    kind: str  # incoming | outgoing | internal
    number: str | None  # None for a draft
    registered_on: date
    subject: str
    body: str
    recipients: tuple[Addressee, ...] = ()
    signatory_name: str = ""
    signatory_title: str = ""
    cc: tuple[CcLine, ...] = ()
    attachments: str = ""  # the «پیوست» value, e.g. «ندارد» or «۲ مورد»
    classification: str = ""  # Persian label; "" when the letter is عادی
    urgency: str = ""  # Persian label; "" when عادی
    references: tuple[str, ...] = ()  # «عطف به نامهٔ شماره ...», «پیرو نامهٔ ...»
    draft: bool = False
    cancelled: bool = False
    verification: str | None = None  # the QR code's text; None: no code (drafts)


@dataclass(frozen=True)
class RegisterRow:
    number: str
    registered_on: date
    kind: str  # Persian label
    party: str  # sender (incoming) or recipients
    subject: str
    attachments: str  # «دارد» or ""
    status: str  # Persian label
    cancelled: bool = False
    classification: str = ""  # Persian label; "" when the letter is عادی
    sender_number: str = ""  # an incoming letter's own number, as the sender wrote it
    sender_date: date | None = None  # and its date


@dataclass(frozen=True)
class RegisterPrint:
    org_name: str
    date_from: date
    date_to: date
    kind: str  # Persian label, "" for every kind
    printed_at: datetime
    rows: tuple[RegisterRow, ...] = ()
    # True when the printing user cannot see every letter of the period (clearance): every
    # page then says the list is limited to what they may see (never how much is left out).
    limited_to_clearance: bool = False


@dataclass(frozen=True)
class ReceiptPrint:
    org_name: str
    number: str
    registered_on: date
    registered_at: datetime  # when it was entered (the time on the slip)
    sender: str
    subject: str
    sender_number: str = ""
    sender_date: date | None = None
    attachments: str = ""
    clerk: str = ""
    classification: str = ""
    verification: str | None = None


@dataclass(frozen=True)
class EnvelopePrint:
    sender_lines: tuple[str, ...]  # the organisation's name and address
    sender_postal_code: str
    recipient_name: str
    recipient_lines: tuple[str, ...] = ()  # post title, organisation, address
    recipient_postal_code: str = ""
    number: str = ""  # the letter's number, printed small under the sender
    classification: str = ""
