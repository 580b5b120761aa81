"""Shared fixtures: a real SQLite database in a fresh folder per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secretariat.kernel import accounts, setup
from secretariat.kernel.context import AppContext, CurrentUser, open_context

ADMIN_PASSWORD = "admin-password-1"
USER_PASSWORD = "user-password-1"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's config or data folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("HOME", "")):
        monkeypatch.setenv(var, str(home / sub) if sub else str(home))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def admin(ctx: AppContext) -> CurrentUser:
    return setup.initialize(ctx, "admin", ADMIN_PASSWORD, "مدیر سامانه")


@pytest.fixture
def make_user(ctx: AppContext, admin: CurrentUser):  # type: ignore[no-untyped-def]
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
