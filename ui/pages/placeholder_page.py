"""A tidy stand-in for a page that later work fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.page_header import page_title


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = page_title(title)
        note = QLabel(self.tr("Coming soon"))
        note.setObjectName("placeholderText")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addStretch(2)
