"""The shape of membership's forms: fields with their errors under them, long forms scroll
inside the dialog (the buttons stay visible on a 1366×768 screen), saving runs off the UI
thread and a refusal lands on the field that is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.form_scroll import focus_first_field, form_scroll

MAX_FORM_HEIGHT = 600  # a 768-pixel screen less the task bar and the dialog's frame


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None, width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.errors = FormErrors()
        self.result_value: Any = None
        self._shown_once = False
        body = QWidget()
        self.form = QFormLayout(body)
        scroll = form_scroll(body)
        self.scroller = scroll
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The fields are added after the buttons, so Qt would start at «ذخیره»: start at the
        # first field instead, once (a dialog shown again keeps where the user was).
        if not self._shown_once:
            self._shown_once = True
            body = self.scroller.widget()
            if body is not None:
                focus_first_field(body)

    def add(self, caption: str, name: str, widget: QWidget, *aliases: str) -> QWidget:
        row = self.errors.add_field(name, widget, *aliases)
        self.form.addRow(caption, row)
        return row

    def fit_height(self) -> None:
        """As tall as the form needs, up to what a small screen has; then it scrolls."""
        body = self.scroller.widget()
        wanted = body.sizeHint().height() + 120 if body is not None else 400
        self.resize(max(self.minimumWidth(), self.sizeHint().width()),
                    min(wanted, MAX_FORM_HEIGHT))

    def save(self) -> None:
        """Subclasses build the work (raising a ValidationError shows it on its field)."""
        self.errors.clear()
        try:
            work = self.work()
        except Exception as exc:  # noqa: BLE001 - shown on its field or reported
            self.errors.show_failure(exc, self)
            return
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _done(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.saved.emit(value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
