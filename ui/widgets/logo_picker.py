"""Pick the organisation's logo (PNG/JPG) with a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

PREVIEW_SIZE = 96


class LogoPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: Path | None = None  # a new file picked here, not yet stored
        self._cleared = False
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.setMinimumHeight(PREVIEW_SIZE)  # form layouts otherwise squeeze the preview
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._browse)
        self.clear_button = QPushButton(self.tr("Remove"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        layout.addStretch()
        self._show(None)

    def set_current(self, path: Path | None) -> None:
        """Show the logo already stored (not a new choice)."""
        self._chosen = None
        self._cleared = False
        self._show(path)

    def set_file(self, path: Path) -> None:
        self._chosen = path
        self._cleared = False
        self._show(path)
        self.changed.emit()

    def clear(self) -> None:
        self._chosen = None
        self._cleared = True
        self._show(None)
        self.changed.emit()

    def chosen_file(self) -> Path | None:
        return self._chosen

    def was_cleared(self) -> bool:
        return self._cleared

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_file(Path(name))

    def _show(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setPixmap(pixmap.scaled(
                PREVIEW_SIZE - 4, PREVIEW_SIZE - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.clear_button.setEnabled(not pixmap.isNull())
