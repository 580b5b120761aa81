"""Confidentiality in the query layer: the ONE condition every letter query goes through.

A letter classified above the user's clearance does not exist for that user: it
is not listed, found, counted, opened, referred, printed or exported, and asking
for it by id or number gives NotFound (not PermissionDenied, which would confirm
that it exists).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from secretariat.correspondence._models import Letter
from secretariat.correspondence._vocab import LetterPermission
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.db.types import is_row_id
from secretariat.kernel.errors import NotFound
from secretariat.kernel.permissions import Clearance, clearance_allows, role_allows


def visible_levels(actor: CurrentUser) -> list[str]:
    """The classifications this user may see (none without the read permission)."""
    if not role_allows(actor.role, LetterPermission.READ):
        return []
    try:
        return [c.value for c in Clearance if clearance_allows(actor.clearance, c.value)]
    except ValueError:
        return []  # an unknown clearance sees nothing rather than everything


def hidden_levels(actor: CurrentUser) -> list[str]:
    """The classifications this user may not see (the search index excludes them too)."""
    allowed = set(visible_levels(actor))
    return [c.value for c in Clearance if c.value not in allowed]


def visible_to(actor: CurrentUser) -> ColumnElement[bool]:
    """WHERE condition: letters the actor may know exist.

    Written as an expression (``classification || ''``), not the bare column, so the
    SQLite planner never walks the classification index to find rows: nine letters
    in ten are «normal», and walking that index to open one letter or to sort a
    register read the whole table (0.3–0.4 s at a million letters). Covering
    indexes that include classification still serve the counts.
    """
    return Letter.classification.concat("").in_(visible_levels(actor))


def can_see(actor: CurrentUser, classification: str) -> bool:
    return classification in visible_levels(actor)


def get_visible(session: Session, actor: CurrentUser, letter_id: int, ref: object = None) -> Letter:
    """The letter, loaded for change, or NotFound if it is missing or above the clearance."""
    if not is_row_id(letter_id):
        raise NotFound("letter_not_found", ref=str(ref if ref is not None else letter_id))
    letter = session.scalar(select(Letter).where(Letter.id == letter_id, visible_to(actor)))
    if letter is None:
        raise NotFound("letter_not_found", ref=str(ref if ref is not None else letter_id))
    return letter
