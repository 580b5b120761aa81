"""Contacts: the list with a normalised search, adding (duplicate warning), editing a person
with an organisation, identifiers checked, merging duplicates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import MakeUser, WaitTasks
from tests.ui.letters_support import incoming, register
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.contact_merge_dialog import ContactMergeDialog
from ui.models.contacts_model import ContactsTableModel
from ui.pages.contacts_page import ContactsPage
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, ctx: AppContext, user: CurrentUser, wait_tasks: WaitTasks) -> ContactsPage:
    page = ContactsPage(ctx, user)
    qtbot.addWidget(page)
    page.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    page.show()
    page.activate()
    wait_tasks()
    return page


def names(page: ContactsPage) -> list[str]:
    column = ContactsTableModel.COLUMNS.index("name")
    return [str(page.model.data(page.model.index(r, column))) for r in range(page.model.rowCount())]


def add(ctx: AppContext, user: CurrentUser, name: str, **fields: Any) -> int:
    return contacts.add_contact(ctx, user, ContactInput(name=name, **fields)).contact.id


def test_list_and_normalised_search(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                    wait_tasks: WaitTasks) -> None:
    add(ctx, clerk, "شرکت کاشی البرز")
    add(ctx, clerk, "سازمان صمت استان البرز")
    add(ctx, clerk, "مهدی احمدی", kind="person", post_title="مدیرعامل",
        mobile="09121234567")
    page = open_page(qtbot, ctx, clerk, wait_tasks)
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "۳ مخاطب"
    row = names(page).index("مهدی احمدی")
    mobile = ContactsTableModel.COLUMNS.index("mobile")
    assert page.model.data(page.model.index(row, mobile)) == "۰۹۱۲۱۲۳۴۵۶۷"
    page.search.setText("كاشي")  # Arabic kaf and yeh
    page.refresh()
    wait_tasks()
    assert names(page) == ["شرکت کاشی البرز"]
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("person"))
    wait_tasks()
    assert names(page) == ["مهدی احمدی"]


def test_add_warns_about_a_duplicate_name(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                          wait_tasks: WaitTasks) -> None:
    add(ctx, clerk, "شرکت فولاد البرز")
    page = open_page(qtbot, ctx, clerk, wait_tasks)
    dialog = page.add_contact()
    dialog.inputs["name"].setText("شركت فولاد البرز")
    dialog.save()
    wait_tasks()
    assert not dialog.similar.isHidden()
    assert "شرکت فولاد البرز" in dialog.similar.text()
    assert len(contacts.list_contacts(ctx, clerk)) == 1
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_anyway.click()
    wait_tasks()
    assert len(contacts.list_contacts(ctx, clerk)) == 2
    assert page.model.rowCount() == 2


def test_a_person_with_organisation_and_checked_identifiers(qtbot: QtBot, ctx: AppContext,
                                                            clerk: CurrentUser,
                                                            wait_tasks: WaitTasks) -> None:
    org = add(ctx, clerk, "شرکت پتروشیمی البرز")
    dialog = ContactDialog(ctx, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("person"))
    assert dialog.inputs["post_title"].isVisible() and not dialog.inputs["legal_id"].isVisible()
    dialog.inputs["name"].setText("زهرا کریمی")
    dialog.inputs["post_title"].setText("مدیر بازرگانی")
    dialog.organisation.line_edit.setText("پتروشیمی")
    dialog.organisation.suggest()
    qtbot.waitUntil(lambda: dialog.organisation.suggestions.rowCount() == 1, timeout=5_000)
    dialog.organisation.pick_suggestion(0)
    dialog.inputs["national_id"].setText("0684159415")  # a wrong check digit
    dialog.save()
    wait_tasks()
    assert dialog.errors.has_error("national_id")
    dialog.inputs["national_id"].setText("۰۴۹۹۳۷۰۸۹۹")  # valid, typed in Persian digits
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    person = saved.args[0]
    assert (person.organisation_id, person.organisation_name) == (org, "شرکت پتروشیمی البرز")
    assert person.national_id == "0499370899"
    assert person.display_name == "زهرا کریمی، مدیر بازرگانی (شرکت پتروشیمی البرز)"


def test_edit_keeps_the_contact_and_its_letters(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                                wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامه", sender="شرکت نساجی کرج"))
    page = open_page(qtbot, ctx, clerk, wait_tasks)
    select_row(page.table, 0)
    dialog = page.edit_contact()
    assert isinstance(dialog, ContactDialog)
    assert dialog.inputs["name"].text() == "شرکت نساجی کرج"
    dialog.inputs["name"].setText("شرکت نساجی البرز")
    dialog.inputs["phone"].setText("۰۲۶۳۲۲۱۲۳۴۵")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    wait_tasks()
    assert names(page) == ["شرکت نساجی البرز"]
    sender = letters.get_letter(ctx, clerk, letter.id).sender
    assert sender is not None and sender.name == "شرکت نساجی البرز"


def test_merge_moves_the_letters_to_the_contact_kept(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, admin: CurrentUser,
        wait_tasks: WaitTasks) -> None:
    keep = add(ctx, clerk, "اتاق بازرگانی البرز")
    letter = register(ctx, clerk, incoming("نامه", sender="اتاق بازرگانی استان البرز"))
    # Merging re-points letters the merger may not see: only an admin merges.
    assert open_page(qtbot, ctx, clerk, wait_tasks).merge_button.isHidden()
    page = open_page(qtbot, ctx, admin, wait_tasks)
    select_row(page.table, names(page).index("اتاق بازرگانی استان البرز"))
    dialog = page.merge_contact()
    assert isinstance(dialog, ContactMergeDialog)
    dialog.merge()  # nothing chosen yet
    assert dialog.errors.has_error("contact")
    dialog.keep.line_edit.setText("اتاق بازرگانی البرز")
    dialog.keep.suggest()
    qtbot.waitUntil(lambda: dialog.keep.suggestions.rowCount() == 2, timeout=5_000)
    shown = [dialog.keep.suggestions.item(r).text() for r in range(2)]
    dialog.keep.pick_suggestion(shown.index("اتاق بازرگانی البرز"))
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge()
    wait_tasks()
    assert names(page) == ["اتاق بازرگانی البرز"]
    sender = letters.get_letter(ctx, clerk, letter.id).sender
    assert sender is not None and sender.contact_id == keep


def test_a_viewer_reads_contacts_but_does_not_change_them(qtbot: QtBot, ctx: AppContext,
                                                          make_user: MakeUser, wait_tasks: WaitTasks) -> None:
    viewer = make_user("viewer", "viewer")
    page = open_page(qtbot, ctx, viewer, wait_tasks)
    assert page.add_button.isHidden() and page.merge_button.isHidden()
