"""Excel out (the register with its filters, contacts, the کارتابل) and in (a legacy register:
mapping, dry run, refused-rows report, numbers and dates kept, one audited transaction)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterQuery, ReferralInput
from secretariat.kernel import audit_log
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied, ValidationError
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import format_jalali, from_jalali, jalali_year, today_tehran
from secretariat.operations import api as operations
from secretariat.operations.api import ImportMapping
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing

Y = jalali_year(today_tehran())


def test_the_register_exports_as_the_user_sees_it(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path) -> None:
    clerk = make_user("clerk1")
    long_subject = "درخواست تمدید پروانهٔ بهره‌برداری «کارخانهٔ کاشی» (فاز ۲) " * 4
    letters.register_letter(ctx, admin, incoming(subject=long_subject.strip(),
                                                 sender_number="۱۲۳/ص",
                                                 sender_date=from_jalali(Y, 1, 5)))
    letters.register_letter(ctx, admin, incoming(subject="سری", classification="secret"))
    letters.register_letter(ctx, admin, outgoing(subject="پاسخ"))
    out = tmp_path / "register.xlsx"
    count = operations.export_letters(ctx, clerk, LetterQuery(kind="incoming"), out)
    assert count == 1  # the secret letter does not exist for a clerk, the outgoing is filtered
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft and sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["شمارهٔ ثبت", "نوع", "تاریخ ثبت", "تاریخ ثبت (میلادی)", "موضوع"]
    row = [c.value for c in sheet[2]]
    assert row[0] == f"{Y}/و/1" and row[1] == "وارده"
    assert row[2] == format_jalali(today_tehran(), persian=False)  # Jalali text
    assert isinstance(row[3], datetime) and row[3].date() == today_tehran()  # a real date
    assert row[4] == long_subject.strip() and row[5] == "شرکت فولاد البرز"
    assert row[6] == "123/ص" and row[7] == f"{Y}/01/05"
    assert sheet.column_dimensions["E"].width == 50
    assert sheet.max_row == 2
    expert = make_user("expert1", "expert")  # reads letters, may not export the register
    with pytest.raises(PermissionDenied):
        operations.export_letters(ctx, expert, LetterQuery(), tmp_path / "expert.xlsx")
    assert not (tmp_path / "expert.xlsx").exists()


def test_contacts_and_referrals_export(ctx: AppContext, admin: CurrentUser,
                                       make_user: MakeUser, tmp_path: Path) -> None:
    expert = make_user("expert1", "expert")
    letters.register_letter(ctx, admin, incoming(), referral=ReferralInput(
        ("expert1",), "جهت اقدام", due_on=today_tehran()))
    assert operations.export_contacts(ctx, admin, tmp_path / "c.xlsx") == 1
    sheet = load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None and sheet["A2"].value == "شرکت فولاد البرز"
    assert operations.export_referrals(ctx, expert, tmp_path / "r.xlsx") == 1
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[2]][:5] == [
        f"{Y}/و/1", "درخواست پروانه بهره‌برداری", "مدیر سامانه", "کاربر expert1", "جهت اقدام"]
    with pytest.raises(ValidationError):
        operations.export_contacts(ctx, admin, tmp_path / "c.csv")


def legacy_book(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "دفتر ۱۳۹۹"
    sheet.append(["ردیف", "شماره", "تاریخ", "نوع", "موضوع", "از / به", "شماره فرستنده"])
    sheet.append([1, "۱۳۹۹/و/۱۲", "۱۳۹۹/۰۵/۱۲", "وارده", "درخواست عضویت", "شرکت کاشی البرز", "۷۷"])
    sheet.append([2, "1399/ص/3", datetime(2020, 8, 3), "صادره", "پاسخ عضویت", "شرکت کاشی البرز",
                  None])
    sheet.append([3, "1399/و/13", "1399/13/40", "وارده", "تاریخ نادرست", "اداره کل", None])
    sheet.append([4, "1399/و/12", "1399/05/14", "وارده", "شمارهٔ تکراری", "اداره کل", None])
    sheet.append([5, "1399/و/14", "1399/05/15", "نامه", "نوع ناشناخته", "اداره کل", None])
    sheet.append([6, f"{Y}/و/40", format_jalali(today_tehran(), persian=False), "وارده",
                  "نامهٔ امسال از دفتر کاغذی", "شهرداری کرج", None])
    sheet.append([7, "قدیمی-۵۵", "1398/12/29", "داخلی", "شماره در قالب دیگر", None, None])
    sheet.append([8, f"{Y}/و/1", "1399/05/16", "وارده", "با شمارهٔ ثبت‌شده", "اداره کل", None])
    sheet.append([None, None, None, None, None, None, None])  # an empty row is skipped
    book.save(path)
    return path


MAPPING = ImportMapping({"number": "شماره", "registered_on": "تاریخ", "kind": "نوع",
                         "subject": "موضوع", "party": "از / به",
                         "sender_number": "شماره فرستنده"})


def test_a_legacy_register_dry_run_then_import(ctx: AppContext, admin: CurrentUser,
                                               tmp_path: Path) -> None:
    existing = letters.register_letter(ctx, admin, incoming(subject="پیش از ورود"))
    assert existing.number == f"{Y}/و/1"
    source = legacy_book(tmp_path / "legacy.xlsx")
    report = tmp_path / "report.xlsx"
    dry = operations.import_register(ctx, admin, source, MAPPING, dry_run=True, report=report)
    assert (dry.rows, dry.added, dry.dry_run) == (8, 4, True)
    assert [r.row for r in dry.refused] == [4, 5, 6, 9]
    assert len(letters.list_letters(ctx, admin, LetterQuery())) == 1  # nothing written
    reasons = {r.row: r.reason for r in dry.refused}
    assert "تاریخ" in reasons[4]
    assert "1399/و/12" in reasons[5] and "ردیف ۲" in reasons[5]  # its row in the sheet
    assert "نامه" in reasons[6]
    assert f"{Y}/و/1" in reasons[9]
    book = load_workbook(report)
    assert book.sheetnames == ["خلاصه", "ردیف‌های نپذیرفته"]
    refused_sheet = book["ردیف‌های نپذیرفته"]
    assert refused_sheet.sheet_view.rightToLeft
    assert [c.value for c in refused_sheet[1]][:3] == ["ردیف در پرونده", "دلیل نپذیرفتن", "ردیف"]
    assert [refused_sheet.cell(r, 1).value for r in range(2, 6)] == [4, 5, 6, 9]
    assert refused_sheet.cell(2, 5).value == "1399/13/40"  # the cells as they were

    done = operations.import_register(ctx, admin, source, MAPPING)
    assert (done.added, len(done.refused), done.dry_run) == (4, 4, False)
    found = {s.number: s for s in letters.list_letters(ctx, admin, LetterQuery(), limit=20)}
    assert set(found) == {f"{Y}/و/1", "1399/و/12", "1399/ص/3", f"{Y}/و/40", "قدیمی-55"}
    assert found["1399/و/12"].registered_on == from_jalali(1399, 5, 12)
    assert found["1399/و/12"].sender_number == "77"
    assert found["1399/ص/3"].registered_on == date(2020, 8, 3)
    detail = letters.get_letter(ctx, admin, found["1399/و/12"].id)
    assert detail.imported and detail.history[0].action == "import"
    # The counter moved past the imported number of this year: no number is given twice.
    after = letters.register_letter(ctx, admin, incoming(subject="پس از ورود"))
    assert after.number == f"{Y}/و/41"
    assert run_check(ctx, SYSTEM_USER).ok
    rows, _total = audit_log.read_audit(ctx, admin, audit_log.AuditQuery(entity="register_import"))
    assert len(rows) == 1 and rows[0].after is not None and rows[0].after["added"] == 4


def test_importing_needs_the_permission_and_a_usable_mapping(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path) -> None:
    source = legacy_book(tmp_path / "legacy.xlsx")
    clerk = make_user("clerk1")
    with pytest.raises(PermissionDenied):
        operations.import_register(ctx, clerk, source, MAPPING)
    with pytest.raises(ValidationError) as unknown:
        operations.import_register(ctx, admin, source, ImportMapping(
            {**MAPPING.columns, "subject": "عنوان نامه"}))
    assert unknown.value.code == "mapping_unknown_header"
    without_kind = {k: v for k, v in MAPPING.columns.items() if k != "kind"}
    with pytest.raises(ValidationError) as kind:
        operations.import_register(ctx, admin, source, ImportMapping(without_kind))
    assert kind.value.code == "mapping_field_required"
    fixed = operations.import_register(ctx, admin, source, ImportMapping(
        without_kind, {"kind": "incoming"}), dry_run=True)
    # Every row incoming now: the internal one has no sender and is refused.
    assert fixed.added == 5
