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

from sqlalchemy import Date, select, text
from sqlalchemy.orm import Session

from secretariat.correspondence._models import Attachment, Letter, LetterParty, LetterText, Referral
from secretariat.kernel import audit
from secretariat.kernel.db.types import UTCDateTime

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

# The columns that hold a date or a time (the snapshot keeps them as ISO text).
_TEMPORAL = tuple(name for name in LETTER_COLUMNS
                  if isinstance(Letter.__table__.c[name].type, Date | UTCDateTime))

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
    snap = {name: values[name] for name in LETTER_COLUMNS}
    for name in _TEMPORAL:  # only these columns hold dates and times
        snap[name] = _plain(snap[name])
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


# Added by migration 0014: in a snapshot only when not at their default, so a referral
# audited before they existed still matches its last audit entry.
REFERRAL_DEFAULTED: dict[str, str] = {"kind": "action", "priority": "normal"}


def referral_snapshot(referral: Referral) -> audit.Snapshot:
    snap = {name: _plain(getattr(referral, name)) for name in REFERRAL_COLUMNS}
    for name, default in REFERRAL_DEFAULTED.items():
        value = getattr(referral, name) or default
        if value != default:
            snap[name] = value
    return snap


# --- loaders for `check`, readers for the audit log ------------------------------------

LOAD_CHUNK = 5000  # letters read at a time: memory stays bounded at any register size


_LETTERS_SQL = text(
    "SELECT letters.id, letter_texts.body, letters.imported, "
    + ", ".join(f"letters.{name}" for name in LETTER_COLUMNS)
    + " FROM letters LEFT OUTER JOIN letter_texts ON letter_texts.letter_id = letters.id"
    " WHERE letters.id > :last ORDER BY letters.id LIMIT :limit")
_PARTIES_SQL = text(
    "SELECT letter_id, role, contact_id, purpose FROM letter_parties"
    " WHERE letter_id BETWEEN :first AND :last"
    " ORDER BY letter_id, role DESC, position, id")
_FILES_SQL = text(
    "SELECT letter_id, sha256, filename FROM attachments WHERE letter_id BETWEEN :first AND :last"
    " ORDER BY letter_id, id")
# The times, as the ORM would hand them over (the rest the snapshot turns to text itself).
_TIMES = tuple(i for i, name in enumerate(LETTER_COLUMNS, start=3)
               if isinstance(Letter.__table__.c[name].type, UTCDateTime))


def load_letters(session: Session) -> Iterator[tuple[str, audit.Snapshot]]:
    """Every letter's (id, snapshot), in id order, a chunk of ids at a time: the same
    snapshots as ``current_letter_snapshot`` (a test compares them), read with untyped SQL
    because ``check`` reads a million of them."""
    conn = session.connection()
    names = ("id", "body", "imported", *LETTER_COLUMNS)
    utc_iso = audit.utc_iso
    last = 0
    while True:
        rows = conn.execute(_LETTERS_SQL, {"last": last, "limit": LOAD_CHUNK}).all()
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        parties: dict[int, list[PartyRow]] = defaultdict(list)
        for letter_id, role, contact_id, purpose in conn.execute(
                _PARTIES_SQL, {"first": first, "last": last}):
            parties[letter_id].append((role, contact_id, purpose))
        files: dict[int, list[AttachmentRow]] = defaultdict(list)
        for letter_id, sha, filename in conn.execute(_FILES_SQL, {"first": first, "last": last}):
            files[letter_id].append((sha, filename))
        for row in rows:
            values = dict(zip(names, row, strict=True))
            for i in _TIMES:
                if row[i] is not None:
                    values[names[i]] = utc_iso(row[i])
            letter_id = row[0]
            yield str(letter_id), letter_snapshot(
                values, values["body"] or "", parties.get(letter_id, []), files.get(letter_id, [])
            )


def load_referrals(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [
        (str(r.id), referral_snapshot(r))
        for r in session.scalars(select(Referral).order_by(Referral.id))
    ]


def read_letter(session: Session, letter_id: str) -> audit.Snapshot | None:
    letter = session.get(Letter, int(letter_id)) if letter_id.isdigit() else None
    return current_letter_snapshot(session, letter) if letter is not None else None


def read_referral(session: Session, referral_id: str) -> audit.Snapshot | None:
    referral = session.get(Referral, int(referral_id)) if referral_id.isdigit() else None
    return referral_snapshot(referral) if referral is not None else None
