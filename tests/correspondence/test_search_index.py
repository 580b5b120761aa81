"""Search and lists: Persian normalisation, filters, newest first, keyset pages, counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as queries
from secretariat.correspondence.api import LetterQuery, LetterSort, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import from_jalali, jalali_year, today_tehran
from tests.correspondence.support import days_ago, incoming, internal, outgoing, register


def _ids(ctx: AppContext, actor: CurrentUser, text: str, **filters: object) -> list[int]:
    return [s.id for s in queries.list_letters(ctx, actor, LetterQuery(text=text, **filters))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("گزارش بازدید كارخانه سيمان", "کارخانه سیمان"),  # Arabic kaf/yeh stored
        ("گزارش بازدید کارخانه سیمان", "كارخانه سيمان"),  # Arabic kaf/yeh typed
        ("پروانه بهره‌برداری واحد تولیدی", "بهره برداری"),  # ZWNJ stored, space typed
        ("پروانه بهره برداری واحد تولیدی", "بهره‌برداری"),  # space stored, ZWNJ typed
        ("جلسهٔ هیئت مدیره", "جلسه هیئت"),  # hamza above dropped
        ("جلسه هيئت مديره", "هیئت مدیره"),  # Arabic yeh stored
        ("قرارداد شماره ۱۲۳۴ مورخ", "1234"),  # Persian digits stored
        ("قرارداد شماره 1234 مورخ", "۱۲۳۴"),  # Persian digits typed
        ("درخواست تمديد پروانه", "تمدید"),
        ("کالاهای وارداتی", "كالاهاي"),
    ],
)
def test_normalised_search(ctx: AppContext, admin: CurrentUser, stored: str, typed: str) -> None:
    hit = register(ctx, admin, incoming(subject=stored))
    register(ctx, admin, incoming(subject="موضوعی دیگر"))
    assert _ids(ctx, admin, typed) == [hit.id]


def test_search_covers_number_parties_keywords_body(ctx: AppContext, admin: CurrentUser) -> None:
    a = register(ctx, admin, incoming(subject="الف", sender="شرکت نساجی کرج",
                                      sender_number="۵۵۵/د", keywords=("فرش",)))
    b = register(ctx, admin, outgoing(subject="ب", to="سازمان صمت",
                                      cc=(PartyInput(name="اداره گمرک"),), body="متن درباره ارز"))
    assert a.number is not None
    assert _ids(ctx, admin, a.number) == [a.id]
    persian_number = a.number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert _ids(ctx, admin, persian_number) == [a.id]
    assert _ids(ctx, admin, "نساجی") == [a.id]
    assert _ids(ctx, admin, "555") == [a.id]
    assert _ids(ctx, admin, "فرش") == [a.id]
    assert _ids(ctx, admin, "صمت") == [b.id]
    assert _ids(ctx, admin, "گمرک") == [b.id]
    assert _ids(ctx, admin, "ارز") == [b.id]


def test_every_word_must_match_and_prefixes(ctx: AppContext, admin: CurrentUser) -> None:
    a = register(ctx, admin, incoming(subject="مصوبه کمیسیون صادرات"))
    b = register(ctx, admin, incoming(subject="مصوبات جلسه"))
    assert _ids(ctx, admin, "مصوبه صادرات") == [a.id]
    assert _ids(ctx, admin, "مصوبه واردات") == []
    assert _ids(ctx, admin, "مصو*") == [b.id, a.id]  # newest first
    assert _ids(ctx, admin, "مصو") == []  # whole words unless «*»
    # Nothing typed acts as an FTS operator.
    assert _ids(ctx, admin, 'مصوبه OR "NEAR(') == []
    with pytest.raises(ValidationError) as info:
        queries.list_letters(ctx, admin, LetterQuery(text=" ؟! "))
    assert info.value.code == "empty_query"


def test_search_result_has_count_and_newest_first(ctx: AppContext, admin: CurrentUser) -> None:
    made = [register(ctx, admin, incoming(subject=f"استعلام شماره {i}")).id for i in range(7)]
    result = queries.search_letters(ctx, admin, "استعلام", limit=5)
    assert result.total == 7
    assert [r.id for r in result.rows] == made[::-1][:5]


def test_filters(ctx: AppContext, admin: CurrentUser, tmp_path: Path) -> None:
    y = jalali_year(today_tehran())
    old = register(ctx, admin, incoming(registered_on=from_jalali(y - 1, 5, 5), urgency="urgent"))
    new_in = register(ctx, admin, incoming(sender="اتحادیه کشاورزان"))
    new_out = register(ctx, admin, outgoing(to="اتحادیه کشاورزان", classification="confidential"))
    new_int = register(ctx, admin, internal())
    f = tmp_path / "scan.pdf"
    f.write_bytes(b"%PDF-1.4 scan")
    attachments.attach_files(ctx, admin, new_int.id, [f])

    def ids(**filters: object) -> list[int]:
        return [s.id for s in queries.list_letters(ctx, admin, LetterQuery(**filters))]  # type: ignore[arg-type]

    assert ids() == [new_int.id, new_out.id, new_in.id, old.id]
    assert ids(kind="incoming") == [new_in.id, old.id]
    assert ids(year=y - 1) == [old.id]
    assert ids(date_from=days_ago(today_tehran(), 1), date_to=today_tehran()) == [new_int.id, new_out.id, new_in.id]
    assert ids(urgency="urgent") == [old.id]
    assert ids(classification="confidential") == [new_out.id]
    assert new_in.sender is not None
    assert ids(contact_id=new_in.sender.contact_id) == [new_out.id, new_in.id]
    assert ids(sender_id=new_in.sender.contact_id) == [new_in.id]
    assert ids(recipient_id=new_in.sender.contact_id) == [new_out.id]
    assert ids(has_attachments=True) == [new_int.id]
    assert ids(status="registered", kind="outgoing") == [new_out.id]
    assert ids(text="کشاورزان", kind="outgoing") == [new_out.id]
    assert queries.count_letters(ctx, admin, LetterQuery(kind="incoming")) == 2
    with pytest.raises(ValidationError):
        ids(kind="letter")
    with pytest.raises(ValidationError) as info:
        ids(date_from=today_tehran(), date_to=days_ago(today_tehran(), 3))
    assert info.value.code == "date_range_reversed"


def test_keyset_pages_walk_the_whole_register(ctx: AppContext, admin: CurrentUser) -> None:
    y = jalali_year(today_tehran())
    made = []
    for i in range(23):
        on = from_jalali(y - 1, 1 + i % 12, 1 + i % 28)
        made.append(register(ctx, admin, incoming(subject=f"نامه {i}", registered_on=on)).id)
    for sort in (LetterSort.ID, LetterSort.REGISTERED_ON, LetterSort.SUBJECT):
        for descending in (True, False):
            query = LetterQuery(sort=sort, descending=descending)
            everything = [s.id for s in queries.list_letters(ctx, admin, query, limit=100)]
            assert sorted(everything) == sorted(made)
            # Forward, page by page.
            walked: list[int] = []
            page = queries.page_letters(ctx, admin, query, limit=5)
            while True:
                walked += [r.id for r in page.rows]
                if not page.has_more:
                    break
                key = queries.page_key(page.rows[-1], sort)
                page = queries.page_letters(ctx, admin, query, after=key, limit=5)
            assert walked == everything
            # Backward from the last page.
            back = queries.last_page(ctx, admin, query, limit=5)
            assert [r.id for r in back.rows] == everything[-5:]
            key = queries.page_key(back.rows[0], sort)
            previous = queries.page_letters(ctx, admin, query, before=key, limit=5)
            assert [r.id for r in previous.rows] == everything[-10:-5]
            # Jumps and positions.
            total = queries.count_letters(ctx, admin, query)
            assert total == 23
            for offset in (0, 7, 15, 20):
                rows = queries.letters_at(ctx, admin, query, offset, 5, total=total)
                assert [r.id for r in rows] == everything[offset:offset + 5]
                if rows:
                    key = queries.page_key(rows[0], sort)
                    assert queries.position_of(ctx, admin, query, key) == offset


def test_search_pages_by_key(ctx: AppContext, admin: CurrentUser) -> None:
    made = [register(ctx, admin, incoming(subject=f"بخشنامه {i}")).id for i in range(12)]
    register(ctx, admin, incoming(subject="چیز دیگر"))
    query = LetterQuery(text="بخشنامه")
    first = queries.page_letters(ctx, admin, query, limit=5)
    second = queries.page_letters(ctx, admin, query, after=queries.page_key(first.rows[-1]),
                                  limit=5)
    assert [r.id for r in first.rows + second.rows] == made[::-1][:10]
    assert queries.position_of(ctx, admin, query, queries.page_key(second.rows[0])) == 5
    assert [r.id for r in queries.last_page(ctx, admin, query, limit=2).rows] == made[1::-1]
    sorted_by_date = replace(query, sort=LetterSort.REGISTERED_ON)
    assert len(queries.list_letters(ctx, admin, sorted_by_date, limit=50)) == 12
