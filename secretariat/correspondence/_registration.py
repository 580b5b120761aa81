"""Turning LetterInputs into register rows: validation, parties, links, numbers, insert.

One path for the form, the CLI and bulk import: ``prepare`` checks one input,
``assign_numbers`` numbers a batch, ``insert_letters`` writes letters, texts,
parties, index entries and audit entries in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from secretariat.correspondence import _numbering as numbering
from secretariat.correspondence import _search_index as search_index
from secretariat.correspondence._inputs import LetterInput
from secretariat.correspondence._models import Letter, LetterParty, LetterText
from secretariat.correspondence._parties import PartyResolver
from secretariat.correspondence._records import letter_change
from secretariat.correspondence._snapshots import letter_snapshot
from secretariat.correspondence._visibility import visible_to
from secretariat.correspondence._vocab import (
    DISPATCH_METHODS,
    KIND_LABELS,
    Classification,
    LetterKind,
    LetterStatus,
    PartyRole,
    Purpose,
    Urgency,
)
from secretariat.kernel import audit
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import check_year, jalali_year, now_utc
from secretariat.kernel.models import User
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_keywords, clean_line
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import remove_invisible_marks


@dataclass(frozen=True)
class LetterRow:
    """A checked letter's register columns, before it is numbered (typed, one per column)."""

    kind: str
    status: str
    registered_on: date
    subject: str
    summary: str
    sender_id: int | None
    sender_number: str
    sender_date: date | None
    urgency: str
    classification: str
    keywords: str  # JSON list
    signatory_id: int | None
    signed_at: datetime | None
    dispatch_method: str
    dispatch_date: date | None
    postal_tracking_code: str
    reply_expected_by: date | None
    replied_by_id: int | None
    from_unit: str
    to_unit: str
    reply_to_id: int | None
    follows_id: int | None
    archive_code: str
    cancelled: bool
    cancel_reason: str
    cancelled_by_id: int | None
    cancelled_at: datetime | None
    created_at: datetime
    created_by_id: int | None
    imported: bool = False  # taken over from an earlier register with its own number

    def columns(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _ROW_FIELDS}


_ROW_FIELDS = tuple(f.name for f in fields(LetterRow))


@dataclass(frozen=True)
class LetterNumber:
    """What numbering adds: 1405/و/12 is seq 12 of (secretariat 1, incoming, 1405). A number
    taken over from an earlier register in another format has no seq."""

    secretariat_code: str
    year: int
    seq: int | None
    number: str

    def columns(self) -> dict[str, Any]:
        return {"secretariat_code": self.secretariat_code, "year": self.year, "seq": self.seq,
                "number": self.number}


NO_NUMBER: dict[str, Any] = {"secretariat_code": None, "year": None, "seq": None, "number": None}


@dataclass
class PreparedLetter:
    """A checked letter about to be inserted: its row, number, parties and text."""

    row: LetterRow
    body: str
    parties: list[tuple[str, int, str, int]]  # role, contact id, purpose, position
    party_names: list[str]
    keywords: tuple[str, ...]
    closes_wait_of: int | None = None  # the outgoing letter this one answers
    id: int | None = field(default=None)
    numbered: LetterNumber | None = None  # set by assign_numbers (drafts stay None)

    @property
    def number(self) -> str | None:
        return self.numbered.number if self.numbered is not None else None

    def values(self) -> dict[str, Any]:
        """Every column, as the insert and the audit snapshot take them."""
        values = self.row.columns()
        values.update(self.numbered.columns() if self.numbered is not None else NO_NUMBER)
        return values

    def search_text(self) -> str:
        r = self.row
        return search_index.search_text_of(
            classification=r.classification, number=self.number, subject=r.subject,
            summary=r.summary, body=self.body, party_names=self.party_names,
            keywords=self.keywords, sender_number=r.sender_number, from_unit=r.from_unit,
            to_unit=r.to_unit,
        )

    def snapshot(self) -> audit.Snapshot:
        return letter_snapshot(
            self.values(), self.body, [(r, c, p) for r, c, p, _pos in self.parties], []
        )


# --- references to other letters -----------------------------------------------------

def clean_ref(ref: str | int) -> str:
    return to_ascii_digits(remove_invisible_marks(str(ref))).strip()


def find_letter_id(session: Session, actor: CurrentUser, ref: str | int, field: str) -> int:
    """A letter by its number (ASCII or Persian digits) or its id; invisible ones are not found."""
    text = clean_ref(ref)
    if text:
        found = session.scalar(select(Letter.id).where(Letter.number == text, visible_to(actor)))
        if found is not None:
            return found
        if text.isascii() and text.isdigit() and is_row_id(int(text)):
            found = session.scalar(
                select(Letter.id).where(Letter.id == int(text), visible_to(actor))
            )
            if found is not None:
                return found
    if field == "ref":
        raise NotFound("letter_not_found", ref=str(ref))
    raise ValidationError(field, "letter_not_found", ref=str(ref))


def _linked(
    session: Session, actor: CurrentUser, ref: str | int | None, field: str, self_id: int | None
) -> Letter | None:
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    target = session.get(Letter, find_letter_id(session, actor, ref, field))
    assert target is not None
    if self_id is not None and target.id == self_id:
        raise ValidationError(field, "link_to_self")
    if target.number is None:
        raise ValidationError(field, "link_to_draft", ref=str(ref))
    return target


# --- checking one input ---------------------------------------------------------------

def _not_for_kind(kind: str, field: str) -> ValidationError:
    return ValidationError(field, "field_not_for_kind", kind=KIND_LABELS[kind])


def _user_id(session: Session, username: str, field: str) -> int:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ValidationError(field, "user_not_found", username=username)
    if not user.active:
        raise ValidationError(field, "user_inactive", username=username)
    return user.id


def _check_kind_fields(data: LetterInput, kind: str) -> None:
    incoming_only: dict[str, object] = {"sender_number": data.sender_number, "sender_date": data.sender_date}
    internal_only: dict[str, object] = {"from_unit": data.from_unit, "to_unit": data.to_unit}
    checks: list[tuple[bool, dict[str, object]]] = [
        (kind != LetterKind.INCOMING, incoming_only),
        (kind != LetterKind.INTERNAL, internal_only),
        (kind == LetterKind.OUTGOING, {"sender": data.sender}),
        (kind == LetterKind.INCOMING, {"signatory": data.signatory,
                                       "reply_expected_by": data.reply_expected_by}),
        (kind != LetterKind.OUTGOING, {"draft": data.draft}),
    ]
    for applies, named in checks:
        if not applies:
            continue
        for name, value in named.items():
            if value not in (None, "", False):
                if name == "draft":
                    raise ValidationError("draft", "draft_only_outgoing")
                raise _not_for_kind(kind, name)


def prepare(
    session: Session,
    actor: CurrentUser,
    data: LetterInput,
    resolver: PartyResolver,
    today: date,
    editing: Letter | None = None,
) -> PreparedLetter:
    """Check one input and resolve its parties and links (contacts may be created)."""
    kind = clean_choice(data.kind, LetterKind, "kind")
    _check_kind_fields(data, kind)
    subject = clean_line(data.subject, "subject", 500, required=True)
    for name in ("registered_on", "sender_date", "dispatch_date", "reply_expected_by"):
        value = getattr(data, name)
        if value is not None:
            check_year(value, name)  # a date object from any way in, not only typed text
    registered_on = data.registered_on or today
    if registered_on > today:
        raise ValidationError("registered_on", "date_in_future")
    if data.sender_date is not None and data.sender_date > registered_on:
        raise ValidationError("sender_date", "sender_date_after_registration")
    if data.reply_expected_by is not None and data.reply_expected_by < registered_on:
        raise ValidationError("reply_expected_by", "date_before_registration")
    if kind == LetterKind.INCOMING and data.sender is None:
        raise ValidationError("sender", "required")
    if kind == LetterKind.OUTGOING and not data.recipients:
        raise ValidationError("recipients", "required")
    dispatch = clean_line(data.dispatch_method, "dispatch_method", 32)
    if dispatch and dispatch not in DISPATCH_METHODS:
        raise ValidationError("dispatch_method", "invalid_choice", value=dispatch,
                              allowed="، ".join(DISPATCH_METHODS))

    sender_id = resolver.resolve(data.sender, "sender") if data.sender else None
    parties: list[tuple[str, int, str, int]] = []
    for role, items, field_name in (
        (PartyRole.TO, data.recipients, "recipients"),
        (PartyRole.CC, data.cc, "cc"),
    ):
        for position, party in enumerate(items):
            purpose = clean_line(party.purpose, "purpose", 16)
            if role == PartyRole.CC:
                purpose = clean_choice(purpose or Purpose.INFORMATION, Purpose, "purpose")
            elif purpose:
                purpose = clean_choice(purpose, Purpose, "purpose")
            contact_id = resolver.resolve(party, field_name)
            parties.append((role.value, contact_id, purpose, position))
    names = ([resolver.name_of(sender_id)] if sender_id else []) + [
        resolver.name_of(c) for _r, c, _p, _pos in parties
    ]

    self_id = editing.id if editing is not None else None
    reply_to = _linked(session, actor, data.reply_to, "reply_to", self_id)
    follows = _linked(session, actor, data.follows, "follows", self_id)
    keywords = clean_keywords(data.keywords)
    draft = data.draft and kind == LetterKind.OUTGOING
    now = now_utc().replace(microsecond=0)
    row = LetterRow(
        kind=kind,
        status=LetterStatus.DRAFT.value if draft else LetterStatus.REGISTERED.value,
        registered_on=registered_on,
        subject=subject,
        summary=clean_block(data.summary, "summary", 4000),
        sender_id=sender_id,
        sender_number=to_ascii_digits(clean_line(data.sender_number, "sender_number", 100)),
        sender_date=data.sender_date,
        urgency=clean_choice(data.urgency or "normal", Urgency, "urgency"),
        classification=clean_choice(data.classification or "normal", Classification,
                                    "classification"),
        keywords=json.dumps(list(keywords), ensure_ascii=False),
        signatory_id=_user_id(session, data.signatory, "signatory") if data.signatory else None,
        signed_at=None,
        dispatch_method=dispatch,
        dispatch_date=data.dispatch_date,
        postal_tracking_code=to_ascii_digits(
            clean_line(data.postal_tracking_code, "postal_tracking_code", 64)),
        reply_expected_by=data.reply_expected_by,
        replied_by_id=None,
        from_unit=clean_line(data.from_unit, "from_unit", 200),
        to_unit=clean_line(data.to_unit, "to_unit", 200),
        reply_to_id=reply_to.id if reply_to else None,
        follows_id=follows.id if follows else None,
        archive_code="",
        cancelled=False,
        cancel_reason="",
        cancelled_by_id=None,
        cancelled_at=None,
        created_at=now,
        created_by_id=actor.id or None,
    )
    closes = None
    if (
        kind == LetterKind.INCOMING
        and reply_to is not None
        and reply_to.reply_expected_by is not None
        and reply_to.replied_by_id is None
    ):
        closes = reply_to.id
    return PreparedLetter(row, clean_block(data.body, "body"), parties, names, keywords, closes)


# --- numbers and insertion ------------------------------------------------------------

def assign_numbers(session: Session, prepared: Sequence[PreparedLetter]) -> None:
    """Number every non-draft letter: per kind and Jalali year, in input order."""
    settings = numbering.numbering_settings(session)
    groups: dict[tuple[str, int], list[PreparedLetter]] = {}
    for p in prepared:
        if p.row.status != LetterStatus.DRAFT:
            key = (p.row.kind, jalali_year(p.row.registered_on))
            groups.setdefault(key, []).append(p)
    numbers: list[str] = []
    for (kind, year), members in groups.items():
        first = numbering.allocate(session, settings.secretariat_code, kind, year, len(members))
        for offset, p in enumerate(members):
            p.numbered = number_letter(kind, settings, year, first + offset)
            numbers.append(p.numbered.number)
    if numbers:
        if len(set(numbers)) != len(numbers):
            raise ValidationError("number_format", "invalid_number_format",
                                  format=settings.number_format, detail="repeats")
        numbering.ensure_unused(session, numbers)


def number_letter(
    kind: str, settings: numbering.NumberingSettings, year: int, seq: int
) -> LetterNumber:
    return LetterNumber(
        secretariat_code=settings.secretariat_code, year=year, seq=seq,
        number=numbering.format_number(settings.number_format, year=year, kind=kind,
                                       secretariat=settings.secretariat_code, seq=seq),
    )


def insert_letters(
    session: Session, actor: CurrentUser, prepared: Sequence[PreparedLetter], batch_audit: bool,
    action: str = "create",
) -> list[int]:
    """Insert numbered letters with their texts, parties, index entries and audit entries."""
    if not prepared:
        return []
    # Core inserts (the tables, not the mapped classes): the ORM's bulk path splits
    # rows into groups and splices their results, which grows quadratically.
    letters_table = table_of(Letter)
    new_ids = list(
        session.execute(
            insert(letters_table).returning(letters_table.c.id, sort_by_parameter_order=True),
            [p.values() for p in prepared],
        ).scalars()
    )
    texts, party_rows, index_rows = [], [], []
    for p, letter_id in zip(prepared, new_ids, strict=True):
        p.id = letter_id
        search = p.search_text()
        texts.append({"letter_id": letter_id, "body": p.body,
                      "search_text": search_index.stored_text(session, search)})
        index_rows.append((letter_id, search))
        party_rows += [
            {"letter_id": letter_id, "contact_id": c, "role": r, "purpose": pur, "position": pos}
            for r, c, pur, pos in p.parties
        ]
    session.execute(insert(table_of(LetterText)), texts)
    if party_rows:
        session.execute(insert(table_of(LetterParty)), party_rows)
    search_index.index_new(session, index_rows)
    items = [(p.id, None, p.snapshot()) for p in prepared]
    if batch_audit:
        audit.record_many(session, actor, action, "letter", items)
    else:
        for entity_id, before, after in items:
            audit.record(session, actor, action, "letter", entity_id, before, after)
    close_waits(session, actor, prepared)
    return new_ids


def close_waits(session: Session, actor: CurrentUser, prepared: Sequence[PreparedLetter]) -> None:
    """An incoming letter registered in reply (عطف) ends the wait of the letter it answers."""
    for p in prepared:
        if p.closes_wait_of is None:
            continue
        waiting = session.get(Letter, p.closes_wait_of)
        if waiting is None or waiting.replied_by_id is not None:
            continue
        with letter_change(session, actor, waiting, "reply_received"):
            waiting.replied_by_id = p.id
