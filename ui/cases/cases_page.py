"""My cases (an expert's queue: overdue first, then due soon) and everyone's cases (a
manager's register, newest first). Every row is coloured by its SLA state, with the state's
word beside it and a legend below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import (
    CalendarChanged,
    CaseChanged,
    CaseOpened,
    CasePermission,
    CaseQuery,
    CaseSort,
    CaseStatus,
    CaseSummary,
    DutiesChanged,
    DutyInfo,
    SlaState,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from ui.cases import labels
from ui.cases.case_form import CaseFormDialog
from ui.cases.case_model import CaseTableModel
from ui.cases.case_view import open_case_view
from ui.cases.sla_legend import SlaLegend
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.tables import configure_list_table, select_row

PAGE_SIZE = 100


class CasesPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None,
                 mine: bool = False, page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, user, parent)
        self.mine, self.page_size = mine, page_size
        self.loaded_rows = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, subject, applicant, 124 or tracking no."))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status.addItem(status.label, status.value)
        self.duty = QComboBox()
        self.duty.addItem(self.tr("Any duty"), None)
        self.sla = QComboBox()
        self.sla.addItem(self.tr("Any deadline state"), None)
        for state in SlaState:
            self.sla.addItem(labels.sla_text(state), state.value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.show_closed = QCheckBox(self.tr("Show closed"))
        self.show_closed.setChecked(not mine)
        for combo in (self.status, self.duty, self.sla):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.overdue_only, self.show_closed):
            box.toggled.connect(lambda _on: self.refresh())

        self.model = CaseTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.activated.connect(lambda _index: self.open_current())
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(role_allows(user.role, CasePermission.OPEN))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.clicked.connect(self.load_more)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.duty, self.sla, self.overdue_only, self.show_closed):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("My cases") if mine else self.tr("All cases")))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(SlaLegend())
        layout.addLayout(buttons)
        self.follow((CaseOpened, CaseChanged, CalendarChanged, DutiesChanged))

    # --- loading -----------------------------------------------------------------------

    def activate(self) -> None:
        ctx, user = self.ctx, self.user
        self.requests.run("duties", lambda: cases.list_duties(ctx, user), self._show_duties)
        self.refresh()

    def _show_duties(self, duties: list[DutyInfo]) -> None:
        chosen = self.duty.currentData()
        self.duty.blockSignals(True)
        self.duty.clear()
        self.duty.addItem(self.tr("Any duty"), None)
        for d in duties:
            self.duty.addItem(f"{d.title} ({d.code})", d.code)
        self.duty.setCurrentIndex(max(0, self.duty.findData(chosen)))
        self.duty.blockSignals(False)

    def query(self) -> CaseQuery:
        return CaseQuery(
            status=self.status.currentData(), duty=self.duty.currentData(),
            sla=self.sla.currentData(), overdue=self.overdue_only.isChecked(),
            open_only=not self.show_closed.isChecked(), text=self.search.text(),
            mine=self.mine, sort=CaseSort.URGENCY if self.mine else CaseSort.NEWEST)

    def refresh(self) -> None:
        self._load(0)
        ctx, user, query = self.ctx, self.user, self.query()
        self.requests.run("count", lambda: cases.count_cases(ctx, user, query), self._show_count)

    def load_more(self) -> None:
        self._load(self.loaded_rows)

    def _load(self, offset: int) -> None:
        ctx, user, query, limit = self.ctx, self.user, self.query(), self.page_size
        self.requests.run("list", lambda: cases.list_cases(ctx, user, query, limit, offset),
                          lambda rows: self._loaded(rows, offset))

    def _loaded(self, rows: list[CaseSummary], offset: int) -> None:
        current = self.selected()
        if offset == 0:
            self.model.set_rows(rows)
            row = self.model.find_row(lambda c: current is not None and c.id == current.id)
            if rows:
                select_row(self.table, max(row, 0))
        else:
            self.model.append_rows(rows)
        self.loaded_rows = offset + len(rows)
        self.more_button.setEnabled(len(rows) == self.page_size)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("{count} case(s)").format(count=labels.digits(count)))

    def selected(self) -> CaseSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    # --- actions -----------------------------------------------------------------------

    def open_current(self) -> QWidget | None:
        case = self.selected()
        if case is None:
            return None
        return open_case_view(self.ctx, self.user, case.id, self)

    def new_case(self) -> QWidget:
        dialog = CaseFormDialog(self.ctx, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(lambda detail: self._opened(detail.id))
        dialog.open()
        return dialog

    def _opened(self, case_id: int) -> None:
        open_case_view(self.ctx, self.user, case_id, self)


def my_cases_page(ctx: AppContext, user: CurrentUser) -> CasesPage:
    return CasesPage(ctx, user, mine=True)


def all_cases_page(ctx: AppContext, user: CurrentUser) -> CasesPage:
    return CasesPage(ctx, user, mine=False)
