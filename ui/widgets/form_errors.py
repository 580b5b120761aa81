"""Bad input gets its Persian message on the field that is wrong.

A form registers each input under the field name the services use; a
``ValidationError(field, ...)`` then shows under that input, and anything
without a field shows in the form's general message line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.messages import field_name
from ui.crash import report_exception
from ui.messages import error_text


def _error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    def __init__(self, message_label: QLabel | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.message_label = message_label or _error_label()
        self.message_label.setProperty("role", "formMessage")

    def add_field(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """Wrap ``widget`` with an error line below it; put the returned widget in the layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = _error_label(box)
        layout.addWidget(label)
        for key in (name, *aliases):
            self._fields[key] = (widget, label)
        return box

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.clear()
            label.hide()
        self.message_label.clear()
        self.message_label.hide()

    def clear_field(self, field: str) -> None:
        """Hide ``field``'s line (a form that checks a field as it is left)."""
        entry = self._fields.get(field)
        if entry is not None:
            entry[1].clear()
            entry[1].hide()

    def show_text(self, field: str | None, text: str, focus: bool = True) -> None:
        """Show ``text`` under ``field`` (and focus it), or in the general line. A form that
        checks a field as it is left passes ``focus=False``: moving the focus would leave the
        next field, whose check would move it back, and so on."""
        if field and field in self._fields:
            widget, label = self._fields[field]
            label.setText(text)
            label.show()
            if focus:
                widget.setFocus()
        else:
            self.message_label.setText(text)
            self.message_label.show()

    def show_error(self, error: SecretariatError) -> None:
        field = getattr(error, "field", None)
        if field in self._fields:
            # The field's own line: its name is already beside it, so only the sentence.
            text = error_text(error)
            prefix = field_name(field) + ": "
            self.show_text(field, text.removeprefix(prefix))
        else:
            self.show_text(None, error_text(error))

    def show_failure(self, exc: BaseException, parent: QWidget) -> None:
        """A background save failed: expected errors on their field, anything else reported."""
        if isinstance(exc, SecretariatError):
            self.show_error(exc)
        else:
            report_exception(exc, parent)

    def field_text(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def has_error(self, field: str) -> bool:
        entry = self._fields.get(field)
        return bool(entry and not entry[1].isHidden())
