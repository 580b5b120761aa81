"""Attachments: files stored once by sha256 under the data folder, rows per letter.

A file is copied into ``<data>/attachments/ab/abcdef...`` through a temporary
file in the same folder and renamed into place, so a crash never leaves half a
file under a hash name; the same content attached twice is stored once.
``secretariat check`` re-hashes every attached file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.correspondence._dto import AttachmentInfo, LetterChanged
from secretariat.correspondence._models import Attachment, Letter
from secretariat.correspondence._records import ensure_not_cancelled, letter_change
from secretariat.correspondence._visibility import get_visible, visible_to
from secretariat.correspondence._vocab import LetterPermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, NotFound, ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import User
from secretariat.kernel.permissions import require

ALLOWED_EXTENSIONS = frozenset({
    ".pdf",
    ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf", ".txt",
    ".odt", ".ods", ".odp",
})
MAX_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


def blob_path(ctx: AppContext, sha256: str) -> Path:
    return ctx.attachments_dir / sha256[:2] / sha256


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    filename: str
    media_type: str


def _check_source(source: Path) -> None:
    if source.suffix.lower() not in ALLOWED_EXTENSIONS:
        raise ValidationError("file", "attachment_type_not_allowed", name=source.name)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError("file", "file_unreadable", detail=str(exc)) from exc
    if not source.is_file():
        raise ValidationError("file", "file_unreadable", detail=source.name)
    if size == 0:
        raise ValidationError("file", "attachment_empty", name=source.name)
    if size > MAX_BYTES:
        raise ValidationError("file", "attachment_too_large", name=source.name,
                              max_mb=MAX_BYTES // (1024 * 1024))


def store_file(ctx: AppContext, source: Path) -> Stored:
    """Copy ``source`` into the store (hashing as it copies); returns what was stored."""
    _check_source(source)
    ctx.attachments_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=ctx.attachments_dir)
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
        target = blob_path(ctx, sha)
        if target.is_file() and hash_file(target) == sha:
            tmp.unlink()  # already stored (deduplicated)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("file", "file_unreadable", detail=str(exc)) from exc
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return Stored(sha, size, source.name, media_type)


def _info(a: Attachment, username: str) -> AttachmentInfo:
    return AttachmentInfo(
        id=a.id, letter_id=a.letter_id, filename=a.filename, size=a.size, sha256=a.sha256,
        media_type=a.media_type, added_by=username, added_at=a.added_at,
    )


def infos_in_session(session: Session, letter_id: int) -> list[AttachmentInfo]:
    rows = session.execute(
        select(Attachment, User.username)
        .outerjoin(User, User.id == Attachment.added_by_id)
        .where(Attachment.letter_id == letter_id)
        .order_by(Attachment.id)
    )
    return [_info(a, username or "") for a, username in rows]


def store_files(ctx: AppContext, files: Sequence[Path]) -> list[Stored]:
    """Check every file first (one refused file: nothing is copied), then copy them into the
    store. Done before the unit of work, so the write lock is not held while copying."""
    if not files:
        raise ValidationError("file", "required")
    for source in files:
        _check_source(Path(source))
    return [store_file(ctx, Path(f)) for f in files]


def attach_files(
    ctx: AppContext, actor: CurrentUser, letter_id: int, files: Sequence[Path]
) -> list[AttachmentInfo]:
    """Attach files to a letter, all or none (a refused file leaves the letter unchanged)."""
    require(actor, LetterPermission.REGISTER)
    if not files:
        raise ValidationError("file", "required")
    for source in files:
        _check_source(Path(source))
    with ctx.read() as session:  # refuse early: no copying for a letter one cannot see
        ensure_not_cancelled(get_visible(session, actor, letter_id))
    return attach_stored(ctx, actor, letter_id, store_files(ctx, files))


def attach_stored(
    ctx: AppContext, actor: CurrentUser, letter_id: int, stored: Sequence[Stored]
) -> list[AttachmentInfo]:
    """Link files already in the store to a letter, in one unit of work (joins the caller's)."""
    require(actor, LetterPermission.REGISTER)
    with ctx.write() as session:
        letter = get_visible(session, actor, letter_id)
        ensure_not_cancelled(letter)
        present = set(session.scalars(
            select(Attachment.sha256).where(Attachment.letter_id == letter.id)))
        now = now_utc().replace(microsecond=0)
        new_ids = []
        with letter_change(session, actor, letter, "attach"):
            for s in stored:
                if s.sha256 in present:
                    raise Conflict("attachment_exists", name=s.filename)
                present.add(s.sha256)
                row = Attachment(letter_id=letter.id, sha256=s.sha256, size=s.size,
                                 filename=s.filename[:255], media_type=s.media_type,
                                 added_by_id=actor.id or None, added_at=now)
                session.add(row)
                session.flush()
                new_ids.append(row.id)
        ctx.emit(LetterChanged(letter.id), actor)
        return [i for i in infos_in_session(session, letter.id) if i.id in new_ids]


def list_attachments(ctx: AppContext, actor: CurrentUser, letter_id: int) -> list[AttachmentInfo]:
    with ctx.read() as session:
        get_visible(session, actor, letter_id)
        return infos_in_session(session, letter_id)


def _visible_attachment(session: Session, actor: CurrentUser, attachment_id: int) -> Attachment:
    found = session.scalar(
        select(Attachment).join(Letter, Letter.id == Attachment.letter_id)
        .where(Attachment.id == attachment_id, visible_to(actor))
    )
    if found is None:
        raise NotFound("attachment_not_found")
    return found


def attachment_file(ctx: AppContext, actor: CurrentUser, attachment_id: int) -> Path:
    """The stored file (read it, never write it), after checking it is intact."""
    with ctx.read() as session:
        a = _visible_attachment(session, actor, attachment_id)
        sha, name = a.sha256, a.filename
    path = blob_path(ctx, sha)
    if not path.is_file() or hash_file(path) != sha:
        raise NotFound("attachment_file_missing", name=name)
    return path


def export_attachment(
    ctx: AppContext, actor: CurrentUser, attachment_id: int, folder: Path
) -> Path:
    """Copy an attachment into ``folder`` under its own name (to open it with the system
    viewer, or to save it); returns the copy's path."""
    with ctx.read() as session:
        filename = _visible_attachment(session, actor, attachment_id).filename
    source = attachment_file(ctx, actor, attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    safe_name = Path(filename).name or f"attachment-{attachment_id}"
    target = folder / safe_name
    shutil.copyfile(source, target)
    return target
