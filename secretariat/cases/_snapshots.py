"""The audited state of cases and of what defines them (MoUs, duty types, calendar days,
workgroup meetings and resolutions).

Every change records a snapshot in the audit log in the same transaction; ``check`` compares
each row with its last snapshot, so an edit made behind the application's back (a case's
due date, a step's date, a resolution's status) is reported. A case's snapshot holds its
timeline, links, site visits and files, so a changed event is a changed case. The same
functions serve the change and the loader, so the two always agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._models import (
    CalendarDay,
    Case,
    CaseEvent,
    CaseFile,
    CaseLetter,
    DutyType,
    Meeting,
    Mou,
    Resolution,
    SiteVisit,
)
from secretariat.kernel import audit

CASE_COLUMNS: tuple[str, ...] = (
    "number", "year", "seq", "duty_id", "channel", "received_on", "subject", "applicant_id",
    "applicant_code", "org_letter_id", "ref_124", "tracking_no", "assignee_id", "description",
    "classification", "status", "due_on", "warn_on", "paused_days", "paused_since", "outcome",
    "closed_on", "sla_final", "days_to_close", "created_at", "created_by_id",
)
EVENT_COLUMNS = ("id", "happened_on", "action", "from_status", "to_status", "detail", "note",
                 "by_id", "at")
VISIT_COLUMNS = ("id", "visited_on", "expert_id", "progress", "findings")
FILE_COLUMNS = ("id", "visit_id", "sha256", "filename")
MOU_COLUMNS = ("title", "counterparty", "signed_on", "valid_from", "valid_to", "letter_number",
               "letter_id", "note", "created_at")
DUTY_COLUMNS = ("mou_id", "code", "title", "clause", "service_days", "warn_percent",
                "site_visit", "pauses", "report_group", "active", "created_at")
MEETING_COLUMNS = ("held_on", "minutes_number", "attendees", "note", "created_at")
RESOLUTION_COLUMNS = ("meeting_id", "case_id", "text", "agency", "deadline", "status",
                      "follow_up_of_id", "created_at")


def _plain(value: Any) -> Any:
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    return value


def row_values(row: object, columns: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(row, name)) for name in columns}


def _bools(snap: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        snap[name] = bool(snap[name])
    return snap


# --- a case and its parts ------------------------------------------------------------------

Parts = dict[str, list[list[Any]]]


def case_snapshot(values: Mapping[str, Any], parts: Mapping[str, list[list[Any]]]
                  ) -> audit.Snapshot:
    snap = {name: _plain(values[name]) for name in CASE_COLUMNS}
    for key in ("events", "letters", "visits", "files"):
        snap[key] = [list(item) for item in parts.get(key, [])]
    return snap


def event_row(e: CaseEvent) -> list[Any]:
    return [_plain(getattr(e, c)) for c in EVENT_COLUMNS]


def _parts_of(session: Session, case_ids: list[int] | None) -> dict[int, Parts]:
    parts: dict[int, Parts] = defaultdict(lambda: {"events": [], "letters": [], "visits": [],
                                                   "files": []})

    def only(column: Any) -> Any:
        return [] if case_ids is None else [column.in_(case_ids)]

    for e in session.scalars(select(CaseEvent).where(*only(CaseEvent.case_id))
                             .order_by(CaseEvent.case_id, CaseEvent.id)):
        parts[e.case_id]["events"].append(event_row(e))
    for link in session.execute(select(CaseLetter.case_id, CaseLetter.letter_id, CaseLetter.role)
                                .where(*only(CaseLetter.case_id))
                                .order_by(CaseLetter.case_id, CaseLetter.id)):
        parts[link.case_id]["letters"].append([link.letter_id, link.role])
    for v in session.scalars(select(SiteVisit).where(*only(SiteVisit.case_id))
                             .order_by(SiteVisit.case_id, SiteVisit.id)):
        parts[v.case_id]["visits"].append([_plain(getattr(v, c)) for c in VISIT_COLUMNS])
    for f in session.scalars(select(CaseFile).where(*only(CaseFile.case_id))
                             .order_by(CaseFile.case_id, CaseFile.id)):
        parts[f.case_id]["files"].append([_plain(getattr(f, c)) for c in FILE_COLUMNS])
    return parts


def current_case_snapshot(session: Session, case: Case) -> audit.Snapshot:
    session.flush()
    return case_snapshot(row_values(case, CASE_COLUMNS), _parts_of(session, [case.id])[case.id])


def load_cases(session: Session) -> Iterator[tuple[str, audit.Snapshot]]:
    """Every case with its parts, in chunks of ids (memory stays bounded at any size)."""
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), 2000):
        chunk = ids[start:start + 2000]
        parts = _parts_of(session, chunk)
        for case in session.scalars(select(Case).where(Case.id.in_(chunk)).order_by(Case.id)):
            yield str(case.id), case_snapshot(row_values(case, CASE_COLUMNS), parts[case.id])


# --- what defines cases ----------------------------------------------------------------------

def mou_snapshot(mou: Mou) -> audit.Snapshot:
    return row_values(mou, MOU_COLUMNS)


def duty_snapshot(duty: DutyType) -> audit.Snapshot:
    return _bools(row_values(duty, DUTY_COLUMNS), "site_visit", "pauses", "active")


def day_snapshot(day: CalendarDay) -> audit.Snapshot:
    return {"kind": day.kind, "title": day.title}


def meeting_snapshot(meeting: Meeting) -> audit.Snapshot:
    return row_values(meeting, MEETING_COLUMNS)


def resolution_snapshot(resolution: Resolution) -> audit.Snapshot:
    return row_values(resolution, RESOLUTION_COLUMNS)


def load_mous(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(str(m.id), mou_snapshot(m)) for m in session.scalars(select(Mou).order_by(Mou.id))]


def load_duties(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(str(d.id), duty_snapshot(d))
            for d in session.scalars(select(DutyType).order_by(DutyType.id))]


def load_days(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(d.day.isoformat(), day_snapshot(d))
            for d in session.scalars(select(CalendarDay).order_by(CalendarDay.day))]


def load_meetings(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(str(m.id), meeting_snapshot(m))
            for m in session.scalars(select(Meeting).order_by(Meeting.id))]


def load_resolutions(session: Session) -> list[tuple[str, audit.Snapshot]]:
    return [(str(r.id), resolution_snapshot(r))
            for r in session.scalars(select(Resolution).order_by(Resolution.id))]
