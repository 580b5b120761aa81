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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel.context import CurrentUser
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


# --- what is audited -------------------------------------------------------------


@dataclass(frozen=True)
class AuditedKind:
    """A table whose rows must match their last audit entry."""

    entity: str
    # (entity id, snapshot) of every row, in any order; may be a generator (streamed).
    load_all: Callable[[Session], Iterable[tuple[str, Snapshot]]]


_AUDITED: dict[str, AuditedKind] = {}


def register_audited(kind: AuditedKind) -> None:
    _AUDITED[kind.entity] = kind


def audited_kinds() -> list[AuditedKind]:
    return list(_AUDITED.values())


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
