"""Automatic backups while the app runs: once a day, and at closing when anything changed.

Both run off the UI thread as the system (whoever is signed in). A daily backup that fails
says so at once (a message, and the status bar turns red until one succeeds). Closing waits
for the backup at most ``CLOSE_BUDGET_MS``, with its progress shown and a button to close at
once; a backup that has not finished by then is stopped and removed (the day's backup is
still there), never left half-written. Only the real application turns this on
(``ui.app.main`` sets the application property ``automatic_backups``), so a test's window
closes at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from secretariat.kernel.context import AppContext
from secretariat.kernel.errors import SecretariatError
from secretariat.operations import api as operations
from secretariat.operations.api import BackupInfo, Cancelled
from ui.crash import show_message
from ui.messages import error_text
from ui.progress import ProgressBridge, progress_dialog
from ui.tasks import Task, run_task

log = logging.getLogger(__name__)

ENABLED_PROPERTY = "automatic_backups"
CHECK_EVERY_MS = 30 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000  # after start-up has settled
CLOSE_BUDGET_MS = 8000



def enabled() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(ENABLED_PROPERTY))


class AutoBackup(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.running: Task | None = None
        self.bridge: ProgressBridge | None = None
        self.closing = False
        self.may_close = False
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_daily)
        self.timer.start(CHECK_EVERY_MS)
        # A timer of its own (not QTimer.singleShot) so closing can stop it: a window that
        # closed must not start a backup a minute later.
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check_daily)
        self.first.start(FIRST_CHECK_MS)
        window.installEventFilter(self)

    # --- once a day ------------------------------------------------------------------------

    def check_daily(self) -> Task | None:
        if self.running is not None or self.closing:
            return None
        return self._start("daily", None)

    # --- at closing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.may_close:
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self._closing()
            return True
        return False

    def _closing(self) -> None:
        if self.closing:
            return
        self.closing = True
        self.timer.stop()
        self.first.stop()
        self.dialog = progress_dialog(self.window, QCoreApplication.translate("AutoBackup", "Backing up before closing…"))
        self.dialog.setCancelButtonText(QCoreApplication.translate("AutoBackup", "Close now"))
        self.dialog.setMinimumDuration(0)
        self.dialog.show()
        if self.running is not None and self.bridge is not None:
            self.bridge.stop.set()  # a daily backup under way gives way; the closing one follows
            return
        self._start("close", self.dialog)
        QTimer.singleShot(CLOSE_BUDGET_MS, self, self._out_of_time)

    def _out_of_time(self) -> None:
        if self.bridge is not None and self.running is not None:
            log.warning("the backup at closing took too long and was stopped")
            self.bridge.stop.set()

    def _close_now(self) -> None:
        self.may_close = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.window.close()

    # --- running one -------------------------------------------------------------------------

    def _start(self, kind: str, dialog: QProgressDialog | None) -> Task:
        bridge = ProgressBridge(dialog)
        if dialog is None:
            bridge.setParent(self)
        self.bridge = bridge
        ctx = self.ctx

        def work() -> BackupInfo | None:
            return operations.automatic_backup(ctx, kind, bridge.report, bridge.should_stop)

        self.running = run_task(work, lambda made: self._ended(kind, made, None),
                                lambda exc: self._ended(kind, None, exc), context=self)
        return self.running

    def _ended(self, kind: str, made: BackupInfo | None, exc: BaseException | None) -> None:
        self.running = None
        self.bridge = None
        if made is not None:
            log.info("automatic %s backup written: %s", kind, made.path)
        failed = exc is not None and not isinstance(exc, Cancelled)
        if self.closing and kind == "daily":
            # Stopped to let the window close: the closing backup takes its place.
            assert self.dialog is not None
            self._start("close", self.dialog)
            QTimer.singleShot(CLOSE_BUDGET_MS, self, self._out_of_time)
            return
        if failed:
            assert exc is not None
            self._say_failed(exc, then_close=self.closing)
            return
        if self.closing:
            self._close_now()

    def _say_failed(self, exc: BaseException, then_close: bool) -> None:
        """Loudly: a message now (closing waits only for it to be read)."""
        log.error("automatic backup failed: %s", exc)
        reason = error_text(exc) if isinstance(exc, SecretariatError) else str(exc)
        text = QCoreApplication.translate("AutoBackup", "The automatic backup failed; your data is as it was, but it has no fresh "
                   "backup.\n\n{reason}").format(reason=reason)
        box = show_message(self.window, QMessageBox.Icon.Critical, text)
        if then_close:
            box.finished.connect(lambda _r: self._close_now())


def install(window: QMainWindow, ctx: AppContext) -> AutoBackup | None:
    return AutoBackup(window, ctx) if enabled() else None
