"""A letter's attachments: open with the system viewer, save a copy, add more (drop or pick).

Opening copies the stored file (checked against its hash by the service) into a
private temporary folder under its own name and hands it to the desktop
(``QDesktopServices``), so the store itself is never given to another program.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as attachments
from secretariat.correspondence.api import AttachmentInfo
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.bidi import isolate, isolate_cells
from ui.tasks import run_task
from ui.widgets.attachment_drop import dropped_files
from ui.widgets.form_errors import FormErrors

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1
_open_folder: Path | None = None


def open_folder() -> Path:
    """One private folder per run for the copies handed to the system viewer."""
    global _open_folder
    if _open_folder is None:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        _open_folder = Path(tempfile.mkdtemp(prefix="secretariat-open-", dir=base or None))
    return _open_folder


class AttachmentsSection(QWidget):
    opened = Signal(object)  # the Path handed to the system viewer
    attached = Signal()  # new files were added to the letter

    def __init__(self, ctx: AppContext, user: CurrentUser, can_attach: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.can_attach = ctx, user, can_attach
        self.letter_id: int | None = None
        self.errors = FormErrors()
        self.list = QListWidget()
        isolate_cells(self.list)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.setAcceptDrops(False)  # files dropped on the list reach this widget
        self.setAcceptDrops(can_attach)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save to a folder…"))
        self.save_button.clicked.connect(self.save_selected)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.add_button.setVisible(can_attach)
        self.hint = QLabel(self.tr("Drop files here to attach them."))
        self.hint.setProperty("role", "hint")
        self.hint.setVisible(can_attach)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.add_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.errors.message_label)
        layout.addLayout(buttons)

    def show_attachments(self, letter_id: int, files: tuple[AttachmentInfo, ...],
                         can_attach: bool) -> None:
        self.letter_id = letter_id
        self.can_attach = can_attach
        self.add_button.setVisible(can_attach)
        self.hint.setVisible(can_attach)
        self.setAcceptDrops(can_attach)
        self.list.clear()
        for info in files:
            item = QListWidgetItem(self.tr("{name} ({size}, {at}, {who})").format(
                name=isolate(info.filename), size=labels.file_size_text(info.size),
                at=labels.datetime_text(info.added_at),
                who=labels.person_text(info.added_by_name, "", info.added_by)))
            item.setData(ATTACHMENT_ROLE, info)
            self.list.addItem(item)
        if files:
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(files))
        self.save_button.setEnabled(bool(files))

    def selected(self) -> AttachmentInfo | None:
        item = self.list.currentItem()
        info = item.data(ATTACHMENT_ROLE) if item is not None else None
        return info if isinstance(info, AttachmentInfo) else None

    # --- open and save -------------------------------------------------------------

    def open_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self._export(info, open_folder() / str(info.id), self._open)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.opened.emit(path)

    def save_selected(self) -> QFileDialog | None:
        info = self.selected()
        if info is None:
            return None
        dialog = QFileDialog(self, self.tr("Choose a folder for the copy"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda folder: self._export(info, Path(folder), None))
        dialog.open()
        return dialog

    def _export(self, info: AttachmentInfo, folder: Path, then: object) -> None:
        ctx, user = self.ctx, self.user
        self.errors.clear()
        run_task(lambda: attachments.export_attachment(ctx, user, info.id, folder),
                 on_finished=then if callable(then) else None,
                 on_failed=lambda exc: self.errors.show_failure(exc, self), context=self)

    # --- adding --------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose files to attach"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda names: self.attach([Path(n) for n in names]))
        dialog.open()
        return dialog

    def attach(self, files: list[Path]) -> None:
        if not files or self.letter_id is None or not self.can_attach:
            return
        ctx, user, letter_id = self.ctx, self.user, self.letter_id
        self.errors.clear()
        self.add_button.setEnabled(False)

        def done(_infos: object) -> None:
            self.add_button.setEnabled(True)
            self.attached.emit()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self.errors.show_failure(exc, self)

        run_task(lambda: attachments.attach_files(ctx, user, letter_id, files),
                 on_finished=done, on_failed=failed, context=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.can_attach and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self.can_attach and files:
            event.acceptProposedAction()
            self.attach(files)
        else:
            event.ignore()
