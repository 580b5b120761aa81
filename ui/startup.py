"""From start-up to the main window: open the database, first-run wizard, sign in.

Each step is a window opened with ``open()`` (no nested event loops) whose
``accepted``/``rejected`` signal leads to the next step; slow steps run on the
thread pool (ui.tasks).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from secretariat.kernel import org_settings, setup
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.errors import DatabaseError, SecretariatError
from secretariat.kernel.org_settings import OrgSettings
from ui.crash import log_file, report_exception, setup_logging, show_message
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.tasks import run_task

BUSY_DIALOG_DELAY_MS = 400


@dataclass(frozen=True)
class OpenedDatabase:
    ctx: AppContext
    initialized: bool
    org: OrgSettings
    logo: Path | None


def open_database(data_dir: Path, ctx: AppContext | None = None) -> OpenedDatabase:
    """Runs on a worker: open (migrating, with a backup first) and read what sign-in shows."""
    ctx = ctx or open_context(data_dir)
    try:
        initialized = setup.is_initialized(ctx)
        org = org_settings.get_org_settings(ctx) if initialized else OrgSettings()
    except BaseException:
        ctx.close()
        raise
    return OpenedDatabase(ctx, initialized, org, org_settings.logo_path(ctx, org))


class Startup(QObject):
    """Drives the steps; ``window`` is the main window once someone has signed in."""

    def __init__(self, data_dir: Path, data_dir_locked: bool = False) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.data_dir_locked = data_dir_locked
        self.ctx: AppContext | None = None
        self.current: QWidget | None = None  # the step's window, for tests and screenshots
        self.window: MainWindow | None = None
        self._busy: QProgressDialog | None = None

    def start(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)  # dialogs come and go before the window
        self._open(None)

    def _open(self, ctx: AppContext | None, username: str = "") -> None:
        self._busy_later(self.tr("Opening the database…"))
        run_task(lambda: open_database(self.data_dir, ctx),
                 on_finished=lambda opened: self._opened(opened, username),
                 on_failed=self._open_failed)

    def _opened(self, opened: OpenedDatabase, username: str) -> None:
        self._not_busy()
        self.ctx = opened.ctx
        if log_file() is None:  # the data folder exists now: the log goes into it
            setup_logging(opened.ctx.data_dir)
        if not opened.initialized:
            wizard = FirstRunWizard(opened.ctx, self.data_dir_locked)
            wizard.accepted.connect(lambda: self._wizard_done(wizard))
            wizard.rejected.connect(lambda: self.finish(0))
            self._show(wizard)
            return
        login = LoginDialog(opened.ctx, opened.org.org_name, opened.logo, username)
        login.accepted.connect(lambda: self._signed_in(login, opened.org))
        login.rejected.connect(lambda: self.finish(0))
        self._show(login)

    def _wizard_done(self, wizard: FirstRunWizard) -> None:
        self.ctx = wizard.result_ctx
        assert self.ctx is not None  # accepted: a database was prepared
        self.data_dir = self.ctx.data_dir
        admin = wizard.outcome.admin if wizard.outcome else None
        self._open(self.ctx, admin.username if admin else "")

    def _open_failed(self, exc: BaseException) -> None:
        self._not_busy()
        if isinstance(exc, DatabaseError) and exc.code == "no_database":
            # No database in the folder: the wizard offers to make one or choose another.
            wizard = FirstRunWizard(None, self.data_dir_locked, data_dir=self.data_dir)
            wizard.accepted.connect(lambda: self._wizard_done(wizard))
            wizard.rejected.connect(lambda: self.finish(0))
            self._show(wizard)
            return
        if not isinstance(exc, SecretariatError):
            report_exception(exc)
            self.finish(1)
            return
        # Deferred: only a database that fails to open needs the backups.
        from secretariat.operations.api import RECOVERY_CODES, recovery_hint

        text = error_text(exc)
        if exc.code in RECOVERY_CODES:
            # A database that cannot be opened: name the latest good backup too.
            text += "\n\n" + recovery_hint(self.data_dir)
        box = show_message(None, QMessageBox.Icon.Critical, text)
        box.finished.connect(lambda _result: self.finish(1))
        self.current = box

    def _signed_in(self, login: LoginDialog, org: OrgSettings) -> None:
        assert login.user is not None and self.ctx is not None
        user = login.user
        if not login.must_change:
            self._open_main(user, org)
            return
        dialog = ChangePasswordDialog(self.ctx, user, forced=True)
        dialog.accepted.connect(lambda: self._open_main(user, org))
        dialog.rejected.connect(lambda: self.finish(0))
        self._show(dialog)

    def _open_main(self, user: CurrentUser, org: OrgSettings) -> None:
        assert self.ctx is not None
        self.window = MainWindow(self.ctx, user, org)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current = self.window
        self.window.show()
        QApplication.setQuitOnLastWindowClosed(True)

    def _show(self, widget: QWidget) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current = widget
        widget.show()

    def _busy_later(self, text: str) -> None:
        """A busy indicator, shown only if the work takes long enough to notice."""
        self._busy = QProgressDialog(text, "", 0, 0)
        self._busy.setCancelButton(None)
        self._busy.setWindowTitle(self.tr("Secretariat"))
        self._busy.setMinimumDuration(0)
        self._busy.reset()  # QProgressDialog shows itself on creation otherwise
        busy = self._busy
        QTimer.singleShot(BUSY_DIALOG_DELAY_MS, self,
                          lambda: busy.show() if self._busy is busy else None)

    def _not_busy(self) -> None:
        if self._busy is not None:
            self._busy.hide()
            self._busy.deleteLater()
            self._busy = None

    def finish(self, code: int) -> None:
        QApplication.exit(code)

    def close(self) -> None:
        """After the event loop: release the database."""
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None
