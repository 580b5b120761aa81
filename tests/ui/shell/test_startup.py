"""From start-up to the main window: wizard, sign-in, forced password change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from secretariat.kernel import accounts, setup
from secretariat.kernel.context import open_context
from tests.conftest import WaitTasks
from tests.ui.passwords import ADMIN_PASSWORD
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.startup import Startup

pytestmark = pytest.mark.gui


@pytest.fixture
def startup(data_dir: Path, wait_tasks: WaitTasks) -> Iterator[Startup]:
    flow = Startup(data_dir, data_dir_locked=True)
    yield flow
    for widget in QApplication.topLevelWidgets():
        widget.close()
    wait_tasks()
    flow.close()
    QApplication.setQuitOnLastWindowClosed(True)


def sign_in(startup: Startup, username: str, password: str, wait_tasks: WaitTasks) -> None:
    login = startup.current
    assert isinstance(login, LoginDialog)
    login.username.setText(username)
    login.password.setText(password)
    login.try_sign_in()
    wait_tasks()


def test_first_run_then_sign_in_then_main_window(startup: Startup, wait_tasks: WaitTasks) -> None:
    startup.start()
    wait_tasks()
    wizard = startup.current
    assert isinstance(wizard, FirstRunWizard)
    assert not wizard.folder_page.change_button.isEnabled()  # set by SECRETARIAT_DATA_DIR
    wizard.admin_page.username.setText("boss")
    wizard.admin_page.password.setText("boss-pass-123")
    wizard.admin_page.repeat_password.setText("boss-pass-123")
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_tasks()
    wait_tasks()  # the wizard's work, then reopening for the sign-in
    login = startup.current
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "boss"
    sign_in(startup, "boss", "boss-pass-123", wait_tasks)
    assert isinstance(startup.window, MainWindow)
    assert startup.window.isVisible()
    assert startup.window.user.username == "boss"
    assert startup.window.windowTitle() == "دبیرخانه — خانه صنعت، معدن و تجارت استان البرز"


def test_reset_password_must_be_changed_before_the_main_window(
    startup: Startup, data_dir: Path, wait_tasks: WaitTasks,
) -> None:
    ctx = open_context(data_dir, create=True)
    admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
    accounts.add_user(ctx, admin, "clerk", "first-pass-1", "clerk")
    accounts.reset_password(ctx, admin, "clerk", "temporary-pass-1")
    ctx.close()

    startup.start()
    wait_tasks()
    sign_in(startup, "clerk", "temporary-pass-1", wait_tasks)
    change = startup.current
    assert isinstance(change, ChangePasswordDialog)
    assert startup.window is None
    change.old_password.setText("temporary-pass-1")
    change.new_password.setText("my-own-pass-1")
    change.repeat_password.setText("my-own-pass-1")
    change.save()
    wait_tasks()
    assert isinstance(startup.window, MainWindow)
    assert startup.window.page_keys() == ["home", "inbox", "letters", "contacts"]
