"""The one working-day calendar: weekends, Iran's official holidays, the admin's changes.

Official holidays come from the ``holidays`` library (``holidays.Iran(..., language="fa_IR")``:
Persian names, lunar holidays included, estimated ones marked «تخمینی»); the admin adds days
(a closure for air pollution) or removes official ones (a lunar holiday that moved), stored
in ``case_calendar_days``; the weekend (Friday, or Thursday and Friday) is a setting. Due
dates, «working days left» and every report use this calendar.

A ``WorkCalendar`` keeps, per Gregorian year, the sorted ordinals of its working days, so
adding N working days or counting them between two dates is a binary search (a few
microseconds). Calendars are cached per (weekend, admin changes): one computed for a
database is reused until an admin changes a day or the weekend.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.cases._models import CalendarDay
from secretariat.cases._vocab import WEEKEND_KEY, HolidaySource, Weekend
from secretariat.kernel.org_settings import get_setting

# Python's weekday(): Monday 0 … Thursday 3, Friday 4.
WEEKEND_DAYS: dict[Weekend, frozenset[int]] = {
    Weekend.FRIDAY: frozenset({4}),
    Weekend.THURSDAY_FRIDAY: frozenset({3, 4}),
}


@lru_cache(maxsize=64)
def official_holidays(year: int) -> Mapping[date, str]:
    """Iran's official holidays of Gregorian ``year`` with their Persian names."""
    # Deferred: the holidays package is imported only when a calendar is first needed.
    import holidays

    found = holidays.Iran(years=year, language="fa_IR")  # type: ignore[attr-defined]
    return {day: str(name) for day, name in sorted(found.items())}


@dataclass(frozen=True)
class DayInfo:
    day: date
    working: bool
    weekend: bool
    title: str  # the holiday's name, "" for none
    source: str  # HolidaySource value, "" for an ordinary day or a weekend


class WorkCalendar:
    def __init__(self, weekend: frozenset[int],
                 changes: Mapping[date, tuple[str, str]]) -> None:
        self.weekend = weekend
        self.changes = dict(changes)  # day -> (added | removed, title)
        self._years: dict[int, list[int]] = {}
        self._lock = threading.Lock()

    # --- one day -------------------------------------------------------------------

    def info(self, day: date) -> DayInfo:
        weekend = day.weekday() in self.weekend
        change = self.changes.get(day)
        official = official_holidays(day.year).get(day)
        if change is not None and change[0] == HolidaySource.ADDED:
            return DayInfo(day, False, weekend, change[1], HolidaySource.ADDED)
        if official is not None and change is None:
            return DayInfo(day, False, weekend, official, HolidaySource.OFFICIAL)
        if official is not None:  # removed by the admin: a working day unless a weekend
            return DayInfo(day, not weekend, weekend, official, HolidaySource.REMOVED)
        return DayInfo(day, not weekend, weekend, "", "")

    def is_working(self, day: date) -> bool:
        ordinals = self._workdays(day.year)
        i = bisect_left(ordinals, day.toordinal())
        return i < len(ordinals) and ordinals[i] == day.toordinal()

    # --- arithmetic --------------------------------------------------------------------

    def _workdays(self, year: int) -> list[int]:
        found = self._years.get(year)
        if found is None:
            with self._lock:
                found = self._years.get(year)
                if found is None:
                    found = self._build(year)
                    self._years[year] = found
        return found

    def _build(self, year: int) -> list[int]:
        day, end = date(year, 1, 1), date(year, 12, 31)
        off = {d for d, (kind, _t) in self.changes.items()
               if d.year == year and kind == HolidaySource.ADDED}
        removed = {d for d, (kind, _t) in self.changes.items()
                   if d.year == year and kind == HolidaySource.REMOVED}
        off |= set(official_holidays(year)) - removed
        ordinals = []
        while day <= end:
            if day.weekday() not in self.weekend and day not in off:
                ordinals.append(day.toordinal())
            day += timedelta(days=1)
        return ordinals

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (``start`` itself is not counted); n ≥ 0."""
        if n <= 0:
            return start
        year = start.year
        days = self._workdays(year)
        i = bisect_right(days, start.toordinal())
        while i + n > len(days):
            n -= len(days) - i
            year += 1
            days = self._workdays(year)
            i = 0
        return date.fromordinal(days[i + n - 1])

    def count(self, after: date, until: date) -> int:
        """Working days d with after < d ≤ until (negative when ``until`` is earlier)."""
        if until < after:
            return -self.count(until, after)
        total = 0
        for year in range(after.year, until.year + 1):
            days = self._workdays(year)
            lo = bisect_right(days, after.toordinal()) if year == after.year else 0
            hi = bisect_right(days, until.toordinal()) if year == until.year else len(days)
            total += hi - lo
        return total

    def paused_days(self, paused_on: date, resumed_on: date) -> int:
        """Working days d with paused_on ≤ d < resumed_on (the clock stood still on them)."""
        if resumed_on <= paused_on:
            return 0
        return self.count(paused_on - timedelta(days=1), resumed_on - timedelta(days=1))

    def days_off(self, first: date, last: date) -> list[DayInfo]:
        """Holidays between two dates (inclusive), weekends left out, removed days included
        (marked so)."""
        found: list[DayInfo] = []
        years = range(first.year, last.year + 1)
        candidates = {d for y in years for d in official_holidays(y)} | set(self.changes)
        for day in sorted(d for d in candidates if first <= d <= last):
            info = self.info(day)
            if info.source:
                found.append(info)
        return found


# --- the calendar of a database --------------------------------------------------------

_CACHE: dict[tuple[object, ...], WorkCalendar] = {}
_CACHE_LOCK = threading.Lock()


def weekend_of(session: Session) -> Weekend:
    stored = get_setting(session, WEEKEND_KEY, Weekend.FRIDAY.value)
    try:
        return Weekend(stored)
    except ValueError:
        return Weekend.FRIDAY


def calendar_for(session: Session) -> WorkCalendar:
    """The calendar as this database has it now (cached while nothing changes)."""
    weekend = WEEKEND_DAYS[weekend_of(session)]
    changes = {row.day: (row.kind, row.title)
               for row in session.scalars(select(CalendarDay).order_by(CalendarDay.day))}
    key = (tuple(sorted(weekend)), tuple(sorted(changes.items())))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is None:
            if len(_CACHE) > 16:
                _CACHE.clear()
            found = WorkCalendar(weekend, changes)
            _CACHE[key] = found
    return found
