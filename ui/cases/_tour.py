"""The cases' part of the screen tour (``python -m ui.tour``): realistic sample data through
the api, then each page and dialog built on it (not shown; the tour shows and photographs
them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secretariat.cases import api as cases
from secretariat.cases.api import CaseInput, DutyInput, MeetingInput, MouInput, ResolutionInput
from secretariat.correspondence import api as letters
from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.jalali import today_tehran
from ui.cases.calendar_page import CalendarPage
from ui.cases.case_form import CaseFormDialog
from ui.cases.case_view import CaseViewDialog
from ui.cases.cases_page import CasesPage
from ui.cases.duties_page import DutiesPage
from ui.cases.report_page import ReportPage
from ui.cases.workgroup_page import WorkgroupPage
from ui.printing.preview_dialog import PdfPreviewDialog

ORGANIZATION = "سازمان صنعت، معدن و تجارت استان البرز"
EXPERTS = (("expert.karimi", "زهرا کریمی"), ("expert.moradi", "حسین مرادی"))
DUTIES = (
    ("JT", "صدور جواز تأسیس واحدهای مستقر در شهرک‌های صنعتی", 15, False, "بند ۱"),
    ("JT-EXT", "تمدید جواز تأسیس پس از بازدید کارشناسی", 10, True, "بند ۲"),
    ("PB", "صدور پروانهٔ بهره‌برداری", 20, True, "بند ۳"),
    ("CAP", "افزایش یا تغییر ظرفیت", 15, True, "بند ۴"),
    ("DUP", "صدور المثنی جواز و پروانه", 5, False, "بند ۵"),
    ("BIZ", "به‌روزرسانی شناسهٔ کسب‌وکار در سامانهٔ بهین‌یاب", 7, False, "بند ۶"),
    ("C124", "رسیدگی به شکایات سامانهٔ ۱۲۴", 7, False, "بند ۷"),
    ("WG", "پرونده‌های ارجاعی به کارگروه تسهیل و رفع موانع تولید", 30, False, "بند ۸"),
)
APPLICANTS = (
    ("شرکت فولاد آلیاژی البرز", "10380284790"), ("شرکت کاشی و سرامیک هشتگرد", "14101234563"),
    ("شرکت صنایع غذایی نظرآباد", "10862001504"), ("محمد رضایی", "0499370899"),
    ("شرکت پلاستیک سازان کرج", ""), ("مریم حسینی", "0790419904"),
)


def _experts(ctx: AppContext, admin: CurrentUser) -> None:
    for username, name in EXPERTS:
        try:
            accounts.add_user(ctx, admin, username, "tour-password-1", "expert", "confidential",
                              name)
        except SecretariatError:
            pass  # already there: the tour was seeded before


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    """An MoU, its duty types, two experts, some forty cases at every stage, a workgroup
    meeting with resolutions, and an air-pollution closure."""
    if cases.list_duties(ctx, admin):
        return
    _experts(ctx, admin)
    today = today_tehran()
    mou = cases.add_mou(ctx, admin, MouInput(
        title="تفاهم‌نامهٔ واگذاری بخشی از وظایف سازمان صمت استان البرز به خانهٔ صمت",
        signed_on=today - timedelta(days=400), valid_from=today - timedelta(days=390),
        valid_to=today + timedelta(days=700), letter_number="۱۲۳۴/۱۰/ص"))
    for code, title, days, visit, clause in DUTIES:
        cases.add_duty(ctx, admin, DutyInput(code=code, title=title, service_days=days,
                                             mou=mou.id, clause=clause, site_visit=visit))
    letter = letters.register_letter(ctx, admin, letters.LetterInput(
        kind="incoming", subject="ارسال پروندهٔ درخواست تمدید جواز تأسیس شرکت فولاد آلیاژی البرز",
        sender=letters.PartyInput(name=ORGANIZATION), sender_number="۴۵۶۷/۳۱۲",
        sender_date=today - timedelta(days=30), registered_on=today - timedelta(days=28)))
    opened = []
    for i in range(40):
        code = DUTIES[i % len(DUTIES)][0]
        name, national = APPLICANTS[i % len(APPLICANTS)]
        received = today - timedelta(days=3 + (i * 7) % 60)
        data = CaseInput(
            duty=code, channel=("org_letter", "124", "behinyab", "walk_in", "workgroup")[i % 5],
            subject=f"{DUTIES[i % len(DUTIES)][1]} — {name}", received_on=received,
            applicant=name, applicant_id=national, assignee=EXPERTS[i % 2][0],
            ref_124=f"124{9800 + i}" if i % 5 == 1 else "",
            tracking_no=f"BY-{140500 + i}" if i % 5 == 2 else "",
            letter=letter.number if i == 0 else None,
            description="بررسی مدارک و استعلام از دستگاه‌های مربوط.",
            classification="confidential" if i == 7 else "normal")
        opened.append(cases.open_case(ctx, admin, data))
    for i, case in enumerate(opened):
        start = case.received_on
        if i % 4 == 0:
            cases.step_case(ctx, admin, case.id, "in_review", "مدارک کامل است",
                            start + timedelta(days=1))
        if i % 8 == 0:
            cases.pause_case(ctx, admin, case.id, "نقص مدارک: گواهی ثبت شرکت", "applicant",
                             start + timedelta(days=2))
            cases.add_note(ctx, admin, case.id, "با متقاضی تماس گرفته شد؛ مدارک تا پایان هفته "
                           "می‌رسد.")
        if i % 8 == 4:
            cases.close_case(ctx, admin, case.id, ("approved", "rejected")[i % 2], on=min(
                today, start + timedelta(days=12)))
        if i % 6 == 1:
            cases.add_site_visit(ctx, admin, case.id, min(today, start + timedelta(days=2)),
                                 40 + i, "سوله و تأسیسات برق ساخته شده؛ ماشین‌آلات در راه است.")
    meeting = cases.add_meeting(ctx, admin, MeetingInput(
        today - timedelta(days=20), "۱۴/ک", ("معاون هماهنگی امور اقتصادی استانداری",
                                            "رئیس سازمان صمت", "مدیر شعب بانک ملی")))
    for i, agency in enumerate(("bank", "tax", "social_security", "gas", "power")):
        cases.add_resolution(ctx, admin, ResolutionInput(
            meeting.id, opened[i * 3].id, "استمهال بدهی و تمدید تسهیلات سرمایه در گردش",
            agency, today - timedelta(days=10 - i * 5), ("done", "in_progress", "not_done")[i % 3]))
    try:
        cases.add_holiday(ctx, admin, _next_weekday(today + timedelta(days=3)),
                          "تعطیلی ادارات به سبب آلودگی هوا")
    except SecretariatError:
        pass  # already a holiday


def _next_weekday(day: date) -> date:
    while day.weekday() == 4:
        day += timedelta(days=1)
    return day


def _expert(ctx: AppContext, admin: CurrentUser) -> CurrentUser:
    """The first expert, as the expert's own screens show them (their queue)."""
    info = accounts.get_user(ctx, admin, EXPERTS[0][0])
    return CurrentUser(info.id, info.username, info.full_name, info.role, info.clearance)


def screens(ctx: AppContext, user: CurrentUser) -> Iterator[tuple[str, QWidget]]:
    yield "cases-mine", CasesPage(ctx, _expert(ctx, user), mine=True)
    yield "cases-all", CasesPage(ctx, user, mine=False)
    waiting = cases.list_cases(ctx, user, cases.CaseQuery(status="waiting_applicant"), limit=1)
    if waiting:
        yield "case-page", CaseViewDialog(ctx, user, waiting[0].id)
    yield "case-form", CaseFormDialog(ctx, user)
    yield "cases-calendar", CalendarPage(ctx, user)
    yield "cases-duties", DutiesPage(ctx, user)
    yield "cases-workgroup", WorkgroupPage(ctx, user)
    report_page = ReportPage(ctx, user)
    yield "cases-report", report_page
    today = today_tehran()
    report = cases.case_report(ctx, user, today - timedelta(days=60), today)
    yield "cases-report-preview", PdfPreviewDialog(cases.report_pdf_bytes(report),
                                                   QCoreApplication.translate("ReportPage", "Cases report"),
                                                   "cases-report.pdf")
