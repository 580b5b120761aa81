"""Append-only audit log, chained with a key the database does not hold, and its snapshots.

Every change a service makes calls ``record`` inside the same transaction, with the record's
audited state before and after. An entry keeps:

- ``mac``: HMAC-SHA-256 over the entry and the previous entry's mac, keyed with the
  database's audit key from the key store (``kernel.keys``, outside the database). Someone
  holding only the database file can neither rewrite an entry nor recompute the chain.
- ``state``: a keyed digest of the record's whole audited state after the change (None when
  no record remains), and ``prior``: the state of the record's previous entry. ``check``
  folds the states of the log and of the rows as they are now, each into one value per
  entity (XOR): superseded states cancel against the next entry's ``prior``, so the two folds
  agree exactly when every record matches its last entry. One pass, constant memory.
- what changed, for people: for an entity the registry can read back one record of
  (``Entity.reader``), only the fields that differ, and nothing at creation (the row holds
  it); ``rows_of`` rebuilds whole before/after snapshots from the record as it is now. Other
  entities keep their snapshots whole.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from secretariat import features
from secretariat.kernel import keys
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.db.base import table_of
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import AuditEntry

Snapshot = dict[str, Any]

STATE_BYTES = 16  # a keyed digest: 128 bits cannot be guessed, and keep the log small
GENESIS_MAC = bytes(32)  # the "previous mac" of the first entry
_MISSING = object()


# One encoder for every call: json.dumps(**options) would build a new one each time, which
# costs more than encoding a snapshot (``check`` encodes a million of them).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                            default=str)


def canonical_json(value: Any) -> str:
    return _ENCODER.encode(value)


def state_digest(key: bytes, entity: str, entity_id: str, snapshot: Snapshot) -> bytes:
    """The keyed digest of one record's audited state (its entity and id included, so a
    state cannot be moved to another record)."""
    message = f"{entity}\x00{entity_id}\x00{canonical_json(snapshot)}".encode()
    return hmac.digest(key, message, "sha256")[:STATE_BYTES]


def entry_mac(
    key: bytes,
    *,
    entry_id: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
    state: bytes | None,
    prior: bytes | None,
    prev_mac: bytes,
) -> bytes:
    return mac_of(key, entry_id, at.isoformat(), actor, action, entity, entity_id, before, after,
                  state, prior, prev_mac)


def mac_of(
    key: bytes, entry_id: int, at_iso: str, actor: str, action: str, entity: str,
    entity_id: str, before: str | None, after: str | None, state: bytes | None,
    prior: bytes | None, prev_mac: bytes,
) -> bytes:
    """``entry_mac`` with the time already in ISO 8601 (``check``'s fast path)."""
    payload = _ENCODER.encode([
        entry_id, at_iso, actor, action, entity, entity_id, before, after,
        state.hex() if state is not None else None, prior.hex() if prior is not None else None,
    ])
    return hmac.digest(key, payload.encode() + prev_mac, "sha256")


def utc_iso(value: datetime | str) -> str:
    """A UTC time as the log signs it (``datetime.isoformat`` of the aware value), from what a
    driver returns: a naive datetime (PostgreSQL) or SQLite's «YYYY-MM-DD HH:MM:SS.ffffff»."""
    if isinstance(value, str):
        if len(value) == 26 and value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}+00:00"
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC).isoformat()


def audit_key(session: Session) -> bytes:
    """This database's audit key (KeyMissing when this workstation does not hold it)."""
    cached = session.info.get("audit_key")
    if cached is None:
        cached = session.info["audit_key"] = keys.session_secret(session, keys.AUDIT_KEY)
    assert isinstance(cached, bytes)
    return cached


def has_reader(entity: str) -> bool:
    """Can the registry read one record of ``entity`` back (so the log stores changes only)?"""
    found = features.REGISTRY.entity_labels.get(entity)
    return found is not None and found.reader is not None


def _differs(a: object, b: object) -> bool:
    return canonical_json(a) != canonical_json(b)


def stored_payloads(
    entity: str, before: Snapshot | None, after: Snapshot | None
) -> tuple[str | None, str | None]:
    """What the log keeps of ``before``/``after`` (see the module's docstring)."""
    if not has_reader(entity) or after is None:
        # A deletion keeps the whole record: nothing else will hold it.
        return (canonical_json(before) if before is not None else None,
                canonical_json(after) if after is not None else None)
    if before is None:
        return None, None  # a creation: the row itself holds every field
    changed = [k for k in dict.fromkeys([*before, *after])
               if _differs(before.get(k, _MISSING), after.get(k, _MISSING))]
    return (canonical_json({k: before[k] for k in changed if k in before}),
            canonical_json({k: after[k] for k in changed if k in after}))


def _last(session: Session) -> tuple[int, bytes]:
    row = session.execute(
        select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (int(row.id), bytes(row.mac)) if row else (0, GENESIS_MAC)


def _new_entry(
    key: bytes, entry_id: int, at: datetime, actor: str, action: str, entity: str,
    entity_id: str, before: Snapshot | None, after: Snapshot | None, prior: bytes | None,
    prev_mac: bytes,
) -> dict[str, Any]:
    before_json, after_json = stored_payloads(entity, before, after)
    state = state_digest(key, entity, entity_id, after) if after is not None else None
    mac = entry_mac(key, entry_id=entry_id, at=at, actor=actor, action=action, entity=entity,
                    entity_id=entity_id, before=before_json, after=after_json, state=state,
                    prior=prior, prev_mac=prev_mac)
    return {"id": entry_id, "at": at, "actor": actor, "action": action, "entity": entity,
            "entity_id": entity_id, "before": before_json, "after": after_json,
            "state": state, "prior": prior, "mac": mac}


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
    key = audit_key(session)
    last_id, prev_mac = _last(session)
    record_id = str(entity_id)
    prior = session.scalar(
        select(AuditEntry.state)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id)
        .order_by(AuditEntry.id.desc()).limit(1)
    )
    # Microseconds are dropped so the signed timestamp survives every database's round trip.
    at = now_utc().replace(microsecond=0)
    entry = AuditEntry(**_new_entry(key, last_id + 1, at, actor.username, action, entity,
                                    record_id, before, after, prior, prev_mac))
    session.add(entry)
    session.flush()
    return entry


# --- many at once ------------------------------------------------------------------

AuditItem = tuple[object, Snapshot | None, Snapshot | None]  # id, before, after
_IN_CHUNK = 500


def _priors(session: Session, entity: str, ids: Sequence[str]) -> dict[str, bytes | None]:
    """The state of the last entry of each of ``ids`` (absent: never audited)."""
    found: dict[str, bytes | None] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start:start + _IN_CHUNK]
        last_ids = (select(func.max(AuditEntry.id))
                    .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk))
                    .group_by(AuditEntry.entity_id))
        for entity_id, state in session.execute(
                select(AuditEntry.entity_id, AuditEntry.state).where(AuditEntry.id.in_(last_ids))):
            found[entity_id] = state
    return found


def record_many(
    session: Session, actor: CurrentUser, action: str, entity: str, items: Sequence[AuditItem]
) -> None:
    """Append one entry per item, identical to ``record``'s (same fields, same chain),
    computed here and inserted with one statement: a bulk load of a million letters cannot
    afford one ORM flush per entry."""
    if not items:
        return
    key = audit_key(session)
    last_id, prev_mac = _last(session)
    priors = _priors(session, entity, [str(i) for i, _b, _a in items])
    at = now_utc().replace(microsecond=0)
    rows = []
    for offset, (entity_id, before, after) in enumerate(items, start=1):
        record_id = str(entity_id)
        row = _new_entry(key, last_id + offset, at, actor.username, action, entity, record_id,
                         before, after, priors.get(record_id), prev_mac)
        priors[record_id] = row["state"]
        prev_mac = row["mac"]
        rows.append(row)
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


def _loads(text: str | None) -> Snapshot | None:
    return json.loads(text) if text else None


def to_row(entry: AuditEntry) -> AuditRow:
    """The entry as stored (for a readable entity: the changed fields only); ``rows_of``
    gives whole snapshots."""
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        before=_loads(entry.before),
        after=_loads(entry.after),
    )


def rows_of(session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    """The entries with whole before/after snapshots, as people read them: each record's
    state is rebuilt from the record as it is now, undoing its later entries' changes."""
    rows = [to_row(e) for e in entries]
    first: dict[tuple[str, str], int] = {}
    for row in rows:
        if has_reader(row.entity):
            key = (row.entity, row.entity_id)
            first[key] = min(first.get(key, row.id), row.id)
    if not first:
        return rows
    whole: dict[int, tuple[Snapshot | None, Snapshot | None]] = {}
    registry = features.REGISTRY
    for (entity, entity_id), since in first.items():
        reader = registry.resolve(str(registry.entity_labels[entity].reader))
        current: Snapshot | None = reader(session, entity_id)
        later = session.execute(
            select(AuditEntry.id, AuditEntry.before, AuditEntry.after, AuditEntry.state)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id,
                   AuditEntry.id >= since)
            .order_by(AuditEntry.id.desc())
        )
        whole.update(_rebuild(current, later))
    return [replace(r, before=whole[r.id][0], after=whole[r.id][1]) if r.id in whole else r
            for r in rows]


def _rebuild(
    current: Snapshot | None, newest_first: Iterator[Any]
) -> Iterator[tuple[int, tuple[Snapshot | None, Snapshot | None]]]:
    state = current
    for entry_id, before_json, after_json, entry_state in newest_first:
        before, after = _loads(before_json), _loads(after_json)
        if entry_state is None:  # the record ended here: its whole state was kept
            full: tuple[Snapshot | None, Snapshot | None] = (before, after)
        elif state is None:  # the record is gone behind our back: show what is stored
            full = (before, after)
        elif before_json is None:  # created here
            full = (None, dict(state))
        else:
            full = ({**state, **(before or {})}, dict(state))
        yield entry_id, full
        state = full[0]

