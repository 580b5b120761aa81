"""Associations and their membership types. An association is a party of the shared address
book too (its name, شناسه ملی, phone and address are its contact's). Deactivated, never
deleted."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput, ContactKind
from secretariat.kernel import audit, ids
from secretariat.kernel.blobs import check_source
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_line
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.membership._dto import (
    AssociationChanged,
    AssociationInfo,
    AssociationInput,
    MembershipTypeChanged,
    TypeInfo,
    TypeInput,
)
from secretariat.membership._lookup import (
    as_id,
    association_info,
    association_infos,
    association_row,
)
from secretariat.membership._lookup import type_info as to_type_info
from secretariat.membership._models import Association, Membership, MembershipType
from secretariat.membership._periods import parse_period
from secretariat.membership._snapshots import association_snapshot, type_snapshot
from secretariat.membership._vocab import MembershipPermission

READ, MANAGE = MembershipPermission.READ, MembershipPermission.MANAGE
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,15}")
LOGO_EXTENSIONS = (".png", ".jpg", ".jpeg")
MAX_FEE = 10**15  # rials


def _clean(data: AssociationInput) -> tuple[dict[str, object], ContactInput]:
    code = to_ascii_digits(data.code).strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError("code", "invalid_association_code")
    name = clean_line(data.name, "name", 300, required=True)
    contact = ContactInput(
        name=name, kind=ContactKind.ORGANISATION.value,
        legal_id=ids.validate_legal_id(data.legal_id) if data.legal_id.strip() else "",
        phone=ids.normalize_landline(data.phone) if data.phone.strip() else "",
        address=clean_block(data.address, "address", 1000))
    columns: dict[str, object] = {
        "code": code,
        "registration_no": clean_line(to_ascii_digits(data.registration_no),
                                      "registration_no", 50),
        "chair": clean_line(data.chair, "chair", 200),
        "secretary": clean_line(data.secretary, "secretary", 200),
    }
    return columns, contact


def _code_free(session: Session, code: str, exclude: int | None = None) -> None:
    query = select(Association.id).where(Association.code == code)
    if exclude is not None:
        query = query.where(Association.id != exclude)
    if session.scalar(query) is not None:
        raise ValidationError("code", "association_code_taken", value=code)


def add_association(ctx: AppContext, actor: CurrentUser, data: AssociationInput
                    ) -> AssociationInfo:
    require(actor, MANAGE)
    columns, contact = _clean(data)
    with ctx.write() as session:
        _code_free(session, str(columns["code"]))
        existing = contacts.with_identifier(ctx, actor, legal_id=contact.legal_id)
        if existing:
            contact_id = contacts.update_contact(ctx, actor, existing[0].id, contact).contact.id
        else:
            contact_id = contacts.add_contact(ctx, actor, contact, allow_duplicate=True).contact.id
        row = Association(contact_id=contact_id, active=True, logo_sha256="",
                          created_at=now_utc().replace(microsecond=0), **columns)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "association", row.id, None,
                     association_snapshot(row))
        ctx.emit(AssociationChanged(row.id), actor)
        return association_info(session, row.id)


def update_association(ctx: AppContext, actor: CurrentUser, ref: str | int,
                       data: AssociationInput) -> AssociationInfo:
    require(actor, MANAGE)
    columns, contact = _clean(data)
    with ctx.write() as session:
        row = association_row(session, ref)
        if columns["code"] != row.code:
            _code_free(session, str(columns["code"]), exclude=row.id)
            if session.scalar(select(Membership.id).where(Membership.association_id == row.id)
                              .limit(1)) is not None:
                raise ValidationError("code", "association_code_in_use")
        before = association_snapshot(row)
        for key, value in columns.items():
            setattr(row, key, value)
        existing = contacts.get_contact(ctx, actor, row.contact_id)
        contacts.update_contact(ctx, actor, row.contact_id, ContactInput(
            name=contact.name, kind=existing.kind, legal_id=contact.legal_id,
            phone=contact.phone, address=contact.address, mobile=existing.mobile,
            postal_code=existing.postal_code, email=existing.email, note=existing.note))
        _record_change(ctx, session, actor, row, before)
        return association_info(session, row.id)


def _record_change(ctx: AppContext, session: Session, actor: CurrentUser, row: Association,
                   before: audit.Snapshot) -> None:
    session.flush()
    after = association_snapshot(row)
    if after != before:
        audit.record(session, actor, "update", "association", row.id, before, after)
    ctx.emit(AssociationChanged(row.id), actor)


def set_association_active(ctx: AppContext, actor: CurrentUser, ref: str | int,
                           active: bool) -> AssociationInfo:
    """Deactivate (no new members join it) or activate again; nothing is deleted."""
    require(actor, MANAGE)
    with ctx.write() as session:
        row = association_row(session, ref)
        before = association_snapshot(row)
        row.active = active
        _record_change(ctx, session, actor, row, before)
        return association_info(session, row.id)


def set_association_logo(ctx: AppContext, actor: CurrentUser, ref: str | int,
                         source: Path | None) -> AssociationInfo:
    """The logo printed on its cards and certificates (None: no logo)."""
    require(actor, MANAGE)
    sha = ""
    if source is not None:
        check_source(source, LOGO_EXTENSIONS, 5 * 1024 * 1024, field="logo")
        sha = ctx.blobs.store(source, field="logo").sha256
    with ctx.write() as session:
        row = association_row(session, ref)
        before = association_snapshot(row)
        row.logo_sha256 = sha
        _record_change(ctx, session, actor, row, before)
        return association_info(session, row.id)


def list_associations(ctx: AppContext, actor: CurrentUser) -> list[AssociationInfo]:
    require(actor, READ)
    with ctx.read() as session:
        return association_infos(session)


def get_association(ctx: AppContext, actor: CurrentUser, ref: str | int) -> AssociationInfo:
    require(actor, READ)
    with ctx.read() as session:
        return association_info(session, association_row(session, ref).id)


def logo_file(ctx: AppContext, actor: CurrentUser, ref: str | int) -> Path | None:
    require(actor, READ)
    with ctx.read() as session:
        sha = association_row(session, ref).logo_sha256
    return ctx.blobs.path(sha) if sha and ctx.blobs.verify(sha) else None


# --- membership types ------------------------------------------------------------------------

def _fee(value: object, field: str, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEE:
        raise ValidationError(field, "invalid_fee")
    return value


def _clean_type(data: TypeInput) -> dict[str, object]:
    rule, months = parse_period(data.period)
    if (isinstance(data.grace_days, bool) or not isinstance(data.grace_days, int)
            or not 0 <= data.grace_days <= 365):
        raise ValidationError("grace_days", "invalid_grace_days")
    return {
        "name": clean_line(data.name, "name", 100, required=True),
        "entry_fee": _fee(data.entry_fee, "entry_fee"),
        "yearly_fee": _fee(data.yearly_fee, "yearly_fee"),
        "renewal_fee": _fee(data.renewal_fee, "renewal_fee", optional=True),
        "vote": bool(data.vote), "period_rule": rule, "period_months": months,
        "grace_days": data.grace_days, "active": bool(data.active),
    }


def _name_free(session: Session, association_id: int, name: str,
               exclude: int | None = None) -> None:
    query = select(MembershipType.id).where(MembershipType.association_id == association_id,
                                            MembershipType.name == name)
    if exclude is not None:
        query = query.where(MembershipType.id != exclude)
    if session.scalar(query) is not None:
        raise ValidationError("name", "type_name_taken", name=name)


def add_type(ctx: AppContext, actor: CurrentUser, data: TypeInput) -> TypeInfo:
    require(actor, MANAGE)
    columns = _clean_type(data)
    with ctx.write() as session:
        association = association_row(session, data.association)
        _name_free(session, association.id, str(columns["name"]))
        row = MembershipType(association_id=association.id,
                             created_at=now_utc().replace(microsecond=0), **columns)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "membership_type", row.id, None,
                     type_snapshot(row))
        ctx.emit(MembershipTypeChanged(row.id), actor)
        return to_type_info(row, association.code)


def update_type(ctx: AppContext, actor: CurrentUser, type_id: int, data: TypeInput
                ) -> TypeInfo:
    """New fees apply to periods made from now on; the period rule of a type in use stays
    (its members' periods were cut by it)."""
    require(actor, MANAGE)
    columns = _clean_type(data)
    with ctx.write() as session:
        row = session.get(MembershipType, type_id) if is_row_id(type_id) else None
        if row is None:
            raise ValidationError("type", "type_not_found", name=str(type_id))
        association = association_row(session, row.association_id)
        _name_free(session, association.id, str(columns["name"]), exclude=row.id)
        used = session.scalar(select(func.count()).where(Membership.type_id == row.id))
        if used and (columns["period_rule"], columns["period_months"]) != (
                row.period_rule, row.period_months):
            raise ValidationError("period", "type_rule_in_use")
        before = type_snapshot(row)
        for key, value in columns.items():
            setattr(row, key, value)
        session.flush()
        after = type_snapshot(row)
        if after != before:
            audit.record(session, actor, "update", "membership_type", row.id, before, after)
        ctx.emit(MembershipTypeChanged(row.id), actor)
        return to_type_info(row, association.code)


def list_types(ctx: AppContext, actor: CurrentUser, association: str | int | None = None
               ) -> list[TypeInfo]:
    require(actor, READ)
    with ctx.read() as session:
        query = (select(MembershipType, Association.code)
                 .join(Association, Association.id == MembershipType.association_id)
                 .order_by(Association.code, MembershipType.id))
        if association is not None:
            query = query.where(
                MembershipType.association_id == association_row(session, association).id)
        return [to_type_info(t, code) for t, code in session.execute(query)]


def type_row(session: Session, association_id: int, ref: str | int) -> MembershipType:
    """A type of this association by name or id."""
    text = to_ascii_digits(str(ref)).strip()
    found = session.scalar(select(MembershipType).where(
        MembershipType.association_id == association_id, MembershipType.name == text))
    if found is None and (row_id := as_id(text)) is not None:
        candidate = session.get(MembershipType, row_id)
        if candidate is not None and candidate.association_id == association_id:
            found = candidate
    if found is None:
        raise ValidationError("type", "type_not_found", name=str(ref))
    return found
