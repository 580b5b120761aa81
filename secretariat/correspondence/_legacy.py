"""Taking over an earlier register (the indicator book of the years before this app).

Each letter keeps the number and the date it had there and is marked as imported; its audit
entry says «imported». It goes through the same checks, party matching, search index and
audit as registering one letter (``_registration``), except numbering: the number is the
one given, refused if this register already holds it (or the same input repeats it). A
number that this register's format would give (1399/و/12) keeps its place in the sequence,
and the counter moves past the highest one, so the next letter registered here never
repeats an imported number.

The whole import is one transaction (the caller's, when it opens one, so it can audit the
import and roll a dry run back); a refused row is rolled back alone (a savepoint) and
reported with its position, so every other row still goes in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from secretariat.correspondence import _numbering as numbering
from secretariat.correspondence._dto import (
    LegacyImportResult,
    LegacyLetter,
    LegacyRefusal,
    LettersImported,
)
from secretariat.correspondence._inputs import LetterInput
from secretariat.correspondence._models import Letter
from secretariat.correspondence._parties import PartyResolver
from secretariat.correspondence._registration import (
    LetterNumber,
    insert_letters,
    prepare,
)
from secretariat.correspondence._vocab import LetterPermission
from secretariat.kernel import counters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError, ValidationError
from secretariat.kernel.jalali import jalali_year, today_tehran
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_line
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import remove_invisible_marks

MAX_NUMBER_LENGTH = 64


def clean_legacy_number(number: str) -> str:
    """The number as written there (the text rules of any one-line field), ASCII digits."""
    return to_ascii_digits(remove_invisible_marks(
        clean_line(number, "number", MAX_NUMBER_LENGTH, required=True))).strip()


class _Importer:
    def __init__(self, ctx: AppContext, actor: CurrentUser, session: Session) -> None:
        self.ctx, self.actor, self.session = ctx, actor, session
        self.settings = numbering.numbering_settings(session)
        self.today = today_tehran()
        self.resolver = PartyResolver(ctx, actor)
        self.seen: dict[str, int] = {}  # number -> the input position that had it
        self.highest: dict[tuple[str, int], int] = {}  # (kind, year) -> highest imported seq

    def one(self, position: int, item: LegacyLetter) -> int:
        data: LetterInput = item.letter
        number = clean_legacy_number(item.number)
        if number in self.seen:
            raise ValidationError("number", "number_repeated_in_import", number=number,
                                  row=self.seen[number])
        if data.registered_on is None:
            raise ValidationError("registered_on", "required")
        if data.draft:
            raise ValidationError("draft", "legacy_not_draft")
        taken = self.session.scalar(select(Letter.id).where(Letter.number == number))
        if taken is not None:
            raise ValidationError("number", "legacy_number_taken", number=number)
        prepared = prepare(self.session, self.actor, data, self.resolver, self.today)
        year = jalali_year(prepared.row.registered_on)
        kind = prepared.row.kind
        code = self.settings.secretariat_code
        seq = numbering.parse_number(self.settings.number_format, number, year=year, kind=kind,
                                     secretariat=code)
        prepared.numbered = LetterNumber(code, year, seq, number)
        prepared.row = replace(prepared.row, imported=True)
        (letter_id,) = insert_letters(self.session, self.actor, [prepared], batch_audit=False,
                                      action="import")
        self.seen[number] = item.source_row or position
        if seq is not None:
            self.highest[(kind, year)] = max(self.highest.get((kind, year), 0), seq)
        return letter_id

    def move_counters(self) -> None:
        code = self.settings.secretariat_code
        for (kind, year), seq in self.highest.items():
            counters.raise_to(self.session, numbering.letter_scope(code, kind), year, seq)


def import_legacy_letters(
    ctx: AppContext,
    actor: CurrentUser,
    items: Iterable[LegacyLetter],
    progress: Callable[[int], None] | None = None,
) -> LegacyImportResult:
    """Take over every letter of ``items`` that passes, in one transaction (joining the
    caller's); the others are reported by position with the reason. The caller checks that
    the actor may import a register; this checks that they may register letters."""
    require(actor, LetterPermission.REGISTER)
    refused: list[LegacyRefusal] = []
    added: list[int] = []
    with ctx.write() as session:
        importer = _Importer(ctx, actor, session)
        for position, item in enumerate(items, start=1):
            try:
                with session.begin_nested():
                    added.append(importer.one(position, item))
            except IntegrityError:
                # The same (kind, year, seq) under another spelling of the number.
                refused.append(LegacyRefusal(position, "number", "legacy_number_taken",
                                             {"number": item.number}))
                importer.resolver = PartyResolver(ctx, actor)
            except SecretariatError as exc:
                refused.append(LegacyRefusal(position, getattr(exc, "field", None), exc.code,
                                             dict(exc.params)))
                # Contacts made for the refused row went with its savepoint: forget them.
                importer.resolver = PartyResolver(ctx, actor)
            if progress is not None:
                progress(position)
        importer.move_counters()
        if added:
            ctx.emit(LettersImported(added[-1], "", None, count=len(added)), actor)
    return LegacyImportResult(len(added), tuple(refused), False,
                              added[0] if added else None, added[-1] if added else None)
