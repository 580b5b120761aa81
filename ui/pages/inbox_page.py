"""کارتابل: the referrals sent to me. Open one to read the letter (it is then marked read),
write the هامش, close it or refer it onward. Unread in bold, overdue in red."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import (
    InboxCounts,
    InboxItem,
    LetterCancelled,
    LetterChanged,
    ReferralAnswered,
    ReferralRead,
    ReferralSent,
    ReferralStatus,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.operations import api as operations
from secretariat.operations.api import ProgressFn, StopFn
from ui import letter_labels as labels
from ui.dialogs.letter_view import open_letter_view
from ui.dialogs.referral_dialog import ReferralDialog
from ui.excel_export import export_button
from ui.features import TileData
from ui.models.inbox_model import InboxTableModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import configure_list_table, select_row

PAGE_SIZE = 200


class InboxPage(Page):
    countsChanged = Signal(object)  # InboxCounts

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, user, parent)
        self.page_size = page_size
        self.counts: InboxCounts | None = None
        self.include_closed = QCheckBox(self.tr("Show closed referrals"))
        self.unread_only = QCheckBox(self.tr("Unread only"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        for box in (self.include_closed, self.unread_only, self.overdue_only):
            box.toggled.connect(lambda _on: self.refresh())
        self.counts_label = QLabel()
        self.model = InboxTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, stretch=InboxTableModel.STRETCH,
                             widths={InboxTableModel.COLUMNS.index("from"): 170,
                                     InboxTableModel.COLUMNS.index("counterpart"): 190})
        self.table.activated.connect(lambda _index: self.open_current())
        self.empty = EmptyState(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.open_button = QPushButton(self.tr("Open letter"))
        self.open_button.clicked.connect(self.open_current)
        self.onward_button = QPushButton(self.tr("Refer onward…"))
        self.onward_button.clicked.connect(self.refer_onward)
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.clicked.connect(self.load_more)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        filters = QHBoxLayout()
        for box in (self.include_closed, self.unread_only, self.overdue_only):
            filters.addWidget(box)
        filters.addStretch()
        filters.addWidget(self.counts_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.onward_button)
        buttons.addStretch()
        self.excel_button = export_button(self, "inbox", self._export)
        buttons.addWidget(self.excel_button)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Inbox")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        # What the inbox shows changes when referrals are sent, read or answered, and when
        # their letters change (a cancelled letter, a new subject).
        self.follow((ReferralSent, ReferralRead, ReferralAnswered, LetterChanged,
                     LetterCancelled))

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._load(None, replace=True)
        ctx, user = self.ctx, self.user
        self.requests.run("counts", lambda: referrals.inbox_counts(ctx, user), self._show_counts)

    def load_more(self) -> None:
        oldest = self.model.oldest_id()
        if oldest is not None:
            self._load(oldest, replace=False)

    def _load(self, before_id: int | None, replace: bool) -> None:
        ctx, user, limit = self.ctx, self.user, self.page_size
        closed, unread, overdue = (self.include_closed.isChecked(), self.unread_only.isChecked(),
                                   self.overdue_only.isChecked())
        # One key for a fresh list and for «more»: a «more» answered after the filters changed
        # belongs to the old list and is dropped.
        self.requests.run("list", lambda: referrals.inbox(
            ctx, user, include_closed=closed, unread_only=unread, overdue_only=overdue,
            limit=limit, before_id=before_id), lambda items: self._loaded(items, replace))

    def _export(self, path: Path, _progress: ProgressFn, _stop: StopFn) -> int:
        return operations.export_referrals(
            self.ctx, self.user, path, include_closed=self.include_closed.isChecked(),
            unread_only=self.unread_only.isChecked(), overdue_only=self.overdue_only.isChecked())

    def _loaded(self, items: list[InboxItem], replace: bool) -> None:
        current = self.selected()
        if replace:
            self.model.set_items(items)
            row = self.model.row_of(current.referral.id) if current else -1
            if row < 0 and items:
                row = 0
            if row >= 0:
                select_row(self.table, row)
        else:
            self.model.append_items(items)
        self.more_button.setEnabled(len(items) == self.page_size)
        self._update_buttons()
        self._explain_empty()
        self.empty.loaded()

    def _explain_empty(self) -> None:
        filtered = (self.unread_only.isChecked() or self.overdue_only.isChecked())
        if filtered:
            self.empty.set_message(self.tr("No referral matches these filters."),
                                   self.tr("Show every open referral"), self.clear_filters)
        else:
            self.empty.set_message(self.tr(
                "No referral is waiting for you. Letters referred to you appear here; "
                "the register holds every letter."), self.tr("Open the register"),
                lambda: self.pageRequested.emit("letters"))

    def clear_filters(self) -> None:
        for box in (self.unread_only, self.overdue_only):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.refresh()

    def _show_counts(self, counts: InboxCounts) -> None:
        self.counts = counts
        self.counts_label.setText(self.tr(
            "{open} open, {unread} unread, {overdue} overdue").format(
                open=labels.count_text(counts.open), unread=labels.count_text(counts.unread),
                overdue=labels.count_text(counts.overdue)))
        self.countsChanged.emit(counts)

    def selected(self) -> InboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None)
        self.onward_button.setEnabled(item is not None and item.referral.status == ReferralStatus.OPEN)

    def open_current(self) -> QWidget | None:
        item = self.selected()
        if item is None:
            return None
        view = open_letter_view(self.ctx, self.user, item.letter.id, self, item.referral.id)
        return view

    def refer_onward(self) -> QWidget | None:
        item = self.selected()
        if item is None or item.referral.status != ReferralStatus.OPEN:
            return None
        dialog = ReferralDialog(self.ctx, self.user, item.letter.id,
                                labels.letter_title(item.letter), self,
                                parent_referral=item.referral, urgency=item.referral.priority)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def inbox_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    """The inbox's home tile and navigation badge: unread referrals (red when one is late)."""
    counts = referrals.inbox_counts(ctx, user)
    return TileData(title="", count=counts.unread,
                    state="warning" if counts.overdue else "normal", page="inbox")
