"""Reading the audit log (the admin's viewer and the CLI)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.kernel.audit import AuditRow, rows_of
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import TEHRAN
from secretariat.kernel.models import AuditEntry, User
from secretariat.kernel.permissions import Permission, require


@dataclass(frozen=True)
class AuditQuery:
    actor: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    date_from: date | None = None  # Tehran calendar days, inclusive
    date_to: date | None = None


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=TEHRAN)


def with_names(session: Session, rows: Iterable[AuditRow]) -> list[AuditRow]:
    """The rows with each actor's full name and post title (one query for the lot)."""
    rows = list(rows)
    names = {r.actor for r in rows}
    if not names:
        return rows
    people = {u.username: u for u in session.scalars(select(User).where(User.username.in_(names)))}
    return [replace(r, actor_name=people[r.actor].full_name, actor_post=people[r.actor].post_title)
            if r.actor in people else r for r in rows]


def read_audit(
    ctx: AppContext,
    actor: CurrentUser,
    query: AuditQuery,
    limit: int = 200,
    before_id: int | None = None,
) -> tuple[list[AuditRow], int]:
    """Newest first, one keyset page (``before_id``) at a time; also the total match count."""
    require(actor, Permission.READ_AUDIT)
    conditions = []
    if query.actor:
        conditions.append(AuditEntry.actor == query.actor)
    if query.entity:
        conditions.append(AuditEntry.entity == query.entity)
    if query.entity_id:
        conditions.append(AuditEntry.entity_id == query.entity_id)
    if query.date_from:
        conditions.append(AuditEntry.at >= _day_start_utc(query.date_from))
    if query.date_to:
        conditions.append(AuditEntry.at < _day_start_utc(query.date_to + timedelta(days=1)))
    with ctx.read() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
        page = select(AuditEntry).where(*conditions)
        if before_id is not None:
            page = page.where(AuditEntry.id < before_id)
        entries = session.scalars(page.order_by(AuditEntry.id.desc()).limit(limit))
        return with_names(session, rows_of(session, list(entries))), int(total or 0)
