"""Member lists: filtered, counted and paged in the query, status and arrears included.

Status is the ``_status`` expression evaluated by the database; a status filter also
narrows on an indexed date (``paid_through``, ``first_unpaid_start``) so a list of the
expiring or the arrears stays fast at tens of thousands of members.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.models import Contact
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import normalize_for_search
from secretariat.membership._dto import MemberPage, MemberQuery, MembershipRow, UnitDetail
from secretariat.membership._lookup import association_row, unit_infos, unit_row
from secretariat.membership._models import (
    Association,
    Membership,
    MembershipPeriod,
    MembershipType,
    MemberUnit,
)
from secretariat.membership._status import status_condition, status_expression
from secretariat.membership._units import unit_documents
from secretariat.membership._vocab import MembershipPermission, Status

READ = MembershipPermission.READ
MAX_PAGE = 1000
MAX_DAYS = 3650


def _arrears(today: date) -> ColumnElement[int]:
    p = MembershipPeriod
    return (select(func.coalesce(func.sum(p.due - p.paid), 0))
            .where(p.membership_id == Membership.id, p.starts_on <= today, p.paid < p.due)
            .correlate(Membership).scalar_subquery())


def _conditions(session: Session, query: MemberQuery, today: date) -> list[ColumnElement[bool]]:
    m = Membership
    found: list[ColumnElement[bool]] = []
    if query.association not in (None, ""):
        found.append(m.association_id == association_row(session, str(query.association)).id)
    if query.unit_id is not None:
        found.append(m.unit_id == query.unit_id)
    if query.status:
        max_grace = int(session.scalar(select(func.max(MembershipType.grace_days))) or 0)
        found += status_condition(clean_choice(query.status, Status, "status"), today,
                                  max_grace)
    if query.expiring_within is not None:
        days = query.expiring_within
        if not 0 <= days <= MAX_DAYS:
            raise ValidationError("expiring_within", "invalid_days", max=MAX_DAYS)
        found += [m.paid_through >= today, m.paid_through <= today + timedelta(days=days),
                  status_expression(today) == Status.ACTIVE.value]
    if query.arrears:
        found.append(m.first_unpaid_start <= today)
    text = query.search.strip()
    if text:
        digits = to_ascii_digits(text)
        words = [and_(or_(Contact.name_norm.like(f"{w}%"), Contact.name_norm.like(f"% {w}%")))
                 for w in normalize_for_search(text).split()]
        found.append(or_(m.number == digits.upper(), MemberUnit.national_id == digits,
                         and_(*words) if words else m.id.is_(None)))
    return found


def _base(select_what: Select[tuple[object, ...]], query: MemberQuery | None = None
          ) -> Select[tuple[object, ...]]:
    """From memberships, joined with what the columns or the filters need (a count joins
    only what its filters read: counting every membership is then an index scan)."""
    found = select_what.select_from(Membership)
    if query is None or query.status or query.expiring_within is not None:
        found = found.join(MembershipType, MembershipType.id == Membership.type_id)
    if query is None or query.search.strip():
        found = (found.join(MemberUnit, MemberUnit.id == Membership.unit_id)
                 .join(Contact, Contact.id == MemberUnit.contact_id))
    return found


def rows_where(session: Session, conditions: list[ColumnElement[bool]], today: date,
               offset: int = 0, limit: int | None = 200) -> list[MembershipRow]:
    assoc = Contact.__table__.alias("association_contact")
    query = (_base(select(
        Membership.id, Membership.number, Membership.association_id, Association.code,
        assoc.c.name, Membership.unit_id, Contact.name, MemberUnit.national_id,
        MembershipType.name, Membership.joined_on, status_expression(today),
        Membership.paid_through, _arrears(today)))
        .join(Association, Association.id == Membership.association_id)
        .join(assoc, assoc.c.id == Association.contact_id)
        .where(*conditions)
        .order_by(Membership.association_id, Membership.seq)
        .offset(offset).limit(limit))
    return [MembershipRow(*cast(tuple[Any, ...], row)) for row in session.execute(query)]


def list_memberships(ctx: AppContext, actor: CurrentUser, query: MemberQuery,
                     today: date | None = None) -> MemberPage:
    """A page of memberships (by association, then number) and how many match in all."""
    require(actor, READ)
    if not 1 <= query.limit <= MAX_PAGE or query.offset < 0:
        raise ValidationError("limit", "invalid_limit", max=MAX_PAGE)
    day = today or today_tehran()
    with ctx.read() as session:
        conditions = _conditions(session, query, day)
        rows = rows_where(session, conditions, day, query.offset, query.limit)
        if query.offset == 0 and len(rows) < query.limit:
            total = len(rows)
        else:
            total = int(session.scalar(
                _base(select(func.count()), query).where(*conditions)) or 0)
    return MemberPage(tuple(rows), total, day)


def count_memberships(ctx: AppContext, actor: CurrentUser, query: MemberQuery,
                      today: date | None = None) -> int:
    require(actor, READ)
    day = today or today_tehran()
    with ctx.read() as session:
        return int(session.scalar(
            _base(select(func.count()), query).where(*_conditions(session, query, day))) or 0)


def all_rows(session: Session, query: MemberQuery, today: date) -> list[MembershipRow]:
    """Every matching row (exports, reminders): one query, no paging."""
    return rows_where(session, _conditions(session, query, today), today, 0, None)


def get_unit(ctx: AppContext, actor: CurrentUser, unit_id: int,
             today: date | None = None) -> UnitDetail:
    """A unit with its memberships (status of each) and its documents."""
    require(actor, READ)
    day = today or today_tehran()
    with ctx.read() as session:
        unit = unit_row(session, unit_id, "")
        return UnitDetail(unit_infos(session, [unit.id])[unit.id],
                          tuple(rows_where(session, [Membership.unit_id == unit.id], day)),
                          tuple(unit_documents(session, unit.id)))
