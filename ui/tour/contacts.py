"""The address book's screens: the contacts page, a person's form, the duplicate warning,
merging two contacts, a search that finds nothing. (Its contacts come with the letters the
correspondence tour registers, and a few of its own.)"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.kernel import org_settings
from secretariat.kernel.context import AppContext, CurrentUser
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.contact_merge_dialog import ContactMergeDialog
from ui.main_window import MainWindow
from ui.pages.contacts_page import ContactsPage
from ui.tour.support import person, settle
from ui.widgets.tables import select_row

Screens = Iterator[tuple[str, QWidget]]


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    for name, kind, post, phone in (
            ("زهرا کریمی", "person", "مدیر بازرگانی شرکت فولاد البرز", "026-34561234"),
            ("Dr. Martin Keller", "person", "Head of Sales, Siemens Energy AG", ""),
            ("شرکت ABC Co. (سهامی خاص)", "organisation", "", "021-88776655"),
            ("شرکت فولاد البرز (سهامی خاص) — دفتر تهران", "organisation", "", "021-22334455")):
        contacts.add_contact(ctx, admin, ContactInput(name=name, kind=kind, post_title=post,
                                                      phone=phone))


def screens(ctx: AppContext, user: CurrentUser) -> Screens:
    org = org_settings.get_org_settings(ctx)
    clerk = person(ctx, user, "clerk")
    window = MainWindow(ctx, clerk, org)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    settle()
    yield "contacts", window
    page.search.setText("نامی که نیست")
    page.refresh()
    settle()
    yield "contacts-nothing-found", window
    page.clear_search()
    settle()
    dialog = ContactDialog(ctx, clerk, None, window, name="زهرا کریمی", kind="person")
    dialog.inputs["post_title"].setText("مدیر بازرگانی")
    yield "contact-person", dialog
    dialog.inputs["name"].setText("شركت فولاد البرز (سهامی خاص)")
    dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
    dialog.save()
    settle()
    yield "contact-duplicate", dialog
    dialog.close()
    select_row(page.table, 1)
    merge = page.merge_contact()
    assert isinstance(merge, ContactMergeDialog)
    merge.keep.line_edit.setText("اتاق بازرگانی")
    yield "contact-merge", merge
    merge.close()
    window.close()
