"""Roles, clearance levels and what each role may do. Checked in the services."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    CLERK = "clerk"
    EXPERT = "expert"
    OFFICER = "officer"
    VIEWER = "viewer"


class Clearance(StrEnum):
    NORMAL = "normal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"

    @property
    def rank(self) -> int:
        return _CLEARANCE_RANK[self]


_CLEARANCE_RANK = {Clearance.NORMAL: 0, Clearance.CONFIDENTIAL: 1, Clearance.SECRET: 2}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    REGISTER_LETTERS = "register_letters"
    SIGN_LETTERS = "sign_letters"
    REFER_LETTERS = "refer_letters"
    READ_LETTERS = "read_letters"
    WORK_CASES = "work_cases"
    MANAGE_MEMBERSHIP = "manage_membership"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.MANAGER: frozenset(
        {
            Permission.READ_LETTERS,
            Permission.REGISTER_LETTERS,
            Permission.SIGN_LETTERS,
            Permission.REFER_LETTERS,
            Permission.READ_AUDIT,
            Permission.WORK_CASES,
        }
    ),
    Role.CLERK: frozenset(
        {Permission.READ_LETTERS, Permission.REGISTER_LETTERS, Permission.REFER_LETTERS}
    ),
    Role.EXPERT: frozenset(
        {Permission.READ_LETTERS, Permission.REFER_LETTERS, Permission.WORK_CASES}
    ),
    Role.OFFICER: frozenset({Permission.READ_LETTERS, Permission.MANAGE_MEMBERSHIP}),
    Role.VIEWER: frozenset({Permission.READ_LETTERS}),
}


def role_allows(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def clearance_allows(user_clearance: str, needed: str) -> bool:
    return Clearance(user_clearance).rank >= Clearance(needed).rank
