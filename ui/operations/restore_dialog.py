"""Restoring an archive: what it holds (its date and counts), whether it is good, a clear
warning, and where it goes.

Inside the app an archive is restored into another, empty folder (the office being worked
in is not touched while it is open); the application can then switch to that folder. At
first run (a new machine) it is restored into the data folder the wizard is setting up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.paths import remember_data_dir
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import BackupInfo, RestoreResult, Verification
from ui.crash import report_exception, show_message
from ui.i18n import QT_TRANSLATE_NOOP, ltr_in_rtl
from ui.operations.backup_actions import verdict_text
from ui.progress import ProgressBridge
from ui.tasks import run_task

WARNING_STYLE = "background: #fff4e5; border: 1px solid #e0a040; padding: 8px;"
COUNTED = (("letters", QT_TRANSLATE_NOOP("RestoreDialog", "Letters")),
           ("contacts", QT_TRANSLATE_NOOP("RestoreDialog", "Contacts")),
           ("referrals", QT_TRANSLATE_NOOP("RestoreDialog", "Referrals")),
           ("attachments", QT_TRANSLATE_NOOP("RestoreDialog", "Attached files")),
           ("users", QT_TRANSLATE_NOOP("RestoreDialog", "Users")))



class RestoreDialog(QDialog):
    """``target`` None: the person chooses an empty folder; a path: restore there (first run,
    after ``before_restore`` has released the database there)."""

    def __init__(self, ctx: AppContext | None, user: CurrentUser | None, archive: Path,
                 parent: QWidget | None = None, target: Path | None = None,
                 before_restore: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.user, self.archive = ctx, user, archive
        self.fixed_target = target
        self.before_restore = before_restore
        self.verdict: Verification | None = None
        self.result_: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)

        self.info = QFormLayout()
        self.state = QLabel(self.tr("Verifying the archive…"))
        self.state.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.folder = QLineEdit(str(target) if target else "")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("An empty folder"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.browse.setVisible(target is None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.info)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Restore into:")))
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)
        self._describe()
        self._verify()

    # --- what the archive says -----------------------------------------------------------

    def _describe(self) -> None:
        try:
            info = operations.backup_info(self.archive)
        except operations.OperationRefused as exc:
            self.state.setText(str(exc))
            return
        self.info.addRow(self.tr("Archive:"), QLabel(ltr_in_rtl(self.archive.name)))
        # RLM: a line that starts with digits would otherwise align to the left.
        self.info.addRow(self.tr("Made:"), QLabel("\u200f" + format_jalali_datetime(info.created)))
        if info.source:
            self.info.addRow(self.tr("From:"), QLabel(ltr_in_rtl(info.source)))
        counts = "، ".join(f"{self.tr(label)}: {to_persian_digits(str(info.counts.get(key, 0)))}"
                          for key, label in COUNTED)
        counts_label = QLabel(counts)
        counts_label.setWordWrap(True)
        self.info.addRow(self.tr("Holds:"), counts_label)
        self.warning.setText(self._warning_text(info))

    def _warning_text(self, info: BackupInfo) -> str:
        when = format_jalali_datetime(info.created)
        if self.fixed_target is not None:
            return self.tr(
                "This computer's office is set up from this backup of {when}: everything "
                "registered after it is not in it. The folder below gets the archive's data."
            ).format(when=when)
        return self.tr(
            "The backup of {when} is restored into a new, empty folder; the office you are "
            "working in now is not changed. Anything registered after {when} is not in the "
            "backup. Afterwards the application can switch to the restored folder."
        ).format(when=when)

    # --- is it good? ---------------------------------------------------------------------

    def _verify(self) -> None:
        bridge = ProgressBridge()
        bridge.setParent(self)
        bridge.progressed.connect(lambda p: self.bar.setValue(int(p.fraction * 1000)))
        archive = self.archive
        run_task(lambda: operations.verify_backup(archive, bridge.report), self._verified,
                 self._verify_failed, context=self)

    def _verified(self, verdict: Verification) -> None:
        self.verdict = verdict
        self.bar.setValue(1000)
        self.bar.hide()
        self.state.setText(verdict_text(verdict))
        self.state.setStyleSheet("" if verdict.ok else "color: #b00020; font-weight: bold;")
        self._update_button()

    def _verify_failed(self, exc: BaseException) -> None:
        self.bar.hide()
        self.state.setText(str(exc))

    # --- where ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An empty folder to restore into"))
        if folder:
            self.set_target(Path(folder))

    def set_target(self, folder: Path) -> None:
        self.folder.setText(str(folder))
        self._update_button()

    def target(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text) if text else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.verdict and self.verdict.ok and self.target()))

    # --- doing it ------------------------------------------------------------------------

    def restore(self) -> None:
        target = self.target()
        if target is None or not (self.verdict and self.verdict.ok):
            return
        if self.ctx is not None and self.fixed_target is None and (
                target.resolve() == self.ctx.data_dir.resolve()):
            show_message(self, QMessageBox.Icon.Warning,
                         str(operations.OperationRefused("restore_into_running")))
            return
        if self.before_restore is not None:
            self.before_restore()
        self.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        bridge = ProgressBridge()
        bridge.setParent(self)
        bridge.progressed.connect(lambda p: self.bar.setValue(int(p.fraction * 1000)))
        archive, user = self.archive, self.user

        def work() -> RestoreResult:
            if user is None:
                return operations.restore_backup(archive, target, progress=bridge.report)
            return operations.restore_backup(archive, target, actor=user,
                                             progress=bridge.report)

        run_task(work, self._restored, self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.bar.hide()
        report_exception(exc, self)

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        self.accept()
        if self.fixed_target is not None:
            return  # the wizard carries on with the restored folder
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restored"), self.tr(
            "The backup was restored into {folder}.\n\nWork with the restored folder from now "
            "on? The application closes; start it again to open it.").format(
                folder=ltr_in_rtl(result.target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: switch_to(Path(result.target)))
        box.open()


def switch_to(folder: Path) -> None:
    """Remember ``folder`` as the data folder and close, so the next start opens it."""
    remember_data_dir(folder)
    QApplication.closeAllWindows()


def choose_and_restore(parent: QWidget, ctx: AppContext | None, user: CurrentUser | None,
                       target: Path | None = None,
                       before_restore: Callable[[], None] | None = None) -> RestoreDialog | None:
    start = str(ctx.backups_dir) if ctx is not None else ""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("RestoreDialog", "Choose a backup"), start, QCoreApplication.translate("RestoreDialog", "Secretariat backups (*.zip)"))
    if not chosen:
        return None
    dialog = RestoreDialog(ctx, user, Path(chosen), parent, target, before_restore)
    dialog.open()
    return dialog
