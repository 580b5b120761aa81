"""Secrets kept outside the database: one key file per database in the user's config folder.

Whoever holds only the database file must not be able to forge what the application vouches
for (the audit chain's HMAC key; later the QR codes' Ed25519 signing key), so those secrets
never go into the database. Each lives in a small JSON file in this user's config folder
(``~/.config/Secretariat/keys/<database id>.json``; ``%APPDATA%\\Secretariat\\keys`` on
Windows; ``SECRETARIAT_KEYS_DIR`` overrides the folder), owner-only on POSIX (file 0600,
folder 0700; the Windows per-user folder is private already). The file is named by the
database's id (the ``database_identity`` row), so one workstation can hold the keys of
several databases and a copied or restored database finds its own key.

A file holds named secrets (``AUDIT_KEY``, and whatever a feature stores with ``put``), so
one export moves them all: every workstation of a PostgreSQL office needs the same file; an
admin exports it on one (``secretariat keys export``) and imports it on the others
(``secretariat keys import``).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import platformdirs
from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel.errors import Conflict, DatabaseError, SecretariatError, ValidationError
from secretariat.kernel.models import DatabaseIdentity
from secretariat.kernel.paths import APP_NAME

KEYS_DIR_ENV = "SECRETARIAT_KEYS_DIR"
FILE_FORMAT = "secretariat-keys/1"
AUDIT_KEY = "audit-hmac"  # the audit chain's HMAC-SHA-256 key (32 random bytes)
KEY_BYTES = 32
MAX_FILE_BYTES = 1 << 20  # a key file is a few hundred bytes; refuse anything absurd


class KeyMissing(SecretariatError):
    """This workstation does not hold ``name`` of database ``database_id``."""

    code = "key_missing"


def keys_dir() -> Path:
    """Where this user's key files live (``SECRETARIAT_KEYS_DIR`` overrides)."""
    override = os.environ.get(KEYS_DIR_ENV)
    if override:
        return Path(override).expanduser()
    # roaming=True: on Windows the local config folder IS the default data folder, and the
    # key must not travel with a copy of the data folder (%APPDATA% vs %LOCALAPPDATA%).
    config = platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)
    return Path(config) / "keys"


def new_database_id() -> str:
    return secrets.token_hex(16)


def new_secret() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def database_id(session: Session) -> str:
    """The id of the database this session is connected to (made by the migration)."""
    found = session.scalar(select(DatabaseIdentity.id).limit(1))
    if found is None:
        # The message names the database ({path}); the detail stays for the log.
        where = session.get_bind().engine.url.render_as_string(hide_password=True)
        raise DatabaseError("database_error", path=where, detail="database_identity row missing")
    return str(found)


@dataclass(frozen=True)
class KeyFile:
    database_id: str
    secrets: Mapping[str, bytes]

    def to_bytes(self) -> bytes:
        payload = {
            "format": FILE_FORMAT,
            "database_id": self.database_id,
            "secrets": {name: base64.b64encode(value).decode("ascii")
                        for name, value in sorted(self.secrets.items())},
        }
        return (json.dumps(payload, indent=2) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, data: bytes, source: str) -> KeyFile:
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FILE_FORMAT:
                raise ValueError("not a key file")
            db_id = raw["database_id"]
            found = raw["secrets"]
            if not isinstance(db_id, str) or not isinstance(found, dict):
                raise ValueError("bad fields")
            values = {str(name): base64.b64decode(value, validate=True)
                      for name, value in found.items()}
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ValidationError("keys_file", "keys_file_invalid", path=source) from exc
        return cls(db_id, values)


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def write_private(path: Path, data: bytes, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` readable by its owner only, atomically (a crash leaves the
    old file or the new one). ``exclusive`` refuses an existing file."""
    if exclusive and path.exists():
        raise Conflict("file_exists", path=str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class KeyStore:
    """The key files of one folder (default: this user's ``keys_dir()``)."""

    # (path) -> (mtime_ns, size, secrets): an audit entry asks for its key every time.
    _cache: ClassVar[dict[Path, tuple[int, int, dict[str, bytes]]]] = {}

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else keys_dir()

    def path_for(self, db_id: str) -> Path:
        if not db_id.isalnum():
            raise ValueError(f"not a database id: {db_id!r}")
        return self.folder / f"{db_id}.json"

    def load(self, db_id: str) -> dict[str, bytes]:
        """Every secret this workstation holds for the database (empty if none)."""
        path = self.path_for(db_id)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return {}
        cached = self._cache.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return dict(cached[2])
        data = path.read_bytes()
        parsed = KeyFile.parse(data, str(path))
        if parsed.database_id != db_id:
            raise ValidationError("keys_file", "keys_file_invalid", path=str(path))
        values = dict(parsed.secrets)
        self._cache[path] = (stat.st_mtime_ns, stat.st_size, values)
        return dict(values)

    def get(self, db_id: str, name: str) -> bytes | None:
        return self.load(db_id).get(name)

    def require(self, db_id: str, name: str) -> bytes:
        value = self.get(db_id, name)
        if value is None:
            raise KeyMissing(database_id=db_id, name=name, folder=str(self.folder))
        return value

    def put(self, db_id: str, name: str, value: bytes, replace: bool = False) -> None:
        """Store one named secret beside the others of the database. An existing, different
        value is kept (Conflict) unless ``replace``: a lost key cannot be remade."""
        held = self.load(db_id)
        if held.get(name) == value:
            return
        if name in held and not replace:
            raise Conflict("key_differs", name=name)
        held[name] = value
        self._save(KeyFile(db_id, held))

    def ensure(self, db_id: str, name: str, make: Callable[[], bytes] = new_secret) -> bytes:
        """The secret ``name``, made and stored first if this workstation has none."""
        value = self.get(db_id, name)
        if value is None:
            value = make()
            self.put(db_id, name, value)
        return value

    def export(self, db_id: str, out: Path) -> tuple[str, ...]:
        """Write every secret of the database to ``out`` (owner-only; refuses an existing
        file); returns the names written."""
        held = self.load(db_id)
        if not held:
            raise KeyMissing(database_id=db_id, name=AUDIT_KEY, folder=str(self.folder))
        write_private(out, KeyFile(db_id, held).to_bytes(), exclusive=True)
        return tuple(sorted(held))

    def import_file(self, source: Path, db_id: str, replace: bool = False) -> tuple[str, ...]:
        """Add the secrets of an exported file to this workstation's store. The file must be
        the export of this very database; a secret held here with another value is refused
        (nothing changes) unless ``replace``. Returns the names imported."""
        try:
            with source.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ValidationError("keys_file", "file_unreadable", detail=exc.strerror or str(exc)
                                  ) from exc
        if len(data) > MAX_FILE_BYTES:
            raise ValidationError("keys_file", "keys_file_invalid", path=str(source))
        parsed = KeyFile.parse(data, str(source))
        if parsed.database_id != db_id:
            raise ValidationError("keys_file", "keys_other_database",
                                  file_id=parsed.database_id, database_id=db_id)
        held = self.load(db_id)
        differing = sorted(n for n, v in parsed.secrets.items() if n in held and held[n] != v)
        if differing and not replace:
            raise Conflict("key_differs", name=", ".join(differing))
        held.update(parsed.secrets)
        self._save(KeyFile(db_id, held))
        return tuple(sorted(parsed.secrets))

    def is_private(self, db_id: str) -> bool:
        """False when the key file (or its folder) can be read by other local accounts."""
        if os.name != "posix":
            return True
        path = self.path_for(db_id)
        try:
            modes = (path.stat().st_mode, self.folder.stat().st_mode)
        except FileNotFoundError:
            return True
        return not (modes[0] & 0o077 or modes[1] & 0o077)

    # --- anchors: the last audit entry a check verified here (not secret, but kept off the
    # database for the same reason: entries removed from the end of the log are noticed).

    def _anchors_path(self, db_id: str) -> Path:
        return self.path_for(db_id).with_suffix(".anchors")

    def _anchors(self, db_id: str) -> dict[str, Any]:
        try:
            raw = json.loads(self._anchors_path(db_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def anchor(self, db_id: str, location: str) -> tuple[int, bytes] | None:
        """(entry id, mac) last verified for the database at ``location`` (a file or URL)."""
        found = self._anchors(db_id).get(location)
        if not isinstance(found, dict):
            return None
        try:
            return int(found["id"]), bytes.fromhex(str(found["mac"]))
        except (TypeError, KeyError, ValueError):
            return None

    def set_anchor(self, db_id: str, location: str, entry_id: int, mac: bytes) -> None:
        anchors = self._anchors(db_id)
        entry = {"id": entry_id, "mac": mac.hex()}
        if anchors.get(location) == entry:
            return
        anchors[location] = entry
        _private_folder(self.folder)
        write_private(self._anchors_path(db_id), json.dumps(anchors, indent=2).encode())

    def _save(self, key_file: KeyFile) -> None:
        _private_folder(self.folder)
        path = self.path_for(key_file.database_id)
        write_private(path, key_file.to_bytes())
        self._cache.pop(path, None)


def session_secret(session: Session, name: str, store: KeyStore | None = None) -> bytes:
    """The secret ``name`` of the database ``session`` is connected to (KeyMissing if this
    workstation does not hold it)."""
    return (store or KeyStore()).require(database_id(session), name)
