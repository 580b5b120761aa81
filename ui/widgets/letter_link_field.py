"""A link to another letter (عطف / بازگشت، پیرو), typed by its number.

When the number is typed (Persian or ASCII digits) the letter is looked up off
the UI thread and its subject shown beside the field, so a wrong number is
seen before saving. Letters above the user's clearance are simply not found.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterDetail, LetterRef
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.text.digits import to_persian_digits
from ui import letter_labels as labels
from ui.crash import report_exception
from ui.messages import error_text
from ui.tasks import run_task


class LetterLinkField(QWidget):
    resolved = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("Letter number"))
        self.line_edit.setMaximumWidth(170)
        self.line_edit.editingFinished.connect(self.look_up)
        self.found = QLabel()
        self.found.setProperty("role", "hint")
        self.found.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.found, 1)
        self.setFocusProxy(self.line_edit)
        self._looked_up = ""

    def ref(self) -> str | None:
        text = self.line_edit.text().strip()
        return text or None

    def set_ref(self, ref: LetterRef | None) -> None:
        self.line_edit.setText(to_persian_digits(ref.number or str(ref.id)) if ref else "")
        self._looked_up = self.line_edit.text().strip()
        self.found.setText(ref.subject if ref else "")

    def clear(self) -> None:
        self.line_edit.clear()
        self.found.clear()
        self._looked_up = ""

    def look_up(self) -> None:
        text = self.line_edit.text().strip()
        if text == self._looked_up:
            return
        self._looked_up = text
        if not text:
            self.found.clear()
            return
        self.line_edit.setText(to_persian_digits(text))
        ctx, user = self.ctx, self.user
        run_task(lambda: letters.get_letter_by_ref(ctx, user, text),
                 on_finished=lambda detail: self._found(text, detail),
                 on_failed=lambda exc: self._not_found(text, exc), context=self)

    def _found(self, asked: str, detail: LetterDetail) -> None:
        if asked != self._looked_up:
            return
        self.found.setText(f"{labels.kind_label(detail.kind)}، "
                           f"{labels.date_text(detail.registered_on)}: {detail.subject}")
        self.found.setProperty("role", "hint")
        self._restyle()
        self.resolved.emit()

    def _not_found(self, asked: str, exc: BaseException) -> None:
        if asked != self._looked_up:
            return
        if not isinstance(exc, SecretariatError):
            report_exception(exc, self)
            return
        self.found.setText(error_text(exc))
        self.found.setProperty("role", "fieldError")
        self._restyle()
        self.resolved.emit()

    def _restyle(self) -> None:
        style = self.found.style()
        style.unpolish(self.found)
        style.polish(self.found)
