"""Domain events: what changed, told after the change has committed.

A service calls ``ctx.emit(event, actor)`` inside its unit of work. The registry's
``Reaction``s for that event type run at once, inside the same transaction (another feature
keeping its rows in step); the event itself is held until the outermost unit of work commits
and is then handed to every subscriber of ``ctx.events`` on the committing thread. A rolled
back unit of work tells nobody. The UI's one Qt bridge (``ui/events.py``) subscribes here and
re-emits each event on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DomainEvent:
    """Base of every event: small, frozen, plain data (ids, not objects)."""


@dataclass(frozen=True)
class SettingsChanged(DomainEvent):
    keys: tuple[str, ...]


@dataclass(frozen=True)
class UserChanged(DomainEvent):
    username: str


Subscriber = Callable[[DomainEvent], None]


class EventBus:
    """In-process subscribers of one AppContext's committed events."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.append(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def publish(self, events: Iterable[DomainEvent]) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for event in events:
            for subscriber in subscribers:
                try:
                    subscriber(event)
                except Exception:
                    # The change is committed; one failing listener must not hide it from
                    # the others. Logged with its traceback, not swallowed.
                    log.exception("event subscriber failed on %r", event)
