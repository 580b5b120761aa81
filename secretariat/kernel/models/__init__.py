"""The kernel's tables: users, the audit log, settings, counters, the shared address book
and the database's identity.

Features keep their own tables in their own ``_models`` module (listed in the registry,
so the Alembic environment and ``check`` see them).
"""

from secretariat.kernel.db.base import Base
from secretariat.kernel.models.accounts import LoginFailure, User
from secretariat.kernel.models.audit import AuditEntry
from secretariat.kernel.models.contacts import Contact
from secretariat.kernel.models.counters import Counter
from secretariat.kernel.models.identity import DatabaseIdentity
from secretariat.kernel.models.settings import Setting

__all__ = ["AuditEntry", "Base", "Contact", "Counter", "DatabaseIdentity", "LoginFailure", "Setting",
           "User"]
