"""Words people read for the codes the core stores (roles, clearance, audit actions...).

The English here is the translation source; the Persian lives in the .ts file.
``QT_TRANSLATE_NOOP`` marks a string for lupdate; ``label()`` translates it at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat.kernel.permissions import Clearance, Role
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

ROLES: dict[str, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "System administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Secretariat clerk"),
    Role.EXPERT: QT_TRANSLATE_NOOP("Labels", "Expert"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Labels", "Associations officer"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Labels", "Viewer"),
}

CLEARANCES: dict[str, str] = {
    Clearance.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Clearance.CONFIDENTIAL: QT_TRANSLATE_NOOP("Labels", "Confidential"),
    Clearance.SECRET: QT_TRANSLATE_NOOP("Labels", "Highly confidential"),
}

AUDIT_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
    "cancel": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "reset_password": QT_TRANSLATE_NOOP("Labels", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("Labels", "Password changed"),
    "rehash": QT_TRANSLATE_NOOP("Labels", "Password hash renewed"),
}

AUDIT_ENTITIES: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
}

# Keys that appear in audit snapshots (before/after).
AUDIT_FIELDS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("Labels", "Username"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "post_title": QT_TRANSLATE_NOOP("Labels", "Post title"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "clearance": QT_TRANSLATE_NOOP("Labels", "Clearance"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "must_change_password": QT_TRANSLATE_NOOP("Labels", "Must change password"),
    "password": QT_TRANSLATE_NOOP("Labels", "Password (fingerprint)"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    # organisation settings (the audit entity "setting" uses the key as its id)
    "org_name": QT_TRANSLATE_NOOP("Labels", "Organisation name"),
    "secretariat_code": QT_TRANSLATE_NOOP("Labels", "Secretariat code"),
    "logo_file": QT_TRANSLATE_NOOP("Labels", "Logo"),
    "number_format": QT_TRANSLATE_NOOP("Labels", "Letter number format"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
}


def _translated(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def role_label(role: str) -> str:
    return _translated(ROLES, role)


def clearance_label(clearance: str) -> str:
    return _translated(CLEARANCES, clearance)


def action_label(action: str) -> str:
    return _translated(AUDIT_ACTIONS, action)


def entity_label(entity: str) -> str:
    return _translated(AUDIT_ENTITIES, entity)


def field_label(key: str) -> str:
    return _translated(AUDIT_FIELDS, key)


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Labels", "Yes") if value
            else QCoreApplication.translate("Labels", "No"))
