"""Letterhead settings: the stored layout loads, edits redraw the preview, Save stores it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.printing.api import PrintLayout, get_print_layout, update_print_layout
from ui.printing.background import render_in_background
from ui.printing.letterhead_dialog import LetterheadDialog

pytestmark = pytest.mark.gui


def _open(qtbot: QtBot, ctx: AppContext, user: CurrentUser) -> LetterheadDialog:
    dialog = LetterheadDialog(ctx, user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview_pdf is not None, timeout=15_000)
    return dialog


def test_loads_the_stored_layout_and_previews_it(qtbot: QtBot, ctx: AppContext,
                                                 admin: CurrentUser, tmp_path: Path) -> None:
    update_print_layout(ctx, admin, PrintLayout(name_lines=("سربرگ آزمایشی",), bismillah=False))
    dialog = _open(qtbot, ctx, admin)
    assert dialog.form.name_lines.toPlainText() == "سربرگ آزمایشی"
    assert not dialog.form.checks["bismillah"].isChecked()
    assert dialog.preview_pdf is not None and dialog.preview_pdf.page_count == 1
    dialog.resize(1150, 760)
    qtbot.wait(300)
    dialog.grab().save(str(tmp_path / "letterhead.png"))


def test_an_edit_redraws_the_preview(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    dialog = _open(qtbot, ctx, admin)
    first = dialog.preview_pdf
    before = dialog._generation
    dialog.form.margins["margin_top_mm"].setValue(30)
    qtbot.waitUntil(lambda: dialog._generation > before and dialog.preview_pdf is not first,
                    timeout=15_000)  # fmt: skip
    dialog.on_preprinted.setChecked(True)
    qtbot.waitUntil(lambda: dialog._generation > before + 1, timeout=15_000)


def test_a_bad_postal_code_is_shown_on_its_field(qtbot: QtBot, ctx: AppContext,
                                                 admin: CurrentUser) -> None:
    dialog = _open(qtbot, ctx, admin)
    dialog.form.postal_code.setText("۱۲۳")
    dialog.refresh_preview()
    assert dialog.form.errors.has_error("postal_code")


def test_save_stores_the_layout(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    dialog = _open(qtbot, ctx, admin)
    dialog.form.checks["a5_for_short_letters"].setChecked(True)
    dialog.form.postal_code.setText("۳۱۵۵۶۷۸۹۱۲")
    dialog.form.name_lines.setPlainText("خانه صمت البرز\nدبیرخانه")
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = get_print_layout(ctx)
    assert saved.a5_for_short_letters and saved.postal_code == "3155678912"
    assert saved.name_lines == ("خانه صمت البرز", "دبیرخانه")


def test_a_clerk_may_look_but_not_save(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    dialog = _open(qtbot, ctx, clerk)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert not dialog.form.isEnabled()


def test_background_render_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Callable[[int, int], None]) -> bytes:
        started.set()
        for step in range(1000):
            progress(step, 1000)  # raises RenderCancelled once Cancel is pressed
            threading.Event().wait(0.005)
        return b""

    render_in_background(parent, work, "…", lambda _data: outcome.append("done"),
                         lambda: outcome.append("cancelled"))  # fmt: skip
    assert started.wait(5)
    progress_dialog = parent.findChild(QProgressDialog)
    assert progress_dialog is not None
    progress_dialog.canceled.emit()  # what its Cancel button (or Esc) sends
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=10_000)
