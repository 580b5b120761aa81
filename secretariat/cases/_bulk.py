"""Bringing many cases in at once (an old register, years of paper history): numbers,
clocks, timelines and audit entries exactly as one-by-one opening and working would write
them, in one transaction per batch and a few statements, so tens of thousands load in
seconds. The benchmark seeds its cases this way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from secretariat.cases._calendar import WorkCalendar, calendar_for
from secretariat.cases._cases import applicant_code
from secretariat.cases._clock import clock_of
from secretariat.cases._common import current_day, stamp
from secretariat.cases._dto import CaseImport, CaseOpened
from secretariat.cases._models import Case, CaseEvent, DutyType
from secretariat.cases._numbering import allocate, ensure_unused, format_number, number_format
from secretariat.cases._records import search_text
from secretariat.cases._snapshots import CASE_COLUMNS, EVENT_COLUMNS, case_snapshot
from secretariat.cases._timeline import clamp_pauses
from secretariat.cases._vocab import (
    STEP_TARGETS,
    WAITING_STATUS,
    CaseAction,
    CasePermission,
    CaseStatus,
    Channel,
    Classification,
    Outcome,
    SlaState,
    Waiting,
)
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import jalali_year
from secretariat.kernel.models import Contact, User
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice, clean_line

MAX_BATCH = 20_000


@dataclass
class _State:
    status: str = CaseStatus.REGISTERED.value
    paused_since: date | None = None
    back_to: str = ""
    pauses: list[tuple[date, date]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    outcome: str = ""
    closed_on: date | None = None


def _play(item: CaseImport, duty: DutyType, received: date, today: date, user_id: int | None
          ) -> _State:
    state = _State()
    now = stamp()

    def event(day: date, action: str, to: str = "", detail: str = "", frm: str | None = None
              ) -> None:
        state.events.append({"happened_on": day, "action": action,
                             "from_status": state.status if frm is None else frm,
                             "to_status": to, "detail": detail, "note": "", "by_id": user_id,
                             "at": now})

    event(received, CaseAction.OPENED, CaseStatus.REGISTERED, frm="")
    last = received
    for day, action, value in item.steps:
        if day < last or day > today:
            raise ValidationError("on", "step_before_previous" if day < last else
                                  "date_in_future", previous=str(last))
        last = day
        if action == "step" and CaseStatus(value) in STEP_TARGETS:
            event(day, CaseAction.STEP, value)
            state.status = value
        elif action == "pause":
            target = WAITING_STATUS[Waiting(value)].value
            state.back_to = state.status
            event(day, CaseAction.PAUSE if duty.pauses else CaseAction.STEP, target, value)
            state.status = target
            if duty.pauses:
                state.paused_since = day
        elif action == "resume":
            event(day, CaseAction.RESUME if state.paused_since else CaseAction.STEP,
                  state.back_to)
            if state.paused_since is not None:
                state.pauses.append((state.paused_since, day))
                state.paused_since = None
            state.status = state.back_to
        elif action == "close":
            event(day, CaseAction.CLOSE, CaseStatus.CLOSED, Outcome(value).value)
            if state.paused_since is not None:
                state.pauses.append((state.paused_since, day))
                state.paused_since = None
            state.status, state.outcome, state.closed_on = CaseStatus.CLOSED.value, value, day
        else:
            raise ValidationError("steps", "invalid_value")
    return state


def _row(item: CaseImport, duty: DutyType, calendar: WorkCalendar, today: date,
         actor: CurrentUser, assignees: dict[str, int]) -> tuple[dict[str, Any], _State]:
    data = item.input
    received = data.received_on or today
    if received > today:
        raise ValidationError("received_on", "date_in_future")
    code, _kind = applicant_code(data.applicant_id)
    state = _play(item, duty, received, today, actor.id or None)
    pauses = clamp_pauses(received, state.pauses)
    clock = clock_of(calendar, received, duty.service_days, duty.warn_percent, pauses)
    closed = state.closed_on
    waited = sum(calendar.paused_days(p, r) for p, r in pauses)
    row = {
        "duty_id": duty.id, "channel": clean_choice(data.channel, Channel, "channel"),
        "received_on": received, "subject": clean_line(data.subject, "subject", 500, True),
        "applicant_id": data.applicant_contact, "applicant_code": code, "org_letter_id": None,
        "ref_124": data.ref_124, "tracking_no": data.tracking_no,
        "assignee_id": assignees[data.assignee] if data.assignee else None,
        "description": data.description,
        "classification": clean_choice(data.classification, Classification, "classification"),
        "status": state.status, "due_on": clock.due_on, "warn_on": clock.warn_on,
        "paused_days": clock.paused_days, "paused_since": state.paused_since,
        "outcome": state.outcome, "closed_on": closed,
        "sla_final": "" if closed is None else
        (SlaState.MET if closed <= clock.due_on else SlaState.MISSED).value,
        "days_to_close": None if closed is None else
        max(0, calendar.count(received, closed) - waited),
        "created_at": stamp(), "created_by_id": actor.id or None,
    }
    return row, state


def import_cases(ctx: AppContext, actor: CurrentUser, items: Sequence[CaseImport]) -> int:
    """Insert these cases with their histories in one unit of work; returns how many."""
    require(actor, CasePermission.OPEN)
    if not 1 <= len(items) <= MAX_BATCH:
        raise ValidationError("items", "invalid_limit", max=MAX_BATCH)
    today = current_day()
    with ctx.write() as session:
        calendar = calendar_for(session)
        duties = {d.code: d for d in session.scalars(select(DutyType))}
        assignees = {r.username: r.id for r in session.execute(select(User.username, User.id))}
        names = {r.id: r.name for r in session.execute(select(Contact.id, Contact.name))}
        fmt = number_format(session)
        prepared = []
        for item in items:
            duty = duties.get(item.input.duty)
            if duty is None:
                raise ValidationError("duty", "duty_not_found", ref=item.input.duty)
            prepared.append(_row(item, duty, calendar, today, actor, assignees))
        by_year: dict[int, list[dict[str, Any]]] = {}
        for row, _state in prepared:
            by_year.setdefault(jalali_year(row["received_on"]), []).append(row)
        for year, rows in by_year.items():
            first = allocate(session, year, len(rows))
            for offset, row in enumerate(rows):
                row.update(year=year, seq=first + offset,
                           number=format_number(fmt, year, first + offset))
        ensure_unused(session, [row["number"] for row, _s in prepared][:1])
        # Ids come back from the inserts (RETURNING, in order), so PostgreSQL's sequences
        # stay in step with the rows.
        for row, _state in prepared:
            applicant = names.get(row["applicant_id"] or 0, "")
            row["search_text"] = search_text(row["number"], row["subject"], applicant,
                                             row["ref_124"], row["tracking_no"])
        cases_table = table_of(Case)
        case_ids = list(session.execute(
            insert(cases_table).returning(cases_table.c.id, sort_by_parameter_order=True),
            [row for row, _s in prepared]).scalars())
        events: list[dict[str, Any]] = []
        for case_id, (row, state) in zip(case_ids, prepared, strict=True):
            row["id"] = case_id
            for e in state.events:
                e["case_id"] = case_id
                events.append(e)
        events_table = table_of(CaseEvent)
        event_ids = list(session.execute(
            insert(events_table).returning(events_table.c.id, sort_by_parameter_order=True),
            events).scalars())
        for e, event_id in zip(events, event_ids, strict=True):
            e["id"] = event_id
        audits = []
        for row, state in prepared:
            parts = {"events": [[e[c].isoformat() if isinstance(e[c], date) else e[c]
                                 for c in EVENT_COLUMNS] for e in state.events]}
            audits.append((row["id"], None,
                           case_snapshot({c: row[c] for c in CASE_COLUMNS}, parts)))
        audit.record_many(session, actor, "create", "case", audits)
        last = prepared[-1][0]
        ctx.emit(CaseOpened(last["id"], last["number"]), actor)
    return len(prepared)
