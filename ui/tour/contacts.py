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
    def put(data: ContactInput) -> int:
        """The contact by this name (the letters may have named it already), filled in."""
        found = contacts.find_or_add(ctx, admin, data.name, data.kind, "name")
        return contacts.update_contact(ctx, admin, found.id, data).contact.id

    tehran = put(ContactInput(name="شرکت فولاد البرز (سهامی خاص) — دفتر تهران",
                              phone="021-22334455", email="info@alborzsteel.ir"))
    siemens = put(ContactInput(name="Siemens Energy AG"))
    put(ContactInput(name="شرکت ABC Co. (سهامی خاص)", phone="021-88776655"))
    put(ContactInput(name="زهرا کریمی", kind="person", post_title="مدیر بازرگانی",
                     organisation_id=tehran, phone="026-34561234",
                     email="z.karimi@alborzsteel.ir"))
    put(ContactInput(name="Dr. Martin Keller", kind="person", post_title="Head of Sales",
                     organisation_id=siemens, email="martin.keller@siemens-energy.com"))


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
