"""The correspondence screens for scripts/screenshots.py: registers, letter form and page,
referrals, inbox, contacts — on a throwaway database seeded with realistic letters.

Look for: rows newest first with Persian digits and Jalali dates, cancelled rows struck
through, overdue rows red, unread referrals bold, the new number large, every label to
the right of its field, nothing cut off.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.contact_merge_dialog import ContactMergeDialog
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.letter_view import LetterViewDialog
from ui.dialogs.letter_view_actions import CancelLetterDialog, SignDialog, StatusDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.main_window import MainWindow
from ui.pages.contacts_page import ContactsPage
from ui.pages.inbox_page import InboxPage
from ui.pages.letters.register_page import KINDS, LettersPage
from ui.widgets.tables import select_row

Shoot = Callable[[str, QWidget], None]
Settle = Callable[..., None]

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids"
       b"[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

SENDERS = ["سازمان صمت استان البرز", "شرکت فولاد البرز", "اتاق بازرگانی البرز",
           "شركت كاشي و سراميك البرز", "شهرک صنعتی اشتهارد", "انجمن صنایع نساجی البرز",
           "اداره کل امور مالیاتی البرز", "بانک صنعت و معدن شعبه کرج"]
SUBJECTS = ["درخواست تمدید پروانه بهره‌برداری", "دعوت به همایش رفع موانع تولید",
            "گزارش عملکرد فصلی واحدهای تولیدی", "استعلام وضعیت عضویت", "اعلام نیاز به تسهیلات",
            "صورت‌جلسهٔ کارگروه تسهیل", "بخشنامهٔ مالیات بر ارزش افزوده", "معرفی نماینده"]


def with_popup(window: QWidget, popup: QWidget | None) -> QWidget:
    """The window with a popup (a completer's list) painted where it shows: a grab() of the
    window alone leaves out its popups, which are windows of their own."""
    picture = window.grab()
    if popup is not None and popup.isVisible():
        painter = QPainter(picture)
        corner = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(corner, popup.grab())
        painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label


def seed_letters(ctx: AppContext, admin: CurrentUser, clerk: CurrentUser) -> dict[str, Any]:
    """A register that looks lived in; returns the letters the screens open."""
    today = today_tehran()
    contacts.add_contact(ctx, admin, ContactInput(
        name="مهدی احمدی", kind="person", post_title="مدیرعامل", mobile="09121234567"))
    made: dict[str, Any] = {}
    for i in range(36):
        kind = ("incoming", "incoming", "outgoing", "internal")[i % 4]
        on = today - timedelta(days=36 - i)
        common: dict[str, Any] = {"subject": SUBJECTS[i % len(SUBJECTS)], "registered_on": on,
                                  "urgency": "urgent" if i % 7 == 0 else "normal",
                                  "summary": "با سلام و احترام، به استحضار می‌رساند…"}
        if kind == "incoming":
            data = LetterInput(kind=kind, sender=PartyInput(name=SENDERS[i % len(SENDERS)]),
                               sender_number=f"{1400 + i}/ص/{i + 3}",
                               sender_date=on - timedelta(days=2), **common)
        elif kind == "outgoing":
            data = LetterInput(kind=kind, recipients=(PartyInput(name=SENDERS[i % 5]),),
                               **common)
        else:
            data = LetterInput(kind=kind, from_unit="دبیرخانه", to_unit="امور اعضا", **common)
        made[f"{kind}-{i}"] = letters.register_letter(ctx, clerk, data)

    asked = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="استعلام آمار اشتغال واحدهای عضو",
        recipients=(PartyInput(name="سازمان صمت استان البرز"),),
        cc=(PartyInput(name="اتاق بازرگانی البرز", purpose="information"),
            PartyInput(name="شهرک صنعتی اشتهارد", purpose="action")),
        registered_on=today - timedelta(days=20), reply_expected_by=today - timedelta(days=3),
        signatory="manager", dispatch_method="registered_post",
        dispatch_date=today - timedelta(days=19), postal_tracking_code="1234567890",
        body="با سلام و احترام\nخواهشمند است آمار اشتغال واحدهای عضو را اعلام فرمایید.",
        keywords=("آمار", "اشتغال")))
    reply = letters.register_letter(ctx, clerk, LetterInput(
        kind="incoming", subject="پاسخ استعلام آمار اشتغال", reply_to=asked.number,
        sender=PartyInput(name="سازمان صمت استان البرز"), sender_number="۸۸۲۱/ص",
        sender_date=today - timedelta(days=1), urgency="immediate",
        summary="آمار اشتغال ۴۲ واحد عضو پیوست است.", keywords=("آمار",)))
    follow = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="پیگیری استعلام آمار اشتغال", follows=asked.number,
        recipients=(PartyInput(name="سازمان صمت استان البرز"),),
        registered_on=today - timedelta(days=8)))
    folder = Path(tempfile.mkdtemp(prefix="screens-files-"))
    scan = folder / "پاسخ سازمان صمت.pdf"
    scan.write_bytes(PDF)
    table = folder / "آمار اشتغال.xlsx"
    table.write_bytes(b"PK\x03\x04" + b"0" * 2048)
    attachments.attach_files(ctx, clerk, reply.id, [scan, table])
    late = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="درخواست گزارش پیشرفت طرح توسعه",
        recipients=(PartyInput(name="شرکت فولاد البرز"),),
        registered_on=today - timedelta(days=15), reply_expected_by=today - timedelta(days=2)))
    cancelled = made["incoming-33"]
    letters.cancel_letter(ctx, clerk, cancelled.id, "ثبت تکراری؛ نامه پیش‌تر ثبت شده بود.")
    letters.change_status(ctx, clerk, made["incoming-32"].id, "closed")
    letters.change_status(ctx, clerk, made["incoming-32"].id, "archived", "ب/۱۴۰۵/۱۲")
    draft = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="پیش‌نویس پاسخ به اتاق بازرگانی", draft=True,
        recipients=(PartyInput(name="اتاق بازرگانی البرز"),)))
    letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="قرارداد محرمانهٔ همکاری", classification="confidential",
        sender=PartyInput(name="شرکت فولاد البرز")))

    due = today + timedelta(days=3)
    first = referrals.refer_letter(ctx, admin, reply.id, ["manager"], "جهت بررسی و اعلام نظر",
                                   due)[0]
    for key in ("incoming-28", "incoming-29", "incoming-24"):
        referrals.refer_letter(ctx, admin, made[key].id, ["clerk"], "جهت اقدام", due)
    overdue = referrals.refer_letter(ctx, admin, made["incoming-20"].id, ["clerk"],
                                     "جهت تهیه پاسخ", today)[0]
    opened = referrals.refer_letter(ctx, admin, made["incoming-16"].id, ["clerk"],
                                    "جهت اطلاع")[0]
    referrals.mark_read(ctx, clerk, opened.id)
    # Demo data only: a due date in the past, as a real one becomes after a few days.
    con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
    with con:
        con.execute("UPDATE referrals SET due_on = ? WHERE id = ?",
                    ((today - timedelta(days=2)).isoformat(), overdue.id))
    con.close()
    made.update(asked=asked, reply=reply, follow=follow, late=late, cancelled=cancelled,
                draft=draft, referral=first)
    return made


def shoot_letters(shoot: Shoot, settle: Settle, ctx: AppContext, admin: CurrentUser,
                  clerk: CurrentUser, window: MainWindow) -> None:
    made = seed_letters(ctx, admin, clerk)
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    page.activate()
    settle(0.4)
    shoot("letters-incoming", window)
    page.tabs.setCurrentIndex(KINDS.index("outgoing"))
    settle(0.4)
    shoot("letters-outgoing", window)
    page.tabs.setCurrentIndex(KINDS.index(None))
    page.filters.search.setText("آمار اشتغال")
    page.filters.search.returnPressed.emit()
    settle(0.4)
    shoot("letters-search", window)
    page.filters.clear()
    page.columns.menu_.popup(page.columns.mapToGlobal(page.columns.rect().topLeft()))
    settle()
    shoot("letters-columns-menu", page.columns.menu_)
    page.columns.menu_.hide()
    page.tabs.setCurrentIndex(KINDS.index("incoming"))
    settle(0.4)

    shoot_form(shoot, settle, ctx, clerk, window, made)
    shoot_view(shoot, settle, ctx, admin, clerk, window, made)

    inbox_window = MainWindow(ctx, clerk, window.org)
    inbox_window.show()
    inbox = inbox_window.show_page("inbox")
    assert isinstance(inbox, InboxPage)
    settle(0.4)
    shoot("inbox-clerk", inbox_window)
    select_row(inbox.table, 0)
    view = inbox.open_current()
    assert view is not None
    settle(0.4)
    shoot("letter-from-inbox", view)
    view.close()
    inbox_window.close()

    contacts_page = window.show_page("contacts")
    assert isinstance(contacts_page, ContactsPage)
    settle(0.4)
    shoot("contacts", window)
    dialog = ContactDialog(ctx, clerk, None, window, name="زهرا کریمی", kind="person")
    dialog.inputs["post_title"].setText("مدیر بازرگانی")
    dialog.show()
    settle()
    shoot("contact-person", dialog)
    dialog.inputs["name"].setText("شركت فولاد البرز")
    dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
    dialog.save()
    settle()
    shoot("contact-duplicate", dialog)
    dialog.close()
    select_row(contacts_page.table, 1)
    merge = contacts_page.merge_contact()
    assert isinstance(merge, ContactMergeDialog)
    merge.keep.line_edit.setText("اتاق بازرگانی")
    settle()
    shoot("contact-merge", merge)
    merge.close()


def shoot_form(shoot: Shoot, settle: Settle, ctx: AppContext, clerk: CurrentUser,
               window: MainWindow, made: dict[str, Any]) -> None:
    form = LetterFormDialog(ctx, clerk, "incoming", window)
    form.show()
    settle()
    shoot("letter-form-incoming", form)
    fields = form.fields
    assert fields.sender_field is not None and fields.sender_number is not None
    fields.sender_field.line_edit.setText("فولاد")
    fields.sender_field.line_edit.setFocus()
    fields.sender_field.suggest()
    settle(0.3)
    fields.sender_field.completer.complete()
    settle()
    shoot("letter-form-autocomplete", with_popup(form, fields.sender_field.completer.popup()))
    fields.sender_field.pick_suggestion(0)
    fields.sender_number.setText("۴۵۶۷/ص/۱۲")
    fields.subject.setText("درخواست صدور کارت عضویت")
    fields.summary.setPlainText("درخواست صدور کارت عضویت برای سال ۱۴۰۵ با پیوست مدارک.")
    fields.keywords.setText("کارت عضویت، عضویت")
    fields.reply_to.line_edit.setText(made["asked"].number)
    fields.reply_to.look_up()
    fields.attachments.add_files([Path(__file__).resolve().parents[1] / "resources" / "icons"
                                  / "secretariat.png"])
    settle(0.3)
    shoot("letter-form-filled", form)
    form.save()
    settle(0.4)
    shoot("letter-form-registered", form)
    reply = made["reply"]
    assert reply.sender is not None
    fields.sender_field.set_party(reply.sender.contact_id, reply.sender.name)
    fields.sender_number.setText("۸۸۲۱/ص")
    assert fields.sender_date is not None
    fields.sender_date.setDate(reply.sender_date)
    fields.subject.setText("پاسخ استعلام (دوباره)")
    form.save()
    settle(0.4)
    shoot("letter-form-duplicate", form)
    form.close()
    for kind in ("outgoing", "internal"):
        other = LetterFormDialog(ctx, clerk, kind, window)
        other.show()
        settle()
        shoot(f"letter-form-{kind}", other)
        other.close()


def shoot_view(shoot: Shoot, settle: Settle, ctx: AppContext, admin: CurrentUser,
               clerk: CurrentUser, window: MainWindow, made: dict[str, Any]) -> None:
    view = LetterViewDialog(ctx, admin, made["asked"].id, window)
    view.show()
    settle(0.4)
    shoot("letter-view-details", view)
    for index, name in ((3, "links"), (4, "referrals"), (5, "history")):
        view.tabs.setCurrentIndex(index)
        settle()
        shoot(f"letter-view-{name}", view)
    view.close()
    reply = LetterViewDialog(ctx, admin, made["reply"].id, window)
    reply.show()
    settle(0.4)
    reply.tabs.setCurrentIndex(2)
    settle()
    shoot("letter-view-attachments", reply)
    reply.tabs.setCurrentIndex(4)
    settle()
    shoot("letter-view-referral-tree", reply)
    refer = reply.refer()
    assert isinstance(refer, ReferralDialog)
    settle(0.3)
    refer.check("clerk")
    refer.due_on.setDate(today_tehran() + timedelta(days=5))
    shoot("referral-dialog", refer)
    refer.close()
    status = reply.change_status()
    assert isinstance(status, StatusDialog)
    status.choose("closed")
    settle()
    shoot("status-dialog", status)
    status.close()
    reply.close()

    cancelled = LetterViewDialog(ctx, admin, made["cancelled"].id, window)
    cancelled.show()
    settle(0.4)
    shoot("letter-view-cancelled", cancelled)
    cancelled.close()
    live = LetterViewDialog(ctx, clerk, made["late"].id, window)
    live.show()
    settle(0.4)
    cancel = live.cancel_letter()
    assert isinstance(cancel, CancelLetterDialog)
    cancel.run()  # no reason: the message under the field
    settle()
    shoot("cancel-dialog", cancel)
    cancel.close()
    live.close()
    draft = LetterViewDialog(ctx, admin, made["draft"].id, window)
    draft.show()
    settle(0.4)
    shoot("letter-view-draft", draft)
    sign = draft.sign()
    assert isinstance(sign, SignDialog)
    settle()
    shoot("sign-dialog", sign)
    sign.close()
    draft.close()
