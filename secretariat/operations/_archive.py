"""The backup archive: writing it (hashing as it goes) and judging one (``verify``).

A zip holding the entries ``_contents`` lists and ``manifest.json``: the format, the app
version, the schema revision, when and from what it was made, row counts per table, the key
policy, and the sha256 and size of every other entry. An archive is good when it opens,
holds exactly the entries its manifest lists and nothing unsafe (no absolute path, no
``..``, no symlink, no entry that would land outside its place), every entry hashes to what
the manifest says, its schema is one this version knows, and its database opens read-only,
passes ``PRAGMA integrity_check`` and has the row counts the manifest says.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from secretariat.kernel.db import migrate
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.operations import _contents as contents
from secretariat.operations import _snapshot
from secretariat.operations._dto import (
    Verification,
)

FORMAT = "secretariat-backup"
FORMAT_VERSION = 1
CHUNK = 1024 * 1024


def write_archive(
    out: Path,
    manifest: dict[str, Any],
    entries: Iterable[contents.Entry],
    extra: dict[str, bytes],
    progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
) -> dict[str, Any]:
    """Write the archive at ``out`` (through ``out.partial``, renamed when whole and synced)
    and return the manifest with every entry's sha256 and size."""
    entries = list(entries)
    total = sum(e.source.stat().st_size for e in entries) + sum(len(b) for b in extra.values())
    done = 0
    files: dict[str, dict[str, Any]] = {}
    partial = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1,
                             allowZip64=True) as archive:
            for name, data in extra.items():
                archive.writestr(zipfile.ZipInfo(name, time.localtime()[:6]), data,
                                 compress_type=zipfile.ZIP_DEFLATED)
                files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                done += len(data)
            for entry in entries:
                digest, size = hashlib.sha256(), 0
                info = zipfile.ZipInfo(entry.name, time.localtime(
                    entry.source.stat().st_mtime)[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                with entry.source.open("rb") as src, archive.open(info, "w",
                                                                  force_zip64=True) as dest:
                    while chunk := src.read(CHUNK):
                        if should_stop is not None and should_stop():
                            raise Cancelled()
                        digest.update(chunk)
                        dest.write(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(Progress("files", done, total, entry.name))
                files[entry.name] = {"sha256": digest.hexdigest(), "size": size}
            manifest = {**manifest, "files": files}
            archive.writestr(contents.MANIFEST, json.dumps(manifest, ensure_ascii=False,
                                                           indent=1, sort_keys=True))
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


# --- judging an archive ------------------------------------------------------------------

def _refused(code: str, manifest: dict[str, Any] | None = None, **params: Any) -> Verification:
    return Verification(False, code, params, manifest)


def unsafe_reason(info: zipfile.ZipInfo) -> str | None:
    """Why an entry must never be extracted (None: it is safe to consider)."""
    name = info.filename
    path = PurePosixPath(name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "symlink"
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute path"
    if any(part in ("..", "") for part in path.parts) or name.endswith("/"):
        return "parent folder"
    if name != contents.MANIFEST and contents.restored_path(name) is None:
        return "not a place in a data folder"
    return None


def read_manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any] | Verification:
    try:
        raw = archive.read(contents.MANIFEST)
    except KeyError:
        return _refused("archive_no_manifest", name=name)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return _refused("archive_unreadable", name=name, detail=str(exc))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else "?"
        return _refused("archive_format_unknown", format=str(found))
    if not isinstance(manifest.get("files"), dict):
        return _refused("archive_no_manifest", name=name)
    return manifest


def manifest_of(path: Path) -> dict[str, Any] | None:
    """The manifest alone (``backup list``); None when the file is not a readable archive."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = read_manifest(archive, path.name)
    except (OSError, zipfile.BadZipFile):
        return None
    return found if isinstance(found, dict) else None


def verify(path: Path, progress: ProgressFn | None = None,
           should_stop: StopFn | None = None, keep_database: Path | None = None
           ) -> Verification:
    """Judge the archive at ``path`` (see the module's docstring). With ``keep_database``
    the checked database is left there (restore uses it instead of extracting twice)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _verify_open(archive, path.name, progress, should_stop, keep_database)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        return _refused("archive_unreadable", name=path.name, detail=str(exc))


def _verify_open(archive: zipfile.ZipFile, name: str, progress: ProgressFn | None,
                 should_stop: StopFn | None, keep_database: Path | None) -> Verification:
    found = read_manifest(archive, name)
    if isinstance(found, Verification):
        return found
    manifest = found
    listed: dict[str, Any] = manifest["files"]
    infos = archive.infolist()
    for info in infos:
        why = unsafe_reason(info)
        if why is not None:
            return _refused("archive_unsafe_entry", manifest, entry=info.filename, why=why)
        if info.filename != contents.MANIFEST and info.filename not in listed:
            return _refused("archive_extra_entry", manifest, entry=info.filename)
    present = {info.filename for info in infos}
    for entry in listed:
        if entry not in present:
            return _refused("archive_missing_entry", manifest, entry=entry)
    if contents.DB_ENTRY not in listed:
        return _refused("archive_missing_entry", manifest, entry=contents.DB_ENTRY)
    revision = str(manifest.get("schema_revision", ""))
    if revision not in migrate.known_revisions():
        return _refused("archive_schema_newer", manifest, revision=revision)
    total = sum(int(meta.get("size", 0)) for meta in listed.values())
    done = 0
    with tempfile.TemporaryDirectory(prefix="secretariat-verify-") as tmp:
        database = Path(tmp) / "secretariat.sqlite"
        for entry, meta in listed.items():
            digest, size = hashlib.sha256(), 0
            sink = database.open("wb") if entry == contents.DB_ENTRY else None
            try:
                with archive.open(entry) as src:
                    while chunk := src.read(CHUNK):
                        if should_stop is not None and should_stop():
                            raise Cancelled()
                        digest.update(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if sink is not None:
                            sink.write(chunk)
                        if progress is not None:
                            progress(Progress("verify", done, total, entry))
            finally:
                if sink is not None:
                    sink.close()
            if digest.hexdigest() != meta.get("sha256") or size != meta.get("size"):
                return _refused("archive_hash_mismatch", manifest, entry=entry)
        verdict = _check_database(database, manifest)
        if verdict.ok and keep_database is not None:
            os.replace(database, keep_database)
        return verdict


def _check_database(database: Path, manifest: dict[str, Any]) -> Verification:
    problem = _snapshot.integrity_problem(database)
    if problem is not None:
        return _refused("archive_database_damaged", manifest, detail=problem)
    if _snapshot.revision_of(database) != manifest.get("schema_revision"):
        return _refused("archive_database_damaged", manifest,
                        detail=f"schema {_snapshot.revision_of(database)}")
    try:
        counts = _snapshot.counts_of(database)
    except Exception as exc:  # noqa: BLE001 - any failure to count is a damaged database
        return _refused("archive_database_damaged", manifest, detail=str(exc))
    expected = manifest.get("counts") or {}
    for table, number in expected.items():
        if counts.get(table) != number:
            return _refused("archive_counts_differ", manifest, table=table,
                            found=counts.get(table, 0), expected=number)
    return Verification(True, manifest=manifest)
