"""The first-run wizard creates the database's organisation settings and first administrator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from secretariat.kernel import accounts, org_settings, setup
from secretariat.kernel.context import AppContext
from secretariat.kernel.paths import resource_path
from tests.conftest import WaitTasks
from ui.dialogs.first_run_wizard import FirstRunWizard

pytestmark = pytest.mark.gui


def fill(wizard: FirstRunWizard, username: str = "boss", password: str = "long-enough-1",
         repeat: str | None = None) -> None:
    org = wizard.organisation_page
    org.org_name.setText("خانه صمت البرز")
    org.secretariat_code.setText("۲")
    org.logo.set_file(resource_path("icons", "secretariat.png"))
    admin = wizard.admin_page
    admin.username.setText(username)
    admin.full_name.setText("مریم احمدی")
    admin.password.setText(password)
    admin.repeat_password.setText(password if repeat is None else repeat)


def open_wizard(qtbot: QtBot, ctx: AppContext) -> FirstRunWizard:
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_creates_a_real_database_and_admin(qtbot: QtBot, ctx: AppContext, wait_tasks: WaitTasks) -> None:
    wizard = open_wizard(qtbot, ctx)
    assert wizard.folder_page.data_dir() == ctx.data_dir
    assert wizard.organisation_page.org_name.text() == org_settings.DEFAULT_ORG_NAME
    fill(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome is not None and wizard.outcome.admin is not None
    assert wizard.result_ctx is ctx
    assert setup.is_initialized(ctx)
    admin = accounts.authenticate(ctx, "boss", "long-enough-1")
    assert (admin.role, admin.full_name) == ("admin", "مریم احمدی")
    settings = org_settings.get_org_settings(ctx)
    assert settings.org_name == "خانه صمت البرز"
    assert settings.secretariat_code == "2"  # typed with a Persian digit, stored ASCII
    assert org_settings.logo_path(ctx, settings) is not None


def test_empty_organisation_name_is_refused_on_its_field(qtbot: QtBot, ctx: AppContext) -> None:
    wizard = open_wizard(qtbot, ctx)
    wizard.next()
    wizard.organisation_page.org_name.clear()
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page
    assert wizard.organisation_page.errors.field_text("org_name") == "این خانه نباید خالی باشد."


@pytest.mark.parametrize(
    ("username", "password", "repeat", "field", "message"),
    [
        ("Bad Name", "long-enough-1", None, "username", "نام کاربری باید با حرف لاتین آغاز شود"),
        ("boss", "short", None, "password", "گذرواژه باید دست‌کم ۱۰ نویسه باشد."),
        ("boss", "password123", None, "password", "این گذرواژه یک واژه یا گذرواژهٔ رایج است"),
        ("boss", "long-enough-1", "other-long-1", "repeat_password", "دو گذرواژه یکسان نیستند."),
    ],
)
def test_admin_page_errors_are_shown_on_the_field(
    qtbot: QtBot, ctx: AppContext, username: str, password: str, repeat: str | None, field: str,
    message: str,
) -> None:
    wizard = open_wizard(qtbot, ctx)
    fill(wizard, username, password, repeat)
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.admin_page.errors.field_text(field).startswith(message)
    assert not setup.is_initialized(ctx)


def test_another_data_folder_is_used_and_remembered(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secretariat.kernel import paths

    other = tmp_path / "elsewhere"
    wizard = open_wizard(qtbot, ctx)
    wizard.folder_page.set_data_dir(other)
    fill(wizard)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    new_ctx = wizard.result_ctx
    assert new_ctx is not None
    try:
        assert new_ctx.data_dir == other
        assert setup.is_initialized(new_ctx)
        assert (other / "secretariat.sqlite").is_file()
        monkeypatch.delenv("SECRETARIAT_DATA_DIR")
        assert paths.default_data_dir() == other
    finally:
        new_ctx.close()
        paths.remember_data_dir(paths.platform_data_dir())


def test_enter_on_the_data_folder_page_moves_on(qtbot: QtBot, ctx: AppContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 11: Enter is the wizard's Next, not the folder chooser (which the first focus
    used to be: the read-only folder line takes no focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    chooser_opened: list[bool] = []

    def chooser(*_args: object, **_kwargs: object) -> str:
        chooser_opened.append(True)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", chooser)
    wizard = open_wizard(qtbot, ctx)
    assert wizard.currentPage() is wizard.folder_page
    wizard.folder_page.change_button.setFocus()
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.organisation_page
    assert not chooser_opened


def test_a_folder_without_a_database_is_offered_to_be_made_or_changed(
    qtbot: QtBot, tmp_path: Path, wait_tasks: WaitTasks
) -> None:
    """No database in the folder: the wizard says so, and «Create database» makes it there,
    private to its owner; a folder that holds one is said to be used instead."""
    new = tmp_path / "new-office"
    wizard = FirstRunWizard(None, data_dir=new)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "no database in this folder" in wizard.folder_page.state.text().lower() or (
        "پایگاه داده‌ای نیست" in wizard.folder_page.state.text())
    assert not new.exists()  # nothing is made before the user finishes the wizard
    fill(wizard)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    made = wizard.result_ctx
    assert made is not None
    try:
        assert made.data_dir == new and setup.is_initialized(made)
        if os.name == "posix":
            assert new.stat().st_mode & 0o777 == 0o700
            assert (new / "secretariat.sqlite").stat().st_mode & 0o777 == 0o600
        again = FirstRunWizard(None, data_dir=new)
        qtbot.addWidget(again)
        assert "پایگاه داده دارد" in again.folder_page.state.text() or (
            "holds a database" in again.folder_page.state.text())
    finally:
        made.close()
