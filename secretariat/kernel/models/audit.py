"""The append-only audit log, chained with a key kept outside the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"
    # AUTOINCREMENT keeps sqlite_sequence at the highest id ever used, so a removed
    # tail entry is noticed by `check` (max(id) falls behind the sequence).
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    # What changed (JSON): for a record the registry can read back, only the fields that
    # differ, and nothing at its creation (kernel.audit.rows_of rebuilds whole snapshots).
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Keyed digest of the record's whole audited state after this entry (None: no record),
    # and the state of the record's previous entry (see kernel.audit).
    state: Mapped[bytes | None] = mapped_column(LargeBinary(16), nullable=True)
    prior: Mapped[bytes | None] = mapped_column(LargeBinary(16), nullable=True)
    # HMAC-SHA-256 of this entry and the previous entry's mac, with the database's audit key.
    mac: Mapped[bytes] = mapped_column(LargeBinary(32))
