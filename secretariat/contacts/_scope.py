"""Which contacts a user may know exist: those they made, and those a record they may see names.

A contact made for a «خیلی محرمانه» letter (its sender) must not be listed to a clerk who may
not see that letter: its name and address say who writes to the office about what. Each
feature says, in its registry entry (``contact_scope``), which contacts its records visible to
a user name; the address book ORs them with «made by this user». Contacts made before the
address book recorded its makers (``created_by_id`` NULL) stay visible to everyone, as they
were: nothing says who made them, and hiding them would empty a working office's pickers.

An unreachable contact is treated as missing (NotFound, «not found»), never as forbidden:
PermissionDenied would confirm that it exists.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_
from sqlalchemy.sql.elements import True_

from secretariat import features
from secretariat.kernel.context import CurrentUser
from secretariat.kernel.models import Contact
from secretariat.kernel.roles import Role


def reachable(actor: CurrentUser) -> ColumnElement[bool] | None:
    """WHERE condition on ``Contact``: the contacts ``actor`` may see; None: every one (an
    admin, or a feature saying its records reach them all, e.g. the highest clearance)."""
    if actor.role == Role.ADMIN:
        return None
    conditions: list[ColumnElement[bool]] = [
        Contact.created_by_id.is_(None), Contact.created_by_id == actor.id]
    for scope in features.REGISTRY.contact_scopes():
        found = scope(actor, Contact.id)
        if isinstance(found, True_):
            return None
        if found is not None:
            conditions.append(found)
    return or_(*conditions)


def scoped(actor: CurrentUser, *conditions: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """``conditions`` and, unless ``actor`` sees every contact, the reach condition."""
    reach = reachable(actor)
    return [*conditions] if reach is None else [*conditions, reach]
