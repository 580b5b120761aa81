"""Garbage collection only on the UI thread.

Python's cycle collector runs in whichever thread happens to allocate. If it
frees a cycle holding a Qt widget while a worker thread (ui.tasks) is running,
the widget is destroyed on that thread, and Qt crashes later at random. So the
automatic collector is switched off and a timer collects on the UI thread
instead (Anki does the same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_INTERVAL_MS = 10_000


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        gc.collect()


def collect_on_ui_thread(parent: QObject) -> UiThreadCollector:
    """Install the policy for the life of ``parent`` (the application)."""
    return UiThreadCollector(parent)
