"""The letter form: keyboard-only entry, Enter registers, the number shown large, the form
clears for the next letter; contacts, duplicates, attachments, links, drafts, errors."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.correspondence.api import LetterSummary
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.text.digits import to_persian_digits
from tests.conftest import WaitTasks
from tests.helpers import must
from tests.ui.letters_support import TINY_PDF, incoming, outgoing, register
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.letter_form import LetterFormDialog

pytestmark = pytest.mark.gui


def open_form(qtbot: QtBot, ctx: AppContext, user: CurrentUser, kind: str = "incoming",
              wait_tasks: WaitTasks | None = None) -> LetterFormDialog:
    dialog = LetterFormDialog(ctx, user, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(must(QApplication.focusWidget())),
                    timeout=5_000)
    if wait_tasks is not None:
        wait_tasks()
    return dialog


def type_here(text: str) -> None:
    """Type into the focused widget, one key event per character.

    QTest.keyClicks only knows Latin keys (it aborts on «ف»): a Persian keyboard
    sends key events whose text is the letter, and that is what is sent here.
    """
    for char in text:
        widget = must(QApplication.focusWidget())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(must(QApplication.focusWidget()), key, modifier)


def all_letters(ctx: AppContext, user: CurrentUser) -> list[LetterSummary]:
    return queries.list_letters(ctx, user, queries.LetterQuery(), limit=100)


def test_incoming_letter_from_the_keyboard_then_the_next(qtbot: QtBot, ctx: AppContext,
                                                         admin: CurrentUser, clerk: CurrentUser,
                                                         wait_tasks: WaitTasks) -> None:
    # A contact the clerk may see: one he made (an admin's, named by no letter, he may not).
    contacts.add_contact(ctx, clerk, ContactInput(name="شرکت فولاد البرز"))
    dialog = open_form(qtbot, ctx, clerk, wait_tasks=wait_tasks)
    fields = dialog.fields
    assert fields.registered_on.date() == today_tehran()  # today unless changed
    assert fields.sender_field is not None and fields.sender_number is not None
    assert QApplication.focusWidget() is fields.sender_field.line_edit  # the first field

    type_here("فولاد")  # suggestions from the contacts, Persian-normalised
    sender = fields.sender_field
    qtbot.waitUntil(lambda: sender.suggestions.rowCount() == 1, timeout=5_000)
    popup = must(sender.completer.popup())
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sender.chosen_id() is not None, timeout=5_000)
    press(Qt.Key.Key_Tab)
    type_here("۱۲۳۴/ص")
    press(Qt.Key.Key_Tab)
    type_here(format_jalali(today_tehran() - timedelta(days=2)))
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.subject
    type_here("درخواست تمدید پروانه بهره‌برداری")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        press(Qt.Key.Key_Return)  # Enter registers
    letter = saved.args[0]

    assert dialog.banner.isVisible()
    assert dialog.banner.number.text() == to_persian_digits(must(letter.number))
    assert dialog.banner.number.font().pointSize() >= 20  # large, to copy onto the paper
    stored = letters.get_letter(ctx, clerk, letter.id)
    assert stored.sender is not None and stored.sender.name == "شرکت فولاد البرز"
    assert stored.sender_number == "1234/ص"
    assert stored.sender_date == today_tehran() - timedelta(days=2)
    assert stored.subject == "درخواست تمدید پروانه بهره‌برداری"
    assert len(contacts.list_contacts(ctx, clerk)) == 1  # the chosen contact, no new one

    # Cleared for the next letter of the batch; the date stays; the cursor is back on top.
    assert fields.subject.text() == "" and fields.sender_field.text() == ""
    assert fields.sender_number.text() == "" and must(fields.sender_date).date() is None
    assert fields.registered_on.date() == today_tehran()
    assert QApplication.focusWidget() is fields.sender_field.line_edit
    type_here("اتاق بازرگانی البرز")  # a sender that is not a contact yet: created on save
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    type_here("دعوت به همایش")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as second:
        press(Qt.Key.Key_Return)
    assert second.args[0].number != letter.number
    assert {c.name for c in contacts.list_contacts(ctx, clerk)} == {
        "شرکت فولاد البرز", "اتاق بازرگانی البرز"}
    assert len(all_letters(ctx, clerk)) == 2


def test_blank_subject_is_shown_on_its_field_and_nothing_is_written(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    dialog = open_form(qtbot, ctx, clerk)
    assert dialog.fields.sender_field is not None
    dialog.fields.sender_field.line_edit.setText("شرکت نمونه")
    dialog.save()
    wait_tasks()
    assert dialog.errors.has_error("subject")
    assert dialog.errors.field_text("subject") == "این خانه نباید خالی باشد."
    assert not dialog.banner.isVisible()
    assert all_letters(ctx, clerk) == []


def test_a_bad_date_is_refused_before_saving(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                             wait_tasks: WaitTasks) -> None:
    dialog = open_form(qtbot, ctx, clerk)
    dialog.fields.subject.setText("نامه")
    assert dialog.fields.sender_field is not None
    dialog.fields.sender_field.line_edit.setText("شرکت نمونه")
    dialog.fields.registered_on.line_edit.setText("1404/12/30")  # not a leap year
    dialog.save()
    wait_tasks()
    assert "تاریخ" in dialog.errors.field_text("registered_on")
    assert all_letters(ctx, clerk) == []


def test_same_sender_number_and_date_warns_with_the_earlier_letter(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    day = today_tehran() - timedelta(days=1)
    earlier = register(ctx, clerk, incoming("نامهٔ نخست", sender_number="55/م", sender_date=day))
    dialog = open_form(qtbot, ctx, clerk)
    fields = dialog.fields
    assert fields.sender_field is not None and fields.sender_number is not None
    assert fields.sender_date is not None
    fields.sender_field.line_edit.setText("شركت فولاد البرز")  # Arabic kaf: the same name
    fields.sender_number.setText("۵۵/م")
    fields.sender_date.setDate(day)  # the warning comes before saving
    qtbot.waitUntil(dialog.duplicate.isVisible, timeout=5_000)
    assert to_persian_digits(must(earlier.number)) in dialog.duplicate.letters.text()
    assert "نامهٔ نخست" in dialog.duplicate.letters.text()

    fields.subject.setText("همان نامه دوباره")
    dialog.save()
    wait_tasks()
    assert not dialog.banner.isVisible()
    assert dialog.duplicate.title.text().startswith("ثبت نشد")
    assert len(all_letters(ctx, clerk)) == 1

    opened: list[int] = []
    dialog.openRequested.connect(opened.append)
    dialog.duplicate.letters.linkActivated.emit(str(earlier.id))  # «show the earlier letter»
    assert opened == [earlier.id]
    wait_tasks()

    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.duplicate.register_anyway.click()
    assert len(all_letters(ctx, clerk)) == 2


def test_attachments_by_drop_and_picker_are_stored_with_the_letter(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks, tmp_path: Path) -> None:
    scan = tmp_path / "نامه اسکن شده.pdf"
    scan.write_bytes(TINY_PDF)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    dialog = open_form(qtbot, ctx, clerk)
    drop = dialog.fields.attachments

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan)), QUrl.fromLocalFile(str(program))])
    target = drop.list.viewport()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    drop.list.dropEvent(event)
    assert event.isAccepted()
    assert drop.files() == [scan]
    assert not drop.refused.isHidden() and "setup.exe" in drop.refused.text()
    drop.add_files([photo])  # what the file picker hands over
    assert drop.files() == [scan, photo]
    del target

    assert dialog.fields.sender_field is not None
    dialog.fields.sender_field.line_edit.setText("شرکت نمونه")
    dialog.fields.subject.setText("نامه با پیوست")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        dialog.save()
    files = attachments.list_attachments(ctx, clerk, saved.args[0].id)
    assert [f.filename for f in files] == ["نامه اسکن شده.pdf", "photo.png"]
    assert saved.args[0].has_attachments
    assert drop.files() == []  # cleared for the next letter


def test_links_by_number_show_the_letter_and_are_saved(qtbot: QtBot, ctx: AppContext,
                                                       clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    ours = register(ctx, clerk, outgoing("درخواست آمار اشتغال"))
    dialog = open_form(qtbot, ctx, clerk)
    link = dialog.fields.reply_to
    link.line_edit.setText(must(ours.number).replace("1", "۱"))  # typed with Persian digits
    link.look_up()
    qtbot.waitUntil(lambda: "درخواست آمار اشتغال" in link.found.text(), timeout=5_000)
    assert link.line_edit.text() == to_persian_digits(must(ours.number))
    follows = dialog.fields.follows
    follows.line_edit.setText("۱۴۰۵/ص/۹۹۹")
    follows.look_up()
    qtbot.waitUntil(lambda: "پیدا نشد" in follows.found.text(), timeout=5_000)
    follows.clear()

    assert dialog.fields.sender_field is not None
    dialog.fields.sender_field.line_edit.setText("سازمان صمت استان البرز")
    dialog.fields.subject.setText("پاسخ درخواست آمار")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        dialog.save()
    reply = letters.get_letter(ctx, clerk, saved.args[0].id)
    assert reply.reply_to is not None and reply.reply_to.id == ours.id
    assert [r.id for r in letters.get_letter(ctx, clerk, ours.id).replies] == [reply.id]


def test_outgoing_draft_gets_no_number_until_signed(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                                    wait_tasks: WaitTasks) -> None:
    dialog = open_form(qtbot, ctx, clerk, "outgoing", wait_tasks=wait_tasks)
    fields = dialog.fields
    assert fields.recipients is not None and fields.draft is not None and fields.cc is not None
    fields.recipients.picker.line_edit.setText("سازمان صمت استان البرز")
    fields.recipients.add_current()
    fields.recipients.picker.line_edit.setText("اتاق بازرگانی البرز")  # still in the field
    fields.cc.picker.line_edit.setText("شهرداری کرج")
    purpose = fields.cc.purpose
    assert purpose is not None
    purpose.setCurrentIndex(purpose.findData("action"))
    fields.cc.add_current()
    fields.subject.setText("گزارش عملکرد فصلی")
    fields.draft.setChecked(True)
    assert fields.signatory is not None
    fields.signatory.setCurrentIndex(fields.signatory.findData("admin"))
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        dialog.save()
    draft = saved.args[0]
    assert draft.number is None and draft.status == "draft"
    assert dialog.banner.number.text() == "پیش‌نویس (بی‌شماره)"
    stored = letters.get_letter(ctx, clerk, draft.id)
    assert [p.name for p in stored.recipients] == ["سازمان صمت استان البرز",
                                                   "اتاق بازرگانی البرز"]
    assert [(p.name, p.purpose) for p in stored.cc] == [("شهرداری کرج", "action")]
    assert stored.signatory == "admin"


def test_new_contact_inline_from_the_sender_field(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                                  wait_tasks: WaitTasks) -> None:
    dialog = open_form(qtbot, ctx, clerk)
    picker = dialog.fields.sender_field
    assert picker is not None and picker.new_button is not None
    picker.line_edit.setText("رضا کاظمی")
    contact_dialog = picker.new_contact()
    assert isinstance(contact_dialog, ContactDialog)
    assert contact_dialog.inputs["name"].text() == "رضا کاظمی"
    contact_dialog.kind.setCurrentIndex(contact_dialog.kind.findData("person"))
    contact_dialog.inputs["post_title"].setText("مدیرعامل")
    with qtbot.waitSignal(contact_dialog.saved, timeout=10_000):
        contact_dialog.save()
    assert picker.chosen_id() is not None
    assert picker.text() == "رضا کاظمی، مدیرعامل"
    dialog.fields.subject.setText("معرفی نماینده")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        dialog.save()
    assert saved.args[0].sender.post_title == "مدیرعامل"


def test_internal_letter_between_units(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                       wait_tasks: WaitTasks) -> None:
    dialog = open_form(qtbot, ctx, clerk, "internal")
    fields = dialog.fields
    assert fields.from_unit is not None and fields.to_unit is not None
    assert QApplication.focusWidget() is fields.from_unit
    type_here("دبیرخانه")
    press(Qt.Key.Key_Tab)
    type_here("امور مالی")
    press(Qt.Key.Key_Tab)
    type_here("گزارش هزینه‌ها")
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as saved:
        press(Qt.Key.Key_Return)
    assert saved.args[0].kind == "internal"
    assert "/د/" in saved.args[0].number


def test_a_file_refused_at_saving_refuses_the_letter_and_says_why(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path) -> None:
    """One call, one transaction: the letter is not registered without its file."""
    scan = tmp_path / "اسکن.pdf"
    scan.write_bytes(TINY_PDF)
    dialog = open_form(qtbot, ctx, clerk)
    dialog.fields.attachments.add_files([scan])
    assert dialog.fields.sender_field is not None
    dialog.fields.sender_field.line_edit.setText("شرکت نمونه")
    dialog.fields.subject.setText("نامه با پیوستی که دیگر نیست")
    scan.write_bytes(b"")  # emptied after it was chosen: refused when the letter is saved
    dialog.save()
    wait_tasks()
    assert all_letters(ctx, clerk) == []  # nothing registered, no number used
    shown = dialog.errors.message_label.text() + dialog.errors.field_text("file")
    assert "«اسکن.pdf» خالی است" in shown
    assert not dialog.banner.isVisible()
    assert dialog.fields.attachments.files() == [scan]  # nothing the clerk typed is lost
    assert dialog.fields.subject.text() == "نامه با پیوستی که دیگر نیست"


def test_esc_asks_before_throwing_typed_input_away(qtbot: QtBot, ctx: AppContext,
                                                   clerk: CurrentUser,
                                                   wait_tasks: WaitTasks) -> None:
    """Finding 7: Esc (or ✕) with half-typed input asks; «keep editing» keeps it."""
    from PySide6.QtWidgets import QMessageBox

    form = open_form(qtbot, ctx, clerk, wait_tasks=wait_tasks)
    press(Qt.Key.Key_Escape)  # nothing typed: it just closes
    assert not form.isVisible()
    form = open_form(qtbot, ctx, clerk, wait_tasks=wait_tasks)
    form.fields.subject.setFocus()
    type_here("درخواست نیمه‌کاره")
    press(Qt.Key.Key_Escape)
    question = form.discard_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert form.isVisible()
    assert question.text() == ("فرم بسته شود؟ آنچه نوشته‌اید ثبت نشده است و از دست "
                               "می‌رود.")
    keep = next(b for b in question.buttons() if b.text() == "ادامهٔ نوشتن")
    keep.click()
    assert form.isVisible() and form.fields.subject.text() == "درخواست نیمه‌کاره"
    form.close()  # the window's ✕ asks too
    question = form.discard_question
    assert question is not None and question.isVisible() and form.isVisible()
    discard = next(b for b in question.buttons() if b.text() == "بستن و دور ریختن")
    discard.click()
    assert not form.isVisible()


def test_a_registered_letter_leaves_nothing_to_ask_about(qtbot: QtBot, ctx: AppContext,
                                                         clerk: CurrentUser,
                                                         wait_tasks: WaitTasks) -> None:
    form = open_form(qtbot, ctx, clerk, wait_tasks=wait_tasks)
    assert form.fields.sender_field is not None
    form.fields.sender_field.line_edit.setText("شرکت فولاد البرز")
    form.fields.subject.setText("نامهٔ ثبت‌شده")
    with qtbot.waitSignal(form.registered, timeout=10_000):
        form.save()
    assert not form.has_changes()  # the form emptied for the next letter
    press(Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_tab_goes_in_the_paper_s_order(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                       wait_tasks: WaitTasks) -> None:
    """Finding 13: sender, then the sender's number and date (as on the paper), then subject."""
    form = open_form(qtbot, ctx, clerk, wait_tasks=wait_tasks)
    fields = form.fields
    assert fields.sender_field is not None and fields.sender_number is not None
    assert fields.sender_date is not None
    fields.registered_on.line_edit.setFocus()
    order = []
    for _ in range(7):
        order.append(QApplication.focusWidget())
        press(Qt.Key.Key_Tab)
    assert order == [fields.registered_on.line_edit, fields.sender_field.line_edit,
                     fields.sender_number, fields.sender_date.line_edit, fields.subject,
                     fields.summary, fields.body]


def test_date_hints_show_this_year(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    """Finding 16: the example in an empty date field is today, not a year long gone."""
    form = open_form(qtbot, ctx, clerk)
    assert form.fields.sender_date is not None
    hint = form.fields.sender_date.line_edit.placeholderText()
    assert hint == f"مانند {format_jalali(today_tehran())}"
    assert "۱۴۰۳" not in hint or format_jalali(today_tehran()).startswith("۱۴۰۳")
