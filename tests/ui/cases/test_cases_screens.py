"""The cases' screens offscreen: lists coloured by SLA state with the state's word, my cases
overdue first, the case form and page with its timeline and actions, the letter page's
cases section, calendar, duty types, workgroup, report; each fits a 1366×728 screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from secretariat.cases import api as cases
from secretariat.cases.api import CaseInput, DutyInput
from secretariat.correspondence import api as letters
from secretariat.kernel import jalali
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import from_jalali
from tests.conftest import MakeUser, WaitTasks
from ui.cases.calendar_page import CalendarPage
from ui.cases.case_actions import PauseDialog, StepDialog
from ui.cases.case_form import CaseFormDialog
from ui.cases.case_model import SLA_COLUMN
from ui.cases.case_view import CaseViewDialog
from ui.cases.cases_page import CasesPage
from ui.cases.duties_page import DutiesPage
from ui.cases.letter_section import LetterCasesSection
from ui.cases.report_page import ReportPage
from ui.cases.workgroup_page import WorkgroupPage
from ui.dialogs.letter_view import LetterViewDialog

pytestmark = pytest.mark.gui

SCREEN = (1366, 728)


def j(text: str) -> date:
    y, m, d = (int(p) for p in text.split("/"))
    return from_jalali(y, m, d)


@pytest.fixture
def office(ctx: AppContext, admin: CurrentUser, make_user: MakeUser,
           monkeypatch: pytest.MonkeyPatch) -> CurrentUser:
    """Today 1405/02/06; an expert with an overdue, a due-soon and an on-track case."""
    monkeypatch.setattr(jalali, "today_tehran", lambda: j("1405/02/06"))
    expert = make_user("expert1", "expert")
    cases.add_duty(ctx, admin, DutyInput(code="JT", title="صدور جواز تأسیس", service_days=10))
    cases.add_duty(ctx, admin, DutyInput(code="C124", title="شکایت ۱۲۴", service_days=5))
    for received, duty in (("1405/02/04", "JT"), ("1405/01/26", "C124"), ("1405/01/27", "JT")):
        cases.open_case(ctx, admin, CaseInput(duty=duty, channel="walk_in",
                                              subject=f"درخواست {received}",
                                              received_on=j(received), assignee="expert1"))
    return expert


def show(qtbot: QtBot, widget: QWidget, wait_tasks: WaitTasks) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    wait_tasks()
    return widget


def fits(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 40


def test_my_cases_overdue_first_coloured_with_words(qtbot: QtBot, ctx: AppContext,
                                                    office: CurrentUser,
                                                    wait_tasks: WaitTasks) -> None:
    page = CasesPage(ctx, office, mine=True)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    show(qtbot, page, wait_tasks)
    model = page.model
    states = [model.case_at(r).sla_state for r in range(model.rowCount())]
    assert states == ["breached", "warning", "on_track"]
    words = [str(model.data(model.index(r, SLA_COLUMN))) for r in range(3)]
    assert words[0].endswith("گذشته از مهلت") and words[1].endswith("نزدیک مهلت")
    backgrounds = {QColor(model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)).name()
                   for r in range(3)}
    assert len(backgrounds) == 3  # one colour per state
    assert model.data(model.index(0, 3)) == "۴ روز دیرکرد"  # due 02/01: 02, 03, 05, 06
    assert page.count_label.text() == "۳ پرونده"
    assert fits(page)


def test_new_case_from_the_form_and_its_page(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                             office: CurrentUser, wait_tasks: WaitTasks) -> None:
    form = CaseFormDialog(ctx, admin)
    show(qtbot, form, wait_tasks)
    assert form.duty.count() == 3 and form.assignee.findData("expert1") > 0
    form.duty.setCurrentIndex(form.duty.findData("JT"))
    form.received_on.setDate(j("1405/02/05"))  # the date picker's today is the real one
    form.subject.setText("تمدید جواز تأسیس شرکت کاشی البرز")
    form.applicant.setText("شرکت کاشی البرز")
    form.applicant_id.setText("10380284792")  # a wrong check digit
    form.save()
    wait_tasks()
    assert form.errors.has_error("applicant_id") and form.isVisible()
    form.applicant_id.setText("10380284790")
    with qtbot.waitSignal(form.opened, timeout=10_000) as opened:
        form.save()
    detail = opened.args[0]
    assert detail.number == "1405/پ/4" and detail.applicant == "شرکت کاشی البرز"
    assert fits(form)

    view = CaseViewDialog(ctx, office, detail.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        show(qtbot, view, wait_tasks)
    assert "۱۴۰۵/پ/۴" in view.number.text() and view.timeline.rowCount() == 1
    assert view.step_button.isEnabled() and not view.resume_button.isEnabled()
    step = view._act(StepDialog)
    assert isinstance(step, StepDialog)
    step.target.setCurrentIndex(step.target.findData("in_review"))
    step.on.setDate(j("1405/02/05"))
    with qtbot.waitSignal(step.applied, timeout=10_000):
        step.run()
    pause = view._act(PauseDialog)
    assert isinstance(pause, PauseDialog)
    pause.on.setDate(j("1405/02/06"))
    pause.run()  # no reason: refused on its field
    wait_tasks()
    assert pause.errors.has_error("pause_reason")
    pause.reason.setPlainText("مدارک ناقص است")
    with qtbot.waitSignal(pause.applied, timeout=10_000):
        pause.run()
    wait_tasks()
    assert view.resume_button.isEnabled() and not view.step_button.isEnabled()
    assert view.timeline.rowCount() == 3 and "ایستاده" in view.clock.text()
    assert fits(view)


def test_the_letter_page_shows_its_cases_and_opens_one(qtbot: QtBot, ctx: AppContext,
                                                       admin: CurrentUser, office: CurrentUser,
                                                       wait_tasks: WaitTasks) -> None:
    letter = letters.register_letter(ctx, admin, letters.LetterInput(
        kind="incoming", subject="درخواست صدور پروانهٔ بهره‌برداری",
        sender=letters.PartyInput(name="سازمان صمت البرز"), registered_on=j("1405/02/01")))
    view = LetterViewDialog(ctx, admin, letter.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        show(qtbot, view, wait_tasks)
    section = next(w for _s, w in view.sections if isinstance(w, LetterCasesSection))
    assert section.model.rowCount() == 0 and section.open_button.isEnabled()
    form = section.new_case()
    assert isinstance(form, CaseFormDialog)
    wait_tasks()
    assert (form.subject.text(), form.received_on.date()) == (letter.subject, j("1405/02/01"))
    assert form.letter.text() == "۱۴۰۵/و/۱"
    form.duty.setCurrentIndex(form.duty.findData("JT"))
    with qtbot.waitSignal(form.opened, timeout=10_000):
        form.save()
    wait_tasks()
    assert section.model.rowCount() == 1
    assert view.tabs.tabText(view.tabs.indexOf(section)) == "پرونده‌ها (۱)"
    assert [c.number for c in cases.cases_of_letter(ctx, office, letter.id)] == ["1405/پ/4"]


def test_calendar_duties_workgroup_and_report_pages(qtbot: QtBot, ctx: AppContext,
                                                    admin: CurrentUser, office: CurrentUser,
                                                    wait_tasks: WaitTasks) -> None:
    calendar = CalendarPage(ctx, admin)
    show(qtbot, calendar, wait_tasks)
    assert "اردیبهشت" in calendar.title.text()
    calendar.step_month(-1)
    wait_tasks()
    assert "فروردین" in calendar.title.text() and calendar.holidays.count() >= 5
    first = calendar.grid.item(0, 0)  # 1 Farvardin 1405 is a Saturday: the first cell
    assert first is not None and first.text().startswith("۱\n")
    duties = DutiesPage(ctx, admin)
    show(qtbot, duties, wait_tasks)
    assert duties.duty_table.rowCount() == 2 and duties.number_format.text() == "{year}/پ/{seq}"
    workgroup = WorkgroupPage(ctx, admin)
    show(qtbot, workgroup, wait_tasks)
    assert workgroup.meeting_table.rowCount() == 0
    report = ReportPage(ctx, admin)
    report.by_range.setChecked(True)
    report.date_from.setDate(j("1405/01/01"))
    report.date_to.setDate(j("1405/02/06"))
    show(qtbot, report, wait_tasks)
    report.refresh()
    wait_tasks()
    assert report.report is not None and report.report.total.received == 3
    assert report.table.rowCount() == 3 and report.preview_button.isEnabled()
    for page in (calendar, duties, workgroup, report):
        assert fits(page), page
