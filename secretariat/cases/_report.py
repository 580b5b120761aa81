"""The monthly report to the Organization: per duty type, for a Jalali month or any range.

For the period [from, to]: received (received_on in it), closed, on time (met) and late
(missed) (closed_on in it), open at its end, overdue now (open today, past due, received by
its end), median and mean working days to close (closed in it; paused days not counted);
the workgroup's resolutions of meetings held in it by agency, and the overdue list. Only
cases the user may see are counted (confidentiality holds in reports too). Each number is
one indexed query (or a small list of closing times), never a walk over every case.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secretariat.cases import _clock as clock
from secretariat.cases._common import current_day
from secretariat.cases._dto import AgencyLine, CaseReport, DutyLine
from secretariat.cases._models import Case, DutyType, Mou
from secretariat.cases._queries import summaries
from secretariat.cases._visibility import visible_to
from secretariat.cases._vocab import Agency, CasePermission, ResolutionStatus, SlaState
from secretariat.cases._workgroup import resolutions_between
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import JALALI_MONTHS, format_jalali, jalali_parts
from secretariat.kernel.org_settings import get_org_settings
from secretariat.kernel.permissions import require
from secretariat.kernel.text.digits import to_persian_digits

OVERDUE_LIST_MAX = 500
DEFAULT_COUNTERPARTY = "سازمان صنعت، معدن و تجارت استان البرز"


def _by_duty(session: Session, *conditions: object) -> dict[int, int]:
    rows = session.execute(select(Case.duty_id, func.count()).where(*conditions)  # type: ignore[arg-type]
                           .group_by(Case.duty_id))
    return {duty_id: int(n) for duty_id, n in rows}


def _line(code: str, title: str, counts: dict[str, int], days: list[int]) -> DutyLine:
    return DutyLine(
        code=code, title=title, received=counts.get("received", 0),
        closed=counts.get("closed", 0), on_time=counts.get("on_time", 0),
        late=counts.get("late", 0), open=counts.get("open", 0),
        overdue=counts.get("overdue", 0),
        median_working_days=float(statistics.median(days)) if days else None,
        mean_working_days=round(statistics.fmean(days), 1) if days else None)


def build_report(ctx: AppContext, session: Session, actor: CurrentUser, first: date, last: date,
                 today: date) -> CaseReport:
    seen = visible_to(actor)
    numbers: dict[str, dict[int, int]] = {
        "received": _by_duty(session, seen, Case.received_on >= first, Case.received_on <= last),
        "closed": _by_duty(session, seen, Case.closed_on >= first, Case.closed_on <= last),
        "on_time": _by_duty(session, seen, Case.closed_on >= first, Case.closed_on <= last,
                            Case.sla_final == SlaState.MET),
        "late": _by_duty(session, seen, Case.closed_on >= first, Case.closed_on <= last,
                         Case.sla_final == SlaState.MISSED),
        "open": _by_duty(session, seen, Case.received_on <= last,
                         or_(Case.closed_on.is_(None), Case.closed_on > last)),
        "overdue": _by_duty(session, seen, Case.received_on <= last, clock.breached(today)),
    }
    days: dict[int, list[int]] = defaultdict(list)
    for duty_id, spent in session.execute(
            select(Case.duty_id, Case.days_to_close)
            .where(seen, Case.closed_on >= first, Case.closed_on <= last,
                   Case.days_to_close.is_not(None))):
        days[duty_id].append(int(spent or 0))
    used = {duty_id for per in numbers.values() for duty_id in per}
    duties = session.execute(select(DutyType.id, DutyType.code, DutyType.title)
                             .where(or_(DutyType.active.is_(True), DutyType.id.in_(used)))
                             .order_by(DutyType.id)).all()
    lines = tuple(_line(code, title, {k: v.get(duty_id, 0) for k, v in numbers.items()},
                        days[duty_id]) for duty_id, code, title in duties)
    total = _line("", "جمع", {k: sum(v.values()) for k, v in numbers.items()},
                  [d for per in days.values() for d in per])
    agencies, agency_total = _agencies(resolutions_between(session, actor, first, last))
    overdue_ids = list(session.scalars(
        select(Case.id).where(seen, Case.received_on <= last, clock.breached(today))
        .order_by(Case.due_on, Case.id).limit(OVERDUE_LIST_MAX)))
    counterparty = session.scalar(select(Mou.counterparty).order_by(Mou.id.desc()).limit(1))
    return CaseReport(
        date_from=first, date_to=last, today=today, duties=lines, total=total,
        agencies=agencies, resolutions_total=agency_total,
        overdue=tuple(summaries(session, overdue_ids, today)),
        org_name=get_org_settings(ctx).org_name,
        counterparty=counterparty or DEFAULT_COUNTERPARTY)


def _agencies(rows: list[tuple[str, str]]) -> tuple[tuple[AgencyLine, ...], AgencyLine]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for agency, status in rows:
        counts[agency][status] += 1

    def line(agency: str, c: Counter[str]) -> AgencyLine:
        return AgencyLine(agency, sum(c.values()), c[ResolutionStatus.DONE],
                          c[ResolutionStatus.IN_PROGRESS], c[ResolutionStatus.NOT_DONE])

    lines = tuple(line(a.value, counts[a.value]) for a in Agency if counts.get(a.value))
    every: Counter[str] = Counter()
    for c in counts.values():
        every.update(c)
    return lines, line("", every)


def period_title(report: CaseReport) -> str:
    """«فروردین ۱۴۰۵» for a whole Jalali month, else «از ۱۴۰۵/۰۱/۱۰ تا ۱۴۰۵/۰۲/۰۹»."""
    y1, m1, d1 = jalali_parts(report.date_from)
    y2, m2, _d2 = jalali_parts(report.date_to)
    next_day = jalali_parts(report.date_to.fromordinal(report.date_to.toordinal() + 1))
    if d1 == 1 and (y1, m1) == (y2, m2) and next_day[2] == 1:
        return f"{JALALI_MONTHS[m1 - 1]} {to_persian_digits(str(y1))}"
    return f"از {format_jalali(report.date_from)} تا {format_jalali(report.date_to)}"



def case_report(ctx: AppContext, actor: CurrentUser, first: date, last: date) -> CaseReport:
    """The report's numbers for [first, last] (a Jalali month, or any range)."""
    require(actor, CasePermission.MANAGE)
    if last < first:
        raise ValidationError("date_from", "date_range_reversed")
    with ctx.read() as session:
        return build_report(ctx, session, actor, first, last, current_day())
