"""Building a document off the UI thread, with a progress dialog and Cancel for the long ones.

The work runs on the thread pool (``ui.tasks.run_task``). Its progress callback
runs on the worker thread, so it only emits a signal; the bridge object lives on
the UI thread and Qt queues the signal there, where the dialog is updated.
Cancel sets a flag that the next progress call turns into ``RenderCancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.crash import report_exception
from ui.tasks import Task, run_task

ProgressCallback = Callable[[int, int], None]
SHOW_AFTER_MS = 400  # quick documents finish before any dialog flashes up


class RenderCancelled(Exception):
    """The person pressed Cancel; not an error."""


class _ProgressBridge(QObject):
    progressed = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.cancelled = threading.Event()
        self.progressed.connect(self._show)
        dialog.canceled.connect(self.cancelled.set)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread."""
        if self.cancelled.is_set():
            raise RenderCancelled
        self.progressed.emit(done, total)

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))


def render_in_background(
    parent: QWidget,
    work: Callable[[ProgressCallback], bytes],
    label: str,
    on_done: Callable[[bytes], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run ``work(progress)`` on a worker; ``on_done(pdf)`` runs on the UI thread."""
    cancel = QCoreApplication.translate("PrintProgress", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    bridge = _ProgressBridge(dialog)

    def finished(data: bytes) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(data)

    def failed(exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(exc, RenderCancelled):
            if on_cancelled is not None:
                on_cancelled()
        else:
            report_exception(exc, parent)

    return run_task(lambda: work(bridge.report), finished, failed, context=parent)
