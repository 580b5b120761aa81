"""Run slow work (database, password hashing, migrations) off the UI thread.

The pattern Anki uses: the work is a plain function run on a QThreadPool worker;
its result or its exception comes back as a signal that Qt delivers on the UI
thread, where the callbacks may touch widgets. A task whose ``context`` widget
has been destroyed in the meantime drops its callbacks instead of crashing.

    run_task(lambda: accounts.authenticate(ctx, name, pw),
             on_finished=self._signed_in, on_failed=self._show_error, context=self)

Pages that query use ``Requests``: one "newest request" per key, so a reply that arrives
after a newer question was asked (the user typed on, changed a filter) is dropped instead
of overwriting the newer answer; the owner shows a busy state while any request runs, and
failures are reported in Persian (``ui.crash.report_exception``).

    self.requests = Requests(self)            # in a page's __init__
    self.requests.run("list", lambda: contacts.list_contacts(ctx, user, text), self._show)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.crash import report_exception

T = TypeVar("T")

# Tasks in flight, by key. A task stays here until its worker has let go of it (see
# _Releaser): then the last reference is dropped on the UI thread. Were a worker to drop the
# last reference, the Task (a QObject of the UI thread) and whatever its work closure holds
# (a page, a dialog) would be destroyed on the worker thread: a crash that shows up rarely,
# under load, somewhere inside Qt.
_running: dict[int, Task] = {}
_next_key = 0


class _Releaser(QObject):
    """Lives on the UI thread for the whole run; workers tell it when they let go of a task."""

    released = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.released.connect(self._release)

    @Slot(int)
    def _release(self, key: int) -> None:
        _running.pop(key, None)


_releaser: _Releaser | None = None


def _the_releaser() -> _Releaser:
    global _releaser
    if _releaser is None or not shiboken6.isValid(_releaser):
        _releaser = _Releaser()
    return _releaser


class Task(QObject):
    """One piece of background work. ``finished(result)`` or ``failed(exception)`` follows."""

    finished = Signal(object)
    failed = Signal(object)
    # Emitted from the worker thread; Task lives on the UI thread, so Qt queues it there.
    _completed = Signal(bool, object)

    def __init__(self, work: Callable[[], Any], context: QObject | None = None) -> None:
        super().__init__()
        self._work = work
        self._context = context
        self._completed.connect(self._deliver)

    def run_in_worker(self) -> None:
        """Called on the worker thread: never touch widgets here."""
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never dropped
            self._completed.emit(False, exc)
        else:
            self._completed.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        if self._context is not None and not shiboken6.isValid(self._context):
            return  # the window that asked has gone; nobody is left to tell
        if ok:
            self.finished.emit(payload)
        else:
            self.failed.emit(payload)


class _Runnable(QRunnable):
    """Holds only the task's key: the worker borrows the task for the run and tells the UI
    thread once it has let go, so the task is never freed on the worker."""

    def __init__(self, key: int, releaser: _Releaser) -> None:
        super().__init__()
        self._key = key
        self._releaser = releaser

    def run(self) -> None:
        task = _running.get(self._key)
        if task is not None:
            task.run_in_worker()
        del task  # before telling: after it, the UI thread may drop the last reference
        self._releaser.released.emit(self._key)


def run_task(
    work: Callable[[], T],
    on_finished: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
) -> Task:
    """Start ``work`` on the thread pool; callbacks run on the UI thread.

    Without ``on_failed`` a failure goes to the application's error report
    (a Persian message for expected errors, the crash dialog for the rest).
    """
    task = Task(work, context)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    else:
        task.failed.connect(lambda exc: report_exception(exc, context))
    global _next_key
    _next_key += 1
    _running[_next_key] = task
    QThreadPool.globalInstance().start(_Runnable(_next_key, _the_releaser()))
    return task


def tasks_running() -> int:
    return len(_running)


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until the workers are idle (shutdown and tests); results are delivered later."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Requests(QObject):
    """The newest request of each key wins: older replies are dropped, never shown.

    ``busyChanged(bool)`` tells the owner when the first request starts and the last one
    ends (pages show a busy cursor or disable a button). Callbacks run on the UI thread and
    only while the owner lives; the work itself never touches a QObject.
    """

    busyChanged = Signal(bool)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._owner = owner
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._in_flight = 0

    def run(
        self,
        key: str,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        self._serial += 1
        ticket = self._latest[key] = self._serial
        self._started()

        def done(result: T) -> None:
            self._ended()
            if self._latest.get(key) == ticket:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._ended()
            if self._latest.get(key) != ticket:
                return  # a newer request of this key is under way; its answer counts
            if on_failed is not None:
                on_failed(exc)
            else:
                report_exception(exc, self._owner if isinstance(self._owner, QWidget) else None)

        task = run_task(work, on_finished=done, on_failed=failed, context=self._owner)
        return task

    def is_latest(self, key: str, ticket: int) -> bool:
        return self._latest.get(key) == ticket

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def _started(self) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self.busyChanged.emit(True)

    def _ended(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight == 0:
            self.busyChanged.emit(False)
