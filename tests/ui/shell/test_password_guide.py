"""One password rule on every screen that sets a password: the first-run wizard, a new user,
a reset and a change all show the kernel's sentence, and as the user types, the same verdict
the service would give (its reason when refused)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.dialogs.user_dialog import UserDialog
from ui.widgets.password_guide import PasswordGuide

pytestmark = pytest.mark.gui

STRONG = "نسیم سبز کوهستان"
KEEP: list[object] = []


def guides(qtbot: QtBot, ctx: AppContext, admin: CurrentUser
           ) -> dict[str, tuple[PasswordGuide, object]]:
    wizard = FirstRunWizard(ctx)
    new_user = UserDialog(ctx, admin)
    reset = ResetPasswordDialog(ctx, admin, "admin", full_name="مدیر سامانه")
    change = ChangePasswordDialog(ctx, admin)
    for widget in (wizard, new_user, reset, change):
        qtbot.addWidget(widget)
        widget.show()
    KEEP.extend((wizard, new_user, reset, change))  # alive while the test runs
    return {"wizard": (wizard.admin_page.password_guide, wizard.admin_page.password),
            "new user": (new_user.password_guide, new_user.password),
            "reset": (reset.password_guide, reset.password),
            "change": (change.password_guide, change.new_password)}


def test_every_password_screen_shows_the_one_rule_and_judges_as_the_service(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    rule = accounts.password_rule()
    assert "۱۰" in rule
    for name, (guide, field) in guides(qtbot, ctx, admin).items():
        assert guide.rule.text() == rule, name
        assert not guide.rule.isHidden() and guide.verdict.isHidden(), name
        for password in ("کوتاه", "password123", "qwertyuiop12", STRONG):
            field.setText(password)  # type: ignore[attr-defined]
            guide.judge()
            ok, sentence = accounts.password_verdict(password, *guide.personal())
            assert not guide.verdict.isHidden() and guide.verdict.text() == sentence, name
            assert guide.verdict.property("role") == ("passwordOk" if ok else "passwordWeak")
        assert guide.verdict.text() == "این گذرواژه پذیرفتنی است."
        field.setText("")  # type: ignore[attr-defined]
        guide.judge()
        assert guide.verdict.isHidden()


def test_the_verdict_follows_typing_and_the_names_on_the_form(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    dialog = UserDialog(ctx, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Maryam Tehrani")
    QTest.keyClicks(dialog.password, "tehrani1405!")
    qtbot.waitUntil(lambda: dialog.password_guide.verdict.isVisible())
    personal = dialog.password_guide.verdict.text()
    assert "نام کاربری یا نام خود شما" in personal
    assert personal == accounts.password_verdict("tehrani1405!", "", "Maryam Tehrani")[1]
    dialog.full_name.setText("سارا نوری")  # the name changed: judged again
    qtbot.waitUntil(lambda: dialog.password_guide.verdict.text() != personal)
    assert dialog.password_guide.verdict.text() == accounts.password_verdict(
        "tehrani1405!", "", "سارا نوری")[1]
