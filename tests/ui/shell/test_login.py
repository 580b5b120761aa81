"""Sign-in: success, wrong password, the growing delay, and the forced password change."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from secretariat.kernel import accounts, lockout
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import now_utc
from secretariat.kernel.models import LoginFailure
from tests.conftest import WaitTasks
from tests.ui.passwords import ADMIN_PASSWORD, CLERK_PASSWORD
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.login_dialog import LoginDialog

pytestmark = pytest.mark.gui


def login_dialog(qtbot: QtBot, ctx: AppContext, username: str = "") -> LoginDialog:
    dialog = LoginDialog(ctx, "خانه صنعت، معدن و تجارت استان البرز", None, username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(dialog: LoginDialog, password: str, wait_tasks: WaitTasks) -> None:
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_tasks()


def test_sign_in_succeeds(qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    dialog = login_dialog(qtbot, ctx, "admin")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        attempt(dialog, ADMIN_PASSWORD, wait_tasks)
    assert dialog.user is not None
    assert (dialog.user.username, dialog.user.role) == ("admin", "admin")
    assert dialog.must_change is False


def test_wrong_password_is_refused_in_persian(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                              wait_tasks: WaitTasks) -> None:
    dialog = login_dialog(qtbot, ctx, "admin")
    attempt(dialog, "not-the-password", wait_tasks)
    assert dialog.user is None
    assert dialog.isVisible()
    assert dialog.message.text() == "نام کاربری یا گذرواژه درست نیست."
    assert dialog.password.text() == ""
    assert dialog.sign_in_button.isEnabled()


def test_repeated_failures_are_throttled(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                         wait_tasks: WaitTasks) -> None:
    dialog = login_dialog(qtbot, ctx, "admin")
    for _ in range(lockout.FREE_ATTEMPTS):
        attempt(dialog, "wrong-password", wait_tasks)
    with ctx.write() as session:  # the wait starts now, however slow the hashing above was
        session.execute(update(LoginFailure).values(last_failed_at=now_utc()))
    attempt(dialog, ADMIN_PASSWORD, wait_tasks)  # even the right password waits its turn
    assert dialog.user is None
    # The wait (one second after the third failure) is shown in Persian digits.
    assert re.match(r"ورودهای نادرست پیاپی: لطفاً [۱۲] ثانیه دیگر", dialog.message.text())
    assert not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=5000)


def test_reset_password_leads_to_a_forced_change(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                 clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    accounts.reset_password(ctx, admin, "clerk", "temporary-pass-1")
    dialog = login_dialog(qtbot, ctx, "clerk")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        attempt(dialog, "temporary-pass-1", wait_tasks)
    assert dialog.must_change is True

    assert dialog.user is not None
    change = ChangePasswordDialog(ctx, dialog.user, forced=True)
    qtbot.addWidget(change)
    change.show()
    change.old_password.setText("temporary-pass-1")
    change.new_password.setText(CLERK_PASSWORD + "x")
    change.repeat_password.setText(CLERK_PASSWORD + "y")
    change.save()
    assert change.errors.field_text("repeat_password") == "دو گذرواژه یکسان نیستند."
    change.repeat_password.setText(CLERK_PASSWORD + "x")
    with qtbot.waitSignal(change.accepted, timeout=10_000):
        change.save()
    assert accounts.must_change_password(ctx, dialog.user) is False
    accounts.authenticate(ctx, "clerk", CLERK_PASSWORD + "x")
