"""Bringing old cases in at once: the same numbers, clocks, timelines and audit entries as
one-by-one opening and working (``check`` agrees), and the next case follows on."""

from __future__ import annotations

import pytest

from secretariat.cases import api as cases
from secretariat.cases.api import CaseImport, CaseInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.integrity import run_check
from tests.cases.support import add_duties, j, opened, set_today


def test_imported_cases_match_worked_ones(ctx: AppContext, admin: CurrentUser,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    set_today(monkeypatch, j("1405/03/01"))
    add_duties(ctx, admin)
    rows = [
        CaseImport(CaseInput(duty="JT", channel="walk_in", subject="الف",
                             received_on=j("1405/01/26")),
                   ((j("1405/01/29"), "step", "in_review"), (j("1405/01/30"), "pause", "applicant"),
                    (j("1405/02/02"), "resume", ""), (j("1405/02/09"), "close", "approved"))),
        CaseImport(CaseInput(duty="C124", channel="124", subject="ب", received_on=j("1405/02/10")),
                   ((j("1405/02/20"), "close", "withdrawn"),)),
        CaseImport(CaseInput(duty="JT", channel="walk_in", subject="ج",
                             received_on=j("1404/12/20")), ()),
    ]
    assert cases.import_cases(ctx, admin, rows) == 3
    worked = opened(ctx, admin, "1405/01/26")
    cases.pause_case(ctx, admin, worked.id, "مدارک", on=j("1405/01/30"))
    cases.resume_case(ctx, admin, worked.id, on=j("1405/02/02"))
    cases.close_case(ctx, admin, worked.id, "approved", on=j("1405/02/09"))
    first = cases.get_case_by_ref(ctx, admin, "1405/پ/1")
    same = cases.get_case(ctx, admin, worked.id)
    assert (first.due_on, first.paused_days, first.sla_state, first.days_to_close) == (
        same.due_on, same.paused_days, same.sla_state, same.days_to_close) == (
        j("1405/02/10"), 3, "met", 9)  # 12 working days to 02/09, 3 of them waiting
    assert worked.number == "1405/پ/3"  # after the two imported cases of 1405
    assert cases.get_case_by_ref(ctx, admin, "1404/پ/1").status == "registered"
    assert cases.get_case_by_ref(ctx, admin, "1405/پ/2").sla_state == "missed"
    report = run_check(ctx, admin)
    assert report.ok, report.problems
    with pytest.raises(ValidationError):  # steps out of order
        cases.import_cases(ctx, admin, [CaseImport(
            CaseInput(duty="JT", channel="walk_in", subject="د", received_on=j("1405/02/10")),
            ((j("1405/02/01"), "step", "in_review"),))])
