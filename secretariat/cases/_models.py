"""The tables of transferred cases (all named ``case_*`` or ``cases``).

A case is never deleted: it is closed with an outcome. Its timeline (``case_events``) is
the clock's source: pauses and resumptions are dated events, and ``due_on``, ``warn_on``
and ``paused_days`` are kept in step with them in the same transaction, so the SLA state of
an open case is computed in the query from the stored dates and today.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime


class Mou(Base):
    """تفاهم‌نامه: the memorandum under which the Organization transferred its duties."""

    __tablename__ = "case_mous"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    counterparty: Mapped[str] = mapped_column(String(300))
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    letter_number: Mapped[str] = mapped_column(String(64), default="")
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DutyType(Base):
    """نوع وظیفه: one clause of the MoU, with its service deadline in working days."""

    __tablename__ = "case_duty_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("case_mous.id"), nullable=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    clause: Mapped[str] = mapped_column(String(100), default="")
    service_days: Mapped[int] = mapped_column(Integer)
    warn_percent: Mapped[int] = mapped_column(Integer, default=75)
    site_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    pauses: Mapped[bool] = mapped_column(Boolean, default=True)
    report_group: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_cases_sequence"),
        # Open cases by due date (closed_on IS NULL first): the overdue view, due-soon counts.
        Index("ix_cases_open_due", "closed_on", "due_on"),
        # An expert's queue: their open cases by due date.
        Index("ix_cases_assignee_open_due", "assignee_id", "closed_on", "due_on"),
        Index("ix_cases_received_on", "received_on"),
        Index("ix_cases_duty_id", "duty_id"),
        Index("ix_cases_status", "status"),
        Index("ix_cases_applicant_id", "applicant_id"),
        Index("ix_cases_org_letter_id", "org_letter_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)  # Jalali year of received_on
    seq: Mapped[int] = mapped_column(Integer)
    duty_id: Mapped[int] = mapped_column(ForeignKey("case_duty_types.id"))
    channel: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(500))
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    applicant_code: Mapped[str] = mapped_column(String(14), default="")  # national/legal ID
    org_letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), nullable=True)
    ref_124: Mapped[str] = mapped_column(String(64), default="")
    tracking_no: Mapped[str] = mapped_column(String(64), default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24))
    # The clock: received_on + the duty's service days in working days, moved later by every
    # paused working day; warn_on the same with the warning threshold's days.
    due_on: Mapped[date] = mapped_column(Date)
    warn_on: Mapped[date] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)  # completed pauses only
    paused_since: Mapped[date | None] = mapped_column(Date, nullable=True)  # paused now
    outcome: Mapped[str] = mapped_column(String(16), default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sla_final: Mapped[str] = mapped_column(String(8), default="")  # met | missed, at closing
    days_to_close: Mapped[int | None] = mapped_column(Integer, nullable=True)  # working days
    # normalize_for_search() of number, subject, applicant, 124 reference, tracking number.
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CaseEvent(Base):
    """One step of a case's timeline: who, on which day (possibly backdated), what, a note."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    happened_on: Mapped[date] = mapped_column(Date)  # the day it happened (a paper history: earlier)
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(24), default="")
    to_status: Mapped[str] = mapped_column(String(24), default="")
    detail: Mapped[str] = mapped_column(String(100), default="")  # outcome, whom it waits for...
    note: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())  # when it was written


class CaseLetter(Base):
    """A letter linked to a case: the Organization's letter that opened it, our reply..."""

    __tablename__ = "case_letters"
    __table_args__ = (
        UniqueConstraint("case_id", "letter_id", name="uq_case_letters_pair"),
        Index("ix_case_letters_letter_id", "letter_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    role: Mapped[str] = mapped_column(String(16))


class SiteVisit(Base):
    __tablename__ = "case_site_visits"
    __table_args__ = (Index("ix_case_site_visits_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    visited_on: Mapped[date] = mapped_column(Date)
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent of the project built
    findings: Mapped[str] = mapped_column(Text, default="")


class CaseFile(Base):
    """A file of a case (a site visit's photos, a report); the bytes are in the blob store."""

    __tablename__ = "case_files"
    __table_args__ = (Index("ix_case_files_case_id", "case_id"),
                      Index("ix_case_files_sha256", "sha256"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("case_site_visits.id"), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CalendarDay(Base):
    """A day the admin changed on top of the official calendar: a closure added (air
    pollution) or an official holiday removed (a lunar holiday that moved)."""

    __tablename__ = "case_calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # added | removed
    title: Mapped[str] = mapped_column(String(200), default="")


class Meeting(Base):
    """A session of the facilitation workgroup (کارگروه تسهیل و رفع موانع تولید)."""

    __tablename__ = "case_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    minutes_number: Mapped[str] = mapped_column(String(64), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")  # one per line
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Resolution(Base):
    """مصوبه: what the workgroup resolved about a case, whom it binds, by when."""

    __tablename__ = "case_resolutions"
    __table_args__ = (
        Index("ix_case_resolutions_case_id", "case_id"),
        Index("ix_case_resolutions_open", "status", "deadline"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("case_meetings.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    text: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(String(20))
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    follow_up_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_resolutions.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
