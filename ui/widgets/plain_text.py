"""A box for running text (summary, body, هامش, a reason) that reads right in both directions.

``QPlainTextEdit`` lays every paragraph out from the left edge in a right-to-left window:
a Persian summary starts at the wrong side. ``QTextEdit`` aligns each paragraph by its own
first strong letter (a Persian paragraph from the right, a Latin one from the left: first-
strong per paragraph), so the text boxes are plain-text ``QTextEdit``s: no rich text pasted,
Tab moves to the next field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

PADDING = 12


class PlainTextEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None, lines: int = 0,
                 fixed: bool = False) -> None:
        """``lines``: the height it starts with (and keeps, when ``fixed``)."""
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        if lines:
            height = self.fontMetrics().lineSpacing() * lines + PADDING
            self.setMinimumHeight(height)
            if fixed:
                self.setMaximumHeight(height)
                self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
