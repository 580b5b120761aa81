"""Referrals (ارجاع): send a letter to users with an instruction; the کارتابل (inbox).

A referral can be referred onward by its recipient, which makes a child
referral: a letter shows the whole tree. Opening a referral marks it read
(bookkeeping, not audited); the هامش note, closing and every new referral are
audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.correspondence._dto import (
    InboxCounts,
    InboxItem,
    ReferralAnswered,
    ReferralNode,
    ReferralRead,
    ReferralSent,
)
from secretariat.correspondence._models import Letter, Referral
from secretariat.correspondence._queries import summaries
from secretariat.correspondence._records import ensure_not_cancelled, letter_change
from secretariat.correspondence._snapshots import referral_snapshot
from secretariat.correspondence._visibility import can_see, get_visible, visible_to
from secretariat.correspondence._vocab import (
    CLASSIFICATION_LABELS,
    LetterPermission,
    LetterStatus,
    ReferralKind,
    ReferralStatus,
    Urgency,
)
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound, PermissionDenied, ValidationError
from secretariat.kernel.jalali import check_year, now_utc, today_tehran
from secretariat.kernel.models import User
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_choice

MAX_INBOX_PAGE = 500


def _recipients(session: Session, usernames: Sequence[str], classification: str) -> list[User]:
    names = list(dict.fromkeys(u.strip().lower() for u in usernames if u and u.strip()))
    if not names:
        raise ValidationError("to", "required")
    users = []
    for name in names:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise ValidationError("to", "user_not_found", username=name)
        if not user.active:
            raise ValidationError("to", "user_inactive", username=name)
        holder = CurrentUser(user.id, user.username, user.full_name, user.role, user.clearance)
        if not can_see(holder, classification):
            raise ValidationError("to", "recipient_lacks_clearance", username=name,
                                  level=CLASSIFICATION_LABELS.get(classification, classification))
        users.append(user)
    return users


def _create(
    session: Session,
    actor: CurrentUser,
    letter: Letter,
    usernames: Sequence[str],
    instruction: str,
    due_on: date | None,
    parent: Referral | None,
    kind: str,
    priority: str,
) -> list[int]:
    ensure_not_cancelled(letter)
    text = clean_block(instruction, "instruction", 2000, required=True)
    kind = clean_choice(kind, ReferralKind, "referral_kind")
    priority = clean_choice(priority, Urgency, "priority")
    if due_on is not None and due_on < today_tehran():
        raise ValidationError("due_on", "due_in_past")
    if due_on is not None:
        check_year(due_on, "due_on")
    created = []
    now = now_utc().replace(microsecond=0)
    for user in _recipients(session, usernames, letter.classification):
        referral = Referral(
            letter_id=letter.id, parent_id=parent.id if parent else None,
            from_user_id=actor.id, to_user_id=user.id, instruction=text, due_on=due_on,
            kind=kind, priority=priority,
            status=ReferralStatus.OPEN.value, note="", created_at=now,
        )
        session.add(referral)
        session.flush()
        audit.record(session, actor, "create", "referral", referral.id, None,
                     referral_snapshot(referral))
        created.append(referral.id)
    if letter.status == LetterStatus.REGISTERED:
        # Referred means someone is working on it.
        with letter_change(session, actor, letter, "status"):
            letter.status = LetterStatus.IN_PROGRESS.value
    return created


def refer_letter(
    ctx: AppContext,
    actor: CurrentUser,
    letter_id: int,
    to_usernames: Sequence[str],
    instruction: str,
    due_on: date | None = None,
    *,
    kind: str = ReferralKind.ACTION.value,
    priority: str = Urgency.NORMAL.value,
) -> list[ReferralNode]:
    """Refer a letter to one or more users: one transaction, each recipient gets their own
    referral (``kind``: for action / information / comment; ``priority``: an urgency)."""
    require(actor, LetterPermission.REFER)
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        ids = _create(session, actor, letter, to_usernames, instruction, due_on, None,
                      kind, priority)
        nodes = _nodes(session, ids)
        ctx.emit(ReferralSent(letter.id, tuple(ids), tuple(n.to_user for n in nodes)), actor)
        return nodes


def refer_onward(
    ctx: AppContext,
    actor: CurrentUser,
    referral_id: int,
    to_usernames: Sequence[str],
    instruction: str,
    due_on: date | None = None,
    *,
    kind: str = ReferralKind.ACTION.value,
    priority: str = Urgency.NORMAL.value,
) -> list[ReferralNode]:
    """The recipient of a referral passes the letter on (child referrals of it)."""
    require(actor, LetterPermission.REFER)
    with ctx.write() as session:
        parent = _own_referral(session, actor, referral_id)
        letter = get_visible(session, actor, parent.letter_id)
        ids = _create(session, actor, letter, to_usernames, instruction, due_on, parent,
                      kind, priority)
        nodes = _nodes(session, ids)
        ctx.emit(ReferralSent(letter.id, tuple(ids), tuple(n.to_user for n in nodes)), actor)
        return nodes


def _own_referral(session: Session, actor: CurrentUser, referral_id: int) -> Referral:
    if not is_row_id(referral_id):
        raise NotFound("referral_not_found")
    referral = session.scalar(
        select(Referral).join(Letter, Letter.id == Referral.letter_id)
        .where(Referral.id == referral_id, visible_to(actor))
    )
    if referral is None:
        raise NotFound("referral_not_found")
    if referral.to_user_id != actor.id:
        raise PermissionDenied("not_your_referral")
    return referral


def mark_read(ctx: AppContext, actor: CurrentUser, referral_id: int) -> None:
    with ctx.write() as session:
        referral = _own_referral(session, actor, referral_id)
        if referral.read_at is None:
            referral.read_at = now_utc().replace(microsecond=0)
            ctx.emit(ReferralRead(referral.letter_id, referral.id), actor)


def write_note(ctx: AppContext, actor: CurrentUser, referral_id: int, note: str) -> ReferralNode:
    """Write (or rewrite) the recipient's هامش on an open referral."""
    with ctx.write() as session:
        referral = _own_referral(session, actor, referral_id)
        _set_note(session, actor, referral, note)
        ctx.emit(ReferralAnswered(referral.letter_id, referral.id), actor)
        return _nodes(session, [referral.id])[0]


def _set_note(session: Session, actor: CurrentUser, referral: Referral, note: str) -> None:
    if referral.status != ReferralStatus.OPEN:
        raise ValidationError("note", "referral_closed")
    before = referral_snapshot(referral)
    referral.note = clean_block(note, "note", 4000)
    if referral.read_at is None:
        referral.read_at = now_utc().replace(microsecond=0)
    after = referral_snapshot(referral)
    if after != before:
        audit.record(session, actor, "note", "referral", referral.id, before, after)


def close_referral(
    ctx: AppContext, actor: CurrentUser, referral_id: int, note: str | None = None
) -> ReferralNode:
    """The recipient is done with it (optionally writing the هامش at the same time)."""
    with ctx.write() as session:
        referral = _own_referral(session, actor, referral_id)
        if note is not None:
            _set_note(session, actor, referral, note)
        if referral.status != ReferralStatus.OPEN:
            raise ValidationError("note", "referral_closed")
        before = referral_snapshot(referral)
        now = now_utc().replace(microsecond=0)
        referral.status = ReferralStatus.CLOSED.value
        referral.closed_at = now
        referral.read_at = referral.read_at or now
        audit.record(session, actor, "close", "referral", referral.id, before,
                     referral_snapshot(referral))
        ctx.emit(ReferralAnswered(referral.letter_id, referral.id), actor)
        return _nodes(session, [referral.id])[0]


# --- trees and inbox -----------------------------------------------------------------

def _node(r: Referral, users: dict[int, User], today: date,
          children: tuple[ReferralNode, ...] = ()) -> ReferralNode:
    sender, receiver = users[r.from_user_id], users[r.to_user_id]
    return ReferralNode(
        id=r.id, letter_id=r.letter_id, parent_id=r.parent_id, from_user=sender.username,
        from_name=sender.full_name, to_user=receiver.username, to_name=receiver.full_name,
        instruction=r.instruction, due_on=r.due_on, status=r.status, note=r.note,
        created_at=r.created_at, read_at=r.read_at, closed_at=r.closed_at,
        overdue=_overdue(r, today), children=children, kind=r.kind, priority=r.priority,
        from_post=sender.post_title, to_post=receiver.post_title,
    )


def _overdue(r: Referral, today: date) -> bool:
    return r.status == ReferralStatus.OPEN and r.due_on is not None and r.due_on < today


def _users_of(session: Session, referrals: Sequence[Referral]) -> dict[int, User]:
    ids = {r.from_user_id for r in referrals} | {r.to_user_id for r in referrals}
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}


def _nodes(session: Session, referral_ids: Sequence[int]) -> list[ReferralNode]:
    found = list(session.scalars(select(Referral).where(Referral.id.in_(list(referral_ids)))))
    users = _users_of(session, found)
    today = today_tehran()
    by_id = {r.id: _node(r, users, today) for r in found}
    return [by_id[i] for i in referral_ids]


def tree_in_session(session: Session, letter_id: int) -> tuple[ReferralNode, ...]:
    """The referral tree of a letter (roots, oldest first; children likewise)."""
    found = list(session.scalars(
        select(Referral).where(Referral.letter_id == letter_id).order_by(Referral.id)
    ))
    users = _users_of(session, found)
    today = today_tehran()
    children: dict[int | None, list[Referral]] = {}
    for r in found:
        children.setdefault(r.parent_id, []).append(r)

    def build(r: Referral) -> ReferralNode:
        return _node(r, users, today, tuple(build(c) for c in children.get(r.id, [])))

    return tuple(build(r) for r in children.get(None, []))


def referral_tree(ctx: AppContext, actor: CurrentUser, letter_id: int) -> tuple[ReferralNode, ...]:
    with ctx.read() as session:
        get_visible(session, actor, letter_id)
        return tree_in_session(session, letter_id)


def inbox(
    ctx: AppContext,
    actor: CurrentUser,
    *,
    include_closed: bool = False,
    unread_only: bool = False,
    overdue_only: bool = False,
    limit: int = 200,
    before_id: int | None = None,
    by_due: bool = False,
) -> list[InboxItem]:
    """The actor's کارتابل, newest referral first; keyset pages by ``before_id``.

    ``by_due``: the nearest due date first (undated last), one page only (the home page)."""
    if not 1 <= limit <= MAX_INBOX_PAGE:
        raise ValidationError("limit", "invalid_limit", max=MAX_INBOX_PAGE)
    today = today_tehran()
    query = (
        select(Referral).join(Letter, Letter.id == Referral.letter_id)
        .where(Referral.to_user_id == actor.id, visible_to(actor))
    )
    if not include_closed:
        query = query.where(Referral.status == ReferralStatus.OPEN)
    if unread_only:
        query = query.where(Referral.read_at.is_(None))
    if overdue_only:
        query = query.where(Referral.status == ReferralStatus.OPEN, Referral.due_on < today)
    if before_id is not None:
        query = query.where(Referral.id < before_id)
    order = ((Referral.due_on.is_(None), Referral.due_on, Referral.id.desc()) if by_due
             else (Referral.id.desc(),))
    with ctx.read() as session:
        found = list(session.scalars(query.order_by(*order).limit(limit)))
        users = _users_of(session, found)
        letters = {s.id: s for s in summaries(session, [r.letter_id for r in found], today)}
        return [
            InboxItem(referral=_node(r, users, today), letter=letters[r.letter_id],
                      unread=r.read_at is None, overdue=_overdue(r, today))
            for r in found
        ]


def inbox_counts(ctx: AppContext, actor: CurrentUser) -> InboxCounts:
    """Open, unread and overdue referrals waiting for the actor (for a badge)."""
    today = today_tehran()
    base = (
        select(func.count()).select_from(Referral).join(Letter, Letter.id == Referral.letter_id)
        .where(Referral.to_user_id == actor.id, Referral.status == ReferralStatus.OPEN,
               visible_to(actor))
    )
    with ctx.read() as session:
        return InboxCounts(
            open=int(session.scalar(base) or 0),
            unread=int(session.scalar(base.where(Referral.read_at.is_(None))) or 0),
            overdue=int(session.scalar(base.where(Referral.due_on < today)) or 0),
        )
