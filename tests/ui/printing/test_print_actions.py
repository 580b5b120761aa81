"""Printing from the application: letters (Ctrl+P), receipts, the register book with progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from ui.printing import actions
from ui.printing.preview_dialog import PdfPreviewDialog
from ui.printing.register_dialog import RegisterBookDialog

pytestmark = pytest.mark.gui


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()]  # fmt: skip


def _close_previews() -> None:
    for dialog in _previews():
        dialog.close()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    _close_previews()


@pytest.fixture
def incoming(ctx: AppContext, admin: CurrentUser) -> int:
    return letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="درخواست کارت عضویت", sender=PartyInput(name="شرکت نمونه"),
    )).id  # fmt: skip


@pytest.fixture
def outgoing(ctx: AppContext, admin: CurrentUser) -> int:
    return letters.register_letter(ctx, admin, LetterInput(
        kind="outgoing", subject="پاسخ درخواست کارت عضویت", body="متن نامه",
        recipients=(PartyInput(name="شرکت نمونه"),), signatory="admin",
    )).id  # fmt: skip


@pytest.fixture
def secret(ctx: AppContext, admin: CurrentUser) -> int:
    return letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject="محرمانه", sender=PartyInput(name="فرستنده"),
        classification="secret")).id  # fmt: skip


def test_ctrl_p_on_a_letter_opens_its_preview(qtbot: QtBot, window: QWidget, ctx: AppContext,
                                              admin: CurrentUser, outgoing: int) -> None:
    action = actions.letter_print_action(window, ctx, admin, lambda: outgoing)
    window.addAction(action)
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=15_000)
    preview = _previews()[0]
    assert preview.pdf.page_count == 1
    assert preview.file_name.startswith("letter-") and "/" not in preview.file_name


def _message() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
    return boxes[0] if boxes else None


def test_an_incoming_letter_is_not_put_on_our_letterhead(
    qtbot: QtBot, window: QWidget, ctx: AppContext, admin: CurrentUser, incoming: int
) -> None:
    action = actions.letter_print_action(window, ctx, admin, lambda: incoming)
    actions.allow_letter_print(action, "incoming")
    tip = action.toolTip()
    assert not action.isEnabled() and ("receipt" in tip.lower() or "رسید" in tip)  # en or fa
    actions.allow_letter_print(action, "outgoing")
    assert action.isEnabled()
    # Asked anyway (an old shortcut, a script): the service refuses and names the receipt.
    actions.preview_letter(window, ctx, admin, incoming)
    qtbot.waitUntil(lambda: _message() is not None, timeout=15_000)
    box = _message()
    assert box is not None and "رسید" in box.text() and "وارده" in box.text()
    box.close()
    assert _previews() == []


def test_receipt_and_envelope_previews(qtbot: QtBot, window: QWidget, ctx: AppContext,
                                       admin: CurrentUser, incoming: int) -> None:
    actions.preview_receipt(window, ctx, admin, incoming, "roll80")
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=15_000)
    actions.preview_envelope(window, ctx, admin, incoming, "DL")
    qtbot.waitUntil(lambda: len(_previews()) == 2, timeout=15_000)


def test_a_letter_above_the_clearance_shows_not_found(qtbot: QtBot, window: QWidget, ctx: AppContext,
                                                      clerk: CurrentUser, secret: int) -> None:
    actions.preview_letter(window, ctx, clerk, secret)
    qtbot.waitUntil(lambda: _message() is not None, timeout=15_000)
    box = _message()
    assert box is not None and "پیدا نشد" in box.text()
    box.close()
    assert _previews() == []


def test_register_book_dialog_builds_with_progress(qtbot: QtBot, window: QWidget, ctx: AppContext,
                                                   admin: CurrentUser, incoming: int) -> None:
    dialog = RegisterBookDialog(ctx, admin, window)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(date(2020, 3, 20))
    dialog.date_to.setDate(today_tehran())
    dialog.kind.setCurrentIndex(dialog.kind.findData("incoming"))
    dialog.show()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=30_000)
    assert _previews()[0].pdf.page_count == 1


def test_register_book_dialog_refuses_a_reversed_period(qtbot: QtBot, ctx: AppContext,
                                                        admin: CurrentUser) -> None:
    dialog = RegisterBookDialog(ctx, admin, None)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(today_tehran())
    dialog.date_to.setDate(date(2020, 3, 20))
    dialog.build()
    assert dialog.errors.has_error("date_from")
    assert dialog.task is None
