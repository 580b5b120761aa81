"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC (SQLite has no time zones), always hands back aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("UTCDateTime needs a datetime")
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


# The range of an Integer column on every database we run on (PostgreSQL's is 32-bit). An id
# typed or read from a file is checked against it before it reaches a query: 10**30 is no
# row, not an OverflowError from the driver.
ID_MAX = 2**31 - 1


def is_row_id(value: object) -> bool:
    """Whether ``value`` can be a row's id (a positive Integer within the column's range)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= ID_MAX
