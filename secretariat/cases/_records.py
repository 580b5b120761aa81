"""In-transaction helpers shared by the case services: the audited change of a case, its
timeline events, its search text, and the people a case may be given to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._common import stamp, user_by_name
from secretariat.cases._models import Case, CaseEvent
from secretariat.cases._snapshots import current_case_snapshot
from secretariat.cases._vocab import CasePermission, CaseStatus
from secretariat.kernel import audit
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.models import Contact, User
from secretariat.kernel.permissions import clearance_allows, role_allows
from secretariat.kernel.text.normalize import normalize_for_search


@contextmanager
def case_change(session: Session, actor: CurrentUser, case: Case, action: str
                ) -> Iterator[None]:
    """Wrap a change to a case (or its timeline, links, visits, files): audit it whole."""
    before = current_case_snapshot(session, case)
    yield
    after = current_case_snapshot(session, case)
    if after != before:
        case.search_text = search_text_for(session, case)
        audit.record(session, actor, action, "case", case.id, before, after)


def add_event(session: Session, actor: CurrentUser, case: Case, action: str, on: date,
              to_status: str = "", detail: str = "", note: str = "",
              from_status: str | None = None) -> CaseEvent:
    event = CaseEvent(case_id=case.id, happened_on=on, action=action,
                      from_status=case.status if from_status is None else from_status,
                      to_status=to_status, detail=detail, note=note, by_id=actor.id or None,
                      at=stamp())
    session.add(event)
    session.flush()
    return event


def search_text(number: str, subject: str, applicant: str, ref_124: str, tracking_no: str
                ) -> str:
    return normalize_for_search(" ".join((number, subject, applicant, ref_124, tracking_no)))


def search_text_for(session: Session, case: Case) -> str:
    applicant = ""
    if case.applicant_id is not None:
        applicant = session.scalar(select(Contact.name).where(Contact.id == case.applicant_id)
                                   ) or ""
    return search_text(case.number, case.subject, applicant, case.ref_124, case.tracking_no)


def ensure_open(case: Case) -> None:
    if case.status == CaseStatus.CLOSED:
        raise Conflict("case_closed", number=case.number)


def assignable(session: Session, username: str, classification: str, field: str) -> User:
    """An active user who may work cases and see one of this classification."""
    user = user_by_name(session, username, field)
    if not user.active:
        raise ValidationError(field, "user_inactive", username=user.username)
    if not role_allows(user.role, CasePermission.WORK):
        raise ValidationError(field, "assignee_lacks_permission", username=user.username)
    if not clearance_allows(user.clearance, classification):
        raise ValidationError(field, "assignee_lacks_clearance", username=user.username)
    return user
