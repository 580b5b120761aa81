"""Under a new-password field: the one password rule, and as the user types, whether the
password would be taken or why not.

Both sentences come from the kernel (``accounts.password_rule``, ``accounts.password_verdict``:
the same check the service makes), so every screen says the same thing and says it before
OK is pressed. zxcvbn takes a few milliseconds; it runs on the UI thread, a moment after
the last key (not once per key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from secretariat.kernel import accounts

SETTLE_MS = 150


def _set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class PasswordGuide(QWidget):
    """``personal()`` gives the words that make a password guessable for this user (the
    username and full name typed on the same form)."""

    def __init__(self, field: QLineEdit, personal: Callable[[], tuple[str, ...]] = tuple,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.personal = personal
        self.rule = QLabel(accounts.password_rule())
        self.rule.setWordWrap(True)
        _set_role(self.rule, "hint")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Password strength"))
        self.verdict.hide()
        for label in (self.rule, self.verdict):  # mirrored under right-to-left
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.rule)
        layout.addWidget(self.verdict)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.judge)
        field.textChanged.connect(lambda _text: self._timer.start())

    def watch(self, *fields: QLineEdit) -> None:
        """Judge again when these (the username, the full name) change."""
        for other in fields:
            other.textChanged.connect(lambda _text: self._timer.start()
                                      if self.field.text() else None)

    def judge(self) -> None:
        """Show now whether the typed password would be taken (nothing while it is empty)."""
        self._timer.stop()
        password = self.field.text()
        if not password:
            self.verdict.hide()
            return
        ok, sentence = accounts.password_verdict(password, *self.personal())
        self.verdict.setText(sentence)
        _set_role(self.verdict, "passwordOk" if ok else "passwordWeak")
        self.verdict.show()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Wrapped labels do not tell their window how tall their lines are: give each the
        height of its text at its width, and grow the window to hold them, so a two-line
        reason is never cut off (the window only grows, it never jumps smaller)."""
        width = max(self.rule.width(), self.verdict.width(), 1)
        for label in (self.rule, self.verdict):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
        top = self.window()
        if top is not self:
            needed = top.sizeHint().height()
            if top.height() < needed:
                top.resize(top.width(), needed)
