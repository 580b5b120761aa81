"""The same code on PostgreSQL (several workstations): migrations, accounts, audit, check."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from secretariat.kernel import accounts, org_settings, setup
from secretariat.kernel.context import SYSTEM_USER, open_context
from secretariat.kernel.integrity import run_check

pytestmark = pytest.mark.postgres


def test_foundation_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    ctx = open_context(tmp_path / "data", pg_url, create=True)
    try:
        assert ctx.engine.dialect.name == "postgresql"
        assert "secretariat" in ctx.database_label and "@" in ctx.database_label
        admin = setup.initialize(ctx, "admin", "admin-password-1", "مدیر")
        accounts.add_user(ctx, admin, "clerk1", "user-password-1", "clerk")
        org_settings.update_org_settings(ctx, admin, org_name="خانه صمت البرز")
        assert accounts.authenticate(ctx, "clerk1", "user-password-1").role == "clerk"
        assert run_check(ctx, SYSTEM_USER).ok
        raw = create_engine(pg_url)
        with raw.begin() as conn:
            conn.execute(text("UPDATE users SET role = 'admin' WHERE username = 'clerk1'"))
        raw.dispose()
        assert [p.code for p in run_check(ctx, SYSTEM_USER).problems] == ["record_changed_outside"]
    finally:
        ctx.close()
    # Opening again finds the schema current: no second migration, no backup.
    again = open_context(tmp_path / "data", pg_url)
    assert again.last_backup is None
    again.close()


def test_concurrent_audit_appends_keep_one_chain(tmp_path: Path, pg_url: str) -> None:
    ctx = open_context(tmp_path / "data", pg_url, create=True)
    admin = setup.initialize(ctx, "admin", "admin-password-1")
    errors: list[BaseException] = []

    def rename(i: int) -> None:
        try:
            for j in range(5):
                org_settings.update_org_settings(ctx, admin, address=f"نشانی {i}-{j}")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=rename, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = run_check(ctx, SYSTEM_USER)
    ctx.close()
    assert report.ok, report.problems
