"""Lists, search and counts of the register: filters, sorting and keyset pages.

Every query starts from ``_matching`` which applies ``visibility.visible_to``
first, so nothing here can return, count or page over a letter above the
user's clearance.

Paging is by key, not by offset: a page ends at a (sort value, id) key and the
next page starts after it, so the GUI's lazy register model can show the newest
rows of a million-letter register as fast as the newest rows of a small one.
``letters_at`` (an offset, counted from whichever end is nearer) serves
scroll-bar jumps; ``position_of`` tells where a key sits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Executable

from secretariat.correspondence import _search_index as search_index
from secretariat.correspondence._dto import LetterSummary, PartyRef
from secretariat.correspondence._models import Attachment, Letter, LetterParty, LetterText, Referral
from secretariat.correspondence._visibility import hidden_levels, visible_to
from secretariat.correspondence._vocab import (
    Classification,
    LetterKind,
    LetterPermission,
    LetterStatus,
    PartyRole,
    ReferralStatus,
    Urgency,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import jalali_year_bounds, today_tehran
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice

MAX_PAGE = 1000


class LetterSort(StrEnum):
    ID = "id"  # registration order: newest registered first when descending
    REGISTERED_ON = "registered_on"
    SUBJECT = "subject"  # code-point order (fine for grouping; not dictionary order)


@dataclass(frozen=True)
class LetterQuery:
    """Filters of a register view or a search; all optional, combined with AND."""

    text: str = ""  # full text; a word ending in «*» is a prefix
    kind: str | None = None
    year: int | None = None  # Jalali year of registered_on
    date_from: date | None = None  # registered_on, inclusive
    date_to: date | None = None
    status: str | None = None
    urgency: str | None = None
    classification: str | None = None
    contact_id: int | None = None  # sender, recipient or cc
    sender_id: int | None = None
    recipient_id: int | None = None  # recipient or cc
    has_attachments: bool | None = None
    overdue: bool | None = None  # reply past its date, or an open referral past due
    awaiting_reply: bool | None = None
    reply_overdue: bool | None = None  # awaiting a reply past its date
    cancelled: bool | None = None  # None: both
    sort: str = LetterSort.ID
    descending: bool = True


@dataclass(frozen=True)
class PageKey:
    """Where a row sits in a sort order: the sort column's value and the id."""

    id: int
    value: Any = None


@dataclass(frozen=True)
class LetterPage:
    rows: tuple[LetterSummary, ...]  # in the query's order
    has_more: bool  # more rows lie beyond this page in the direction it was read


# --- building the condition -----------------------------------------------------------

def _check_query(query: LetterQuery) -> LetterQuery:
    checks = (
        ("kind", LetterKind), ("status", LetterStatus), ("urgency", Urgency),
        ("classification", Classification),
    )
    for name, choices in checks:
        value = getattr(query, name)
        if value is not None and value != "":
            clean_choice(value, choices, name)
    clean_choice(query.sort, LetterSort, "sort")
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise ValidationError("date_from", "date_range_reversed")
    if query.text.strip():
        search_index.required_terms(query.text)
    return query


def _overdue_condition(today: date) -> ColumnElement[bool]:
    late_referrals = select(Referral.letter_id).where(
        Referral.status == ReferralStatus.OPEN, Referral.due_on < today
    )
    return or_(
        and_(Letter.reply_expected_by < today, Letter.replied_by_id.is_(None),
             Letter.cancelled.is_(False)),
        Letter.id.in_(late_referrals),
    )


def _awaiting_condition() -> ColumnElement[bool]:
    return and_(Letter.reply_expected_by.is_not(None), Letter.replied_by_id.is_(None),
                Letter.cancelled.is_(False))


def _reply_overdue_condition(today: date) -> ColumnElement[bool]:
    return and_(Letter.reply_expected_by < today, Letter.replied_by_id.is_(None),
                Letter.cancelled.is_(False))


def letter_conditions(
    actor: CurrentUser, query: LetterQuery, today: date
) -> list[ColumnElement[bool]]:
    """Every WHERE condition of a query except the text match; visibility first."""
    conds: list[ColumnElement[bool]] = [visible_to(actor)]
    if query.kind:
        conds.append(Letter.kind == query.kind)
    if query.status:
        conds.append(Letter.status == query.status)
    if query.urgency:
        conds.append(Letter.urgency == query.urgency)
    if query.classification:
        conds.append(Letter.classification == query.classification)
    if query.year is not None:
        first, last = jalali_year_bounds(query.year)
        conds.append(Letter.registered_on.between(first, last))
    if query.date_from:
        conds.append(Letter.registered_on >= query.date_from)
    if query.date_to:
        conds.append(Letter.registered_on <= query.date_to)
    if query.sender_id is not None:
        conds.append(Letter.sender_id == query.sender_id)
    if query.recipient_id is not None:
        conds.append(Letter.id.in_(
            select(LetterParty.letter_id).where(LetterParty.contact_id == query.recipient_id)
        ))
    if query.contact_id is not None:
        conds.append(or_(
            Letter.sender_id == query.contact_id,
            Letter.id.in_(
                select(LetterParty.letter_id).where(LetterParty.contact_id == query.contact_id)
            ),
        ))
    if query.has_attachments is not None:
        with_files = Letter.id.in_(select(Attachment.letter_id))
        conds.append(with_files if query.has_attachments else ~with_files)
    if query.overdue is not None:
        late = _overdue_condition(today)
        conds.append(late if query.overdue else ~late)
    if query.awaiting_reply is not None:
        waiting = _awaiting_condition()
        conds.append(waiting if query.awaiting_reply else ~waiting)
    if query.reply_overdue is not None:
        late_reply = _reply_overdue_condition(today)
        conds.append(late_reply if query.reply_overdue else ~late_reply)
    if query.cancelled is not None:
        conds.append(Letter.cancelled.is_(query.cancelled))
    return conds


@dataclass(frozen=True)
class _Plan:
    """A filtered SELECT of letter ids plus the columns it is ordered by."""

    select: Select[Any]
    sort_columns: tuple[ColumnElement[Any], ...]  # the sort value (if any), then the id


def _matching(session: Session, actor: CurrentUser, query: LetterQuery, today: date) -> _Plan:
    conds = letter_conditions(actor, query, today)
    id_column: ColumnElement[Any] = Letter.__table__.c.id
    stmt: Select[Any]
    if query.text.strip():
        terms = search_index.required_terms(query.text)
        if search_index.is_sqlite(session):
            stmt = (
                select(Letter.id)
                .select_from(search_index.index_first_join())
                .where(search_index.fts_match(terms, hidden_levels(actor)))
            )
            id_column = search_index.fts.c.rowid
        else:
            stmt = (
                select(Letter.id)
                .join(LetterText, LetterText.letter_id == Letter.id)
                .where(search_index.ts_match(terms, hidden_levels(actor)))
            )
    else:
        stmt = select(Letter.id)
    stmt = stmt.where(*conds)
    sort = LetterSort(query.sort)
    if sort == LetterSort.ID:
        columns: tuple[ColumnElement[Any], ...] = (id_column,)
    elif sort == LetterSort.REGISTERED_ON:
        columns = (Letter.__table__.c.registered_on, id_column)
    else:
        columns = (Letter.__table__.c.subject, id_column)
    return _Plan(stmt, columns)


def _key_condition(plan: _Plan, key: PageKey, before: bool) -> ColumnElement[bool]:
    """Rows after ``key`` in ascending column order (or before it when ``before``)."""
    cols = plan.sort_columns
    values = (key.id,) if len(cols) == 1 else (key.value, key.id)
    left: Any = cols[0] if len(cols) == 1 else tuple_(*cols)
    right: Any = values[0] if len(cols) == 1 else tuple_(*values)
    condition: ColumnElement[bool] = left < right if before else left > right
    return condition


def _ordered(plan: _Plan, descending: bool) -> Select[Any]:
    return plan.select.order_by(*[c.desc() if descending else c.asc() for c in plan.sort_columns])


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", "invalid_limit", max=MAX_PAGE)


# --- summaries -----------------------------------------------------------------------

@cache
def _summary_statement() -> Executable:
    """Built once: a register page asks for it many times a minute, and building a
    24-column SELECT costs more than running it."""
    sender = aliased(Contact)
    today = bindparam("today", type_=Date())
    has_files = exists().where(Attachment.letter_id == Letter.id)
    late_referral = exists().where(
        Referral.letter_id == Letter.id, Referral.status == ReferralStatus.OPEN,
        Referral.due_on < today,
    )
    return (
        select(
            Letter.id, Letter.kind, Letter.status, Letter.number, Letter.registered_on,
            Letter.subject, Letter.summary, Letter.sender_number, Letter.sender_date,
            Letter.urgency, Letter.classification, Letter.cancelled, Letter.archive_code,
            Letter.reply_expected_by, Letter.replied_by_id, Letter.from_unit, Letter.to_unit,
            Letter.created_at, sender.id.label("sender_id"), sender.name.label("sender_name"),
            sender.kind.label("sender_kind"), sender.post_title.label("sender_post"),
            has_files.label("has_files"), late_referral.label("late_referral"),
        )
        .outerjoin(sender, sender.id == Letter.sender_id)
        .where(Letter.id.in_(bindparam("ids", expanding=True)))
    )


@cache
def _recipients_statement() -> Executable:
    return (
        select(LetterParty.letter_id, LetterParty.purpose, Contact.id, Contact.name,
               Contact.kind, Contact.post_title)
        .join(Contact, Contact.id == LetterParty.contact_id)
        .where(LetterParty.letter_id.in_(bindparam("ids", expanding=True)),
               LetterParty.role == PartyRole.TO)
        .order_by(LetterParty.letter_id, LetterParty.position, LetterParty.id)
    )


def summaries(session: Session, letter_ids: Sequence[int], today: date) -> list[LetterSummary]:
    """Summaries of these letters, in this order (the caller applied visibility)."""
    if not letter_ids:
        return []
    ids = list(letter_ids)
    rows = session.execute(_summary_statement(), {"ids": ids, "today": today}).all()
    recipients: dict[int, list[PartyRef]] = {}
    for letter_id, purpose, contact_id, name, kind, post_title in session.execute(
            _recipients_statement(), {"ids": ids}):
        recipients.setdefault(letter_id, []).append(
            PartyRef(contact_id, name, kind, post_title, purpose))
    by_id = {}
    for r in rows:
        awaiting = r.reply_expected_by is not None and r.replied_by_id is None and not r.cancelled
        reply_late = awaiting and r.reply_expected_by < today
        by_id[r.id] = LetterSummary(
            id=r.id, kind=r.kind, status=r.status, number=r.number,
            registered_on=r.registered_on, subject=r.subject, summary=r.summary,
            sender=PartyRef(r.sender_id, r.sender_name, r.sender_kind, r.sender_post)
            if r.sender_id is not None else None,
            recipients=tuple(recipients.get(r.id, ())),
            sender_number=r.sender_number, sender_date=r.sender_date,
            urgency=r.urgency, classification=r.classification,
            has_attachments=bool(r.has_files), cancelled=bool(r.cancelled),
            archive_code=r.archive_code, reply_expected_by=r.reply_expected_by,
            awaiting_reply=awaiting, overdue=bool(reply_late or r.late_referral),
            from_unit=r.from_unit, to_unit=r.to_unit, created_at=r.created_at,
        )
    return [by_id[i] for i in ids if i in by_id]


# --- the public queries --------------------------------------------------------------

def page_letters(
    ctx: AppContext,
    actor: CurrentUser,
    query: LetterQuery = LetterQuery(),
    *,
    after: PageKey | None = None,
    before: PageKey | None = None,
    limit: int = 50,
) -> LetterPage:
    """One page in the query's order: the first page, the page after ``after``, or the
    page ending just before ``before`` (rows still in the query's order)."""
    require(actor, LetterPermission.READ)
    _check_query(query)
    _check_limit(limit)
    today = today_tehran()
    with ctx.read() as session:
        plan = _matching(session, actor, query, today)
        stmt_plan = plan
        backwards = before is not None
        key = before if before is not None else after
        if key is not None:
            # "after" in a descending order means smaller keys.
            smaller = query.descending != backwards
            stmt_plan = replace(plan, select=plan.select.where(
                _key_condition(plan, key, before=smaller)))
        descending = query.descending != backwards
        ids = list(session.scalars(_ordered(stmt_plan, descending).limit(limit + 1)))
        has_more = len(ids) > limit
        ids = ids[:limit]
        if backwards:
            ids.reverse()
        return LetterPage(tuple(summaries(session, ids, today)), has_more)


def list_letters(
    ctx: AppContext, actor: CurrentUser, query: LetterQuery = LetterQuery(), limit: int = 50
) -> list[LetterSummary]:
    """The first ``limit`` letters of the query (newest first by default)."""
    return list(page_letters(ctx, actor, query, limit=limit).rows)


def last_page(
    ctx: AppContext, actor: CurrentUser, query: LetterQuery = LetterQuery(), limit: int = 50
) -> LetterPage:
    """The final ``limit`` rows (the scroll bar dragged to the bottom), in the query's order."""
    require(actor, LetterPermission.READ)
    _check_query(query)
    _check_limit(limit)
    today = today_tehran()
    with ctx.read() as session:
        plan = _matching(session, actor, query, today)
        ids = list(session.scalars(_ordered(plan, not query.descending).limit(limit + 1)))
        has_more = len(ids) > limit
        ids = ids[:limit]
        ids.reverse()
        return LetterPage(tuple(summaries(session, ids, today)), has_more)


def count_letters(ctx: AppContext, actor: CurrentUser, query: LetterQuery = LetterQuery()) -> int:
    """How many letters the query matches (what this user may see)."""
    require(actor, LetterPermission.READ)
    _check_query(query)
    today = today_tehran()
    with ctx.read() as session:
        if query.text.strip():
            return _count_in_index(session, actor, query, today)
        plan = _matching(session, actor, query, today)
        return int(session.scalar(select(func.count()).select_from(plan.select.subquery())) or 0)


def _count_in_index(session: Session, actor: CurrentUser, query: LetterQuery, today: date) -> int:
    """Count full-text hits. Without other filters the index alone answers (SQLite's FTS5
    table, PostgreSQL's tsvector column), with the letters above the clearance excluded by
    their marker words; with filters, the hits are checked against the letters once (no
    per-hit re-match)."""
    terms = search_index.required_terms(query.text)
    hidden = hidden_levels(actor)
    conditions = letter_conditions(actor, query, today)
    if search_index.is_sqlite(session):
        fts = search_index.fts
        match = search_index.fts_match(terms, hidden)
        index: Any = fts
        hit_id: Any = fts.c.rowid
    else:
        match = search_index.ts_match(terms, hidden)
        index = LetterText
        hit_id = LetterText.letter_id
    if len(conditions) == 1:  # visibility only
        if len(hidden) == len(list(Classification)):
            return 0  # sees no letter at all
        count = session.scalar(select(func.count()).select_from(index).where(match))
    else:
        hits = select(hit_id).where(match)
        count = session.scalar(
            select(func.count()).select_from(Letter).where(*conditions, Letter.id.in_(hits)))
    return int(count or 0)


def letters_at(
    ctx: AppContext,
    actor: CurrentUser,
    query: LetterQuery,
    offset: int,
    limit: int = 50,
    total: int | None = None,
) -> list[LetterSummary]:
    """Rows ``offset`` .. ``offset+limit`` of the query's order. Given ``total``, an offset
    in the second half is read from the end, so a jump near the bottom is as cheap as
    one near the top."""
    require(actor, LetterPermission.READ)
    _check_query(query)
    _check_limit(limit)
    offset = max(0, offset)
    today = today_tehran()
    with ctx.read() as session:
        plan = _matching(session, actor, query, today)
        if total is not None and offset > total // 2:
            end = max(0, total - offset - limit)
            count = min(limit, max(0, total - offset))
            ids = list(session.scalars(
                _ordered(plan, not query.descending).offset(end).limit(count)))
            ids.reverse()
        else:
            ids = list(session.scalars(
                _ordered(plan, query.descending).offset(offset).limit(limit)))
        return summaries(session, ids, today)


def position_of(ctx: AppContext, actor: CurrentUser, query: LetterQuery, key: PageKey) -> int:
    """How many rows come before ``key`` in the query's order (its row index)."""
    require(actor, LetterPermission.READ)
    _check_query(query)
    with ctx.read() as session:
        plan = _matching(session, actor, query, today_tehran())
        earlier = plan.select.where(_key_condition(plan, key, before=not query.descending))
        return int(session.scalar(select(func.count()).select_from(earlier.subquery())) or 0)


def page_key(row: LetterSummary, sort: str = LetterSort.ID) -> PageKey:
    """The key of a row for ``page_letters(after=...)``/``before=`` and ``position_of``."""
    sort = LetterSort(sort)
    if sort == LetterSort.ID:
        return PageKey(row.id)
    if sort == LetterSort.REGISTERED_ON:
        return PageKey(row.id, row.registered_on)
    return PageKey(row.id, row.subject)


@dataclass(frozen=True)
class SearchResult:
    rows: tuple[LetterSummary, ...]
    total: int


def search_letters(
    ctx: AppContext, actor: CurrentUser, text: str, query: LetterQuery = LetterQuery(),
    limit: int = 50,
) -> SearchResult:
    """Full-text search (newest first unless the query sorts otherwise) with the match count."""
    search_index.required_terms(text)
    query = replace(query, text=text)
    page = page_letters(ctx, actor, query, limit=limit)
    return SearchResult(page.rows, count_letters(ctx, actor, query))
