"""Restoring an archive into a data folder, or into a database server.

Nothing is written until the whole archive has been judged good (``_archive.verify``:
unsafe entries, entries not in the manifest, a hash that does not match, a schema newer
than this version, a damaged database all refuse it). Then the files go into a staging
folder beside the target, which is renamed into place; a target that is not empty is
refused unless ``replace``, which first backs up what is there (into its own ``backups``
folder, which the restored folder keeps, with the older archives and the logs). The restore
is recorded in the restored database's audit log.
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from secretariat.kernel import audit, keys
from secretariat.kernel.config import DATABASE_FILE
from secretariat.kernel.context import SYSTEM_USER, CurrentUser, open_context
from secretariat.kernel.errors import Conflict
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.progress import Progress, ProgressFn
from secretariat.operations import _archive as archive
from secretariat.operations import _contents as contents
from secretariat.operations import _snapshot
from secretariat.operations._backups import archive_name, record_verdict
from secretariat.operations._dto import (
    OperationRefused,
    RestoreResult,
    Verification,
)

KEPT_ON_REPLACE = ("backups", "logs")


def judged(path: Path, progress: ProgressFn | None, keep_database: Path | None = None
           ) -> dict[str, Any]:
    """The archive's manifest, or OperationRefused with the first fault found."""
    verdict: Verification = archive.verify(path, progress, keep_database=keep_database)
    if not verdict.ok:
        raise OperationRefused(verdict.code, **verdict.params)
    assert verdict.manifest is not None
    return verdict.manifest


def _is_empty(folder: Path) -> bool:
    """Nothing in it, or only a database nobody has used yet (what the first-run wizard
    opens before anything is set up: no user, no audit entry) and its logs."""
    names = {p.name for p in folder.iterdir()}
    if not names:
        return True
    allowed = {DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", "logs", "backups"}
    if not names <= allowed or DATABASE_FILE not in names:
        return False
    if (folder / "backups").is_dir() and any((folder / "backups").iterdir()):
        return False
    try:
        conn = sqlite3.connect(f"file:{folder / DATABASE_FILE}?mode=ro", uri=True)
        try:
            used = sum(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("users", "audit_log"))
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return int(used) == 0


def restore_to_folder(source: Path, target: Path, replace: bool = False,
                      actor: CurrentUser = SYSTEM_USER, progress: ProgressFn | None = None
                      ) -> RestoreResult:
    if target.exists() and not target.is_dir():
        raise OperationRefused("restore_target_is_file", path=str(target))
    occupied = target.is_dir() and not _is_empty(target)
    if occupied and not replace:
        raise OperationRefused("restore_target_not_empty", path=str(target))
    manifest = judged(source, progress)
    key_files = _key_files(source, manifest)  # refused here if they clash with ours
    target.parent.mkdir(parents=True, exist_ok=True)
    # Made with the usual permissions (mkdtemp's would leave the data folder private to root).
    staging = target.parent / f".restoring-{target.name}-{secrets.token_hex(4)}"
    staging.mkdir()
    previous = None
    try:
        _extract(source, staging, manifest, progress)
        if occupied:
            previous = _back_up_what_is_there(target)
            for name in KEPT_ON_REPLACE:
                if (target / name).is_dir():
                    shutil.move(str(target / name), str(staging / name))
            aside = target.with_name(f".replaced-{target.name}-{now_utc():%Y%m%d%H%M%S}")
            target.rename(aside)
            staging.rename(target)
            shutil.rmtree(aside, ignore_errors=True)
            previous = target / "backups" / previous.name
        else:
            if target.exists():
                for name in KEPT_ON_REPLACE:  # the unused database's logs stay
                    if (target / name).is_dir():
                        shutil.move(str(target / name), str(staging / name))
                shutil.rmtree(target)
            staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _take_keys(key_files)
    if previous is not None:
        # The archive of what was replaced is judged like any other (a database that no
        # longer opened is kept in it byte for byte, and says so: it does not verify).
        verdict = archive.verify(previous)
        record_verdict(previous, verdict.ok, verdict.code)
    _record_restore(target, None, source, manifest, actor)
    return RestoreResult(str(target), _created(manifest), dict(manifest.get("counts") or {}),
                         previous)


def _created(manifest: dict[str, Any]) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(str(manifest["created"]))


def _extract(source: Path, staging: Path, manifest: dict[str, Any],
             progress: ProgressFn | None) -> None:
    """Every listed entry into its place under ``staging``, hashed again on the way (the
    archive could change between the verdict and now)."""
    listed: dict[str, Any] = manifest["files"]
    total = sum(int(meta.get("size", 0)) for meta in listed.values())
    done = 0
    with zipfile.ZipFile(source) as zf:
        for entry, meta in listed.items():
            place = contents.restored_path(entry)
            if place is None:
                raise OperationRefused("archive_unsafe_entry", entry=entry, why="place")
            if place.parts[0] == contents.KEYS:
                continue  # into the key store, not the folder (take_keys)
            dest = staging.joinpath(*place.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with zf.open(entry) as src, dest.open("wb") as out:
                while chunk := src.read(archive.CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(Progress("restore", done, total, entry))
            if digest.hexdigest() != meta.get("sha256"):
                raise OperationRefused("archive_hash_mismatch", entry=entry)


def _back_up_what_is_there(target: Path) -> Path:
    """An archive of the folder about to be replaced, written into its ``backups`` folder.
    A database that still opens is snapshotted properly; one that does not (the reason for
    restoring, often) is kept byte for byte."""
    folder = target / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / archive_name("pre-restore", now_utc())
    database = target / DATABASE_FILE
    with tempfile.TemporaryDirectory(prefix=".snapshot-", dir=folder) as tmp:
        copy = Path(tmp) / "secretariat.sqlite"
        counts: dict[str, int] = {}
        revision = None
        if database.is_file():
            try:
                _snapshot._sqlite_backup(database, copy, None, None)
                counts = _snapshot.counts_of(copy)
                revision = _snapshot.revision_of(copy)
            except sqlite3.Error:
                shutil.copyfile(database, copy)  # damaged: keep it as it is
        else:
            sqlite3.connect(copy).close()
        manifest = {
            "format": archive.FORMAT, "format_version": archive.FORMAT_VERSION,
            "app_version": "", "schema_revision": revision or "", "created": now_utc().isoformat(),
            "kind": "pre-restore", "made_by": "", "counts": counts,
            "source": {"engine": "sqlite", "database": str(database)},
            "audit": {}, "keys": {},
        }
        entries = [contents.Entry(contents.DB_ENTRY, copy), *contents.data_files(target)]
        settings = contents.portable_settings(target)
        extra = {contents.SETTINGS_ENTRY: settings} if settings is not None else {}
        identity = _snapshot.identity_of(copy) if counts else None
        key_file, _travelling, _staying = contents.travelling_keys(identity)
        if key_file is not None and identity is not None:
            extra[contents.key_entry(identity)] = key_file
        archive.write_archive(out, manifest, entries, extra)
    return out


def _record_restore(target: Path | None, url: str | None, source: Path,
                    manifest: dict[str, Any], actor: CurrentUser) -> None:
    """The restored database's audit log says where it came from (opening it also brings an
    older schema up to date)."""
    ctx = open_context(target if target is not None else Path(tempfile.gettempdir()), url)
    try:
        with ctx.write() as session:
            audit.record(session, actor, "restore", "database", source.name, None, {
                "archive": source.name, "created": manifest.get("created"),
                "app_version": manifest.get("app_version"),
                "counts": manifest.get("counts"),
            })
    finally:
        ctx.close()


def restore_to_server(source: Path, url: str, data_dir: Path, replace: bool = False,
                      actor: CurrentUser = SYSTEM_USER, progress: ProgressFn | None = None
                      ) -> RestoreResult:
    """The archive's database into the server at ``url`` (empty, unless ``replace``: what
    is there is backed up into ``data_dir``'s backups first), its files into ``data_dir``
    (files already there are left: attachments are named by their content)."""
    from secretariat.operations import _move
    from secretariat.operations._backups import write_backup

    with tempfile.TemporaryDirectory(prefix=".restoring-", dir=data_dir) as tmp:
        database = Path(tmp) / "secretariat.sqlite"
        manifest = judged(source, progress, keep_database=database)
        key_files = _key_files(source, manifest)
        previous = None
        if not _move.probe(url)["empty"]:
            if not replace:
                raise OperationRefused("restore_target_not_empty", path=_move.shown(url))
            ctx = open_context(data_dir, url)
            try:
                previous = write_backup(ctx, actor.username,
                                        data_dir / "backups" / archive_name("pre-restore",
                                                                            now_utc()),
                                        "pre-restore").path
            finally:
                ctx.close()
            _move.empty_server_database(url)
        snapshot = _snapshot.plain_sqlite_engine(database)
        try:
            from secretariat.kernel.db import migrate

            migrate.upgrade_to_head(snapshot, Path(tmp))  # an older archive's schema
            _move.copy_database(snapshot, url, data_dir, actor, {
                "archive": source.name, "created": manifest.get("created"),
                "app_version": manifest.get("app_version")}, progress, action="restore")
        finally:
            snapshot.dispose()
        _add_missing_files(source, data_dir, manifest)
        _take_keys(key_files)
    return RestoreResult(_move.shown(url), _created(manifest),
                         dict(manifest.get("counts") or {}), previous)


def _add_missing_files(source: Path, data_dir: Path, manifest: dict[str, Any]) -> None:
    with zipfile.ZipFile(source) as zf:
        for entry in manifest["files"]:
            place = contents.restored_path(entry)
            if place is None or entry in (contents.DB_ENTRY, contents.SETTINGS_ENTRY) or (
                    place.parts[0] == contents.KEYS):
                continue
            dest = data_dir.joinpath(*place.parts)
            if dest.exists():
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            partial = dest.with_name(dest.name + ".partial")
            with zf.open(entry) as src, partial.open("wb") as out:
                shutil.copyfileobj(src, out, archive.CHUNK)
            partial.replace(dest)


def _key_files(source: Path, manifest: dict[str, Any]) -> list[keys.KeyFile]:
    """The archive's key files, checked against this workstation's key store: a secret held
    here with another value refuses the restore (a key is never silently replaced)."""
    found = []
    store = keys.KeyStore()
    with zipfile.ZipFile(source) as zf:
        for entry in manifest["files"]:
            if not entry.startswith(contents.KEYS + "/"):
                continue
            parsed = keys.KeyFile.parse(zf.read(entry), entry)
            held = store.load(parsed.database_id)
            for name, value in parsed.secrets.items():
                if name in held and held[name] != value:
                    raise Conflict("key_differs", name=name)
            found.append(parsed)
    return found


def _take_keys(found: list[keys.KeyFile]) -> None:
    store = keys.KeyStore()
    for key_file in found:
        for name, value in key_file.secrets.items():
            store.put(key_file.database_id, name, value)
