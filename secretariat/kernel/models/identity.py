"""Which database this is: one row, made by the migration that introduced it.

The key store names a database's key file by this id, so a copy of the database (a backup
restored, an office moved to PostgreSQL) finds the same key, and two databases never share
one. The row also records the public half of the database's signing key pair, so any copy
can verify a printed code.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime


class DatabaseIdentity(Base):
    __tablename__ = "database_identity"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The public half of the key printed codes are signed with (base64 of 32 bytes); the
    # private half is in the key store (``kernel.signing``).
    signing_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
