"""Users page: the table, adding a user through the dialog, editing, resetting a password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from secretariat.kernel import accounts, lockout
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import AuditEntry
from tests.conftest import USER_PASSWORD, WaitTasks
from tests.helpers import must
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.dialogs.user_dialog import UserDialog, select_code
from ui.models.users_model import UsersTableModel
from ui.pages.users_page import UsersPage
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> UsersPage:
    users_page = UsersPage(ctx, admin)
    qtbot.addWidget(users_page)
    users_page.show()
    # Warnings fail the test (qt_log_level_fail), so the tester's findings do too.
    users_page.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        users_page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    users_page.activate()
    wait_tasks()
    return users_page


def cell(model: UsersTableModel, row: int, column: str) -> str:
    return str(model.data(model.index(row, UsersTableModel.COLUMNS.index(column))))


def test_table_lists_users_in_persian(page: UsersPage) -> None:
    model = page.model
    assert model.rowCount() == 1
    assert cell(model, 0, "username") == "admin"
    assert cell(model, 0, "role") == "مدیر سامانه"
    assert cell(model, 0, "clearance") == "خیلی محرمانه"
    assert cell(model, 0, "active") == "بله"
    assert cell(model, 0, "created_at").startswith("۱۴")  # a Jalali year in Persian digits
    assert model.headerData(0, Qt.Orientation.Horizontal) == "نام کاربری"
    assert model.headerData(7, Qt.Orientation.Horizontal) == "آخرین ورود"


def test_add_user_through_the_dialog(page: UsersPage, ctx: AppContext, admin: CurrentUser,
                                     qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    dialog = page.add_user()
    assert dialog.role.currentText() == "کاربر دبیرخانه"
    dialog.username.setText("sara")
    dialog.full_name.setText("سارا نوری")
    dialog.post_title.setText("کارشناس")
    select_code(dialog.role, "expert")
    select_code(dialog.clearance, "confidential")
    dialog.password.setText("sara-pass-123")
    dialog.repeat_password.setText("sara-pass-123")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    wait_tasks()
    users = {u.username: u for u in accounts.list_users(ctx, admin)}
    assert (users["sara"].role, users["sara"].clearance) == ("expert", "confidential")
    assert users["sara"].full_name == "سارا نوری"
    row = page.model.row_of("sara")
    assert cell(page.model, row, "role") == "کارشناس"
    assert must(page.selected_user()) is not None and must(page.selected_user()).username == "sara"
    accounts.authenticate(ctx, "sara", "sara-pass-123")


def test_bad_username_is_shown_on_the_field_and_nothing_is_written(
    page: UsersPage, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks,
) -> None:
    dialog = page.add_user()
    dialog.username.setText("سارا")
    dialog.password.setText("sara-pass-123")
    dialog.repeat_password.setText("sara-pass-123")
    dialog.save()
    wait_tasks()
    assert dialog.isVisible()
    assert dialog.errors.field_text("username").startswith("نام کاربری باید با حرف لاتین")
    assert len(accounts.list_users(ctx, admin)) == 1
    dialog.close()


def test_edit_user_and_reset_password(page: UsersPage, ctx: AppContext, admin: CurrentUser,
                                      clerk: CurrentUser, qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    page.refresh()
    wait_tasks()
    select_row(page.table, page.model.row_of("clerk"))
    dialog = page.edit_user()
    assert dialog is not None and dialog.full_name.text() == "علی رضایی"
    select_code(dialog.role, "manager")
    dialog.post_title.setText("مدیر دبیرخانه")
    dialog.active.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    wait_tasks()
    info = accounts.get_user(ctx, admin, "clerk")
    assert (info.role, info.post_title, info.active) == ("manager", "مدیر دبیرخانه", False)
    assert cell(page.model, page.model.row_of("clerk"), "active") == "خیر"

    reset = page.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    reset.password.setText("fresh-pass-12")
    reset.repeat_password.setText("fresh-pass-12")
    with qtbot.waitSignal(reset.accepted, timeout=10_000):
        reset.save()
    assert accounts.must_change_password(ctx, clerk) is True


def test_admin_cannot_demote_themselves(page: UsersPage, wait_tasks: WaitTasks) -> None:
    select_row(page.table, 0)
    dialog = page.edit_user()
    assert isinstance(dialog, UserDialog)
    select_code(dialog.role, "viewer")
    dialog.save()
    wait_tasks()
    assert dialog.isVisible()
    assert dialog.errors.field_text("role").startswith("نمی‌توانید نقش مدیر سامانه")
    dialog.close()


def test_a_locked_account_shows_until_when_and_is_unlocked(
        page: UsersPage, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    accounts.add_user(ctx, admin, "sara", USER_PASSWORD, "clerk", "normal", "سارا نوری")
    with ctx.write() as session:  # ten wrong passwords, as sign-in counts them
        for _ in range(lockout.LOCK_AFTER):
            lockout.count_failure(session, "sara", now_utc())
    page.refresh()
    wait_tasks()
    model = page.model
    row = model.row_of("sara")
    assert model.headerData(8, Qt.Orientation.Horizontal) == "قفل تا"
    until = cell(model, row, "locked_until")
    assert until.startswith("۱۴") and ":" in until and not any(c.isascii() and c.isdigit()
                                                               for c in until)
    assert cell(model, model.row_of("admin"), "locked_until") == ""
    select_row(page.table, model.row_of("admin"))
    assert not page.unlock_button.isEnabled()
    select_row(page.table, row)
    assert page.unlock_button.isEnabled() and page.unlock_button.text() == "رفع قفل"
    page.unlock()
    wait_tasks()
    wait_tasks()
    assert cell(model, model.row_of("sara"), "locked_until") == ""
    assert not page.unlock_button.isEnabled()
    assert accounts.authenticate(ctx, "sara", USER_PASSWORD).username == "sara"
    with ctx.read() as session:
        actions = session.execute(select(AuditEntry.actor, AuditEntry.action).where(
            AuditEntry.entity == "sign_in").order_by(AuditEntry.id)).all()
    assert [tuple(a) for a in actions] == [("system", "lock"), ("admin", "unlock")]
