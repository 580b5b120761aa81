"""Small in-transaction helpers the case services share: users by name, timestamps, dates,
numbers typed as text, and the audited change of one row."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel import audit, jalali
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import User
from secretariat.kernel.text.digits import to_ascii_digits

T = TypeVar("T")


def current_day() -> date:
    """Today in Tehran (looked up at each call, so a test can set the day)."""
    return jalali.today_tehran()


def stamp() -> datetime:
    """Now, as stored (UTC, whole seconds, so the audit's JSON survives every round trip)."""
    return now_utc().replace(microsecond=0)


def user_by_name(session: Session, username: str, field: str) -> User:
    user = session.scalar(select(User).where(User.username == (username or "").strip().lower()))
    if user is None:
        raise ValidationError(field, "user_not_found", username=username)
    return user


def user_names(session: Session, ids: set[int | None]) -> dict[int, tuple[str, str]]:
    """id -> (username, full name) of these users."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.username, User.full_name)
                           .where(User.id.in_(wanted)))
    return {r.id: (r.username, r.full_name) for r in rows}


def whole_number(value: Any, field: str, low: int, high: int) -> int:
    """An integer typed as a number or as text (Persian digits too), within [low, high]."""
    if isinstance(value, bool):
        raise ValidationError(field, "invalid_number", low=low, high=high)
    if isinstance(value, str):
        text = to_ascii_digits(value).strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError(field, "invalid_number", low=low, high=high)
        value = int(text)
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "invalid_number", low=low, high=high)
    return value


def not_in_future(day: date, field: str, today: date | None = None) -> date:
    if day > (today or jalali.today_tehran()):
        raise ValidationError(field, "date_in_future")
    return day


@contextmanager
def audited(session: Session, actor: CurrentUser, action: str, entity: str, row: T,
            snapshot: Callable[[T], audit.Snapshot], entity_id: object = None
            ) -> Iterator[T]:
    """Record the change the block makes to ``row`` (nothing when nothing changed)."""
    session.flush()
    before = snapshot(row)
    yield row
    session.flush()
    after = snapshot(row)
    if after != before:
        key = entity_id if entity_id is not None else getattr(row, "id")  # noqa: B009
        audit.record(session, actor, action, entity, key, before, after)
