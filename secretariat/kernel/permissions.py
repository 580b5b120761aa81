"""What the acting user may do: permissions declared by the features, held by roles.

A permission is a name a feature declares in the registry (``Grant``) together with the
roles that hold it by default; an admin holds every permission. Services call
``require(actor, "register_letters")`` before they open their unit of work.
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


def role_allows(role: str, permission: str) -> bool:
    try:
        return Role(role) in features.REGISTRY.roles_with(str(permission))
    except ValueError:
        return False


def allows(actor: CurrentUser, permission: str) -> bool:
    return role_allows(actor.role, permission)


def require(actor: CurrentUser, permission: str) -> None:
    if not role_allows(actor.role, permission):
        raise PermissionDenied(permission=str(permission))


def clearance_allows(user_clearance: str, needed: str) -> bool:
    return Clearance(user_clearance).rank >= Clearance(needed).rank
