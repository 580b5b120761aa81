"""Long operations off the UI thread with a progress dialog: backups, restores, copies,
exports, imports.

The work gets ``progress(Progress)`` and ``should_stop()``; both are called on the worker
thread, so ``progress`` only emits a signal that Qt queues to the dialog on the UI thread,
and Cancel only sets a flag (the operation stops at its next step and removes what it had
half-written: ``Cancelled``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from ui.crash import report_exception
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Task, run_task

T = TypeVar("T")
SHOW_AFTER_MS = 300

STAGES = {
    "snapshot": QT_TRANSLATE_NOOP("OperationProgress", "Copying the database…"),
    "files": QT_TRANSLATE_NOOP("OperationProgress", "Writing the archive…"),
    "verify": QT_TRANSLATE_NOOP("OperationProgress", "Verifying the archive…"),
    "restore": QT_TRANSLATE_NOOP("OperationProgress", "Restoring files…"),
    "copy": QT_TRANSLATE_NOOP("OperationProgress", "Copying rows…"),
    "export": QT_TRANSLATE_NOOP("OperationProgress", "Writing the workbook…"),
    "import": QT_TRANSLATE_NOOP("OperationProgress", "Checking rows…"),
}


def stage_text(stage: str) -> str:
    return QCoreApplication.translate("OperationProgress", STAGES.get(stage, stage))


class ProgressBridge(QObject):
    """Lives on the UI thread; the worker reports through it."""

    progressed = Signal(object)

    def __init__(self, dialog: QProgressDialog | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.stop = threading.Event()
        self.progressed.connect(self._show)
        if dialog is not None:
            dialog.canceled.connect(self.stop.set)

    def report(self, progress: Progress) -> None:
        """Called on the worker thread."""
        self.progressed.emit(progress)

    def should_stop(self) -> bool:
        return self.stop.is_set()

    @Slot(object)
    def _show(self, progress: Progress) -> None:
        if self.dialog is None:
            return
        self.dialog.setLabelText(stage_text(progress.stage))
        self.dialog.setValue(int(progress.fraction * 1000))


def progress_dialog(parent: QWidget | None, title: str, cancellable: bool = True
                    ) -> QProgressDialog:
    cancel = QCoreApplication.translate("OperationProgress", "Cancel") if cancellable else ""
    dialog = QProgressDialog(title, cancel, 0, 1000, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)
    return dialog


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[ProgressFn, StopFn], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> Task:
    """``work(progress, should_stop)`` on a worker with a progress dialog; ``on_done`` on the
    UI thread. A cancelled operation is silent; other failures go to ``on_failed`` (or the
    usual Persian message)."""
    dialog = progress_dialog(parent, title, cancellable)
    bridge = ProgressBridge(dialog)

    def finished(result: T) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(exc, Cancelled):
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            report_exception(exc, parent)

    return run_task(lambda: work(bridge.report, bridge.should_stop), finished, failed,
                    context=parent)
