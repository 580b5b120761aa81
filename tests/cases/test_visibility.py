"""Confidentiality: a case above the user's clearance does not exist for them — not in a
list, a count, a search, a tile, a report, a letter's cases, the workgroup's resolutions,
and opening it by number or id is NotFound."""

from __future__ import annotations

import pytest

from secretariat.cases import api as cases
from secretariat.cases.api import CaseQuery, MeetingInput, ResolutionInput
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from tests.cases.support import add_duties, j, opened, set_today
from tests.conftest import MakeUser


def test_a_confidential_case_does_not_exist_for_a_normal_user(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser,
        monkeypatch: pytest.MonkeyPatch) -> None:
    set_today(monkeypatch, j("1405/03/01"))
    add_duties(ctx, admin)
    expert = make_user("expert1", "expert", "normal")
    make_user("expert2", "expert", "confidential")
    letter = letters.register_letter(ctx, admin, letters.LetterInput(
        kind="incoming", subject="درخواست", sender=letters.PartyInput(name="سازمان صمت"),
        registered_on=j("1405/02/01")))
    visible = opened(ctx, admin, "1405/02/01", assignee="expert1", subject="پروندهٔ عادی")
    secret = opened(ctx, admin, "1405/02/01", classification="confidential",
                    subject="پروندهٔ محرمانه", letter=letter.id, assignee="expert2")
    meeting = cases.add_meeting(ctx, admin, MeetingInput(j("1405/02/20")))
    cases.add_resolution(ctx, admin, ResolutionInput(meeting.id, secret.id, "تسهیلات", "bank",
                                                     j("1405/02/25")))
    # Overdue now, both of them.
    assert {c.id for c in cases.list_cases(ctx, admin, CaseQuery(overdue=True))} == {
        visible.id, secret.id}

    assert [c.id for c in cases.list_cases(ctx, expert)] == [visible.id]
    assert [c.id for c in cases.list_cases(ctx, expert, CaseQuery(text="محرمانه"))] == []
    assert cases.count_cases(ctx, expert, CaseQuery(overdue=True)) == 1
    assert cases.case_counts(ctx, expert, mine=False).overdue == 1
    assert cases.case_counts(ctx, expert, mine=False).resolutions_late == 0
    assert cases.list_resolutions(ctx, expert, late_only=True) == []
    assert cases.cases_of_letter(ctx, expert, letter.id) == []
    for ref in (secret.id, secret.number, secret.number.replace("1405", "۱۴۰۵")):
        with pytest.raises(NotFound):
            cases.resolve_case(ctx, expert, ref)
    with pytest.raises(NotFound):
        cases.get_case(ctx, expert, secret.id)
    with pytest.raises(NotFound):
        cases.add_note(ctx, expert, secret.id, "یادداشت")
    with pytest.raises(ValidationError):
        cases.add_resolution(ctx, expert, ResolutionInput(meeting.id, secret.number, "x",
                                                          "tax"))
    manager = make_user("manager1", "manager", "normal")
    report = cases.case_report(ctx, manager, j("1405/02/01"), j("1405/02/31"))
    assert (report.total.received, report.total.overdue, len(report.overdue)) == (1, 1, 1)
    assert report.resolutions_total.total == 0
    # Someone cleared for it sees it, and the confidential expert may be given it.
    assert len(cases.list_cases(ctx, admin)) == 2
    with pytest.raises(ValidationError) as refused:
        cases.assign_case(ctx, admin, secret.id, "expert1")
    assert refused.value.code == "assignee_lacks_clearance"


def test_search_finds_number_subject_and_applicant(ctx: AppContext, admin: CurrentUser) -> None:
    add_duties(ctx, admin)
    case = opened(ctx, admin, "1405/02/01", applicant="شركت كاشي البرز", tracking_no="TR-998")
    opened(ctx, admin, "1405/02/01", subject="درخواست دیگر")
    for text in ("کاشی", "جواز تأسیس", "tr-998", "1405/پ/1"):
        found = cases.list_cases(ctx, admin, CaseQuery(text=text))
        assert case.id in [c.id for c in found], text
    assert len(cases.list_cases(ctx, admin, CaseQuery(text="کاشی"))) == 1
