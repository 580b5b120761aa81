"""Bulk import goes through the same numbering, search index and audit as one letter."""

from __future__ import annotations

import pytest

from secretariat.correspondence import api as bulk
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import from_jalali, jalali_year, today_tehran
from tests.correspondence.support import incoming, outgoing, register, table_counts


def test_import_numbers_indexes_and_audits(ctx: AppContext, admin: CurrentUser) -> None:
    y = jalali_year(today_tehran())
    register(ctx, admin, incoming())  # the register already holds a letter
    old = from_jalali(y - 1, 7, 1)
    names = ["شركت الماس", "شركت یاقوت", "شركت زمرد"]
    batch = [incoming(subject=f"وارده {i}", sender=names[i % 3]) for i in range(7)]
    batch += [outgoing(subject=f"صادره {i}", registered_on=old) for i in range(4)]
    seen: list[int] = []
    result = bulk.import_letters(ctx, admin, iter(batch), batch_size=3, progress=seen.append)
    assert result.count == 11 and seen[-1] == 11
    numbers = [s.number for s in queries.list_letters(ctx, admin, limit=100)][::-1]
    assert numbers[:8] == [f"{y}/و/{n}" for n in range(1, 9)]
    assert numbers[8:] == [f"{y - 1}/ص/{n}" for n in range(1, 5)]
    assert table_counts(ctx)["contacts"] == 4  # each «شركت ...» once + the first sender
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="شرکت یاقوت")) == 2
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="صادره")) == 4
    report = run_check(ctx, SYSTEM_USER)
    assert report.ok, report.problems


def test_links_inside_one_batch(ctx: AppContext, admin: CurrentUser) -> None:
    y = jalali_year(today_tehran())
    batch = [
        incoming(subject="درخواست"),
        outgoing(subject="پاسخ", reply_to=f"{y}/و/1"),
        outgoing(subject="پیرو", follows=f"{y}/ص/1"),
    ]
    assert bulk.import_letters(ctx, admin, batch, batch_size=10).count == 3
    last = letters.get_letter_by_ref(ctx, admin, f"{y}/ص/2")
    assert last.follows is not None and last.follows.number == f"{y}/ص/1"
    assert run_check(ctx, SYSTEM_USER).ok


def test_a_bad_letter_names_its_position_and_its_batch_is_not_written(
    ctx: AppContext, admin: CurrentUser
) -> None:
    batch = [incoming(subject=f"نامه {i}") for i in range(5)]
    batch.insert(3, incoming(subject=" "))
    with pytest.raises(bulk.ImportFailed) as info:
        bulk.import_letters(ctx, admin, batch, batch_size=2)
    assert (info.value.position, info.value.code, info.value.field) == (4, "required", "subject")
    assert table_counts(ctx)["letters"] == 2  # the first batch stayed, the failing one did not
    assert run_check(ctx, SYSTEM_USER).ok
