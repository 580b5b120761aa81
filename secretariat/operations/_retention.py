"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12
months that have one (days in Tehran, weeks from Saturday, Jalali months). Everything else
automatic may go; a backup made by hand is never removed by the program."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from secretariat.kernel.jalali import jalali_parts, tehran_date

DAILY, WEEKLY, MONTHLY = 7, 4, 12

T = TypeVar("T")


def _week(day: date) -> date:
    """The Saturday that starts ``day``'s week (the Iranian week)."""
    return day - timedelta(days=(day.weekday() - 5) % 7)


def _month(day: date) -> tuple[int, int]:
    year, month, _ = jalali_parts(day)
    return year, month


def to_keep(items: Sequence[T], created: Callable[[T], datetime]) -> list[T]:
    """The items retention keeps, newest first."""
    newest_first = sorted(items, key=created, reverse=True)
    keep: list[T] = []
    kept_ids: set[int] = set()
    buckets: list[tuple[Callable[[date], Hashable], int]] = [
        (lambda d: d, DAILY), (_week, WEEKLY), (_month, MONTHLY)]
    for bucket_of, how_many in buckets:
        seen: list[Hashable] = []
        for item in newest_first:
            bucket = bucket_of(tehran_date(created(item)))
            if bucket in seen:
                continue
            if len(seen) == how_many:
                break
            seen.append(bucket)
            if id(item) not in kept_ids:
                kept_ids.add(id(item))
                keep.append(item)
    return sorted(keep, key=created, reverse=True)
