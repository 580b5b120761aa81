"""``check``: the audit chain, and every record against its last audit entry.

The chain: every entry's mac is recomputed with the database's key (from the key store; a
workstation without it says it cannot verify, never that the log is forged), ids must run
without a gap up to the highest id SQLite ever handed out, and the last entry this
workstation verified before (its anchor, kept beside the key) must still be there.

The records: the chain pass folds each entity's audited states into one value (see
``kernel.audit``); every row the registry's loaders yield is digested and folded the same
way. Equal folds mean every record matches its last entry. Only when they differ is the log
read again to name the records: added, changed or removed behind the application's back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretariat import features
from secretariat.kernel import audit, keys
from secretariat.kernel.check_report import CheckReport
from secretariat.kernel.context import AppContext
from secretariat.kernel.models import AuditEntry
from secretariat.kernel.registry import Entity

TAIL = 2000  # entries ``check --quick`` verifies
STEP = 25_000  # progress every this many entries or records
_FOLDS = "audit_folds"
_NO_KEY = "audit_no_key"


def check_audit_chain(ctx: AppContext, report: CheckReport) -> None:
    store = keys.KeyStore()
    with ctx.read() as session:
        db_id = keys.database_id(session)
        key = store.get(db_id, keys.AUDIT_KEY)
        if key is None:
            report.shared[_NO_KEY] = True
            report.add("audit_key_missing", folder=str(store.folder))
            return
        if not store.is_private(db_id):
            report.add("keys_file_not_private", path=str(store.path_for(db_id)))
        last_id = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
        start = max(1, last_id - TAIL + 1) if report.quick else 1
        found = len(report.problems)
        folds, last_mac = _verify_chain(session, key, start, last_id, report)
        if not report.quick:
            report.shared[_FOLDS] = folds
        _check_tail(session, last_id, report)
        label = ctx.database_label
        anchor = store.anchor(db_id, label)
        if anchor is not None:
            _check_anchor(session, anchor, report)
        if len(report.problems) == found and last_mac is not None:
            store.set_anchor(db_id, label, last_id, last_mac)


_CHAIN = text(
    "SELECT id, at, actor, action, entity, entity_id, before, after, state, prior, mac"
    " FROM audit_log WHERE id >= :start ORDER BY id")


def _verify_chain(
    session: Session, key: bytes, start: int, last_id: int, report: CheckReport
) -> tuple[dict[str, int], bytes | None]:
    prev_mac = audit.GENESIS_MAC
    if start > 1:
        before = session.scalar(select(AuditEntry.mac).where(AuditEntry.id == start - 1))
        prev_mac = bytes(before) if before is not None else audit.GENESIS_MAC
    expected = start
    folds: dict[str, int] = defaultdict(int)
    mac: bytes | None = None
    mac_of, utc_iso, from_bytes = audit.mac_of, audit.utc_iso, int.from_bytes
    # Untyped SQL, streamed: no per-value conversion but the time's (a million rows).
    rows = session.connection().execution_options(stream_results=True, yield_per=10_000
                                                  ).execute(_CHAIN, {"start": start})
    for done, (entry_id, at, actor, action, entity, entity_id, before_json, after_json,
               state, prior, stored) in enumerate(rows, start=1):
        mac = bytes(stored)
        state = bytes(state) if state is not None else None
        prior = bytes(prior) if prior is not None else None
        if entry_id != expected:
            # The entry after a gap was chained to one that is gone: report the gap only.
            report.add("audit_entry_missing", **{"from": expected, "to": entry_id - 1})
        elif mac_of(key, entry_id, utc_iso(at), actor, action, entity, entity_id, before_json,
                    after_json, state, prior, prev_mac) != mac:
            report.add("audit_entry_edited", id=entry_id)
        if state is not None:
            folds[entity] ^= from_bytes(state, "big")
        if prior is not None:
            folds[entity] ^= from_bytes(prior, "big")
        prev_mac, expected = mac, entry_id + 1
        if done % STEP == 0:
            report.step(entry_id, last_id)
    return folds, mac


def _check_tail(session: Session, last_id: int, report: CheckReport) -> None:
    """Entries removed from the end leave SQLite's sequence ahead of the last id."""
    if session.get_bind().dialect.name != "sqlite":
        return  # ids are assigned by the chain itself on other databases
    highest = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")).scalar()
    if highest is not None and int(highest) > last_id:
        report.add("audit_entry_missing", **{"from": last_id + 1, "to": int(highest)})


def _check_anchor(session: Session, anchor: tuple[int, bytes], report: CheckReport) -> None:
    """The last entry an earlier check verified here must still be there, unchanged."""
    entry_id, mac = anchor
    found = session.scalar(select(AuditEntry.mac).where(AuditEntry.id == entry_id))
    if found is None or bytes(found) != mac:
        report.add("audit_tail_removed", id=entry_id)


# --- the records ----------------------------------------------------------------------


def check_audited_state(ctx: AppContext, report: CheckReport) -> None:
    if report.shared.get(_NO_KEY):
        return  # said once already: nothing can be verified here without the key
    with ctx.read() as session:
        try:
            key = audit.audit_key(session)
        except keys.KeyMissing:
            report.add("audit_key_missing", folder=str(keys.keys_dir()))
            return
        folds = report.shared.get(_FOLDS)
        if folds is None:
            folds = _fold_log(session)
        for _feature, entity in features.REGISTRY.entities():
            if entity.loader is None:
                continue
            load_all = features.REGISTRY.resolve(entity.loader)
            if _fold_rows(key, entity.name, load_all(session), report) != folds.get(entity.name, 0):
                _name_differences(session, key, entity, report)


def _fold_log(session: Session) -> dict[str, int]:
    folds: dict[str, int] = defaultdict(int)
    for entity, state, prior in session.execute(
            select(AuditEntry.entity, AuditEntry.state, AuditEntry.prior)
            .execution_options(yield_per=10_000)):
        for digest in (state, prior):
            if digest is not None:
                folds[entity] ^= int.from_bytes(digest, "big")
    return folds


def _fold_rows(key: bytes, entity: str, rows: Iterable[tuple[str, audit.Snapshot]],
               report: CheckReport) -> int:
    folded = 0
    digest = audit.state_digest
    for done, (entity_id, snapshot) in enumerate(rows, start=1):
        folded ^= int.from_bytes(digest(key, entity, entity_id, snapshot), "big")
        if done % STEP == 0:
            report.step(done)
    return folded


def _name_differences(session: Session, key: bytes, entity: Entity, report: CheckReport) -> None:
    """The folds differ: find which records (rare, so it may take memory and a second pass)."""
    assert entity.loader is not None
    last_ids = (select(func.max(AuditEntry.id)).where(AuditEntry.entity == entity.name)
                .group_by(AuditEntry.entity_id))
    recorded: dict[str, bytes | None] = {
        entity_id: bytes(state) if state is not None else None
        for entity_id, state in session.execute(
            select(AuditEntry.entity_id, AuditEntry.state).where(AuditEntry.id.in_(last_ids)))
    }
    found = len(report.problems)
    for entity_id, snapshot in features.REGISTRY.resolve(entity.loader)(session):
        if entity_id not in recorded:
            report.add("record_not_audited", entity=entity.name, id=entity_id)
        elif recorded.pop(entity_id) != audit.state_digest(key, entity.name, entity_id, snapshot):
            report.add("record_changed_outside", entity=entity.name, id=entity_id)
    for entity_id in sorted(i for i, state in recorded.items() if state is not None):
        report.add("record_removed_outside", entity=entity.name, id=entity_id)
    if len(report.problems) == found:
        # Every record matches its last entry, yet the folds differ: an entry's prior is
        # not the state before it (only an edit of the log could do that).
        report.add("audit_states_inconsistent", entity=entity.name)

