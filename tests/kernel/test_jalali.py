"""Jalali dates: parsing, formatting, conversion and Tehran time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import (
    JALALI_MONTHS,
    TEHRAN,
    format_jalali,
    format_jalali_datetime,
    format_jalali_long,
    from_jalali,
    is_leap_year,
    jalali_parts,
    jalali_year,
    jalali_year_bounds,
    now_utc,
    parse_jalali,
    tehran_date,
    today_tehran,
    year_range,
)
from secretariat.kernel.text.digits import to_persian_digits

# 1 Farvardin of recent years, from the official Iranian calendar.
NOWRUZ = {
    1399: date(2020, 3, 20),
    1400: date(2021, 3, 21),
    1401: date(2022, 3, 21),
    1402: date(2023, 3, 21),
    1403: date(2024, 3, 20),
    1404: date(2025, 3, 21),
    1405: date(2026, 3, 21),
}


@pytest.mark.parametrize(("year", "nowruz"), sorted(NOWRUZ.items()))
def test_nowruz(year: int, nowruz: date) -> None:
    assert from_jalali(year, 1, 1) == nowruz
    assert jalali_parts(nowruz) == (year, 1, 1)
    assert jalali_year(nowruz) == year
    assert jalali_year(nowruz - timedelta(days=1)) == year - 1


@pytest.mark.parametrize(
    ("year", "leap"),
    [
        (1395, True),
        (1399, True),
        (1400, False),
        (1402, False),
        (1403, True),
        (1404, False),
        (1405, False),
        (1407, False),
        (1408, True),
        (1412, True),
    ],
)
def test_leap_years(year: int, leap: bool) -> None:
    assert is_leap_year(year) is leap
    first, last = jalali_year_bounds(year)
    assert (last - first).days + 1 == (366 if leap else 365)
    assert jalali_parts(last) == (year, 12, 30 if leap else 29)
    assert jalali_parts(last + timedelta(days=1)) == (year + 1, 1, 1)
    if leap:
        assert from_jalali(year, 12, 30) == last
    else:
        with pytest.raises(ValidationError):
            from_jalali(year, 12, 30)
    if leap and year <= year_range()[1]:  # later years are refused when typed (date rules)
        assert parse_jalali(f"{year}/12/30") == last


def test_year_bounds_1403() -> None:
    assert jalali_year_bounds(1403) == (date(2024, 3, 20), date(2025, 3, 20))
    assert jalali_year_bounds(1404) == (date(2025, 3, 21), date(2026, 3, 20))


@pytest.mark.parametrize("year", [0, -5, 9378, 100_000])
def test_year_bounds_out_of_range(year: int) -> None:
    with pytest.raises(ValidationError) as caught:
        jalali_year_bounds(year)
    assert (caught.value.field, caught.value.code) == ("year", "invalid_year")


def test_every_day_round_trips_1300_to_1500() -> None:
    # Every day of two Jalali centuries: format -> parse gives the same day,
    # and consecutive days walk the calendar without gaps or repeats.
    day = from_jalali(1300, 1, 1)
    end = from_jalali(1500, 1, 1)
    previous = (1299, 12, 29)
    while day < end:
        parts = jalali_parts(day)
        assert parts > previous
        year, month, mday = parts
        prev_year, prev_month, prev_day = previous
        if mday == 1:
            month_length = 31 if prev_month <= 6 else 30 if prev_month < 12 else prev_day
            assert prev_day == month_length
            assert (year, month) in {(prev_year, prev_month + 1), (prev_year + 1, 1)}
        else:
            assert (year, month, mday - 1) == previous
        assert from_jalali(*parts) == day
        # Text round trip on every day near today's leap years, weekly elsewhere.
        if year <= year_range()[1] and (1395 <= year or day.toordinal() % 7 == 0):
            assert parse_jalali(format_jalali(day)) == day
            assert parse_jalali(format_jalali(day, persian=False)) == day
        previous = parts
        day += timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "1403/12/30",
        "۱۴۰۳/۱۲/۳۰",
        "١٤٠٣/١٢/٣٠",
        "1403-12-30",
        "1403.12.30",
        "1403,12,30",
        "۱۴۰۳،۱۲،۳۰",
        "۱۴۰۳٫۱۲٫۳۰",
        " 1403 / 12 / 30 ",
        "\u200f۱۴۰۳/۱۲/۳۰\u200e",  # pasted with bidi marks
    ],
)
def test_parse_accepted_forms(text: str) -> None:
    assert parse_jalali(text) == date(2025, 3, 20)


def test_parse_short_month_and_day() -> None:
    assert parse_jalali("1404/1/1") == date(2025, 3, 21)
    assert parse_jalali("۱۴۰۴/۰۱/۰۱") == date(2025, 3, 21)
    assert parse_jalali("1404/7/9") == from_jalali(1404, 7, 9)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "1404/12/30",  # 1404 is not leap
        "1404/13/01",
        "1404/00/10",
        "1404/01/00",
        "1404/01/32",
        "1404/07/31",  # second half-year months have 30 days
        "1403/12/31",
        "03/12/30",  # two-digit year
        "0403/12/30",
        "14030/1/1",
        "1403/123/1",
        "1403/12/30/1",
        "1403/12-30",  # mixed separators
        "1403 12 30",
        "1403/12/",
        "۱۴۰۳/۱۲/۳۰ ۱۰:۲۰",
        "9999/01/01",  # beyond the supported calendar
        "\x00",
    ],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_jalali(text, field="letter_date")
    error = caught.value
    assert error.field == "letter_date"
    assert error.code == "invalid_date"
    assert error.params == {"value": text}


@pytest.mark.parametrize(("y", "m", "d"), [(1404, 12, 30), (1404, 13, 1), (0, 1, 1), (1403, 0, 5)])
def test_from_jalali_rejects(y: int, m: int, d: int) -> None:
    with pytest.raises(ValidationError) as caught:
        from_jalali(y, m, d, field="due")
    assert (caught.value.field, caught.value.code) == ("due", "invalid_date")


def test_format_jalali() -> None:
    assert format_jalali(date(2025, 3, 20)) == "۱۴۰۳/۱۲/۳۰"
    assert format_jalali(date(2025, 3, 20), persian=False) == "1403/12/30"
    assert format_jalali(date(2025, 3, 21)) == "۱۴۰۴/۰۱/۰۱"


def test_format_jalali_long() -> None:
    assert format_jalali_long(date(2025, 3, 20)) == "۳۰ اسفند ۱۴۰۳"
    assert format_jalali_long(date(2025, 3, 21)) == "۱ فروردین ۱۴۰۴"
    assert format_jalali_long(date(2025, 3, 21), persian=False) == "1 فروردین 1404"
    assert len(JALALI_MONTHS) == 12
    assert JALALI_MONTHS[0] == "فروردین"
    assert JALALI_MONTHS[11] == "اسفند"


def test_format_jalali_datetime() -> None:
    aware_utc = datetime(2025, 3, 20, 10, 35, tzinfo=UTC)
    assert format_jalali_datetime(aware_utc) == "۱۴۰۳/۱۲/۳۰ ۱۴:۰۵"
    assert format_jalali_datetime(aware_utc, persian=False) == "1403/12/30 14:05"
    # Naive means UTC.
    assert format_jalali_datetime(datetime(2025, 3, 20, 10, 35)) == "۱۴۰۳/۱۲/۳۰ ۱۴:۰۵"
    # Another zone is converted, not read as Tehran wall time.
    berlin = datetime(2025, 3, 20, 11, 35, tzinfo=ZoneInfo("Europe/Berlin"))
    assert format_jalali_datetime(berlin) == "۱۴۰۳/۱۲/۳۰ ۱۴:۰۵"
    fixed = datetime(2025, 3, 20, 14, 5, tzinfo=timezone(timedelta(hours=3, minutes=30)))
    assert format_jalali_datetime(fixed) == "۱۴۰۳/۱۲/۳۰ ۱۴:۰۵"


def test_tehran_day_boundary() -> None:
    # 21:00 UTC on 20 March 2025 is already 00:30 on 1 Farvardin 1404 in Tehran.
    late = datetime(2025, 3, 20, 21, 0, tzinfo=UTC)
    assert format_jalali_datetime(late) == "۱۴۰۴/۰۱/۰۱ ۰۰:۳۰"
    assert tehran_date(late) == date(2025, 3, 21)
    assert format_jalali(late) == "۱۴۰۴/۰۱/۰۱"  # a datetime counts in Tehran time
    assert jalali_year(late) == 1404
    assert jalali_year(datetime(2025, 3, 20, 20, 29)) == 1403


def test_tehran_historic_daylight_saving() -> None:
    # Iran observed DST until 2022 (UTC+4:30 in summer); the zone database knows.
    summer_2021 = datetime(2021, 6, 1, 12, 0, tzinfo=UTC)
    assert format_jalali_datetime(summer_2021, persian=False) == "1400/03/11 16:30"
    summer_2024 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    assert format_jalali_datetime(summer_2024, persian=False) == "1403/03/12 15:30"


def test_now_and_today() -> None:
    before = datetime.now(TEHRAN).date()
    today = today_tehran()
    after = datetime.now(TEHRAN).date()
    assert before <= today <= after
    now = now_utc()
    assert now.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - now) < timedelta(seconds=5)


def test_dates_before_the_calendar_are_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        format_jalali(date(1, 1, 1))
    assert caught.value.code == "invalid_date"


def test_extreme_datetimes_are_rejected_not_crashing() -> None:
    for extreme in (datetime.max, datetime.max.replace(tzinfo=UTC)):
        with pytest.raises(ValidationError):
            format_jalali_datetime(extreme)


# --- the date rules: dates a person would mean --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [("2026/11/20", "۱۴۰۵/۰۸/۲۹"), ("۲۰۲۶-۰۳-۲۱", "۱۴۰۵/۰۱/۰۱"), ("1999.12.31", "۱۳۷۸/۱۰/۱۰")],
)
def test_a_gregorian_looking_year_gets_the_jalali_date_it_means(
    typed: str, suggestion: str
) -> None:
    with pytest.raises(ValidationError) as info:
        parse_jalali(typed, field="sender_date")
    assert (info.value.field, info.value.code) == ("sender_date", "gregorian_date")
    assert info.value.params["suggestion"] == suggestion
    assert str(info.value) == (
        f"تاریخ نامهٔ فرستنده: این تاریخ میلادی به نظر می‌رسد؛ {suggestion} را در نظر داشتید؟")


def test_a_gregorian_looking_year_of_no_real_day_is_just_invalid() -> None:
    with pytest.raises(ValidationError) as info:
        parse_jalali("2026/02/30")
    assert info.value.code == "invalid_date"


@pytest.mark.parametrize("year", [1200, 1299, 1700, 1899, 2100])
def test_years_outside_1300_to_next_year_are_refused(year: int) -> None:
    with pytest.raises(ValidationError) as info:
        parse_jalali(f"{year}/01/01")
    assert info.value.code == "year_out_of_range"
    first, last = year_range()
    assert (first, last) == (1300, jalali_year(today_tehran()) + 1)
    assert info.value.params == {"min": first, "max": last}
    assert str(info.value) == f"تاریخ: سال تاریخ باید میان ۱۳۰۰ و {to_persian_digits(str(last))} (هجری شمسی) باشد."


def test_the_edges_of_the_year_range_are_accepted() -> None:
    first, last = year_range()
    assert jalali_parts(parse_jalali(f"{first}/01/01")) == (first, 1, 1)
    assert jalali_parts(parse_jalali(f"{last}/12/29")) == (last, 12, 29)
    with pytest.raises(ValidationError):
        parse_jalali(f"{last + 1}/01/01")
