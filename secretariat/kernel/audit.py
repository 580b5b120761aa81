"""Append-only, hash-chained audit log, and the snapshots it records.

Every change a service makes calls ``record`` inside the same transaction, with
the record's state before and after. Each entry's hash covers its content and
the previous entry's hash, so an edited or removed entry breaks the chain; and
because the last entry for a record holds its full audited state, a record
edited behind the application's back no longer matches it (see ``check``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from secretariat.kernel.context import CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import AuditEntry

GENESIS_HASH = "0" * 64

Snapshot = dict[str, Any]


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    *,
    entry_id: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
    prev_hash: str,
) -> str:
    payload = canonical_json(
        [entry_id, at.isoformat(), actor, action, entity, entity_id, before, after, prev_hash]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: CurrentUser,
    action: str,
    entity: str,
    entity_id: object,
    before: Snapshot | None,
    after: Snapshot | None,
) -> AuditEntry:
    """Append one entry. Call inside the write unit of work that made the change
    (writers are serialised, so reading the last entry here cannot race)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id = (last.id + 1) if last else 1
    prev_hash = last.hash if last else GENESIS_HASH
    # Microseconds are dropped so the hashed timestamp survives every database's round trip.
    at = now_utc().replace(microsecond=0)
    before_json = canonical_json(before) if before is not None else None
    after_json = canonical_json(after) if after is not None else None
    entry = AuditEntry(
        id=next_id,
        at=at,
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=before_json,
        after=after_json,
        prev_hash=prev_hash,
    )
    entry.hash = entry_hash(
        entry_id=next_id,
        at=at,
        actor=entry.actor,
        action=action,
        entity=entity,
        entity_id=entry.entity_id,
        before=before_json,
        after=after_json,
        prev_hash=prev_hash,
    )
    session.add(entry)
    session.flush()
    return entry


# --- many at once ------------------------------------------------------------------

AuditItem = tuple[object, Snapshot | None, Snapshot | None]  # id, before, after


def record_many(
    session: Session, actor: CurrentUser, action: str, entity: str, items: Sequence[AuditItem]
) -> None:
    """Append one entry per item, identical to ``record``'s (same fields, same hash chain),
    computed here and inserted with one statement: a bulk load of a million letters cannot
    afford one ORM flush per entry."""
    if not items:
        return
    # Writers are serialised (BEGIN IMMEDIATE / the PostgreSQL write lock), so the last
    # entry read here is still the last one when these are inserted.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id = (last.id + 1) if last else 1
    prev_hash = last.hash if last else GENESIS_HASH
    at = now_utc().replace(microsecond=0)
    rows = []
    for entity_id, before, after in items:
        before_json = canonical_json(before) if before is not None else None
        after_json = canonical_json(after) if after is not None else None
        digest = entry_hash(
            entry_id=next_id, at=at, actor=actor.username, action=action, entity=entity,
            entity_id=str(entity_id), before=before_json, after=after_json, prev_hash=prev_hash,
        )
        rows.append({
            "id": next_id, "at": at, "actor": actor.username, "action": action,
            "entity": entity, "entity_id": str(entity_id), "before": before_json,
            "after": after_json, "prev_hash": prev_hash, "hash": digest,
        })
        prev_hash = digest
        next_id += 1
    session.execute(insert(table_of(AuditEntry)), rows)


# --- reading the log -----------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: Snapshot | None
    after: Snapshot | None
    # Who, as people read it (``audit_log.with_names``); ``actor`` stays the login name.
    actor_name: str = ""
    actor_post: str = ""


def to_row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        before=json.loads(entry.before) if entry.before else None,
        after=json.loads(entry.after) if entry.after else None,
    )
