"""The tables of membership's screens (read-only rows of the api's DTOs)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretariat.membership.api import (
    AssociationInfo,
    MembershipRow,
    PaymentInfo,
    PaymentMethod,
    PeriodInfo,
    PeriodRule,
    PersonKind,
    TypeInfo,
    UnitInfo,
)
from ui.membership.common import Amounts, day_text, digits, status_colour, status_text
from ui.models.row_list_model import RowListModel


class AssociationsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Code"), self.tr("Name"), self.tr("Chair"),
                          self.tr("Members"), self.tr("Active")))

    def cell_text(self, row: AssociationInfo, column: int) -> str:
        return (row.code, row.name, row.chair, digits(row.members),
                self.tr("Yes") if row.active else self.tr("No"))[column]

    def cell_data(self, row: AssociationInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return status_colour("terminated")
        return None


class TypesModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Type"), self.tr("Entry fee"), self.tr("Yearly fee"),
                          self.tr("Renewal fee"), self.tr("Period"), self.tr("Grace days"),
                          self.tr("Vote"), self.tr("Active")))

    def cell_text(self, row: TypeInfo, column: int) -> str:
        if row.period_rule == PeriodRule.MONTHS:
            period = self.tr("{n} months").format(n=digits(row.period_months))
        else:
            period = self.tr("Jalali year")
        renewal = Amounts.text(row.renewal_fee) if row.renewal_fee is not None else "—"
        return (row.name, Amounts.text(row.entry_fee), Amounts.text(row.yearly_fee), renewal,
                period, digits(row.grace_days), self.tr("Yes") if row.vote else self.tr("No"),
                self.tr("Yes") if row.active else self.tr("No"))[column]


class UnitsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Name"), self.tr("Person"), self.tr("National ID"),
                          self.tr("Mobile"), self.tr("Industrial park")))

    def cell_text(self, row: UnitInfo, column: int) -> str:
        return (row.name, PersonKind.label_of(row.person), digits(row.national_id),
                digits(row.mobile), row.industrial_park)[column]


class MembersModel(RowListModel):
    def __init__(self, with_unit: bool = True) -> None:
        self.with_unit = with_unit
        headers = [self.tr("Number"), self.tr("Association")]
        if with_unit:
            headers += [self.tr("Unit"), self.tr("National ID")]
        headers += [self.tr("Type"), self.tr("Status"), self.tr("Valid until"),
                    self.tr("Arrears")]
        super().__init__(headers)

    def cell_text(self, row: MembershipRow, column: int) -> str:
        values = [row.number, row.association_name]
        if self.with_unit:
            values += [row.unit_name, digits(row.national_id)]
        values += [row.type_name, status_text(row.status), day_text(row.valid_until),
                   Amounts.text(row.arrears) if row.arrears else "—"]
        return values[column]

    def cell_data(self, row: MembershipRow, column: int, role: int) -> object:
        status_column = 5 if self.with_unit else 3
        if role == Qt.ItemDataRole.ForegroundRole and column == status_column:
            return status_colour(row.status)
        return None


class PeriodsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Period"), self.tr("From"), self.tr("To"), self.tr("Due"),
                          self.tr("Paid"), self.tr("Owed")))

    def cell_text(self, row: PeriodInfo, column: int) -> str:
        return (digits(row.seq), day_text(row.start), day_text(row.end), Amounts.text(row.due),
                Amounts.text(row.paid), Amounts.text(row.arrears) if row.arrears else "—")[column]

    def cell_data(self, row: PeriodInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.arrears:
            return status_colour("expired")
        return None


class PaymentsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__((self.tr("Receipt"), self.tr("Date"), self.tr("Amount"),
                          self.tr("Method"), self.tr("Reference"), self.tr("Periods"),
                          self.tr("State")))

    def cell_text(self, row: PaymentInfo, column: int) -> str:
        periods = "، ".join(digits(a.period_seq) for a in row.allocations)
        state = self.tr("Reversed: {reason}").format(reason=row.reversal_reason) \
            if row.reversed else self.tr("Valid")
        return (digits(row.receipt), day_text(row.paid_on), Amounts.text(row.amount),
                PaymentMethod.label_of(row.method), digits(row.reference), periods,
                state)[column]

    def cell_data(self, row: PaymentInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.reversed:
            return status_colour("terminated")
        return None
