"""Registering letters and everything that changes one: sign, edit, status, cancel.

Each function is one unit of work; every change is audited in the same
transaction and the search index is updated with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from secretariat.contacts import api as contacts
from secretariat.correspondence import _numbering as numbering
from secretariat.correspondence._attachments import attach_stored, store_files
from secretariat.correspondence._details import detail_in_session
from secretariat.correspondence._dto import (
    DuplicateLetter,
    LetterCancelled,
    LetterChanged,
    LetterDetail,
    LetterRegistered,
    LetterSummary,
    ReferralInput,
)
from secretariat.correspondence._inputs import LetterInput, PartyInput
from secretariat.correspondence._models import Letter, LetterParty, LetterText
from secretariat.correspondence._parties import PartyResolver
from secretariat.correspondence._queries import summaries
from secretariat.correspondence._records import ensure_not_cancelled, letter_change
from secretariat.correspondence._referrals import refer_letter
from secretariat.correspondence._registration import (
    PreparedLetter,
    assign_numbers,
    close_waits,
    find_letter_id,
    insert_letters,
    number_letter,
    prepare,
)
from secretariat.correspondence._visibility import get_visible, visible_to
from secretariat.correspondence._vocab import (
    STATUS_LABELS,
    STATUS_TRANSITIONS,
    LetterKind,
    LetterPermission,
    LetterStatus,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from secretariat.kernel.jalali import check_year, jalali_year, now_utc, today_tehran
from secretariat.kernel.models import User
from secretariat.kernel.permissions import Role, require, role_allows
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.kernel.text.normalize import normalize_for_search

# --- duplicates ----------------------------------------------------------------------


def _same_number(a: str, b: str) -> bool:
    return normalize_for_search(a) == normalize_for_search(b)


def _duplicates(
    session: Session, actor: CurrentUser, sender_id: int, sender_number: str,
    sender_date: date, today: date,
) -> list[LetterSummary]:
    candidates = session.execute(
        select(Letter.id, Letter.sender_number).where(
            Letter.kind == LetterKind.INCOMING, Letter.sender_id == sender_id,
            Letter.sender_date == sender_date, Letter.cancelled.is_(False), visible_to(actor),
        ).order_by(Letter.id)
    ).all()
    ids = [i for i, number in candidates if _same_number(number, sender_number)]
    return summaries(session, ids, today)


def find_duplicates(
    ctx: AppContext, actor: CurrentUser, sender: PartyInput, sender_number: str,
    sender_date: date,
) -> list[LetterSummary]:
    """Earlier, uncancelled incoming letters with this sender, sender's number and date
    (what the form warns about before saving)."""
    require(actor, LetterPermission.READ)
    if not sender_number.strip():
        return []
    with ctx.read() as session:
        if sender.contact_id is not None:
            sender_ids = [sender.contact_id]
        else:
            sender_ids = contacts.similar_ids(ctx, actor, sender.name)[:1]
        found: list[LetterSummary] = []
        for sender_id in sender_ids:
            found += _duplicates(session, actor, sender_id, sender_number, sender_date,
                                 today_tehran())
        return found


# --- registering ---------------------------------------------------------------------

def register_letter(
    ctx: AppContext,
    actor: CurrentUser,
    data: LetterInput,
    allow_duplicate: bool = False,
    files: Sequence[Path] = (),
    referral: ReferralInput | None = None,
) -> LetterDetail:
    """Register a letter (an outgoing draft when ``data.draft``: no number until signed),
    with its files and its first referral: one unit of work, all or nothing.

    Raises DuplicateLetter (a Conflict carrying ``.earlier``) when the same sender,
    sender's number and date are registered already, unless ``allow_duplicate``. A file
    that is refused refuses the whole letter, saying which file and why.
    """
    require(actor, LetterPermission.REGISTER)
    if files:
        require(actor, LetterPermission.ATTACH)
    if referral is not None:
        require(actor, LetterPermission.REFER)
    today = today_tehran()
    stored = store_files(ctx, files) if files else []
    with ctx.write() as session:
        prepared = prepare(session, actor, data, PartyResolver(ctx, actor), today)
        _refuse_duplicate(session, actor, prepared, allow_duplicate, today)
        assign_numbers(session, [prepared])
        letter_id = insert_letters(session, actor, [prepared], batch_audit=False)[0]
        session.flush()
        ctx.emit(LetterRegistered(letter_id, prepared.row.kind, prepared.number), actor)
        if stored:
            attach_stored(ctx, actor, letter_id, stored)
        if referral is not None:
            refer_letter(ctx, actor, letter_id, referral.to, referral.instruction,
                         referral.due_on, kind=referral.kind, priority=referral.priority)
        return detail_in_session(session, actor, letter_id, today)


def _refuse_duplicate(
    session: Session, actor: CurrentUser, p: PreparedLetter, allow: bool, today: date
) -> None:
    r = p.row
    if (allow or r.kind != LetterKind.INCOMING or not r.sender_number or not r.sender_date
            or r.sender_id is None):
        return
    earlier = _duplicates(session, actor, r.sender_id, r.sender_number, r.sender_date, today)
    if earlier:
        raise DuplicateLetter(tuple(earlier), number=earlier[0].number or str(earlier[0].id))


# Who may sign an outgoing draft for its chosen signatory (besides that user).
SIGNS_FOR_OTHERS = frozenset({Role.ADMIN, Role.MANAGER})


def may_sign(actor: CurrentUser, signatory: str | None) -> bool:
    """Whether ``actor`` may sign a draft whose chosen signatory is ``signatory`` (a
    username; None: not chosen, the one who signs becomes it). The letter page asks this
    to offer «Sign»; ``sign_letter`` enforces it."""
    if not role_allows(actor.role, LetterPermission.SIGN):
        return False
    return signatory in (None, actor.username) or actor.role in SIGNS_FOR_OTHERS


def _signer(session: Session, actor: CurrentUser, letter: Letter,
            signatory: str | None) -> User | None:  # fmt: skip
    """The user who signs the letter (None: the actor). The chosen signatory stays; only an
    admin or a manager signs for someone else, and it is recorded as such."""
    chosen = session.get(User, letter.signatory_id) if letter.signatory_id else None
    if signatory:
        named = session.scalar(select(User).where(User.username == signatory.strip().lower()))
        if named is None:
            raise ValidationError("signatory", "user_not_found", username=signatory)
        if chosen is not None and named.id != chosen.id:
            raise ValidationError("signatory", "signatory_chosen",
                                  name=chosen.full_name or chosen.username)
        chosen = named
    if chosen is None or chosen.id == actor.id:
        require(actor, LetterPermission.SIGN)
        return None
    if actor.role not in SIGNS_FOR_OTHERS:
        raise PermissionDenied("sign_for_other", name=chosen.full_name or chosen.username)
    require(actor, LetterPermission.SIGN)
    if not chosen.active:
        raise ValidationError("signatory", "signatory_inactive",
                              name=chosen.full_name or chosen.username)
    return chosen


def sign_letter(
    ctx: AppContext,
    actor: CurrentUser,
    letter_id: int,
    signed_on: date | None = None,
    signatory: str | None = None,
) -> LetterDetail:
    """Sign an outgoing draft: it gets its number, dated ``signed_on`` (default today).

    The signatory chosen on the draft stays its signatory: that user signs, or an admin or
    a manager signs for them (audited as ``sign_for``: the entry's actor signed for the
    signatory it names); anyone else is refused. A draft with no chosen signatory is signed
    by ``signatory`` when named (for them), else by the actor."""
    require(actor, LetterPermission.READ)
    today = today_tehran()
    on = signed_on or today
    if on > today:
        raise ValidationError("signed_on", "date_in_future")
    check_year(on, "signed_on")
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        ensure_not_cancelled(letter)
        if letter.status != LetterStatus.DRAFT:
            raise Conflict("not_a_draft")
        signer = _signer(session, actor, letter, signatory)
        with letter_change(session, actor, letter, "sign" if signer is None else "sign_for"):
            settings = numbering.numbering_settings(session)
            year = jalali_year(on)
            seq = numbering.allocate(session, settings.secretariat_code, letter.kind, year)
            numbered = number_letter(letter.kind, settings, year, seq)
            numbering.ensure_unused(session, [numbered.number])
            letter.registered_on = on
            letter.secretariat_code = numbered.secretariat_code
            letter.year = numbered.year
            letter.seq = numbered.seq
            letter.number = numbered.number
            letter.status = LetterStatus.REGISTERED.value
            letter.signatory_id = (signer.id if signer is not None else actor.id) or None
            letter.signed_at = now_utc().replace(microsecond=0)
        ctx.emit(LetterChanged(letter.id), actor)
        return detail_in_session(session, actor, letter.id, today)


def update_letter(
    ctx: AppContext, actor: CurrentUser, letter_id: int, data: LetterInput
) -> LetterDetail:
    """Save an edited letter form. Kind never changes; a numbered letter keeps its date."""
    require(actor, LetterPermission.EDIT)
    today = today_tehran()
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        ensure_not_cancelled(letter)
        if data.kind != letter.kind:
            raise ValidationError("kind", "kind_locked")
        draft = letter.status == LetterStatus.DRAFT
        if data.registered_on is not None and not draft and data.registered_on != (
                letter.registered_on):
            raise ValidationError("registered_on", "registered_on_locked")
        data = replace(data, draft=draft,
                       registered_on=data.registered_on or letter.registered_on)
        p = prepare(session, actor, data, PartyResolver(ctx, actor), today, editing=letter)
        with letter_change(session, actor, letter, "update"):
            keep = ("status", "signed_at", "replied_by_id", "archive_code", "created_at",
                    "created_by_id", "cancelled", "cancel_reason", "cancelled_by_id",
                    "cancelled_at")  # and the number: an edit never renumbers
            for key, value in p.row.columns().items():
                if key not in keep:
                    setattr(letter, key, value)
            text_row = session.get(LetterText, letter.id)
            assert text_row is not None
            text_row.body = p.body
            session.execute(delete(LetterParty).where(LetterParty.letter_id == letter.id))
            if p.parties:
                session.execute(insert(table_of(LetterParty)), [
                    {"letter_id": letter.id, "contact_id": c, "role": r, "purpose": pur,
                     "position": pos} for r, c, pur, pos in p.parties
                ])
        p.id = letter.id
        close_waits(session, actor, [p])
        ctx.emit(LetterChanged(letter.id), actor)
        return detail_in_session(session, actor, letter.id, today)


def cancel_letter(ctx: AppContext, actor: CurrentUser, letter_id: int, reason: str) -> LetterDetail:
    """ابطال: the letter stays in the register, marked, and its number is never reused.
    Managers cancel any letter they may see; a clerk only one he registered."""
    require(actor, LetterPermission.CANCEL)
    why = clean_block(reason, "reason", 2000, required=True)
    today = today_tehran()
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        require(actor, LetterPermission.CANCEL, own=letter.created_by_id == actor.id)
        ensure_not_cancelled(letter)
        with letter_change(session, actor, letter, "cancel"):
            letter.cancelled = True
            letter.cancel_reason = why
            letter.cancelled_by_id = actor.id or None
            letter.cancelled_at = now_utc().replace(microsecond=0)
        ctx.emit(LetterCancelled(letter.id), actor)
        return detail_in_session(session, actor, letter.id, today)


def change_status(
    ctx: AppContext, actor: CurrentUser, letter_id: int, status: str, archive_code: str = ""
) -> LetterDetail:
    """Move a letter along registered → in progress → closed (مختومه) → archived."""
    require(actor, LetterPermission.STATUS)
    target = LetterStatus(clean_choice(status, LetterStatus, "status"))
    code = clean_line(archive_code, "archive_code", 64)
    if target == LetterStatus.ARCHIVED and not code:
        raise ValidationError("archive_code", "required")
    today = today_tehran()
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        ensure_not_cancelled(letter)
        current = LetterStatus(letter.status)
        if target not in STATUS_TRANSITIONS[current]:
            raise ValidationError("status", "status_transition",
                                  current=STATUS_LABELS[current], target=STATUS_LABELS[target])
        with letter_change(session, actor, letter, "status"):
            letter.status = target.value
            if target == LetterStatus.ARCHIVED:
                letter.archive_code = code
        ctx.emit(LetterChanged(letter.id), actor)
        return detail_in_session(session, actor, letter.id, today)


# --- reading -------------------------------------------------------------------------

def get_letter(ctx: AppContext, actor: CurrentUser, letter_id: int) -> LetterDetail:
    """Everything about a letter; NotFound if missing or above the actor's clearance."""
    require(actor, LetterPermission.READ)
    with ctx.read() as session:
        return detail_in_session(session, actor, letter_id, today_tehran())


def resolve_letter(ctx: AppContext, actor: CurrentUser, ref: str | int) -> int:
    """The id of the letter with this number (Persian digits accepted) or id."""
    require(actor, LetterPermission.READ)
    with ctx.read() as session:
        return find_letter_id(session, actor, ref, "ref")


def get_letter_by_ref(ctx: AppContext, actor: CurrentUser, ref: str | int) -> LetterDetail:
    require(actor, LetterPermission.READ)
    with ctx.read() as session:
        letter_id = find_letter_id(session, actor, ref, "ref")
        return detail_in_session(session, actor, letter_id, today_tehran())
