"""The letter register: letters, their parties, texts, numbers, referrals and attachments.

A letter row is never deleted: cancellation is a flag. The body and the
normalised search text live in ``letter_texts`` so that the register rows the
lists scan stay small; on SQLite the FTS5 table ``letter_fts`` (created by the
migration, not mapped) indexes ``letter_texts.search_text`` with the letter id
as its rowid.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base
from secretariat.kernel.db.types import UTCDateTime

# Created by hand in the migration (SQLite only) and not mapped; autogenerate skips
# it and its shadow tables (secretariat.kernel.db.base.is_managed_name).
SEARCH_INDEX_TABLE = "letter_fts"


class Letter(Base):
    __tablename__ = "letters"
    __table_args__ = (
        # The counter guarantees this; the constraint makes a bug loud instead of silent.
        UniqueConstraint("secretariat_code", "kind", "year", "seq", name="uq_letters_sequence"),
        Index("ix_letters_kind", "kind"),  # a kind's register, newest first
        # Counting a kind's or a status's letters a user may see, from the index alone.
        Index("ix_letters_kind_classification", "kind", "classification"),
        Index("ix_letters_status", "status"),
        Index("ix_letters_status_classification", "status", "classification"),
        Index("ix_letters_registered_on", "registered_on"),
        Index("ix_letters_classification", "classification"),
        Index("ix_letters_sender_id", "sender_id"),
        Index("ix_letters_reply_to_id", "reply_to_id"),
        Index("ix_letters_follows_id", "follows_id"),
        Index("ix_letters_reply_expected_by", "reply_expected_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # incoming | outgoing | internal
    status: Mapped[str] = mapped_column(String(16))
    # Numbering: None while an outgoing letter is a draft.
    number: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    secretariat_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # Jalali
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The registration date; for a draft, the day it was written (signing replaces it).
    registered_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), nullable=True)
    sender_number: Mapped[str] = mapped_column(String(100), default="")
    sender_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    urgency: Mapped[str] = mapped_column(String(16))
    classification: Mapped[str] = mapped_column(String(16))
    keywords: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    dispatch_method: Mapped[str] = mapped_column(String(32), default="")
    dispatch_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    postal_tracking_code: Mapped[str] = mapped_column(String(64), default="")
    reply_expected_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The incoming letter that answered this one (ends the wait for a reply).
    replied_by_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), nullable=True)
    from_unit: Mapped[str] = mapped_column(String(200), default="")
    to_unit: Mapped[str] = mapped_column(String(200), default="")
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), nullable=True)
    follows_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), nullable=True)
    archive_code: Mapped[str] = mapped_column(String(64), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # Taken over from an earlier register (a legacy import): its number and date are the
    # ones it had there, not given by this register's counter.
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LetterText(Base):
    """Body and search text, one row per letter (kept out of the register rows)."""

    __tablename__ = "letter_texts"

    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
    # normalize_for_search() of number, subject, summary, body, parties and keywords.
    search_text: Mapped[str] = mapped_column(Text, default="")


class LetterParty(Base):
    """A recipient (to) or a رونوشت (cc) line of a letter, in order."""

    __tablename__ = "letter_parties"
    __table_args__ = (
        Index("ix_letter_parties_letter_id", "letter_id"),
        Index("ix_letter_parties_contact_id", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    role: Mapped[str] = mapped_column(String(8))  # to | cc
    purpose: Mapped[str] = mapped_column(String(16), default="")  # information | action | ""
    position: Mapped[int] = mapped_column(Integer, default=0)


class Referral(Base):
    """ارجاع: a letter sent to a user with an instruction; onward referrals form a tree."""

    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_letter_id", "letter_id"),
        Index("ix_referrals_inbox", "to_user_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), nullable=True)
    from_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    instruction: Mapped[str] = mapped_column(Text)  # the sender's هامش (دستور)
    # For action / information / comment, and its priority (the letters' urgency levels).
    kind: Mapped[str] = mapped_column(String(16), default="action", server_default="action")
    priority: Mapped[str] = mapped_column(String(16), default="normal",
                                          server_default="normal")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # open | closed
    note: Mapped[str] = mapped_column(Text, default="")  # the recipient's هامش
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Bookkeeping, not audited (like a user's last sign-in): changes on every opening.
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Attachment(Base):
    """A file attached to a letter; the bytes live under the data folder by sha256."""

    __tablename__ = "attachments"
    __table_args__ = (
        UniqueConstraint("letter_id", "sha256", name="uq_attachments_letter_file"),
        Index("ix_attachments_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(255))  # the name it had, for showing and saving
    media_type: Mapped[str] = mapped_column(String(100), default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
