"""Finding 3 and "fits the screens offices have": every window fits the screen's available area,
comes back where it was on that screen, and never opens off-screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import WaitTasks
from ui.dialogs.letter_form import LetterFormDialog
from ui.window_fit import fit_to_screen, remember_window, screen_of, settings, usable_area

pytestmark = pytest.mark.gui


def test_a_window_larger_than_the_screen_is_shrunk_onto_it(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = screen_of(dialog).availableGeometry()
    dialog.setMinimumSize(area.width() + 300, area.height() + 300)
    dialog.resize(area.width() + 400, area.height() + 400)
    dialog.move(area.right() + 50, area.bottom() + 50)
    dialog.show()  # the application's guard fits every window as it is shown
    assert area.contains(QRect(dialog.pos(), dialog.size()))
    assert dialog.minimumWidth() <= area.width()


def test_fit_to_screen_keeps_a_small_window_as_it_is(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.move(usable_area(widget).topLeft())
    fit_to_screen(widget)
    assert widget.size() == QSize(400, 300)


def test_a_window_comes_back_where_it_was_on_this_screen(qtbot: QtBot) -> None:
    first = QDialog()
    qtbot.addWidget(first)
    QVBoxLayout(first)
    remember_window(first, "test-window", QSize(500, 400))
    first.show()
    assert first.size() == QSize(500, 400)  # the default the first time
    first.resize(640, 420)
    first.move(usable_area(first).topLeft() + QPoint(30, 40))
    where = QRect(first.pos(), first.size())
    first.close()
    again = QDialog()
    qtbot.addWidget(again)
    QVBoxLayout(again)
    remember_window(again, "test-window", QSize(500, 400))
    again.show()
    assert QRect(again.pos(), again.size()) == where


def test_a_place_remembered_off_screen_is_not_used(qtbot: QtBot) -> None:
    first = QDialog()
    qtbot.addWidget(first)
    memory = remember_window(first, "test-lost", QSize(500, 400))
    first.show()
    first.move(20_000, 20_000)  # a screen that is no longer plugged in
    memory.save()
    first.close()
    stored = settings().allKeys()
    assert any("test-lost" in key for key in stored)
    again = QDialog()
    qtbot.addWidget(again)
    remember_window(again, "test-lost", QSize(500, 400))
    again.show()
    assert screen_of(again).availableGeometry().contains(QRect(again.pos(), again.size()))


def test_the_letter_form_fits_a_1366x768_laptop(qtbot: QtBot, ctx: AppContext,
                                                clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    """Finding 3: the outgoing letter form was 1040×720 with a minimum of 980×640."""
    form = LetterFormDialog(ctx, clerk, "outgoing", None)
    qtbot.addWidget(form)
    form.show()
    wait_tasks()
    assert form.minimumWidth() <= 1366 - 16 and form.minimumHeight() <= 728 - 40
    assert form.minimumSizeHint().height() <= 728 - 40  # fields scroll, buttons stay
    assert form.isAncestorOf(form.save_button) and form.save_button.isVisible()
