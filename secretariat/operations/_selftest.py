"""``secretariat self-test``: a backup of throwaway data restores and checks."""

from __future__ import annotations

from pathlib import Path

from secretariat.kernel import setup
from secretariat.kernel.context import open_context
from secretariat.kernel.integrity import run_check
from secretariat.operations import _backups, _restore


def check_backup_round_trip(workdir: Path) -> str:
    ctx = open_context(workdir / "backup-source", create=True)
    try:
        admin = setup.initialize(ctx, "admin", "self-test-password-1")
        made = _backups.manual_backup(ctx, admin, workdir / "round-trip.zip")
    finally:
        ctx.close()
    _restore.restore_to_folder(made.path, workdir / "backup-restored")
    restored = open_context(workdir / "backup-restored")
    try:
        report = run_check(restored, admin)
    finally:
        restored.close()
    if not report.ok:
        raise RuntimeError(f"the restored copy fails check: {report.problems}")
    return f"archive of {made.size} bytes verified, restored and checked"
