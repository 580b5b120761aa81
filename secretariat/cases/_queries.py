"""Lists and counts of cases: filters, the SLA state computed by the database, pages.

Every query starts from ``visible_to(actor)``, so nothing here can list, count or page over
a case above the user's clearance. The SLA state of an open case is a condition on its
stored due dates and today (``_clock``): no case is loaded into Python to decide it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from secretariat.cases import _clock as clock
from secretariat.cases._calendar import WorkCalendar, calendar_for
from secretariat.cases._common import current_day, user_by_name
from secretariat.cases._dto import CaseCounts, CaseSummary
from secretariat.cases._models import Case, DutyType, Resolution
from secretariat.cases._visibility import visible_to
from secretariat.cases._vocab import (
    PAUSED_STATUSES,
    CasePermission,
    CaseStatus,
    ResolutionStatus,
    SlaState,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.models import Contact, User
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import normalize_for_search

MAX_PAGE = 1000


class CaseSort(StrEnum):
    NEWEST = "newest"  # registration order, newest first
    URGENCY = "urgency"  # overdue first, then due soon, then by due date


@dataclass(frozen=True)
class CaseQuery:
    """Filters of a case list; all optional, combined with AND."""

    status: str | None = None
    duty: str | None = None  # a duty type's code
    assignee: str | None = None  # username
    mine: bool = False  # assigned to the acting user
    sla: str | None = None  # SlaState
    overdue: bool = False  # open and past its due date
    open_only: bool = False
    text: str = ""  # number, subject, applicant, 124 reference, tracking number
    received_from: date | None = None
    received_to: date | None = None
    sort: str = CaseSort.NEWEST


def _conditions(session: Session, actor: CurrentUser, q: CaseQuery, today: date
                ) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [visible_to(actor)]
    if q.status:
        found.append(Case.status == clean_choice(q.status, CaseStatus, "status"))
    if q.duty:
        duty_id = session.scalar(select(DutyType.id).where(
            DutyType.code == to_ascii_digits(q.duty.strip())))
        if duty_id is None:
            raise ValidationError("duty", "duty_not_found", ref=q.duty)
        found.append(Case.duty_id == duty_id)
    if q.assignee:
        found.append(Case.assignee_id == user_by_name(session, q.assignee, "assignee").id)
    if q.mine:
        found.append(Case.assignee_id == actor.id)
    if q.sla:
        found.append(clock.sla_condition(SlaState(clean_choice(q.sla, SlaState, "sla")), today))
    if q.overdue:
        found.append(clock.breached(today))
    if q.open_only:
        found.append(clock.is_open())
    if q.received_from:
        found.append(Case.received_on >= q.received_from)
    if q.received_to:
        found.append(Case.received_on <= q.received_to)
    if q.received_from and q.received_to and q.received_from > q.received_to:
        raise ValidationError("date_from", "date_range_reversed")
    for token in normalize_for_search(q.text).split():
        found.append(Case.search_text.like(f"%{token}%"))
    clean_choice(q.sort, CaseSort, "sort")
    return found


def _rows_query(today: date) -> Any:
    assignee = aliased(User)
    return (select(Case.id, Case.number, DutyType.code, DutyType.title, Case.channel,
                   Case.received_on, Case.subject, Contact.name, assignee.username,
                   assignee.full_name, Case.status, Case.due_on, clock.sla_expression(today),
                   Case.paused_since, Case.closed_on, Case.outcome, Case.classification)
            .join(DutyType, DutyType.id == Case.duty_id)
            .outerjoin(Contact, Contact.id == Case.applicant_id)
            .outerjoin(assignee, assignee.id == Case.assignee_id))


def to_summary(row: Sequence[Any], calendar: WorkCalendar, today: date) -> CaseSummary:
    (case_id, number, code, title, channel, received_on, subject, applicant, username,
     full_name, status, due_on, sla, paused_since, closed_on, outcome, classification) = row
    left = None if closed_on else clock.working_days_left(calendar, due_on, paused_since, today)
    return CaseSummary(
        id=case_id, number=number, duty_code=code, duty_title=title, channel=channel,
        received_on=received_on, subject=subject, applicant=applicant or "",
        assignee=username, assignee_name=full_name or "", status=status, due_on=due_on,
        sla_state=sla, working_days_left=left,
        paused=paused_since is not None or status in PAUSED_STATUSES, closed_on=closed_on,
        outcome=outcome, classification=classification)


def summaries(session: Session, ids: Sequence[int], today: date) -> list[CaseSummary]:
    """These cases (already known visible), in the order given."""
    if not ids:
        return []
    calendar = calendar_for(session)
    rows = {r[0]: r for r in session.execute(_rows_query(today).where(Case.id.in_(list(ids))))}
    return [to_summary(rows[i], calendar, today) for i in ids if i in rows]


def list_cases(ctx: AppContext, actor: CurrentUser, query: CaseQuery = CaseQuery(),
               limit: int = 100, offset: int = 0) -> list[CaseSummary]:
    """A page of cases: newest first, or (``sort="urgency"``) overdue first, then due soon,
    each by due date, then the rest."""
    require(actor, CasePermission.READ)
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", "invalid_limit", max=MAX_PAGE)
    today = current_day()
    with ctx.read() as session:
        conditions = _conditions(session, actor, query, today)
        order: list[Any]
        if query.sort == CaseSort.URGENCY:
            order = [clock.urgency_rank(today), Case.due_on, Case.id]
        else:
            order = [Case.id.desc()]
        ids = list(session.scalars(select(Case.id).where(*conditions).order_by(*order)
                                   .limit(limit).offset(max(0, offset))))
        return summaries(session, ids, today)


def count_cases(ctx: AppContext, actor: CurrentUser, query: CaseQuery = CaseQuery()) -> int:
    require(actor, CasePermission.READ)
    today = current_day()
    with ctx.read() as session:
        conditions = _conditions(session, actor, query, today)
        return int(session.scalar(select(func.count()).select_from(Case).where(*conditions))
                   or 0)


def case_counts(ctx: AppContext, actor: CurrentUser, mine: bool = True) -> CaseCounts:
    """The home tiles: overdue and due-soon open cases (the user's own, or everyone's), and
    workgroup resolutions past their deadline."""
    require(actor, CasePermission.READ)
    today = current_day()
    with ctx.read() as session:
        base: list[ColumnElement[bool]] = [visible_to(actor)]
        if mine:
            base.append(Case.assignee_id == actor.id)
        overdue = session.scalar(select(func.count()).select_from(Case)
                                 .where(*base, clock.breached(today))) or 0
        soon = session.scalar(select(func.count()).select_from(Case)
                              .where(*base, clock.warning(today))) or 0
        late = session.scalar(
            select(func.count()).select_from(Resolution)
            .join(Case, Case.id == Resolution.case_id)
            .where(*base, late_resolution(today))) or 0
    return CaseCounts(int(overdue), int(soon), int(late))


def late_resolution(today: date) -> ColumnElement[bool]:
    return and_(Resolution.status != ResolutionStatus.DONE, Resolution.deadline.is_not(None),
                Resolution.deadline < today)


