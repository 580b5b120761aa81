"""Plain, frozen data the register's services hand out (never ORM objects).

Dates are Gregorian ``date`` objects and timestamps aware UTC ``datetime``s;
the UI shows them with ``secretariat.jalali``. Numbers are stored and returned
with ASCII digits (``to_persian_digits`` for display).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from secretariat.kernel.audit import AuditRow
from secretariat.kernel.errors import Conflict
from secretariat.kernel.events import DomainEvent


@dataclass(frozen=True)
class PartyRef:
    """A contact as it stands on a letter: sender, recipient, or a رونوشت line."""

    contact_id: int
    name: str
    kind: str
    post_title: str
    purpose: str = ""  # cc lines: information | action


@dataclass(frozen=True)
class LetterRef:
    """Another letter, as a link shows it."""

    id: int
    kind: str
    number: str | None
    registered_on: date
    subject: str
    status: str
    cancelled: bool


@dataclass(frozen=True)
class LetterSummary:
    """One row of a register list or a search result."""

    id: int
    kind: str
    status: str
    number: str | None  # None for a draft
    registered_on: date
    subject: str
    summary: str
    sender: PartyRef | None
    recipients: tuple[PartyRef, ...]
    sender_number: str
    sender_date: date | None
    urgency: str
    classification: str
    has_attachments: bool
    cancelled: bool
    archive_code: str
    reply_expected_by: date | None
    awaiting_reply: bool  # expects a reply that has not come
    overdue: bool  # the reply or an open referral is past its date
    from_unit: str
    to_unit: str
    created_at: datetime


@dataclass(frozen=True)
class Cancellation:
    reason: str
    by: str  # username
    by_name: str
    at: datetime


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    letter_id: int
    filename: str
    size: int
    sha256: str
    media_type: str
    added_by: str  # username (the CLI's JSON); people read ``added_by_name``
    added_at: datetime
    added_by_name: str = ""


@dataclass(frozen=True)
class ReferralNode:
    """One referral and the onward referrals made from it (the tree a letter shows)."""

    id: int
    letter_id: int
    parent_id: int | None
    from_user: str
    from_name: str
    to_user: str
    to_name: str
    instruction: str
    due_on: date | None
    status: str  # open | closed
    note: str  # the recipient's هامش
    created_at: datetime
    read_at: datetime | None
    closed_at: datetime | None
    overdue: bool
    children: tuple[ReferralNode, ...] = ()
    kind: str = "action"  # ReferralKind: for action / information / comment
    priority: str = "normal"  # Urgency
    from_post: str = ""  # the people's post titles, shown after their names
    to_post: str = ""


@dataclass(frozen=True)
class InboxItem:
    """A referral waiting in a user's کارتابل, with the letter it is about."""

    referral: ReferralNode
    letter: LetterSummary
    unread: bool
    overdue: bool


@dataclass(frozen=True)
class InboxCounts:
    open: int
    unread: int
    overdue: int


@dataclass(frozen=True)
class LetterDetail(LetterSummary):
    """Everything about one letter: fields, links both ways, referrals, files, history."""

    body: str
    cc: tuple[PartyRef, ...]
    keywords: tuple[str, ...]
    signatory: str | None  # username
    signatory_name: str
    signed_at: datetime | None
    dispatch_method: str
    dispatch_date: date | None
    postal_tracking_code: str
    reply_to: LetterRef | None  # عطف / بازگشت
    follows: LetterRef | None  # پیرو
    replies: tuple[LetterRef, ...]  # letters registered as replies to this one
    followed_by: tuple[LetterRef, ...]  # letters that follow this one
    replied_by: LetterRef | None  # the letter that ended the wait for a reply
    cancellation: Cancellation | None
    referrals: tuple[ReferralNode, ...]  # roots of the referral tree
    attachments: tuple[AttachmentInfo, ...]
    history: tuple[AuditRow, ...]  # oldest first: the letter's, its referrals'
    created_by: str  # username (the CLI's JSON); people read ``created_by_name``
    imported: bool = False  # taken over from an earlier register (its number and date kept)
    created_by_name: str = ""
    signatory_post: str = ""


@dataclass(frozen=True)
class ImportResult:
    count: int
    first_id: int | None
    last_id: int | None


@dataclass(frozen=True)
class LegacyLetter:
    """A letter of an earlier register (the indicator book of the years before this app):
    the letter as any input, plus the number it had there. Its ``registered_on`` is the date
    it was registered there."""

    letter: Any  # LetterInput (kept out of this module's imports: _inputs imports nothing)
    number: str
    source_row: int = 0  # where people find it in the source (a sheet's row), if not its place


@dataclass(frozen=True)
class LegacyRefusal:
    """Input number ``position`` (from 1) was refused: the error's field, code and params."""

    position: int
    field: str | None
    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class LegacyImportResult:
    added: int
    refused: tuple[LegacyRefusal, ...]
    dry_run: bool
    first_id: int | None = None
    last_id: int | None = None


class DuplicateLetter(Conflict):
    """The same sender, sender's number and sender's date are already registered.

    A warning: the UI shows ``earlier`` and may register anyway with
    ``allow_duplicate=True``.
    """

    def __init__(self, earlier: tuple[LetterSummary, ...], **params: Any) -> None:
        self.earlier = earlier
        super().__init__("duplicate_letter", **params)


@dataclass(frozen=True)
class ReferralInput:
    """A first referral made together with registering a letter."""

    to: tuple[str, ...]  # usernames
    instruction: str
    due_on: date | None = None
    kind: str = "action"  # ReferralKind
    priority: str = "normal"  # Urgency


# --- events (published after the unit of work commits) ----------------------------------

@dataclass(frozen=True)
class LetterRegistered(DomainEvent):
    letter_id: int
    kind: str
    number: str | None


@dataclass(frozen=True)
class LettersImported(LetterRegistered):
    """Many letters taken over at once (``letter_id`` is the last of them): one event, so a
    register page reloads once, not once per letter."""

    count: int = 0


@dataclass(frozen=True)
class LetterChanged(DomainEvent):
    """Edited, signed, moved to another status, files attached, its reply received."""

    letter_id: int


@dataclass(frozen=True)
class LetterCancelled(DomainEvent):
    letter_id: int


@dataclass(frozen=True)
class ReferralSent(DomainEvent):
    letter_id: int
    referral_ids: tuple[int, ...]
    to_users: tuple[str, ...]


@dataclass(frozen=True)
class ReferralAnswered(DomainEvent):
    """A margin note written or the referral closed by its recipient."""

    letter_id: int
    referral_id: int


@dataclass(frozen=True)
class ReferralRead(DomainEvent):
    letter_id: int
    referral_id: int
