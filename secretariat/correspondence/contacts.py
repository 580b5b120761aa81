"""Contacts: organisations and persons; duplicate warning by normalised name; merge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from secretariat.correspondence import search_index
from secretariat.correspondence._models import Letter, LetterParty
from secretariat.correspondence.dto import ContactInfo, ContactSaved
from secretariat.correspondence.errors import DuplicateContact
from secretariat.correspondence.inputs import (
    ContactInput,
    PartyInput,
    clean_block,
    clean_choice,
    clean_line,
)
from secretariat.correspondence.records import letter_change, search_text_for
from secretariat.correspondence.snapshots import contact_snapshot
from secretariat.correspondence.vocab import ContactKind
from secretariat.kernel import audit, ids
from secretariat.kernel.accounts import require
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import Permission
from secretariat.kernel.text.normalize import normalize_for_search

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_LIST = 1000


# --- reading -------------------------------------------------------------------------

def _infos(
    session: Session, *conditions: ColumnElement[bool], limit: int | None = None
) -> list[ContactInfo]:
    """Contacts (with their organisation's name) by name, then id."""
    org = aliased(Contact)
    query = (
        select(Contact, org.name)
        .outerjoin(org, org.id == Contact.organisation_id)
        .where(*conditions)
        .order_by(Contact.name_norm, Contact.id)
        .limit(limit)
    )
    return [_to_info(c, org_name) for c, org_name in session.execute(query)]


def _to_info(contact: Contact, organisation_name: str | None) -> ContactInfo:
    return ContactInfo(
        id=contact.id, kind=contact.kind, name=contact.name, post_title=contact.post_title,
        organisation_id=contact.organisation_id, organisation_name=organisation_name or "",
        phone=contact.phone, mobile=contact.mobile, postal_code=contact.postal_code,
        national_id=contact.national_id, legal_id=contact.legal_id, email=contact.email,
        address=contact.address, note=contact.note, merged_into_id=contact.merged_into_id,
        created_at=contact.created_at,
    )


def contact_infos(session: Session, contact_ids: Sequence[int]) -> dict[int, ContactInfo]:
    return {c.id: c for c in _infos(session, Contact.id.in_(list(contact_ids)))}


def get_contact(ctx: AppContext, actor: CurrentUser, contact_id: int) -> ContactInfo:
    require(actor, Permission.READ_LETTERS)
    with ctx.read() as session:
        found = contact_infos(session, [contact_id])
    if contact_id not in found:
        raise NotFound("contact_not_found", ref=str(contact_id))
    return found[contact_id]


def list_contacts(
    ctx: AppContext,
    actor: CurrentUser,
    text: str = "",
    kind: str | None = None,
    limit: int = 100,
    include_merged: bool = False,
) -> list[ContactInfo]:
    """Contacts whose name has words starting with what was typed (autocomplete), by name."""
    require(actor, Permission.READ_LETTERS)
    if not 1 <= limit <= MAX_LIST:
        raise ValidationError("limit", "invalid_limit", max=MAX_LIST)
    conditions: list[ColumnElement[bool]] = []
    if kind:
        conditions.append(Contact.kind == clean_choice(kind, ContactKind, "kind"))
    if not include_merged:
        conditions.append(Contact.merged_into_id.is_(None))
    for token in normalize_for_search(text).split():
        conditions.append(
            or_(Contact.name_norm.like(f"{token}%"), Contact.name_norm.like(f"% {token}%"))
        )
    with ctx.read() as session:
        return _infos(session, *conditions, limit=limit)


def find_similar(session: Session, name: str, exclude_id: int | None = None) -> list[Contact]:
    """Contacts (not merged away) whose normalised name equals this one's."""
    query = select(Contact).where(
        Contact.name_norm == normalize_for_search(name), Contact.merged_into_id.is_(None)
    )
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    return list(session.scalars(query.order_by(Contact.id)))


def find_similar_contacts(ctx: AppContext, actor: CurrentUser, name: str) -> list[ContactInfo]:
    """What the form shows as «a contact with this name already exists»."""
    require(actor, Permission.READ_LETTERS)
    with ctx.read() as session:
        similar = [c.id for c in find_similar(session, name)]
        infos = contact_infos(session, similar)
        return [infos[i] for i in similar]


# --- writing -------------------------------------------------------------------------

def _clean(session: Session, data: ContactInput) -> tuple[dict[str, object], list[str]]:
    warnings: list[str] = []
    kind = clean_choice(data.kind, ContactKind, "kind")
    name = clean_line(data.name, "name", 300, required=True)
    values: dict[str, object] = {
        "kind": kind,
        "name": name,
        "name_norm": normalize_for_search(name),
        "post_title": clean_line(data.post_title, "post_title", 200),
        "organisation_id": None,
        "phone": ids.normalize_landline(data.phone) if data.phone.strip() else "",
        "mobile": ids.normalize_mobile(data.mobile) if data.mobile.strip() else "",
        "postal_code": "",
        "national_id": ids.validate_national_id(data.national_id)
        if data.national_id.strip() else "",
        "legal_id": ids.validate_legal_id(data.legal_id) if data.legal_id.strip() else "",
        "email": data.email.strip(),
        "address": clean_block(data.address, "address", 1000),
        "note": clean_block(data.note, "note", 4000),
    }
    if data.postal_code.strip():
        values["postal_code"], postal_warnings = ids.check_postal_code(data.postal_code)
        warnings += postal_warnings
    if values["email"] and not _EMAIL.match(str(values["email"])):
        raise ValidationError("email", "invalid_email")
    if data.organisation_id is not None:
        if kind != ContactKind.PERSON:
            raise ValidationError("organisation", "organisation_not_person")
        org = usable_contact(session, data.organisation_id, "organisation")
        if org.kind != ContactKind.ORGANISATION:
            raise ValidationError("organisation", "organisation_not_person")
        values["organisation_id"] = org.id
    return values, warnings


def usable_contact(session: Session, contact_id: int, field: str = "contact") -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError(field, "contact_not_found", ref=str(contact_id))
    if contact.merged_into_id is not None:
        raise ValidationError(field, "contact_merged", name=contact.name)
    return contact


def create_contact(
    session: Session, actor: CurrentUser, data: ContactInput, allow_duplicate: bool = False
) -> tuple[Contact, list[str]]:
    """Insert a contact inside an open unit of work (audited)."""
    values, warnings = _clean(session, data)
    if not allow_duplicate:
        similar = find_similar(session, str(values["name"]))
        if similar:
            infos = contact_infos(session, [c.id for c in similar])
            raise DuplicateContact(tuple(infos[c.id] for c in similar), name=similar[0].name)
    contact = Contact(**values, created_at=now_utc().replace(microsecond=0))
    session.add(contact)
    session.flush()
    audit.record(session, actor, "create", "contact", contact.id, None, contact_snapshot(contact))
    return contact, warnings


def add_contact(
    ctx: AppContext, actor: CurrentUser, data: ContactInput, allow_duplicate: bool = False
) -> ContactSaved:
    """Raises DuplicateContact (with .similar) when the normalised name exists already."""
    require(actor, Permission.REGISTER_LETTERS)
    with ctx.write() as session:
        contact, warnings = create_contact(session, actor, data, allow_duplicate)
        info = contact_infos(session, [contact.id])[contact.id]
    return ContactSaved(info, tuple(warnings))


def update_contact(
    ctx: AppContext, actor: CurrentUser, contact_id: int, data: ContactInput
) -> ContactSaved:
    """Replace a contact's details; letters naming it are re-indexed under the new name."""
    require(actor, Permission.REGISTER_LETTERS)
    with ctx.write() as session:
        contact = usable_contact(session, contact_id)
        values, warnings = _clean(session, data)
        before = contact_snapshot(contact)
        renamed = contact.name != values["name"]
        for key, value in values.items():
            setattr(contact, key, value)
        session.flush()
        after = contact_snapshot(contact)
        if after != before:
            audit.record(session, actor, "update", "contact", contact.id, before, after)
        if renamed:
            _reindex_letters_of(session, contact.id)
        info = contact_infos(session, [contact.id])[contact.id]
    return ContactSaved(info, tuple(warnings))


def _letters_naming(session: Session, contact_id: int) -> list[Letter]:
    party_letters = select(LetterParty.letter_id).where(LetterParty.contact_id == contact_id)
    return list(
        session.scalars(
            select(Letter)
            .where(or_(Letter.sender_id == contact_id, Letter.id.in_(party_letters)))
            .order_by(Letter.id)
        )
    )


def _reindex_letters_of(session: Session, contact_id: int) -> None:
    """A renamed contact: its letters are found by the new name (the index is derived
    data, so this is not a change of the letters themselves)."""
    for letter in _letters_naming(session, contact_id):
        search_index.reindex(session, letter.id, search_text_for(session, letter))


def merge_contacts(
    ctx: AppContext, actor: CurrentUser, keep_id: int, merge_id: int
) -> ContactInfo:
    """Fold ``merge_id`` into ``keep_id``: its letters and persons move over; it stays,
    marked merged_into, so old audit entries still name something real."""
    require(actor, Permission.REGISTER_LETTERS)
    if keep_id == merge_id:
        raise ValidationError("contact", "merge_same_contact")
    with ctx.write() as session:
        keep = usable_contact(session, keep_id)
        gone = usable_contact(session, merge_id)
        for letter in _letters_naming(session, gone.id):
            with letter_change(session, actor, letter, "merge_contact"):
                if letter.sender_id == gone.id:
                    letter.sender_id = keep.id
                session.execute(
                    update(LetterParty)
                    .where(LetterParty.letter_id == letter.id, LetterParty.contact_id == gone.id)
                    .values(contact_id=keep.id)
                    .execution_options(synchronize_session=False)
                )
        for person in session.scalars(select(Contact).where(Contact.organisation_id == gone.id)):
            before = contact_snapshot(person)
            person.organisation_id = keep.id
            audit.record(session, actor, "merge_contact", "contact", person.id, before,
                         contact_snapshot(person))
        before = contact_snapshot(gone)
        gone.merged_into_id = keep.id
        audit.record(session, actor, "merge", "contact", gone.id, before, contact_snapshot(gone))
        session.flush()
        return contact_infos(session, [keep.id])[keep.id]


def count_contacts(ctx: AppContext, actor: CurrentUser) -> int:
    require(actor, Permission.READ_LETTERS)
    with ctx.read() as session:
        return int(session.scalar(
            select(func.count()).select_from(Contact).where(Contact.merged_into_id.is_(None))
        ) or 0)


# --- parties named on a letter -------------------------------------------------------

@dataclass
class PartyMemory:
    """Names already resolved: kept across the transactions of one bulk import."""

    by_name: dict[str, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


class PartyResolver:
    """Turns PartyInputs into contacts inside one unit of work, creating missing ones.

    Remembers names already resolved, so a bulk import does not look the same
    sender up a thousand times.
    """

    def __init__(
        self, session: Session, actor: CurrentUser, memory: PartyMemory | None = None
    ) -> None:
        self.session = session
        self.actor = actor
        memory = memory if memory is not None else PartyMemory()
        self._by_name = memory.by_name
        self._names = memory.names

    def resolve(self, party: PartyInput, field: str) -> int:
        if party.contact_id is not None:
            contact = usable_contact(self.session, party.contact_id, field)
            self._names[contact.id] = contact.name
            return contact.id
        name = clean_line(party.name, field, 300, required=True)
        key = normalize_for_search(name)
        if not key:
            raise ValidationError(field, "required")
        if key in self._by_name:
            return self._by_name[key]
        existing = find_similar(self.session, name)
        if existing:
            contact = existing[0]  # the oldest one of that name
        else:
            contact, _warnings = create_contact(
                self.session, self.actor, ContactInput(name=name, kind=party.kind),
                allow_duplicate=True,
            )
        self._by_name[key] = contact.id
        self._names[contact.id] = contact.name
        return contact.id

    def name_of(self, contact_id: int) -> str:
        return self._names[contact_id]
