"""audit keyed: the chain re-made with the database's HMAC key, compact payloads

Revision ID: 0011b_audit_keyed
Revises: 0011_integrity
Create Date: 2026-12-20 00:00:01

The audit log's unkeyed SHA-256 chain could be recomputed by anyone holding the database
file. Every entry now carries an HMAC-SHA-256 ``mac`` with the key kept outside the database
(0011_integrity made it), the keyed digest of the record's state after it (``state``) and
before it (``prior``), and, for the records the application can read back, only the fields
that changed (nothing at creation). The log is re-chained as it stands at upgrade time; an
entry whose old hash did not verify is re-chained so that ``check`` still reports it as
edited (an upgrade never launders an earlier forgery).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from secretariat.kernel import keys

revision = '0011b_audit_keyed'
down_revision = '0011_integrity'
branch_labels = None
depends_on = None

CHUNK = 5000
# The entities whose rows the application reads back at this revision (Entity.reader).
READABLE = frozenset({"user", "setting", "letter", "referral", "contact"})
UNVERIFIED = b"legacy-entry-did-not-verify"

log = sa.table(
    "audit_log", sa.column("id", sa.Integer), sa.column("at", sa.DateTime),
    sa.column("actor", sa.String), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.String),
    sa.column("before", sa.Text), sa.column("after", sa.Text),
    sa.column("prev_hash", sa.String), sa.column("hash", sa.String),
    sa.column("state", sa.LargeBinary), sa.column("prior", sa.LargeBinary),
    sa.column("mac", sa.LargeBinary),
)


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _iso(at: Any) -> str:
    """The entry's time as the code hashes it: aware UTC, ISO 8601."""
    from datetime import UTC, datetime

    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=UTC).isoformat() if at.tzinfo is None else at.isoformat()


def _legacy_hash(row: Any) -> str:
    payload = _canonical([row.id, _iso(row.at), row.actor, row.action, row.entity, row.entity_id,
                          row.before, row.after, row.prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _compact(entity: str, before: str | None, after: str | None) -> tuple[str | None, str | None]:
    if entity not in READABLE or after is None:
        return before, after
    if before is None:
        return None, None
    old, new = json.loads(before), json.loads(after)
    missing = object()
    changed = [k for k in dict.fromkeys([*old, *new])
               if _canonical(old.get(k, missing)) != _canonical(new.get(k, missing))]
    return (_canonical({k: old[k] for k in changed if k in old}),
            _canonical({k: new[k] for k in changed if k in new}))


def _chunks(bind: sa.Connection, *columns: Any) -> Any:
    last = 0
    while True:
        rows = bind.execute(sa.select(*columns).where(log.c.id > last)
                            .order_by(log.c.id).limit(CHUNK)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.LargeBinary(length=16), nullable=True))
        batch_op.add_column(sa.Column('prior', sa.LargeBinary(length=16), nullable=True))
        batch_op.add_column(sa.Column('mac', sa.LargeBinary(length=32), nullable=True))
    bind = op.get_bind()
    database_id = bind.execute(sa.text("SELECT id FROM database_identity")).scalar_one()
    key = keys.KeyStore().require(database_id, keys.AUDIT_KEY)

    # 1. Verify the old chain; digest each state; keep only what changed.
    unverified: set[int] = set()
    prev_hash = "0" * 64
    for rows in _chunks(bind, log.c.id, log.c.at, log.c.actor, log.c.action, log.c.entity,
                        log.c.entity_id, log.c.before, log.c.after, log.c.prev_hash, log.c.hash):
        updates = []
        for row in rows:
            if row.prev_hash != prev_hash or _legacy_hash(row) != row.hash:
                unverified.add(row.id)
            prev_hash = row.hash
            state = None
            if row.after is not None:
                message = f"{row.entity}\x00{row.entity_id}\x00{row.after}".encode()
                state = hmac.digest(key, message, "sha256")[:16]
            before, after = _compact(row.entity, row.before, row.after)
            updates.append({"key": row.id, "b": before, "a": after, "s": state})
        bind.execute(log.update().where(log.c.id == sa.bindparam("key"))
                     .values(before=sa.bindparam("b"), after=sa.bindparam("a"),
                             state=sa.bindparam("s")), updates)

    # 2. Each entry's prior: the state of the record's previous entry.
    bind.execute(sa.text(
        "UPDATE audit_log SET prior = (SELECT p.state FROM audit_log p"
        " WHERE p.entity = audit_log.entity AND p.entity_id = audit_log.entity_id"
        " AND p.id < audit_log.id ORDER BY p.id DESC LIMIT 1)"))

    # 3. The keyed chain.
    prev_mac = bytes(32)
    for rows in _chunks(bind, log.c.id, log.c.at, log.c.actor, log.c.action, log.c.entity,
                        log.c.entity_id, log.c.before, log.c.after, log.c.state, log.c.prior):
        updates = []
        for row in rows:
            payload = _canonical([
                row.id, _iso(row.at), row.actor, row.action, row.entity, row.entity_id,
                row.before, row.after, row.state.hex() if row.state is not None else None,
                row.prior.hex() if row.prior is not None else None,
            ]).encode()
            if row.id in unverified:
                payload = UNVERIFIED + payload
            mac = hmac.digest(key, payload + prev_mac, "sha256")
            updates.append({"key": row.id, "m": mac})
            prev_mac = mac
        bind.execute(log.update().where(log.c.id == sa.bindparam("key"))
                     .values(mac=sa.bindparam("m")), updates)

    sequence = _sqlite_sequence(bind)
    with op.batch_alter_table('audit_log', schema=None,
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_constraint('uq_audit_log_hash', type_='unique')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('hash')
        batch_op.alter_column('mac', existing_type=sa.LargeBinary(length=32), nullable=False)
    _restore_sqlite_sequence(bind, sequence)


def _sqlite_sequence(bind: sa.Connection) -> int | None:
    """The highest audit id SQLite ever gave (a removed tail stays visible to check)."""
    if bind.dialect.name != "sqlite":
        return None
    value = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
                         ).scalar()
    return int(value) if value is not None else None


def _restore_sqlite_sequence(bind: sa.Connection, sequence: int | None) -> None:
    if sequence is None:
        return
    updated = bind.execute(sa.text("UPDATE sqlite_sequence SET seq = :s WHERE name = 'audit_log'"),
                           {"s": sequence})
    if not updated.rowcount:
        bind.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', :s)"),
                     {"s": sequence})


def downgrade() -> None:
    raise NotImplementedError(
        "the keyed audit chain cannot be turned back into the unkeyed one: restore the"
        " backup taken before the upgrade")
