"""The letter page: every field, attachments opened with the system viewer, links both ways,
referral tree, history; cancel, status and archive, sign a draft, refer, print."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as referrals
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.text.digits import to_persian_digits
from tests.conftest import MakeUser, WaitTasks
from tests.helpers import must
from tests.ui.letters_support import TINY_PDF, incoming, internal, outgoing, register
from ui.bidi import strip_marks
from ui.dialogs.letter_view import LetterViewDialog, open_letter_view
from ui.dialogs.letter_view_actions import CancelLetterDialog, SignDialog, StatusDialog
from ui.dialogs.referral_dialog import ReferralDialog
from ui.printing.preview_dialog import PdfPreviewDialog

pytestmark = pytest.mark.gui


def open_view(qtbot: QtBot, ctx: AppContext, user: CurrentUser, letter_id: int,
              referral_id: int | None = None) -> LetterViewDialog:
    view = LetterViewDialog(ctx, user, letter_id, None, referral_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def value(view: LetterViewDialog, key: str) -> str:
    return strip_marks(view.details.values[key].text())


class UrlCatcher(QObject):
    """Stands in for the desktop's viewer: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_every_field_of_an_outgoing_letter(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                           wait_tasks: WaitTasks) -> None:
    today = today_tehran()
    letter = register(ctx, admin, outgoing(
        "گزارش عملکرد فصلی", summary="خلاصهٔ گزارش", body="متن کامل نامه",
        keywords=("گزارش", "فصلی"), urgency="urgent", signatory="admin",
        dispatch_method="registered_post", dispatch_date=today, postal_tracking_code="1234567",
        reply_expected_by=today + timedelta(days=7),
        cc=(), registered_on=today))
    view = open_view(qtbot, ctx, admin, letter.id)
    assert view.number.text() == to_persian_digits(must(letter.number))
    assert value(view, "kind") == "صادره"
    assert value(view, "registered_on") == format_jalali(today)
    assert value(view, "urgency") == "فوری"
    assert value(view, "recipients") == "سازمان صمت استان البرز"
    assert value(view, "subject") == "گزارش عملکرد فصلی"
    assert value(view, "summary") == "خلاصهٔ گزارش"
    assert value(view, "keywords") == "گزارش، فصلی"
    assert value(view, "signatory").startswith("مریم احمدی")
    assert value(view, "dispatch") == f"پست سفارشی — {format_jalali(today)}"
    assert value(view, "postal_tracking_code") == "۱۲۳۴۵۶۷"
    assert value(view, "reply_expected_by") == format_jalali(today + timedelta(days=7))
    assert view.body.toPlainText() == "متن کامل نامه"
    assert view.history.rowCount() == 1
    assert must(view.history.item(0, 2)).text() == "ثبت"
    assert view.cancelled.isHidden()


def test_attachment_opens_in_the_system_viewer(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                               tmp_path: Path, wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامه با پیوست"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(TINY_PDF)
    attachments.attach_files(ctx, clerk, letter.id, [scan])
    view = open_view(qtbot, ctx, clerk, letter.id)
    assert view.tabs.tabText(2) == "پیوست‌ها (۱)"
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")  # type: ignore[arg-type]
    try:
        with qtbot.waitSignal(view.attachments.opened, timeout=10_000):
            view.attachments.open_selected()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "scan.pdf"
    assert opened.read_bytes() == TINY_PDF  # a copy, checked against its hash
    stored = attachments.list_attachments(ctx, clerk, letter.id)[0]
    assert opened != attachments.attachment_file(ctx, clerk, stored.id)  # never the store


def test_files_dropped_on_the_letter_page_are_attached(qtbot: QtBot, ctx: AppContext,
                                                       clerk: CurrentUser, tmp_path: Path,
                                                       wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامه"))
    view = open_view(qtbot, ctx, clerk, letter.id)
    scan = tmp_path / "پیوست دوم.pdf"
    scan.write_bytes(TINY_PDF)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.attachments.attach([scan])
    assert view.attachments.list.count() == 1
    assert "پیوست دوم.pdf" in view.attachments.list.item(0).text()


def test_link_chain_both_ways(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    ours = register(ctx, clerk, outgoing("استعلام", reply_expected_by=today_tehran()))
    reply = register(ctx, clerk, incoming("پاسخ استعلام", reply_to=ours.number))
    later = register(ctx, clerk, outgoing("پیگیری", follows=ours.number))
    view = open_view(qtbot, ctx, clerk, ours.id)
    rows = {must(view.links.topLevelItem(i)).text(0): must(view.links.topLevelItem(i)).text(3)
            for i in range(view.links.topLevelItemCount())}
    assert rows == {"پاسخ‌های این نامه": "پاسخ استعلام", "نامه‌های پیرو": "پیگیری"}
    assert "پاسخ با نامهٔ" in value(view, "reply_expected_by")  # the wait is over
    opened: list[int] = []
    view.links.letterChosen.connect(opened.append)
    view.links.itemActivated.emit(view.links.topLevelItem(0), 0)
    assert opened == [reply.id]

    back = open_view(qtbot, ctx, clerk, reply.id)
    item = must(back.links.topLevelItem(0))
    assert (item.text(0), item.text(3)) == ("عطف به", "استعلام")
    assert later.follows is not None and later.follows.id == ours.id


def test_referral_tree_with_dates_and_onward_referrals(qtbot: QtBot, ctx: AppContext,
                                                       admin: CurrentUser, make_user: MakeUser,
                                                       wait_tasks: WaitTasks) -> None:
    boss = make_user("boss", "manager")
    expert = make_user("expert", "expert")
    letter = register(ctx, admin, incoming("درخواست بررسی"))
    due = today_tehran() + timedelta(days=3)
    first = referrals.refer_letter(ctx, admin, letter.id, ["boss"], "جهت بررسی", due)[0]
    referrals.refer_onward(ctx, boss, first.id, ["expert"], "جهت اقدام")
    onward = referrals.referral_tree(ctx, admin, letter.id)[0].children[0]
    referrals.write_note(ctx, expert, onward.id, "بررسی شد")
    view = open_view(qtbot, ctx, admin, letter.id)
    tree = view.referral_tree
    assert tree.topLevelItemCount() == 1
    root = must(tree.topLevelItem(0))
    who, when = root.text(tree.WHO).split("\n")
    assert who == "مریم احمدی ← کاربر boss"  # names (the test users have no post title)
    assert when.startswith(format_jalali(today_tehran()))
    assert root.text(tree.KIND) == "جهت اقدام"
    assert root.text(tree.MARGIN) == "جهت بررسی"
    assert root.text(tree.DUE) == format_jalali(due)
    assert root.text(tree.STATUS) == "هنوز خوانده نشده"
    child = must(root.child(0))
    assert child.text(tree.WHO).startswith("کاربر boss ← کاربر expert")
    assert child.text(tree.REPLY) == "بررسی شد"
    assert child.text(tree.STATUS).startswith("خوانده در")
    assert view.tabs.tabText(4) == "ارجاع‌ها (۲)"


def test_refer_from_the_letter_page(qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser,
                                    wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("نامه برای ارجاع"))
    view = open_view(qtbot, ctx, admin, letter.id)
    dialog = view.refer()
    assert isinstance(dialog, ReferralDialog)
    wait_tasks()
    dialog.save()  # nobody chosen
    assert dialog.errors.has_error("to")
    dialog.check("clerk")
    dialog.instruction.setPlainText("جهت تهیه پاسخ")
    dialog.due_on.setDate(today_tehran() + timedelta(days=2))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save()
    tree = view.referral_tree
    assert must(tree.topLevelItem(0)).text(tree.MARGIN) == "جهت تهیه پاسخ"
    assert [i.referral.instruction for i in referrals.inbox(ctx, clerk)] == ["جهت تهیه پاسخ"]
    assert value(view, "status") == "در جریان"  # referred: someone is working on it


def test_cancel_needs_a_reason_and_marks_the_letter(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                                    wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامهٔ تکراری"))
    view = open_view(qtbot, ctx, clerk, letter.id)
    changes: list[bool] = []
    view.changed.connect(lambda: changes.append(True))
    dialog = view.cancel_letter()
    assert isinstance(dialog, CancelLetterDialog)
    dialog.run()
    wait_tasks()
    assert dialog.errors.has_error("reason")
    assert not letters.get_letter(ctx, clerk, letter.id).cancelled
    dialog.reason.setPlainText("ثبت دوباره به اشتباه")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.run()
    assert not view.cancelled.isHidden()
    assert "ثبت دوباره به اشتباه" in view.cancelled.text()
    assert not view.cancel_button.isEnabled() and not view.refer_button.isEnabled()
    assert changes == [True]
    assert letters.get_letter(ctx, clerk, letter.id).cancelled


def test_status_then_archive_with_a_code(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                         wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("نامه برای بایگانی"))
    view = open_view(qtbot, ctx, clerk, letter.id)
    dialog = view.change_status()
    assert isinstance(dialog, StatusDialog)
    assert [dialog.status.itemData(i) for i in range(dialog.status.count())] == [
        "in_progress", "closed"]
    dialog.choose("closed")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.run()
    assert value(view, "status") == "مختومه"

    dialog = view.change_status()
    assert isinstance(dialog, StatusDialog)
    dialog.choose("archived")
    assert dialog.archive_code.isVisible()
    dialog.run()
    wait_tasks()
    assert dialog.errors.has_error("archive_code")
    dialog.archive_code.setText("ب/۱۲")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.run()
    assert value(view, "status") == "بایگانی‌شده — کد بایگانی ب/۱۲"


def test_a_manager_signs_a_draft_and_it_gets_its_number(qtbot: QtBot, ctx: AppContext,
                                                        clerk: CurrentUser, make_user: MakeUser,
                                                        wait_tasks: WaitTasks) -> None:
    draft = register(ctx, clerk, outgoing("پیش‌نویس پاسخ", draft=True))
    clerk_view = open_view(qtbot, ctx, clerk, draft.id)
    assert clerk_view.number.text() == "پیش‌نویس (بی‌شماره)"
    assert clerk_view.sign_button.isHidden()  # a clerk does not sign
    manager = make_user("manager", "manager")
    view = open_view(qtbot, ctx, manager, draft.id)
    assert not view.sign_button.isHidden()
    dialog = view.sign()
    assert isinstance(dialog, SignDialog)
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.run()
    signed = letters.get_letter(ctx, manager, draft.id)
    assert signed.number is not None and signed.status == "registered"
    assert view.number.text() == to_persian_digits(must(signed.number))
    assert view.sign_button.isHidden()


def test_ctrl_p_opens_the_print_preview(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                        wait_tasks: WaitTasks) -> None:
    received = register(ctx, clerk, incoming("نامه برای چاپ"))
    view = open_view(qtbot, ctx, clerk, received.id)
    assert view.print_action.shortcut().toString() == "Ctrl+P"
    assert view.receipt_action.isVisible() and not view.envelope_action.isVisible()
    # An incoming letter is the sender's: not on our letterhead; the menu says why.
    assert not view.print_action.isEnabled()
    assert view.print_menu.toolTipsVisible() and "رسید" in view.print_action.toolTip()
    view.close()
    letter = register(ctx, clerk, internal("نامه داخلی برای چاپ", body="متن"))
    view = open_view(qtbot, ctx, clerk, letter.id)
    assert view.print_action.isEnabled()
    view.print_action.trigger()

    def previews() -> list[PdfPreviewDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PdfPreviewDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(previews()), timeout=20_000)
    for preview in previews():
        preview.close()


def test_a_letter_above_the_clearance_is_not_found(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                   clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    secret = register(ctx, admin, incoming("محرمانه", classification="confidential"))
    view = open_letter_view(ctx, clerk, secret.id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.problem.isHidden(), timeout=10_000)
    assert "پیدا نشد" in view.problem.text()
    assert view.number.text() == ""
    assert not view.refer_button.isEnabled()


def test_recipient_writes_the_margin_note_and_closes(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                                     clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("برای اقدام"))
    node = referrals.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام")[0]
    view = open_view(qtbot, ctx, clerk, letter.id, referral_id=node.id)
    panel = view.work_panel
    assert panel.isVisible()
    assert "جهت اقدام" in panel.summary.text()
    assert referrals.inbox(ctx, clerk)[0].unread is False  # opening marks it read
    panel.note.setPlainText("پاسخ تهیه و ارسال شد")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        panel.close_referral()
    assert not panel.close_button.isEnabled()
    assert referrals.inbox(ctx, clerk) == []
    assert must(view.referral_tree.topLevelItem(0)).text(5) == "پاسخ تهیه و ارسال شد"


def test_edit_corrects_a_letter_and_the_history_says_what(qtbot: QtBot, ctx: AppContext,
                                                          clerk: CurrentUser,
                                                          wait_tasks: WaitTasks) -> None:
    letter = register(ctx, clerk, incoming("درخواست پروانه", sender_number="12/ص"))
    view = open_view(qtbot, ctx, clerk, letter.id)
    form = view.edit()
    assert form is not None
    wait_tasks()
    fields = form.fields  # type: ignore[attr-defined]
    assert fields.subject.text() == "درخواست پروانه"
    assert fields.sender_number.text() == "۱۲/ص"
    assert not fields.registered_on.isEnabled()  # a numbered letter keeps its date
    fields.subject.setText("درخواست تمدید پروانه")
    with qtbot.waitSignal(view.changed, timeout=10_000):
        form.save()  # type: ignore[attr-defined]
    assert value(view, "subject") == "درخواست تمدید پروانه"
    last = view.history.rowCount() - 1
    assert must(view.history.item(last, 2)).text() == "ویرایش"
    assert must(view.history.item(last, 3)).text() == "موضوع"
    stored = letters.get_letter(ctx, clerk, letter.id)
    assert stored.subject == "درخواست تمدید پروانه" and stored.number == letter.number
