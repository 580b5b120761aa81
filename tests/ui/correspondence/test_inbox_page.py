"""The کارتابل: referrals to me, unread bold, overdue red; opening marks read; close, onward."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as referrals
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser, WaitTasks
from tests.ui.letters_support import incoming, register
from ui.dialogs.letter_view import LetterViewDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.main_window import MainWindow
from ui.models.inbox_model import InboxTableModel
from ui.models.letter_window_model import OVERDUE_COLOUR
from ui.pages.inbox_page import InboxPage
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui


def open_inbox(qtbot: QtBot, ctx: AppContext, user: CurrentUser, wait_tasks: WaitTasks) -> InboxPage:
    page = InboxPage(ctx, user)
    qtbot.addWidget(page)
    page.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    page.show()
    page.activate()
    wait_tasks()
    return page


def cell(model: InboxTableModel, row: int, column: str,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, InboxTableModel.COLUMNS.index(column)), role)


def make_overdue(ctx: AppContext, referral_id: int) -> None:
    """A referral whose due date has passed (the service refuses a due date in the past)."""
    con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    with con:
        con.execute("UPDATE referrals SET due_on = ? WHERE id = ?",
                    ((today_tehran() - timedelta(days=2)).isoformat(), referral_id))
    con.close()


def test_unread_bold_overdue_red_and_counts(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                            clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    first = register(ctx, admin, incoming("درخواست نخست"))
    second = register(ctx, admin, incoming("درخواست دوم"))
    late = referrals.refer_letter(ctx, admin, first.id, ["clerk"], "جهت اقدام",
                                  today_tehran())[0]
    referrals.refer_letter(ctx, admin, second.id, ["clerk"], "جهت اطلاع")
    make_overdue(ctx, late.id)
    page = open_inbox(qtbot, ctx, clerk, wait_tasks)
    model = page.model
    assert model.rowCount() == 2
    assert [cell(model, r, "subject") for r in range(2)] == ["درخواست دوم", "درخواست نخست"]
    assert cell(model, 0, "from") == "مریم احمدی"  # the referrer's full name, not «admin»
    assert cell(model, 0, "counterpart") == "شرکت فولاد البرز"  # finding 6: the sender
    assert cell(model, 0, "urgency") == "عادی"  # and the urgency
    assert cell(model, 0, "kind") == "جهت اقدام"
    assert cell(model, 0, "subject", Qt.ItemDataRole.ToolTipRole) == "جهت اطلاع"  # the هامش
    assert cell(model, 0, "status") == "خوانده‌نشده"
    assert cell(model, 0, "subject", Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 1, "subject", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert cell(model, 0, "subject", Qt.ItemDataRole.ForegroundRole) is None
    assert page.counts_label.text() == "۲ باز، ۲ خوانده‌نشده، ۱ گذشته از مهلت"


def test_opening_marks_read_and_the_badge_follows(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                  clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("برای خواندن"))
    referrals.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام")
    window = MainWindow(ctx, clerk)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("inbox")
    assert isinstance(page, InboxPage)
    wait_tasks()
    inbox_row = window.page_keys().index("inbox")
    assert window.navigation.item(inbox_row).text() == "کارتابل (۱)"
    select_row(page.table, 0)
    view = page.open_current()
    assert isinstance(view, LetterViewDialog)
    qtbot.waitUntil(lambda: page.counts is not None and page.counts.unread == 0, timeout=10_000)
    wait_tasks()
    assert not cell(page.model, 0, "subject", Qt.ItemDataRole.FontRole)
    assert cell(page.model, 0, "status") == "باز"
    assert window.navigation.item(inbox_row).text() == "کارتابل"
    view.close()


def test_closed_referrals_leave_the_inbox_unless_asked_for(qtbot: QtBot, ctx: AppContext,
                                                           admin: CurrentUser,
                                                           clerk: CurrentUser,
                                                           wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("کار انجام‌شده"))
    node = referrals.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام")[0]
    referrals.close_referral(ctx, clerk, node.id, "انجام شد")
    page = open_inbox(qtbot, ctx, clerk, wait_tasks)
    assert page.model.rowCount() == 0
    page.include_closed.setChecked(True)
    wait_tasks()
    assert page.model.rowCount() == 1
    assert cell(page.model, 0, "status") == "بسته"
    select_row(page.table, 0)
    assert not page.onward_button.isEnabled()


def test_refer_onward_from_the_inbox(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                     clerk: CurrentUser, make_user: MakeUser, wait_tasks: WaitTasks) -> None:
    make_user("expert", "expert")
    letter = register(ctx, admin, incoming("برای کارشناسی"))
    referrals.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام")
    page = open_inbox(qtbot, ctx, clerk, wait_tasks)
    select_row(page.table, 0)
    dialog = page.refer_onward()
    assert isinstance(dialog, ReferralDialog)
    wait_tasks()
    assert "clerk" not in [dialog.people.item(i).data(Qt.ItemDataRole.UserRole + 1)
                           for i in range(dialog.people.count())]  # not to oneself
    dialog.check("expert")
    with qtbot.waitSignal(dialog.referred, timeout=10_000):
        dialog.save()
    tree = referrals.referral_tree(ctx, admin, letter.id)
    assert [c.to_user for c in tree[0].children] == ["expert"]


def test_a_confidential_letter_is_not_referred_to_someone_without_clearance(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    secret = register(ctx, admin, incoming("محرمانه", classification="confidential"))
    dialog = ReferralDialog(ctx, admin, secret.id, "محرمانه")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks()
    dialog.check("clerk")
    dialog.save()
    wait_tasks()
    assert "اجازهٔ دیدن نامهٔ «محرمانه» را ندارد" in dialog.errors.field_text("to")
    assert referrals.inbox(ctx, clerk) == []
    page = open_inbox(qtbot, ctx, clerk, wait_tasks)
    assert page.model.rowCount() == 0
