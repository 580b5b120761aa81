"""``secretariat self-test``: can this installation do its job? Headless, throwaway data.

The steps come from the registry: the kernel's (database, FTS5, translations) and each
feature's (printing: fonts and a Persian PDF).
"""

from __future__ import annotations

import sqlite3
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from secretariat import features
from secretariat.kernel import accounts, setup
from secretariat.kernel.context import open_context
from secretariat.kernel.db.engine import has_fts5, make_engine, sqlite_url
from secretariat.kernel.integrity import run_check
from secretariat.kernel.paths import resource_path

QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


def run_self_test() -> Iterator[CheckResult]:
    """Yields one result per check, as it finishes, so callers can print progress."""
    with tempfile.TemporaryDirectory(prefix="secretariat-selftest-") as tmp:
        workdir = Path(tmp)
        checks: list[tuple[str, Callable[[Path], str]]] = [
            (step.name, features.REGISTRY.resolve(step.function))
            for _feature, step in features.REGISTRY.selftests()
        ]
        for name, check in checks:
            try:
                yield CheckResult(name, True, check(workdir))
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
                detail = f"{type(exc).__name__}: {exc}"
                yield CheckResult(name, False, detail + "\n" + traceback.format_exc(limit=3))


def check_database(workdir: Path) -> str:
    ctx = open_context(workdir / "data", create=True)
    try:
        admin = setup.initialize(ctx, "selftest", "self-test-password", "آزمون خودکار")
        accounts.add_user(ctx, admin, "clerk1", "another-password", "clerk", "normal", "دبیر")
        names = [u.username for u in accounts.list_users(ctx, admin)]
        if names != ["clerk1", "selftest"]:
            raise AssertionError(f"read back {names}")
        report = run_check(ctx, admin)
        if not report.ok:
            raise AssertionError(f"check found {report.problems}")
        return f"migrated, wrote and read back {len(names)} users ({ctx.database_label})"
    finally:
        ctx.close()


def check_fts5(workdir: Path) -> str:
    engine = make_engine(sqlite_url(workdir / "fts.sqlite"))
    try:
        if not has_fts5(engine):
            raise AssertionError("this SQLite has no FTS5")
    finally:
        engine.dispose()
    return f"SQLite {sqlite3.sqlite_version} with FTS5"


def check_translations(_workdir: Path) -> str:
    found = []
    for path in sorted(resource_path("translations").glob("*_fa.qm")):
        name = path.name
        data = path.read_bytes()
        if not data.startswith(QM_MAGIC) or len(data) < 64:
            raise AssertionError(f"{name} is not a compiled Qt translation")
        found.append(name)
    return ", ".join(found)
