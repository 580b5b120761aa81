"""Joining an association, recording a payment, and a decision with its reason (suspend,
resume, terminate, reverse a payment)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.text.digits import to_ascii_digits
from secretariat.membership import api as membership
from secretariat.membership.api import (
    AssociationInfo,
    MembershipDetail,
    PaymentInput,
    PaymentMethod,
    TypeInfo,
    UnitInfo,
)
from ui.bidi import isolate_cells
from ui.membership.common import Amounts, day_text, digits
from ui.membership.form_dialog import FormDialog
from ui.widgets.jalali_date_edit import JalaliDateEdit


class JoinDialog(FormDialog):
    """The unit joins an association with one of its types, on a date (past dates bring
    their periods)."""

    def __init__(self, ctx: AppContext, user: CurrentUser, unit: UnitInfo,
                 associations: list[AssociationInfo], types: list[TypeInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Join an association"), parent)
        self.ctx, self.user, self.unit, self.types = ctx, user, unit, types
        self.association = QComboBox()
        for a in associations:
            if a.active:
                self.association.addItem(f"{a.name} ({a.code})", a.id)
        self.kind = QComboBox()
        self.on = JalaliDateEdit(allow_empty=False)
        self.fees = QLabel()
        self.fees.setProperty("role", "hint")
        self.fees.setWordWrap(True)
        self.form.addRow(self.tr("Unit:"), QLabel(unit.name))
        self.add(self.tr("Association:"), "association", self.association)
        self.add(self.tr("Membership type:"), "type", self.kind)
        self.add(self.tr("Joined on:"), "on", self.on)
        self.form.addRow("", self.fees)
        self.association.currentIndexChanged.connect(lambda _i: self._fill_types())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fees())
        self._fill_types()
        self.fit_height()

    def _fill_types(self) -> None:
        self.kind.clear()
        for t in self.types:
            if t.association_id == self.association.currentData() and t.active:
                self.kind.addItem(t.name, t.id)
        self._show_fees()

    def _show_fees(self) -> None:
        chosen = next((t for t in self.types if t.id == self.kind.currentData()), None)
        self.fees.setText("" if chosen is None else self.tr(
            "First period due: {first} (entry fee and yearly fee)").format(
                first=Amounts.text(chosen.entry_fee + chosen.yearly_fee)))

    def work(self) -> Callable[[], Any]:
        if self.association.currentData() is None:
            raise ValidationError("association", "required")
        if self.kind.currentData() is None:
            raise ValidationError("type", "required")
        on = self.on.date()
        if on is None:
            raise ValidationError("on", "invalid_date")
        ctx, user, unit = self.ctx, self.user, self.unit.id
        association, kind = self.association.currentData(), self.kind.currentData()
        return lambda: membership.join(ctx, user, unit, association, kind, on)


class PaymentDialog(FormDialog):
    """A payment: oldest unpaid period first, unless periods are ticked."""

    def __init__(self, ctx: AppContext, user: CurrentUser, detail: MembershipDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a payment — {number}").format(number=detail.number),
                         parent)
        self.ctx, self.user, self.detail = ctx, user, detail
        owed = sum(p.arrears for p in detail.periods)
        self.amount = QLineEdit(membership.grouped(owed) if owed else "")
        self.paid_on = JalaliDateEdit(allow_empty=False)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method.label, method.value)
        self.reference = QLineEdit()
        self.periods = QListWidget()
        isolate_cells(self.periods)
        self.periods.setMaximumHeight(110)
        for p in detail.periods:
            if p.arrears:
                item = QListWidgetItem(self.tr("Period {n}: {start} to {end}, owed {owed}").format(
                    n=digits(p.seq), start=day_text(p.start), end=day_text(p.end),
                    owed=Amounts.text(p.arrears)))
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.periods.addItem(item)
        self.add(self.tr("Amount (rials):"), "amount", self.amount)
        self.add(self.tr("Paid on:"), "paid_on", self.paid_on)
        self.add(self.tr("Method:"), "method", self.method)
        self.add(self.tr("Bank reference:"), "reference", self.reference)
        self.add(self.tr("For the periods:"), "periods", self.periods)
        hint = QLabel(self.tr("None ticked: the oldest unpaid period first."))
        hint.setProperty("role", "hint")
        self.form.addRow("", hint)
        self.fit_height()

    def work(self) -> Callable[[], Any]:
        text = to_ascii_digits(self.amount.text()).replace("٬", "").replace(",", "").strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError("amount", "amount_not_positive")
        paid_on = self.paid_on.date() or today_tehran()
        chosen = tuple(int(self.periods.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(self.periods.count())
                       if self.periods.item(i).checkState() == Qt.CheckState.Checked)
        data = PaymentInput(amount=int(text), paid_on=paid_on,
                            method=str(self.method.currentData()),
                            reference=self.reference.text(), period_ids=chosen)
        ctx, user, number = self.ctx, self.user, self.detail.number
        return lambda: membership.record_payment(ctx, user, number, data)


class ReasonDialog(FormDialog):
    """A decision with its date and reason; ``action(reason, day)`` does it."""

    def __init__(self, title: str, action: Callable[[str, date | None], Any],
                 needs_reason: bool = True, with_date: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.action, self.needs_reason = action, needs_reason
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.on = JalaliDateEdit(allow_empty=False)
        if with_date:
            self.add(self.tr("Date:"), "on", self.on)
        self.add(self.tr("Reason:"), "reason", self.reason)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Confirm"))
        self.fit_height()

    def work(self) -> Callable[[], Any]:
        reason = self.reason.toPlainText()
        if self.needs_reason and not reason.strip():
            raise ValidationError("reason", "required")
        day, action = self.on.date(), self.action
        return lambda: action(reason, day)
