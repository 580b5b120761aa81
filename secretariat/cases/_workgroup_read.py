"""Reading workgroup resolutions (a case's page, the workgroup page, the report)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from secretariat.cases._dto import ResolutionInfo
from secretariat.cases._models import Case, Meeting, Resolution
from secretariat.cases._vocab import ResolutionStatus


def _query() -> Any:
    return (select(Resolution, Meeting.held_on, Meeting.minutes_number, Case.number,
                   Case.subject)
            .join(Meeting, Meeting.id == Resolution.meeting_id)
            .join(Case, Case.id == Resolution.case_id))


def to_info(row: Sequence[Any], today: date) -> ResolutionInfo:
    r, held_on, minutes, number, subject = row
    overdue = (r.status != ResolutionStatus.DONE and r.deadline is not None
               and r.deadline < today)
    return ResolutionInfo(r.id, r.meeting_id, held_on, minutes, r.case_id, number, subject,
                          r.text, r.agency, r.deadline, r.status, r.follow_up_of_id, overdue)


def resolutions_where(session: Session, today: date, *conditions: ColumnElement[bool],
                      limit: int | None = None) -> list[ResolutionInfo]:
    rows = session.execute(_query().where(*conditions)
                           .order_by(Meeting.held_on.desc(), Resolution.id).limit(limit))
    return [to_info(row, today) for row in rows]


def resolutions_of(session: Session, case_ids: list[int], today: date) -> list[ResolutionInfo]:
    return resolutions_where(session, today, Resolution.case_id.in_(case_ids))
