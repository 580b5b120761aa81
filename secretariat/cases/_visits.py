"""Site visits (بازدید کارشناسی): date, expert, progress, findings and files — the files in
the kernel's blob store, verified by ``check``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._cases import detail_in_session
from secretariat.cases._common import current_day, stamp, user_by_name, whole_number
from secretariat.cases._dto import CaseChanged, CaseDetail
from secretariat.cases._models import Case, CaseFile, SiteVisit
from secretariat.cases._records import add_event, case_change
from secretariat.cases._visibility import get_visible, visible_to
from secretariat.cases._vocab import CaseAction, CasePermission
from secretariat.kernel.blobs import DOCUMENT_EXTENSIONS, StoredBlob, check_source
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.permissions import require, role_allows
from secretariat.kernel.text.clean import clean_block


def _store(ctx: AppContext, files: Sequence[Path]) -> list[StoredBlob]:
    """Check every file first (one refused: nothing copied), then copy them in — before the
    unit of work, so the write lock is not held while copying."""
    for source in files:
        check_source(Path(source), DOCUMENT_EXTENSIONS)
    return [ctx.blobs.store(Path(f)) for f in files]


def _add_files(session: Session, actor: CurrentUser, case: Case, visit_id: int | None,
               stored: Sequence[StoredBlob]) -> None:
    for blob in stored:
        session.add(CaseFile(case_id=case.id, visit_id=visit_id, sha256=blob.sha256,
                             size=blob.size, filename=blob.filename[:255],
                             media_type=blob.media_type, added_by_id=actor.id or None,
                             added_at=stamp()))
    session.flush()


def add_site_visit(ctx: AppContext, actor: CurrentUser, case_id: int, visited_on: date,
                   progress: int | str, findings: str = "", expert: str | None = None,
                   files: Sequence[Path] = ()) -> CaseDetail:
    """Record a site visit with its findings and files (photos, the signed report)."""
    require(actor, CasePermission.WORK)
    today = current_day()
    if visited_on > today:
        raise ValidationError("visited_on", "date_in_future")
    percent = whole_number(progress, "progress", 0, 100)
    text = clean_block(findings, "findings", 20_000)
    stored = _store(ctx, files) if files else []
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        if visited_on < case.received_on:
            raise ValidationError("visited_on", "date_before_received")
        who = user_by_name(session, expert or actor.username, "expert")
        if not role_allows(who.role, CasePermission.WORK):
            raise ValidationError("expert", "assignee_lacks_permission", username=who.username)
        with case_change(session, actor, case, "visit"):
            visit = SiteVisit(case_id=case.id, visited_on=visited_on, expert_id=who.id,
                              progress=percent, findings=text)
            session.add(visit)
            session.flush()
            _add_files(session, actor, case, visit.id, stored)
            add_event(session, actor, case, CaseAction.VISIT, visited_on, from_status="",
                      detail=str(percent), note=text)
        ctx.emit(CaseChanged(case.id), actor)
        return detail_in_session(ctx, session, actor, case.id, today)


def attach_case_files(ctx: AppContext, actor: CurrentUser, case_id: int, files: Sequence[Path],
                      visit_id: int | None = None) -> CaseDetail:
    require(actor, CasePermission.WORK)
    if not files:
        raise ValidationError("file", "required")
    stored = _store(ctx, files)
    today = current_day()
    with ctx.write() as session:
        case = get_visible(session, actor, case_id)
        if visit_id is not None and session.scalar(select(SiteVisit.id).where(
                SiteVisit.id == visit_id, SiteVisit.case_id == case.id)) is None:
            raise ValidationError("visit", "visit_not_found")
        with case_change(session, actor, case, "attach"):
            _add_files(session, actor, case, visit_id, stored)
        ctx.emit(CaseChanged(case.id), actor)
        return detail_in_session(ctx, session, actor, case.id, today)


def case_file(ctx: AppContext, actor: CurrentUser, file_id: int) -> Path:
    """A case file's stored copy (read it, never write it), after checking it is intact."""
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        row = session.scalar(select(CaseFile).join(Case, Case.id == CaseFile.case_id)
                             .where(CaseFile.id == file_id, visible_to(actor)))
        if row is None:
            raise NotFound("case_file_not_found")
        sha, name = row.sha256, row.filename
    if not ctx.blobs.verify(sha):
        raise NotFound("case_file_missing", name=name)
    return ctx.blobs.path(sha)
