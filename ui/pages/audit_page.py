"""The audit log: newest first, filtered by user, kind and Jalali dates, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.accounts import UserCard
from secretariat.kernel.audit import AuditRow
from secretariat.kernel.audit_log import AuditQuery, read_audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.digits import to_persian_digits
from ui.crash import report_exception
from ui.labels import audit_entities
from ui.models.audit_model import AuditTableModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.audit_detail import AuditDetail
from ui.widgets.empty_state import EmptyState
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.person_picker import PersonCombo
from ui.widgets.tables import configure_list_table

PAGE_SIZE = 200


class AuditPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, user, parent)
        self.page_size = page_size
        self.total = 0
        self._users_loaded = False

        self.actor = PersonCombo(self.tr("All users"))
        self.actor.setMinimumWidth(220)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("All kinds"), None)
        for code, label in audit_entities():
            self.entity.addItem(label, code)
        self.date_from = JalaliDateEdit()
        self.date_to = JalaliDateEdit()
        self.search_button = QPushButton(self.tr("Show"))
        self.search_button.clicked.connect(self.search)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("User:"), self.actor), (self.tr("Kind:"), self.entity),
                              (self.tr("From:"), self.date_from), (self.tr("To:"), self.date_to)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch()
        self.filter_error = QLabel()
        self.filter_error.setProperty("role", "formMessage")
        self.filter_error.hide()

        self.model = AuditTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, stretch=4)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = EmptyState(self.table)
        self.empty.set_message(self.tr("No entries match these filters."),
                               self.tr("Show every entry"), self.clear_filters)
        self.detail = AuditDetail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Audit log")))
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self._update_footer()

    def activate(self) -> None:
        if not self._users_loaded:
            self._users_loaded = True
            ctx, user = self.ctx, self.user
            self.requests.run("users", lambda: accounts.people(ctx, user, active_only=False),
                              self._fill_users)
        self.search()

    def _fill_users(self, people: list[UserCard]) -> None:
        self.actor.set_people(people)

    def clear_filters(self) -> None:
        self.actor.choose(None)
        self.entity.setCurrentIndex(0)
        self.date_from.setDate(None)
        self.date_to.setDate(None)
        self.search()

    def query(self) -> AuditQuery | None:
        """The filters as a query, or None (with the message shown) when a date is wrong."""
        for edit in (self.date_from, self.date_to):
            if not edit.is_valid():
                self.filter_error.setText(edit.error())
                self.filter_error.show()
                return None
        self.filter_error.hide()
        return AuditQuery(actor=self.actor.username(), entity=self.entity.currentData(),
                          date_from=self.date_from.date(), date_to=self.date_to.date())

    def search(self) -> None:
        query = self.query()
        if query is not None:
            self._load(query, None, replace=True)

    def load_more(self) -> None:
        query = self.query()
        if query is not None and self.model.oldest_id() is not None:
            self._load(query, self.model.oldest_id(), replace=False)

    def _load(self, query: AuditQuery, before_id: int | None, replace: bool) -> None:
        ctx, user, limit = self.ctx, self.user, self.page_size
        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        self.requests.run("list", lambda: read_audit(ctx, user, query, limit=limit,
                                                     before_id=before_id),
                          lambda page: self._loaded(page, replace), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self._update_footer()
        report_exception(exc, self)

    def _loaded(self, page: tuple[list[AuditRow], int], replace: bool) -> None:
        rows, self.total = page
        if replace:
            self.model.set_rows(rows)
            self.detail.show_entry(None)
        else:
            self.model.append_rows(rows)
        self.search_button.setEnabled(True)
        self._update_footer()
        self.empty.loaded()

    def _update_footer(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("Showing {shown} of {total} entries").format(
            shown=to_persian_digits(str(shown)), total=to_persian_digits(str(self.total))))
        self.more_button.setEnabled(shown < self.total)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.show_entry(self.model.row_at(rows[0].row()) if rows else None)
