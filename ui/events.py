"""The one bridge from the core's domain events to the UI thread.

The core publishes an event after its unit of work commits, on whichever thread committed
(usually a worker of ``ui.tasks``). ``EventBridge`` subscribes to the context's bus and
re-emits each event as the Qt signal ``changed``; Qt queues it to the bridge's (the UI)
thread. Pages say what they show:

    bridge(ctx).on(self, (LetterRegistered, LetterChanged), lambda _event: self.reload())

A receiver that has been destroyed is forgotten (its callbacks never run on a dead widget).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from secretariat.kernel.context import AppContext
from secretariat.kernel.events import DomainEvent

Handler = Callable[[DomainEvent], None]


@dataclass
class _Listener:
    receiver: QObject
    types: tuple[type[DomainEvent], ...]
    handler: Handler


class EventBridge(QObject):
    changed = Signal(object)  # a DomainEvent, delivered on the UI thread
    _arrived = Signal(object)  # emitted on the committing thread, queued to this one

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._listeners: list[_Listener] = []
        self._arrived.connect(self._deliver)
        ctx.events.subscribe(self._from_any_thread)

    def _from_any_thread(self, event: DomainEvent) -> None:
        # Never touches a widget: only emits a signal, which Qt queues across threads.
        if shiboken6.isValid(self):
            self._arrived.emit(event)

    def _deliver(self, event: object) -> None:
        assert isinstance(event, DomainEvent)
        self.changed.emit(event)
        self._listeners = [lst for lst in self._listeners if shiboken6.isValid(lst.receiver)]
        for listener in list(self._listeners):
            if isinstance(event, listener.types) and shiboken6.isValid(listener.receiver):
                listener.handler(event)

    def on(self, receiver: QObject, types: tuple[type[DomainEvent], ...],
           handler: Handler) -> None:
        """Call ``handler(event)`` on the UI thread for events of ``types`` while
        ``receiver`` lives."""
        listener = _Listener(receiver, types, handler)
        self._listeners.append(listener)
        receiver.destroyed.connect(lambda *_a: self._forget(listener))

    def _forget(self, listener: _Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def close(self) -> None:
        self.ctx.events.unsubscribe(self._from_any_thread)


_bridges: dict[int, EventBridge] = {}


def bridge(ctx: AppContext) -> EventBridge:
    """The bridge of this context (made on first use, owned by the application)."""
    found = _bridges.get(id(ctx))
    if found is None or not shiboken6.isValid(found) or found.ctx is not ctx:
        found = EventBridge(ctx, QCoreApplication.instance())
        _bridges[id(ctx)] = found
    return found


def forget(ctx: AppContext) -> None:
    """When a context closes: stop listening to it."""
    found = _bridges.pop(id(ctx), None)
    if found is not None and shiboken6.isValid(found):
        found.close()
        found.deleteLater()
