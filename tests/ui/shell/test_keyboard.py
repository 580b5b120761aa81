"""Finding 17 and the keyboard: shortcuts by key on both layouts (Ctrl+N arrives as Ctrl+د on
the Persian layout, a Persian mnemonic Alt+ف as Alt+T on the English one), a Caps Lock
warning at the password, a visible focus, accessible names on inputs."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import WaitTasks
from ui.accessibility import name_inputs
from ui.cases.case_form import CaseFormDialog
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.focus_ring import focus_ring
from ui.keys import twin_key
from ui.main_window import MainWindow
from ui.membership.unit_dialog import UnitDialog
from ui.widgets.form_errors import FormErrors

pytestmark = pytest.mark.gui

PERSIAN_N = Qt.Key(ord("د"))  # what the N key types on the Persian layout
PERSIAN_T = Qt.Key(ord("ف"))


def window_with_a_field(qtbot: QtBot) -> tuple[QMainWindow, QLineEdit, list[str]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    hits: list[str] = []
    new = QAction("new", window)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.triggered.connect(lambda: hits.append("new"))
    window.addAction(new)
    menu = window.menuBar().addMenu("&فایل")  # Alt+ف: the T key
    item = QAction("&چاپ", window)  # چ: the ] key
    item.triggered.connect(lambda: hits.append("print"))
    menu.addAction(item)
    central = QWidget()
    field = QLineEdit("متن نمونه")
    button = QPushButton("&ثبت")  # Alt+ث: the E key
    button.clicked.connect(lambda: hits.append("button"))
    layout = QVBoxLayout(central)
    layout.addWidget(field)
    layout.addWidget(button)
    window.setCentralWidget(central)
    shown_active(qtbot, window)
    field.setFocus()
    return window, field, hits


def press(widget: QWidget, key: int, modifiers: Qt.KeyboardModifier, text: str) -> None:
    """A key press as the Persian layout delivers it (QTest knows Latin keys only)."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


def shown_active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts work in the active window only."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


def test_twin_keys_are_the_same_physical_key() -> None:
    assert twin_key(Qt.Key.Key_N) == ord("د") and twin_key(ord("د")) == Qt.Key.Key_N
    assert twin_key(Qt.Key.Key_T) == ord("ف")
    assert twin_key(Qt.Key.Key_1) == ord("۱")
    assert twin_key(Qt.Key.Key_F5) is None


def test_ctrl_n_works_on_both_layouts(qtbot: QtBot) -> None:
    _window, field, hits = window_with_a_field(qtbot)
    QTest.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(field, PERSIAN_N, Qt.KeyboardModifier.ControlModifier, "د")
    assert hits == ["new", "new"]


def test_a_field_keeps_its_own_ctrl_keys(qtbot: QtBot) -> None:
    _window, field, _hits = window_with_a_field(qtbot)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "متن نمونه"  # Ctrl+A selected: not resent as Ctrl+ش
    field.deselect()
    press(field, ord("ش"), Qt.KeyboardModifier.ControlModifier, "ش")
    assert field.selectedText() == "متن نمونه"  # Ctrl+ش (the A key): select all as well


def test_persian_mnemonics_work_on_the_english_layout(qtbot: QtBot) -> None:
    window, field, hits = window_with_a_field(qtbot)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # the ث key
    qtbot.waitUntil(lambda: hits == ["button"], timeout=2_000)
    QTest.keyClick(field, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the ف key
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu is window.menuBar().actions()[0].menu()
    QTest.keyClick(menu, Qt.Key.Key_BracketRight)  # چ, typed on the English layout
    qtbot.waitUntil(lambda: "print" in hits, timeout=2_000)


def test_the_same_mnemonic_on_the_persian_layout_still_works(qtbot: QtBot) -> None:
    window, field, _hits = window_with_a_field(qtbot)
    press(field, PERSIAN_T, Qt.KeyboardModifier.AltModifier, "ف")
    assert QApplication.activePopupWidget() is window.menuBar().actions()[0].menu()
    QApplication.activePopupWidget().close()  # type: ignore[union-attr]


def test_the_main_window_menus_open_from_either_layout(qtbot: QtBot, ctx: AppContext,
                                                        clerk: CurrentUser) -> None:
    window = MainWindow(ctx, clerk)
    qtbot.addWidget(window)
    shown_active(qtbot, window)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&فایل"
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is file_menu.menu()
    QApplication.activePopupWidget().close()  # type: ignore[union-attr]


def test_caps_lock_warning_at_the_password(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = LoginDialog(ctx, "خانه صمت", None, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setFocus()
    assert dialog.caps_lock.isHidden()
    QTest.keyClicks(dialog.password, "PASS")  # capitals without Shift: Caps Lock is on
    assert dialog.caps_lock.isVisible()
    assert dialog.caps_lock.text() == "کلید Caps Lock روشن است."
    QTest.keyClick(dialog.password, Qt.Key.Key_W, Qt.KeyboardModifier.ShiftModifier)  # «w»
    QTest.keyClicks(dialog.password, "word")
    assert dialog.caps_lock.isHidden()
    QTest.keyClick(dialog.password, Qt.Key.Key_CapsLock)
    assert dialog.caps_lock.isVisible()
    persian = QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord("س")), Qt.KeyboardModifier.NoModifier,
                        "س")
    QApplication.sendEvent(dialog.password, persian)  # a letter without case: no news
    assert dialog.caps_lock.isVisible()


def test_the_focused_widget_has_a_visible_ring(qtbot: QtBot, ctx: AppContext,
                                               clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    form = LetterFormDialog(ctx, clerk, "incoming", None)
    qtbot.addWidget(form)
    form.show()
    form.fields.subject.setFocus()
    qtbot.waitUntil(lambda: (focus_ring() is not None and focus_ring().isVisible()  # type: ignore[union-attr]
                             and focus_ring().target is form.fields.subject),  # type: ignore[union-attr]
                    timeout=2_000)
    ring = focus_ring()
    assert ring is not None
    assert ring.geometry().contains(form.fields.subject.geometry().center())
    QTest.keyClick(form.fields.subject, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ring.target is not form.fields.subject, timeout=2_000)
    wait_tasks()


def test_the_ring_on_a_splitter_pane_is_not_a_pane_itself(qtbot: QtBot) -> None:
    # A QSplitter takes every child widget for a pane: a ring laid in it showed as an empty
    # third pane beside the letterhead settings and shifted the other two.
    window = QWidget()
    qtbot.addWidget(window)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    first, second = QLineEdit("نخست"), QLineEdit("دوم")
    splitter.addWidget(first)
    splitter.addWidget(second)
    QVBoxLayout(window).addWidget(splitter)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    sizes = splitter.sizes()
    second.setFocus()
    qtbot.waitUntil(lambda: (focus_ring() is not None and focus_ring().isVisible()  # type: ignore[union-attr]
                             and focus_ring().target is second),  # type: ignore[union-attr]
                    timeout=2_000)
    ring = focus_ring()
    assert ring is not None
    assert splitter.count() == 2 and splitter.sizes() == sizes
    assert ring.parentWidget() is window
    assert ring.geometry() == QRect(second.mapTo(window, QPoint(0, 0)), second.size())
    splitter.setSizes([400, 200])  # dragging the handle: the ring follows its field
    qtbot.waitUntil(lambda: ring.geometry().width() == second.width(), timeout=2_000)
    assert ring.geometry().topLeft() == second.mapTo(window, QPoint(0, 0))


def _has_focus(name: str) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.accessibleName() == name


def test_forms_open_ready_to_type_in_their_first_field(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, wait_tasks: WaitTasks) -> None:
    # Qt gives a scroll area the focus and starts a dialog's Tab order at its buttons when the
    # fields were added after them: each of these opened on the scroll area or on «ذخیره».
    for make, first in ((lambda: UnitDialog(ctx, admin, None), "نوع شخص"),
                        (lambda: SettingsDialog(ctx, admin), "نام سازمان"),
                        (lambda: CaseFormDialog(ctx, admin), "نوع وظیفه"),
                        (lambda: LetterFormDialog(ctx, admin, "incoming", None), "فرستنده")):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        wait_tasks()
        qtbot.waitUntil(partial(_has_focus, first), timeout=2_000)
        assert all(not scroll.hasFocus() for scroll in dialog.findChildren(QScrollArea))
        dialog.close()
        wait_tasks()


def test_inputs_are_named_after_their_labels(qtbot: QtBot, ctx: AppContext,
                                             clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    form = LetterFormDialog(ctx, clerk, "incoming", None)
    qtbot.addWidget(form)
    form.show()  # named as it is shown (ui.window_fit.WindowGuard)
    wait_tasks()
    fields = form.fields
    assert fields.subject.accessibleName() == "موضوع"
    assert fields.registered_on.line_edit.accessibleName() == "تاریخ ثبت"
    assert fields.sender_field is not None
    assert fields.sender_field.line_edit.accessibleName() == "فرستنده"
    assert fields.summary.accessibleName() == "خلاصه"
    assert form.save_button.text() == "ثبت"  # a button reads its own words
    unnamed = [type(w).__name__ for w in form.findChildren(QLineEdit)
               if w.isVisibleTo(form) and not w.accessibleName()]
    assert unnamed == []


def test_name_inputs_makes_each_form_label_the_buddy_of_the_input(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    errors = FormErrors()
    field = QLineEdit()
    form = QFormLayout(holder)
    form.addRow("&نام:", errors.add_field("name", field))
    name_inputs(holder)
    item = form.itemAt(0, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    assert isinstance(label, QLabel) and label.buddy() is field
    assert field.accessibleName() == "نام"
