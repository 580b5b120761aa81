"""Files stored once by their content (sha256) under the data folder.

``<data>/attachments/ab/abcdef…``: a file is copied through a temporary file in the same
folder and renamed into place, so a crash never leaves half a file under a hash name, and
the same content stored twice is kept once. Features keep their own link rows (a letter's
attachments, a case's site-visit files, a member's documents) naming a sha256; their
``check`` verifies the files with ``verify``. Backups carry the folder.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from secretariat.kernel.errors import ValidationError, file_problem
from secretariat.kernel.private import private_dir

DOCUMENT_EXTENSIONS = frozenset({
    ".pdf",
    ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf", ".txt",
    ".odt", ".ods", ".odp",
})  # fmt: skip
MAX_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    filename: str  # the name it had, for showing and saving
    media_type: str


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_source(source: Path, allowed: Iterable[str] = DOCUMENT_EXTENSIONS,
                 max_bytes: int = MAX_BYTES, field: str = "file") -> None:
    """Refuse a file before anything is copied: its type, that it is readable, not empty and
    not too large (ValidationError naming the file)."""
    if source.suffix.lower() not in set(allowed):
        raise ValidationError(field, "attachment_type_not_allowed", name=source.name)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError(field, "file_unreadable", name=source.name) from exc
    if not source.is_file():
        raise ValidationError(field, "file_unreadable", name=source.name)
    if size == 0:
        raise ValidationError(field, "attachment_empty", name=source.name)
    if size > max_bytes:
        raise ValidationError(field, "attachment_too_large", name=source.name,
                              max_mb=max_bytes // (1024 * 1024))


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def verify(self, sha256: str) -> bool:
        """The file is there and still has the content it was stored under."""
        path = self.path(sha256)
        return path.is_file() and hash_file(path) == sha256

    def store(self, source: Path, field: str = "file") -> StoredBlob:
        """Copy ``source`` in (hashing as it copies); returns what was stored. Check the
        file first with ``check_source``."""
        digest = hashlib.sha256()
        size = 0
        try:
            private_dir(self.root)  # mkstemp below makes the file itself 0600
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        except OSError as exc:
            raise file_problem(exc, source.name) from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            if self.verify(sha):
                tmp.unlink()  # already stored (deduplicated)
            else:
                private_dir(target.parent)
                os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise file_problem(exc, source.name) from exc
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return StoredBlob(sha, size, source.name, media_type)
