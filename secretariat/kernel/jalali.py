"""Jalali (هجری شمسی) dates: parsing, formatting and conversion.

Dates are stored Gregorian and shown Jalali. ``jdatetime`` is the single source
of truth for the calendar arithmetic in the core; everything else (the Qt date
picker included) must agree with these functions.

Functions that take a ``date`` also accept a ``datetime``: an aware one is
converted to Tehran time first, a naive one is taken to be UTC (timestamps are
stored in UTC), so a letter registered at 00:30 Tehran time gets the Tehran
calendar day, not the UTC one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import jdatetime

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits
from secretariat.kernel.text.normalize import remove_invisible_marks

# Windows has no system time-zone database: the ``tzdata`` package provides it.
TEHRAN = ZoneInfo("Asia/Tehran")

JALALI_MONTHS: tuple[str, ...] = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)

# Year, month, day separated by one kind of separator: / - . , or the Arabic
# comma and decimal/thousands separators a Persian keyboard may produce.
_DATE_PATTERN = re.compile(
    r"(?P<year>[1-9][0-9]{3})\s*(?P<sep>[/\-.,،٫٬])\s*(?P<month>[0-9]{1,2})"
    r"\s*(?P=sep)\s*(?P<day>[0-9]{1,2})"
)


def _as_date(d: date) -> date:
    """The Tehran calendar day of ``d`` (see the module notes on datetimes)."""
    if isinstance(d, datetime):
        return _to_tehran(d).date()
    return d


def _to_tehran(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(TEHRAN)
    except OverflowError as exc:  # datetime.max and friends
        raise ValidationError("date", "invalid_date", value=dt.isoformat()) from exc


def _to_jdate(d: date) -> jdatetime.date:
    d = _as_date(d)
    try:
        return jdatetime.date.fromgregorian(date=d)
    except (ValueError, OverflowError) as exc:
        # Only Gregorian days from 622 AD on have a Jalali date.
        raise ValidationError("date", "invalid_date", value=d.isoformat()) from exc


def _digits(text: str, persian: bool) -> str:
    return to_persian_digits(text) if persian else text


def from_jalali(year: int, month: int, day: int, field: str = "date") -> date:
    """The Gregorian date of a Jalali year/month/day, or ValidationError."""
    try:
        result: date = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValidationError(field, "invalid_date", value=f"{year}/{month}/{day}") from exc
    return result


FIRST_YEAR = 1300  # no letter, case or member of this office is older


def year_range() -> tuple[int, int]:
    """The Jalali years a date a person types may fall in: 1300 to next year."""
    return FIRST_YEAR, jalali_year(today_tehran()) + 1


def _gregorian_looking(year: int) -> bool:
    return 1900 <= year <= 2099  # 19xx and 20xx: a Gregorian year typed as Jalali


def parse_jalali(text: str, field: str = "date") -> date:
    """Parse a typed Jalali date such as «۱۴۰۳/۱۲/۳۰» or "1403-1-5".

    Accepts Persian, Arabic-Indic or ASCII digits, a four-digit year, one or
    two digit month and day, one separator kind (/ - . , ، ٫) with optional
    spaces around it. Anything else raises ValidationError(field,
    "invalid_date", value=text). A date people would not mean is refused too:
    a year that looks Gregorian (19xx, 20xx) gets "gregorian_date" with the
    Jalali date it converts to (``suggestion``), any other year outside
    ``year_range()`` "year_out_of_range".
    """
    cleaned = to_ascii_digits(remove_invisible_marks(text if isinstance(text, str) else ""))
    match = _DATE_PATTERN.fullmatch(cleaned.strip())
    if match is None:
        raise ValidationError(field, "invalid_date", value=text)
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if _gregorian_looking(year):
        try:
            meant = date(year, month, day)
        except ValueError:
            raise ValidationError(field, "invalid_date", value=text) from None
        raise ValidationError(field, "gregorian_date", value=text,
                              suggestion=format_jalali(meant))
    try:
        parsed = from_jalali(year, month, day, field=field)
    except ValidationError as exc:
        raise ValidationError(field, "invalid_date", value=text) from exc
    check_year(parsed, field)
    return parsed


def check_year(d: date, field: str = "date") -> date:
    """``d`` itself, or ValidationError "year_out_of_range" when its Jalali year is outside
    ``year_range()`` (the core checks every date it stores, whoever built it)."""
    first, last = year_range()
    if not first <= jalali_year(d) <= last:
        raise ValidationError(field, "year_out_of_range", min=first, max=last)
    return d


def jalali_parts(d: date) -> tuple[int, int, int]:
    """(year, month, day) of ``d`` in the Jalali calendar."""
    j = _to_jdate(d)
    return j.year, j.month, j.day


def jalali_year(d: date) -> int:
    """The Jalali year ``d`` falls in (letter numbers restart with it)."""
    return jalali_parts(d)[0]


def _first_of_year(year: int) -> jdatetime.date:
    try:
        first = jdatetime.date(year, 1, 1)
        first.togregorian()  # fail here, not half-way through a caller
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValidationError("year", "invalid_year", value=str(year)) from exc
    return first


def is_leap_year(year: int) -> bool:
    """Whether Jalali ``year`` has 30 days in Esfand (ValidationError if out of range)."""
    return bool(_first_of_year(year).isleap())


def jalali_year_bounds(year: int) -> tuple[date, date]:
    """Gregorian dates of 1 Farvardin and the last day of Esfand of ``year``."""
    first = _first_of_year(year)
    last_day = 30 if first.isleap() else 29
    try:
        last: date = jdatetime.date(year, 12, last_day).togregorian()
    except (ValueError, OverflowError) as exc:
        raise ValidationError("year", "invalid_year", value=str(year)) from exc
    start: date = first.togregorian()
    return start, last


def format_jalali(d: date, persian: bool = True) -> str:
    """«۱۴۰۳/۱۲/۳۰» (zero padded); ASCII digits when ``persian`` is False."""
    year, month, day = jalali_parts(d)
    return _digits(f"{year:04d}/{month:02d}/{day:02d}", persian)


def format_jalali_datetime(dt: datetime, persian: bool = True) -> str:
    """«۱۴۰۳/۱۲/۳۰ ۱۴:۰۵» in Tehran time; a naive ``dt`` is taken to be UTC."""
    local = _to_tehran(dt)
    return f"{format_jalali(local.date(), persian)} {_digits(f'{local:%H:%M}', persian)}"


def format_jalali_long(d: date, persian: bool = True) -> str:
    """«۳۰ اسفند ۱۴۰۳»: day without padding, month by name."""
    year, month, day = jalali_parts(d)
    return _digits(f"{day} {JALALI_MONTHS[month - 1]} {year}", persian)


def today_tehran() -> date:
    """Today's date in Tehran, whatever the computer's own time zone."""
    return datetime.now(TEHRAN).date()


def now_utc() -> datetime:
    """The current instant as an aware UTC datetime (how timestamps are stored)."""
    return datetime.now(UTC)


def tehran_date(dt: datetime) -> date:
    """The Tehran calendar day of a timestamp (naive means UTC)."""
    return _to_tehran(dt).date()


__all__ = [
    "FIRST_YEAR",
    "JALALI_MONTHS",
    "TEHRAN",
    "check_year",
    "format_jalali",
    "format_jalali_datetime",
    "format_jalali_long",
    "from_jalali",
    "is_leap_year",
    "jalali_parts",
    "jalali_year",
    "jalali_year_bounds",
    "now_utc",
    "parse_jalali",
    "tehran_date",
    "today_tehran",
    "year_range",
]
