"""Small helpers shared by the tests."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def must(value: T | None) -> T:
    """The value, which the test expects to be there (a Qt item, a looked-up row...)."""
    assert value is not None
    return value
