"""Files to attach: dropped from the file manager or chosen with a file picker.

Only the kinds the service accepts (PDF, images, Office files) are taken; the
others are named in a message under the list. The files are copied into the
store when the letter is saved (``attachments.attach_files``, off the UI thread).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import ALLOWED_EXTENSIONS
from ui.bidi import isolate_cells

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def dropped_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class _DropList(QListWidget):
    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            event.ignore()


class AttachmentDrop(QWidget):
    """``files()`` are the chosen paths, in the order they were added."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _DropList()
        isolate_cells(self.list)
        self.list.setMinimumHeight(60)
        self.list.setToolTip(self.tr("Drop files here"))
        self.list.filesDropped.connect(self.add_files)
        self.hint = QLabel(self.tr("Drop PDF, image or Office files here, or choose them."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.refused = QLabel()
        self.refused.setProperty("role", "fieldError")
        self.refused.setWordWrap(True)
        self.refused.hide()
        self.add_button = QPushButton(self.tr("Choose files…"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the letter form registers the letter
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.refused)
        layout.addLayout(buttons)
        self._update()

    def files(self) -> list[Path]:
        return [Path(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]

    def add_files(self, paths: list[Path]) -> None:
        present = set(self.files())
        refused = []
        for path in paths:
            if path.suffix.lower() not in ALLOWED_EXTENSIONS or not path.is_file():
                refused.append(path.name)
                continue
            if path in present:
                continue
            present.add(path)
            item = QListWidgetItem(path.name)  # shown isolated (ui.bidi): any mix of scripts
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if refused:
            self.refused.setText(self.tr(
                "Not attached (only PDF, image and Office files): {names}").format(
                    names="، ".join(refused)))
            self.refused.show()
        else:
            self.refused.hide()
        self._update()
        self.changed.emit()

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose files to attach"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        patterns = " ".join("*" + ext for ext in sorted(ALLOWED_EXTENSIONS))
        dialog.setNameFilters([self.tr("Letters and scans ({patterns})").format(
            patterns=patterns)])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self.refused.hide()
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.count() > 0)
