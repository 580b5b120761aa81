"""Background tasks: work runs on a pool thread, results and errors arrive on the UI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from secretariat.contacts import api as contacts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from tests.conftest import WaitTasks
from ui.pages import contacts_page
from ui.tasks import Requests, run_task, tasks_running

pytestmark = pytest.mark.gui


def test_result_is_delivered_on_the_ui_thread(qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    task = run_task(work, on_finished=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=5000)  # released on the UI thread


def test_exception_is_delivered_to_on_failed(qtbot: QtBot) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    task = run_task(work, on_finished=lambda _r: pytest.fail("must not finish"),
                    on_failed=failures.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert isinstance(failures[0], ValueError)


def test_callbacks_are_dropped_when_the_context_widget_is_gone(qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    gate = threading.Event()
    calls: list[object] = []
    widget = QWidget()
    run_task(lambda: gate.wait(5), on_finished=calls.append, context=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    gate.set()
    wait_tasks()
    assert calls == []


def test_an_unhandled_service_error_is_shown_in_persian(qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise ValidationError("org_name", "required")

    run_task(work, context=parent)
    wait_tasks()
    box = parent.findChild(QMessageBox)
    assert box is not None
    assert box.text() == "نام سازمان: این خانه نباید خالی باشد."
    box.close()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_requests_deliver_only_the_newest_answer_of_a_key(qtbot: QtBot, wait_tasks: WaitTasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    requests = Requests(owner)
    busy: list[bool] = []
    requests.busyChanged.connect(busy.append)
    slow_gate, shown = threading.Event(), list[object]()
    requests.run("list", lambda: slow_gate.wait(5) and "old answer", shown.append)
    requests.run("list", lambda: "new answer", shown.append)  # asked later, answered first
    requests.run("count", lambda: 3, shown.append)  # another key is not affected
    qtbot.waitUntil(lambda: "new answer" in shown, timeout=5000)
    slow_gate.set()
    wait_tasks()
    assert sorted(map(str, shown)) == ["3", "new answer"]
    assert busy == [True, False]
    assert not requests.busy


def test_the_contacts_page_shows_the_newest_search_not_the_last_to_arrive(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("الف نخست", "ب دوم"):
        contacts.add_contact(ctx, admin, contacts.ContactInput(name=name))
    real = contacts.list_contacts
    gate = threading.Event()

    def list_contacts(ctx_: AppContext, user: CurrentUser, text: str = "",
                      **kwargs: Any) -> list[contacts.ContactInfo]:
        if text == "الف":
            gate.wait(5)  # the older search answers last
        return real(ctx_, user, text, **kwargs)

    monkeypatch.setattr(contacts, "list_contacts", list_contacts)
    page = contacts_page.ContactsPage(ctx, admin)
    qtbot.addWidget(page)
    page.search.setText("الف")
    page.refresh()
    page.search.setText("ب")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    gate.set()
    wait_tasks()
    assert [page.model.contact_at(r).name for r in range(page.model.rowCount())] == ["ب دوم"]
