"""The working-day calendar: Fridays, Nowruz, a lunar holiday, the admin's closures and
removals, the weekend setting, and due dates that follow them. Every expected date was
counted by hand on a calendar of 1405."""

from __future__ import annotations

import pytest

from secretariat.cases import api as cases
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from tests.cases.support import add_duties, j, opened, set_today
from tests.conftest import MakeUser


def test_holidays_of_1405_come_from_the_library_in_persian(ctx: AppContext, admin: CurrentUser
                                                           ) -> None:
    days = cases.list_holidays(ctx, admin, 1405)
    by_day = {h.day: h for h in days}
    assert [h.day for h in days] == sorted(by_day)
    assert all(j("1405/01/01") <= h.day <= j("1405/12/29") for h in days)
    assert "نوروز" in by_day[j("1405/01/01")].title
    assert by_day[j("1405/01/13")].title == "روز طبیعت"
    assert "قربان" in by_day[j("1405/03/06")].title  # a lunar holiday
    assert {h.source for h in days} == {"official"}


def test_due_dates_skip_fridays_and_follow_the_weekend_setting(ctx: AppContext,
                                                               admin: CurrentUser) -> None:
    # Received Wednesday 1405/01/26: Thursday counts, Friday does not.
    assert cases.add_workdays(ctx, admin, j("1405/01/26"), 5) == j("1405/02/01")
    assert cases.add_workdays(ctx, admin, j("1405/01/26"), 0) == j("1405/01/26")
    cases.set_weekend(ctx, admin, "thursday_friday")
    assert cases.add_workdays(ctx, admin, j("1405/01/26"), 5) == j("1405/02/02")
    assert cases.get_weekend(ctx, admin) == cases.Weekend.THURSDAY_FRIDAY


def test_due_dates_skip_nowruz(ctx: AppContext, admin: CurrentUser) -> None:
    # 1404/12/27 + 5: 12/28 (1), 12/29 and 1–4 Farvardin off, 01/05 (2), 01/06 (3), Friday,
    # 01/08 (4), 01/09 (5).
    assert cases.add_workdays(ctx, admin, j("1404/12/27"), 5) == j("1405/01/09")
    assert cases.working_days_between(ctx, admin, j("1404/12/27"), j("1405/01/09")) == 5


def test_a_lunar_holiday_and_the_admins_changes(ctx: AppContext, admin: CurrentUser) -> None:
    # Eid al-Adha 1405/03/06 (Wednesday) is off: 03/03 + 3 working days = 03/07.
    assert cases.add_workdays(ctx, admin, j("1405/03/03"), 3) == j("1405/03/07")
    # The moon was seen a day later: the admin removes 03/06 and adds 03/07.
    cases.remove_holiday(ctx, admin, j("1405/03/06"))
    assert cases.add_workdays(ctx, admin, j("1405/03/03"), 3) == j("1405/03/06")
    cases.add_holiday(ctx, admin, j("1405/03/07"), "عید سعید قربان (جابه‌جا)")
    # 03/04 (1), 03/05 (2), 03/06 (3), 03/07 off, 03/08 Friday, 03/09 (4).
    assert cases.add_workdays(ctx, admin, j("1405/03/03"), 4) == j("1405/03/09")
    listed = {h.day: h.source for h in cases.list_holidays(ctx, admin, 1405)}
    assert j("1405/03/06") not in listed  # removed days are left out
    assert listed[j("1405/03/07")] == "added"
    with_removed = cases.list_holidays(ctx, admin, 1405, include_removed=True)
    assert {h.day: h.source for h in with_removed}[j("1405/03/06")] == "removed"
    # Giving the official holiday back.
    cases.add_holiday(ctx, admin, j("1405/03/06"), "")
    assert {h.day: h.source for h in cases.list_holidays(ctx, admin, 1405)}[
        j("1405/03/06")] == "official"
    with pytest.raises(Conflict):
        cases.add_holiday(ctx, admin, j("1405/03/07"), "دوباره")
    with pytest.raises(ValidationError):
        cases.add_holiday(ctx, admin, j("1405/03/11"), "—")  # a title needs a letter
    with pytest.raises(Conflict):
        cases.remove_holiday(ctx, admin, j("1405/03/04"))  # an ordinary Monday


def test_an_added_closure_moves_open_cases(ctx: AppContext, admin: CurrentUser,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    set_today(monkeypatch, j("1405/03/03"))
    add_duties(ctx, admin)
    case = opened(ctx, admin, "1405/03/03", duty="C124")  # 5 days: 04, 05, 07, 09, 10
    assert case.due_on == j("1405/03/10")
    cases.add_holiday(ctx, admin, j("1405/03/04"), "تعطیلی به سبب آلودگی هوا")
    moved = cases.get_case(ctx, admin, case.id)
    assert moved.due_on == j("1405/03/11")
    assert moved.events[-1].action == "recalculate"
    assert "آلودگی" not in moved.events[-1].note and "۱۴۰۵/۰۳/۰۴" in moved.events[-1].note
    # A case opened after the closure counts it too.
    later = opened(ctx, admin, "1405/03/03", duty="C124")
    assert later.due_on == j("1405/03/11")


def test_month_view_marks_weekends_and_holidays(ctx: AppContext, admin: CurrentUser) -> None:
    days = cases.month_days(ctx, admin, 1405, 1)
    assert len(days) == 31 and days[0].day == j("1405/01/01")
    first = days[0]
    assert not first.working and first.source == "official"
    friday = next(d for d in days if d.day == j("1405/01/07"))
    assert friday.weekend and not friday.working
    assert next(d for d in days if d.day == j("1405/01/15")).working


def test_only_the_admin_changes_the_calendar(ctx: AppContext, make_user: MakeUser) -> None:
    manager = make_user("manager1", "manager")
    with pytest.raises(PermissionDenied):
        cases.add_holiday(ctx, manager, j("1405/03/04"), "تعطیلی")
    with pytest.raises(PermissionDenied):
        cases.set_weekend(ctx, manager, "thursday_friday")
