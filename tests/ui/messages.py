"""The message boxes a screen put up, read and closed (tests only)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def close_messages() -> list[str]:
    """The text of every visible message box, each closed."""
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts
