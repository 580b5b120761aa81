"""``secretariat check``: is the database whole, and was anything changed behind our back?"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from secretariat.db.models import AuditEntry
from secretariat.services import audit
from secretariat.services.context import AppContext

# Importing these registers their audited kinds.
from secretariat.services import accounts as _accounts  # noqa: F401  # isort: skip
from secretariat.services import org_settings as _org_settings  # noqa: F401  # isort: skip


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


def _check_audited_state(session: Session, report: CheckReport) -> None:
    last_ids = (
        select(AuditEntry.entity, AuditEntry.entity_id, func.max(AuditEntry.id).label("last_id"))
        .group_by(AuditEntry.entity, AuditEntry.entity_id)
        .subquery()
    )
    last_after: dict[tuple[str, str], str | None] = {
        (row.entity, row.entity_id): row.after
        for row in session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.after).join(
                last_ids, AuditEntry.id == last_ids.c.last_id
            )
        )
    }
    for kind in audit.audited_kinds():
        seen: set[str] = set()
        for entity_id, snapshot in kind.load_all(session):
            seen.add(entity_id)
            key = (kind.entity, entity_id)
            if key not in last_after:
                report.problems.append(
                    Problem("record_not_audited", {"entity": kind.entity, "id": entity_id})
                )
                continue
            recorded = last_after[key]
            if recorded is None or json.loads(recorded) != json.loads(
                audit.canonical_json(snapshot)
            ):
                report.problems.append(
                    Problem("record_changed_outside", {"entity": kind.entity, "id": entity_id})
                )
        for (entity, entity_id), after in last_after.items():
            if entity == kind.entity and entity_id not in seen and after is not None:
                report.problems.append(
                    Problem("record_removed_outside", {"entity": entity, "id": entity_id})
                )
