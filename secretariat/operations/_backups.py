"""Making backups, listing them, and what the status bar says about them.

A backup is written into ``<data>/backups`` (or where asked), verified at once (the archive
read back whole, its database opened read-only and checked), and only then counted: its
verdict is kept beside it (``<archive>.verified.json``). Automatic backups (daily while the
app runs, and when it closes if anything changed) are also copied to the second folder when
one is set, and thinned by the retention rule. A failed automatic backup leaves
``backups/last-failure.json`` until one succeeds, so the app can keep saying so.
"""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

import secretariat
from secretariat.kernel.config import LocalSettings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import now_utc, tehran_date, today_tehran
from secretariat.kernel.models import AuditEntry
from secretariat.kernel.progress import Cancelled, ProgressFn, StopFn
from secretariat.operations import _archive as archive
from secretariat.operations import _contents as contents
from secretariat.operations import _retention as retention
from secretariat.operations import _snapshot
from secretariat.operations._dto import (
    BackupFailure,
    BackupInfo,
    BackupMade,
    BackupStatus,
    OperationRefused,
)

OVERDUE_DAYS = 7
AUTOMATIC = ("daily", "close")
SIDECAR = ".verified.json"
FAILURE_FILE = "last-failure.json"


def archive_name(kind: str, when: datetime) -> str:
    local = when.astimezone(_tehran())
    return f"secretariat-{kind}-{local:%Y%m%d-%H%M%S}.zip"


def _tehran() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Tehran")


# SQLite does not always say «full»: a write that fails on a full disk can come back as
# "disk I/O error". Then the folder's free space decides (below this, no snapshot fits).
NEARLY_FULL = 64 * 1024 * 1024


def _disk_full(exc: BaseException, folder: Path) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    if not isinstance(exc, sqlite3.Error):
        return False
    if "full" in str(exc):
        return True
    try:
        return "I/O error" in str(exc) and shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def _free_name(folder: Path, kind: str) -> Path:
    now = now_utc()
    path = folder / archive_name(kind, now)
    serial = 1
    while path.exists():
        serial += 1
        path = folder / archive_name(kind, now).replace(".zip", f"-{serial}.zip")
    return path


# --- one backup -----------------------------------------------------------------------------

def write_backup(ctx: AppContext, made_by: str, out: Path, kind: str,
                 progress: ProgressFn | None = None, should_stop: StopFn | None = None
                 ) -> BackupInfo:
    """Snapshot, archive, verify; the archive at ``out`` is good or it is not there."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=out.parent) as tmp:
            database = Path(tmp) / "secretariat.sqlite"
            counts = _snapshot.snapshot(ctx.engine, database, progress, should_stop)
            last_id, last_hash = _snapshot.last_audit(database)
            identity = _snapshot.identity_of(database)
            key_file, travelling, staying = contents.travelling_keys(identity)
            manifest: dict[str, Any] = {
                "format": archive.FORMAT,
                "format_version": archive.FORMAT_VERSION,
                "app_version": secretariat.__version__,
                "schema_revision": _snapshot.revision_of(database),
                "created": now_utc().isoformat(),
                "kind": kind,
                "made_by": made_by,
                "source": {"engine": ctx.engine.dialect.name, "database": ctx.database_label},
                "counts": counts,
                "audit": {"last_id": last_id, "last_hash": last_hash},
                "database_id": identity,
                "keys": {
                    "included": travelling,
                    "left_out": staying,
                    "policy": [{"pattern": r.pattern, "travels": r.travels, "why": r.why}
                               for r in contents.KEY_POLICY],
                },
            }
            extra = {}
            settings = contents.portable_settings(ctx.data_dir)
            if settings is not None:
                extra[contents.SETTINGS_ENTRY] = settings
            if key_file is not None and identity is not None:
                extra[contents.key_entry(identity)] = key_file
            entries = [contents.Entry(contents.DB_ENTRY, database),
                       *contents.data_files(ctx.data_dir)]
            archive.write_archive(out, manifest, entries, extra, progress, should_stop)
    except (Cancelled, OperationRefused):
        raise
    except (OSError, sqlite3.Error) as exc:
        out.unlink(missing_ok=True)
        if _disk_full(exc, out.parent):
            raise OperationRefused("backup_disk_full", path=str(out)) from exc
        raise OperationRefused("backup_write_failed", path=str(out), detail=str(exc)) from exc
    verdict = archive.verify(out, progress, should_stop)
    if not verdict.ok:
        out.unlink(missing_ok=True)
        from secretariat.kernel.messages import message_template

        reason = (message_template(verdict.code) or verdict.code).format(**verdict.params)
        raise OperationRefused("backup_verify_failed", reason=reason)
    record_verdict(out, True)
    return info_of(out)


def record_verdict(path: Path, ok: bool, reason: str = "") -> None:
    sidecar = path.with_name(path.name + SIDECAR)
    data = {"ok": ok, "at": now_utc().isoformat(), "reason": reason,
            "size": path.stat().st_size if path.exists() else 0}
    tmp = sidecar.with_name(sidecar.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(sidecar)
    except OSError:
        tmp.unlink(missing_ok=True)  # the verdict is kept when it can be; the archive stands


def info_of(path: Path) -> BackupInfo:
    manifest = archive.manifest_of(path) or {}
    verdict: dict[str, Any] = {}
    sidecar = path.with_name(path.name + SIDECAR)
    if sidecar.is_file():
        try:
            verdict = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            verdict = {}
    size = path.stat().st_size
    # A verdict for a file of another size is about another file.
    ok = verdict.get("ok") if verdict.get("size") == size else None
    at = verdict.get("at")
    created = manifest.get("created")
    return BackupInfo(
        path=path,
        created=datetime.fromisoformat(created) if created else datetime.fromtimestamp(
            path.stat().st_mtime).astimezone(),
        kind=str(manifest.get("kind", "")),
        size=size,
        counts=dict(manifest.get("counts") or {}),
        app_version=str(manifest.get("app_version", "")),
        schema_revision=str(manifest.get("schema_revision", "")),
        source=str((manifest.get("source") or {}).get("database", "")),
        verified=ok if manifest else False,
        verified_at=datetime.fromisoformat(at) if at and ok is not None else None,
        reason=str(verdict.get("reason", "")) if manifest else "not an archive",
        keys=dict(manifest.get("keys") or {}),
    )


# --- the folders --------------------------------------------------------------------------

def second_folder(data_dir: Path) -> Path | None:
    folder = LocalSettings.load(data_dir).backup_folder
    return Path(folder) if folder else None


def folders(data_dir: Path) -> list[Path]:
    extra = second_folder(data_dir)
    return [data_dir / "backups", *([extra] if extra is not None else [])]


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every archive in the backup folders, newest first."""
    found: list[BackupInfo] = []
    for folder in folders(data_dir):
        try:
            paths = sorted(folder.glob("*.zip"))
        except OSError:
            continue  # an unplugged USB drive
        for path in paths:
            try:
                found.append(info_of(path))
            except OSError:
                continue
    return sorted(found, key=lambda b: b.created, reverse=True)


def latest_good(data_dir: Path) -> BackupInfo | None:
    return next((b for b in list_backups(data_dir) if b.verified), None)


def status(data_dir: Path) -> BackupStatus:
    good = latest_good(data_dir)
    age = (today_tehran() - tehran_date(good.created)).days if good else None
    return BackupStatus(good, age, age is None or age > OVERDUE_DAYS, last_failure(data_dir))


def last_failure(data_dir: Path) -> BackupFailure | None:
    path = data_dir / "backups" / FAILURE_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return BackupFailure(datetime.fromisoformat(raw["at"]), str(raw["code"]),
                             dict(raw.get("params") or {}))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _note_failure(data_dir: Path, code: str, params: dict[str, Any]) -> None:
    path = data_dir / "backups" / FAILURE_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"at": now_utc().isoformat(), "code": code,
                                    "params": params}, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # the disk that failed the backup may refuse this too; the error is raised anyway


def _clear_failure(data_dir: Path) -> None:
    (data_dir / "backups" / FAILURE_FILE).unlink(missing_ok=True)


def copy_to_folder(source: Path, folder: Path) -> Path:
    """A copy of a verified archive in another folder (through a .partial file, checked
    against the original's size), with the verdict beside it."""
    if not folder.is_dir():
        raise OperationRefused("second_folder_failed", folder=str(folder),
                               detail="پوشه در دسترس نیست (دیسک جدا شده؟)")
    target = folder / source.name
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        if partial.stat().st_size != source.stat().st_size:
            raise OSError("the copy is shorter than the archive")
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OperationRefused("second_folder_failed", folder=str(folder),
                               detail=str(exc)) from exc
    record_verdict(target, True)
    return target


def thin_out(folder: Path) -> list[Path]:
    """Remove the automatic backups retention does not keep; returns what was removed."""
    automatic = [b for b in (info_of(p) for p in sorted(folder.glob("*.zip")))
                 if b.kind in AUTOMATIC]
    keep = {b.path for b in retention.to_keep(automatic, lambda b: b.created)}
    removed = []
    for b in automatic:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            b.path.with_name(b.path.name + SIDECAR).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


# --- automatic backups ----------------------------------------------------------------------

def changed_since(ctx: AppContext, backup: BackupInfo | None) -> bool:
    """Has anything been recorded since ``backup`` (every change is audited)?"""
    if backup is None:
        return True
    manifest = archive.manifest_of(backup.path) or {}
    recorded = manifest.get("audit") or {}
    with ctx.read() as session:
        row = session.execute(select(AuditEntry.id, AuditEntry.mac)
                              .order_by(AuditEntry.id.desc()).limit(1)).first()
    current = (row.id, bytes(row.mac or b"").hex()) if row else (0, "")
    return current != (recorded.get("last_id"), recorded.get("last_hash"))


def daily_due(ctx: AppContext) -> bool:
    """No good backup yet today (Tehran)."""
    good = latest_good(ctx.data_dir)
    return good is None or tehran_date(good.created) < today_tehran()


def automatic_backup(ctx: AppContext, actor: CurrentUser, kind: str,
                     progress: ProgressFn | None = None, should_stop: StopFn | None = None
                     ) -> BackupInfo | None:
    """The daily backup (when none was made today) or the one at closing (when anything
    changed since the last good one); None when there was nothing to do. A failure is noted
    (``last_failure``) and raised; cancelling is not a failure."""
    if kind == "daily" and not daily_due(ctx):
        return None
    if kind == "close" and not changed_since(ctx, latest_good(ctx.data_dir)):
        return None
    try:
        made = write_backup(ctx, actor.username, _free_name(ctx.backups_dir, kind), kind,
                            progress, should_stop)
        thin_out(ctx.backups_dir)
        extra = second_folder(ctx.data_dir)
        if extra is not None:
            copy_to_folder(made.path, extra)
            thin_out(extra)
    except OperationRefused as exc:
        _note_failure(ctx.data_dir, exc.code, exc.params)
        ctx.events.publish([BackupMade("", False)])
        raise
    _clear_failure(ctx.data_dir)
    ctx.events.publish([BackupMade(str(made.path), True)])
    return made


def manual_backup(ctx: AppContext, actor: CurrentUser, out: Path | None,
                  progress: ProgressFn | None = None, should_stop: StopFn | None = None
                  ) -> BackupInfo:
    """A backup asked for by a person: to ``out``, or into the backups folder (and the
    second folder, when set)."""
    target = out if out is not None else _free_name(ctx.backups_dir, "manual")
    made = write_backup(ctx, actor.username, target, "manual", progress, should_stop)
    if out is None:
        _clear_failure(ctx.data_dir)
        extra = second_folder(ctx.data_dir)
        if extra is not None:
            copy_to_folder(made.path, extra)
    ctx.events.publish([BackupMade(str(made.path), True)])
    return made
