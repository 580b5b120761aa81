"""Audit log viewer: newest first, Jalali dates in Persian digits, details, paging, filters."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from secretariat.kernel import accounts, org_settings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali, today_tehran
from tests.conftest import WaitTasks
from tests.helpers import must
from ui.audit_values import value_text
from ui.pages.audit_page import AuditPage
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser, wait_tasks: WaitTasks) -> AuditPage:
    accounts.update_user(ctx, admin, "clerk", role="manager")
    org_settings.update_org_settings(ctx, admin, phone="02632212345")
    audit_page = AuditPage(ctx, admin, page_size=3)
    qtbot.addWidget(audit_page)
    audit_page.show()
    audit_page.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        audit_page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    audit_page.activate()
    wait_tasks()
    return audit_page


def texts(page: AuditPage, row: int) -> list[str]:
    model = page.model
    return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]


def test_entries_newest_first_with_jalali_persian_dates(page: AuditPage) -> None:
    # initialize: user + org_name + secretariat_code; add clerk; update clerk; phone = 6
    assert page.total == 6
    assert page.model.rowCount() == 3
    newest = texts(page, 0)
    assert newest[0].startswith(format_jalali(today_tehran()))  # «۱۴۰۵/۰۹/۰۷ ۰۴:۱۳»
    # Finding 5: people by full name (the admin has no post title), not their login names.
    assert newest[1:] == ["مریم احمدی", "ایجاد", "تنظیمات", "تلفن"]
    assert texts(page, 1)[1:] == ["مریم احمدی", "ویرایش", "کاربر", "علی رضایی، کارمند دبیرخانه"]
    assert page.count_label.text() == "نمایش ۳ رویداد از ۶"
    assert page.more_button.isEnabled()


def test_more_loads_the_next_page(page: AuditPage, wait_tasks: WaitTasks) -> None:
    page.load_more()
    wait_tasks()
    assert page.model.rowCount() == 6
    ids = [page.model.row_at(row).id for row in range(6)]
    assert ids == sorted(ids, reverse=True)
    assert not page.more_button.isEnabled()


def test_selecting_an_entry_shows_before_and_after(page: AuditPage) -> None:
    select_row(page.table, 1)  # the clerk's role change
    detail = page.detail
    rows = {must(detail.item(r, 0)).text(): (must(detail.item(r, 1)).text(), must(detail.item(r, 2)).text())
            for r in range(detail.rowCount())}
    assert rows["نقش"] == ("کاربر دبیرخانه", "مدیر")
    assert rows["نام کاربری"] == ("clerk", "clerk")
    assert must(detail.item(0, 0)).font().bold() is False  # unchanged fields stay plain
    role_row = next(r for r in range(detail.rowCount()) if must(detail.item(r, 0)).text() == "نقش")
    assert must(detail.item(role_row, 1)).font().bold()


def test_a_record_made_shows_the_fields_it_holds_not_a_column_of_dashes(page: AuditPage) -> None:
    select_row(page.table, 2)  # the clerk added
    detail = page.detail
    cells = [[must(detail.item(r, c)).text() for c in range(3)] for r in range(detail.rowCount())]
    assert ["نقش", "—", "کاربر دبیرخانه"] in cells
    assert all(before == "—" and after.strip() not in ("", "—") for _f, before, after in cells)
    assert not any(must(detail.item(r, 2)).font().bold() for r in range(detail.rowCount()))


def test_filters_by_kind_and_date(page: AuditPage, wait_tasks: WaitTasks) -> None:
    page.entity.setCurrentIndex(page.entity.findData("setting"))
    page.search()
    wait_tasks()
    assert page.total == 3
    assert {texts(page, row)[3] for row in range(page.model.rowCount())} == {"تنظیمات"}

    page.entity.setCurrentIndex(0)
    page.date_to.setDate(today_tehran() - timedelta(days=1))
    page.search()
    wait_tasks()
    assert page.total == 0 and page.model.rowCount() == 0


def test_filters_by_user_and_rejects_a_bad_date(page: AuditPage, wait_tasks: WaitTasks) -> None:
    assert page.actor.findData("clerk") > 0
    page.actor.setCurrentIndex(page.actor.findData("clerk"))
    page.search()
    wait_tasks()
    assert page.total == 0
    page.date_from.line_edit.setText("1404/12/30")  # 1404 is not a leap year
    page.date_from.line_edit.editingFinished.emit()
    page.search()
    assert not page.filter_error.isHidden()
    assert "تاریخ" in page.filter_error.text()


def test_every_feature_s_records_in_persian_words(qtbot: QtBot, ctx: AppContext,
                                                  admin: CurrentUser, clerk: CurrentUser,
                                                  wait_tasks: WaitTasks) -> None:
    """Finding 2: the kind filter offers every audited entity of every feature, and a letter's,
    a contact's and a referral's entries read in Persian (no «letter», «organisation»)."""
    from secretariat.contacts import api as contacts
    from secretariat.contacts.api import ContactInput
    from secretariat.correspondence import api as letters
    from tests.ui.letters_support import incoming, register

    contacts.add_contact(ctx, admin, ContactInput(name="شرکت نمونه", kind="organisation"))
    letter = register(ctx, admin, incoming("درخواست نمونه", urgency="urgent"))
    letters.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام", kind="comment")
    audit_page = AuditPage(ctx, admin)
    qtbot.addWidget(audit_page)
    audit_page.show()
    wait_tasks()
    kinds = {audit_page.entity.itemData(i): audit_page.entity.itemText(i)
             for i in range(1, audit_page.entity.count())}
    assert {"user", "setting", "letter", "contact", "referral"} <= set(kinds)
    assert kinds["letter"] == "نامه" and kinds["contact"] == "مخاطب"
    assert all(not text.isascii() for text in kinds.values())
    rows = [texts(audit_page, r) for r in range(audit_page.model.rowCount())]
    assert ["مریم احمدی", "ارجاع", "ارجاع", "جهت اقدام"] in [r[1:] for r in rows]
    assert any(r[3] == "نامه" and r[4] == "درخواست نمونه" for r in rows)
    contact_row = next(i for i, r in enumerate(rows) if r[3:] == ["مخاطب", "شرکت نمونه"])
    select_row(audit_page.table, contact_row)
    detail = audit_page.detail
    fields = {must(detail.item(r, 0)).text(): must(detail.item(r, 2)).text()
              for r in range(detail.rowCount())}
    assert fields["نوع"] == "سازمان"  # not «organisation»
    assert fields["نام"] == "شرکت نمونه" and "رایانامه" not in fields  # none given
    assert all(not name.isascii() for name in fields)  # every field named in Persian


def test_phone_numbers_and_codes_in_persian_digits_as_on_the_contacts_page() -> None:
    assert value_text("contact", "phone", "02122334455") == "۰۲۱۲۲۳۳۴۴۵۵"
    assert value_text("contact", "postal_code", "3149968111") == "۳۱۴۹۹۶۸۱۱۱"
    assert value_text("contact", "email", "info@abc.ir") == "info@abc.ir"  # not a number
