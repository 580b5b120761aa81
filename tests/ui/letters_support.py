"""Helpers for the letter GUI tests (no tests here): seeding letters, waiting for the model."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from secretariat.correspondence import api as bulk
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterDetail, LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from ui.models.letter_window_model import LetterWindowModel

# A one-page PDF, enough for a viewer and for the attachment store.
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def incoming(subject: str, sender: str = "شرکت فولاد البرز", **fields: Any) -> LetterInput:
    return LetterInput(kind="incoming", subject=subject, sender=PartyInput(name=sender),
                       **fields)


def outgoing(subject: str, to: str = "سازمان صمت استان البرز", **fields: Any) -> LetterInput:
    return LetterInput(kind="outgoing", subject=subject, recipients=(PartyInput(name=to),),
                       **fields)


def internal(subject: str, **fields: Any) -> LetterInput:
    return LetterInput(kind="internal", subject=subject, from_unit="دبیرخانه",
                       to_unit="امور مالی", **fields)


def seed(ctx: AppContext, actor: CurrentUser, items: Iterable[LetterInput]) -> None:
    bulk.import_letters(ctx, actor, items)


def seed_incoming(ctx: AppContext, actor: CurrentUser, count: int,
                  on: date | None = None) -> None:
    seed(ctx, actor, (incoming(f"نامهٔ شمارهٔ {i}", sender=f"شرکت شمارهٔ {i % 5}",
                               registered_on=on) for i in range(count)))


def register(ctx: AppContext, actor: CurrentUser, data: LetterInput,
             **kwargs: Any) -> LetterDetail:
    return letters.register_letter(ctx, actor, data, **kwargs)


def model_ids(model: LetterWindowModel) -> list[int]:
    ids = []
    for row in range(model.rowCount()):
        letter = model.letter_at(row)
        assert letter is not None, f"row {row} not loaded"
        ids.append(letter.id)
    return ids
