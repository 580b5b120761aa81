"""Opening a case and reading one: the form's (or the CLI's, or the letter page's) input is
checked, the applicant matched to contacts, the Organization's letter linked, the number
allocated and the clock set — one unit of work, audited."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._calendar import calendar_for
from secretariat.cases._clock import clock_of, sla_of, working_days_left
from secretariat.cases._common import current_day, stamp, user_names
from secretariat.cases._dto import (
    CaseDetail,
    CaseEventInfo,
    CaseFileInfo,
    CaseInput,
    CaseLetterInfo,
    CaseOpened,
    CaseSummary,
    SiteVisitInfo,
)
from secretariat.cases._duties import duty_by_code
from secretariat.cases._models import Case, CaseEvent, CaseFile, CaseLetter, DutyType, SiteVisit
from secretariat.cases._numbering import allocate, ensure_unused, format_number, number_format
from secretariat.cases._queries import summaries
from secretariat.cases._records import add_event, assignable, search_text
from secretariat.cases._snapshots import CASE_COLUMNS, case_snapshot, event_row, row_values
from secretariat.cases._visibility import find_case_id, get_visible
from secretariat.cases._vocab import (
    PAUSED_STATUSES,
    CaseAction,
    CasePermission,
    CaseStatus,
    Channel,
    Classification,
    LetterRole,
    Waiting,
)
from secretariat.cases._workgroup_read import resolutions_of
from secretariat.contacts import api as contacts
from secretariat.correspondence import api as letters
from secretariat.kernel import audit, ids
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, PermissionDenied, ValidationError
from secretariat.kernel.jalali import jalali_year
from secretariat.kernel.models import User
from secretariat.kernel.permissions import require, role_allows
from secretariat.kernel.text.clean import clean_block, clean_choice, clean_line
from secretariat.kernel.text.digits import to_ascii_digits


def applicant_code(value: str) -> tuple[str, str]:
    """(ID with ASCII digits, contact kind) of a national ID (person) or legal ID (unit)."""
    digits = to_ascii_digits(value).strip()
    if not digits:
        return "", ""
    plain = "".join(ch for ch in digits if ch.isdigit())
    if len(plain) == 11:
        return ids.validate_legal_id(digits, "applicant_id"), contacts.ContactKind.ORGANISATION
    if 8 <= len(plain) <= 10:
        return ids.validate_national_id(digits, "applicant_id"), contacts.ContactKind.PERSON
    raise ValidationError("applicant_id", "invalid_applicant_id", value=value)


def linked_letter_id(ctx: AppContext, actor: CurrentUser, ref: str | int | None, field: str
                     ) -> int | None:
    if ref is None or not str(ref).strip():
        return None
    try:
        return letters.resolve_letter(ctx, actor, ref)
    except NotFound as exc:
        raise ValidationError(field, "letter_not_found", ref=str(ref)) from exc


def resolve_applicant(ctx: AppContext, actor: CurrentUser, data: CaseInput, kind: str
                      ) -> contacts.ContactRef | None:
    """The applicant's contact: the one chosen, else the one with this name, else a new one."""
    if data.applicant_contact is not None:
        return contacts.usable_ref(ctx, actor, data.applicant_contact, "applicant")
    name = clean_line(data.applicant, "applicant", 300)
    if not name:
        if data.applicant_id.strip():
            raise ValidationError("applicant", "required")
        return None
    chosen = data.applicant_kind or kind or contacts.ContactKind.ORGANISATION
    clean_choice(chosen, contacts.ContactKind, "applicant_kind")
    return contacts.find_or_add(ctx, actor, name, chosen, "applicant")


def open_case(ctx: AppContext, actor: CurrentUser, data: CaseInput) -> CaseDetail:
    """Open a case: number, clock and first timeline step, one unit of work. A refused case
    writes nothing and consumes no number."""
    require(actor, CasePermission.OPEN)
    if not (data.duty or "").strip():
        raise ValidationError("duty", "required")
    today = current_day()
    received = data.received_on or today
    if received > today:
        raise ValidationError("received_on", "date_in_future")
    channel = clean_choice(data.channel, Channel, "channel")
    subject = clean_line(data.subject, "subject", 500, required=True)
    classification = clean_choice(data.classification or "normal", Classification,
                                  "classification")
    code, kind = applicant_code(data.applicant_id)
    ref_124 = to_ascii_digits(clean_line(data.ref_124, "ref_124", 64))
    tracking = to_ascii_digits(clean_line(data.tracking_no, "tracking_no", 64))
    description = clean_block(data.description, "description", 20_000)
    with ctx.write() as session:
        duty = duty_by_code(session, data.duty)
        if not duty.active:
            raise ValidationError("duty", "duty_inactive", duty_code=duty.code)
        assignee = (assignable(session, data.assignee, classification, "assignee")
                    if data.assignee else None)
        applicant = resolve_applicant(ctx, actor, data, kind)
        letter_id = linked_letter_id(ctx, actor, data.letter, "letter")
        year = jalali_year(received)
        seq = allocate(session, year)
        number = format_number(number_format(session), year, seq)
        ensure_unused(session, [number])
        calendar = calendar_for(session)
        clock = clock_of(calendar, received, duty.service_days, duty.warn_percent, [])
        case = Case(
            number=number, year=year, seq=seq,
            duty_id=duty.id, channel=channel, received_on=received, subject=subject,
            applicant_id=applicant.id if applicant else None, applicant_code=code,
            org_letter_id=letter_id, ref_124=ref_124, tracking_no=tracking,
            assignee_id=assignee.id if assignee else None, description=description,
            classification=classification, status=CaseStatus.REGISTERED.value,
            due_on=clock.due_on, warn_on=clock.warn_on, paused_days=0, paused_since=None,
            outcome="", closed_on=None, sla_final="", days_to_close=None,
            search_text=search_text(number, subject, applicant.name if applicant else "",
                                    ref_124, tracking),
            created_at=stamp(), created_by_id=actor.id or None)
        session.add(case)
        session.flush()
        event = add_event(session, actor, case, CaseAction.OPENED, received,
                          to_status=CaseStatus.REGISTERED, from_status="",
                          detail=assignee.username if assignee else "")
        links: list[list[object]] = []
        if letter_id is not None:
            session.add(CaseLetter(case_id=case.id, letter_id=letter_id,
                                   role=LetterRole.ORIGIN.value))
            links.append([letter_id, LetterRole.ORIGIN.value])
        # A new case's parts are known here: its snapshot and its page need no query back.
        audit.record(session, actor, "create", "case", case.id, None, case_snapshot(
            row_values(case, CASE_COLUMNS), {"events": [event_row(event)], "letters": links}))
        ctx.emit(CaseOpened(case.id, case.number), actor)
        left = working_days_left(calendar, case.due_on, None, today)
        summary = CaseSummary(
            id=case.id, number=number, duty_code=duty.code, duty_title=duty.title,
            channel=channel, received_on=received, subject=subject,
            applicant=applicant.name if applicant else "",
            assignee=assignee.username if assignee else None,
            assignee_name=assignee.full_name if assignee else "", status=case.status,
            due_on=case.due_on, sla_state=sla_of(False, "", case.due_on, case.warn_on, None,
                                                 today).value,
            working_days_left=left, paused=False, closed_on=None, outcome="",
            classification=classification)
        return CaseDetail(
            **summary.__dict__, applicant_contact=case.applicant_id, applicant_code=code,
            org_letter_id=letter_id, ref_124=ref_124, tracking_no=tracking,
            description=description, warn_on=case.warn_on, paused_days=0, paused_since=None,
            waiting="", service_days=duty.service_days, warn_percent=duty.warn_percent,
            site_visit_needed=duty.site_visit, days_to_close=None,
            events=(CaseEventInfo(event.id, received, event.action, "", event.to_status,
                                  event.detail, "", actor.username, actor.full_name,
                                  event.at),),
            letters=tuple(_letters_of(ctx, session, actor, case.id)) if letter_id else (),
            visits=(), resolutions=(), created_by=actor.username)


# --- reading ------------------------------------------------------------------------------


def detail_in_session(ctx: AppContext, session: Session, actor: CurrentUser, case_id: int,
                      today: date) -> CaseDetail:
    case = get_visible(session, actor, case_id)
    summary = summaries(session, [case.id], today)[0]
    duty = session.get(DutyType, case.duty_id)
    assert duty is not None
    events = list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                  .order_by(CaseEvent.id)))
    visits = list(session.scalars(select(SiteVisit).where(SiteVisit.case_id == case.id)
                                  .order_by(SiteVisit.visited_on, SiteVisit.id)))
    files = list(session.scalars(select(CaseFile).where(CaseFile.case_id == case.id)
                                 .order_by(CaseFile.id)))
    people = user_names(session, {e.by_id for e in events} | {v.expert_id for v in visits}
                        | {f.added_by_id for f in files} | {case.created_by_id})

    def who(user_id: int | None) -> tuple[str, str]:
        return people.get(user_id or 0, ("", ""))

    waiting = ""
    if case.status in PAUSED_STATUSES:
        waiting = (Waiting.APPLICANT if case.status == CaseStatus.WAITING_APPLICANT
                   else Waiting.ORGANIZATION).value
    file_infos = [CaseFileInfo(f.id, f.visit_id, f.filename, f.size, f.sha256,
                               who(f.added_by_id)[0], f.added_at) for f in files]
    return CaseDetail(
        **summary.__dict__,
        applicant_contact=case.applicant_id, applicant_code=case.applicant_code,
        org_letter_id=case.org_letter_id, ref_124=case.ref_124, tracking_no=case.tracking_no,
        description=case.description, warn_on=case.warn_on, paused_days=case.paused_days,
        paused_since=case.paused_since, waiting=waiting, service_days=duty.service_days,
        warn_percent=duty.warn_percent, site_visit_needed=duty.site_visit,
        days_to_close=case.days_to_close,
        events=tuple(CaseEventInfo(e.id, e.happened_on, e.action, e.from_status, e.to_status,
                                   e.detail, e.note, *who(e.by_id), e.at) for e in events),
        letters=tuple(_letters_of(ctx, session, actor, case.id)),
        visits=tuple(SiteVisitInfo(v.id, v.visited_on, *who(v.expert_id), v.progress,
                                   v.findings,
                                   tuple(f for f in file_infos if f.visit_id == v.id))
                     for v in visits),
        resolutions=tuple(resolutions_of(session, [case.id], today)),
        created_by=who(case.created_by_id)[0],
    )


def _letters_of(ctx: AppContext, session: Session, actor: CurrentUser, case_id: int
                ) -> list[CaseLetterInfo]:
    """The case's letters this user may see (a letter above their clearance is left out)."""
    found = []
    for link in session.scalars(select(CaseLetter).where(CaseLetter.case_id == case_id)
                                .order_by(CaseLetter.id)):
        try:
            letter = letters.get_letter(ctx, actor, link.letter_id)
        except (NotFound, PermissionDenied):
            continue
        found.append(CaseLetterInfo(letter.id, link.role, letter.kind, letter.number,
                                    letter.registered_on, letter.subject))
    return found


def get_case(ctx: AppContext, actor: CurrentUser, case_id: int) -> CaseDetail:
    """Everything about a case; NotFound if missing or above the actor's clearance."""
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return detail_in_session(ctx, session, actor, case_id, current_day())


def resolve_case(ctx: AppContext, actor: CurrentUser, ref: str | int) -> int:
    """The id of the case with this number (Persian digits accepted) or id."""
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return find_case_id(session, actor, ref)


def get_case_by_ref(ctx: AppContext, actor: CurrentUser, ref: str | int) -> CaseDetail:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return detail_in_session(ctx, session, actor, find_case_id(session, actor, ref),
                                 current_day())


def list_workers(ctx: AppContext, actor: CurrentUser) -> list[tuple[str, str]]:
    """(username, full name) of the active users a case may be given to."""
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        rows = session.execute(select(User.username, User.full_name, User.role)
                               .where(User.active.is_(True)).order_by(User.full_name))
        return [(r.username, r.full_name) for r in rows
                if role_allows(r.role, CasePermission.WORK)]
