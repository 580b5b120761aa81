"""Cases on PostgreSQL: the same services — numbers, the clock in the query, the report, the
bulk load keeping the id sequences in step, and check."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.cases import api as cases
from secretariat.cases.api import CaseImport, CaseInput, CaseQuery
from secretariat.kernel import jalali, setup
from secretariat.kernel.context import open_context
from secretariat.kernel.integrity import run_check
from tests.cases.support import add_duties, j, opened
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.postgres


def test_cases_on_postgresql(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
                             ) -> None:
    monkeypatch.setattr(jalali, "today_tehran", lambda: j("1405/02/08"))
    ctx = open_context(tmp_path / "data", pg_url, create=True)
    try:
        admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
        add_duties(ctx, admin)
        assert cases.import_cases(ctx, admin, [CaseImport(CaseInput(
            duty="JT", channel="walk_in", subject="الف", received_on=j("1405/01/26")))]) == 1
        case = opened(ctx, admin, "1405/01/26", applicant="شرکت فولاد البرز",
                      applicant_id="10380284790")
        assert case.number == "1405/پ/2"
        cases.pause_case(ctx, admin, case.id, "مدارک", on=j("1405/01/30"))
        back = cases.resume_case(ctx, admin, case.id, on=j("1405/02/02"))
        assert (back.due_on, back.paused_days) == (j("1405/02/10"), 3)
        overdue = cases.list_cases(ctx, admin, CaseQuery(overdue=True))
        assert [c.number for c in overdue] == ["1405/پ/1"]
        assert cases.list_cases(ctx, admin, CaseQuery(sla="warning"))[0].id == case.id
        cases.add_holiday(ctx, admin, j("1405/02/09"), "تعطیلی")
        # Wednesday off: the Thursday due day moves past Friday, the weekend, to Saturday
        assert cases.get_case(ctx, admin, case.id).due_on == j("1405/02/12")
        report = cases.case_report(ctx, admin, j("1405/01/01"), j("1405/02/08"))
        assert (report.total.received, report.total.overdue) == (2, 1)
        result = run_check(ctx, admin)
        assert result.ok, result.problems
    finally:
        ctx.close()
