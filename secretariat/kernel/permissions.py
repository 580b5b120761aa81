"""What the acting user may do: permissions declared by the features, held by roles.

A permission is a name a feature declares in the registry (``Grant``) together with the
roles that hold it, and the roles that hold it only for their own records (a clerk cancels
the letters he registered, not a colleague's); an admin holds every permission. Services
call ``require(actor, "register_letters")`` before they open their unit of work, and
``require(actor, permission, own=...)`` once the record is loaded when the grant depends on
who made it. docs/PERMISSIONS.md is the table, generated from the registry
(``permission_doc``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from secretariat import features
from secretariat.kernel.errors import PermissionDenied
from secretariat.kernel.roles import Clearance, Role

if TYPE_CHECKING:
    from secretariat.kernel.context import CurrentUser

__all__ = ["Clearance", "Permission", "Role", "allows", "clearance_allows", "require",
           "role_allows"]


class Permission(StrEnum):
    """The kernel's own permissions (features declare theirs in the registry)."""

    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    MANAGE_KEYS = "manage_keys"
    CHECK_DETAILS = "check_details"
    RUN_CHECK = "run_check"


def role_allows(role: str, permission: str, own: bool | None = None) -> bool:
    """Whether ``role`` holds ``permission``. ``own``: whether the record at hand is the
    actor's own; None while it is not known yet (any grant, own-only included, will do)."""
    try:
        held = Role(role)
    except ValueError:
        return False
    registry = features.REGISTRY
    if held in registry.roles_with(str(permission)):
        return True
    return own is not False and held in registry.own_roles_with(str(permission))


def allows(actor: CurrentUser, permission: str, own: bool | None = None) -> bool:
    return role_allows(actor.role, permission, own)


def require(actor: CurrentUser, permission: str, own: bool | None = None) -> None:
    if not role_allows(actor.role, permission, own):
        grant = features.REGISTRY.grants.get(str(permission))
        raise PermissionDenied(permission=str(permission),
                               action=grant.label_fa if grant is not None else str(permission))


def clearance_allows(user_clearance: str, needed: str) -> bool:
    return Clearance(user_clearance).rank >= Clearance(needed).rank
