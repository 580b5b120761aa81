"""The clock of a stored case, recomputed from its timeline (pause and resume events) and
the calendar: after a resumption, at closing, and when the calendar changes."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.cases._calendar import WorkCalendar
from secretariat.cases._clock import Clock, clock_of
from secretariat.cases._models import Case, CaseEvent, DutyType
from secretariat.cases._vocab import CLOCK_ACTIONS, CaseAction


def completed_pauses(session: Session, case_id: int) -> list[tuple[date, date]]:
    """(pause day, resume day) of each pause that has ended, from the timeline."""
    rows = session.execute(
        select(CaseEvent.action, CaseEvent.happened_on)
        .where(CaseEvent.case_id == case_id,
               CaseEvent.action.in_([CaseAction.PAUSE, CaseAction.RESUME, CaseAction.CLOSE]))
        .order_by(CaseEvent.id))
    return pauses_from(list(rows))


def pauses_from(rows: list[tuple[str, date]]) -> list[tuple[date, date]]:
    pauses: list[tuple[date, date]] = []
    started: date | None = None
    for action, day in rows:
        if action == CaseAction.PAUSE:
            started = day
        elif started is not None:  # a resumption, or closing while paused
            pauses.append((started, day))
            started = None
    return pauses


def clamp_pauses(received_on: date, pauses: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The day received is not counted, so a pause that day starts the next day."""
    first = received_on + timedelta(days=1)
    return [(max(p, first), r) for p, r in pauses]


def recompute(calendar: WorkCalendar, case: Case, duty: DutyType,
              pauses: list[tuple[date, date]]) -> Clock:
    return clock_of(calendar, case.received_on, duty.service_days, duty.warn_percent,
                    clamp_pauses(case.received_on, pauses))


def apply_clock(case: Case, clock: Clock) -> None:
    case.due_on, case.warn_on, case.paused_days = clock.due_on, clock.warn_on, clock.paused_days


def last_clock_day(session: Session, case_id: int) -> date | None:
    """The day of the latest step that moves the workflow or the clock (a backdated step may
    not come before it)."""
    day: date | None = session.scalar(
        select(func.max(CaseEvent.happened_on))
        .where(CaseEvent.case_id == case_id, CaseEvent.action.in_(list(CLOCK_ACTIONS))))
    return day


def status_before_pause(session: Session, case_id: int) -> str | None:
    """The status a waiting case returns to: the one it left when it started waiting."""
    found: str | None = session.scalar(
        select(CaseEvent.from_status)
        .where(CaseEvent.case_id == case_id,
               CaseEvent.action.in_([CaseAction.PAUSE, CaseAction.STEP]),
               CaseEvent.to_status.in_(["waiting_applicant", "waiting_org"]))
        .order_by(CaseEvent.id.desc()).limit(1))
    return found
