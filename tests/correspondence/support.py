"""Helpers shared by the letter tests (no tests here): inputs and raw database access."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterDetail, LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser


def incoming(subject: str = "درخواست پروانه بهره‌برداری", sender: str = "شرکت فولاد البرز",
             **fields: Any) -> LetterInput:
    return LetterInput(kind="incoming", subject=subject, sender=PartyInput(name=sender), **fields)


def outgoing(subject: str = "پاسخ به درخواست", to: str = "شرکت فولاد البرز",
             **fields: Any) -> LetterInput:
    return LetterInput(kind="outgoing", subject=subject, recipients=(PartyInput(name=to),),
                       **fields)


def internal(subject: str = "گزارش هفتگی", **fields: Any) -> LetterInput:
    return LetterInput(kind="internal", subject=subject, from_unit="دبیرخانه",
                       to_unit="امور مالی", **fields)


def register(ctx: AppContext, actor: CurrentUser, data: LetterInput,
             **kwargs: Any) -> LetterDetail:
    return letters.register_letter(ctx, actor, data, **kwargs)


@contextmanager
def raw(ctx: AppContext) -> Iterator[sqlite3.Connection]:
    """The database file opened behind the application's back (committed on exit)."""
    con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    try:
        with con:
            yield con
    finally:
        con.close()


def table_counts(ctx: AppContext) -> dict[str, int]:
    with raw(ctx) as con:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("letters", "letter_texts", "letter_parties", "contacts", "audit_log",
                      "counters", "referrals", "attachments")
        }


def days_ago(today: date, n: int) -> date:
    return today - timedelta(days=n)
