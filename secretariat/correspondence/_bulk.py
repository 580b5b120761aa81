"""Bulk import: many letters through the registration path, in batches.

The same checks, party matching, numbering, search index and audit entries as
registering one letter (``registration``); only the audit entries of a batch
are appended with one statement. Each batch is one transaction, so an error
leaves whole batches in and the rest out; the error names the input's position.
A letter may link (reply_to / follows) to any letter registered before it,
including earlier ones of the same import. Duplicate warnings are not raised
(an import copies an existing register as it is).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice

from sqlalchemy.orm import Session

from secretariat.correspondence._dto import ImportResult
from secretariat.correspondence._inputs import LetterInput
from secretariat.correspondence._parties import PartyMemory, PartyResolver
from secretariat.correspondence._registration import (
    PreparedLetter,
    assign_numbers,
    insert_letters,
    prepare,
)
from secretariat.correspondence._vocab import LetterPermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.permissions import require


class ImportFailed(SecretariatError):
    """Input number ``position`` (counted from 1) was refused; ``error`` says why."""

    def __init__(self, position: int, error: SecretariatError) -> None:
        self.position = position
        self.error = error
        self.field = getattr(error, "field", None)
        super().__init__(error.code, **error.params)


def _batches(items: Iterable[LetterInput], size: int) -> Iterator[list[LetterInput]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _register_batch(
    session: Session,
    actor: CurrentUser,
    batch: list[LetterInput],
    resolver: PartyResolver,
    today: date,
    done_before: int,
) -> list[int]:
    pending: list[PreparedLetter] = []
    ids: list[int] = []
    for offset, data in enumerate(batch):
        if pending and (data.reply_to is not None or data.follows is not None):
            # The letter it links to may be one of this batch: insert those first.
            assign_numbers(session, pending)
            ids += insert_letters(session, actor, pending, batch_audit=True)
            pending = []
        try:
            pending.append(prepare(session, actor, data, resolver, today))
        except SecretariatError as exc:
            raise ImportFailed(done_before + offset + 1, exc) from exc
    assign_numbers(session, pending)
    ids += insert_letters(session, actor, pending, batch_audit=True)
    return ids


def import_letters(
    ctx: AppContext,
    actor: CurrentUser,
    letters: Iterable[LetterInput],
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportResult:
    """Register every letter of ``letters`` (an iterable: it is read batch by batch)."""
    require(actor, LetterPermission.REGISTER)
    today = today_tehran()
    memory = PartyMemory()
    count, first_id, last_id = 0, None, None
    for batch in _batches(letters, batch_size):
        if should_stop is not None and should_stop():
            break
        with ctx.write() as session:
            resolver = PartyResolver(ctx, actor, memory)
            ids = _register_batch(session, actor, batch, resolver, today, count)
        count += len(ids)
        first_id = first_id if first_id is not None else (ids[0] if ids else None)
        last_id = ids[-1] if ids else last_id
        if progress is not None:
            progress(count)
    return ImportResult(count, first_id, last_id)
