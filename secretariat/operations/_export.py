"""The lists people see, as Excel workbooks: the letter register (with its filters), the
address book and the کارتابل (referrals).

Everything is read through the features' apis as the acting user, so a letter above their
clearance is not in the file, exactly as it is not in the list. Sheets are right-to-left
with Persian headers, a bold frozen header row and set widths (``kernel.workbook``); each
date is there twice: Jalali text (what people read and sort) and a real date cell (what a
spreadsheet computes with).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from secretariat.contacts import api as contacts
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import (
    CLASSIFICATION_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    InboxItem,
    LetterPermission,
    LetterQuery,
    LetterSummary,
    PartyRef,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import tehran_date
from secretariat.kernel.permissions import require
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.kernel.workbook import DATE, DATE_TEXT, Column, write_sheet

PAGE = 1000
CONTACTS_LIMIT = 1000  # what the contacts page lists, too
YES, NO = "بله", "خیر"

LETTER_COLUMNS = [
    Column("شمارهٔ ثبت", 16), Column("نوع", 9), Column("تاریخ ثبت", 12, DATE_TEXT),
    Column("تاریخ ثبت (میلادی)", 13, DATE), Column("موضوع", 50),
    Column("فرستنده / گیرنده", 40), Column("شمارهٔ نامهٔ فرستنده", 18),
    Column("تاریخ نامهٔ فرستنده", 14, DATE_TEXT), Column("فوریت", 9),
    Column("طبقه‌بندی", 12), Column("وضعیت", 12), Column("پیوست", 7),
    Column("مهلت پاسخ", 12, DATE_TEXT), Column("از واحد", 16), Column("به واحد", 16),
    Column("کد بایگانی", 12), Column("ابطال‌شده", 9), Column("خلاصه", 50),
]

CONTACT_COLUMNS = [
    Column("نام", 40), Column("گونه", 9), Column("سمت", 20), Column("سازمان", 30),
    Column("تلفن", 14), Column("همراه", 14), Column("کد پستی", 12), Column("کد ملی", 12),
    Column("شناسهٔ ملی", 13), Column("رایانامه", 24), Column("نشانی", 50),
    Column("یادداشت", 30), Column("تاریخ ثبت", 12, DATE_TEXT),
]

REFERRAL_COLUMNS = [
    Column("شمارهٔ نامه", 16), Column("موضوع", 45), Column("ارجاع‌دهنده", 20),
    Column("گیرنده", 20), Column("دستور", 30), Column("تاریخ ارجاع", 12, DATE_TEXT),
    Column("تاریخ ارجاع (میلادی)", 13, DATE), Column("مهلت", 12, DATE_TEXT),
    Column("مهلت (میلادی)", 13, DATE), Column("وضعیت", 10), Column("دیرکرد", 8),
    Column("هامش", 40), Column("تاریخ بستن", 12, DATE_TEXT),
]


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise ValidationError("out", "export_not_xlsx")


def _party(p: PartyRef | None) -> str:
    if p is None:
        return ""
    return f"{p.name}، {p.post_title}" if p.post_title else p.name


def _counterpart(s: LetterSummary) -> str:
    if s.kind == "incoming":
        return _party(s.sender)
    if s.kind == "outgoing":
        return "؛ ".join(_party(r) for r in s.recipients)
    return " ← ".join(u for u in (s.from_unit, s.to_unit) if u)


def letter_row(s: LetterSummary) -> list[Any]:
    return [
        s.number or "", KIND_LABELS.get(s.kind, s.kind), s.registered_on, s.registered_on,
        s.subject, _counterpart(s), s.sender_number, s.sender_date,
        URGENCY_LABELS.get(s.urgency, s.urgency),
        CLASSIFICATION_LABELS.get(s.classification, s.classification),
        STATUS_LABELS.get(s.status, s.status), YES if s.has_attachments else NO,
        s.reply_expected_by, s.from_unit, s.to_unit, s.archive_code,
        YES if s.cancelled else NO, s.summary,
    ]


def _all_letters(ctx: AppContext, actor: CurrentUser, query: LetterQuery, total: int,
                 progress: ProgressFn | None, should_stop: StopFn | None
                 ) -> Iterator[list[Any]]:
    done = 0
    after = None
    while True:
        if should_stop is not None and should_stop():
            raise Cancelled()
        page = letters.page_letters(ctx, actor, query, after=after, limit=PAGE)
        for row in page.rows:
            yield letter_row(row)
        done += len(page.rows)
        if progress is not None:
            progress(Progress("export", done, total))
        if not page.has_more or not page.rows:
            return
        after = letters.page_key(page.rows[-1], query.sort)


def export_letters(ctx: AppContext, actor: CurrentUser, query: LetterQuery, out: Path,
                   progress: ProgressFn | None = None, should_stop: StopFn | None = None
                   ) -> int:
    """Every letter the query shows this user, in its order; returns how many."""
    require(actor, LetterPermission.EXPORT)
    _check_out(out)
    total = letters.count_letters(ctx, actor, query)
    write_sheet(out, "نامه‌ها", LETTER_COLUMNS,
                _all_letters(ctx, actor, query, total, progress, should_stop))
    return total


def export_contacts(ctx: AppContext, actor: CurrentUser, out: Path, text: str = "",
                    kind: str | None = None) -> int:
    """The address book as the contacts page lists it (its search and kind filter)."""
    _check_out(out)
    found = contacts.list_contacts(ctx, actor, text, kind=kind, limit=CONTACTS_LIMIT)
    kinds = dict(contacts.ContactKind.labels())
    rows: Sequence[list[Any]] = [
        [c.name, kinds.get(c.kind, c.kind), c.post_title, c.organisation_name, c.phone,
         c.mobile, c.postal_code, c.national_id, c.legal_id, c.email, c.address, c.note,
         tehran_date(c.created_at)] for c in found]
    write_sheet(out, "مخاطبان", CONTACT_COLUMNS, rows)
    return len(rows)


def _referral_row(item: InboxItem) -> list[Any]:
    r, s = item.referral, item.letter
    created = tehran_date(r.created_at)
    return [
        s.number or "", s.subject, r.from_name or r.from_user, r.to_name or r.to_user,
        r.instruction, created, created, r.due_on, r.due_on,
        "بسته" if r.status == "closed" else "باز", YES if item.overdue else NO, r.note,
        tehran_date(r.closed_at) if r.closed_at else None,
    ]


def export_referrals(ctx: AppContext, actor: CurrentUser, out: Path, *,
                     include_closed: bool = False, unread_only: bool = False,
                     overdue_only: bool = False) -> int:
    """The actor's کارتابل with the inbox page's filters, every page of it."""
    _check_out(out)
    rows: list[list[Any]] = []
    before: int | None = None
    while True:
        items = letters.inbox(ctx, actor, include_closed=include_closed,
                              unread_only=unread_only, overdue_only=overdue_only,
                              limit=letters.MAX_INBOX_PAGE, before_id=before)
        rows += [_referral_row(i) for i in items]
        if len(items) < letters.MAX_INBOX_PAGE:
            break
        before = items[-1].referral.id
    write_sheet(out, "کارتابل", REFERRAL_COLUMNS, rows)
    return len(rows)

