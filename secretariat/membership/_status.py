"""A membership's status, computed from its periods and payments and today's date.

ONE definition, a SQL expression: lists filter and show it inside the query (no loop over
the memberships in Python, no nightly job), and one membership's status is the same
expression evaluated for its row (``status_of``). In order:

- terminated: a termination decided on or before today;
- suspended: a suspension in force (it ends with a resumption);
- pending: no period paid yet (or the first period has not begun);
- active: today falls inside the periods paid without a gap (``paid_through``): a member
  with a started, unpaid period is never active;
- grace: ``paid_through`` ended at most ``grace_days`` (of its type) ago;
- expired: later than that.

``paid_through`` and ``first_unpaid_start`` are kept by ``_money.refresh``; they depend on
money only, never on the date, so nothing goes stale overnight.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import BindParameter, Date, and_, bindparam, case, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from secretariat.membership._models import Membership, MembershipType
from secretariat.membership._vocab import Status


class days_after(FunctionElement[date]):
    """``day + days`` as a date, in each database's own words."""

    type = Date()
    inherit_cache = True
    name = "days_after"


@compiles(days_after)
def _days_after_sqlite(element: days_after, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return (f"date({compiler.process(day, **kw)}, "
            f"'+' || {compiler.process(days, **kw)} || ' days')")


@compiles(days_after, "postgresql")
def _days_after_postgresql(element: days_after, compiler: Any, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + {compiler.process(days, **kw)})"


def status_expression(today: date | BindParameter[date]) -> ColumnElement[str]:
    """The status of each row of ``Membership`` joined with its ``MembershipType``."""
    m, t = Membership, MembershipType
    return case(
        (and_(m.terminated_on.is_not(None), m.terminated_on <= today), Status.TERMINATED.value),
        (and_(m.suspended_from.is_not(None), m.suspended_from <= today),
         Status.SUSPENDED.value),
        (or_(m.paid_through.is_(None), m.joined_on > today), Status.PENDING.value),
        (m.paid_through >= today, Status.ACTIVE.value),
        (days_after(m.paid_through, t.grace_days) >= today, Status.GRACE.value),
        else_=Status.EXPIRED.value,
    )


_ONE = (select(status_expression(bindparam("today", type_=Date())))
        .select_from(Membership)
        .join(MembershipType, MembershipType.id == Membership.type_id)
        .where(Membership.id == bindparam("membership_id")))


def status_of(session: Session, membership_id: int, today: date) -> str:
    """One membership's status: the list's expression, evaluated for its row."""
    found = status_by_id(session, membership_id, today)
    assert found is not None
    return found


def status_by_id(session: Session, membership_id: int, today: date) -> str | None:
    """As ``status_of``, None when there is no such membership (the statement is built once:
    this is asked one row at a time)."""
    value = session.scalar(_ONE, {"today": today, "membership_id": membership_id})
    return None if value is None else str(value)


def status_where(session: Session, condition: ColumnElement[bool], today: date) -> str | None:
    """The status of the membership ``condition`` picks (None: there is none), one query."""
    value = session.scalar(
        select(status_expression(today))
        .select_from(Membership)
        .join(MembershipType, MembershipType.id == Membership.type_id)
        .where(condition))
    return None if value is None else str(value)


def status_condition(status: str, today: date, max_grace: int) -> list[ColumnElement[bool]]:
    """Conditions selecting ``status``: the expression itself, plus a range on an indexed
    column that narrows the rows the expression is evaluated on (same result, faster)."""
    m = Membership
    found = Status(status)
    narrowing: list[ColumnElement[bool]] = {
        Status.ACTIVE: [m.paid_through >= today],
        Status.GRACE: [m.paid_through < today,
                       m.paid_through >= today - timedelta(days=max_grace)],
        Status.EXPIRED: [m.paid_through < today],
        Status.TERMINATED: [m.terminated_on <= today],
        Status.SUSPENDED: [m.suspended_from <= today],
        Status.PENDING: [],
    }[found]
    return [*narrowing, status_expression(today) == found.value]
