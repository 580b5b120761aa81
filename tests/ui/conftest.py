"""Qt UI tests: offscreen, the application configured like the real one, a fresh database per test."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from tests.conftest import Templates, WaitTasks, copy_template, make_templates
from tests.ui.passwords import ADMIN_PASSWORD, CLERK_PASSWORD
from ui.bootstrap import configure_application
from ui.tasks import tasks_running, wait_for_tasks

# The offscreen platform warns that it cannot do what a window manager does; not our bugs.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def configured_app(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """Right-to-left, fa_IR, Vazirmatn and the translators, exactly as ``ui.app.main`` sets them."""
    # Remembered data folders (QSettings) go to a throwaway place, not the tester's profile.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    configure_application(qapp)
    return qapp


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_ui_thread() -> Iterator[None]:
    """As in the app (ui.gc_policy): no cycle collection on worker threads."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    wait_for_tasks()
    gc.collect()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SECRETARIAT_DATA_DIR", str(path))
    monkeypatch.delenv("SECRETARIAT_DATABASE_URL", raising=False)
    return path


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """As in tests/conftest.py, with the UI tests' admin (her name is on screenshots)."""
    return make_templates(tmp_path_factory.mktemp("ui-templates"), "مریم احمدی", ADMIN_PASSWORD)


@pytest.fixture
def ctx(data_dir: Path, templates: Templates, request: pytest.FixtureRequest
        ) -> Iterator[AppContext]:
    copy_template(templates, request, data_dir)
    context = open_context(data_dir)
    yield context
    wait_for_tasks()
    context.close()


@pytest.fixture
def admin(ctx: AppContext, templates: Templates) -> CurrentUser:
    return templates.admin


@pytest.fixture
def clerk(ctx: AppContext, admin: CurrentUser) -> CurrentUser:
    info = accounts.add_user(ctx, admin, "clerk", CLERK_PASSWORD, "clerk", "normal",
                             full_name="علی رضایی", post_title="کارمند دبیرخانه")
    return CurrentUser(info.id, info.username, info.full_name, info.role, info.clearance)


@pytest.fixture
def wait_tasks(qtbot: QtBot) -> WaitTasks:
    """Call to wait until every background task has delivered its result on the UI thread."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: tasks_running() == 0, timeout=timeout)

    return wait
