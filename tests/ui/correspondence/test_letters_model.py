"""The register's window model: reads only what is in view, by key next to loaded rows,
by position after a jump; newest first; cancelled and overdue marked; clearance honoured."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.correspondence.api import LetterQuery
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.text.digits import to_persian_digits
from tests.conftest import WaitTasks
from tests.helpers import must
from tests.ui.letters_support import (
    incoming,
    model_ids,
    outgoing,
    register,
    seed,
    seed_incoming,
)
from ui.models import letter_window_model as window
from ui.models.letter_window_model import BLOCK, LETTER_ROLE, LetterWindowModel
from ui.pages.letters.register_table import RegisterTable

pytestmark = pytest.mark.gui


def make_model(qtbot: QtBot, ctx: AppContext, user: CurrentUser, wait_tasks: WaitTasks,
               query: LetterQuery | None = None) -> LetterWindowModel:
    model = LetterWindowModel(ctx, user)
    model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_query(query or LetterQuery())
    wait_until_idle(qtbot, model)
    return model


def wait_until_idle(qtbot: QtBot, model: LetterWindowModel) -> None:
    qtbot.waitUntil(model.is_idle, timeout=10_000)


def read_everything(qtbot: QtBot, model: LetterWindowModel) -> list[int]:
    """Ask for every block in order, as a slow scroll from top to bottom would."""
    for row in range(0, model.rowCount(), BLOCK):
        model.letter_at(row)
        wait_until_idle(qtbot, model)
    return model_ids(model)


def cell(model: LetterWindowModel, row: int, key: str,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, model.column_of(key)), role)


def test_first_page_then_the_count(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                   wait_tasks: WaitTasks) -> None:
    seed_incoming(ctx, admin, 2 * BLOCK + 30)
    model = LetterWindowModel(ctx, admin)
    model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    rows_when_loaded: list[int] = []
    counts: list[int] = []
    model.loaded.connect(lambda: rows_when_loaded.append(model.rowCount()))
    model.counted.connect(counts.append)
    model.set_query(LetterQuery())
    wait_until_idle(qtbot, model)
    assert rows_when_loaded == [BLOCK]  # the first page is shown before the count is known
    assert counts == [2 * BLOCK + 30]
    assert model.rowCount() == 2 * BLOCK + 30
    assert model.loaded_blocks() == 1  # nothing else read until it is looked at


def test_rows_newest_first_with_persian_digits_and_jalali_dates(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    first = register(ctx, admin, incoming("درخواست پروانه", sender_number="123/ص"))
    second = register(ctx, admin, incoming("گزارش عملکرد"))
    model = make_model(qtbot, ctx, admin, wait_tasks)
    assert model_ids(model) == [second.id, first.id]
    assert cell(model, 1, "number") == to_persian_digits(must(first.number))
    assert cell(model, 1, "registered_on") == format_jalali(today_tehran())
    assert cell(model, 1, "kind") == "وارده"
    assert cell(model, 1, "counterpart") == "شرکت فولاد البرز"
    assert cell(model, 1, "sender_number") == "۱۲۳/ص"
    assert cell(model, 1, "status") == "ثبت‌شده"
    assert isinstance(cell(model, 0, "subject", LETTER_ROLE).id, int)


def test_reading_top_to_bottom_gives_every_letter_once_in_order(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    seed_incoming(ctx, admin, 3 * BLOCK + 17)
    model = make_model(qtbot, ctx, admin, wait_tasks)
    ids = read_everything(qtbot, model)
    expected = [s.id for s in queries.list_letters(ctx, admin, LetterQuery(), limit=1000)]
    assert ids == expected
    assert len(set(ids)) == 3 * BLOCK + 17


def test_jump_to_the_end_reads_only_the_last_block(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                   wait_tasks: WaitTasks) -> None:
    seed_incoming(ctx, admin, 5 * BLOCK + 3)
    model = make_model(qtbot, ctx, admin, wait_tasks)
    table = RegisterTable(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.letter_at(model.rowCount() - 1) is not None, timeout=10_000)
    wait_until_idle(qtbot, model)
    oldest = queries.last_page(ctx, admin, LetterQuery(), limit=3).rows
    assert [must(model.letter_at(r)).id for r in range(model.rowCount() - 3, model.rowCount())] == [
        s.id for s in oldest]
    assert model.loaded_blocks() <= 3  # the first block, and the last one or two


def test_blocks_next_to_a_jump_are_read_by_key(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                               wait_tasks: WaitTasks, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_incoming(ctx, admin, 4 * BLOCK)
    model = make_model(qtbot, ctx, admin, wait_tasks)
    by_position: list[int] = []
    real_letters_at = queries.letters_at

    def counting(*args: Any, **kwargs: Any) -> Any:
        by_position.append(args[3])
        return real_letters_at(*args, **kwargs)

    monkeypatch.setattr(queries, "letters_at", counting)
    model.letter_at(3 * BLOCK)  # a jump: no neighbour loaded
    wait_until_idle(qtbot, model)
    model.letter_at(2 * BLOCK + 5)  # the block before it: by key
    wait_until_idle(qtbot, model)
    model.letter_at(BLOCK)  # after block 0 and before block 2: by key
    wait_until_idle(qtbot, model)
    assert by_position == [3 * BLOCK]
    expected = [s.id for s in queries.list_letters(ctx, admin, LetterQuery(), limit=1000)]
    assert model_ids(model) == expected


def test_memory_holds_a_bounded_number_of_blocks(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                 wait_tasks: WaitTasks, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "MAX_BLOCKS", 3)
    seed_incoming(ctx, admin, 6 * BLOCK)
    model = make_model(qtbot, ctx, admin, wait_tasks)
    for row in range(0, model.rowCount(), BLOCK):
        model.letter_at(row)
        wait_until_idle(qtbot, model)
    assert model.loaded_blocks() == 3
    assert model.letter_at(BLOCK) is None  # a block read long ago was dropped: asked again
    wait_until_idle(qtbot, model)
    assert model.letter_at(BLOCK) is not None
    assert model.loaded_blocks() == 3


def test_sorting_by_subject_and_date(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                     wait_tasks: WaitTasks) -> None:
    today = today_tehran()
    register(ctx, admin, incoming("ب نامهٔ دوم", registered_on=today - timedelta(days=3)))
    register(ctx, admin, incoming("الف نامهٔ نخست", registered_on=today))
    register(ctx, admin, incoming("پ نامهٔ سوم", registered_on=today - timedelta(days=9)))
    model = make_model(qtbot, ctx, admin, wait_tasks)
    model.sort(model.column_of("subject"), Qt.SortOrder.AscendingOrder)
    wait_until_idle(qtbot, model)
    assert [cell(model, r, "subject") for r in range(3)] == [
        "الف نامهٔ نخست", "ب نامهٔ دوم", "پ نامهٔ سوم"]
    model.sort(model.column_of("registered_on"), Qt.SortOrder.AscendingOrder)
    wait_until_idle(qtbot, model)
    assert [cell(model, r, "subject") for r in range(3)] == [
        "پ نامهٔ سوم", "ب نامهٔ دوم", "الف نامهٔ نخست"]
    model.sort(model.column_of("kind"), Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert model.query.sort == "registered_on"


def test_cancelled_rows_are_marked_and_overdue_rows_red(qtbot: QtBot, ctx: AppContext,
                                                        admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    cancelled = register(ctx, admin, incoming("نامهٔ باطل"))
    letters.cancel_letter(ctx, admin, cancelled.id, "ثبت تکراری")
    register(ctx, admin, outgoing("در انتظار پاسخ", registered_on=today_tehran() - timedelta(
        days=10), reply_expected_by=today_tehran() - timedelta(days=2)))
    model = make_model(qtbot, ctx, admin, wait_tasks)
    late_row, cancelled_row = 0, 1
    assert cell(model, cancelled_row, "status") == "ابطال‌شده"
    assert cell(model, cancelled_row, "subject", Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(model, cancelled_row, "subject", Qt.ItemDataRole.ForegroundRole).color() == \
        window.CANCELLED_COLOUR
    assert cell(model, late_row, "subject", Qt.ItemDataRole.ForegroundRole).color() == \
        window.OVERDUE_COLOUR
    assert cell(model, late_row, "subject", Qt.ItemDataRole.FontRole) is None


def test_confidential_letters_do_not_exist_for_a_clerk(qtbot: QtBot, ctx: AppContext,
                                                       admin: CurrentUser, clerk: CurrentUser,
                                                       wait_tasks: WaitTasks) -> None:
    seed(ctx, admin, [incoming("عادی ۱"), incoming("محرمانه", classification="confidential"),
                      incoming("خیلی محرمانه", classification="secret"), incoming("عادی ۲")])
    mine = make_model(qtbot, ctx, clerk, wait_tasks)
    assert mine.total() == 2
    assert [cell(mine, r, "subject") for r in range(2)] == ["عادی ۲", "عادی ۱"]
    everything = make_model(qtbot, ctx, admin, wait_tasks)
    assert everything.total() == 4


def test_refresh_keeps_the_view_and_adds_new_letters(qtbot: QtBot, ctx: AppContext,
                                                     admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    seed_incoming(ctx, admin, 5)
    model = make_model(qtbot, ctx, admin, wait_tasks)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    newest = register(ctx, admin, incoming("تازه‌ترین"))
    model.refresh()
    wait_until_idle(qtbot, model)
    model.letter_at(0)
    wait_until_idle(qtbot, model)
    assert model.rowCount() == 6
    assert must(model.letter_at(0)).id == newest.id
    assert not resets  # rows inserted in place: the view keeps its scroll position


def test_a_bad_query_is_reported_not_raised(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                            wait_tasks: WaitTasks) -> None:
    model = LetterWindowModel(ctx, admin)
    today = today_tehran()
    with qtbot.waitSignal(model.failed, timeout=10_000) as failed:
        model.set_query(LetterQuery(date_from=today, date_to=today - timedelta(days=1)))
    assert failed.args[0].code == "date_range_reversed"
