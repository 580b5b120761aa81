"""Working a case: steps, pauses and resumptions of the clock, reassignment, notes, closing,
and links to letters. Each is one unit of work, audited, and one timeline event.

A step may be dated in the past (a clerk entering history from paper), but never before the
previous step and never in the future.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._calendar import calendar_for
from secretariat.cases._cases import detail_in_session, linked_letter_id
from secretariat.cases._common import current_day
from secretariat.cases._dto import CaseChanged, CaseDetail
from secretariat.cases._models import Case, CaseLetter, DutyType
from secretariat.cases._records import add_event, assignable, case_change, ensure_open
from secretariat.cases._timeline import (
    apply_clock,
    clamp_pauses,
    completed_pauses,
    last_clock_day,
    recompute,
    status_before_pause,
)
from secretariat.cases._visibility import get_visible
from secretariat.cases._vocab import (
    PAUSED_STATUSES,
    STEP_ORDER,
    STEP_TARGETS,
    WAITING_STATUS,
    CaseAction,
    CasePermission,
    CaseStatus,
    LetterRole,
    Outcome,
    SlaState,
    Waiting,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.permissions import allows, require
from secretariat.kernel.text.clean import clean_block, clean_choice


def _duty(session: Session, case: Case) -> DutyType:
    duty = session.get(DutyType, case.duty_id)
    assert duty is not None
    return duty


def step_day(session: Session, case: Case, on: date | None, today: date, field: str = "on"
             ) -> date:
    """The day of a new step: today by default; never in the future, never before the
    previous step."""
    day = on or today
    if day > today:
        raise ValidationError(field, "date_in_future")
    last = last_clock_day(session, case.id)
    if last is not None and day < last:
        raise ValidationError(field, "step_before_previous", previous=format_jalali(last))
    return day


def _finish(ctx: AppContext, session: Session, actor: CurrentUser, case: Case, today: date
            ) -> CaseDetail:
    ctx.emit(CaseChanged(case.id), actor)
    return detail_in_session(ctx, session, actor, case.id, today)


def step_case(ctx: AppContext, actor: CurrentUser, case_id: int, to: str, note: str = "",
              on: date | None = None) -> CaseDetail:
    """Move a case forward: in review → site visit → answered (never back, never while it
    waits: resume it first)."""
    require(actor, CasePermission.WORK)
    target = CaseStatus(clean_choice(to, CaseStatus, "step"))
    if target not in STEP_TARGETS:
        raise ValidationError("step", "not_a_step", target=target.label)
    text = clean_block(note, "case_note", 4000)
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        ensure_open(case)
        current = CaseStatus(case.status)
        if current in PAUSED_STATUSES:
            raise Conflict("case_waiting", number=case.number)
        if STEP_ORDER.index(target) <= STEP_ORDER.index(current):
            raise ValidationError("step", "step_out_of_order", current=current.label,
                                  target=target.label)
        day = step_day(session, case, on, today)
        with case_change(session, actor, case, "step"):
            add_event(session, actor, case, CaseAction.STEP, day, to_status=target, note=text)
            case.status = target.value
        return _finish(ctx, session, actor, case, today)


def pause_case(ctx: AppContext, actor: CurrentUser, case_id: int, reason: str,
               waiting: str = Waiting.APPLICANT, on: date | None = None) -> CaseDetail:
    """The case waits for the applicant or the Organization's signature; the clock stops
    (unless its duty type keeps the clock running while waiting)."""
    require(actor, CasePermission.WORK)
    who = Waiting(clean_choice(waiting or Waiting.APPLICANT, Waiting, "waiting"))
    why = clean_block(reason, "pause_reason", 4000)
    if not why:
        raise ValidationError("pause_reason", "required")
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        ensure_open(case)
        if case.status in PAUSED_STATUSES:
            raise Conflict("already_waiting", number=case.number)
        if case.status == CaseStatus.ANSWERED:
            raise Conflict("case_answered", number=case.number)
        day = step_day(session, case, on, today)
        stops = _duty(session, case).pauses
        target = WAITING_STATUS[who]
        with case_change(session, actor, case, "pause"):
            add_event(session, actor, case, CaseAction.PAUSE if stops else CaseAction.STEP,
                      day, to_status=target, detail=who.value, note=why)
            case.status = target.value
            if stops:
                case.paused_since = day
        return _finish(ctx, session, actor, case, today)


def _end_pause(session: Session, case: Case) -> None:
    """After the resume (or close) event is written: the clock counts the pause."""
    calendar = calendar_for(session)
    apply_clock(case, recompute(calendar, case, _duty(session, case),
                                completed_pauses(session, case.id)))
    case.paused_since = None


def resume_case(ctx: AppContext, actor: CurrentUser, case_id: int, on: date | None = None,
                note: str = "") -> CaseDetail:
    """The wait is over: the case goes back to the status it left, its due date moved later
    by the working days it waited."""
    require(actor, CasePermission.WORK)
    text = clean_block(note, "case_note", 4000)
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        ensure_open(case)
        if case.status not in PAUSED_STATUSES:
            raise Conflict("not_waiting", number=case.number)
        day = step_day(session, case, on, today)
        back = status_before_pause(session, case.id) or CaseStatus.IN_REVIEW.value
        clock_stopped = case.paused_since is not None
        with case_change(session, actor, case, "resume"):
            add_event(session, actor, case,
                      CaseAction.RESUME if clock_stopped else CaseAction.STEP, day,
                      to_status=back, note=text)
            case.status = back
            if clock_stopped:
                _end_pause(session, case)
        return _finish(ctx, session, actor, case, today)


def assign_case(ctx: AppContext, actor: CurrentUser, case_id: int, to: str, reason: str = ""
                ) -> CaseDetail:
    """Give the case to an expert (a manager; an expert may take an unassigned case)."""
    require(actor, CasePermission.WORK)
    why = clean_block(reason, "assign_reason", 4000)
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        ensure_open(case)
        user = assignable(session, to, case.classification, "assignee")
        manages = allows(actor, CasePermission.MANAGE)
        if not manages and not (case.assignee_id is None and user.id == actor.id):
            raise PermissionDenied(permission=CasePermission.MANAGE.value)
        if case.assignee_id == user.id:
            raise ValidationError("assignee", "already_assigned", username=user.username)
        with case_change(session, actor, case, "assign"):
            add_event(session, actor, case, CaseAction.ASSIGN, today, to_status="",
                      from_status="", detail=user.username, note=why)
            case.assignee_id = user.id
        return _finish(ctx, session, actor, case, today)


def close_case(ctx: AppContext, actor: CurrentUser, case_id: int, outcome: str,
               reply: str | int | None = None, on: date | None = None, note: str = ""
               ) -> CaseDetail:
    """Close with an outcome; the SLA state is frozen as met (closed on or before the due
    date) or missed. A waiting case's pause ends on the closing day."""
    require(actor, CasePermission.WORK)
    result = Outcome(clean_choice(outcome, Outcome, "outcome"))
    text = clean_block(note, "case_note", 4000)
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        ensure_open(case)
        day = step_day(session, case, on, today)
        reply_id = linked_letter_id(ctx, actor, reply, "reply")
        with case_change(session, actor, case, "close"):
            add_event(session, actor, case, CaseAction.CLOSE, day, to_status=CaseStatus.CLOSED,
                      detail=result.value, note=text)
            if case.paused_since is not None:
                _end_pause(session, case)
            calendar = calendar_for(session)
            pauses = clamp_pauses(case.received_on, completed_pauses(session, case.id))
            waited = sum(calendar.paused_days(p, r) for p, r in pauses)
            case.status = CaseStatus.CLOSED.value
            case.outcome = result.value
            case.closed_on = day
            case.sla_final = (SlaState.MET if day <= case.due_on else SlaState.MISSED).value
            case.days_to_close = max(0, calendar.count(case.received_on, day) - waited)
            if reply_id is not None:
                _link(session, case, reply_id, LetterRole.REPLY)
        return _finish(ctx, session, actor, case, today)


def add_note(ctx: AppContext, actor: CurrentUser, case_id: int, text: str) -> CaseDetail:
    require(actor, CasePermission.WORK)
    body = clean_block(text, "case_note", 20_000)
    if not body:
        raise ValidationError("case_note", "required")
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        with case_change(session, actor, case, "note"):
            add_event(session, actor, case, CaseAction.NOTE, today, from_status="", note=body)
        return _finish(ctx, session, actor, case, today)


def _link(session: Session, case: Case, letter_id: int, role: LetterRole) -> None:
    existing = session.scalar(select(CaseLetter).where(CaseLetter.case_id == case.id,
                                                       CaseLetter.letter_id == letter_id))
    if existing is None:
        session.add(CaseLetter(case_id=case.id, letter_id=letter_id, role=role.value))
    elif role == LetterRole.REPLY:
        existing.role = role.value
    else:
        raise Conflict("letter_already_linked")
    session.flush()


def link_letter(ctx: AppContext, actor: CurrentUser, case_id: int, letter: str | int,
                role: str = LetterRole.RELATED) -> CaseDetail:
    """Link a letter to a case (it then shows on the letter's page too)."""
    require(actor, CasePermission.WORK)
    kind = LetterRole(clean_choice(role, LetterRole, "role"))
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        letter_id = linked_letter_id(ctx, actor, letter, "letter")
        assert letter_id is not None
        with case_change(session, actor, case, "link"):
            _link(session, case, letter_id, kind)
            add_event(session, actor, case, CaseAction.LINK, today, from_status="",
                      detail=str(letter_id))
        return _finish(ctx, session, actor, case, today)
