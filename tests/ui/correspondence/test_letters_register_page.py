"""The registers page: a tab per kind, search with the match count, filters, saved filters,
columns, sorting, opening and registering letters, and confidentiality through the GUI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from secretariat.contacts import api as contacts
from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser, WaitTasks
from tests.ui.letters_support import TINY_PDF, incoming, internal, outgoing, register, seed
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.letter_view import LetterViewDialog
from ui.models.letter_window_model import COLUMN_KEYS
from ui.pages.letters.register_page import KINDS, LettersPage
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, ctx: AppContext, user: CurrentUser) -> LettersPage:
    page = LettersPage(ctx, user)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activate()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: LettersPage) -> None:
    qtbot.waitUntil(page.model.is_idle, timeout=10_000)


def subjects(page: LettersPage) -> list[str]:
    found = []
    for row in range(page.model.rowCount()):
        letter = page.model.letter_at(row)
        assert letter is not None
        found.append(letter.subject)
    return found


def show_kind(qtbot: QtBot, page: LettersPage, kind: str | None) -> None:
    page.tabs.setCurrentIndex(KINDS.index(kind))
    settle(qtbot, page)


def search(qtbot: QtBot, page: LettersPage, text: str) -> None:
    page.filters.search.setText(text)
    page.filters.search.returnPressed.emit()
    settle(qtbot, page)


def test_one_register_per_kind_with_its_count(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    seed(ctx, clerk, [incoming("وارده ۱"), incoming("وارده ۲"), outgoing("صادره ۱"),
                      internal("داخلی ۱")])
    page = open_page(qtbot, ctx, clerk)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "وارده", "صادره", "داخلی", "همهٔ نامه‌ها"]
    assert subjects(page) == ["وارده ۲", "وارده ۱"]  # newest first
    assert page.filters.match_count.text() == "۲ نامه"
    assert page.new_button.text() == "ثبت نامهٔ وارده…"
    show_kind(qtbot, page, "outgoing")
    assert subjects(page) == ["صادره ۱"]
    assert page.new_button.text() == "ثبت نامهٔ صادره…"
    show_kind(qtbot, page, None)
    assert page.model.total() == 4
    assert page.new_button.menu() is not None  # which kind: chosen from the menu


def test_search_is_normalised_and_counts_matches(qtbot: QtBot, ctx: AppContext,
                                                 clerk: CurrentUser) -> None:
    seed(ctx, clerk, [incoming("بازدید از کارخانه سیمان"), incoming("پروانه بهره‌برداری"),
                      incoming("تمدید پروانه بهره‌برداری", sender="شركت كاشي البرز"),
                      incoming("دعوت به جلسه")])
    page = open_page(qtbot, ctx, clerk)
    search(qtbot, page, "كارخانه")  # typed with Arabic kaf
    assert subjects(page) == ["بازدید از کارخانه سیمان"]
    assert page.filters.match_count.text() == "۱ نامه یافت شد"
    search(qtbot, page, "بهره برداری")  # a space where the letter has a ZWNJ
    assert subjects(page) == ["تمدید پروانه بهره‌برداری", "پروانه بهره‌برداری"]
    assert page.filters.match_count.text() == "۲ نامه یافت شد"
    search(qtbot, page, "کاشی")  # the sender's name, stored with Arabic letters
    assert subjects(page) == ["تمدید پروانه بهره‌برداری"]
    search(qtbot, page, "پروا*")
    assert len(subjects(page)) == 2
    search(qtbot, page, "")
    assert page.model.total() == 4
    assert page.filters.match_count.text() == "۴ نامه"


def test_filters(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, tmp_path: Path) -> None:
    today = today_tehran()
    old = register(ctx, clerk, incoming("قدیمی", registered_on=today - timedelta(days=40)))
    urgent = register(ctx, clerk, incoming("فوری", urgency="urgent",
                                           sender="اتاق بازرگانی البرز"))
    cancelled = register(ctx, clerk, incoming("باطل"))
    letters.cancel_letter(ctx, clerk, cancelled.id, "تکراری")
    scan = tmp_path / "a.pdf"
    scan.write_bytes(TINY_PDF)
    attachments.attach_files(ctx, clerk, old.id, [scan])
    letters.change_status(ctx, clerk, urgent.id, "closed")
    page = open_page(qtbot, ctx, clerk)
    bar = page.filters

    bar.urgency.setCurrentIndex(bar.urgency.findData("urgent"))
    settle(qtbot, page)
    assert subjects(page) == ["فوری"]
    bar.clear()
    settle(qtbot, page)
    bar.status.setCurrentIndex(bar.status.findData("closed"))
    settle(qtbot, page)
    assert subjects(page) == ["فوری"]
    bar.clear()
    bar.date_to.setDate(today - timedelta(days=30))
    settle(qtbot, page)
    assert subjects(page) == ["قدیمی"]
    bar.clear()
    bar.attachments.setCurrentIndex(bar.attachments.findData(True))
    settle(qtbot, page)
    assert subjects(page) == ["قدیمی"]
    bar.clear()
    bar.cancelled.setCurrentIndex(bar.cancelled.findData(True))
    settle(qtbot, page)
    assert subjects(page) == ["باطل"]
    bar.cancelled.setCurrentIndex(bar.cancelled.findData(False))
    settle(qtbot, page)
    assert subjects(page) == ["فوری", "قدیمی"]
    bar.clear()
    settle(qtbot, page)

    # The sender chosen from the suggestions.
    bar.contact.line_edit.setText("بازرگانی")
    bar.contact.suggest()
    qtbot.waitUntil(lambda: bar.contact.suggestions.rowCount() == 1, timeout=5_000)
    bar.contact.pick_suggestion(0)
    settle(qtbot, page)
    assert subjects(page) == ["فوری"]

    # A date range the wrong way round is shown, not searched.
    bar.clear()
    settle(qtbot, page)
    bar.date_from.setDate(today)
    bar.date_to.setDate(today - timedelta(days=1))
    assert not bar.error.isHidden()
    assert "«از»" in bar.error.text()


def test_overdue_filter_and_red_rows(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    today = today_tehran()
    register(ctx, clerk, outgoing("منتظر پاسخ", registered_on=today - timedelta(days=20),
                                  reply_expected_by=today - timedelta(days=5)))
    register(ctx, clerk, outgoing("به‌موقع"))
    page = open_page(qtbot, ctx, clerk)
    show_kind(qtbot, page, "outgoing")
    page.filters.overdue.setChecked(True)
    settle(qtbot, page)
    assert subjects(page) == ["منتظر پاسخ"]
    page.filters.overdue.setChecked(False)
    page.filters.awaiting.setChecked(True)
    settle(qtbot, page)
    assert subjects(page) == ["منتظر پاسخ"]


def test_saved_filters_are_kept_per_user(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                         make_user: MakeUser) -> None:
    seed(ctx, clerk, [incoming("عادی"), incoming("فوری", urgency="urgent"),
                      outgoing("صادرهٔ فوری", urgency="urgent")])
    page = open_page(qtbot, ctx, clerk)
    show_kind(qtbot, page, "outgoing")
    page.filters.urgency.setCurrentIndex(page.filters.urgency.findData("urgent"))
    settle(qtbot, page)
    page.save_filter("صادره‌های فوری")
    page.filters.clear()
    show_kind(qtbot, page, "incoming")
    assert len(subjects(page)) == 2

    again = open_page(qtbot, ctx, clerk)  # another session on this workstation
    index = again.saved_combo.findData("صادره‌های فوری")
    assert index > 0
    again.saved_combo.setCurrentIndex(index)
    again.saved_combo.activated.emit(index)
    settle(qtbot, again)
    assert again.current_kind() == "outgoing"
    assert again.filters.urgency.currentData() == "urgent"
    assert subjects(again) == ["صادرهٔ فوری"]
    again.delete_saved_filter()
    assert again.saved_combo.findData("صادره‌های فوری") < 0

    other = open_page(qtbot, ctx, make_user("other"))
    assert other.saved_combo.count() == 1  # only «(none)»: filters are per user


def test_columns_chosen_are_remembered(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    page = open_page(qtbot, ctx, clerk)
    sender_column = COLUMN_KEYS.index("counterpart")
    archive_column = COLUMN_KEYS.index("archive_code")
    assert not page.table.isColumnHidden(sender_column)
    assert page.table.isColumnHidden(archive_column)  # hidden until asked for
    page.columns.set_visible("counterpart", False)
    page.columns.set_visible("archive_code", True)
    assert page.table.isColumnHidden(sender_column)
    again = open_page(qtbot, ctx, clerk)
    assert again.table.isColumnHidden(sender_column)
    assert not again.table.isColumnHidden(archive_column)


def test_clicking_a_header_sorts(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    seed(ctx, clerk, [incoming("ب"), incoming("الف"), incoming("پ")])
    page = open_page(qtbot, ctx, clerk)
    page.table.horizontalHeader().sectionClicked.emit(COLUMN_KEYS.index("subject"))
    settle(qtbot, page)
    assert subjects(page) == ["الف", "ب", "پ"]
    page.table.horizontalHeader().sectionClicked.emit(COLUMN_KEYS.index("subject"))
    settle(qtbot, page)
    assert subjects(page) == ["پ", "ب", "الف"]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("subject")
    page.table.horizontalHeader().sectionClicked.emit(COLUMN_KEYS.index("kind"))
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("subject")  # kind does not sort


def test_enter_opens_the_letter_and_ctrl_n_registers(qtbot: QtBot, ctx: AppContext,
                                                     clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامه برای باز کردن"))
    page = open_page(qtbot, ctx, clerk)
    select_row(page.table, 0)
    view = page.open_current()
    assert isinstance(view, LetterViewDialog) and view.letter_id == letter.id
    wait_tasks()
    view.close()
    form = page.new_letter()
    assert isinstance(form, LetterFormDialog) and form.kind == "incoming"
    wait_tasks()
    assert form.fields.sender_field is not None
    form.fields.sender_field.line_edit.setText("شرکت تازه")
    form.fields.subject.setText("ثبت از صفحهٔ دفتر")
    with qtbot.waitSignal(form.registered, timeout=10_000):
        form.save()
    settle(qtbot, page)
    page.model.letter_at(0)
    settle(qtbot, page)
    assert subjects(page)[0] == "ثبت از صفحهٔ دفتر"  # the list reads again after a save
    form.close()

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5_000)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert any(isinstance(w, LetterFormDialog) and w.isVisible()
               for w in page.findChildren(LetterFormDialog))


def test_confidential_letters_do_not_exist_in_the_clerks_register(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser) -> None:
    seed(ctx, admin, [incoming("قرارداد عادی"), incoming("قرارداد محرمانه",
                                                         classification="confidential")])
    page = open_page(qtbot, ctx, clerk)
    assert subjects(page) == ["قرارداد عادی"]
    assert page.filters.match_count.text() == "۱ نامه"
    search(qtbot, page, "محرمانه")
    assert page.model.total() == 0
    assert page.filters.match_count.text() == "۰ نامه یافت شد"
    levels = [page.filters.classification.itemData(i)
              for i in range(page.filters.classification.count())]
    assert levels == [None, "normal"]  # not even offered as a filter
    assert contacts.list_contacts(ctx, clerk)  # the sender is still a contact

    admins = open_page(qtbot, ctx, admin)
    search(qtbot, admins, "محرمانه")
    assert subjects(admins) == ["قرارداد محرمانه"]


def test_the_newest_letter_is_selected_after_each_read(qtbot: QtBot, ctx: AppContext,
                                                       clerk: CurrentUser) -> None:
    seed(ctx, clerk, [incoming("نخست"), incoming("دوم"), outgoing("صادره")])
    page = open_page(qtbot, ctx, clerk)
    letter = page.table.current_letter()
    assert letter is not None and letter.subject == "دوم"
    page.filters.search.setText("نخست")
    page.filters.search.returnPressed.emit()
    settle(qtbot, page)
    show_kind(qtbot, page, "outgoing")
    show_kind(qtbot, page, "incoming")
    letter = page.table.current_letter()
    assert letter is not None and letter.subject == "نخست"


def test_the_register_shows_twenty_rows_on_a_laptop_screen(qtbot: QtBot, ctx: AppContext,
                                                            clerk: CurrentUser,
                                                            wait_tasks: WaitTasks) -> None:
    """Finding 12: the filters fold under a button, so the list keeps the page's height."""
    from ui.main_window import MainWindow

    seed(ctx, clerk, (incoming(f"نامهٔ {i}") for i in range(60)))
    window = MainWindow(ctx, clerk)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1366, 728)  # a 1366×768 laptop less its taskbar
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.model.total() == 60, timeout=10_000)
    wait_tasks()
    assert not page.filters.isVisible()
    viewport = page.table.viewport()
    shown = page.table.rowAt(viewport.height() - 1) - page.table.rowAt(0) + 1
    assert shown >= 20
    page.filters_button.click()
    assert page.filters.isVisible()
    page.filters.urgency.setCurrentIndex(page.filters.urgency.findData("urgent"))
    page.filters_button.click()  # folded again: the button says how many filters narrow
    assert page.filters_button.text() == "پالایه‌ها (۱)"
    wait_tasks()
    assert page.empty.is_showing()
    assert page.empty.button.text() == "پاک کردن جستجو و پالایه‌ها"
    page.empty.button.click()
    qtbot.waitUntil(lambda: page.model.total() == 60, timeout=10_000)
    assert page.filters_button.text() == "پالایه‌ها" and not page.empty.is_showing()
