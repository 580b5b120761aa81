"""``secretariat check``: is the database whole, and was anything changed behind our back?

The checks come from the registry: the kernel's entry names the database-wide ones (SQLite
integrity, the audit chain, the audited state of every entity the registry lists: see
``audit_check``), each feature names its own (attachments' files, counters reconciled with
the rows they numbered...). The report says which feature each check belongs to and how
many problems each found.

Speed: SQLite's own ``integrity_check`` reads the whole file in C without holding the GIL,
so it runs on a second thread while the audit chain and the records are verified here.
``quick`` runs only the checks marked ``quick`` and each does its light part (SQLite's
``quick_check``, the audit chain's tail, attachments' sizes): seconds, whatever the size.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import text

from secretariat import features
from secretariat.kernel.check_report import CheckReport, Problem, Progress
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import Permission, require

__all__ = ["CheckReport", "Problem", "problem_details", "run_check"]


def run_check(ctx: AppContext, actor: CurrentUser, quick: bool = False,
              progress: Progress | None = None) -> CheckReport:
    """Every check the registry lists (``quick``: the quick ones), in registry order
    (``run_check`` permission; which records a problem names is for ``check_details``)."""
    require(actor, Permission.RUN_CHECK)
    registry = features.REGISTRY
    registry.import_models()  # the tables of every feature, for the checks that read them
    report = CheckReport(quick=quick, progress=progress)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="check") as pool:
        report.shared["pool"] = pool
        for feature, check in registry.checks():
            if quick and not check.quick:
                continue
            report.current = check.name
            before = len(report.problems)
            # A check that does not apply here (SQLite's own, on PostgreSQL) returns False.
            if registry.resolve(check.function)(ctx, report) is not False:
                report.checks.append(check.name)
                report.features[check.name] = feature.name
                report.counts[check.name] = len(report.problems) - before
        _collect_background(report)
    report.shared.clear()
    return report


def problem_details(report: CheckReport, actor: CurrentUser) -> list[Problem]:
    """Each problem with the records it names (``check_details``: a problem's ids say which
    letters exist, so others see only each check's counts)."""
    require(actor, Permission.CHECK_DETAILS)
    return list(report.problems)


def _collect_background(report: CheckReport) -> None:
    """Wait for the checks that ran on the second thread and add what they found."""
    waiting: dict[str, Future[list[Problem]]] = report.shared.get("background", {})
    for name, future in waiting.items():
        report.current = name
        report.step(0)
        found = future.result()
        report.problems.extend(found)
        report.counts[name] = report.counts.get(name, 0) + len(found)


# --- the kernel's checks (named in the registry's "core" entry) -------------------------


def check_sqlite_integrity(ctx: AppContext, report: CheckReport) -> bool:
    if ctx.engine.dialect.name != "sqlite":
        return False
    pragma = "quick_check" if report.quick else "integrity_check"
    pool: ThreadPoolExecutor = report.shared["pool"]
    report.shared.setdefault("background", {})[report.current] = pool.submit(
        _sqlite_integrity, ctx, pragma)
    return True


def _sqlite_integrity(ctx: AppContext, pragma: str) -> list[Problem]:
    found = []
    with ctx.read() as session:
        rows = [r[0] for r in session.execute(text(f"PRAGMA {pragma}"))]
        if rows != ["ok"]:
            found.append(Problem("sqlite_integrity", {"detail": "; ".join(rows[:5])}))
        for row in session.execute(text("PRAGMA foreign_key_check")):
            found.append(
                Problem("foreign_key", {"table": row[0], "rowid": row[1], "parent": row[2]}))
    return found
