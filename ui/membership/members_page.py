"""عضویت‌ها: memberships with their status (computed by the database from periods and
payments), periods and arrears, payments and reversals, renewal, board decisions, and the
card, certificate and receipt previews."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.membership import api as membership
from secretariat.membership.api import (
    AssociationInfo,
    MemberPage,
    MemberQuery,
    MembershipChanged,
    MembershipDetail,
    MembershipPermission,
    MembershipRow,
    PaymentInfo,
    Status,
    UnitChanged,
)
from ui.membership.common import NEVER_GATES, Amounts, day_text, preview, status_text
from ui.membership.member_dialogs import PaymentDialog, ReasonDialog
from ui.membership.models import MembersModel, PaymentsModel, PeriodsModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.tables import configure_list_table, select_row

PAGE_SIZE = 200
TYPING_PAUSE_MS = 250


class MembersPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.can_manage = role_allows(user.role, MembershipPermission.MANAGE)
        self.detail: MembershipDetail | None = None
        self.total = 0
        self.association = QComboBox()
        self.association.addItem(self.tr("All associations"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.expiring = QCheckBox(self.tr("Expiring within (days):"))
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setAccessibleName(self.expiring.text())  # the box it belongs to names it
        self.arrears = QCheckBox(self.tr("In arrears"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Unit name, number or national ID"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        for combo in (self.association, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.expiring, self.arrears):
            box.toggled.connect(lambda _b: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh() if self.expiring.isChecked()
                                       else None)
        self.count = QLabel()
        self.more = QPushButton(self.tr("Show more"))
        self.more.clicked.connect(self.load_more)

        self.model = MembersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._load_detail())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.periods_model, self.payments_model = PeriodsModel(), PaymentsModel()
        self.periods, self.payments = QTableView(), QTableView()
        for table, model in ((self.periods, self.periods_model),
                             (self.payments, self.payments_model)):
            table.setModel(model)
            configure_list_table(table)
        self.payments.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot, manage in (
                ("pay", self.tr("Record a payment…"), self.pay, True),
                ("renew", self.tr("Renew"), self.renew, True),
                ("suspend", self.tr("Suspend…"), self.suspend, True),
                ("resume", self.tr("Resume…"), self.resume, True),
                ("terminate", self.tr("Terminate…"), self.terminate, True),
                ("card", self.tr("Card…"), self.card, False),
                ("certificate", self.tr("Certificate…"), self.certificate, False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            button.setVisible(self.can_manage or not manage)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch()
        card_menu = QMenu(self)
        card_menu.addAction(self.tr("Two per A4 row…"), lambda: self.card("a4"))
        card_menu.addAction(self.tr("For a card printer (CR80)…"), lambda: self.card("card"))
        self.buttons["card"].setMenu(card_menu)
        size_menu = QMenu(self)
        size_menu.addAction("A4…", lambda: self.certificate("A4"))
        size_menu.addAction("A5…", lambda: self.certificate("A5"))
        self.buttons["certificate"].setMenu(size_menu)
        payment_actions = QHBoxLayout()
        for key, text, slot, manage in (
                ("receipt", self.tr("Print the receipt…"), self.receipt, False),
                ("reverse", self.tr("Reverse the payment…"), self.reverse, True)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            button.setVisible(self.can_manage or not manage)
            self.buttons[key] = button
            payment_actions.addWidget(button)
        payment_actions.addStretch()

        filters = QHBoxLayout()
        filters.addWidget(self.association, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.expiring)
        filters.addWidget(self.days)
        filters.addWidget(self.arrears)
        filters.addWidget(self.search, 2)
        list_side = QWidget()
        ls = QVBoxLayout(list_side)
        ls.setContentsMargins(0, 0, 0, 0)
        ls.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch()
        footer.addWidget(self.more)
        ls.addLayout(footer)
        detail_side = QWidget()
        ds = QVBoxLayout(detail_side)
        ds.setContentsMargins(0, 0, 0, 0)
        ds.addWidget(self.heading)
        notice = QLabel(NEVER_GATES)
        notice.setProperty("role", "hint")
        notice.setWordWrap(True)
        ds.addWidget(notice)
        ds.addLayout(actions)
        periods_box = QGroupBox(self.tr("Periods"))
        QVBoxLayout(periods_box).addWidget(self.periods)
        payments_box = QGroupBox(self.tr("Payments"))
        pb = QVBoxLayout(payments_box)
        pb.addWidget(self.payments)
        pb.addLayout(payment_actions)
        tables = QSplitter(Qt.Orientation.Horizontal)  # side by side: both keep their rows
        tables.addWidget(periods_box)
        tables.addWidget(payments_box)
        ds.addWidget(tables, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(list_side)
        split.addWidget(detail_side)
        split.setSizes([330, 370])  # the list keeps about eight rows on a 768-pixel screen
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Memberships")))
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self.follow((MembershipChanged, UnitChanged))
        self._update()

    # --- the list -----------------------------------------------------------------------

    def query(self, offset: int = 0) -> MemberQuery:
        return MemberQuery(
            association=self.association.currentData(), status=self.status.currentData(),
            expiring_within=self.days.value() if self.expiring.isChecked() else None,
            arrears=self.arrears.isChecked(), search=self.search.text(), offset=offset,
            limit=PAGE_SIZE)

    def activate(self) -> None:
        ctx, user = self.ctx, self.user

        def load() -> tuple[list[AssociationInfo], str]:
            return membership.list_associations(ctx, user), membership.amount_unit(ctx)

        self.requests.run("associations", load, self._show_associations)

    def _show_associations(self, found: tuple[list[AssociationInfo], str]) -> None:
        associations, Amounts.unit = found
        current = self.association.currentData()
        self.association.blockSignals(True)
        self.association.clear()
        self.association.addItem(self.tr("All associations"), None)
        for a in associations:
            self.association.addItem(f"{a.name} ({a.code})", a.code)
        self.association.setCurrentIndex(max(0, self.association.findData(current)))
        self.association.blockSignals(False)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        ctx, user, query = self.ctx, self.user, self.query()
        self.requests.run("list", lambda: membership.list_memberships(ctx, user, query),
                          lambda page: self._show(page, select))

    def _show(self, page: MemberPage, select: int | None) -> None:
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_rows(page.rows)
        self._counted(page)
        row = self.model.find_row(lambda r: r.id == wanted) if wanted is not None else -1
        if row >= 0:
            select_row(self.table, row)
        self._load_detail()

    def _counted(self, page: MemberPage) -> None:
        self.total = page.total
        shown = self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} memberships").format(
            shown=membership.grouped(shown), total=membership.grouped(page.total)))
        self.more.setVisible(shown < page.total)

    def load_more(self) -> None:
        ctx, user, query = self.ctx, self.user, self.query(self.model.rowCount())

        def shown(page: MemberPage) -> None:
            self.model.append_rows(list(page.rows))
            self._counted(page)

        self.requests.run("more", lambda: membership.list_memberships(ctx, user, query), shown)

    def selected(self) -> MembershipRow | None:
        rows = self.table.selectionModel().selectedRows()
        found: MembershipRow | None = self.model.row_at(rows[0].row()) if rows else None
        return found

    # --- one membership ---------------------------------------------------------------------

    def _load_detail(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self._show_detail(None)
            return
        ctx, user, ref = self.ctx, self.user, chosen.id
        self.requests.run("detail", lambda: membership.get_membership(ctx, user, ref),
                          self._show_detail)

    def _show_detail(self, found: MembershipDetail | None) -> None:
        self.detail = found
        self.periods_model.set_rows(found.periods if found else [])
        self.payments_model.set_rows(found.payments if found else [])
        if found is None:
            self.heading.setText(self.tr("Choose a membership."))
        else:
            self.heading.setText(self.tr(
                "<b>{number}</b> — {unit} — {association} ({type}) — <b>{status}</b>; "
                "valid until {until}; arrears {arrears}").format(
                    number=found.number, unit=found.unit.name,
                    association=found.association.name, type=found.type.name,
                    status=status_text(found.status), until=day_text(found.valid_until),
                    arrears=Amounts.text(found.arrears)))
        self._update()

    def selected_payment(self) -> PaymentInfo | None:
        rows = self.payments.selectionModel().selectedRows()
        found: PaymentInfo | None = self.payments_model.row_at(rows[0].row()) if rows else None
        return found

    def _update(self) -> None:
        d = self.detail
        open_ = d is not None and d.terminated_on is None
        active = d is not None and d.status == Status.ACTIVE
        enabled = {
            "pay": open_ and d is not None and d.arrears + sum(p.arrears for p in d.periods) > 0,
            "renew": open_, "terminate": open_,
            "suspend": open_ and d is not None and d.suspended_from is None,
            "resume": open_ and d is not None and d.suspended_from is not None,
            "card": active, "certificate": active,
        }
        for key, value in enabled.items():
            self.buttons[key].setEnabled(bool(value))
        payment = self.selected_payment()
        self.buttons["receipt"].setEnabled(payment is not None)
        self.buttons["reverse"].setEnabled(payment is not None and not payment.reversed)
        if d is not None and not active:
            why = self.tr("Only an active membership gets a card; this one is «{status}».")
            for key in ("card", "certificate"):
                self.buttons[key].setToolTip(why.format(status=status_text(d.status)))

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _v: self.refresh())  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        self.last_dialog = dialog
        return dialog

    def pay(self) -> QWidget | None:
        if self.detail is None:
            return None
        return self._open(PaymentDialog(self.ctx, self.user, self.detail, self))

    def renew(self) -> None:
        if self.detail is None:
            return
        ctx, user, number = self.ctx, self.user, self.detail.number
        self.requests.run("renew", lambda: membership.renew(ctx, user, number),
                          lambda _p: self.refresh())

    def _decision(self, kind: str, title: str, needs_reason: bool = True) -> QWidget | None:
        if self.detail is None:
            return None
        ctx, user, number = self.ctx, self.user, self.detail.number

        def act(reason: str, day: date | None) -> MembershipDetail:
            return membership.decide(ctx, user, number, kind, reason, day)

        return self._open(ReasonDialog(title.format(number=number), act, needs_reason,
                                       parent=self))

    def suspend(self) -> QWidget | None:
        return self._decision("suspend", self.tr("Suspend membership {number}"))

    def resume(self) -> QWidget | None:
        return self._decision("resume", self.tr("Resume membership {number}"), False)

    def terminate(self) -> QWidget | None:
        return self._decision("terminate", self.tr("Terminate membership {number}"))

    def reverse(self) -> QWidget | None:
        payment = self.selected_payment()
        if payment is None:
            return None
        ctx, user, receipt = self.ctx, self.user, payment.receipt
        return self._open(ReasonDialog(
            self.tr("Reverse the payment of receipt {receipt}").format(receipt=receipt),
            lambda reason, _day: membership.reverse_payment(ctx, user, receipt, reason),
            with_date=False, parent=self))

    def card(self, layout: str = "a4") -> None:
        if self.detail is not None:
            ctx, user, number = self.ctx, self.user, self.detail.number
            preview(self, lambda: membership.card_pdf(ctx, user, [number], layout),
                    self.tr("Membership card {number}").format(number=number),
                    f"card-{number}.pdf")

    def certificate(self, size: str = "A4") -> None:
        if self.detail is not None:
            ctx, user, number = self.ctx, self.user, self.detail.number
            preview(self, lambda: membership.certificate_pdf(ctx, user, number, size),
                    self.tr("Membership certificate {number}").format(number=number),
                    f"certificate-{number}.pdf")

    def receipt(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            ctx, user, receipt = self.ctx, self.user, payment.receipt
            preview(self, lambda: membership.receipt_pdf(ctx, user, receipt),
                    self.tr("Receipt {receipt}").format(receipt=receipt),
                    f"receipt-{receipt}.pdf")
