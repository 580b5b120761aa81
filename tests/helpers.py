"""Small helpers shared by the tests."""

from __future__ import annotations

from typing import TypeVar

from secretariat.kernel.jalali import format_jalali, today_tehran

T = TypeVar("T")


def must(value: T | None) -> T:
    """The value, which the test expects to be there (a Qt item, a looked-up row...)."""
    assert value is not None
    return value


def today_text() -> str:
    """Today in Tehran as typed on the command line («1405/09/14»). Asked at each use, never
    kept in a module constant: a constant taken at import, before Tehran's midnight, is
    yesterday for a test that runs after it (a CI run that crosses 20:30 UTC)."""
    return format_jalali(today_tehran(), persian=False)
