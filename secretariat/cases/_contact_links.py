"""Keeping cases in step with the address book (registry reactions, run inside the
transaction that merged or renamed a contact)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from secretariat.cases._models import Case
from secretariat.cases._records import case_change, search_text_for
from secretariat.cases._visibility import visible_levels, visible_to
from secretariat.contacts.api import ContactChanged, ContactsMerged
from secretariat.kernel.context import CurrentUser


def contacts_reached(actor: CurrentUser, contact_id: ColumnElement[int]
                     ) -> ColumnElement[bool] | None:
    """The address book's scope (registry ``contact_scope``): applicants of the cases
    ``actor`` may see."""
    if not visible_levels(actor):
        return None
    return (select(Case.id).where(Case.applicant_id == contact_id, visible_to(actor))
            .correlate_except(Case).exists())


def on_contacts_merged(session: Session, actor: CurrentUser, event: ContactsMerged) -> None:
    """Cases whose applicant was merged away now name the contact kept (each audited)."""
    for case in session.scalars(select(Case).where(Case.applicant_id == event.merged_id)):
        with case_change(session, actor, case, "merge_contact"):
            case.applicant_id = event.kept_id


def on_contact_changed(session: Session, actor: CurrentUser, event: ContactChanged) -> None:
    """A renamed applicant is found under the new name."""
    del actor
    if not event.renamed:
        return
    for case in session.scalars(select(Case).where(Case.applicant_id == event.contact_id)):
        case.search_text = search_text_for(session, case)
