"""``secretariat check`` over cases: an edit made outside the application (a due date, a
step's date) is caught, and so are counters that do not match the numbers given."""

from __future__ import annotations

import sqlite3

from secretariat.cases import api as cases
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.integrity import run_check
from tests.cases.support import add_duties, opened


def _execute(ctx: AppContext, sql: str) -> None:
    con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_check_is_clean_then_catches_edits_behind_our_back(ctx: AppContext, admin: CurrentUser
                                                           ) -> None:
    add_duties(ctx, admin)
    case = opened(ctx, admin, "1405/02/01")
    cases.step_case(ctx, admin, case.id, "in_review")
    cases.add_note(ctx, admin, case.id, "یادداشت")
    report = run_check(ctx, admin)
    assert report.ok, report.problems
    assert {"case_counters", "case_files"} <= set(report.checks)
    assert report.features["case_counters"] == "cases"

    _execute(ctx, f"UPDATE cases SET due_on = '2027-01-01' WHERE id = {case.id}")
    problems = {(p.code, p.params.get("entity"), p.params.get("id"))
                for p in run_check(ctx, admin).problems}
    assert ("record_changed_outside", "case", str(case.id)) in problems


def test_check_catches_a_backdated_event_and_a_counter_gap(ctx: AppContext, admin: CurrentUser
                                                          ) -> None:
    add_duties(ctx, admin)
    case = opened(ctx, admin, "1405/02/01")
    cases.step_case(ctx, admin, case.id, "in_review")
    _execute(ctx, f"UPDATE case_events SET happened_on = '2026-01-01' WHERE case_id = {case.id}"
                  " AND action = 'step'")
    _execute(ctx, "UPDATE counters SET last = last + 1 WHERE scope = 'case'")
    codes = {p.code for p in run_check(ctx, admin).problems}
    assert {"record_changed_outside", "counter_mismatch"} <= codes
