"""A case's clock: due date, warning date, paused days, and its SLA state in the query.

``due_on`` = ``received_on`` plus the duty's service days in working days (the day received
is not counted), moved later by every paused working day (d with pause ≤ d < resume).
``warn_on`` is the day the warning threshold (a percentage of the service days) is reached,
moved the same way. Both are stored, so the SLA state of an open case is a condition on
stored dates and today — computed by the database, never by loading cases into Python:

- breached: open and its clock has passed ``due_on``;
- warning: open, not breached, its clock has reached ``warn_on``;
- on track: otherwise; a closed case keeps ``met``/``missed`` as frozen at closing.

While a case is paused its clock stands at the day it was paused (``paused_since``): the
days it waits move its due date later day by day, so its state cannot change meanwhile.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, literal, or_

from secretariat.cases._calendar import WorkCalendar
from secretariat.cases._models import Case
from secretariat.cases._vocab import SlaState


@dataclass(frozen=True)
class Clock:
    due_on: date
    warn_on: date
    paused_days: int  # completed pauses


def warn_days(service_days: int, warn_percent: int) -> int:
    """Working days after which a case is «due soon» (at least one, at most all)."""
    return min(service_days, max(1, math.ceil(service_days * warn_percent / 100)))


def clock_of(calendar: WorkCalendar, received_on: date, service_days: int, warn_percent: int,
             pauses: list[tuple[date, date]]) -> Clock:
    """The clock of a case received on ``received_on`` whose completed pauses are
    ``pauses`` (pause day, resume day)."""
    paused = sum(calendar.paused_days(p, r) for p, r in pauses)
    return Clock(
        due_on=calendar.add_workdays(received_on, service_days + paused),
        warn_on=calendar.add_workdays(received_on, warn_days(service_days, warn_percent) + paused),
        paused_days=paused,
    )


def clock_day(paused_since: date | None, today: date) -> date:
    """Where the clock stands: today, or the day a paused case was paused."""
    return paused_since if paused_since is not None and paused_since < today else today


def sla_of(status_closed: bool, sla_final: str, due_on: date, warn_on: date,
           paused_since: date | None, today: date) -> SlaState:
    """The same rule as ``sla_expression``, for one case already in hand."""
    if status_closed:
        return SlaState(sla_final) if sla_final else SlaState.MET
    at = clock_day(paused_since, today)
    if at > due_on:
        return SlaState.BREACHED
    if at >= warn_on:
        return SlaState.WARNING
    return SlaState.ON_TRACK


def working_days_left(calendar: WorkCalendar, due_on: date, paused_since: date | None,
                      today: date) -> int:
    """Working days from the clock's day to the due date; negative when overdue."""
    return calendar.count(clock_day(paused_since, today), due_on)


# --- in the query ------------------------------------------------------------------------

def is_open() -> ColumnElement[bool]:
    return Case.closed_on.is_(None)


def breached(today: date) -> ColumnElement[bool]:
    """Open past its due date. Written so the (closed_on, due_on) index finds the rows: a
    paused case's clock day is never after today, so due_on < today holds for all of them."""
    return and_(is_open(), Case.due_on < today,
                or_(Case.paused_since.is_(None), Case.paused_since > Case.due_on))


def warning(today: date) -> ColumnElement[bool]:
    at = func.coalesce(Case.paused_since, literal(today))
    return and_(is_open(), Case.warn_on <= today, Case.warn_on <= at, Case.due_on >= at)


def on_track(today: date) -> ColumnElement[bool]:
    at = func.coalesce(Case.paused_since, literal(today))
    return and_(is_open(), Case.warn_on > at)


def sla_condition(state: SlaState, today: date) -> ColumnElement[bool]:
    if state == SlaState.BREACHED:
        return breached(today)
    if state == SlaState.WARNING:
        return warning(today)
    if state == SlaState.ON_TRACK:
        return on_track(today)
    return and_(Case.closed_on.is_not(None), Case.sla_final == state.value)


def sla_expression(today: date) -> ColumnElement[str]:
    """The SLA state of each row, computed by the database."""
    at = func.coalesce(Case.paused_since, literal(today))
    return case(
        (Case.closed_on.is_not(None), Case.sla_final),
        (at > Case.due_on, literal(SlaState.BREACHED.value)),
        (at >= Case.warn_on, literal(SlaState.WARNING.value)),
        else_=literal(SlaState.ON_TRACK.value),
    )


def urgency_rank(today: date) -> ColumnElement[int]:
    """0 overdue, 1 due soon, 2 on track, 3 closed: «my cases» are sorted by this first."""
    at = func.coalesce(Case.paused_since, literal(today))
    return case(
        (Case.closed_on.is_not(None), literal(3)),
        (at > Case.due_on, literal(0)),
        (at >= Case.warn_on, literal(1)),
        else_=literal(2),
    )
