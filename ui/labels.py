"""Words people read for the codes the core stores (roles, clearance, audit actions...).

Roles, clearance levels, audited entities and their actions take their Persian words from
the core (the vocabularies and the registry), the same words the CLI and the PDFs use. The
audit snapshot keys below are English translation sources (the Persian is in the .ts file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat import features
from secretariat.kernel.roles import Clearance, Role
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

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
    return Role.label_of(role)


def clearance_label(clearance: str) -> str:
    return Clearance.label_of(clearance)


def action_label(action: str, entity: str = "") -> str:
    """An audit action's words (the entity's own when it has them), from the registry."""
    return features.REGISTRY.action_label(entity, action)


def entity_label(entity: str) -> str:
    return features.REGISTRY.entity_label(entity)


def audit_entities() -> list[tuple[str, str]]:
    """Every audited entity of every feature, with its Persian label (the audit filter)."""
    return [(e.name, e.label_fa) for _f, e in features.REGISTRY.entities()]


def field_label(key: str) -> str:
    return _translated(AUDIT_FIELDS, key)


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Labels", "Yes") if value
            else QCoreApplication.translate("Labels", "No"))
