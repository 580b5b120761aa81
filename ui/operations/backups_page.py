"""پشتیبان‌ها: how old the last good backup is, every archive with its verified state, and
what to do with them (back up now, verify, restore), and the second backup folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import BackupInfo, BackupMade, BackupStatus
from ui.i18n import ltr_in_rtl
from ui.models.row_list_model import RowListModel
from ui.operations.backup_actions import back_up_now, size_text, verify
from ui.operations.backup_status import RED, age_text, failure_text, is_alarming
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.tables import configure_list_table, select_row


class BackupsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__([self.tr("Made"), self.tr("Kind"), self.tr("State"),
                          self.tr("Letters"), self.tr("Size"), self.tr("File")])

    def kind_text(self, kind: str) -> str:
        return {"manual": self.tr("by hand"), "daily": self.tr("daily"),
                "close": self.tr("at closing"), "pre-restore": self.tr("before a restore"),
                }.get(kind, kind)

    def state_text(self, verified: bool | None) -> str:
        return {True: self.tr("good"), False: self.tr("NOT good"),
                None: self.tr("not verified")}[verified]

    def cell_text(self, row: BackupInfo, column: int) -> str:
        if column == 0:
            return format_jalali_datetime(row.created)
        if column == 1:
            return self.kind_text(row.kind)
        if column == 2:
            return self.state_text(row.verified)
        if column == 3:
            return to_persian_digits(str(row.letters))
        if column == 4:
            return size_text(row.size)
        return ltr_in_rtl(str(row.path))

    def cell_data(self, row: BackupInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.verified is False:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason or str(row.path)
        return None


class BackupsPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.status_label.setFont(font)
        self.failure_label = QLabel()
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet(RED)
        self.model = BackupsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Restore another archive…"))
        self.other_button.clicked.connect(self.restore_other)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.no_folder_button = QPushButton(self.tr("No second folder"))
        self.no_folder_button.clicked.connect(lambda: self.set_folder(None))

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button,
                       self.other_button):
            buttons.addWidget(button)
        buttons.addStretch()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.no_folder_button)
        hint = QLabel(self.tr(
            "Backups are made every day while the application runs and when it closes, kept "
            "for 7 days, 4 weeks and 12 months, and verified as soon as they are written. Keep "
            "a second copy away from this computer: a USB drive or a network folder."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Backups")))
        layout.addWidget(self.status_label)
        layout.addWidget(self.failure_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(folder_row)
        layout.addWidget(hint)
        self._update_buttons()
        self.follow((BackupMade,))

    def activate(self) -> None:
        data_dir = self.ctx.data_dir
        self.requests.run("list", lambda: (operations.backup_status(data_dir),
                                           operations.list_backups(data_dir),
                                           operations.backup_folder(data_dir)), self._show)

    def _show(self, found: tuple[BackupStatus, list[BackupInfo], Path | None]) -> None:
        status, backups, folder = found
        current = self.selected()
        self.status_label.setText(age_text(status))
        self.status_label.setStyleSheet(RED if is_alarming(status) else "")
        self.failure_label.setText(failure_text(status))
        self.failure_label.setVisible(status.last_failure is not None)
        self.model.set_rows(backups)
        if current is not None:
            select_row(self.table, self.model.find_row(lambda b: b.path == current.path))
        self.folder_label.setText(
            self.tr("Second backup folder: {folder}").format(folder=ltr_in_rtl(str(folder)))
            if folder else self.tr("Second backup folder: none"))
        self.no_folder_button.setEnabled(folder is not None)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        found: BackupInfo | None = self.model.row_at(rows[0].row()) if rows else None
        return found

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def back_up(self) -> None:
        back_up_now(self, self.ctx, self.user, lambda _made: self.activate())

    def verify_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            verify(self, chosen, lambda _v: self.activate())

    def restore_selected(self) -> QWidget | None:
        chosen = self.selected()
        if chosen is None:
            return None
        from ui.operations.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self.user, chosen.path, self)
        dialog.open()
        return dialog

    def restore_other(self) -> QWidget | None:
        from ui.operations.restore_dialog import choose_and_restore

        return choose_and_restore(self, self.ctx, self.user)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path | None) -> None:
        ctx, user = self.ctx, self.user
        self.requests.run("folder", lambda: operations.set_backup_folder(ctx, user, folder),
                          lambda _none: self.activate())
