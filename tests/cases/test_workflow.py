"""Opening and working a case: numbers, the clock (pauses move the due date), SLA states
computed by the database, backdated steps and their refusals, closing frozen as met or
missed. Dates counted by hand on 1405's calendar (Fridays off, no holiday from 1405/01/26
to 1405/03/05)."""

from __future__ import annotations

import sqlite3

import pytest

from secretariat.cases import api as cases
from secretariat.cases.api import CaseQuery
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from tests.cases.support import add_duties, j, opened, set_today
from tests.conftest import MakeUser


@pytest.fixture
def office(ctx: AppContext, admin: CurrentUser, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    set_today(monkeypatch, j("1405/02/04"))
    add_duties(ctx, admin)
    return ctx


def table_count(ctx: AppContext, table: str) -> int:
    con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_opening_numbers_and_sets_the_clock(office: AppContext, admin: CurrentUser,
                                            make_user: MakeUser) -> None:
    make_user("expert1", "expert")
    case = opened(office, admin, "1405/01/26", assignee="expert1", applicant="شرکت فولاد البرز",
                  applicant_id="10380284790", ref_124="۱۲۴۵۶۷")
    # 10 working days after Wednesday 01/26: 27, 29, 30, 31, 02/01, 02, 03, 05, 06, 07.
    assert (case.number, case.status, case.due_on, case.warn_on) == (
        "1405/پ/1", "registered", j("1405/02/07"), j("1405/02/05"))
    assert (case.applicant, case.applicant_code, case.ref_124, case.assignee) == (
        "شرکت فولاد البرز", "10380284790", "124567", "expert1")
    assert case.sla_state == "on_track" and case.working_days_left == 3
    second = opened(office, admin, "1405/02/01")
    assert second.number == "1405/پ/2"
    last_year = opened(office, admin, "1404/12/20")
    assert last_year.number == "1404/پ/1"
    assert [e.action for e in case.events] == ["opened"]


def test_refused_cases_write_nothing_and_consume_no_number(office: AppContext,
                                                          admin: CurrentUser,
                                                          make_user: MakeUser) -> None:
    make_user("clerk1", "clerk")
    bad = [
        dict(duty="XX"),
        dict(received="1405/02/05"),  # tomorrow
        dict(applicant="واحد نمونه", applicant_id="0012345678"),
        dict(applicant="شرکت نمونه", applicant_id="10380284792"),
        dict(assignee="clerk1"),  # a clerk may not work cases
        dict(channel="fax"),
        dict(letter="1405/و/99"),
    ]
    for extra in bad:
        received = str(extra.pop("received", "1405/02/01"))
        with pytest.raises(ValidationError):
            opened(office, admin, received, **extra)
    assert table_count(office, "cases") == 0
    assert opened(office, admin, "1405/02/01").number == "1405/پ/1"


def test_pauses_move_the_due_date_by_paused_working_days(office: AppContext,
                                                        admin: CurrentUser) -> None:
    case = opened(office, admin, "1405/01/26")
    cases.step_case(office, admin, case.id, "in_review", on=j("1405/01/29"))
    paused = cases.pause_case(office, admin, case.id, "مدارک ناقص است", "applicant",
                              on=j("1405/01/30"))
    assert (paused.status, paused.paused_since, paused.waiting) == (
        "waiting_applicant", j("1405/01/30"), "applicant")
    # Paused working days 01/30, 01/31, 02/01 (resume 02/02): due moves 3 working days.
    resumed = cases.resume_case(office, admin, case.id, on=j("1405/02/02"))
    assert (resumed.status, resumed.paused_days, resumed.paused_since) == ("in_review", 3, None)
    assert (resumed.due_on, resumed.warn_on) == (j("1405/02/10"), j("1405/02/08"))
    assert [e.action for e in resumed.events] == ["opened", "step", "pause", "resume"]


def test_a_duty_that_does_not_pause_keeps_the_clock_running(office: AppContext,
                                                           admin: CurrentUser) -> None:
    cases.add_duty(office, admin, cases.DutyInput(code="BY", title="به‌روزرسانی شناسه",
                                                  service_days=10, pauses=False))
    case = opened(office, admin, "1405/01/26", duty="BY")
    cases.pause_case(office, admin, case.id, "امضای سازمان", "organization", on=j("1405/01/30"))
    back = cases.resume_case(office, admin, case.id, on=j("1405/02/02"))
    assert (back.due_on, back.paused_days, back.status) == (j("1405/02/07"), 0, "registered")


@pytest.mark.parametrize(("today", "state", "left"), [
    ("1405/02/04", "on_track", 3),
    ("1405/02/05", "warning", 2),
    ("1405/02/07", "warning", 0),
    ("1405/02/08", "breached", -1),
])
def test_sla_states_are_computed_in_the_query(office: AppContext, admin: CurrentUser,
                                              monkeypatch: pytest.MonkeyPatch, today: str,
                                              state: str, left: int) -> None:
    case = opened(office, admin, "1405/01/26")
    set_today(monkeypatch, j(today))
    row = cases.list_cases(office, admin)[0]
    assert (row.sla_state, row.working_days_left) == (state, left)
    assert [c.id for c in cases.list_cases(office, admin, CaseQuery(sla=state))] == [case.id]
    assert cases.count_cases(office, admin, CaseQuery(overdue=True)) == (state == "breached")
    counts = cases.case_counts(office, admin, mine=False)
    assert (counts.overdue, counts.due_soon) == (state == "breached", state == "warning")


def test_a_paused_case_keeps_its_state_while_it_waits(office: AppContext, admin: CurrentUser,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    case = opened(office, admin, "1405/01/26")
    cases.pause_case(office, admin, case.id, "در انتظار مدارک", on=j("1405/01/30"))
    set_today(monkeypatch, j("1405/02/20"))  # long past the original due date
    row = cases.get_case(office, admin, case.id)
    assert (row.sla_state, row.working_days_left) == ("on_track", 7)
    assert cases.count_cases(office, admin, CaseQuery(overdue=True)) == 0


def test_closing_freezes_met_or_missed(office: AppContext, admin: CurrentUser,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    set_today(monkeypatch, j("1405/02/20"))
    on_time = opened(office, admin, "1405/01/26")
    late = opened(office, admin, "1405/01/26")
    met = cases.close_case(office, admin, on_time.id, "approved", on=j("1405/02/07"))
    missed = cases.close_case(office, admin, late.id, "rejected", on=j("1405/02/08"))
    assert (met.sla_state, met.status, met.outcome, met.closed_on, met.days_to_close) == (
        "met", "closed", "approved", j("1405/02/07"), 10)
    assert (missed.sla_state, missed.days_to_close, missed.working_days_left) == (
        "missed", 11, None)
    assert [c.id for c in cases.list_cases(office, admin, CaseQuery(sla="missed"))] == [late.id]
    with pytest.raises(Conflict):
        cases.close_case(office, admin, on_time.id, "approved")  # close twice
    with pytest.raises(Conflict):
        cases.pause_case(office, admin, on_time.id, "دیرتر")  # pause a closed case


def test_backdated_steps_and_their_refusals(office: AppContext, admin: CurrentUser) -> None:
    case = opened(office, admin, "1405/01/26")
    cases.step_case(office, admin, case.id, "in_review", on=j("1405/01/29"))
    before = table_count(office, "case_events"), table_count(office, "audit_log")
    with pytest.raises(ValidationError) as early:
        cases.step_case(office, admin, case.id, "site_visit", on=j("1405/01/28"))
    assert early.value.code == "step_before_previous"
    with pytest.raises(ValidationError) as future:
        cases.step_case(office, admin, case.id, "site_visit", on=j("1405/02/05"))
    assert future.value.code == "date_in_future"
    with pytest.raises(ValidationError) as back:
        cases.step_case(office, admin, case.id, "in_review")
    assert back.value.code == "step_out_of_order"
    with pytest.raises(Conflict):
        cases.resume_case(office, admin, case.id)  # not paused
    with pytest.raises(ValidationError):
        cases.pause_case(office, admin, case.id, "x", on=j("1405/01/27"))
    assert (table_count(office, "case_events"), table_count(office, "audit_log")) == before
    same_day = cases.step_case(office, admin, case.id, "site_visit", on=j("1405/01/29"))
    assert same_day.status == "site_visit"


def test_assigning_needs_a_worker_and_a_manager(office: AppContext, admin: CurrentUser,
                                               make_user: MakeUser) -> None:
    expert = make_user("expert1", "expert")
    make_user("expert2", "expert")
    make_user("viewer1", "viewer")
    case = opened(office, admin, "1405/02/01")
    taken = cases.assign_case(office, expert, case.id, "expert1")  # unassigned: take it
    assert taken.assignee == "expert1"
    with pytest.raises(PermissionDenied):
        cases.assign_case(office, expert, case.id, "expert2")  # only a manager reassigns
    with pytest.raises(ValidationError) as refused:
        cases.assign_case(office, admin, case.id, "viewer1", "کارشناس دیگر")
    assert refused.value.code == "assignee_lacks_permission"
    moved = cases.assign_case(office, admin, case.id, "expert2", "مرخصی کارشناس")
    assert moved.events[-1].detail == "expert2" and moved.events[-1].note == "مرخصی کارشناس"
    mine = cases.list_cases(office, expert, CaseQuery(mine=True))
    assert mine == []


def test_my_cases_are_sorted_overdue_first(office: AppContext, admin: CurrentUser,
                                           make_user: MakeUser,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    make_user("expert1", "expert")
    expert = make_user("expert9", "expert")
    del expert
    on_track = opened(office, admin, "1405/02/04", assignee="expert1")
    overdue = opened(office, admin, "1405/01/26", duty="C124", assignee="expert1")
    soon = opened(office, admin, "1405/01/27", assignee="expert1")
    set_today(monkeypatch, j("1405/02/06"))
    rows = cases.list_cases(office, admin, CaseQuery(assignee="expert1",
                                                     sort=cases.CaseSort.URGENCY))
    assert [(r.id, r.sla_state) for r in rows] == [
        (overdue.id, "breached"), (soon.id, "warning"), (on_track.id, "on_track")]


def test_notes_links_and_site_visits(office: AppContext, admin: CurrentUser,
                                     tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from secretariat.correspondence import api as letters

    letter = letters.register_letter(office, admin, letters.LetterInput(
        kind="incoming", subject="درخواست تمدید جواز", sender=letters.PartyInput(
            name="سازمان صنعت، معدن و تجارت استان البرز"), registered_on=j("1405/01/26")))
    case = opened(office, admin, "1405/01/26", letter=letter.number)
    assert [x.role for x in case.letters] == ["origin"]
    assert [c.id for c in cases.cases_of_letter(office, admin, letter.id)] == [case.id]
    noted = cases.add_note(office, admin, case.id, "با متقاضی تماس گرفته شد")
    assert noted.events[-1].action == "note"
    photo = Path(str(tmp_path)) / "site.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    visited = cases.add_site_visit(office, admin, case.id, j("1405/02/01"), "۴۵",
                                   "سوله ساخته شده است", files=[photo])
    assert visited.visits[0].progress == 45 and visited.visits[0].files[0].filename == "site.jpg"
    assert cases.case_file(office, admin, visited.visits[0].files[0].id).is_file()
    reply = letters.register_letter(office, admin, letters.LetterInput(
        kind="outgoing", subject="پاسخ", recipients=(letters.PartyInput(name="سازمان"),)))
    closed = cases.close_case(office, admin, case.id, "approved", reply=reply.number)
    assert sorted(x.role for x in closed.letters) == ["origin", "reply"]
    prefilled = cases.case_input_from_letter(office, admin, letter.id)
    assert (prefilled.subject, prefilled.letter, prefilled.received_on) == (
        "درخواست تمدید جواز", letter.number, j("1405/01/26"))


def test_duty_types_are_deactivated_never_deleted(office: AppContext, admin: CurrentUser) -> None:
    duty = next(d for d in cases.list_duties(office, admin) if d.code == "JT")
    opened(office, admin, "1405/02/01")
    off = cases.set_duty_active(office, admin, duty.id, False)
    assert (off.active, off.cases) == (False, 1)
    with pytest.raises(ValidationError) as refused:
        opened(office, admin, "1405/02/01")
    assert refused.value.code == "duty_inactive"
    with pytest.raises(ValidationError):
        cases.update_duty(office, admin, duty.id, cases.DutyInput(
            code="JT2", title="x", service_days=10))
    with pytest.raises(Conflict):
        cases.add_duty(office, admin, cases.DutyInput(code="JT", title="x", service_days=3))
    for days, percent in ((0, 75), (10, 100), ("ده", 75)):
        with pytest.raises(ValidationError):
            cases.add_duty(office, admin, cases.DutyInput(
                code="N1", title="x", service_days=days, warn_percent=percent))  # type: ignore[arg-type]


def test_merged_applicants_follow_their_cases(office: AppContext, admin: CurrentUser) -> None:
    from secretariat.contacts import api as contacts
    from secretariat.kernel.integrity import run_check

    case = opened(office, admin, "1405/02/01", applicant="شرکت فولاد البرز")
    kept = contacts.add_contact(office, admin, contacts.ContactInput(name="فولاد البرز (سهامی)"))
    contacts.merge_contacts(office, admin, kept.contact.id, case.applicant_contact or 0)
    moved = cases.get_case(office, admin, case.id)
    assert moved.applicant == "فولاد البرز (سهامی)"
    assert [c.id for c in cases.list_cases(office, admin, CaseQuery(text="سهامی"))] == [case.id]
    report = run_check(office, admin)
    assert report.ok, report.problems
