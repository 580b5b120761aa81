"""The backup screens: the status bar's age, the Backups page, restoring an archive (in the
app and at first run), automatic backups daily and at closing."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser, open_context
from secretariat.kernel.integrity import run_check
from secretariat.operations import api as operations
from tests.conftest import WaitTasks
from tests.correspondence.support import incoming
from tests.operations.support import age_backup
from ui.main_window import MainWindow
from ui.operations import auto_backup
from ui.operations.backups_page import BackupsPage
from ui.operations.restore_dialog import RestoreDialog
from ui.operations.window import extras_of

pytestmark = pytest.mark.gui


def window_of(qtbot: QtBot, ctx: AppContext, user: CurrentUser) -> MainWindow:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_status_bar_says_how_old_the_last_backup_is(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser,
        wait_tasks: WaitTasks) -> None:
    window = window_of(qtbot, ctx, clerk)  # every user sees it
    wait_tasks()
    label = extras_of(window).status
    assert label is not None and window.statusBar().isAncestorOf(label)
    assert label.text() == "هنوز پشتیبانی گرفته نشده"
    assert "b00020" in label.styleSheet()  # red: no backup at all
    assert not extras_of(window).backup_now.isVisible()  # a clerk does not back up by hand

    made = operations.create_backup(ctx, admin)  # its event reaches the label
    wait_tasks()
    qtbot.waitUntil(lambda: label.text() == "آخرین پشتیبان: امروز")
    assert label.styleSheet() == ""
    assert str(made.path.name) in label.toolTip()

    age_backup(made.path, 9)
    label.refresh()
    wait_tasks()
    assert label.text() == "هنوز پشتیبانی گرفته نشده"  # an edited archive is not "good" any more
    operations.verify_backup(made.path)
    label.refresh()
    wait_tasks()
    assert label.text() == "آخرین پشتیبان: ۹ روز پیش" and "b00020" in label.styleSheet()


def test_the_backups_page_backs_up_lists_and_verifies(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path) -> None:
    window = window_of(qtbot, ctx, admin)
    page = window.show_page("backups")
    assert isinstance(page, BackupsPage)
    wait_tasks()
    assert page.model.rowCount() == 0 and "هنوز" in page.status_label.text()
    page.back_up()
    wait_tasks()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 2)) == "سالم"
    assert page.model.data(page.model.index(0, 1)) == "دستی"
    assert page.status_label.text() == "آخرین پشتیبان: امروز"
    usb = tmp_path / "usb"
    usb.mkdir()
    page.set_folder(usb)
    wait_tasks()
    assert str(usb) in page.folder_label.text()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


@pytest.fixture
def archive(ctx: AppContext, admin: CurrentUser) -> Path:
    letters.register_letter(ctx, admin, incoming(subject="نامه‌ای که باید بماند"))
    return operations.create_backup(ctx, admin).path


def test_restoring_into_an_empty_folder_from_the_app(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, archive: Path,
        wait_tasks: WaitTasks, tmp_path: Path) -> None:
    dialog = RestoreDialog(ctx, admin, archive)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks()
    assert dialog.verdict is not None and dialog.verdict.ok
    assert "سالم" in dialog.state.text()
    assert not dialog.restore_button.isEnabled()  # no folder chosen yet
    assert any("نامه: ۱" in label.text() for label in dialog.findChildren(QLabel))
    target = tmp_path / "restored"
    dialog.set_target(target)
    assert dialog.restore_button.isEnabled()
    dialog.restore()
    wait_tasks()
    assert dialog.result_ is not None
    restored = open_context(target)
    try:
        assert run_check(restored, SYSTEM_USER).ok
    finally:
        restored.close()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            assert "بازیابی شد" in box.text()
            box.close()


def test_a_bad_archive_cannot_be_restored(qtbot: QtBot, ctx: AppContext, archive: Path,
                                          wait_tasks: WaitTasks, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("database/"):
                # Bytes flipped mid-file (the file's tail may be zeros already).
                middle = len(data) // 2
                data = (data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 100])
                        + data[middle + 100:])
            dst.writestr(info.filename, data)
    dialog = RestoreDialog(ctx, None, bad)
    qtbot.addWidget(dialog)
    dialog.set_target(tmp_path / "x")
    wait_tasks()
    assert dialog.verdict is not None and not dialog.verdict.ok
    assert "سالم نیست" in dialog.state.text()
    assert not dialog.restore_button.isEnabled()


@pytest.fixture
def automatic() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    app.setProperty(auto_backup.ENABLED_PROPERTY, True)
    yield
    app.setProperty(auto_backup.ENABLED_PROPERTY, False)


def test_automatic_backups_daily_and_at_closing(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, automatic: None,
        wait_tasks: WaitTasks) -> None:
    window = window_of(qtbot, ctx, admin)
    auto = extras_of(window).auto
    assert auto is not None
    auto.check_daily()
    wait_tasks()
    daily = [b for b in operations.list_backups(ctx.data_dir) if b.kind == "daily"]
    assert len(daily) == 1 and daily[0].verified
    assert auto.check_daily() is not None
    wait_tasks()
    assert len(operations.list_backups(ctx.data_dir)) == 1  # once a day

    letters.register_letter(ctx, admin, incoming(subject="پیش از بستن"))
    window.close()
    assert window.isVisible()  # waits for the backup (never more than a few seconds)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=auto_backup.CLOSE_BUDGET_MS + 5000)
    # The closing one holds everything the morning's did and more: retention keeps the
    # newest of each day.
    kept = operations.list_backups(ctx.data_dir)
    assert [b.kind for b in kept] == ["close"] and kept[0].verified and kept[0].letters == 1


def test_closing_with_nothing_new_does_not_back_up_again(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, automatic: None,
        wait_tasks: WaitTasks) -> None:
    operations.create_backup(ctx, admin)
    window = window_of(qtbot, ctx, admin)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    wait_tasks()
    assert [b.kind for b in operations.list_backups(ctx.data_dir)] == ["manual"]


def test_a_damaged_database_opens_to_a_message_naming_the_latest_backup(
        qtbot: QtBot, ctx: AppContext, archive: Path, wait_tasks: WaitTasks,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.startup import Startup

    data = ctx.data_dir
    ctx.close()
    for suffix in ("-wal", "-shm"):
        (data / f"secretariat.sqlite{suffix}").unlink(missing_ok=True)
    (data / "secretariat.sqlite").write_bytes(b"not a database, a virus was here " * 500)
    flow = Startup(data, data_dir_locked=True)
    monkeypatch.setattr(flow, "finish", lambda _code: None)  # the test's loop goes on
    try:
        flow.start()
        wait_tasks()
        box = flow.current
        assert isinstance(box, QMessageBox)
        assert "آسیب دیده" in box.text() and str(archive) in box.text()
        assert "Traceback" not in box.text()
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        wait_tasks()
        flow.close()
        QApplication.setQuitOnLastWindowClosed(True)
