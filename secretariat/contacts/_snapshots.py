"""The audited state of a contact: what the audit log records and ``check`` compares."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel.audit import Snapshot
from secretariat.kernel.models import Contact

CONTACT_COLUMNS: tuple[str, ...] = (
    "kind",
    "name",
    "post_title",
    "organisation_id",
    "phone",
    "mobile",
    "postal_code",
    "national_id",
    "legal_id",
    "email",
    "address",
    "note",
    "merged_into_id",
)


def contact_snapshot(contact: Contact) -> Snapshot:
    return {name: getattr(contact, name) for name in CONTACT_COLUMNS}


def read_contact(session: Session, contact_id: str) -> Snapshot | None:
    contact = session.get(Contact, int(contact_id)) if contact_id.isdigit() else None
    return contact_snapshot(contact) if contact is not None else None


def load_contacts(session: Session) -> list[tuple[str, Snapshot]]:
    """Every contact's (id, snapshot), for ``check``."""
    return [
        (str(c.id), contact_snapshot(c))
        for c in session.scalars(select(Contact).order_by(Contact.id))
    ]
