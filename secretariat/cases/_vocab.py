"""The fixed vocabularies of cases, with the Persian words people see."""

from __future__ import annotations

from enum import StrEnum

from secretariat.kernel.roles import Clearance
from secretariat.kernel.vocab import LabeledEnum


class CaseStatus(LabeledEnum):
    REGISTERED = "registered", "ثبت‌شده", "Registered"
    IN_REVIEW = "in_review", "در دست بررسی", "In review"
    SITE_VISIT = "site_visit", "بازدید کارشناسی", "Site visit"
    WAITING_APPLICANT = "waiting_applicant", "در انتظار متقاضی", "Waiting for the applicant"
    WAITING_ORG = "waiting_org", "در انتظار امضای سازمان", "Waiting for the Organization"
    ANSWERED = "answered", "پاسخ داده‌شده", "Answered"
    CLOSED = "closed", "مختومه", "Closed"


class Channel(LabeledEnum):
    ORG_LETTER = "org_letter", "نامهٔ سازمان", "Organization's letter"
    SYSTEM_124 = "124", "سامانهٔ ۱۲۴", "124 system"
    BEHINYAB = "behinyab", "سامانهٔ بهین‌یاب", "Behinyab system"
    WALK_IN = "walk_in", "مراجعهٔ حضوری", "Walk-in applicant"
    WORKGROUP = "workgroup", "ارجاع کارگروه", "Workgroup referral"


class Outcome(LabeledEnum):
    APPROVED = "approved", "موافقت", "Approved"
    REJECTED = "rejected", "مخالفت", "Rejected"
    REFERRED = "referred", "بازگشت به سازمان", "Referred back to the Organization"
    WITHDRAWN = "withdrawn", "انصراف متقاضی", "Withdrawn"


class SlaState(LabeledEnum):
    """Where a case stands against its deadline. Open: the first three, from the stored due
    date and today; closed: frozen as met or missed."""

    ON_TRACK = "on_track", "در مهلت", "On track"
    WARNING = "warning", "نزدیک مهلت", "Due soon"
    BREACHED = "breached", "گذشته از مهلت", "Overdue"
    MET = "met", "پاسخ در مهلت", "Met"
    MISSED = "missed", "پاسخ با تأخیر", "Missed"


class Waiting(LabeledEnum):
    """Whom a paused case waits for (the clock stops meanwhile)."""

    APPLICANT = "applicant", "متقاضی", "The applicant"
    ORGANIZATION = "organization", "سازمان (امضا)", "The Organization's signature"


class LetterRole(LabeledEnum):
    ORIGIN = "origin", "نامهٔ آغاز", "Opened it"
    REPLY = "reply", "پاسخ", "Our reply"
    RELATED = "related", "مرتبط", "Related"


class CaseAction(LabeledEnum):
    """What a timeline event records (the case's own history and the clock's source)."""

    OPENED = "opened", "ثبت پرونده", "Opened"
    STEP = "step", "تغییر مرحله", "Stepped"
    PAUSE = "pause", "توقف ساعت", "Clock paused"
    RESUME = "resume", "ادامهٔ ساعت", "Clock resumed"
    ASSIGN = "assign", "واگذاری به کارشناس", "Assigned"
    CLOSE = "close", "مختومه", "Closed"
    NOTE = "note", "یادداشت", "Note"
    VISIT = "visit", "بازدید", "Site visit"
    LINK = "link", "پیوند نامه", "Letter linked"
    EDIT = "edit", "ویرایش", "Edited"
    RECALCULATE = "recalculate", "محاسبهٔ دوبارهٔ مهلت", "Due date recalculated"


# The actions that move the clock or the workflow: a backdated one may not come before the
# previous one (notes and assignments are dated when they are written).
CLOCK_ACTIONS = frozenset({CaseAction.OPENED, CaseAction.STEP, CaseAction.PAUSE,
                           CaseAction.RESUME, CaseAction.CLOSE})


class Agency(LabeledEnum):
    BANK = "bank", "بانک", "Bank"
    TAX = "tax", "امور مالیاتی", "Tax"
    SOCIAL_SECURITY = "social_security", "تأمین اجتماعی", "Social security"
    GAS = "gas", "گاز", "Gas"
    POWER = "power", "برق", "Power"
    CUSTOMS = "customs", "گمرک", "Customs"
    OTHER = "other", "سایر", "Other"


class ResolutionStatus(LabeledEnum):
    NOT_DONE = "not_done", "اجرا نشده", "Not done"
    IN_PROGRESS = "in_progress", "در دست اجرا", "In progress"
    DONE = "done", "اجرا شده", "Done"


class Weekend(LabeledEnum):
    FRIDAY = "friday", "جمعه", "Friday"
    THURSDAY_FRIDAY = "thursday_friday", "پنجشنبه و جمعه", "Thursday and Friday"


class HolidaySource(LabeledEnum):
    OFFICIAL = "official", "رسمی", "Official"
    ADDED = "added", "افزوده", "Added"
    REMOVED = "removed", "برداشته", "Removed"


class CasePermission(StrEnum):
    READ = "read_cases"
    OPEN = "open_cases"
    WORK = "work_cases"
    MANAGE = "manage_cases"  # everyone's queue, reassigning, reports
    DUTIES = "manage_duties"  # the MoU and its duty types
    CALENDAR = "manage_calendar"  # holidays added/removed, the weekend


# A case's classification uses the same levels as a user's clearance (as a letter's does).
Classification = Clearance

# Open statuses in workflow order; a step goes forward only.
STEP_ORDER: tuple[CaseStatus, ...] = (
    CaseStatus.REGISTERED, CaseStatus.IN_REVIEW, CaseStatus.SITE_VISIT, CaseStatus.ANSWERED)
STEP_TARGETS = frozenset({CaseStatus.IN_REVIEW, CaseStatus.SITE_VISIT, CaseStatus.ANSWERED})
PAUSED_STATUSES = frozenset({CaseStatus.WAITING_APPLICANT, CaseStatus.WAITING_ORG})
WAITING_STATUS: dict[Waiting, CaseStatus] = {
    Waiting.APPLICANT: CaseStatus.WAITING_APPLICANT,
    Waiting.ORGANIZATION: CaseStatus.WAITING_ORG,
}

DEFAULT_WARN_PERCENT = 75
DEFAULT_NUMBER_FORMAT = "{year}/پ/{seq}"
NUMBER_FORMAT_KEY = "cases.number_format"
WEEKEND_KEY = "cases.weekend"
