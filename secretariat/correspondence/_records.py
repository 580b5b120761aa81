"""In-transaction helpers shared by the letter services: audited changes, search text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.correspondence import _search_index as search_index
from secretariat.correspondence._models import Letter, LetterParty, LetterText
from secretariat.correspondence._snapshots import current_letter_snapshot
from secretariat.kernel import audit
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.errors import Conflict
from secretariat.kernel.models import Contact


def party_names(session: Session, letter: Letter) -> list[str]:
    ids = [letter.sender_id] if letter.sender_id else []
    ids += list(
        session.scalars(
            select(LetterParty.contact_id)
            .where(LetterParty.letter_id == letter.id)
            .order_by(LetterParty.role.desc(), LetterParty.position)
        )
    )
    names = dict(session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(ids))).all())
    return [names[i] for i in ids if i in names]


def search_text_for(session: Session, letter: Letter) -> str:
    text_row = session.get(LetterText, letter.id)
    return search_index.search_text_of(
        classification=letter.classification,
        number=letter.number,
        subject=letter.subject,
        summary=letter.summary,
        body=text_row.body if text_row else "",
        party_names=party_names(session, letter),
        keywords=json.loads(letter.keywords or "[]"),
        sender_number=letter.sender_number,
        from_unit=letter.from_unit,
        to_unit=letter.to_unit,
    )


def ensure_not_cancelled(letter: Letter) -> None:
    if letter.cancelled:
        raise Conflict("letter_cancelled", number=letter.number or str(letter.id))


@contextmanager
def letter_change(
    session: Session, actor: CurrentUser, letter: Letter, action: str
) -> Iterator[None]:
    """Wrap a change to a letter (or its parties/attachments): audit it, refresh its index."""
    before = current_letter_snapshot(session, letter)
    yield
    after = current_letter_snapshot(session, letter)
    if after != before:
        search_index.reindex(session, letter.id, search_text_for(session, letter))
        audit.record(session, actor, action, "letter", letter.id, before, after)
