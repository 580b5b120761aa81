"""What an archive carries from the data folder, and where each file goes back on restore.

    manifest.json                   app version, schema revision, counts, sha256 of each file
    database/secretariat.sqlite     the snapshot (``_snapshot``)
    settings/settings.json          this workstation's settings, without the database URL
    attachments/ab/abcdef…          every stored file (attachments, documents), by sha256
    files/<path>                    anything else a feature keeps in the data folder (the logo)
    keys/<database id>.json         the secrets that travel (the key policy below), in the
                                    key store's own file format

Left out: the live database files (the snapshot replaces them), ``backups/`` and ``logs/``,
and half-written temporary files.

Secrets are kept outside the database (``kernel.keys``: one file per database in the user's
config folder), so that someone holding only the database file cannot rewrite history. The
audit chain's key travels with the backup, because a restored office must still verify its
audit chain — the archive holds the whole database anyway, so the key adds nothing to what a
thief of the archive can read, and without it the restored chain could never be verified
again. Signing keys (what makes a printed letter verifiably ours) never travel: a stolen
backup must not let anyone sign in the office's name; after a restore on a new machine they
are moved with ``secretariat keys export/import`` or made anew (README, "Backups and the
office server").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from secretariat.kernel import keys
from secretariat.kernel.config import DATABASE_FILE, SETTINGS_FILE

DB_ENTRY = "database/secretariat.sqlite"
SETTINGS_ENTRY = "settings/settings.json"
ATTACHMENTS = "attachments"
FILES = "files"
KEYS = "keys"
MANIFEST = "manifest.json"

# Top-level names of the data folder that are never archived as plain files.
SKIPPED_TOP = {"backups", "logs", KEYS, SETTINGS_FILE, ATTACHMENTS}
SKIPPED_NAMES = ("*.tmp", "*.partial", ".incoming-*", f"{DATABASE_FILE}*", ".restoring-*",
                 "*.lock")


@dataclass(frozen=True)
class KeyRule:
    pattern: str  # a secret's name in the key store
    travels: bool
    why: str


KEY_POLICY: tuple[KeyRule, ...] = (
    KeyRule("audit*", True, "the audit chain's key: a restored office must verify its chain"),
    KeyRule("*sign*", False, "a signing key: a stolen backup must not sign in our name"),
    KeyRule("*", False, "unknown secrets stay on this workstation"),
)


def key_rule(name: str) -> KeyRule:
    return next(rule for rule in KEY_POLICY if fnmatch(name, rule.pattern))


def travelling_keys(database_id: str | None) -> tuple[bytes | None, list[str], list[str]]:
    """(the key file the archive carries, the names in it, the names left out)."""
    if not database_id:
        return None, [], []
    held = keys.KeyStore().load(database_id)
    going = {name: value for name, value in held.items() if key_rule(name).travels}
    staying = sorted(name for name in held if name not in going)
    data = keys.KeyFile(database_id, going).to_bytes() if going else None
    return data, sorted(going), staying


def key_entry(database_id: str) -> str:
    return f"{KEYS}/{database_id}.json"


@dataclass(frozen=True)
class Entry:
    name: str  # the archive entry
    source: Path


def _skipped(path: Path) -> bool:
    return any(fnmatch(path.name, pattern) for pattern in SKIPPED_NAMES)


def data_files(data_dir: Path) -> Iterator[Entry]:
    """Every file of the data folder an archive carries, but the database and settings."""
    attachments = data_dir / ATTACHMENTS
    if attachments.is_dir():
        for path in sorted(attachments.rglob("*")):
            if path.is_file() and not path.is_symlink() and not _skipped(path):
                yield Entry(f"{ATTACHMENTS}/{path.relative_to(attachments).as_posix()}", path)
    for top in sorted(data_dir.iterdir()) if data_dir.is_dir() else ():
        if top.name in SKIPPED_TOP or _skipped(top) or top.is_symlink():
            continue
        candidates = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in candidates:
            if path.is_file() and not path.is_symlink() and not _skipped(path):
                yield Entry(f"{FILES}/{path.relative_to(data_dir).as_posix()}", path)


def portable_settings(data_dir: Path) -> bytes | None:
    """settings.json without the database URL: a restored folder opens its own snapshot, not
    the server the backup was taken from (and a password in the URL stays out)."""
    path = data_dir / SETTINGS_FILE
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    raw.pop("database_url", None)
    return json.dumps(raw, ensure_ascii=False, indent=2).encode("utf-8")


def restored_path(entry: str) -> PurePosixPath | None:
    """Where an archive entry goes in the restored data folder (None: not a file to restore)."""
    parts = PurePosixPath(entry)
    if entry == DB_ENTRY:
        return PurePosixPath(DATABASE_FILE)
    if entry == SETTINGS_ENTRY:
        return PurePosixPath(SETTINGS_FILE)
    if parts.parts[0] in (ATTACHMENTS, KEYS) and len(parts.parts) > 1:
        return parts
    if parts.parts[0] == FILES and len(parts.parts) > 1:
        inner = PurePosixPath(*parts.parts[1:])
        # A plain file never lands on the database, the settings, the keys or the backups.
        if inner.parts[0] in SKIPPED_TOP or any(fnmatch(inner.parts[0], pattern)
                                                for pattern in SKIPPED_NAMES):
            return None
        return inner
    return None
