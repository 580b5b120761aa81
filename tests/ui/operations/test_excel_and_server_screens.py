"""Excel from the lists, the earlier register's import dialog, moving to a server, and
setting a new computer up from a backup at first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterQuery
from secretariat.kernel.config import LocalSettings, sqlite_url
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.operations import api as operations
from tests.conftest import WaitTasks
from tests.correspondence.support import incoming, outgoing
from tests.operations.test_excel import legacy_book
from tests.ui.messages import close_messages
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.login_dialog import LoginDialog
from ui.excel_export import run_export
from ui.main_window import MainWindow
from ui.operations.import_dialog import RegisterImportDialog
from ui.operations.move_dialog import MoveDatabaseDialog
from ui.operations.restore_dialog import RestoreDialog
from ui.pages.contacts_page import ContactsPage
from ui.pages.letters.register_page import LettersPage
from ui.startup import Startup

pytestmark = pytest.mark.gui


def test_the_register_exports_what_it_shows(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                            wait_tasks: WaitTasks, tmp_path: Path) -> None:
    letters.register_letter(ctx, admin, incoming(subject="وارده"))
    letters.register_letter(ctx, admin, outgoing(subject="صادره"))
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    wait_tasks()
    page.tabs.setCurrentIndex(1)  # the outgoing register
    wait_tasks()
    assert page.excel_button.text() == "اکسل…"
    out = tmp_path / "out.xlsx"
    run_export(page, out, page._export)
    wait_tasks()
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == 2 and sheet["E2"].value == "صادره"
    assert any("۱ ردیف" in text for text in close_messages())

    contacts = window.show_page("contacts")
    assert isinstance(contacts, ContactsPage)
    run_export(contacts, tmp_path / "c.xlsx", contacts._export)
    wait_tasks()
    assert (tmp_path / "c.xlsx").is_file()
    close_messages()


def test_the_import_dialog_maps_checks_and_imports(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path) -> None:
    dialog = RegisterImportDialog(ctx, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.check_button.isEnabled()
    dialog.load(legacy_book(tmp_path / "legacy.xlsx"))
    wait_tasks()
    # The headers were recognised: «شماره», «تاریخ», «نوع», «موضوع», «از / به».
    assert dialog.columns.mapping() == {
        "number": "شماره", "registered_on": "تاریخ", "kind": "نوع", "subject": "موضوع",
        "party": "از / به", "sender_number": "شماره فرستنده"}
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.run(dry_run=True)
    wait_tasks()
    assert dialog.checked is not None and dialog.checked.dry_run
    assert dialog.refused.rowCount() == 3
    assert "چیزی ثبت نشد" in dialog.summary.text()
    assert letters.count_letters(ctx, admin, LetterQuery()) == 0
    assert dialog.import_button.isEnabled()
    dialog.run(dry_run=False)
    wait_tasks()
    assert letters.count_letters(ctx, admin, LetterQuery()) == 5
    assert "وارد شد" in dialog.summary.text()


def test_moving_to_another_database(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                    wait_tasks: WaitTasks, tmp_path: Path) -> None:
    letters.register_letter(ctx, admin, incoming())
    dialog = MoveDatabaseDialog(ctx, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.test_button.isEnabled()
    url = sqlite_url(tmp_path / "server.sqlite")
    dialog.url.setText(url)
    dialog.test()
    wait_tasks()
    assert "خالی و آماده" in dialog.state.text() and dialog.copy_button.isEnabled()
    dialog.copy()
    wait_tasks()
    assert dialog.result_ is not None and dialog.result_.ok
    assert "وارسی سلامت" in dialog.state.text() and dialog.use_button.isVisible()
    dialog.use_server()
    assert LocalSettings.load(ctx.data_dir).database_url == url
    close_messages()
    again = MoveDatabaseDialog(ctx, admin)
    qtbot.addWidget(again)
    again.url.setText(url)
    again.test()
    wait_tasks()
    assert "به کار رفته" in again.state.text() and not again.copy_button.isEnabled()


def test_a_new_computer_is_set_up_from_a_backup(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letters.register_letter(ctx, admin, incoming(subject="از رایانهٔ پیشین"))
    archive = operations.create_backup(ctx, admin, tmp_path / "office.zip").path
    new_machine = tmp_path / "new-machine"
    monkeypatch.setenv("SECRETARIAT_DATA_DIR", str(new_machine))
    flow = Startup(new_machine, data_dir_locked=True)
    # Closing the windows below rejects a dialog, and the flow would end the application's
    # event loop: every later test's waits would then return at once and time out.
    monkeypatch.setattr(flow, "finish", lambda _code: None)
    try:
        flow.start()
        wait_tasks()
        wizard = flow.current
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.folder_page.restore_button.text() == "بازیابی از پشتیبان…"
        dialog = RestoreDialog(None, None, archive, wizard, new_machine,
                               before_restore=wizard.release_database)
        dialog.accepted.connect(lambda: wizard._open_restored(new_machine))
        dialog.show()
        wait_tasks()
        assert dialog.restore_button.isEnabled()  # the wizard's unused database may go
        dialog.restore()
        wait_tasks()
        wait_tasks()
        login = flow.current
        assert isinstance(login, LoginDialog)  # the restored office asks who signs in
        assert flow.ctx is not None and flow.ctx.data_dir == new_machine
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        wait_tasks()
        flow.close()
