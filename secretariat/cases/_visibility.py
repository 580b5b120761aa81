"""Confidentiality in the query layer: the ONE condition every case query goes through.

A case classified above the user's clearance does not exist for that user: not listed,
counted, found, opened, reported, printed or exported, and asking for it by number or id
gives NotFound (never PermissionDenied, which would confirm it exists). Workgroup
resolutions and site visits are seen through their case.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from secretariat.cases._models import Case
from secretariat.cases._vocab import CasePermission
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.errors import NotFound
from secretariat.kernel.permissions import Clearance, clearance_allows, role_allows
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.kernel.text.normalize import remove_invisible_marks


def visible_levels(actor: CurrentUser) -> list[str]:
    """The classifications this user may see (none without the read permission)."""
    if not role_allows(actor.role, CasePermission.READ):
        return []
    try:
        return [c.value for c in Clearance if clearance_allows(actor.clearance, c.value)]
    except ValueError:
        return []  # an unknown clearance sees nothing rather than everything


def visible_to(actor: CurrentUser) -> ColumnElement[bool]:
    """WHERE condition: cases the actor may know exist. An expression, not the bare column,
    so the planner never walks a classification index to find rows (as for letters)."""
    return Case.classification.concat("").in_(visible_levels(actor))


def can_see(actor: CurrentUser, classification: str) -> bool:
    return classification in visible_levels(actor)


def clean_ref(ref: str | int) -> str:
    return to_ascii_digits(remove_invisible_marks(str(ref))).strip()


def find_case_id(session: Session, actor: CurrentUser, ref: str | int) -> int:
    """A case by its number (Persian or ASCII digits) or its id; invisible ones are not found."""
    text = clean_ref(ref)
    if text:
        found = session.scalar(select(Case.id).where(Case.number == text, visible_to(actor)))
        if found is None and text.isdigit():
            found = session.scalar(select(Case.id).where(Case.id == int(text), visible_to(actor)))
        if found is not None:
            return found
    raise NotFound("case_not_found", ref=str(ref))


def get_visible(session: Session, actor: CurrentUser, case_id: int) -> Case:
    """The case, loaded for change, or NotFound if it is missing or above the clearance."""
    found = session.scalar(select(Case).where(Case.id == case_id, visible_to(actor)))
    if found is None:
        raise NotFound("case_not_found", ref=str(case_id))
    return found
