"""Attachments: a letter's rows naming files in the kernel's blob store (by sha256).

The bytes live in ``secretariat.kernel.blobs`` (stored once, whatever the number of letters
naming them); ``secretariat check`` re-hashes every attached file (``_checks``).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.correspondence._dto import AttachmentInfo, LetterChanged
from secretariat.correspondence._models import Attachment, Letter
from secretariat.correspondence._records import ensure_not_cancelled, letter_change
from secretariat.correspondence._visibility import get_visible, visible_to
from secretariat.correspondence._vocab import LetterPermission
from secretariat.kernel.blobs import DOCUMENT_EXTENSIONS, StoredBlob, check_source
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import Conflict, NotFound, ValidationError
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import User
from secretariat.kernel.permissions import require

ALLOWED_EXTENSIONS = DOCUMENT_EXTENSIONS
Stored = StoredBlob


def blob_path(ctx: AppContext, sha256: str) -> Path:
    return ctx.blobs.path(sha256)


def _check_source(source: Path) -> None:
    check_source(source, ALLOWED_EXTENSIONS)


def store_file(ctx: AppContext, source: Path) -> Stored:
    """Copy ``source`` into the data folder's blob store; returns what was stored."""
    _check_source(source)
    return ctx.blobs.store(source)


def _info(a: Attachment, username: str, full_name: str = "") -> AttachmentInfo:
    return AttachmentInfo(
        id=a.id, letter_id=a.letter_id, filename=a.filename, size=a.size, sha256=a.sha256,
        media_type=a.media_type, added_by=username, added_at=a.added_at,
        added_by_name=full_name,
    )


def infos_in_session(session: Session, letter_id: int) -> list[AttachmentInfo]:
    rows = session.execute(
        select(Attachment, User.username, User.full_name)
        .outerjoin(User, User.id == Attachment.added_by_id)
        .where(Attachment.letter_id == letter_id)
        .order_by(Attachment.id)
    )
    return [_info(a, username or "", full_name or "") for a, username, full_name in rows]


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
    require(actor, LetterPermission.ATTACH)
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
    require(actor, LetterPermission.ATTACH)
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
    if not is_row_id(attachment_id):
        raise NotFound("attachment_not_found")
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
    if not ctx.blobs.verify(sha):
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
