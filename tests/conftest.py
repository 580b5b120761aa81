"""Shared fixtures: a real SQLite database in a fresh folder per test.

Migrating a database and hashing the first admin's password (Argon2) cost about a third of
a second; they are done once per test session into template folders, and each test gets a
copy: ``ctx`` alone copies the migrated, empty database; ``ctx`` with ``admin`` copies the
one whose first admin exists (made exactly as ``setup.initialize`` makes it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secretariat.kernel import accounts, setup
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.keys import KEYS_DIR_ENV

ADMIN_PASSWORD = "admin-password-1"
USER_PASSWORD = "user-password-1"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's config or data folders (nor key store)."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("HOME", "")):
        monkeypatch.setenv(var, str(home / sub) if sub else str(home))
    monkeypatch.delenv(KEYS_DIR_ENV, raising=False)  # the key store follows the config folder


@dataclass(frozen=True)
class Templates:
    empty: Path  # a data folder whose database is migrated to head
    with_admin: Path  # the same, with the first admin «admin»
    admin: CurrentUser
    keys: Path  # the key store holding the templates' database key (copied with them)


def make_templates(root: Path, admin_full_name: str, password: str = ADMIN_PASSWORD) -> Templates:
    empty, with_admin, keys = root / "empty", root / "with-admin", root / "keys"
    # Session-wide: made before any test's private home exists, so its key store is its own.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEYS_DIR_ENV, str(keys))
        open_context(empty, create=True).close()
        shutil.copytree(empty, with_admin)
        context = open_context(with_admin)
        try:
            user = setup.initialize(context, "admin", password, admin_full_name)
        finally:
            context.close()
    return Templates(empty, with_admin, user, keys)


def install_template_keys(templates: Templates) -> None:
    """Put the templates' key file into this test's key store (a copy of the database
    finds its key, as a restored backup does on the workstation that made it)."""
    from secretariat.kernel.keys import keys_dir

    target = keys_dir()
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    for key_file in templates.keys.iterdir():
        shutil.copy2(key_file, target / key_file.name)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return make_templates(tmp_path_factory.mktemp("templates"), "مدیر سامانه")


def copy_template(templates: Templates, request: pytest.FixtureRequest, data_dir: Path) -> None:
    source = templates.with_admin if "admin" in request.fixturenames else templates.empty
    shutil.copytree(source, data_dir)
    install_template_keys(templates)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path, templates: Templates, request: pytest.FixtureRequest
        ) -> Iterator[AppContext]:
    copy_template(templates, request, data_dir)
    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def admin(ctx: AppContext, templates: Templates) -> CurrentUser:
    """The first admin, already in ``ctx``'s database (copied from the template)."""
    return templates.admin


MakeUser = Callable[..., CurrentUser]  # make_user(name, role="clerk", clearance="normal")
WaitTasks = Callable[..., None]  # tests/ui: wait_tasks(timeout=10_000)


@pytest.fixture
def make_user(ctx: AppContext, admin: CurrentUser) -> MakeUser:
    def make(name: str, role: str = "clerk", clearance: str = "normal") -> CurrentUser:
        accounts.add_user(ctx, admin, name, USER_PASSWORD, role, clearance, f"کاربر {name}")
        return accounts.authenticate(ctx, name, USER_PASSWORD)

    return make


PG_URL_ENV = "SECRETARIAT_TEST_PG_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (skipped when no server is configured)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} not set: no PostgreSQL server for this run")
    name = "t_" + uuid.uuid4().hex[:12]
    admin_engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()
