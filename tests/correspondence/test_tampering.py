"""An attacker holding only the database file: edits found by ``check``, counters reconciled."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence._snapshots import read_letter
from secretariat.kernel import audit, keys
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.integrity import run_check
from tests.correspondence.support import incoming, outgoing, raw, register


def _codes(ctx: AppContext) -> list[str]:
    return [p.code for p in run_check(ctx, SYSTEM_USER).problems]


def _rechain(con: sqlite3.Connection, from_id: int, key: bytes) -> None:
    """Recompute every mac from ``from_id`` on, exactly as the application computes it."""
    prev = con.execute("SELECT mac FROM audit_log WHERE id = ?", (from_id - 1,)).fetchone()
    prev_mac = prev[0] if prev else audit.GENESIS_MAC
    rows = con.execute(
        "SELECT id, at, actor, action, entity, entity_id, before, after, state, prior"
        " FROM audit_log WHERE id >= ? ORDER BY id", (from_id,)).fetchall()
    for (entry_id, at, actor, action, entity, entity_id, before, after, state, prior) in rows:
        mac = audit.entry_mac(
            key, entry_id=entry_id, at=datetime.fromisoformat(at).replace(tzinfo=UTC),
            actor=actor, action=action, entity=entity, entity_id=entity_id, before=before,
            after=after, state=state, prior=prior, prev_mac=prev_mac)
        con.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (mac, entry_id))
        prev_mac = mac


def _forge_subject(ctx: AppContext, letter_id: int, subject: str, key: bytes) -> None:
    """Change a letter's subject, rewrite its audit entry's state and recompute the chain
    with ``key``: what someone with the database file, the source code and a guess can do."""
    with raw(ctx) as con:
        con.execute("UPDATE letters SET subject = ? WHERE id = ?", (subject, letter_id))
    with ctx.read() as session:
        snapshot = read_letter(session, str(letter_id))
    assert snapshot is not None and snapshot["subject"] == subject
    with raw(ctx) as con:
        (entry_id,) = con.execute(
            "SELECT max(id) FROM audit_log WHERE entity = 'letter' AND entity_id = ?",
            (str(letter_id),)).fetchone()
        con.execute("UPDATE audit_log SET state = ? WHERE id = ?",
                    (audit.state_digest(key, "letter", str(letter_id), snapshot), entry_id))
        later = con.execute("SELECT id FROM audit_log WHERE prior IS NOT NULL AND id > ?"
                            " AND entity = 'letter' AND entity_id = ?",
                            (entry_id, str(letter_id))).fetchall()
        assert not later  # the forged entry is the letter's last
        _rechain(con, entry_id, key)


@pytest.mark.parametrize("guess", ["empty", "database id", "random"])
def test_rewritten_row_and_entry_with_recomputed_chain_fail_check(
    ctx: AppContext, admin: CurrentUser, guess: str
) -> None:
    target = register(ctx, admin, incoming(subject="درخواست پروانه بهره‌برداری"))
    register(ctx, admin, outgoing())  # entries after the forged one are re-chained too
    assert run_check(ctx, SYSTEM_USER).ok
    with ctx.read() as session:
        db_id = keys.database_id(session)
    key = {"empty": b"", "database id": db_id.encode(), "random": keys.new_secret()}[guess]
    _forge_subject(ctx, target.id, "درخواست پروانه جعلی", key)
    codes = _codes(ctx)
    assert "audit_entry_edited" in codes and "record_changed_outside" in codes


def test_the_same_forgery_with_the_secret_would_pass(ctx: AppContext, admin: CurrentUser
                                                     ) -> None:
    """What protects the log is the key alone: with it, the forgery above is undetectable
    (so the key never goes into the database, and this test shows the attack is real)."""
    target = register(ctx, admin, incoming())
    register(ctx, admin, outgoing())
    with ctx.read() as session:
        key = keys.session_secret(session, keys.AUDIT_KEY)
    _forge_subject(ctx, target.id, "درخواست پروانه جعلی", key)
    assert run_check(ctx, SYSTEM_USER).ok


def test_counter_wound_back_by_two_fails_check(ctx: AppContext, admin: CurrentUser) -> None:
    for _ in range(3):
        register(ctx, admin, incoming())
    assert run_check(ctx, SYSTEM_USER).ok
    with raw(ctx) as con:
        con.execute("UPDATE counters SET last = last - 2 WHERE scope LIKE 'letter:%'")
    report = run_check(ctx, SYSTEM_USER)
    assert [p.code for p in report.problems] == ["counter_rewound"]
    assert report.problems[0].params["counter"] == 1
    assert report.problems[0].params["highest"] == 3
    assert report.counts["letter_counters"] == 1


def test_number_given_to_no_letter_fails_check(ctx: AppContext, admin: CurrentUser) -> None:
    register(ctx, admin, incoming())
    with raw(ctx) as con:
        con.execute("UPDATE counters SET last = last + 1 WHERE scope LIKE 'letter:%'")
    assert _codes(ctx) == ["counter_ahead"]


def test_gap_and_repeat_in_the_numbers_fail_check(ctx: AppContext, admin: CurrentUser) -> None:
    first = register(ctx, admin, incoming())
    second = register(ctx, admin, incoming())
    with raw(ctx) as con:  # renumber behind the app's back: 1 becomes 2, and 2 becomes 3
        con.execute("UPDATE letters SET seq = seq + 10 WHERE id IN (?, ?)", (first.id, second.id))
        con.execute("UPDATE letters SET seq = 3 WHERE id = ?", (second.id,))
        con.execute("UPDATE letters SET seq = 2 WHERE id = ?", (first.id,))
        con.execute("UPDATE counters SET last = 3 WHERE scope LIKE 'letter:%'")
    codes = _codes(ctx)
    assert "number_gap" in codes and "counter_rewound" not in codes


def test_cancelled_letters_keep_their_numbers_and_pass(ctx: AppContext, admin: CurrentUser
                                                       ) -> None:
    kept = register(ctx, admin, incoming())
    register(ctx, admin, incoming())
    letters.cancel_letter(ctx, admin, kept.id, "ثبت تکراری")
    assert run_check(ctx, SYSTEM_USER).ok


def test_checks_fast_loader_reads_what_the_services_record(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    """``check`` reads letters with untyped SQL; every snapshot must equal the one the
    services record (dates, times, flags, parties, files, keywords)."""
    from datetime import timedelta

    from secretariat.correspondence._snapshots import load_letters
    from secretariat.correspondence.api import PartyInput
    from secretariat.kernel.jalali import today_tehran

    today = today_tehran()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    a = register(ctx, admin, incoming(
        subject="با تاریخ و پیوست", sender_number="۱۲/ص", sender_date=today - timedelta(days=3),
        keywords=("فوری", "مالی"), urgency="urgent", classification="confidential",
        body="متن\nدو خط"), files=[scan])
    b = register(ctx, admin, outgoing(cc=(PartyInput(name="اداره گمرک", purpose="action"),),
                                      draft=True, reply_expected_by=today + timedelta(days=5)))
    letters.sign_letter(ctx, admin, b.id)
    letters.refer_letter(ctx, admin, a.id, ["admin"], "جهت اقدام")
    letters.cancel_letter(ctx, admin, a.id, "ثبت تکراری")
    with ctx.read() as session:
        loaded = dict(load_letters(session))
        assert loaded == {str(i): read_letter(session, str(i)) for i in (a.id, b.id)}
    assert run_check(ctx, SYSTEM_USER).ok
