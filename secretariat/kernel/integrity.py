"""``secretariat check``: is the database whole, and was anything changed behind our back?

The checks come from the registry: the kernel's entry names the database-wide ones (SQLite
integrity, the audit chain, the audited state of every entity the registry lists), each
feature names its own (attachments' files, counters reconciled with the rows they
numbered...). The report says which feature each check belongs to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretariat import features
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.models import AuditEntry
from secretariat.kernel.permissions import Permission, require
from secretariat.kernel.registry import Entity


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    checks: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    features: dict[str, str] = field(default_factory=dict)  # check name -> feature name

    @property
    def ok(self) -> bool:
        return not self.problems


def run_check(ctx: AppContext, actor: CurrentUser) -> CheckReport:
    """Every check the registry lists, in registry order (``run_check`` permission)."""
    require(actor, Permission.RUN_CHECK)
    registry = features.REGISTRY
    registry.import_models()  # the tables of every feature, for the checks that read them
    report = CheckReport()
    for feature, check in registry.checks():
        # A check that does not apply here (SQLite's own, on PostgreSQL) returns False.
        if registry.resolve(check.function)(ctx, report) is not False:
            report.checks.append(check.name)
            report.features[check.name] = feature.name
    return report


# --- the kernel's checks (named in the registry's "core" entry) -------------------------


def check_sqlite_integrity(ctx: AppContext, report: CheckReport) -> bool:
    with ctx.read() as session:
        if session.get_bind().dialect.name != "sqlite":
            return False
        _sqlite_integrity(session, report)
    return True


def check_audit_chain(ctx: AppContext, report: CheckReport) -> None:
    with ctx.read() as session:
        _check_chain(session, report)


def check_audited_state(ctx: AppContext, report: CheckReport) -> None:
    with ctx.read() as session:
        for _feature, entity in features.REGISTRY.entities():
            if entity.loader is not None:
                _check_entity(session, entity, report)


def _sqlite_integrity(session: Session, report: CheckReport) -> None:
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    if rows != ["ok"]:
        report.problems.append(Problem("sqlite_integrity", {"detail": "; ".join(rows[:5])}))
    for row in session.execute(text("PRAGMA foreign_key_check")):
        report.problems.append(
            Problem("foreign_key", {"table": row[0], "rowid": row[1], "parent": row[2]})
        )


def _check_chain(session: Session, report: CheckReport) -> None:
    prev_hash = audit.GENESIS_HASH
    expected_id = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        if entry.id != expected_id:
            report.problems.append(
                Problem("audit_entry_missing", {"from": expected_id, "to": entry.id - 1})
            )
        elif entry.prev_hash != prev_hash:
            report.problems.append(Problem("audit_chain_broken", {"id": entry.id}))
        recomputed = audit.entry_hash(
            entry_id=entry.id,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            before=entry.before,
            after=entry.after,
            prev_hash=entry.prev_hash,
        )
        if recomputed != entry.hash:
            report.problems.append(Problem("audit_entry_edited", {"id": entry.id}))
        prev_hash = entry.hash
        expected_id = entry.id + 1
    highest = _highest_id_ever(session)
    if highest is not None and highest >= expected_id:
        report.problems.append(Problem("audit_entry_missing", {"from": expected_id, "to": highest}))


def _highest_id_ever(session: Session) -> int | None:
    """The largest audit id ever handed out, from the database's own counter."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        value = session.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
        ).scalar()
        return int(value) if value is not None else None
    return None  # ids are assigned by the chain itself on other databases


CHUNK = 2000


def _last_after(session: Session, entity: str, ids: list[str]) -> dict[str, str | None]:
    """The ``after`` of the last audit entry of each of ``ids``."""
    last_ids = (
        select(func.max(AuditEntry.id))
        .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
        .group_by(AuditEntry.entity_id)
    )
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.after).where(AuditEntry.id.in_(last_ids))
    )
    return {row.entity_id: row.after for row in rows}


def _audited_live_ids(session: Session, entity: str) -> set[str]:
    """Ids whose last audit entry says the record exists (its ``after`` is set)."""
    last_ids = (
        select(func.max(AuditEntry.id))
        .where(AuditEntry.entity == entity)
        .group_by(AuditEntry.entity_id)
    )
    return set(
        session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.id.in_(last_ids), AuditEntry.after.is_not(None)
            )
        )
    )


def _check_entity(session: Session, kind: Entity, report: CheckReport) -> None:
    """Compare every row with its last audit entry, in chunks, so memory stays bounded
    however large the register grows."""
    assert kind.loader is not None
    load_all = features.REGISTRY.resolve(kind.loader)
    matched = 0
    rows = iter(load_all(session))
    while chunk := list(islice(rows, CHUNK)):
        recorded = _last_after(session, kind.name, [entity_id for entity_id, _ in chunk])
        for entity_id, snapshot in chunk:
            if entity_id not in recorded:
                report.problems.append(
                    Problem("record_not_audited", {"entity": kind.name, "id": entity_id})
                )
                continue
            matched += 1
            after = recorded[entity_id]
            if after is None or json.loads(after) != json.loads(audit.canonical_json(snapshot)):
                report.problems.append(
                    Problem("record_changed_outside", {"entity": kind.name, "id": entity_id})
                )
    audited_live = session.scalar(
        select(func.count()).select_from(
            select(AuditEntry.entity_id)
            .where(
                AuditEntry.id.in_(
                    select(func.max(AuditEntry.id))
                    .where(AuditEntry.entity == kind.name)
                    .group_by(AuditEntry.entity_id)
                ),
                AuditEntry.after.is_not(None),
            )
            .subquery()
        )
    )
    if (audited_live or 0) > matched:
        # Rare: only then pay for naming the rows that were removed behind our back.
        present = {entity_id for entity_id, _ in load_all(session)}
        for entity_id in sorted(_audited_live_ids(session, kind.name) - present):
            report.problems.append(
                Problem("record_removed_outside", {"entity": kind.name, "id": entity_id})
            )
