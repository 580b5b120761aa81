"""The facilitation workgroup (کارگروه تسهیل و رفع موانع تولید): its meetings, and the
resolutions (مصوبه) it makes about cases, followed until implemented. A resolution is seen
through its case: one above the user's clearance does not exist for them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.cases._common import audited, current_day, stamp
from secretariat.cases._dto import (
    MeetingInfo,
    MeetingInput,
    ResolutionInfo,
    ResolutionInput,
    WorkgroupChanged,
)
from secretariat.cases._models import Case, Meeting, Resolution
from secretariat.cases._queries import late_resolution
from secretariat.cases._snapshots import meeting_snapshot, resolution_snapshot
from secretariat.cases._visibility import find_case_id, visible_to
from secretariat.cases._vocab import Agency, CasePermission, ResolutionStatus
from secretariat.cases._workgroup_read import resolutions_where
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.kernel.text.digits import to_ascii_digits


def _meeting_values(data: MeetingInput) -> dict[str, object]:
    if data.held_on > current_day():
        raise ValidationError("held_on", "date_in_future")
    attendees = [clean_line(a, "attendees", 200) for a in data.attendees]
    return {
        "held_on": data.held_on,
        "minutes_number": to_ascii_digits(clean_line(data.minutes_number, "minutes_number", 64)),
        "attendees": "\n".join(a for a in attendees if a),
        "note": clean_block(data.note, "meeting_note", 20_000),
    }


def _meeting_info(session: Session, m: Meeting) -> MeetingInfo:
    count = session.scalar(select(func.count()).where(Resolution.meeting_id == m.id)) or 0
    return MeetingInfo(m.id, m.held_on, m.minutes_number,
                       tuple(a for a in m.attendees.split("\n") if a), m.note, int(count))


def add_meeting(ctx: AppContext, actor: CurrentUser, data: MeetingInput) -> MeetingInfo:
    require(actor, CasePermission.WORK)
    with ctx.write() as session:
        meeting = Meeting(**_meeting_values(data), created_at=stamp())
        session.add(meeting)
        session.flush()
        audit.record(session, actor, "create", "meeting", meeting.id, None,
                     meeting_snapshot(meeting))
        ctx.emit(WorkgroupChanged(), actor)
        return _meeting_info(session, meeting)


def update_meeting(ctx: AppContext, actor: CurrentUser, meeting_id: int, data: MeetingInput
                   ) -> MeetingInfo:
    require(actor, CasePermission.WORK)
    with ctx.write() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound("meeting_not_found", ref=str(meeting_id))
        values = _meeting_values(data)
        with audited(session, actor, "update", "meeting", meeting, meeting_snapshot):
            for key, value in values.items():
                setattr(meeting, key, value)
        ctx.emit(WorkgroupChanged(), actor)
        return _meeting_info(session, meeting)


def list_meetings(ctx: AppContext, actor: CurrentUser) -> list[MeetingInfo]:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return [_meeting_info(session, m) for m in
                session.scalars(select(Meeting).order_by(Meeting.held_on.desc(), Meeting.id))]


def add_resolution(ctx: AppContext, actor: CurrentUser, data: ResolutionInput) -> ResolutionInfo:
    require(actor, CasePermission.WORK)
    text = clean_block(data.text, "text", 4000)
    if not text:
        raise ValidationError("text", "required")
    agency = clean_choice(data.agency, Agency, "agency")
    status = clean_choice(data.status or "not_done", ResolutionStatus, "status")
    today = current_day()
    with ctx.write() as session:
        meeting = session.get(Meeting, data.meeting_id)
        if meeting is None:
            raise ValidationError("meeting", "meeting_not_found", ref=str(data.meeting_id))
        try:
            case_id = find_case_id(session, actor, data.case)
        except NotFound as exc:
            raise ValidationError("case", "case_not_found", ref=str(data.case)) from exc
        if data.deadline is not None and data.deadline < meeting.held_on:
            raise ValidationError("deadline", "deadline_before_meeting")
        if data.follow_up_of is not None:
            earlier = session.get(Resolution, data.follow_up_of)
            if earlier is None or earlier.case_id != case_id:
                raise ValidationError("follow_up_of", "resolution_not_found",
                                      ref=str(data.follow_up_of))
        row = Resolution(meeting_id=meeting.id, case_id=case_id, text=text, agency=agency,
                         deadline=data.deadline, status=status,
                         follow_up_of_id=data.follow_up_of, created_at=stamp())
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "resolution", row.id, None,
                     resolution_snapshot(row))
        ctx.emit(WorkgroupChanged(), actor)
        return resolutions_where(session, today, Resolution.id == row.id)[0]


def set_resolution_status(ctx: AppContext, actor: CurrentUser, resolution_id: int, status: str
                          ) -> ResolutionInfo:
    """Record how far a resolution has been implemented (done / in progress / not done)."""
    require(actor, CasePermission.WORK)
    value = clean_choice(status, ResolutionStatus, "status")
    today = current_day()
    with ctx.write() as session:
        row = session.scalar(select(Resolution).join(Case, Case.id == Resolution.case_id)
                             .where(Resolution.id == resolution_id, visible_to(actor)))
        if row is None:
            raise NotFound("resolution_not_found", ref=str(resolution_id))
        with audited(session, actor, "status", "resolution", row, resolution_snapshot):
            row.status = value
        ctx.emit(WorkgroupChanged(), actor)
        return resolutions_where(session, today, Resolution.id == row.id)[0]


def list_resolutions(ctx: AppContext, actor: CurrentUser, meeting_id: int | None = None,
                     late_only: bool = False, limit: int = 500) -> list[ResolutionInfo]:
    """Resolutions of visible cases (of one meeting, or the open ones past their deadline)."""
    require(actor, CasePermission.READ)
    today = current_day()
    with ctx.read() as session:
        conditions = [visible_to(actor)]
        if meeting_id is not None:
            conditions.append(Resolution.meeting_id == meeting_id)
        if late_only:
            conditions.append(late_resolution(today))
        return resolutions_where(session, today, *conditions, limit=limit)


def resolutions_between(session: Session, actor: CurrentUser, first: date, last: date
                        ) -> list[tuple[str, str]]:
    """(agency, status) of the resolutions of meetings held in [first, last]."""
    rows = session.execute(
        select(Resolution.agency, Resolution.status)
        .join(Meeting, Meeting.id == Resolution.meeting_id)
        .join(Case, Case.id == Resolution.case_id)
        .where(Meeting.held_on >= first, Meeting.held_on <= last, visible_to(actor)))
    return [(r.agency, r.status) for r in rows]
