"""The address book's scope (registry ``contact_scope``): the contacts of member units and
associations, to whoever may read membership."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from secretariat.kernel.context import CurrentUser
from secretariat.kernel.permissions import allows
from secretariat.membership._models import Association, MemberUnit
from secretariat.membership._vocab import MembershipPermission


def contacts_reached(actor: CurrentUser, contact_id: ColumnElement[int]
                     ) -> ColumnElement[bool] | None:
    if not allows(actor, MembershipPermission.READ):
        return None
    return or_(
        select(MemberUnit.id).where(MemberUnit.contact_id == contact_id)
        .correlate_except(MemberUnit).exists(),
        select(Association.id).where(Association.contact_id == contact_id)
        .correlate_except(Association).exists())
