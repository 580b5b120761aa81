"""Words people read for the codes the core stores (roles, clearance, audit actions...).

Roles, clearance levels, audited entities and their actions take their Persian words from
the core (the vocabularies and the registry), the same words the CLI and the PDFs use. The
audit snapshot keys below are English translation sources (the Persian is in the .ts file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat import features
from secretariat.kernel.roles import Clearance, Role
from secretariat.kernel.text.digits import to_persian_digits
from ui.i18n import QT_TRANSLATE_NOOP, english, vocab_label

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
    "referral_phrases": QT_TRANSLATE_NOOP("Labels", "Standard margin phrases"),
    "referral_due_days": QT_TRANSLATE_NOOP("Labels", "Referral due days"),
    # contacts
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "organisation_id": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "postal_code": QT_TRANSLATE_NOOP("Labels", "Postal code"),
    "national_id": QT_TRANSLATE_NOOP("Labels", "National code"),
    "legal_id": QT_TRANSLATE_NOOP("Labels", "National ID of the company"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "merged_into_id": QT_TRANSLATE_NOOP("Labels", "Merged into"),
}


def _translated(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def role_label(role: str) -> str:
    return vocab_label(Role, role)


def clearance_label(clearance: str) -> str:
    return vocab_label(Clearance, clearance)


def action_label(action: str, entity: str = "") -> str:
    """An audit action's words (the entity's own when it has them), from the registry."""
    return features.REGISTRY.action_label(entity, action, english=english())


def entity_label(entity: str) -> str:
    return features.REGISTRY.entity_label(entity, english=english())


def audit_entities() -> list[tuple[str, str]]:
    """Every audited entity of every feature, with its label (the audit filter)."""
    return [(e.name, e.label_en if english() else e.label_fa)
            for _f, e in features.REGISTRY.entities()]


def person_text(full_name: str, post_title: str = "", username: str = "") -> str:
    """A person as people read them: «مریم احمدی، مدیر دبیرخانه». The login name only
    when the account has no full name."""
    name = full_name or username
    if not post_title or not name:
        return name or post_title
    return f"{name}, {post_title}" if english() else f"{name}، {post_title}"


def field_label(key: str) -> str:
    return _translated(AUDIT_FIELDS, key)


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Labels", "Yes") if value
            else QCoreApplication.translate("Labels", "No"))


def count_text(count: int) -> str:
    """«۱٬۲۳۴٬۵۶۷»: Persian digits with the Persian thousands separator."""
    return to_persian_digits(f"{count:,}".replace(",", "٬"))
