"""In-transaction helpers shared by the letter services: audited changes, search text."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
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


def party_names(
    session: Session, letter: Letter, renamed: Mapping[int, str] | None = None
) -> list[str]:
    """The names of the letter's sender, recipients and cc, in order (``renamed``: names to
    use instead of the contacts' own, e.g. the name a contact had before a rename)."""
    ids = [letter.sender_id] if letter.sender_id else []
    ids += list(
        session.scalars(
            select(LetterParty.contact_id)
            .where(LetterParty.letter_id == letter.id)
            .order_by(LetterParty.role.desc(), LetterParty.position)
        )
    )
    names = dict(session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(ids))).all())
    names.update(renamed or {})
    return [names[i] for i in ids if i in names]


def search_text_for(
    session: Session, letter: Letter, renamed: Mapping[int, str] | None = None
) -> str:
    """The text the letter is indexed by, from its rows as they are now."""
    text_row = session.get(LetterText, letter.id)
    return search_index.search_text_of(
        classification=letter.classification,
        number=letter.number,
        subject=letter.subject,
        summary=letter.summary,
        body=text_row.body if text_row else "",
        party_names=party_names(session, letter, renamed),
        keywords=json.loads(letter.keywords or "[]"),
        sender_number=letter.sender_number,
        from_unit=letter.from_unit,
        to_unit=letter.to_unit,
    )


def all_search_texts(session: Session, chunk: int = 2000) -> Iterator[tuple[int, str]]:
    """(id, search text) of every letter, a chunk of ids at a time (for
    ``search_index.rebuild``); the same text ``search_text_for`` gives one letter."""
    last = 0
    while True:
        rows = session.execute(
            select(Letter.id, Letter.classification, Letter.number, Letter.subject,
                   Letter.summary, Letter.keywords, Letter.sender_number, Letter.from_unit,
                   Letter.to_unit, Letter.sender_id, LetterText.body)
            .outerjoin(LetterText, LetterText.letter_id == Letter.id)
            .where(Letter.id > last).order_by(Letter.id).limit(chunk)).all()
        if not rows:
            return
        first, last = rows[0].id, rows[-1].id
        parties: dict[int, list[int]] = {}
        for letter_id, contact_id in session.execute(
                select(LetterParty.letter_id, LetterParty.contact_id)
                .where(LetterParty.letter_id.between(first, last))
                .order_by(LetterParty.letter_id, LetterParty.role.desc(), LetterParty.position)):
            parties.setdefault(letter_id, []).append(contact_id)
        wanted = {i for r in rows for i in [r.sender_id, *parties.get(r.id, [])] if i}
        names = dict(session.execute(
            select(Contact.id, Contact.name).where(Contact.id.in_(wanted))).all())
        for r in rows:
            ids = ([r.sender_id] if r.sender_id else []) + parties.get(r.id, [])
            yield r.id, search_index.search_text_of(
                classification=r.classification, number=r.number, subject=r.subject,
                summary=r.summary, body=r.body or "",
                party_names=[names[i] for i in ids if i in names],
                keywords=json.loads(r.keywords or "[]"), sender_number=r.sender_number,
                from_unit=r.from_unit, to_unit=r.to_unit,
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
    indexed = search_text_for(session, letter)  # what the index holds now (see reindex)
    yield
    after = current_letter_snapshot(session, letter)
    if after != before:
        search_index.reindex(session, letter.id, indexed, search_text_for(session, letter))
        audit.record(session, actor, action, "letter", letter.id, before, after)
