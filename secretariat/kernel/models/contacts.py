"""Correspondents: organisations and persons letters come from and go to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_name_norm", "name_norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # organisation | person
    name: Mapped[str] = mapped_column(String(300))  # as typed
    # normalize_for_search(name): finds «شركت» when «شرکت» was typed, and duplicates.
    name_norm: Mapped[str] = mapped_column(String(300))
    post_title: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id"), nullable=True, index=True
    )
    phone: Mapped[str] = mapped_column(String(20), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    national_id: Mapped[str] = mapped_column(String(10), default="")
    legal_id: Mapped[str] = mapped_column(String(11), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # A merged contact stays (old audit entries name it) but points at the one kept.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Who made it: they see it even when no record they may see names it. NULL: made before
    # this was recorded (visible to everyone, as it was then).
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
