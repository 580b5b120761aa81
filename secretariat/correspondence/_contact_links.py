"""Keeping letters in step with the address book (registry reactions, in the same
transaction as the contact change)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select, true, update
from sqlalchemy.orm import Session

from secretariat.contacts.api import ContactChanged, ContactsMerged
from secretariat.correspondence import _search_index as search_index
from secretariat.correspondence._models import Letter, LetterParty
from secretariat.correspondence._records import letter_change, search_text_for
from secretariat.correspondence._visibility import visible_levels, visible_to
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.roles import Clearance


def contacts_reached(actor: CurrentUser, contact_id: ColumnElement[int]
                     ) -> ColumnElement[bool] | None:
    """The address book's scope (registry ``contact_scope``): the senders, recipients and
    رونوشت of the letters ``actor`` may see (the letter search's own visibility condition);
    everyone's, to a reader cleared for every classification."""
    levels = visible_levels(actor)
    if not levels:
        return None
    if len(levels) == len(Clearance):
        return true()
    # Correlated EXISTS, one index probe per contact (letters by sender and classification,
    # parties by contact and letter): the contact list stays fast at a million letters.
    sent = (select(Letter.id).where(Letter.sender_id == contact_id, visible_to(actor))
            .correlate_except(Letter))
    named = (select(LetterParty.id).join(Letter, Letter.id == LetterParty.letter_id)
             .where(LetterParty.contact_id == contact_id, visible_to(actor))
             .correlate_except(Letter, LetterParty))
    return or_(sent.exists(), named.exists())


def _letters_naming(session: Session, contact_id: int) -> list[Letter]:
    party_letters = select(LetterParty.letter_id).where(LetterParty.contact_id == contact_id)
    return list(
        session.scalars(
            select(Letter)
            .where(or_(Letter.sender_id == contact_id, Letter.id.in_(party_letters)))
            .order_by(Letter.id)
        )
    )


def on_contacts_merged(session: Session, actor: CurrentUser, event: ContactsMerged) -> None:
    """Every letter naming the merged contact names the kept one instead (audited)."""
    gone, keep = event.merged_id, event.kept_id
    for letter in _letters_naming(session, gone):
        with letter_change(session, actor, letter, "merge_contact"):
            if letter.sender_id == gone:
                letter.sender_id = keep
            session.execute(
                update(LetterParty)
                .where(LetterParty.letter_id == letter.id, LetterParty.contact_id == gone)
                .values(contact_id=keep)
                .execution_options(synchronize_session=False)
            )


def on_contact_changed(session: Session, actor: CurrentUser, event: ContactChanged) -> None:
    """A renamed contact: its letters are found by the new name (the index is derived data,
    so this is not a change of the letters themselves)."""
    if not event.renamed:
        return
    before = {event.contact_id: event.old_name}
    for letter in _letters_naming(session, event.contact_id):
        search_index.reindex(session, letter.id, search_text_for(session, letter, before),
                             search_text_for(session, letter))
