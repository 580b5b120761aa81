"""Everything about one letter, for the letter page: LetterDetail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from secretariat.correspondence._attachments import infos_in_session
from secretariat.correspondence._dto import (
    Cancellation,
    LetterDetail,
    LetterRef,
    LetterSummary,
    PartyRef,
    ReferralNode,
)
from secretariat.correspondence._models import Letter, LetterParty, LetterText
from secretariat.correspondence._queries import summaries
from secretariat.correspondence._referrals import tree_in_session
from secretariat.correspondence._visibility import get_visible, visible_to
from secretariat.correspondence._vocab import PartyRole
from secretariat.kernel.audit import AuditRow, rows_of
from secretariat.kernel.audit_log import with_names
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.models import AuditEntry, Contact, User


@dataclass(frozen=True)
class _Links:
    reply_to: LetterRef | None
    follows: LetterRef | None
    replied_by: LetterRef | None
    replies: tuple[LetterRef, ...]
    followed_by: tuple[LetterRef, ...]


def _links(session: Session, actor: CurrentUser, letter: Letter) -> _Links:
    """Both directions of عطف and پیرو in one query; letters above the clearance are left out."""
    pointed = [i for i in (letter.reply_to_id, letter.follows_id, letter.replied_by_id) if i]
    condition: ColumnElement[bool] = or_(
        Letter.reply_to_id == letter.id, Letter.follows_id == letter.id
    )
    if pointed:
        condition = or_(condition, Letter.id.in_(pointed))
    rows = session.execute(
        select(Letter.id, Letter.kind, Letter.number, Letter.registered_on, Letter.subject,
               Letter.status, Letter.cancelled, Letter.reply_to_id, Letter.follows_id)
        .where(visible_to(actor), condition)
        .order_by(Letter.id)
    ).all()
    refs = {
        r.id: LetterRef(id=r.id, kind=r.kind, number=r.number, registered_on=r.registered_on,
                        subject=r.subject, status=r.status, cancelled=bool(r.cancelled))
        for r in rows
    }
    return _Links(
        reply_to=refs.get(letter.reply_to_id) if letter.reply_to_id else None,
        follows=refs.get(letter.follows_id) if letter.follows_id else None,
        replied_by=refs.get(letter.replied_by_id) if letter.replied_by_id else None,
        replies=tuple(refs[r.id] for r in rows if r.reply_to_id == letter.id),
        followed_by=tuple(refs[r.id] for r in rows if r.follows_id == letter.id),
    )


def _cc(session: Session, letter_id: int) -> tuple[PartyRef, ...]:
    rows = session.execute(
        select(LetterParty.purpose, Contact.id, Contact.name, Contact.kind, Contact.post_title)
        .join(Contact, Contact.id == LetterParty.contact_id)
        .where(LetterParty.letter_id == letter_id, LetterParty.role == PartyRole.CC)
        .order_by(LetterParty.position, LetterParty.id)
    )
    return tuple(PartyRef(cid, name, kind, post, purpose) for purpose, cid, name, kind, post
                 in rows)


def _users(session: Session, *user_ids: int | None) -> dict[int, User]:
    wanted = {i for i in user_ids if i is not None}
    if not wanted:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(wanted)))}


def _walk(nodes: tuple[ReferralNode, ...]) -> Iterator[ReferralNode]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _history(
    session: Session, letter_id: int, referral_ids: list[int]
) -> tuple[AuditRow, ...]:
    condition: ColumnElement[bool] = and_(
        AuditEntry.entity == "letter", AuditEntry.entity_id == str(letter_id))
    if referral_ids:
        condition = or_(condition, (AuditEntry.entity == "referral")
                        & AuditEntry.entity_id.in_([str(i) for i in referral_ids]))
    entries = session.scalars(select(AuditEntry).where(condition).order_by(AuditEntry.id))
    return tuple(with_names(session, rows_of(session, list(entries))))


def detail_in_session(
    session: Session, actor: CurrentUser, letter_id: int, today: date
) -> LetterDetail:
    """The letter page's data, inside an open unit of work (NotFound if not visible)."""
    letter = get_visible(session, actor, letter_id)
    summary = summaries(session, [letter.id], today)[0]
    text_row = session.get(LetterText, letter.id)
    users = _users(session, letter.signatory_id, letter.created_by_id, letter.cancelled_by_id)
    signatory = users.get(letter.signatory_id) if letter.signatory_id else None
    creator = users.get(letter.created_by_id) if letter.created_by_id else None
    cancellation = None
    if letter.cancelled and letter.cancelled_at is not None:
        who = users.get(letter.cancelled_by_id) if letter.cancelled_by_id else None
        cancellation = Cancellation(
            reason=letter.cancel_reason, by=who.username if who else "",
            by_name=who.full_name if who else "", at=letter.cancelled_at,
        )
    links = _links(session, actor, letter)
    tree = tree_in_session(session, letter.id)
    base = {f.name: getattr(summary, f.name) for f in fields(LetterSummary)}
    return LetterDetail(
        **base,
        body=text_row.body if text_row else "",
        cc=_cc(session, letter.id),
        keywords=tuple(json.loads(letter.keywords or "[]")),
        signatory=signatory.username if signatory else None,
        signatory_name=signatory.full_name if signatory else "",
        signed_at=letter.signed_at,
        dispatch_method=letter.dispatch_method,
        dispatch_date=letter.dispatch_date,
        postal_tracking_code=letter.postal_tracking_code,
        reply_to=links.reply_to,
        follows=links.follows,
        replies=links.replies,
        followed_by=links.followed_by,
        replied_by=links.replied_by,
        cancellation=cancellation,
        referrals=tree,
        attachments=tuple(infos_in_session(session, letter.id)),
        history=_history(session, letter.id, [n.id for n in _walk(tree)]),
        created_by=creator.username if creator else "",
        imported=letter.imported,
        created_by_name=creator.full_name if creator else "",
        signatory_post=signatory.post_title if signatory else "",
    )
