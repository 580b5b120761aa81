"""Shared fixtures: a real SQLite database in a fresh folder per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secretariat.services import accounts, setup
from secretariat.services.context import AppContext, CurrentUser, open_context

ADMIN_PASSWORD = "admin-password-1"
USER_PASSWORD = "user-password-1"


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
