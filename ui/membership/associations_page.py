"""انجمن‌ها: the associations (deactivated, never deleted) and each one's membership types,
and whether amounts are shown in rials or tomans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.permissions import role_allows
from secretariat.membership import api as membership
from secretariat.membership.api import (
    AmountUnit,
    AssociationChanged,
    AssociationInfo,
    MembershipPermission,
    MembershipTypeChanged,
    TypeInfo,
)
from ui.membership.association_dialogs import AssociationDialog, TypeDialog
from ui.membership.common import Amounts
from ui.membership.models import AssociationsModel, TypesModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.tables import configure_list_table, select_row


class AssociationsPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.can_manage = role_allows(user.role, MembershipPermission.MANAGE)
        self.model, self.types_model = AssociationsModel(), TypesModel()
        self.table, self.types = QTableView(), QTableView()
        for table, model in ((self.table, self.model), (self.types, self.types_model)):
            table.setModel(model)
            configure_list_table(table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.edit_association())
        self.types.doubleClicked.connect(lambda _i: self.edit_type())
        self.unit = QComboBox()
        for unit in AmountUnit:
            self.unit.addItem(unit.label, unit.value)
        self.unit.setEnabled(self.can_manage)
        self.unit.activated.connect(lambda _i: self._unit_chosen())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
                ("add", self.tr("New association…"), self.add_association),
                ("edit", self.tr("Edit…"), self.edit_association),
                ("active", self.tr("Deactivate"), self.toggle_active)):
            self.buttons[key] = QPushButton(text)
            self.buttons[key].clicked.connect(slot)
            self.buttons[key].setVisible(self.can_manage)
            bar.addWidget(self.buttons[key])
        bar.addStretch()
        bar.addWidget(QLabel(self.tr("Show amounts in:")))
        bar.addWidget(self.unit)
        type_bar = QHBoxLayout()
        for key, text, slot in (("add_type", self.tr("New type…"), self.add_type),
                                ("edit_type", self.tr("Edit type…"), self.edit_type)):
            self.buttons[key] = QPushButton(text)
            self.buttons[key].clicked.connect(slot)
            self.buttons[key].setVisible(self.can_manage)
            type_bar.addWidget(self.buttons[key])
        type_bar.addStretch()
        types_box = QGroupBox(self.tr("Membership types of the selected association"))
        box = QVBoxLayout(types_box)
        box.addLayout(type_bar)
        box.addWidget(self.types)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Associations")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(types_box, 2)
        self.follow((AssociationChanged, MembershipTypeChanged, SettingsChanged))
        self._update_buttons()

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        ctx, user = self.ctx, self.user

        def load() -> tuple[list[AssociationInfo], list[TypeInfo], str]:
            return (membership.list_associations(ctx, user), membership.list_types(ctx, user),
                    membership.amount_unit(ctx))

        self.requests.run("list", load, lambda found: self._show(found, select))

    def _show(self, found: tuple[list[AssociationInfo], list[TypeInfo], str],
              select: int | None) -> None:
        associations, self.all_types, Amounts.unit = found
        self.unit.setCurrentIndex(self.unit.findData(Amounts.unit))
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_rows(associations)
        row = self.model.find_row(lambda a: a.id == wanted) if wanted is not None else 0
        select_row(self.table, max(row, 0))
        self._selected()

    def selected(self) -> AssociationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        found: AssociationInfo | None = self.model.row_at(rows[0].row()) if rows else None
        return found

    def selected_type(self) -> TypeInfo | None:
        rows = self.types.selectionModel().selectedRows()
        found: TypeInfo | None = self.types_model.row_at(rows[0].row()) if rows else None
        return found

    def _selected(self) -> None:
        chosen = self.selected()
        types = getattr(self, "all_types", [])
        self.types_model.set_rows([t for t in types if chosen and t.association_id == chosen.id])
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for key in ("edit", "active", "add_type", "edit_type"):
            self.buttons[key].setEnabled(chosen is not None)
        if chosen is not None:
            self.buttons["active"].setText(self.tr("Deactivate") if chosen.active
                                           else self.tr("Activate"))

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _value: self.refresh())  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def add_association(self) -> QWidget:
        return self._open(AssociationDialog(self.ctx, self.user, None, self))

    def edit_association(self) -> QWidget | None:
        chosen = self.selected()
        if chosen is None or not self.can_manage:
            return None
        return self._open(AssociationDialog(self.ctx, self.user, chosen, self))

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ctx, user = self.ctx, self.user
        self.requests.run("active", lambda: membership.set_association_active(
            ctx, user, chosen.id, not chosen.active), lambda saved: self.refresh(saved.id))

    def add_type(self) -> QWidget | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self._open(TypeDialog(self.ctx, self.user, chosen, None, self))

    def edit_type(self) -> QWidget | None:
        chosen, kind = self.selected(), self.selected_type()
        if chosen is None or kind is None or not self.can_manage:
            return None
        return self._open(TypeDialog(self.ctx, self.user, chosen, kind, self))

    def _unit_chosen(self) -> None:
        ctx, user, unit = self.ctx, self.user, str(self.unit.currentData())
        self.requests.run("unit", lambda: membership.set_amount_unit(ctx, user, unit),
                          lambda _u: self.refresh())
