"""The audited state of letters and referrals.

Each change records a snapshot in the audit log in the same transaction; ``check``
compares every row with its last snapshot, so an edit made behind the
application's back (a letter's subject, a party, an attachment row) is reported.
The same functions build a snapshot from values about to be inserted and from
rows read back, so the two always agree.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.correspondence._models import Attachment, Letter, LetterParty, LetterText, Referral
from secretariat.kernel import audit

LETTER_COLUMNS: tuple[str, ...] = (
    "kind",
    "status",
    "number",
    "secretariat_code",
    "year",
    "seq",
    "registered_on",
    "subject",
    "summary",
    "sender_id",
    "sender_number",
    "sender_date",
    "urgency",
    "classification",
    "keywords",
    "signatory_id",
    "signed_at",
    "dispatch_method",
    "dispatch_date",
    "postal_tracking_code",
    "reply_expected_by",
    "replied_by_id",
    "from_unit",
    "to_unit",
    "reply_to_id",
    "follows_id",
    "archive_code",
    "cancelled",
    "cancel_reason",
    "cancelled_by_id",
    "cancelled_at",
    "created_at",
    "created_by_id",
)

# read_at is bookkeeping (changes whenever the recipient opens it), like a last sign-in.
REFERRAL_COLUMNS: tuple[str, ...] = (
    "letter_id",
    "parent_id",
    "from_user_id",
    "to_user_id",
    "instruction",
    "due_on",
    "status",
    "note",
    "created_at",
    "closed_at",
)

PartyRow = tuple[str, int, str]  # role, contact id, purpose
AttachmentRow = tuple[str, str]  # sha256, file name


def _plain(value: Any) -> Any:
    # Dates and datetimes become ISO text the same way whether they come from the
    # caller or from the database (the audit log stores JSON).
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    return value


def letter_snapshot(
    values: Mapping[str, Any],
    body: str,
    parties: Sequence[PartyRow],
    attachments: Sequence[AttachmentRow],
) -> audit.Snapshot:
    snap = {name: _plain(values[name]) for name in LETTER_COLUMNS}
    snap["cancelled"] = bool(snap["cancelled"])
    snap["keywords"] = json.loads(values["keywords"] or "[]")
    snap["body"] = body
    snap["parties"] = [list(p) for p in parties]
    snap["attachments"] = [list(a) for a in attachments]
    if values.get("imported"):
        # Only when set, so the snapshots recorded before the column existed still match.
        snap["imported"] = True
    return snap


def letter_values(letter: Letter) -> dict[str, Any]:
    values = {name: getattr(letter, name) for name in LETTER_COLUMNS}
    values["imported"] = letter.imported
    return values


def parties_of(session: Session, letter_id: int) -> list[PartyRow]:
    rows = session.execute(
        select(LetterParty.role, LetterParty.contact_id, LetterParty.purpose)
        .where(LetterParty.letter_id == letter_id)
        .order_by(LetterParty.role.desc(), LetterParty.position, LetterParty.id)
    )
    return [(r.role, r.contact_id, r.purpose) for r in rows]


def attachments_of(session: Session, letter_id: int) -> list[AttachmentRow]:
    rows = session.execute(
        select(Attachment.sha256, Attachment.filename)
        .where(Attachment.letter_id == letter_id)
        .order_by(Attachment.id)
    )
    return [(r.sha256, r.filename) for r in rows]


def current_letter_snapshot(session: Session, letter: Letter) -> audit.Snapshot:
    session.flush()
    text_row = session.get(LetterText, letter.id)
    return letter_snapshot(
        letter_values(letter),
        text_row.body if text_row else "",
        parties_of(session, letter.id),
        attachments_of(session, letter.id),
    )


def referral_snapshot(referral: Referral) -> audit.Snapshot:
    return {name: _plain(getattr(referral, name)) for name in REFERRAL_COLUMNS}


# --- loaders for `check` --------------------------------------------------------------


def load_letters(session: Session) -> Iterator[tuple[str, audit.Snapshot]]:
    parties: dict[int, list[PartyRow]] = defaultdict(list)
    for p in session.execute(
        select(
            LetterParty.letter_id, LetterParty.role, LetterParty.contact_id, LetterParty.purpose
        ).order_by(
            LetterParty.letter_id, LetterParty.role.desc(), LetterParty.position, LetterParty.id
        )
    ):
        parties[p.letter_id].append((p.role, p.contact_id, p.purpose))
    files: dict[int, list[AttachmentRow]] = defaultdict(list)
    for a in session.execute(
        select(Attachment.letter_id, Attachment.sha256, Attachment.filename).order_by(
            Attachment.letter_id, Attachment.id
        )
    ):
        files[a.letter_id].append((a.sha256, a.filename))
    columns = [getattr(Letter, name) for name in LETTER_COLUMNS]
    rows = session.execute(
        select(Letter.id, LetterText.body, Letter.imported, *columns)
        .outerjoin(LetterText, LetterText.letter_id == Letter.id)
        .order_by(Letter.id)
        .execution_options(yield_per=5000)
    )
    names = ("id", "body", "imported", *LETTER_COLUMNS)
    for row in rows:
        values = dict(zip(names, row, strict=True))
        letter_id = values["id"]
        snap = letter_snapshot(
            values, values["body"] or "", parties.get(letter_id, []), files.get(letter_id, [])
        )
        yield str(letter_id), snap


def load_referrals(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [
        (str(r.id), referral_snapshot(r))
        for r in session.scalars(select(Referral).order_by(Referral.id))
    ]


