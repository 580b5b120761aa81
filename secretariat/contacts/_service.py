"""The address book: organisations and persons; duplicate warning by normalised name; merge.

Every function is one unit of work; called inside another feature's unit of work (a letter
naming a new sender) it joins that transaction. Everything read for a user is limited to the
contacts that user may know exist (``_scope``): others are «not found». Merging emits ``ContactsMerged`` and a
rename ``ContactChanged(renamed=True)``: the features whose rows name contacts keep them in
step through their registry reactions, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, insert, or_, select
from sqlalchemy.orm import Session, aliased

from secretariat.contacts._dto import (
    ContactChanged,
    ContactInfo,
    ContactInput,
    ContactKind,
    ContactPermission,
    ContactRef,
    ContactSaved,
    ContactsMerged,
    DuplicateContact,
)
from secretariat.contacts._scope import scoped
from secretariat.contacts._snapshots import CONTACT_COLUMNS, contact_snapshot
from secretariat.kernel import audit, ids
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.kernel.text.normalize import normalize_for_search

READ = ContactPermission.READ
EDIT = ContactPermission.EDIT
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


def contact_infos(session: Session, contact_ids: Sequence[int],
                  actor: CurrentUser | None = None) -> dict[int, ContactInfo]:
    """These contacts by id; with ``actor``, only those the actor may see."""
    wanted = [i for i in contact_ids if is_row_id(i)]
    where = [Contact.id.in_(wanted)]
    return {c.id: c for c in _infos(session, *(where if actor is None else scoped(actor, *where)))}


def get_contacts(
    ctx: AppContext, actor: CurrentUser, contact_ids: Sequence[int]
) -> dict[int, ContactInfo]:
    """These contacts by id (missing ids, and those the actor may not see, are left out)."""
    require(actor, READ)
    with ctx.read() as session:
        return contact_infos(session, contact_ids, actor)


def get_contact(ctx: AppContext, actor: CurrentUser, contact_id: int) -> ContactInfo:
    """One contact; NotFound when it is missing or the actor may not see it."""
    require(actor, READ)
    with ctx.read() as session:
        found = contact_infos(session, [contact_id], actor)
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
    require(actor, READ)
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
        return _infos(session, *scoped(actor, *conditions), limit=limit)


def find_similar(session: Session, name: str, exclude_id: int | None = None,
                 actor: CurrentUser | None = None) -> list[Contact]:
    """Contacts (not merged away) whose normalised name equals this one's (with ``actor``:
    those the actor may see)."""
    where = [Contact.name_norm == normalize_for_search(name), Contact.merged_into_id.is_(None)]
    query = select(Contact).where(*(where if actor is None else scoped(actor, *where)))
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    return list(session.scalars(query.order_by(Contact.id)))


def find_similar_contacts(ctx: AppContext, actor: CurrentUser, name: str) -> list[ContactInfo]:
    """What the form shows as «a contact with this name already exists»."""
    require(actor, READ)
    with ctx.read() as session:
        similar = [c.id for c in find_similar(session, name, actor=actor)]
        infos = contact_infos(session, similar)
        return [infos[i] for i in similar]


# --- writing -------------------------------------------------------------------------

def _maker(actor: CurrentUser) -> int | None:
    """The user recorded as a contact's maker (the system user, id 0, is nobody's)."""
    return actor.id if actor.id > 0 else None


def _clean(session: Session, actor: CurrentUser, data: ContactInput
           ) -> tuple[dict[str, object], list[str]]:
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
        "email": clean_line(data.email, "email", 200),
        "address": clean_block(data.address, "address", 1000),
        "note": clean_block(data.note, "note", 4000),
    }
    if data.postal_code.strip():
        values["postal_code"], postal_warnings = ids.check_postal_code(data.postal_code)
        warnings += postal_warnings
    if values["email"] and not ids.is_email(str(values["email"])):
        raise ValidationError("email", "invalid_email")
    if data.organisation_id is not None:
        if kind != ContactKind.PERSON:
            raise ValidationError("organisation", "organisation_not_person")
        org = usable_contact(session, data.organisation_id, "organisation", actor)
        if org.kind != ContactKind.ORGANISATION:
            raise ValidationError("organisation", "organisation_not_person")
        values["organisation_id"] = org.id
    return values, warnings


def usable_contact(session: Session, contact_id: int, field: str = "contact",
                   actor: CurrentUser | None = None) -> Contact:
    """The contact, or ValidationError on ``field`` when it is missing, merged away or (with
    ``actor``) one the actor may not see."""
    contact = None
    if is_row_id(contact_id):
        where = [Contact.id == contact_id]
        contact = session.scalar(
            select(Contact).where(*(where if actor is None else scoped(actor, *where))))
    if contact is None:
        raise ValidationError(field, "contact_not_found", ref=str(contact_id))
    if contact.merged_into_id is not None:
        raise ValidationError(field, "contact_merged", name=contact.name)
    return contact


def create_contact(
    session: Session, actor: CurrentUser, data: ContactInput, allow_duplicate: bool = False
) -> tuple[Contact, list[str]]:
    """Insert a contact inside an open unit of work (audited)."""
    values, warnings = _clean(session, actor, data)
    if not allow_duplicate:
        # Only the ones the actor may see: the warning lists them with their details.
        similar = find_similar(session, str(values["name"]), actor=actor)
        if similar:
            infos = contact_infos(session, [c.id for c in similar])
            raise DuplicateContact(tuple(infos[c.id] for c in similar), name=similar[0].name)
    contact = Contact(**values, created_at=now_utc().replace(microsecond=0),
                      created_by_id=_maker(actor))
    session.add(contact)
    session.flush()
    audit.record(session, actor, "create", "contact", contact.id, None, contact_snapshot(contact))
    return contact, warnings


def add_contact(
    ctx: AppContext, actor: CurrentUser, data: ContactInput, allow_duplicate: bool = False
) -> ContactSaved:
    """Raises DuplicateContact (with .similar) when the normalised name exists already."""
    require(actor, EDIT)
    with ctx.write() as session:
        contact, warnings = create_contact(session, actor, data, allow_duplicate)
        ctx.emit(ContactChanged(contact.id, created=True), actor)
        info = contact_infos(session, [contact.id])[contact.id]
    return ContactSaved(info, tuple(warnings))


def update_contact(
    ctx: AppContext, actor: CurrentUser, contact_id: int, data: ContactInput
) -> ContactSaved:
    """Replace a contact's details; letters naming it are re-indexed under the new name."""
    require(actor, EDIT)
    with ctx.write() as session:
        contact = usable_contact(session, contact_id, actor=actor)
        values, warnings = _clean(session, actor, data)
        before = contact_snapshot(contact)
        renamed = contact.name != values["name"]
        for key, value in values.items():
            setattr(contact, key, value)
        session.flush()
        after = contact_snapshot(contact)
        if after != before:
            audit.record(session, actor, "update", "contact", contact.id, before, after)
            ctx.emit(ContactChanged(contact.id, renamed=renamed, old_name=str(before["name"])),
                     actor)
        info = contact_infos(session, [contact.id])[contact.id]
    return ContactSaved(info, tuple(warnings))


def merge_contacts(
    ctx: AppContext, actor: CurrentUser, keep_id: int, merge_id: int
) -> ContactInfo:
    """Fold ``merge_id`` into ``keep_id``: its letters and persons move over; it stays,
    marked merged_into, so old audit entries still name something real. Admin only: it
    changes records the merger may not see (a secret letter naming the merged contact)."""
    require(actor, ContactPermission.MERGE)
    if keep_id == merge_id:
        raise ValidationError("contact", "merge_same_contact")
    with ctx.write() as session:
        keep = usable_contact(session, keep_id, actor=actor)
        gone = usable_contact(session, merge_id, actor=actor)
        # Letters (and later cases, members) naming it move over first, in this transaction.
        ctx.emit(ContactsMerged(kept_id=keep.id, merged_id=gone.id), actor)
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


# --- for other features, inside their unit of work -------------------------------------

def usable_ref(ctx: AppContext, actor: CurrentUser, contact_id: int, field: str) -> ContactRef:
    """An existing, not merged contact (ValidationError on ``field`` otherwise)."""
    require(actor, READ)
    with ctx.read() as session:
        contact = usable_contact(session, contact_id, field, actor)
        return ContactRef(contact.id, contact.name, contact.kind)


def find_or_add(
    ctx: AppContext, actor: CurrentUser, name: str, kind: str, field: str
) -> ContactRef:
    """The oldest contact with this (normalised) name, or a new one of ``kind``."""
    require(actor, EDIT)
    cleaned = clean_line(name, field, 300, required=True)
    if not normalize_for_search(cleaned):
        raise ValidationError(field, "required")
    with ctx.write() as session:
        existing = find_similar(session, cleaned)
        if existing:
            contact = existing[0]
        else:
            contact, _warnings = create_contact(
                session, actor, ContactInput(name=cleaned, kind=kind), allow_duplicate=True)
            ctx.emit(ContactChanged(contact.id, created=True), actor)
        return ContactRef(contact.id, contact.name, contact.kind)


def similar_ids(ctx: AppContext, actor: CurrentUser, name: str) -> list[int]:
    """Ids of contacts (not merged away) whose normalised name equals this one's, oldest first."""
    require(actor, READ)
    with ctx.read() as session:
        return [c.id for c in find_similar(session, name, actor=actor)]


def with_identifier(ctx: AppContext, actor: CurrentUser, national_id: str = "",
                    legal_id: str = "") -> list[ContactInfo]:
    """Contacts (not merged away) holding this کد ملی or شناسه ملی (canonical digits), oldest
    first: another feature links to the party it already is instead of adding a second."""
    require(actor, READ)
    conditions: list[ColumnElement[bool]] = []
    if national_id:
        conditions.append(Contact.national_id == national_id)
    if legal_id:
        conditions.append(Contact.legal_id == legal_id)
    if not conditions:
        return []
    with ctx.read() as session:
        ids = list(session.scalars(select(Contact.id).where(*scoped(
            actor, or_(*conditions), Contact.merged_into_id.is_(None))).order_by(Contact.id)))
        infos = contact_infos(session, ids)
        return [infos[i] for i in ids]


def add_contacts(ctx: AppContext, actor: CurrentUser, data: Sequence[ContactInput]
                 ) -> list[ContactSaved]:
    """Add many contacts in one statement (an import), each cleaned like ``add_contact`` and
    audited (one entry each, appended together); no duplicate-name refusal: the importing
    feature has matched what already exists. Emits no per-contact event: the caller's own
    event says what changed (pages reload when shown)."""
    require(actor, EDIT)
    if not data:
        return []
    with ctx.write() as session:
        cleaned = [_clean(session, actor, item) for item in data]
        created_at = now_utc().replace(microsecond=0)
        rows = [{**values, "created_at": created_at, "created_by_id": _maker(actor)}
                for values, _warnings in cleaned]
        ids = list(session.scalars(
            insert(table_of(Contact)).returning(table_of(Contact).c.id,
                                                sort_by_parameter_order=True), rows))
        audit.record_many(session, actor, "create", "contact", [
            (contact_id, None, {name: values.get(name) for name in CONTACT_COLUMNS})
            for contact_id, (values, _w) in zip(ids, cleaned, strict=True)])
        infos = contact_infos(session, ids)
    return [ContactSaved(infos[i], tuple(w)) for i, (_v, w) in zip(ids, cleaned, strict=True)]


def identified(ctx: AppContext, actor: CurrentUser, identifiers: Sequence[str]
               ) -> dict[str, int]:
    """For many کد ملی/شناسه ملی at once (an import): identifier -> the oldest contact (not
    merged away) holding it."""
    require(actor, READ)
    wanted = sorted(set(identifiers))
    found: dict[str, int] = {}
    with ctx.read() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = session.execute(
                select(Contact.id, Contact.national_id, Contact.legal_id)
                .where(*scoped(actor, or_(Contact.national_id.in_(chunk),
                                          Contact.legal_id.in_(chunk)),
                               Contact.merged_into_id.is_(None)))
                .order_by(Contact.id.desc()))
            for contact_id, national_id, legal_id in rows:
                for value in (national_id, legal_id):
                    if value in chunk:
                        found[value] = contact_id  # descending ids: the oldest is written last
    return found
