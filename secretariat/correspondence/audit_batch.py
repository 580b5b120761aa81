"""Appending many audit entries at once (bulk import), on the same hash chain.

Identical entries to ``audit.record`` — same fields, same ``entry_hash`` — but
computed in Python and inserted with one statement, because a bulk load of a
million letters cannot afford one ORM flush per entry. The tests check that
``secretariat check`` accepts the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from secretariat.correspondence.records import table_of
from secretariat.kernel import audit
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import AuditEntry

AuditItem = tuple[object, audit.Snapshot | None, audit.Snapshot | None]  # id, before, after


def record_many(
    session: Session, actor: CurrentUser, action: str, entity: str, items: Sequence[AuditItem]
) -> None:
    if not items:
        return
    # Writers are serialised (BEGIN IMMEDIATE / the PostgreSQL write lock), so the last
    # entry read here is still the last one when these are inserted.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id = (last.id + 1) if last else 1
    prev_hash = last.hash if last else audit.GENESIS_HASH
    at = now_utc().replace(microsecond=0)
    rows = []
    for entity_id, before, after in items:
        before_json = audit.canonical_json(before) if before is not None else None
        after_json = audit.canonical_json(after) if after is not None else None
        entry_hash = audit.entry_hash(
            entry_id=next_id, at=at, actor=actor.username, action=action, entity=entity,
            entity_id=str(entity_id), before=before_json, after=after_json, prev_hash=prev_hash,
        )
        rows.append({
            "id": next_id, "at": at, "actor": actor.username, "action": action,
            "entity": entity, "entity_id": str(entity_id), "before": before_json,
            "after": after_json, "prev_hash": prev_hash, "hash": entry_hash,
        })
        prev_hash = entry_hash
        next_id += 1
    session.execute(insert(table_of(AuditEntry)), rows)
