from __future__ import annotations

import sqlite3

from secretariat.kernel import accounts, audit_log, org_settings
from secretariat.kernel.audit_log import AuditQuery
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.integrity import run_check
from tests.conftest import USER_PASSWORD


def _codes(ctx: AppContext) -> list[str]:
    return [p.code for p in run_check(ctx, SYSTEM_USER).problems]


def _raw(ctx: AppContext) -> sqlite3.Connection:
    return sqlite3.connect(ctx.data_dir / "secretariat.sqlite")


def test_every_change_is_audited_with_before_and_after(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    accounts.update_user(ctx, admin, "clerk1", clearance="confidential")
    org_settings.update_org_settings(ctx, admin, org_name="خانه صمت البرز")
    rows, total = audit_log.read_audit(ctx, admin, AuditQuery())
    assert total == len(rows) >= 5
    newest = rows[0]
    assert (newest.entity, newest.entity_id, newest.actor) == ("setting", "org_name", "admin")
    assert newest.after == {"value": "خانه صمت البرز"}
    update = next(r for r in rows if r.action == "update" and r.entity == "user")
    assert update.before is not None and update.after is not None
    assert (update.before["clearance"], update.after["clearance"]) == ("normal", "confidential")
    assert "password_hash" not in update.after
    only_users, _ = audit_log.read_audit(ctx, admin, AuditQuery(entity="user"))
    assert {r.entity for r in only_users} == {"user"}


def test_clean_database_passes_check(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    report = run_check(ctx, SYSTEM_USER)
    assert report.ok, report.problems
    assert {"sqlite_integrity", "audit_chain", "audited_state"} <= set(report.checks)


def test_edited_audit_entry_is_found(ctx: AppContext, admin: CurrentUser) -> None:
    with _raw(ctx) as raw:
        raw.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 1")
    assert "audit_entry_edited" in _codes(ctx)


def test_removed_audit_entries_are_found(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    with _raw(ctx) as raw:
        raw.execute("DELETE FROM audit_log WHERE id = 2")
    assert "audit_entry_missing" in _codes(ctx)


def test_removed_last_audit_entry_is_found(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    with _raw(ctx) as raw:
        raw.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert "audit_entry_missing" in _codes(ctx)


def test_user_edited_behind_the_apps_back_is_found(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    with _raw(ctx) as raw:
        raw.execute(
            "UPDATE users SET role = 'admin', clearance = 'secret' WHERE username = 'clerk1'"
        )
    report = run_check(ctx, SYSTEM_USER)
    assert [(p.code, p.params) for p in report.problems] == [
        ("record_changed_outside", {"entity": "user", "id": "2"})
    ]


def test_password_swapped_behind_the_apps_back_is_found(
    ctx: AppContext, admin: CurrentUser
) -> None:
    with _raw(ctx) as raw:
        raw.execute("UPDATE users SET password_hash = 'x' WHERE username = 'admin'")
    assert _codes(ctx) == ["record_changed_outside"]


def test_user_inserted_or_deleted_outside_is_found(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    with _raw(ctx) as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute(
            "INSERT INTO users (username, full_name, post_title, role, clearance, password_hash,"
            " active, must_change_password, created_at, failed_logins)"
            " VALUES ('intruder', '', '', 'admin', 'secret', 'x', 1, 0, '2026-01-01', 0)"
        )
        raw.execute("DELETE FROM users WHERE username = 'clerk1'")
    assert sorted(_codes(ctx)) == ["record_not_audited", "record_removed_outside"]


def test_setting_edited_outside_is_found(ctx: AppContext, admin: CurrentUser) -> None:
    with _raw(ctx) as raw:
        raw.execute("UPDATE settings SET value = '\"جعلی\"' WHERE key = 'org_name'")
    assert _codes(ctx) == ["record_changed_outside"]


def test_failed_logins_do_not_count_as_tampering(ctx: AppContext, admin: CurrentUser) -> None:
    import pytest

    from secretariat.kernel.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx, "admin", "wrong-password")
    assert run_check(ctx, SYSTEM_USER).ok
