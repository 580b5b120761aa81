"""واحدهای عضو: member units (parties of the address book), each with its memberships and
documents. Where an expert sees a unit's memberships the page says that membership never
gates a transferred case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
    DocumentKind,
    MembershipChanged,
    MembershipPermission,
    PersonKind,
    TypeInfo,
    UnitChanged,
    UnitDetail,
    UnitInfo,
    UnitsImported,
)
from ui.bidi import isolate_cells
from ui.excel_export import ask_path, run_export
from ui.membership.common import NEVER_GATES, Amounts, day_text, digits
from ui.membership.member_dialogs import JoinDialog
from ui.membership.models import MembersModel, UnitsModel
from ui.membership.unit_dialog import UnitDialog
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.tasks import Task
from ui.widgets.tables import configure_list_table, select_row

LIST_LIMIT = 500
TYPING_PAUSE_MS = 250


class UnitsPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.can_manage = role_allows(user.role, MembershipPermission.MANAGE)
        self.detail: UnitDetail | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or national ID"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.model = UnitsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._load_detail())
        self.table.doubleClicked.connect(lambda _i: self.edit_unit())
        self.count = QLabel()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(NEVER_GATES)
        self.notice.setProperty("role", "hint")
        self.notice.setWordWrap(True)
        self.members_model = MembersModel(with_unit=False)
        self.members = QTableView()
        self.members.setModel(self.members_model)
        configure_list_table(self.members)
        self.documents = QListWidget()
        isolate_cells(self.documents)  # file names mix Persian, Latin and numbers
        self.documents.itemDoubleClicked.connect(self.open_document)
        self.document_kind = QComboBox()
        for kind in DocumentKind:
            self.document_kind.addItem(kind.label, kind.value)

        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        bar = QHBoxLayout()
        for key, text, slot in (("add", self.tr("New unit…"), self.add_unit),
                                ("edit", self.tr("Edit…"), self.edit_unit),
                                ("join", self.tr("Join an association…"), self.join),
                                ("import", self.tr("Import from Excel…"), self.import_units),
                                ("export", self.tr("Export the directory…"), self.export)):
            self.buttons[key] = QPushButton(text)
            self.buttons[key].clicked.connect(slot)
            self.buttons[key].setVisible(self.can_manage or key == "export")
            bar.addWidget(self.buttons[key])
        bar.addStretch()
        self.attach_button = QPushButton(self.tr("Attach a document…"))
        self.attach_button.clicked.connect(self.attach)
        self.attach_button.setVisible(self.can_manage)
        self.document_kind.setVisible(self.can_manage)

        left = QWidget()
        list_box = QVBoxLayout(left)
        list_box.setContentsMargins(0, 0, 0, 0)
        list_box.addLayout(top)
        list_box.addWidget(self.table)
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.summary)
        members_box = QGroupBox(self.tr("Memberships"))
        mb = QVBoxLayout(members_box)
        mb.addWidget(self.notice)
        mb.addWidget(self.members)
        detail.addWidget(members_box, 2)
        documents_box = QGroupBox(self.tr("Documents"))
        db = QVBoxLayout(documents_box)
        db.addWidget(self.documents)
        attach = QHBoxLayout()
        attach.addWidget(self.document_kind)
        attach.addWidget(self.attach_button)
        attach.addStretch()
        db.addLayout(attach)
        detail.addWidget(documents_box, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Member units")))
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.follow((UnitChanged, UnitsImported, MembershipChanged))
        self._update_buttons()

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        ctx, user, text = self.ctx, self.user, self.search.text()

        def load() -> tuple[list[UnitInfo], str]:
            return membership.list_units(ctx, user, text, LIST_LIMIT), membership.amount_unit(ctx)

        self.requests.run("list", load, lambda found: self._show(found, select))

    def _show(self, found: tuple[list[UnitInfo], str], select: int | None) -> None:
        units, Amounts.unit = found
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_rows(units)
        self.count.setText(self.tr("{n} units").format(n=digits(len(units))))
        row = self.model.find_row(lambda u: u.id == wanted) if wanted is not None else -1
        if row >= 0:
            select_row(self.table, row)
        self._load_detail()

    def selected(self) -> UnitInfo | None:
        rows = self.table.selectionModel().selectedRows()
        found: UnitInfo | None = self.model.row_at(rows[0].row()) if rows else None
        return found

    def _load_detail(self) -> None:
        chosen = self.selected()
        self._update_buttons()
        if chosen is None:
            self._show_detail(None)
            return
        ctx, user, unit_id = self.ctx, self.user, chosen.id
        self.requests.run("detail", lambda: membership.get_unit(ctx, user, unit_id),
                          self._show_detail)

    def _show_detail(self, found: UnitDetail | None) -> None:
        self.detail = found
        self.members_model.set_rows(found.memberships if found else [])
        self.documents.clear()
        if found is None:
            self.summary.setText(self.tr("Choose a unit to see its memberships and documents."))
            return
        u = found.unit
        lines = [f"<b>{u.name}</b> — {PersonKind.label_of(u.person)}",
                 self.tr("National ID: {id}; economic code: {code}").format(
                     id=digits(u.national_id), code=digits(u.economic_code) or "—"),
                 self.tr("Registration: {no} {office} {date}").format(
                     no=digits(u.registration_no) or "—", office=u.registration_office,
                     date=day_text(u.registration_date) if u.registration_date else ""),
                 self.tr("Phone: {phone}; mobile: {mobile}; postal code: {postal}").format(
                     phone=digits(u.phone) or "—", mobile=digits(u.mobile) or "—",
                     postal=digits(u.postal_code) or "—"),
                 digits(u.address)]
        if u.representative.name:
            lines.append(self.tr("Representative: {name} ({post}) {mobile}").format(
                name=u.representative.name, post=u.representative.post,
                mobile=digits(u.representative.mobile)))
        self.summary.setText("<br>".join(line for line in lines if line))
        for d in found.documents:
            item = QListWidgetItem(f"{DocumentKind.label_of(d.kind)}: {d.filename}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.documents.addItem(item)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for key in ("edit", "join"):
            self.buttons[key].setEnabled(chosen)
        self.attach_button.setEnabled(chosen)

    # --- actions ------------------------------------------------------------------------

    def add_unit(self) -> UnitDialog:
        dialog = UnitDialog(self.ctx, self.user, None, self)
        return self._open(dialog)

    def edit_unit(self) -> UnitDialog | None:
        chosen = self.selected()
        if chosen is None or not self.can_manage:
            return None
        return self._open(UnitDialog(self.ctx, self.user, chosen, self))

    def _open(self, dialog: UnitDialog) -> UnitDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda unit: self.refresh(unit.id))
        dialog.open()
        return dialog

    def join(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ctx, user = self.ctx, self.user

        def load() -> tuple[list[AssociationInfo], list[TypeInfo]]:
            return membership.list_associations(ctx, user), membership.list_types(ctx, user)

        self.requests.run("join", load, lambda found: self._open_join(chosen, *found))

    def _open_join(self, unit: UnitInfo, associations: list[AssociationInfo],
                   types: list[TypeInfo]) -> None:
        dialog = JoinDialog(self.ctx, self.user, unit, associations, types, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _m: self._load_detail())
        dialog.open()
        self.join_dialog = dialog

    def attach(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"))
        if names:
            self.attach_files(chosen.id, [Path(n) for n in names])

    def attach_files(self, unit_id: int, files: list[Path]) -> None:
        ctx, user, kind = self.ctx, self.user, str(self.document_kind.currentData())
        self.requests.run("attach", lambda: membership.attach_documents(
            ctx, user, unit_id, kind, files), lambda _docs: self._load_detail())

    def open_document(self, item: QListWidgetItem) -> None:
        ctx, user, doc_id = self.ctx, self.user, int(item.data(Qt.ItemDataRole.UserRole))
        def opened(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.requests.run("open", lambda: membership.document_file(ctx, user, doc_id), opened)

    def import_units(self) -> QWidget:
        from ui.membership.import_dialog import ImportDialog  # deferred: openpyxl on use

        dialog = ImportDialog(self.ctx, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _n: self.refresh())
        dialog.open()
        return dialog

    def export(self) -> None:
        path = ask_path(self, "members")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Task:
        """The whole directory, off the UI thread with progress and Cancel (55,000 rows take
        seconds)."""
        ctx, user = self.ctx, self.user
        return run_export(self, path, lambda out, progress, stop: membership.export_directory(
            ctx, user, out, None, progress, stop))
