"""Period arithmetic on the Jalali calendar (jdatetime, through ``kernel.jalali``).

Two rules: the Jalali year (a period ends on the last day of Esfand: the 30th in a leap
year), or N months from the start. A renewal always starts the day after the previous period
ends, however late it is recorded, so periods never overlap and never drift.

N months are counted from the membership's first day (its anchor), not chained from the
previous end, and a day that a month lacks runs over into the next month: joined on
30 Esfand 1403 (a leap year) for 12 months, the first period ends on 29 Esfand 1404 (the
day before «30 Esfand 1404», which is 1 Farvardin 1405) and the next one is the whole of
1405. Chaining and clamping instead would lose a day each time a month is short.
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import jalali_parts, jalali_year_bounds
from secretariat.membership._vocab import PeriodRule

MAX_MONTHS = 120
ONE_DAY = timedelta(days=1)


def parse_period(text: str, field: str = "period") -> tuple[str, int | None]:
    """«jalali_year» or «months:N» → (rule, months)."""
    value = (text or "").strip()
    if value == PeriodRule.JALALI_YEAR:
        return PeriodRule.JALALI_YEAR.value, None
    rule, _, count = value.partition(":")
    if rule == PeriodRule.MONTHS and count.strip().isdigit():
        months = int(count)
        if 1 <= months <= MAX_MONTHS:
            return PeriodRule.MONTHS.value, months
    raise ValidationError(field, "invalid_period", value=value)


def add_months(anchor: date, months: int) -> date:
    """The same Jalali day ``months`` later; a day the month lacks runs into the next month."""
    year, month, day = jalali_parts(anchor)
    index = year * 12 + (month - 1) + months
    year, month = divmod(index, 12)
    first = jdatetime.date(year, month + 1, 1)
    result: date = first.togregorian() + timedelta(days=day - 1)
    return result


def period_end(rule: str, months: int | None, anchor: date, start: date) -> date:
    """The last day of the period that begins on ``start``."""
    if rule == PeriodRule.JALALI_YEAR:
        return jalali_year_bounds(jalali_parts(start)[0])[1]
    assert months is not None
    k = 1
    # The first anchor boundary after the start (at most a few steps: start follows the
    # previous boundary).
    while (boundary := add_months(anchor, k * months)) <= start:
        k += 1
    return boundary - ONE_DAY


def periods_until(rule: str, months: int | None, anchor: date, start: date,
                  until: date) -> list[tuple[date, date]]:
    """Consecutive periods from ``start``: the first, then each next one that has begun by
    ``until`` (a join date in the past brings the periods up to today)."""
    bounds = [(start, period_end(rule, months, anchor, start))]
    while bounds[-1][1] < until:
        begin = bounds[-1][1] + ONE_DAY
        bounds.append((begin, period_end(rule, months, anchor, begin)))
    return bounds
