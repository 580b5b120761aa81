"""The monthly report on a fixture counted by hand (Ordibehesht 1405: 1405/02/01–1405/02/31,
today 1405/03/01; Fridays off, no holiday in between), as numbers, JSON, PDF and Excel, and
as the draft letter to the Organization."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from secretariat.cases import api as cases
from secretariat.cases.api import MeetingInput, ResolutionInput
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied
from tests.cases.support import add_duties, j, opened, set_today
from tests.conftest import MakeUser

FIRST, LAST = j("1405/02/01"), j("1405/02/31")


@pytest.fixture
def fixture(ctx: AppContext, admin: CurrentUser, monkeypatch: pytest.MonkeyPatch
            ) -> AppContext:
    set_today(monkeypatch, j("1405/03/01"))
    add_duties(ctx, admin)
    # JT (10 days). A: 02/01 → closed 02/08 after 6 working days (due 02/13): on time.
    a = opened(ctx, admin, "1405/02/01")
    cases.close_case(ctx, admin, a.id, "approved", on=j("1405/02/08"))
    # B: 02/01 → closed 02/22 after 18 working days: late.
    b = opened(ctx, admin, "1405/02/01")
    cases.close_case(ctx, admin, b.id, "approved", on=j("1405/02/22"))
    # C: 02/05, waits 02/06–02/09 (3 working days), closed 02/12: 6 − 3 = 3 days, on time.
    c = opened(ctx, admin, "1405/02/05")
    cases.pause_case(ctx, admin, c.id, "مدارک", on=j("1405/02/06"))
    cases.resume_case(ctx, admin, c.id, on=j("1405/02/09"))
    cases.close_case(ctx, admin, c.id, "rejected", on=j("1405/02/12"))
    # F: received 01/20, before the period, still open and overdue (due 02/02).
    opened(ctx, admin, "1405/01/20", subject="تمدید جواز تأسیس")
    # C124 (5 days). D: 02/10 → closed 02/20 after 8 working days (due 02/16): late.
    d = opened(ctx, admin, "1405/02/10", duty="C124")
    cases.close_case(ctx, admin, d.id, "withdrawn", on=j("1405/02/20"))
    # E: 02/15, open, due 02/21: overdue now.
    e = opened(ctx, admin, "1405/02/15", duty="C124", applicant="شرکت کاشی البرز")
    # G: received after the period: not in it.
    opened(ctx, admin, "1405/03/01", duty="C124")
    # The workgroup met on 02/20: one resolution done, one not.
    meeting = cases.add_meeting(ctx, admin, MeetingInput(j("1405/02/20"), "۱۲/ک",
                                                         ("استاندار", "رئیس سازمان صمت")))
    cases.add_resolution(ctx, admin, ResolutionInput(meeting.id, e.number, "تمدید تسهیلات",
                                                     "bank", j("1405/02/30"), "done"))
    cases.add_resolution(ctx, admin, ResolutionInput(meeting.id, e.id, "تقسیط بدهی مالیاتی",
                                                     "tax", j("1405/02/25")))
    return ctx


def test_the_numbers_match_the_hand_count(fixture: AppContext, admin: CurrentUser) -> None:
    report = cases.case_report(fixture, admin, FIRST, LAST)
    jt, c124 = report.duties
    assert (jt.code, jt.received, jt.closed, jt.on_time, jt.late, jt.open, jt.overdue) == (
        "JT", 3, 3, 2, 1, 1, 1)
    assert (jt.median_working_days, jt.mean_working_days) == (6, 9.0)
    assert (c124.received, c124.closed, c124.on_time, c124.late, c124.open, c124.overdue) == (
        2, 1, 0, 1, 1, 1)
    assert (c124.median_working_days, c124.mean_working_days) == (8, 8.0)
    t = report.total
    assert (t.received, t.closed, t.on_time, t.late, t.open, t.overdue) == (5, 4, 2, 2, 2, 2)
    assert (t.median_working_days, t.mean_working_days) == (7.0, 8.8)  # 8.75, one decimal
    assert report.resolutions_total.total == 2 and report.implementation_rate == 0.5
    assert [s.duty_code for s in report.overdue] == ["JT", "C124"]  # most late first
    assert cases.report_json(report)["total"] == {
        "received": 5, "closed": 4, "on_time": 2, "late": 2, "open": 2, "overdue": 2,
        "median_working_days": 7}


def test_pdf_and_workbook_carry_the_same_numbers(fixture: AppContext, admin: CurrentUser,
                                                 tmp_path: Path) -> None:
    report = cases.case_report(fixture, admin, FIRST, LAST)
    pdf = cases.write_report(report, tmp_path / "report.pdf")
    reader = PdfReader(pdf)
    assert reader.metadata is not None and "اردیبهشت" in str(reader.metadata.title)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "اردیبهشت" in text and "۱۴۰۵/۰۲/۳۱" in text and "C124" in text
    book = load_workbook(cases.write_report(report, tmp_path / "report.xlsx"))
    assert book.sheetnames[0] == "نوع وظیفه" and book["نوع وظیفه"].sheet_view.rightToLeft
    rows = list(book["نوع وظیفه"].iter_rows(min_row=2, values_only=True))
    assert rows[0][:8] == ("JT", "صدور جواز تأسیس", 3, 3, 2, 1, 1, 1)
    assert rows[-1][2:10] == (5, 4, 2, 2, 2, 2, 7.0, 8.8)
    overdue = list(book["گذشته از مهلت"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in overdue] == ["JT", "C124"]


def test_the_report_letter_is_a_draft_with_the_pdf(fixture: AppContext, admin: CurrentUser
                                                   ) -> None:
    letter = cases.register_report_letter(fixture, admin, FIRST, LAST)
    assert (letter.kind, letter.status, letter.number) == ("outgoing", "draft", None)
    assert letter.recipients[0].name == "سازمان صنعت، معدن و تجارت استان البرز"
    assert "اردیبهشت ۱۴۰۵" in letter.subject
    assert [a.filename.endswith(".pdf") for a in letter.attachments] == [True]
    stored = letters.attachment_file(fixture, admin, letter.attachments[0].id)
    assert stored.read_bytes().startswith(b"%PDF")


def test_reports_belong_to_managers(fixture: AppContext, make_user: MakeUser) -> None:
    expert = make_user("expert1", "expert")
    with pytest.raises(PermissionDenied):
        cases.case_report(fixture, expert, FIRST, LAST)


def test_a_hyphenated_number_and_a_phone_keep_their_order(fixture: AppContext,
                                                          admin: CurrentUser,
                                                          tmp_path: Path) -> None:  # fmt: skip
    """A case number format with a hyphen («1405-12») and a phone inside an applicant's name
    print left to right inside the Persian table (issue 11)."""
    from dataclasses import replace

    from tests.printing.pdf_inspect import pdftotext_words

    report = cases.case_report(fixture, admin, FIRST, LAST)
    first = replace(report.overdue[0], number="1405-12",
                    applicant="شرکت کاشی البرز، تلفن 026-32212345")
    pdf = cases.write_report(replace(report, overdue=(first, *report.overdue[1:])),
                             tmp_path / "report.pdf")
    drawn = {word.text.strip("()«»،,:") for word in pdftotext_words(pdf)}
    assert {"۱۴۰۵-۱۲", "۰۲۶-۳۲۲۱۲۳۴۵"} <= drawn
    assert not {"۱۲-۱۴۰۵", "۳۲۲۱۲۳۴۵-۰۲۶"} & drawn
