"""Member units: parties of the shared address book with a unit's own details and documents.

A unit's name, phones, postal code and address are its contact's (``contacts.api``, inside
this transaction): a unit whose شناسه ملی/کد ملی or name is already in the address book
(a letter's sender) is linked to that contact, not copied. One unit per national ID: a
second is refused, naming the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactChanged, ContactInput, ContactsMerged
from secretariat.kernel import audit
from secretariat.kernel.blobs import check_source
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import normalize_for_search
from secretariat.membership._dto import (
    DocumentInfo,
    DuplicateUnit,
    UnitChanged,
    UnitInfo,
    UnitInput,
    UnitSaved,
)
from secretariat.membership._lookup import document_info, unit_info, unit_infos, unit_row
from secretariat.membership._models import Association, MemberUnit, UnitDocument
from secretariat.membership._snapshots import (
    association_snapshot,
    document_snapshot,
    unit_snapshot,
)
from secretariat.membership._unit_rules import CleanUnit, clean_national_id, clean_unit
from secretariat.membership._vocab import DocumentKind, MembershipPermission, PersonKind

READ, MANAGE = MembershipPermission.READ, MembershipPermission.MANAGE
MAX_LIST = 1000


def refuse_duplicate(session: Session, national_id: str, exclude: int | None = None) -> None:
    query = select(MemberUnit.id, Contact.name).join(
        Contact, Contact.id == MemberUnit.contact_id).where(MemberUnit.national_id == national_id)
    if exclude is not None:
        query = query.where(MemberUnit.id != exclude)
    found = session.execute(query).first()
    if found is not None:
        raise DuplicateUnit(found.id, found.name)


def _overlay(existing: contacts.ContactInfo, new: ContactInput) -> ContactInput:
    """The existing contact's details where the unit's leave them empty."""
    def pick(field: str) -> str:
        value: str = getattr(new, field)
        return value if value else str(getattr(existing, field))

    person = new.kind == contacts.ContactKind.PERSON
    return ContactInput(
        name=new.name, kind=new.kind, post_title=existing.post_title if person else "",
        organisation_id=existing.organisation_id if person else None,
        phone=pick("phone"), mobile=pick("mobile"), postal_code=pick("postal_code"),
        national_id=new.national_id if person else "",
        legal_id="" if person else new.legal_id, email=existing.email,
        address=pick("address"), note=existing.note)


def _contact_to_reuse(ctx: AppContext, actor: CurrentUser, session: Session,
                      data: ContactInput) -> int | None:
    """A contact this unit already is: the same ID, else the same name without an ID."""
    linked = set(session.scalars(select(MemberUnit.contact_id)))
    for found in contacts.with_identifier(ctx, actor, data.national_id, data.legal_id):
        if found.id not in linked:
            return found.id
    for contact_id in contacts.similar_ids(ctx, actor, data.name):
        info = contacts.get_contact(ctx, actor, contact_id)
        if contact_id not in linked and not info.national_id and not info.legal_id:
            return contact_id
    return None


def link_contact(ctx: AppContext, actor: CurrentUser, session: Session, clean: CleanUnit,
                 contact_id: int | None) -> tuple[int, tuple[str, ...]]:
    """The unit's contact, written with the unit's details (inside the caller's unit of
    work); returns its id and the address book's warnings."""
    if contact_id is None:
        contact_id = _contact_to_reuse(ctx, actor, session, clean.contact)
    if contact_id is None:
        saved = contacts.add_contact(ctx, actor, clean.contact, allow_duplicate=True)
    else:
        existing = contacts.get_contact(ctx, actor, contact_id)
        saved = contacts.update_contact(ctx, actor, contact_id, _overlay(existing, clean.contact))
    return saved.contact.id, saved.warnings


def add_unit(ctx: AppContext, actor: CurrentUser, data: UnitInput,
             contact_id: int | None = None) -> UnitSaved:
    """Register a member unit (linking ``contact_id``, or the contact it already is)."""
    require(actor, MANAGE)
    clean = clean_unit(data)
    with ctx.write() as session:
        refuse_duplicate(session, clean.columns["national_id"])
        linked, warnings = link_contact(ctx, actor, session, clean, contact_id)
        unit = MemberUnit(contact_id=linked, created_at=now_utc().replace(microsecond=0),
                          **clean.columns)
        session.add(unit)
        session.flush()
        audit.record(session, actor, "create", "member_unit", unit.id, None,
                     unit_snapshot(unit))
        ctx.emit(UnitChanged(unit.id, created=True), actor)
        info = unit_infos(session, [unit.id])[unit.id]
    return UnitSaved(info, tuple(dict.fromkeys(warnings + clean.warnings)))


def update_unit(ctx: AppContext, actor: CurrentUser, unit_id: int, data: UnitInput
                ) -> UnitSaved:
    require(actor, MANAGE)
    clean = clean_unit(data)
    with ctx.write() as session:
        unit = unit_row(session, unit_id, "")
        refuse_duplicate(session, clean.columns["national_id"], exclude=unit.id)
        before = unit_snapshot(unit)
        for key, value in clean.columns.items():
            setattr(unit, key, value)
        session.flush()
        after = unit_snapshot(unit)
        if after != before:
            audit.record(session, actor, "update", "member_unit", unit.id, before, after)
        _linked, warnings = link_contact(ctx, actor, session, clean, unit.contact_id)
        ctx.emit(UnitChanged(unit.id), actor)
        info = unit_infos(session, [unit.id])[unit.id]
    return UnitSaved(info, tuple(dict.fromkeys(warnings + clean.warnings)))


def get_unit_info(ctx: AppContext, actor: CurrentUser, unit_id: int) -> UnitInfo:
    require(actor, READ)
    with ctx.read() as session:
        unit = unit_row(session, unit_id, "")
        return unit_infos(session, [unit.id])[unit.id]


def list_units(ctx: AppContext, actor: CurrentUser, search: str = "", limit: int = 100,
               offset: int = 0) -> list[UnitInfo]:
    """Units, newest first; ``search`` matches name words (start of a word) or an ID."""
    require(actor, READ)
    if not 1 <= limit <= MAX_LIST:
        raise ValidationError("limit", "invalid_limit", max=MAX_LIST)
    query = (select(MemberUnit, Contact).join(Contact, Contact.id == MemberUnit.contact_id)
             .order_by(MemberUnit.id.desc()).offset(max(0, offset)).limit(limit))
    digits = to_ascii_digits(search).strip()
    if digits.isdigit():
        query = query.where(MemberUnit.national_id.startswith(digits))
    else:
        for token in normalize_for_search(search).split():
            query = query.where(or_(Contact.name_norm.like(f"{token}%"),
                                    Contact.name_norm.like(f"% {token}%")))
    with ctx.read() as session:
        return [unit_info(u, c) for u, c in session.execute(query)]


def find_unit(ctx: AppContext, actor: CurrentUser, person: str, national_id: str
              ) -> UnitInfo | None:
    """The unit holding this ID (for a form that says so as soon as the ID is typed)."""
    require(actor, READ)
    canonical = clean_national_id(clean_choice(person, PersonKind, "person"), national_id)
    with ctx.read() as session:
        found = session.scalar(select(MemberUnit.id).where(MemberUnit.national_id == canonical))
        return unit_infos(session, [found])[found] if found is not None else None


# --- documents -----------------------------------------------------------------------------

def attach_documents(ctx: AppContext, actor: CurrentUser, unit_id: int, kind: str,
                     files: Sequence[Path]) -> list[DocumentInfo]:
    """Store the files (by content, ``kernel.blobs``) and list them under the unit."""
    require(actor, MANAGE)
    kind = clean_choice(kind, DocumentKind, "kind")
    for path in files:
        check_source(path)
    stored = [ctx.blobs.store(path) for path in files]
    with ctx.write() as session:
        unit = unit_row(session, unit_id, "")
        added = []
        for blob in stored:
            row = UnitDocument(unit_id=unit.id, kind=kind, sha256=blob.sha256,
                               filename=blob.filename, size=blob.size,
                               media_type=blob.media_type,
                               added_at=now_utc().replace(microsecond=0),
                               added_by=actor.username)
            session.add(row)
            session.flush()
            audit.record(session, actor, "create", "unit_document", row.id, None,
                         document_snapshot(row))
            added.append(document_info(row))
        ctx.emit(UnitChanged(unit.id), actor)
    return added


def unit_documents(session: Session, unit_id: int) -> list[DocumentInfo]:
    return [document_info(d) for d in session.scalars(
        select(UnitDocument).where(UnitDocument.unit_id == unit_id).order_by(UnitDocument.id))]


def document_file(ctx: AppContext, actor: CurrentUser, document_id: int) -> Path:
    """Where a unit's document is stored (to open or save a copy)."""
    require(actor, READ)
    with ctx.read() as session:
        row = session.get(UnitDocument, document_id) if is_row_id(document_id) else None
        if row is None:
            raise NotFound("not_found")
        return ctx.blobs.path(row.sha256)


# --- keeping step with the address book (registry reactions) ----------------------------------

def on_contact_changed(session: Session, actor: CurrentUser, event: ContactChanged) -> None:
    """A unit's contact edited on the contacts page: its ID follows, still one per unit."""
    if event.created:
        return
    unit = session.scalar(select(MemberUnit).where(MemberUnit.contact_id == event.contact_id))
    if unit is None:
        return
    contact = session.get(Contact, event.contact_id)
    assert contact is not None
    legal = unit.person == PersonKind.LEGAL
    value = contact.legal_id if legal else contact.national_id
    if value == unit.national_id:
        return
    if not value:
        raise ValidationError("legal_id" if legal else "national_id", "unit_needs_id")
    refuse_duplicate(session, value, exclude=unit.id)
    before = unit_snapshot(unit)
    if legal and unit.economic_code == unit.national_id:
        unit.economic_code = value
    unit.national_id = value
    session.flush()
    audit.record(session, actor, "update", "member_unit", unit.id, before, unit_snapshot(unit))


def on_contacts_merged(session: Session, actor: CurrentUser, event: ContactsMerged) -> None:
    """Units and associations naming the merged contact name the kept one."""
    gone = session.scalar(select(MemberUnit).where(MemberUnit.contact_id == event.merged_id))
    kept = session.scalar(select(MemberUnit.id).where(MemberUnit.contact_id == event.kept_id))
    if gone is not None:
        if kept is not None:
            raise ValidationError("contact", "units_cannot_merge")
        before = unit_snapshot(gone)
        gone.contact_id = event.kept_id
        audit.record(session, actor, "merge_contact", "member_unit", gone.id, before,
                     unit_snapshot(gone))
    for association in session.scalars(
            select(Association).where(Association.contact_id == event.merged_id)):
        before = association_snapshot(association)
        association.contact_id = event.kept_id
        audit.record(session, actor, "merge_contact", "association", association.id, before,
                     association_snapshot(association))
    session.flush()
