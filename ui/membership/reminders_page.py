"""تمدید و بدهی: who expires within N days, who is in grace, who has expired, who owes; tick
them and draft reminder letters (outgoing drafts in the register, one per unit, in one go)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.membership import api as membership
from secretariat.membership.api import (
    MemberPage,
    MemberQuery,
    MembershipChanged,
    MembershipPermission,
    ReminderDraft,
)
from ui.crash import show_message
from ui.features import TileData
from ui.membership.common import Amounts, digits
from ui.membership.models import MembersModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.printing.actions import preview_letter
from ui.widgets.tables import configure_list_table

LIST_LIMIT = 1000
DEFAULT_DAYS = 30
LISTS = ("expiring", "grace", "expired", "arrears")


def reminder_query(kind: str, days: int = DEFAULT_DAYS) -> MemberQuery:
    if kind == "expiring":
        return MemberQuery(expiring_within=days, limit=LIST_LIMIT)
    if kind == "arrears":
        return MemberQuery(arrears=True, limit=LIST_LIMIT)
    return MemberQuery(status=kind, limit=LIST_LIMIT)


class RemindersPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.can_manage = role_allows(user.role, MembershipPermission.MANAGE)
        self.tabs = QTabBar()
        for text in (self.tr("Expiring soon"), self.tr("In grace"), self.tr("Expired"),
                     self.tr("In arrears")):
            self.tabs.addTab(text)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_DAYS)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.model = MembersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.count = QLabel()
        self.draft_button = QPushButton(self.tr("Draft reminder letters for the selected…"))
        self.draft_button.clicked.connect(self.draft)
        self.draft_button.setVisible(self.can_manage)
        self.all_button = QPushButton(self.tr("Select all"))
        self.all_button.clicked.connect(self.table.selectAll)
        self.drafts: list[ReminderDraft] = []
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch()
        days_label = QLabel(self.tr("Days ahead:"))
        days_label.setBuddy(self.days)  # the field's name for a screen reader
        top.addWidget(days_label)
        top.addWidget(self.days)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Renewals and arrears")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.follow((MembershipChanged,))

    def kind(self) -> str:
        return LISTS[max(0, self.tabs.currentIndex())]

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ctx, user = self.ctx, self.user
        query = reminder_query(self.kind(), self.days.value())
        self.days.setEnabled(self.kind() == "expiring")

        def load() -> tuple[MemberPage, str]:
            return membership.list_memberships(ctx, user, query), membership.amount_unit(ctx)

        self.requests.run("list", load, self._show)

    def _show(self, found: tuple[MemberPage, str]) -> None:
        page, Amounts.unit = found
        self.model.set_rows(page.rows)
        self.count.setText(self.tr("{n} memberships").format(n=membership.grouped(page.total)))

    def chosen_ids(self) -> list[int]:
        return [self.model.row_at(index.row()).id
                for index in self.table.selectionModel().selectedRows()]

    def draft(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            show_message(self, QMessageBox.Icon.Information,
                         self.tr("Select the memberships to remind first."))
            return
        ctx, user = self.ctx, self.user
        self.requests.run("draft", lambda: membership.draft_reminders(ctx, user, ids),
                          self._drafted)

    def _drafted(self, drafts: list[ReminderDraft]) -> None:
        self.drafts = drafts
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Reminder letters"), self.tr(
            "{n} reminder letters were registered as outgoing drafts (one per unit). Sign and "
            "print them from the register, or preview the first now.").format(
                n=digits(len(drafts))), QMessageBox.StandardButton.Close, self)
        show = box.addButton(self.tr("Preview the first"), QMessageBox.ButtonRole.ActionRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show.clicked.connect(lambda: preview_letter(self, self.ctx, self.user,
                                                    drafts[0].letter_id))
        box.open()
        self.result_box = box


# --- home tiles (run off the UI thread) ---------------------------------------------------

def _tile(ctx: AppContext, user: CurrentUser, kind: str, title: str, state: str) -> TileData:
    count = membership.count_memberships(ctx, user, reminder_query(kind))
    return TileData(title, count, state if count else "normal", "member_reminders")


def expiring_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    title = QCoreApplication.translate("Navigation", "Memberships expiring within 30 days")
    return _tile(ctx, user, "expiring", title, "attention")


def grace_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    return _tile(ctx, user, "grace", QCoreApplication.translate(
        "Navigation", "Memberships in grace"), "warning")


def arrears_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    return _tile(ctx, user, "arrears", QCoreApplication.translate(
        "Navigation", "Memberships in arrears"), "warning")
