"""Finding 4: the referral dialog — several recipients found by name, post or login name, a
type and a priority, a default due date from the settings, a multi-line هامش with the
house's standard phrases one key away; one action, one transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import default_due_on
from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser, WaitTasks
from tests.ui.letters_support import incoming, register
from ui.bidi import strip_marks
from ui.dialogs.referral_dialog import ReferralDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def people(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    make_user("hmohammadi", "expert")
    accounts.update_user(ctx, admin, "hmohammadi", full_name="حسین محمدی",
                         post_title="کارشناس امور صنایع")
    make_user("fhosseini", "expert")
    accounts.update_user(ctx, admin, "fhosseini", full_name="فاطمه حسینی",
                         post_title="کارشناس حقوقی")


def open_dialog(qtbot: QtBot, ctx: AppContext, user: CurrentUser, letter_id: int,
                wait_tasks: WaitTasks, urgency: str = "normal") -> ReferralDialog:
    dialog = ReferralDialog(ctx, user, letter_id, "وارده ۱۴۰۵/و/۱ — نامه", urgency=urgency)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks()
    return dialog


def shown_people(dialog: ReferralDialog) -> list[str]:
    return [strip_marks(dialog.people.item(i).text()) for i in range(dialog.people.count())
            if not dialog.people.item(i).isHidden()]


def test_people_by_name_and_post_found_by_either_or_login(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, people: None,
        wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("نامه"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks)
    assert "حسین محمدی، کارشناس امور صنایع" in shown_people(dialog)
    assert not any("hmohammadi" in p for p in shown_people(dialog))  # no login names shown
    dialog.search.setText("حقوق")  # by post
    assert shown_people(dialog) == ["فاطمه حسینی، کارشناس حقوقی"]
    dialog.search.setText("hmoh")  # by login name
    assert shown_people(dialog) == ["حسین محمدی، کارشناس امور صنایع"]
    dialog.search.setText("محمدي")  # Arabic ي still finds محمدی
    assert shown_people(dialog) == ["حسین محمدی، کارشناس امور صنایع"]
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter ticks the one found
    assert dialog.chosen() == ["hmohammadi"] and dialog.search.text() == ""


def test_several_recipients_type_priority_and_margin_in_one_action(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, people: None,
        wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("درخواست بررسی"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks, urgency="urgent")
    assert dialog.priority.currentData() == "urgent"  # the letter's urgency to begin with
    dialog.check("hmohammadi")
    dialog.check("fhosseini")
    dialog.set_kind("comment")
    dialog.instruction.setPlainText("لطفاً بررسی کنید.\nنتیجه را تا پایان هفته گزارش کنید.")
    with qtbot.waitSignal(dialog.referred, timeout=10_000) as sent:
        dialog.save()
    nodes = sent.args[0]
    assert sorted(n.to_user for n in nodes) == ["fhosseini", "hmohammadi"]
    assert {(n.kind, n.priority) for n in nodes} == {("comment", "urgent")}
    assert nodes[0].instruction.count("\n") == 1
    tree = letters.get_letter(ctx, admin, letter.id).referrals
    assert len(tree) == 2 and tree[0].due_on == default_due_on(
        letters.referral_settings(ctx), "comment", "urgent")


def test_the_due_date_follows_type_and_priority_until_chosen_by_hand(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, people: None,
        wait_tasks: WaitTasks) -> None:
    letters.update_referral_settings(ctx, admin, due_days={
        "action": {"normal": 10, "urgent": 4}, "information": {"normal": None}})
    settings = letters.referral_settings(ctx)
    letter = register(ctx, admin, incoming("نامه"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks)
    assert dialog.due_on.date() == default_due_on(settings, "action", "normal")
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    assert dialog.due_on.date() == default_due_on(settings, "action", "urgent")
    dialog.set_kind("information")
    assert dialog.due_on.date() is None  # information: no due date
    assert dialog.due_hint.text() == "این نوع ارجاع مهلت ندارد."
    dialog.set_kind("action")
    chosen = today_tehran() + timedelta(days=30)
    dialog.due_on.setDate(chosen)  # chosen by hand: kept from now on
    dialog.priority.setCurrentIndex(dialog.priority.findData("normal"))
    assert dialog.due_on.date() == chosen


def test_standard_phrases_one_key_away_on_either_layout(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, people: None,
        wait_tasks: WaitTasks) -> None:
    letters.update_referral_settings(ctx, admin, phrases=["جهت اقدام لازم", "جهت بایگانی"])
    letter = register(ctx, admin, incoming("نامه"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    assert dialog.phrases.count() == 2
    assert strip_marks(dialog.phrases.item(0).text()) == "۱. جهت اقدام لازم"
    dialog.instruction.setFocus()
    QTest.keyClick(dialog.instruction, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.instruction.toPlainText() == "جهت اقدام لازم"
    # Ctrl+۲ as the Persian layout sends it: the same key.
    QApplication.sendEvent(dialog.instruction, QKeyEvent(
        QEvent.Type.KeyPress, 0x06F2, Qt.KeyboardModifier.ControlModifier, "۲"))
    assert dialog.instruction.toPlainText() == "جهت اقدام لازم جهت بایگانی"
    dialog.phrases.setCurrentRow(0)
    dialog.phrases.itemActivated.emit(dialog.phrases.item(0))  # Enter on the list
    assert dialog.instruction.toPlainText().endswith("جهت بایگانی جهت اقدام لازم")


def test_nobody_chosen_is_said_on_the_field(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                            people: None, wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("نامه"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks)
    dialog.save()
    assert dialog.errors.has_error("to")
    assert letters.get_letter(ctx, admin, letter.id).referrals == ()
    assert dialog.width() <= 1366 and dialog.height() <= 728


def test_the_chosen_are_named_even_when_a_search_hides_them(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, people: None,
        wait_tasks: WaitTasks) -> None:
    letter = register(ctx, admin, incoming("نامه"))
    dialog = open_dialog(qtbot, ctx, admin, letter.id, wait_tasks)
    assert strip_marks(dialog.chosen_label.text()) == "یک یا چند نفر را برگزینید."
    dialog.check("hmohammadi")
    dialog.check("fhosseini")
    dialog.search.setText("حقوق")  # حسین محمدی is hidden now, still chosen
    assert strip_marks(dialog.chosen_label.text()) == "برگزیده (۲): حسین محمدی، فاطمه حسینی"
