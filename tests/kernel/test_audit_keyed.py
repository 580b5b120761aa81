"""The keyed audit chain: compact entries, a workstation without the key, the upgrade of an
old unkeyed log, ``check --quick`` and the tail anchor."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from secretariat.cli.output import ProgressLine
from secretariat.kernel import accounts, audit_log, counters, keys
from secretariat.kernel.audit import AuditRow, rows_of
from secretariat.kernel.audit_log import AuditQuery
from secretariat.kernel.check_report import CheckReport
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser, open_context
from secretariat.kernel.db.engine import make_engine, sqlite_url
from secretariat.kernel.db.migrate import alembic_config
from secretariat.kernel.integrity import run_check
from secretariat.kernel.models import AuditEntry
from tests.conftest import USER_PASSWORD


def _raw(ctx: AppContext) -> sqlite3.Connection:
    return sqlite3.connect(ctx.data_dir / "secretariat.sqlite")


def _codes(ctx: AppContext, quick: bool = False) -> list[str]:
    return [p.code for p in run_check(ctx, SYSTEM_USER, quick=quick).problems]


def test_entries_keep_what_changed_and_show_whole_snapshots(ctx: AppContext, admin: CurrentUser
                                                            ) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk", full_name="کاربر یک")
    accounts.update_user(ctx, admin, "clerk1", clearance="confidential")
    with _raw(ctx) as con:
        stored = con.execute(
            "SELECT action, before, after, length(state), length(prior), length(mac)"
            " FROM audit_log WHERE entity = 'user' AND entity_id = '2' ORDER BY id").fetchall()
    assert stored == [
        ("create", None, None, 16, None, 32),  # the row holds every field
        ("update", '{"clearance":"normal"}', '{"clearance":"confidential"}', 16, 16, 32),
    ]
    rows, _ = audit_log.read_audit(ctx, admin, AuditQuery(entity="user", entity_id="2"))
    update, create = rows
    assert create.before is None and create.after is not None
    assert create.after["username"] == "clerk1" and create.after["clearance"] == "normal"
    assert update.before is not None and update.after is not None
    assert (update.before["clearance"], update.after["clearance"]) == ("normal", "confidential")
    assert update.before["full_name"] == update.after["full_name"] == "کاربر یک"


def test_a_workstation_without_the_key_cannot_verify_nor_write(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.KEYS_DIR_ENV, str(tmp_path / "empty-store"))
    report = run_check(ctx, SYSTEM_USER)
    assert [p.code for p in report.problems] == ["audit_key_missing"]
    from secretariat.kernel.messages import describe_problem

    sentence = describe_problem("audit_key_missing", report.problems[0].params)
    assert "وارسی نمی‌شود" in sentence and "دست‌کاری نیست" in sentence
    with pytest.raises(keys.KeyMissing) as refused:
        accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    assert "keys import" in str(refused.value)
    assert "clerk1" not in [u.username for u in accounts.list_users(ctx, admin)]


def test_quick_check_verifies_the_tail(ctx: AppContext, admin: CurrentUser) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    report = run_check(ctx, SYSTEM_USER, quick=True)
    assert report.ok and "audited_state" not in report.checks
    assert {"sqlite_integrity", "audit_chain"} <= set(report.checks)
    with _raw(ctx) as con:
        con.execute("UPDATE audit_log SET actor = 'someone' WHERE id = (SELECT max(id) FROM"
                    " audit_log)")
    assert _codes(ctx, quick=True) == ["audit_entry_edited"]


def test_removed_tail_is_found_by_the_anchor_even_with_sqlite_sequence_fixed(
    ctx: AppContext, admin: CurrentUser
) -> None:
    accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk")
    accounts.add_user(ctx, admin, "clerk2", USER_PASSWORD, "clerk")
    assert run_check(ctx, SYSTEM_USER).ok  # this workstation remembers the last entry it verified
    with _raw(ctx) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DELETE FROM users WHERE username = 'clerk2'")
        con.execute("DELETE FROM audit_log WHERE entity = 'user' AND entity_id = '3'")
        con.execute("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_log)"
                    " WHERE name = 'audit_log'")
    assert _codes(ctx) == ["audit_tail_removed"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_key_file_others_can_read_is_reported(ctx: AppContext) -> None:
    with ctx.read() as session:
        path = keys.KeyStore().path_for(keys.database_id(session))
    os.chmod(path, 0o644)
    assert _codes(ctx) == ["keys_file_not_private"]


def test_generic_counter_reconciliation_for_any_feature(ctx: AppContext) -> None:
    """What a feature's check does: one tally of its rows' numbers, one call."""
    with ctx.write() as session:
        for _ in range(3):
            counters.allocate(session, "case", 1405)
        counters.allocate(session, "member:5")
    rows = [("case", 1405, 1), ("case", 1405, 3), ("member:5", 0, 1)]
    report = CheckReport()
    with ctx.read() as session:
        counters.reconcile(session, report, "", counters.tally(rows))
    assert [(p.code, p.params["scope"]) for p in report.problems] == [("number_gap", "case")]
    report = CheckReport()
    with ctx.read() as session:
        counters.reconcile(session, report, "case", counters.tally([("case", 1405, 1)]))
    assert [p.code for p in report.problems] == ["counter_ahead"]


def test_progress_line_writes_one_line_and_clears_it() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream, every=0)
    line("audit_chain", 25_000, 1_000_000)
    line("audited_state", 50_000, 0)
    line.clear()
    text = stream.getvalue()
    assert "\rcheck audit_chain 25,000/1,000,000" in text and "audited_state 50,000" in text
    assert text.endswith("\r") and "\n" not in text


# --- the upgrade of an old, unkeyed log -------------------------------------------------

def _legacy_hash(entry: list[object]) -> str:
    payload = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _old_release_database(data: Path, tamper: bool, url: str | None = None) -> str:
    """A database as the release before the keyed chain left it: a user, a setting and their
    unkeyed SHA-256 chain (one entry edited afterwards when ``tamper``). Returns its URL."""
    from alembic import command
    from sqlalchemy import text

    data.mkdir()
    url = url or sqlite_url(data / "secretariat.sqlite")
    engine = make_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011_integrity")
    password_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
    user = {"username": "admin", "full_name": "مدیر", "post_title": "", "role": "admin",
            "clearance": "secret", "active": True, "must_change_password": False,
            "password": hashlib.sha256(password_hash.encode()).hexdigest()[:16]}
    created = {**user, "full_name": ""}
    at = datetime(2026, 1, 1, tzinfo=UTC)
    entries = [
        ("system", "create", "user", "1", None, created),
        ("admin", "create", "setting", "org_name", None, {"value": "خانه صمت"}),
        ("admin", "update", "user", "1", created, user),
    ]
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (id, username, full_name, post_title, role, clearance,"
            " password_hash, active, must_change_password, created_at, failed_logins)"
            " VALUES (1, 'admin', 'مدیر', '', 'admin', 'secret', :h, true, false,"
            " '2026-01-01 00:00:00', 0)"), {"h": password_hash})
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('org_name', :v)"),
                     {"v": '"خانه صمت"'})
        prev = "0" * 64
        for entry_id, (actor, action, entity, entity_id, before, after) in enumerate(entries, 1):
            before_json = json.dumps(before, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":")) if before else None
            after_json = json.dumps(after, ensure_ascii=False, sort_keys=True,
                                    separators=(",", ":"))
            digest = _legacy_hash([entry_id, at.isoformat(), actor, action, entity, entity_id,
                                   before_json, after_json, prev])
            conn.execute(text(
                "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before, after,"
                " prev_hash, hash) VALUES (:id, '2026-01-01 00:00:00', :actor, :action, :entity,"
                " :eid, :b, :a, :p, :h)"),
                {"id": entry_id, "actor": actor, "action": action, "entity": entity,
                 "eid": entity_id, "b": before_json, "a": after_json, "p": prev, "h": digest})
            prev = digest
        if tamper:  # edited before the upgrade, with the chain left as it was
            conn.execute(text("UPDATE audit_log SET actor = 'someone' WHERE id = 2"))
            if engine.dialect.name == "sqlite":  # and the tail removed
                conn.execute(text("UPDATE sqlite_sequence SET seq = 5 WHERE name = 'audit_log'"))
    engine.dispose()
    return url


def _upgraded_rows(data: Path, url: str) -> list[AuditRow]:
    ctx = open_context(data, url)
    try:
        report = run_check(ctx, SYSTEM_USER)
        assert report.ok, report.problems
        with ctx.read() as session:
            return rows_of(session, list(session.scalars(
                select(AuditEntry).order_by(AuditEntry.id))))
    finally:
        ctx.close()


def test_an_old_log_is_rechained_with_the_key_at_upgrade(tmp_path: Path) -> None:
    url = _old_release_database(tmp_path / "data", tamper=False)
    rows = _upgraded_rows(tmp_path / "data", url)
    assert [(r.action, r.entity) for r in rows] == [
        ("create", "user"), ("create", "setting"), ("update", "user")]
    created, _setting, update = rows
    assert created.after is not None and created.after["full_name"] == ""
    assert update.before is not None and update.after is not None
    assert (update.before["full_name"], update.after["full_name"]) == ("", "مدیر")
    assert update.after["role"] == "admin"
    with sqlite3.connect(tmp_path / "data" / "secretariat.sqlite") as con:
        stored = con.execute("SELECT before, after FROM audit_log ORDER BY id").fetchall()
        columns = {r[1] for r in con.execute("PRAGMA table_info(audit_log)")}
    assert stored == [(None, None), (None, None), ('{"full_name":""}', '{"full_name":"مدیر"}')]
    assert {"mac", "state", "prior"} <= columns and not {"hash", "prev_hash"} & columns


@pytest.mark.postgres
def test_an_old_log_on_postgresql_is_rechained_at_upgrade(tmp_path: Path, pg_url: str) -> None:
    _old_release_database(tmp_path / "data", tamper=False, url=pg_url)
    rows = _upgraded_rows(tmp_path / "data", pg_url)
    assert rows[2].after is not None and rows[2].after["full_name"] == "مدیر"


def test_an_entry_edited_before_the_upgrade_is_still_reported(tmp_path: Path) -> None:
    _old_release_database(tmp_path / "data", tamper=True)
    ctx = open_context(tmp_path / "data")
    try:
        assert [(p.code, p.params) for p in run_check(ctx, SYSTEM_USER).problems] == [
            ("audit_entry_edited", {"id": 2}), ("audit_entry_missing", {"from": 4, "to": 5})]
    finally:
        ctx.close()
