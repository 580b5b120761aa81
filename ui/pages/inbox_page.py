"""کارتابل: the referrals sent to me. Open one to read the letter (it is then marked read),
write the هامش, close it or refer it onward. Unread in bold, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from secretariat.correspondence.api import InboxCounts, InboxItem
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.models.inbox_model import InboxTableModel
from ui.pages.page_header import page_title
from ui.tasks import run_task
from ui.widgets.tables import configure_list_table, select_row

PAGE_SIZE = 200


class InboxPage(QWidget):
    countsChanged = Signal(object)  # InboxCounts
    badgeChanged = Signal(str)  # the unread count for the navigation, "" when none

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.page_size = ctx, user, page_size
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
        configure_list_table(self.table)
        self.table.activated.connect(lambda _index: self.open_current())
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
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Inbox")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._load(None, replace=True)
        ctx, user = self.ctx, self.user
        run_task(lambda: referrals.inbox_counts(ctx, user), on_finished=self._show_counts,
                 context=self)

    def load_more(self) -> None:
        oldest = self.model.oldest_id()
        if oldest is not None:
            self._load(oldest, replace=False)

    def _load(self, before_id: int | None, replace: bool) -> None:
        ctx, user, limit = self.ctx, self.user, self.page_size
        closed, unread, overdue = (self.include_closed.isChecked(), self.unread_only.isChecked(),
                                   self.overdue_only.isChecked())
        run_task(lambda: referrals.inbox(ctx, user, include_closed=closed, unread_only=unread,
                                         overdue_only=overdue, limit=limit,
                                         before_id=before_id),
                 on_finished=lambda items: self._loaded(items, replace), context=self)

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

    def _show_counts(self, counts: InboxCounts) -> None:
        self.counts = counts
        self.counts_label.setText(self.tr(
            "{open} open, {unread} unread, {overdue} overdue").format(
                open=labels.count_text(counts.open), unread=labels.count_text(counts.unread),
                overdue=labels.count_text(counts.overdue)))
        self.countsChanged.emit(counts)
        self.badgeChanged.emit(labels.count_text(counts.unread) if counts.unread else "")

    def selected(self) -> InboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None)
        self.onward_button.setEnabled(item is not None and item.referral.status == "open")

    def open_current(self) -> QWidget | None:
        item = self.selected()
        if item is None:
            return None
        from ui.dialogs.letter_view import open_letter_view

        view = open_letter_view(self.ctx, self.user, item.letter.id, self, item.referral.id)
        view.loaded.connect(self.refresh)  # opened: no longer unread
        view.changed.connect(self.refresh)
        return view

    def refer_onward(self) -> QWidget | None:
        item = self.selected()
        if item is None or item.referral.status != "open":
            return None
        from PySide6.QtCore import Qt

        from ui.dialogs.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.ctx, self.user, item.letter.id,
                                labels.letter_title(item.letter), self,
                                parent_referral=item.referral)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referred.connect(lambda _nodes: self.refresh())
        dialog.open()
        return dialog
