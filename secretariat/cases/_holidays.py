"""Calendar actions: the holidays of a year, a month as the calendar screen shows it, the
admin's added and removed days, the weekend, and «N working days after».

When the calendar changes, the open cases whose clock runs over the changed day get their
due dates recomputed in the same transaction (each one audited, with a timeline line saying
why), so what a list shows is always what this calendar says.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from secretariat.cases._calendar import calendar_for, weekend_of
from secretariat.cases._common import current_day
from secretariat.cases._dto import CalendarChanged, CalendarDayView, HolidayInfo
from secretariat.cases._models import CalendarDay, Case, DutyType
from secretariat.cases._records import add_event, case_change
from secretariat.cases._snapshots import day_snapshot
from secretariat.cases._timeline import apply_clock, completed_pauses, recompute
from secretariat.cases._vocab import WEEKEND_KEY, CaseAction, CasePermission, HolidaySource, Weekend
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.jalali import (
    format_jalali,
    from_jalali,
    jalali_year_bounds,
)
from secretariat.kernel.org_settings import put_setting
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_choice, clean_line

MAX_WORKDAYS = 3650


def list_holidays(ctx: AppContext, actor: CurrentUser, jalali_year: int,
                  include_removed: bool = False) -> list[HolidayInfo]:
    """The holidays of a Jalali year by date: official ones and those the admin added (the
    removed ones only when asked); weekends are not listed."""
    require(actor, CasePermission.READ)
    first, last = jalali_year_bounds(jalali_year)
    with ctx.read() as session:
        calendar = calendar_for(session)
    return [HolidayInfo(d.day, d.title, d.source) for d in calendar.days_off(first, last)
            if include_removed or d.source != HolidaySource.REMOVED]


def month_days(ctx: AppContext, actor: CurrentUser, jalali_year: int, jalali_month: int
               ) -> list[CalendarDayView]:
    """Every day of a Jalali month: working or not, weekend, holiday name and source."""
    require(actor, CasePermission.READ)
    first = from_jalali(jalali_year, jalali_month, 1, field="month")
    after = (from_jalali(jalali_year + 1, 1, 1, "month") if jalali_month == 12
             else from_jalali(jalali_year, jalali_month + 1, 1, "month"))
    with ctx.read() as session:
        calendar = calendar_for(session)
    days = []
    day = first
    while day < after:
        info = calendar.info(day)
        days.append(CalendarDayView(day, info.working, info.weekend, info.title, info.source))
        day += timedelta(days=1)
    return days


def add_workdays(ctx: AppContext, actor: CurrentUser, start: date, count: int) -> date:
    """The date ``count`` working days after ``start`` (``start`` not counted)."""
    require(actor, CasePermission.READ)
    if not 0 <= count <= MAX_WORKDAYS:
        raise ValidationError("count", "invalid_number", low=0, high=MAX_WORKDAYS)
    with ctx.read() as session:
        calendar = calendar_for(session)
    return calendar.add_workdays(start, count)


def working_days_between(ctx: AppContext, actor: CurrentUser, after: date, until: date) -> int:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        calendar = calendar_for(session)
    return calendar.count(after, until)


def add_holiday(ctx: AppContext, actor: CurrentUser, day: date, title: str) -> HolidayInfo:
    """A day off on top of the official calendar (a closure for air pollution, a holiday the
    library does not know); an official holiday the admin removed is given back."""
    require(actor, CasePermission.CALENDAR)
    with ctx.write() as session:
        info = calendar_for(session).info(day)
        row = session.get(CalendarDay, day)
        # Giving an official holiday back needs no title: it has its own.
        restoring = row is not None and row.kind == HolidaySource.REMOVED
        name = clean_line(title, "title", 200, required=not restoring)
        if restoring and row is not None:
            audit.record(session, actor, "delete", "holiday", day.isoformat(),
                         day_snapshot(row), None)
            session.delete(row)
            session.flush()
        elif info.source in (HolidaySource.OFFICIAL, HolidaySource.ADDED):
            raise Conflict("already_holiday", date=format_jalali(day), title=info.title)
        else:
            row = CalendarDay(day=day, kind=HolidaySource.ADDED.value, title=name)
            session.add(row)
            session.flush()
            audit.record(session, actor, "create", "holiday", day.isoformat(), None,
                         day_snapshot(row))
        count = _recalculate(session, actor, day, f"روز {format_jalali(day)} تعطیل شد")
        ctx.emit(CalendarChanged(count), actor)
        now = calendar_for(session).info(day)
    return HolidayInfo(day, now.title, now.source)


def remove_holiday(ctx: AppContext, actor: CurrentUser, day: date) -> None:
    """A working day after all: a day the admin added is taken back, an official holiday is
    marked removed (a lunar holiday that fell on another day)."""
    require(actor, CasePermission.CALENDAR)
    with ctx.write() as session:
        info = calendar_for(session).info(day)
        row = session.get(CalendarDay, day)
        if info.source == HolidaySource.ADDED and row is not None:
            audit.record(session, actor, "delete", "holiday", day.isoformat(),
                         day_snapshot(row), None)
            session.delete(row)
        elif info.source == HolidaySource.OFFICIAL:
            row = CalendarDay(day=day, kind=HolidaySource.REMOVED.value, title=info.title)
            session.add(row)
            session.flush()
            audit.record(session, actor, "create", "holiday", day.isoformat(), None,
                         day_snapshot(row))
        else:
            raise Conflict("not_a_holiday", date=format_jalali(day))
        session.flush()
        count = _recalculate(session, actor, day, f"روز {format_jalali(day)} کاری شد")
        ctx.emit(CalendarChanged(count), actor)


def get_weekend(ctx: AppContext, actor: CurrentUser) -> Weekend:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return weekend_of(session)


def set_weekend(ctx: AppContext, actor: CurrentUser, weekend: str) -> Weekend:
    require(actor, CasePermission.CALENDAR)
    value = Weekend(clean_choice(weekend, Weekend, "weekend"))
    with ctx.write() as session:
        if weekend_of(session) == value:
            return value
        put_setting(session, actor, WEEKEND_KEY, value.value)
        session.flush()
        count = _recalculate(session, actor, None, f"تعطیل هفتگی: {value.label}")
        ctx.emit(CalendarChanged(count), actor)
    return value


def _recalculate(session: Session, actor: CurrentUser, day: date | None, why: str) -> int:
    """Recompute the clock of every open case received before ``day`` (all open cases when
    the weekend changed); the ones that moved are audited and say why."""
    calendar = calendar_for(session)
    today = current_day()
    conditions: list[ColumnElement[bool]] = [Case.closed_on.is_(None)]
    if day is not None:
        conditions.append(Case.received_on < day)
    changed = 0
    for case, duty in session.execute(select(Case, DutyType)
                                      .join(DutyType, DutyType.id == Case.duty_id)
                                      .where(*conditions).order_by(Case.id)):
        clock = recompute(calendar, case, duty, completed_pauses(session, case.id))
        if (clock.due_on, clock.warn_on, clock.paused_days) == (
                case.due_on, case.warn_on, case.paused_days):
            continue
        with case_change(session, actor, case, "recalculate"):
            add_event(session, actor, case, CaseAction.RECALCULATE, today, from_status="",
                      detail=clock.due_on.isoformat(), note=why)
            apply_clock(case, clock)
        changed += 1
    return changed


