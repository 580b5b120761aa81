"""Gapless counters of every feature: the last number given per (scope, period)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.kernel.db.base import Base


class Counter(Base):
    __tablename__ = "counters"

    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    period: Mapped[int] = mapped_column(Integer, primary_key=True)  # e.g. a Jalali year; 0: none
    last: Mapped[int] = mapped_column(Integer, default=0)
