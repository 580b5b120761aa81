"""A long event loop of signal → slot calls.

PySide6 6.12.0 on Python 3.11 corrupts the reference count of None and aborts
("none_dealloc") after a few thousand slot calls; the pinned 6.11.3 survives.
Keep this test when upgrading PySide6.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot

pytestmark = pytest.mark.gui

ITERATIONS = 20_000


class PingPong(QObject):
    ping = Signal(object)
    pong = Signal(object, object)

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.count = 0
        queued = Qt.ConnectionType.QueuedConnection  # every call goes through the event loop
        self.ping.connect(self.on_ping, queued)
        self.pong.connect(self.on_pong, queued)

    @Slot(object)
    def on_ping(self, value: object) -> None:
        self.pong.emit(value, None)  # None crosses the signal on every call

    @Slot(object, object)
    def on_pong(self, value: object, nothing: object) -> None:
        assert nothing is None
        self.count += 1
        if self.count >= ITERATIONS:
            self.loop.quit()
        else:
            self.ping.emit(None if self.count % 2 else {"n": self.count})


def test_twenty_thousand_slot_calls_through_the_event_loop(qapp: QCoreApplication) -> None:
    loop = QEventLoop()
    pinger = PingPong(loop)
    QTimer.singleShot(0, lambda: pinger.ping.emit(None))
    QTimer.singleShot(60_000, loop.quit)  # a hang fails the count below, not the whole run
    loop.exec()
    assert pinger.count == ITERATIONS
