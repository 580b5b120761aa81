"""Settings: organisation settings (admin, audited) and this workstation's database URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from secretariat.kernel import org_settings, signing
from secretariat.kernel.config import LocalSettings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.paths import resource_path
from tests.conftest import WaitTasks
from tests.helpers import must
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow
from ui.pages.settings_page import SettingsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> SettingsDialog:
    settings_dialog = SettingsDialog(ctx, admin)
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    wait_tasks()
    return settings_dialog


def test_dialog_shows_the_stored_settings(dialog: SettingsDialog) -> None:
    form = dialog.form
    assert form.isEnabled()
    assert form.inputs["org_name"].text() == org_settings.DEFAULT_ORG_NAME
    assert form.inputs["secretariat_code"].text() == "۱"
    assert form.inputs["number_format"].text() == "{year}/{code}/{seq}"
    assert form.database_url.text() == ""


def test_dialog_shows_and_exports_the_public_key(dialog: SettingsDialog, ctx: AppContext,
                                                tmp_path: Path) -> None:
    form = dialog.form
    public = must(signing.database_public_key(ctx))
    assert form.fingerprint.text() == signing.fingerprint(public)
    assert form.export_key_button.isEnabled()
    pem = tmp_path / "office.pem"
    form.write_public_key(pem)
    assert signing.read_public_key(pem.read_bytes(), str(pem)) == public


def test_dialog_saves_org_settings_logo_and_database_url(
    dialog: SettingsDialog, ctx: AppContext, qtbot: QtBot,
) -> None:
    form = dialog.form
    form.inputs["org_name"].setText("خانه صمت استان البرز")
    form.inputs["phone"].setText("۰۲۶-۳۲۲۱۲۳۴۵")
    form.inputs["address"].setText("کرج، بلوار جمهوری")
    form.logo.set_file(resource_path("icons", "secretariat.png"))
    form.database_url.setText("postgresql+psycopg://secretariat@server/secretariat")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = org_settings.get_org_settings(ctx)
    assert stored.org_name == "خانه صمت استان البرز"
    assert stored.phone == "026-32212345"
    assert stored.address == "کرج، بلوار جمهوری"
    assert org_settings.logo_path(ctx, stored) is not None
    local = LocalSettings.load(ctx.data_dir)
    assert local.database_url == "postgresql+psycopg://secretariat@server/secretariat"


def test_invalid_number_format_is_shown_on_its_field(dialog: SettingsDialog, ctx: AppContext,
                                                     wait_tasks: WaitTasks) -> None:
    form = dialog.form
    form.inputs["number_format"].setText("{year}/{code}")
    form.inputs["org_name"].setText("نام تازه")
    form.save()
    wait_tasks()
    assert dialog.isVisible()
    assert form.errors.field_text("number_format") == "قالب شماره باید «{seq}» را داشته باشد."
    assert org_settings.get_org_settings(ctx).org_name == org_settings.DEFAULT_ORG_NAME


def test_settings_page_saves_and_renames_the_window(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                    wait_tasks: WaitTasks) -> None:
    window = MainWindow(ctx, admin, org_settings.get_org_settings(ctx))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    wait_tasks()
    page.form.inputs["secretariat_code"].setText("۷")
    page.save_button.click()
    wait_tasks()
    assert org_settings.get_org_settings(ctx).secretariat_code == "7"
    assert page.status.text() == "تنظیمات ذخیره شد."
    page.form.inputs["org_name"].setText("سازمان آزمایشی")
    page.save_button.click()
    wait_tasks()
    assert window.windowTitle() == "دبیرخانه — سازمان آزمایشی"
