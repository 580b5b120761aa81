"""``secretariat check``: is the database whole, and was anything changed behind our back?"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretariat.kernel import audit
from secretariat.kernel.context import AppContext
from secretariat.kernel.models import AuditEntry

# Importing these registers their audited kinds.
from secretariat.kernel import accounts as _accounts  # noqa: F401  # isort: skip
from secretariat.kernel import org_settings as _org_settings  # noqa: F401  # isort: skip


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    checks: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# Extra checks other modules add (e.g. attachments' hashes); each appends to the report.
EXTRA_CHECKS: list[tuple[str, Any]] = []


def run_check(ctx: AppContext) -> CheckReport:
    # Registers the letters' audited kinds and the attachment check (imported here:
    # the correspondence package itself imports this module).
    import secretariat.correspondence  # noqa: F401

    report = CheckReport()
    with ctx.read() as session:
        if session.get_bind().dialect.name == "sqlite":
            report.checks.append("sqlite_integrity")
            _sqlite_integrity(session, report)
        report.checks.append("audit_chain")
        _check_chain(session, report)
        report.checks.append("audited_state")
        _check_audited_state(session, report)
    for name, check in EXTRA_CHECKS:
        report.checks.append(name)
        check(ctx, report)
    return report


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


def _check_audited_state(session: Session, report: CheckReport) -> None:
    """Compare every row with its last audit entry, in chunks, so memory stays bounded
    however large the register grows."""
    for kind in audit.audited_kinds():
        matched = 0
        rows = iter(kind.load_all(session))
        while chunk := list(islice(rows, CHUNK)):
            recorded = _last_after(session, kind.entity, [entity_id for entity_id, _ in chunk])
            for entity_id, snapshot in chunk:
                if entity_id not in recorded:
                    report.problems.append(
                        Problem("record_not_audited", {"entity": kind.entity, "id": entity_id})
                    )
                    continue
                matched += 1
                after = recorded[entity_id]
                if after is None or json.loads(after) != json.loads(audit.canonical_json(snapshot)):
                    report.problems.append(
                        Problem("record_changed_outside", {"entity": kind.entity, "id": entity_id})
                    )
        audited_live = session.scalar(
            select(func.count()).select_from(
                select(AuditEntry.entity_id)
                .where(
                    AuditEntry.id.in_(
                        select(func.max(AuditEntry.id))
                        .where(AuditEntry.entity == kind.entity)
                        .group_by(AuditEntry.entity_id)
                    ),
                    AuditEntry.after.is_not(None),
                )
                .subquery()
            )
        )
        if (audited_live or 0) > matched:
            # Rare: only then pay for naming the rows that were removed behind our back.
            present = {entity_id for entity_id, _ in kind.load_all(session)}
            for entity_id in sorted(_audited_live_ids(session, kind.entity) - present):
                report.problems.append(
                    Problem("record_removed_outside", {"entity": kind.entity, "id": entity_id})
                )
