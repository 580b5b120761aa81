"""An association (its name, IDs, officers, logo) and a membership type (fees, period, grace)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits
from secretariat.membership import api as membership
from secretariat.membership.api import AssociationInfo, AssociationInput, TypeInfo, TypeInput
from ui.membership.form_dialog import FormDialog
from ui.widgets.logo_picker import LogoPicker

MAX_GRACE, MAX_MONTHS = 365, 120


class AssociationDialog(FormDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, existing: AssociationInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Association") if existing else self.tr("New association"),
                         parent)
        self.ctx, self.user, self.existing = ctx, user, existing
        self.inputs = {name: QLineEdit() for name in (
            "code", "name", "legal_id", "registration_no", "chair", "secretary", "phone")}
        self.inputs["code"].setPlaceholderText("ANJ")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        self.logo = LogoPicker()
        captions = {"code": self.tr("Short code:"), "name": self.tr("Name:"),
                    "legal_id": self.tr("National ID (legal entity):"),
                    "registration_no": self.tr("Registration number:"),
                    "chair": self.tr("Chair:"), "secretary": self.tr("Secretary:"),
                    "phone": self.tr("Phone:")}
        for name, widget in self.inputs.items():
            self.add(captions[name], name, widget)
        self.add(self.tr("Address:"), "address", self.address)
        self.add(self.tr("Logo for cards:"), "logo", self.logo)
        if existing is not None:
            for name in self.inputs:
                value = str(getattr(existing, name))
                digits = name in ("legal_id", "registration_no", "phone")
                self.inputs[name].setText(to_persian_digits(value) if digits else value)
            self.address.setPlainText(existing.address)
            self.logo.set_current(membership.logo_file(ctx, user, existing.id))
        self.fit_height()

    def work(self) -> Callable[[], Any]:
        data = AssociationInput(**{n: w.text() for n, w in self.inputs.items()},
                                address=self.address.toPlainText())
        ctx, user, existing = self.ctx, self.user, self.existing
        logo, cleared = self.logo.chosen_file(), self.logo.was_cleared()

        def run() -> AssociationInfo:
            saved = (membership.update_association(ctx, user, existing.id, data) if existing
                     else membership.add_association(ctx, user, data))
            if logo is not None or cleared:
                saved = membership.set_association_logo(ctx, user, saved.id, logo)
            return saved

        return run


def _rials(edit: QLineEdit, field: str, optional: bool = False) -> int | None:
    text = to_ascii_digits(edit.text()).replace(",", "").replace("٬", "").strip()
    if not text and optional:
        return None
    if not text.isdigit():
        raise ValidationError(field, "invalid_fee")
    return int(text)


class TypeDialog(FormDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, association: AssociationInfo,
                 existing: TypeInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Membership type") if existing else
                         self.tr("New membership type"), parent)
        self.ctx, self.user, self.association, self.existing = ctx, user, association, existing
        self.name = QLineEdit()
        self.entry_fee, self.yearly_fee, self.renewal_fee = QLineEdit(), QLineEdit(), QLineEdit()
        self.renewal_fee.setPlaceholderText(self.tr("the yearly fee"))
        self.vote = QCheckBox(self.tr("Members of this type vote"))
        self.rule = QComboBox()
        self.rule.addItem(self.tr("The Jalali year (from 1 Farvardin)"), "jalali_year")
        self.rule.addItem(self.tr("A number of months from the start"), "months")
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(12)
        self.months.setAccessibleName(self.rule.itemText(1))  # «a number of months …»
        self.grace = QSpinBox()
        self.grace.setRange(0, MAX_GRACE)
        self.grace.setValue(30)
        self.active = QCheckBox(self.tr("Active (new members may join with it)"))
        self.active.setChecked(True)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rule, 1)
        row.addWidget(self.months)
        self.rule.currentIndexChanged.connect(
            lambda _i: self.months.setEnabled(self.rule.currentData() == "months"))
        self.add(self.tr("Name:"), "name", self.name)
        self.add(self.tr("Entry fee (rials):"), "entry_fee", self.entry_fee)
        self.add(self.tr("Yearly fee (rials):"), "yearly_fee", self.yearly_fee)
        self.add(self.tr("Renewal fee (rials):"), "renewal_fee", self.renewal_fee)
        self.add(self.tr("Period:"), "period", period)
        self.add(self.tr("Grace days:"), "grace_days", self.grace)
        self.add("", "vote", self.vote)
        self.add("", "active", self.active)
        if existing is not None:
            self.name.setText(existing.name)
            self.entry_fee.setText(membership.grouped(existing.entry_fee))
            self.yearly_fee.setText(membership.grouped(existing.yearly_fee))
            if existing.renewal_fee is not None:
                self.renewal_fee.setText(membership.grouped(existing.renewal_fee))
            self.vote.setChecked(existing.vote)
            self.rule.setCurrentIndex(self.rule.findData(existing.period_rule))
            self.months.setValue(existing.period_months or 12)
            self.grace.setValue(existing.grace_days)
            self.active.setChecked(existing.active)
        self.months.setEnabled(self.rule.currentData() == "months")
        self.fit_height()

    def work(self) -> Callable[[], Any]:
        period = ("jalali_year" if self.rule.currentData() == "jalali_year"
                  else f"months:{self.months.value()}")
        data = TypeInput(
            association=self.association.code, name=self.name.text(),
            entry_fee=_rials(self.entry_fee, "entry_fee") or 0,
            yearly_fee=_rials(self.yearly_fee, "yearly_fee") or 0,
            renewal_fee=_rials(self.renewal_fee, "renewal_fee", optional=True),
            vote=self.vote.isChecked(), period=period, grace_days=self.grace.value(),
            active=self.active.isChecked())
        ctx, user, existing = self.ctx, self.user, self.existing
        if existing is not None:
            return lambda: membership.update_type(ctx, user, existing.id, data)
        return lambda: membership.add_type(ctx, user, data)
