"""All mapped classes; importing this module fills ``Base.metadata``."""

from secretariat.db.base import Base
from secretariat.db.models.accounts import User
from secretariat.db.models.audit import AuditEntry
from secretariat.db.models.contacts import Contact
from secretariat.db.models.letters import (
    Attachment,
    Letter,
    LetterCounter,
    LetterParty,
    LetterText,
    Referral,
)
from secretariat.db.models.settings import Setting

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "Contact",
    "Letter",
    "LetterCounter",
    "LetterParty",
    "LetterText",
    "Referral",
    "Setting",
    "User",
]
