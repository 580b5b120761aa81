"""A warning under a password field while Caps Lock is on.

Qt does not report the Caps Lock key's state. Windows is asked directly (``GetKeyState``)
when the field gets the focus; everywhere, each letter typed tells: a capital typed without
Shift (or a small letter with it) means Caps Lock is on. Persian letters have no case and
leave the warning as it was.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

VK_CAPITAL = 0x14


def windows_caps_lock() -> bool | None:
    """Caps Lock's state on Windows (None elsewhere: not known until a letter is typed)."""
    if sys.platform != "win32":
        return None
    import ctypes  # only on Windows

    windll = getattr(ctypes, "windll")  # noqa: B009 - only Windows has it
    return bool(windll.user32.GetKeyState(VK_CAPITAL) & 1)


def caps_lock_from(event: QKeyEvent) -> bool | None:
    """What a typed letter says about Caps Lock (None: a key without case)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class CapsLockWarning(QLabel):
    """Watches password ``fields``; shown (under them) while Caps Lock is on."""

    def __init__(self, *fields: QLineEdit) -> None:
        super().__init__()
        self.setText(self.tr("Caps Lock is on."))
        self.setProperty("role", "fieldError")
        self.fields = fields
        for field in fields:
            field.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.fields:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_CapsLock:
                    self.setVisible(not self.isVisible())
                else:
                    state = caps_lock_from(event)
                    if state is not None:
                        self.setVisible(state)
            elif event.type() == QEvent.Type.FocusIn:
                state = windows_caps_lock()
                if state is not None:
                    self.setVisible(state)
            elif event.type() == QEvent.Type.FocusOut:
                self.hide()
        return False
