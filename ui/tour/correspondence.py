"""Correspondence's screens on a register that looks lived in: the registers (200 letters by
default), search and filters, an empty result, the letter form (empty, suggesting, filled,
registered, a duplicate, the question before losing what was typed), the letter page's
tabs, the referral dialog, status, cancel and sign, the inbox of a clerk and of someone with
nothing waiting."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterDetail, LetterInput, PartyInput
from secretariat.kernel import org_settings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.paths import resource_path
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.letter_view import LetterViewDialog
from ui.dialogs.letter_view_actions import CancelLetterDialog, SignDialog, StatusDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.main_window import MainWindow
from ui.pages.inbox_page import InboxPage
from ui.pages.letters.register_page import KINDS, LettersPage
from ui.tour.support import ensure_people, person, sample, settle, with_popup
from ui.widgets.tables import select_row

Screens = Iterator[tuple[str, QWidget]]

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids"
       b"[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

SENDERS = (
    "سازمان صنعت، معدن و تجارت استان البرز", "شرکت فولاد البرز (سهامی خاص)",
    "اتاق بازرگانی، صنایع، معادن و کشاورزی البرز", "شركت كاشي و سراميك البرز",
    "شرکت شهرک‌های صنعتی استان البرز", "انجمن صنایع نساجی استان البرز",
    "اداره کل امور مالیاتی استان البرز", "بانک صنعت و معدن — شعبهٔ مرکزی کرج",
    "Siemens Energy AG", "شرکت Pars Polymer (سهامی عام)", "استانداری البرز — دبیرخانهٔ "
    "کارگروه تسهیل و رفع موانع تولید",
)
SUBJECTS = (
    "درخواست تمدید پروانهٔ بهره‌برداری واحد تولیدی",
    "دعوت به نشست کارگروه تسهیل و رفع موانع تولید استان",
    "گزارش عملکرد فصلی واحدهای تولیدی عضو انجمن",
    "استعلام وضعیت عضویت و پرداخت حق عضویت سال ۱۴۰۵",
    "اعلام نیاز به تسهیلات سرمایهٔ در گردش برای خرید مواد اولیه",
    "صورت‌جلسهٔ نشست مشترک با سازمان صمت دربارهٔ صدور جواز تأسیس",
    "بخشنامهٔ مالیات بر ارزش افزوده — تغییر نرخ‌ها",
    "معرفی نماینده برای عضویت در هیئت مدیرهٔ انجمن",
    "Request for a meeting on the export of ceramic tiles",
    "پیرو نامهٔ ۱۴۰۵/و/۱۲ دربارهٔ قطعی برق صنایع در ساعات اوج مصرف",
)
LONG_SUBJECT = (
    "درخواست رسیدگی فوری به مشکلات واحدهای تولیدی شهرک صنعتی اشتهارد در زمینهٔ تأمین برق، "
    "گاز و آب صنعتی در فصل تابستان و اعلام نتیجهٔ پیگیری‌ها به این دبیرخانه پیش از نشست "
    "آیندهٔ کارگروه تسهیل و رفع موانع تولید استان البرز"
)
MARGIN = (
    "جناب آقای محمدی\nبا سلام؛ لطفاً موضوع را با سازمان صمت هماهنگ و نتیجه را تا پیش از "
    "نشست کارگروه گزارش فرمایید. پیش‌نویس پاسخ نیز تهیه شود."
)

_made: dict[str, LetterDetail] = {}


def _sample_letters(today: date, count: int) -> Iterator[LetterInput]:
    """The register's bulk: ``count`` letters over the last months, oldest first."""
    for i in range(count):
        kind = ("incoming", "incoming", "outgoing", "internal", "incoming")[i % 5]
        on = today - timedelta(days=max(1, (count - i) * 90 // max(count, 1)))
        subject = LONG_SUBJECT if i % 37 == 5 else SUBJECTS[i % len(SUBJECTS)]
        common: dict[str, Any] = {
            "subject": subject, "registered_on": on,
            "urgency": ("normal", "normal", "urgent", "normal", "immediate")[i % 5],
            "summary": "با سلام و احترام، به استحضار می‌رساند…",
        }
        if kind == "incoming":
            yield LetterInput(kind=kind, sender=PartyInput(name=SENDERS[i % len(SENDERS)]),
                              sender_number=f"{1405 - i % 2}/ص/{1200 + i}",
                              sender_date=on - timedelta(days=2), **common)
        elif kind == "outgoing":
            yield LetterInput(kind=kind, recipients=(PartyInput(name=SENDERS[i % 7]),),
                              **common)
        else:
            yield LetterInput(kind=kind, from_unit="دبیرخانه", to_unit="امور انجمن‌ها",
                              **common)


REPLY_BODY = (  # the letter the print preview shows: a real-looking page of text
    "با سلام و احترام\n"
    "پیرو نامهٔ شمارهٔ ۱۴۰۵/و/۱۲ مورخ ۱۴۰۵/۰۸/۲۰ آن انجمن دربارهٔ معرفی نمایندهٔ تام‌الاختیار "
    "برای شرکت در نشست‌های کارگروه تسهیل و رفع موانع تولید استان، به استحضار می‌رساند "
    "جناب آقای حسین محمدی، کارشناس امور صنایع و معادن این اتاق، به عنوان نماینده معرفی "
    "می‌گردند. خواهشمند است دستور فرمایید هماهنگی‌های لازم با ایشان انجام شود.\n"
    "شمارهٔ تماس نماینده: ۰۲۶-۳۲۲۱۲۳۴۵ (داخلی ۲۱۴)؛ رایانامه: h.mohammadi@alborz-chamber.ir\n"
    "پیشاپیش از همکاری آن انجمن سپاسگزاریم.")


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    ensure_people(ctx, admin)
    clerk = person(ctx, admin, "clerk")
    today = today_tehran()
    contacts.add_contact(ctx, admin, ContactInput(
        name="مهدی احمدی", kind="person", post_title="مدیرعامل شرکت فولاد البرز",
        mobile="09121234567"))
    letters.import_letters(ctx, admin, _sample_letters(today, max(sample().letters - 20, 10)))
    asked = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="استعلام آمار اشتغال واحدهای عضو",
        recipients=(PartyInput(name=SENDERS[0]),),
        cc=(PartyInput(name=SENDERS[2], purpose="information"),
            PartyInput(name=SENDERS[4], purpose="action")),
        registered_on=today - timedelta(days=20), reply_expected_by=today - timedelta(days=3),
        signatory="manager", dispatch_method="registered_post",
        dispatch_date=today - timedelta(days=19), postal_tracking_code="1234567890",
        body="با سلام و احترام\nخواهشمند است آمار اشتغال واحدهای عضو را اعلام فرمایید.",
        keywords=("آمار", "اشتغال")))
    reply = letters.register_letter(ctx, clerk, LetterInput(
        kind="incoming", subject="پاسخ استعلام آمار اشتغال (Ref ۱۴۰۵/و/۱۲)",
        reply_to=asked.number, sender=PartyInput(name=SENDERS[0]),
        sender_number="۸۸۲۱/ص", sender_date=today - timedelta(days=1), urgency="immediate",
        summary="آمار اشتغال ۴۲ واحد عضو پیوست است.", keywords=("آمار",)))
    letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="پیگیری استعلام آمار اشتغال", follows=asked.number,
        recipients=(PartyInput(name=SENDERS[0]),), registered_on=today - timedelta(days=8)))
    folder = Path(tempfile.mkdtemp(prefix="tour-files-"))
    files = [folder / "پاسخ سازمان صمت.pdf", folder / "Scan نامه 12.pdf",
             folder / "آمار اشتغال - final v2.xlsx"]
    for i, file in enumerate(files):
        body = PDF if file.suffix == ".pdf" else b"PK\x03\x04" + b"0" * 2048
        file.write_bytes(body + b"%" * i)  # each its own content (files are kept by hash)
    letters.attach_files(ctx, clerk, reply.id, files)
    late = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="درخواست گزارش پیشرفت طرح توسعهٔ خط تولید",
        recipients=(PartyInput(name=SENDERS[1]),), registered_on=today - timedelta(days=15),
        reply_expected_by=today - timedelta(days=2)))
    duplicate = letters.register_letter(ctx, clerk, LetterInput(
        kind="incoming", subject="ثبت تکراری", sender=PartyInput(name=SENDERS[3])))
    letters.cancel_letter(ctx, clerk, duplicate.id, "ثبت تکراری؛ نامه پیش‌تر ثبت شده بود.")
    draft = letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="پیش‌نویس پاسخ به اتاق بازرگانی", draft=True,
        recipients=(PartyInput(name=SENDERS[2]),)))
    for i in range(3):  # today's letters, for the home page
        letters.register_letter(ctx, clerk, LetterInput(
            kind="incoming", subject=SUBJECTS[i], sender=PartyInput(name=SENDERS[i + 3]),
            sender_number=f"{300 + i}/د", sender_date=today - timedelta(days=1)))
    letters.register_letter(ctx, clerk, LetterInput(
        kind="outgoing", subject="پاسخ به درخواست معرفی نماینده",
        recipients=(PartyInput(name=SENDERS[5]),), signatory="manager",
        cc=(PartyInput(name=SENDERS[2], purpose="information"),),
        body=REPLY_BODY))
    letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="قرارداد محرمانهٔ همکاری", classification="confidential",
        sender=PartyInput(name=SENDERS[1])))
    _made.update(asked=asked, reply=reply, late=late, cancelled=duplicate, draft=draft)
    _refer(ctx, admin, reply, today)


def _refer(ctx: AppContext, admin: CurrentUser, reply: LetterDetail, today: date) -> None:
    manager = person(ctx, admin, "manager")
    first = letters.refer_letter(ctx, admin, reply.id, ["manager"], "جهت بررسی و اعلام نظر",
                                 today + timedelta(days=3), kind="comment", priority="urgent")
    letters.refer_onward(ctx, manager, first[0].id, ["expert1", "clerk"], MARGIN,
                         today + timedelta(days=5), kind="action")
    expert = person(ctx, admin, "expert1")
    onward = next(n for n in letters.inbox(ctx, expert) if n.letter.id == reply.id)
    letters.write_note(ctx, expert, onward.referral.id,
                       "با سازمان صمت هماهنگ شد؛ گزارش تا پایان هفته فرستاده می‌شود.")
    recent = letters.list_letters(ctx, admin, letters.LetterQuery(kind="incoming",
                                                                   cancelled=False), limit=12)
    overdue = None
    for i, letter in enumerate(recent[3:9]):
        kind = ("action", "information", "comment")[i % 3]
        made = letters.refer_letter(ctx, admin, letter.id, ["clerk"],
                                    ("جهت اقدام", "جهت اطلاع", "جهت اظهار نظر")[i % 3],
                                    letters.default_due_on(letters.ReferralSettings(), kind,
                                                           "normal"),
                                    kind=kind, priority=("normal", "urgent")[i % 2])
        overdue = overdue or made[0]
    if overdue is not None:
        # Sample data only: a due date already past, as a real one becomes after a few days
        # (the service refuses to set one in the past).
        con = sqlite3.connect(ctx.data_dir / "secretariat.sqlite")
        with con:
            con.execute("UPDATE referrals SET due_on = ? WHERE id = ?",
                        ((today - timedelta(days=2)).isoformat(), overdue.id))
        con.close()


def screens(ctx: AppContext, user: CurrentUser) -> Screens:
    org = org_settings.get_org_settings(ctx)
    window = MainWindow(ctx, user, org)
    window.show()
    yield from _registers(window)
    clerk = person(ctx, user, "clerk")
    yield from _form(ctx, clerk, window)
    yield from _letter_page(ctx, user, clerk, window)
    window.close()
    yield from _inbox(ctx, user, clerk, org)


def _registers(window: MainWindow) -> Screens:
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    settle()
    yield "letters-incoming", window
    page.tabs.setCurrentIndex(KINDS.index("outgoing"))
    settle()
    yield "letters-outgoing", window
    page.tabs.setCurrentIndex(KINDS.index(None))
    page.filters_button.setChecked(True)
    page.filters.urgency.setCurrentIndex(page.filters.urgency.findData("immediate"))
    settle()
    yield "letters-filters", window
    page.filters.clear()
    page.filters.search.setText("آمار اشتغال")
    page.filters.search.returnPressed.emit()
    settle()
    yield "letters-search", window
    page.filters.search.setText("عبارتی که در هیچ نامه‌ای نیست")
    page.filters.search.returnPressed.emit()
    settle()
    yield "letters-nothing-found", window
    page.clear_search_and_filters()
    page.filters_button.setChecked(False)
    page.columns.menu_.popup(page.columns.mapToGlobal(page.columns.rect().topLeft()))
    settle()
    yield "letters-columns-menu", with_popup(window, page.columns.menu_)
    page.columns.menu_.hide()
    page.tabs.setCurrentIndex(KINDS.index("incoming"))
    settle()


def _form(ctx: AppContext, clerk: CurrentUser, window: MainWindow) -> Screens:
    form = LetterFormDialog(ctx, clerk, "incoming", window)
    form.show()
    yield "letter-form-incoming", form
    fields = form.fields
    assert fields.sender_field is not None and fields.sender_number is not None
    fields.sender_field.line_edit.setText("فولاد")
    fields.sender_field.line_edit.setFocus()
    fields.sender_field.suggest()
    settle()
    fields.sender_field.completer.complete()
    settle()
    yield "letter-form-suggestions", with_popup(form, fields.sender_field.completer.popup())
    fields.sender_field.pick_suggestion(0)
    fields.sender_number.setText("۴۵۶۷/ص/۱۲")
    fields.subject.setText(LONG_SUBJECT)
    fields.summary.setPlainText("درخواست صدور کارت عضویت برای سال ۱۴۰۵ با پیوست مدارک.\n"
                                "Attached: company registration (Ref ۱۴۰۵/و/۱۲).")
    fields.keywords.setText("کارت عضویت، عضویت")
    fields.reply_to.line_edit.setText(_made["asked"].number or "")
    fields.reply_to.look_up()
    fields.attachments.add_files([resource_path("icons", "secretariat.png")])
    settle()
    yield "letter-form-filled", form
    QTest.keyClick(form, Qt.Key.Key_Escape)
    settle()
    question = form.discard_question
    if question is not None:
        yield "letter-form-discard-question", question
        question.button(QMessageBox.StandardButton.NoButton)
        question.reject()
    form.save()
    settle()
    yield "letter-form-registered", form
    reply = _made["reply"]
    assert reply.sender is not None and fields.sender_date is not None
    fields.sender_field.set_party(reply.sender.contact_id, reply.sender.name)
    fields.sender_number.setText("۸۸۲۱/ص")
    fields.sender_date.setDate(reply.sender_date)
    fields.subject.setText("پاسخ استعلام (دوباره)")
    form.save()
    settle()
    yield "letter-form-duplicate", form
    form.fields.clear_for_next()
    form.close()
    for kind in ("outgoing", "internal"):
        other = LetterFormDialog(ctx, clerk, kind, window)
        yield f"letter-form-{kind}", other
        other.close()


def _letter_page(ctx: AppContext, user: CurrentUser, clerk: CurrentUser,
                 window: MainWindow) -> Screens:
    view = LetterViewDialog(ctx, user, _made["asked"].id, window)
    view.show()
    settle()
    yield "letter-details", view
    for index, name in ((1, "text"), (3, "links"), (5, "history")):
        view.tabs.setCurrentIndex(index)
        yield f"letter-{name}", view
    view.close()
    reply = LetterViewDialog(ctx, user, _made["reply"].id, window)
    reply.show()
    settle()
    reply.tabs.setCurrentIndex(2)
    yield "letter-attachments", reply
    reply.tabs.setCurrentIndex(4)
    yield "letter-referral-tree", reply
    refer = reply.refer()
    assert isinstance(refer, ReferralDialog)
    settle()
    yield "referral-dialog", refer
    refer.check("clerk")
    refer.check("expert2")
    refer.set_kind("comment")
    refer.priority.setCurrentIndex(refer.priority.findData("urgent"))
    refer.insert_phrase(2)
    refer.instruction.insertPlainText("\nلطفاً تا پایان هفته.")
    refer.search.setText("حقوق")
    settle()
    yield "referral-dialog-filled", refer
    refer.close()
    status = reply.change_status()
    assert isinstance(status, StatusDialog)
    status.choose("closed")
    yield "status-dialog", status
    status.close()
    reply.close()
    cancelled = LetterViewDialog(ctx, user, _made["cancelled"].id, window)
    yield "letter-cancelled", cancelled
    cancelled.close()
    live = LetterViewDialog(ctx, clerk, _made["late"].id, window)
    live.show()
    settle()
    cancel = live.cancel_letter()
    assert isinstance(cancel, CancelLetterDialog)
    cancel.run()  # no reason: the message under the field
    yield "cancel-dialog", cancel
    cancel.close()
    live.close()
    draft = LetterViewDialog(ctx, user, _made["draft"].id, window)
    draft.show()
    settle()
    yield "letter-draft", draft
    sign = draft.sign()
    assert isinstance(sign, SignDialog)
    yield "sign-dialog", sign
    sign.close()
    draft.close()


def _inbox(ctx: AppContext, user: CurrentUser, clerk: CurrentUser, org: Any) -> Screens:
    clerk_window = MainWindow(ctx, clerk, org)
    clerk_window.show()
    inbox = clerk_window.show_page("inbox")
    assert isinstance(inbox, InboxPage)
    settle()
    yield "inbox-clerk", clerk_window
    select_row(inbox.table, 0)
    view = inbox.open_current()
    assert view is not None
    settle()
    yield "letter-from-inbox", view
    view.close()
    clerk_window.close()
    quiet = MainWindow(ctx, person(ctx, user, "expert2"), org)
    quiet.show()
    quiet.show_page("inbox")
    settle()
    yield "inbox-empty", quiet
    quiet.close()
