"""Membership's screens offscreen on the tour's sample data: what they show, what they refuse,
and that each fits a 1366×768 screen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import (
    QDialog,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership import _sheets
from secretariat.membership import api as membership
from secretariat.membership.api import MemberQuery, Status
from tests.conftest import WaitTasks
from tests.ui.messages import close_messages
from ui.features import pages_for, tiles_for
from ui.membership import _tour
from ui.membership.common import NEVER_GATES
from ui.membership.import_dialog import ImportDialog
from ui.membership.member_dialogs import PaymentDialog
from ui.membership.members_page import MembersPage
from ui.membership.reminders_page import RemindersPage, expiring_tile
from ui.membership.unit_dialog import UnitDialog
from ui.membership.units_page import UnitsPage
from ui.printing.preview_dialog import PdfPreviewDialog
from ui.widgets.tables import select_row

pytestmark = pytest.mark.gui
SCREEN_W, SCREEN_H = 1366 - 210, 728 - 60  # less the navigation and the window's bars


@pytest.fixture
def seeded(ctx: AppContext, admin: CurrentUser) -> CurrentUser:
    _tour.seed(ctx, admin)
    return admin


def _row_of(page: MembersPage, number: str) -> int:
    return page.model.find_row(lambda r: r.number == number)


def test_every_screen_fits_and_the_tour_builds_them(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    names = []
    for name, widget in _tour.screens(ctx, seeded):
        qtbot.addWidget(widget)
        names.append(name)
        hint = widget.minimumSizeHint()
        assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (name, hint)
        if isinstance(widget, QDialog):
            widget.show()
            wait_tasks()
            assert widget.height() <= SCREEN_H, name
    assert {"membership-members", "membership-units", "membership-reminders",
            "membership-import", "membership-unit-dialog"} <= set(names)


def test_the_officer_has_the_pages_and_tiles_a_clerk_has_none() -> None:
    officer = [p.key for p in pages_for("officer")]
    assert {"associations", "member_units", "memberships", "member_reminders"} <= set(officer)
    assert not {"associations", "memberships"} & {p.key for p in pages_for("clerk")}
    assert [t.key for t in tiles_for("officer") if t.key.startswith("membership")] == [
        "membership_expiring", "membership_grace", "membership_arrears"]


def test_members_page_shows_status_and_refuses_cards_of_inactive_members(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    page = MembersPage(ctx, seeded)
    qtbot.addWidget(page)
    page.show()
    wait_tasks()
    assert page.model.rowCount() == 6
    expired = next(r for r in page.model._rows if r.status == Status.EXPIRED)
    select_row(page.table, _row_of(page, expired.number))
    wait_tasks()
    assert page.detail is not None and page.detail.number == expired.number
    assert not page.buttons["card"].isEnabled()
    assert "فعال" in page.buttons["card"].toolTip()
    assert page.periods_model.rowCount() == len(page.detail.periods)
    active = next(r for r in page.model._rows if r.status == Status.ACTIVE)
    select_row(page.table, _row_of(page, active.number))
    wait_tasks()
    assert page.buttons["card"].isEnabled()
    page.card("card")  # the card printer's layout, previewed
    wait_tasks()
    qtbot.waitUntil(lambda: bool(page.findChildren(PdfPreviewDialog)), timeout=10_000)
    preview = page.findChildren(PdfPreviewDialog)[0]
    assert preview.pdf.page_count == 1 and active.number in preview.windowTitle()
    preview.close()
    page.arrears.setChecked(True)
    wait_tasks()
    assert all(r.arrears > 0 for r in page.model._rows) and page.model.rowCount() >= 1
    assert NEVER_GATES in [w.text() for w in page.findChildren(type(page.heading))]


def test_a_payment_from_the_dialog_makes_the_member_active(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    pending = membership.list_memberships(ctx, seeded, MemberQuery(status="pending")).rows[0]
    detail = membership.get_membership(ctx, seeded, pending.id)
    dialog = PaymentDialog(ctx, seeded, detail)
    qtbot.addWidget(dialog)
    dialog.reference.setText("556677")
    dialog.save()
    wait_tasks()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert membership.membership_status(ctx, seeded, pending.id) == Status.ACTIVE


def test_unit_dialog_checks_ids_on_the_field(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    dialog = UnitDialog(ctx, seeded, None)
    qtbot.addWidget(dialog)
    dialog.show()
    national_id = dialog.inputs["national_id"]
    national_id.setText("10380284792")
    national_id.editingFinished.emit()
    assert "شناسه ملی" in dialog.errors.field_text("national_id")
    national_id.setText("10380284790")  # the tour's first unit holds it
    national_id.editingFinished.emit()
    wait_tasks()
    assert "کوثر" in dialog.errors.field_text("national_id")
    dialog.inputs["postal_code"].setText("1234567890")
    dialog.inputs["postal_code"].editingFinished.emit()
    assert dialog.errors.field_text("postal_code").startswith("هشدار")
    dialog.inputs["mobile"].setText("+989121234567")
    dialog.inputs["mobile"].editingFinished.emit()
    assert dialog.inputs["mobile"].text() == "۰۹۱۲۱۲۳۴۵۶۷"
    dialog.inputs["name"].setText("واحد تکراری")
    dialog.save()
    wait_tasks()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "کوثر" in dialog.errors.field_text("national_id")  # the service says so too


def test_units_page_shows_memberships_with_the_notice(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    page = UnitsPage(ctx, seeded)
    qtbot.addWidget(page)
    page.show()
    wait_tasks()
    select_row(page.table, 0)
    wait_tasks()
    assert page.detail is not None and page.members_model.rowCount() == len(
        page.detail.memberships) >= 1
    assert page.notice.text() == NEVER_GATES and page.notice.isVisible()


def test_the_directory_exports_with_progress_and_cancel(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = UnitsPage(ctx, seeded)
    qtbot.addWidget(page)
    page.show()
    wait_tasks()
    out = tmp_path / "directory.xlsx"
    page.export_to(out)
    wait_tasks()
    rows = load_workbook(out).active
    members = membership.count_memberships(ctx, seeded, MemberQuery())
    assert rows is not None and rows.max_row == members + 1 >= 2
    assert any(f"{to_persian_digits(str(members))} ردیف" in text for text in close_messages())

    # Cancel while the worker is held before its first row: nothing is written, no message.
    started, go_on = threading.Event(), threading.Event()
    size = _sheets._directory_size

    def held(*args: Any) -> int:
        started.set()
        go_on.wait(10)
        return size(*args)

    monkeypatch.setattr(_sheets, "_directory_size", held)
    stopped = tmp_path / "stopped.xlsx"
    earlier = page.findChildren(QProgressDialog)  # the first one's, closed, maybe not yet freed
    page.export_to(stopped)
    assert started.wait(10)
    dialogs = [d for d in page.findChildren(QProgressDialog) if d not in earlier]
    assert len(dialogs) == 1 and dialogs[0].labelText()
    cancel = dialogs[0].findChildren(QPushButton)
    assert [b.text() for b in cancel] == ["لغو"]
    cancel[0].click()  # what the officer does
    go_on.set()
    wait_tasks()
    assert not stopped.exists() and close_messages() == []


def test_import_dialog_checks_then_imports(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks,
        tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["نام شرکت", "کد", "تلفن"])
    sheet.append(["شرکت تازه‌وارد", "10380284790", ""])  # a duplicate of the tour's unit
    sheet.append(["واحد بی‌شناسه", "", ""])
    sheet.append(["کارگاه نو", "0499370899", ""])  # the tour has it as a natural person
    sheet.append(["صنایع نو", "14101234563", ""])
    book.save(tmp_path / "units.xlsx")
    dialog = ImportDialog(ctx, seeded)
    qtbot.addWidget(dialog)
    dialog.open_file(tmp_path / "units.xlsx")
    wait_tasks()
    assert dialog.mapping_widget.missing() == ["شناسه ملی / کد ملی"]  # «کد» is not recognised
    box = dialog.mapping_widget.boxes["national_id"]
    box.setCurrentIndex(box.findData("کد"))  # the person picks the column
    assert dialog.mapping_widget.mapping() == {"name": "نام شرکت", "national_id": "کد",
                                               "phone": "تلفن"}
    assert "۱۰۳۸۰۲۸۴۷۹۰" in dialog.mapping_widget.samples["national_id"].text()
    dialog.dry_run()
    wait_tasks()
    assert dialog.checked is not None
    assert (dialog.checked.added, dialog.checked.duplicates) == (0, 3)
    assert dialog.refused.rowCount() == 4 and not dialog.import_button.isEnabled()
    assert dialog.report.is_file()


def test_reminders_page_drafts_letters_and_the_tile_counts(
        qtbot: QtBot, ctx: AppContext, seeded: CurrentUser, wait_tasks: WaitTasks) -> None:
    page = RemindersPage(ctx, seeded)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)  # in arrears
    wait_tasks()
    owing = page.model.rowCount()
    assert owing >= 2
    page.table.selectAll()
    page.draft()
    wait_tasks()
    assert len(page.drafts) == owing  # one unit each in the tour
    page.result_box.close()
    tile = expiring_tile(ctx, seeded)
    assert tile.page == "member_reminders" and tile.count == membership.count_memberships(
        ctx, seeded, MemberQuery(expiring_within=30))
