"""What operations adds to the main window (``ui/features.py``: ``window`` hooks): Tools ▸
back up now, restore, the earlier register's import; the backup age in the status bar;
automatic backups (daily, and at closing)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.operations import api as operations
from ui.operations import auto_backup
from ui.operations.backup_status import BackupStatusLabel


class MainWindowLike(Protocol):
    ctx: AppContext
    user: CurrentUser
    menus: dict[str, QMenu]

    def statusBar(self) -> QStatusBar: ...


class WindowActions(QWidget):
    """Holds the actions (their texts are this feature's translations)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, user: CurrentUser) -> None:
        super().__init__(window)
        self.hide()
        self.window_ = window
        self.ctx, self.user = ctx, user
        self.backup_now = QAction(self.tr("&Back up now"), window)
        self.backup_now.triggered.connect(self.open_backup_now)
        self.restore = QAction(self.tr("&Restore from a backup…"), window)
        self.restore.triggered.connect(self.open_restore)
        self.import_register = QAction(self.tr("&Import an earlier register (Excel)…"), window)
        self.import_register.triggered.connect(self.open_import)
        can_back_up = role_allows(user.role, operations.MANAGE_BACKUPS)
        self.backup_now.setVisible(can_back_up)
        self.restore.setVisible(can_back_up)
        self.import_register.setVisible(role_allows(user.role, operations.IMPORT_PERMISSION))
        self.status: BackupStatusLabel | None = None
        self.auto: auto_backup.AutoBackup | None = None

    def open_backup_now(self) -> QWidget:
        from ui.operations.backup_actions import back_up_now

        return back_up_now(self.window_, self.ctx, self.user)

    def open_restore(self) -> QWidget | None:
        from ui.operations.restore_dialog import choose_and_restore

        return choose_and_restore(self.window_, self.ctx, self.user)

    def open_import(self) -> QWidget:
        from ui.operations.import_dialog import RegisterImportDialog

        dialog = RegisterImportDialog(self.ctx, self.user, self.window_)
        dialog.open()
        return dialog


def install(window: MainWindowLike) -> None:
    assert isinstance(window, QMainWindow)
    extras = WindowActions(window, window.ctx, window.user)
    tools = window.menus["tools"]
    tools.addSeparator()
    for action in (extras.backup_now, extras.restore, extras.import_register):
        tools.addAction(action)
    extras.status = BackupStatusLabel(window.ctx, window)
    window.statusBar().addPermanentWidget(extras.status)
    extras.auto = auto_backup.install(window, window.ctx)


def extras_of(window: QMainWindow) -> WindowActions:
    """What ``install`` added to ``window`` (for tests and the screen tour)."""
    found = window.findChild(WindowActions)
    assert found is not None
    return found
