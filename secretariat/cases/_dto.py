"""Plain, frozen data the case services take and hand out (never ORM objects), and events.

Dates are Gregorian ``date`` objects (the UI and the CLI show them Jalali); numbers keep
ASCII digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from secretariat.kernel.events import DomainEvent

# --- the MoU and its duty types ----------------------------------------------------------


@dataclass(frozen=True)
class MouInput:
    title: str
    counterparty: str = "سازمان صنعت، معدن و تجارت استان البرز"
    signed_on: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    letter_number: str = ""  # the MoU's letter number as written on it
    letter: str | int | None = None  # the registered letter (number or id), when there is one
    note: str = ""


@dataclass(frozen=True)
class MouInfo:
    id: int
    title: str
    counterparty: str
    signed_on: date | None
    valid_from: date | None
    valid_to: date | None
    letter_number: str
    letter_id: int | None
    note: str
    duties: int  # duty types under it


@dataclass(frozen=True)
class DutyInput:
    code: str
    title: str
    service_days: int
    warn_percent: int = 75
    mou: int | str | None = None  # the MoU's id or title
    clause: str = ""
    site_visit: bool = False
    pauses: bool = True
    report_group: str = ""
    active: bool = True


@dataclass(frozen=True)
class DutyInfo:
    id: int
    code: str
    title: str
    clause: str
    service_days: int
    warn_percent: int
    site_visit: bool
    pauses: bool
    report_group: str
    active: bool
    mou_id: int | None
    mou_title: str
    cases: int  # cases opened under it (a duty in use is deactivated, never deleted)


# --- the calendar ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayInfo:
    day: date
    title: str
    source: str  # HolidaySource: official | added | removed


@dataclass(frozen=True)
class CalendarDayView:
    """One day of a month as the calendar screen shows it."""

    day: date
    working: bool
    weekend: bool
    title: str
    source: str  # "" | official | added | removed


# --- cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseInput:
    duty: str  # the duty type's code
    channel: str
    subject: str
    received_on: date | None = None  # None: today
    applicant: str = ""  # a unit or person, matched to contacts by name
    applicant_id: str = ""  # its national ID (10 digits) or legal ID (11 digits)
    applicant_contact: int | None = None  # or an existing contact by id
    applicant_kind: str = ""  # organisation | person ("" : from the ID's length)
    letter: str | int | None = None  # the Organization's letter (number or id)
    ref_124: str = ""
    tracking_no: str = ""
    assignee: str | None = None  # username of an expert
    description: str = ""
    classification: str = "normal"


@dataclass(frozen=True)
class CaseSummary:
    """One row of a case list."""

    id: int
    number: str
    duty_code: str
    duty_title: str
    channel: str
    received_on: date
    subject: str
    applicant: str
    assignee: str | None  # username
    assignee_name: str
    status: str
    due_on: date
    sla_state: str  # SlaState
    working_days_left: int | None  # None once closed; negative when overdue
    paused: bool
    closed_on: date | None
    outcome: str
    classification: str


@dataclass(frozen=True)
class CaseEventInfo:
    id: int
    on: date
    action: str  # CaseAction
    from_status: str
    to_status: str
    detail: str
    note: str
    by: str  # username
    by_name: str
    at: datetime


@dataclass(frozen=True)
class CaseLetterInfo:
    letter_id: int
    role: str  # LetterRole
    kind: str
    number: str | None
    registered_on: date
    subject: str


@dataclass(frozen=True)
class CaseFileInfo:
    id: int
    visit_id: int | None
    filename: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class SiteVisitInfo:
    id: int
    visited_on: date
    expert: str  # username
    expert_name: str
    progress: int
    findings: str
    files: tuple[CaseFileInfo, ...]


@dataclass(frozen=True)
class ResolutionInfo:
    id: int
    meeting_id: int
    held_on: date
    minutes_number: str
    case_id: int
    case_number: str
    case_subject: str
    text: str
    agency: str
    deadline: date | None
    status: str
    follow_up_of_id: int | None
    overdue: bool  # not done and past its deadline


@dataclass(frozen=True)
class CaseDetail(CaseSummary):
    applicant_contact: int | None
    applicant_code: str
    org_letter_id: int | None
    ref_124: str
    tracking_no: str
    description: str
    warn_on: date
    paused_days: int  # completed pauses (working days)
    paused_since: date | None
    waiting: str  # Waiting while paused, else ""
    service_days: int
    warn_percent: int
    site_visit_needed: bool
    days_to_close: int | None
    events: tuple[CaseEventInfo, ...]  # oldest first
    letters: tuple[CaseLetterInfo, ...]  # the ones this user may see
    visits: tuple[SiteVisitInfo, ...]
    resolutions: tuple[ResolutionInfo, ...]
    created_by: str


@dataclass(frozen=True)
class CaseCounts:
    """What the home tiles show: the user's overdue and due-soon cases, late resolutions."""

    overdue: int
    due_soon: int
    resolutions_late: int


@dataclass(frozen=True)
class CaseImport:
    """A case from an old register (paper, a spreadsheet) with its history: how a bulk load
    brings years of cases in (the benchmark seeds this way). ``steps`` are (day, action,
    status or outcome) in order: ("step", "in_review"), ("pause", "applicant"), ("resume",
    ""), ("close", "approved")."""

    input: CaseInput
    steps: tuple[tuple[date, str, str], ...] = ()


# --- the workgroup ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInput:
    held_on: date
    minutes_number: str = ""
    attendees: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    held_on: date
    minutes_number: str
    attendees: tuple[str, ...]
    note: str
    resolutions: int


@dataclass(frozen=True)
class ResolutionInput:
    meeting_id: int
    case: str | int  # the case's number or id
    text: str
    agency: str
    deadline: date | None = None
    status: str = "not_done"
    follow_up_of: int | None = None


# --- the monthly report --------------------------------------------------------------------


@dataclass(frozen=True)
class DutyLine:
    code: str
    title: str
    received: int
    closed: int
    on_time: int
    late: int
    open: int  # open at the end of the period
    overdue: int  # open and overdue now
    median_working_days: float | None
    mean_working_days: float | None


@dataclass(frozen=True)
class AgencyLine:
    agency: str
    total: int
    done: int
    in_progress: int
    not_done: int


@dataclass(frozen=True)
class CaseReport:
    date_from: date
    date_to: date
    today: date
    duties: tuple[DutyLine, ...]
    total: DutyLine
    agencies: tuple[AgencyLine, ...]  # resolutions of the period's meetings
    resolutions_total: AgencyLine
    overdue: tuple[CaseSummary, ...]  # the overdue list, most late first
    org_name: str
    counterparty: str

    @property
    def implementation_rate(self) -> float | None:
        """Share of the period's resolutions implemented (None when there were none)."""
        t = self.resolutions_total
        return t.done / t.total if t.total else None


# --- events (published after the unit of work commits) ----------------------------------------


@dataclass(frozen=True)
class CaseOpened(DomainEvent):
    case_id: int
    number: str


@dataclass(frozen=True)
class CaseChanged(DomainEvent):
    """Stepped, paused, resumed, assigned, closed, noted, visited, linked."""

    case_id: int


@dataclass(frozen=True)
class DutiesChanged(DomainEvent):
    """An MoU or a duty type was added or changed."""


@dataclass(frozen=True)
class CalendarChanged(DomainEvent):
    """A holiday added or removed, or the weekend changed (open cases' due dates moved)."""

    recalculated: int


@dataclass(frozen=True)
class WorkgroupChanged(DomainEvent):
    """A meeting or a resolution was added or changed."""
