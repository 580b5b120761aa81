"""An empty list says what goes here and offers the button that fills it.

Laid over a list's viewport (its header stays, so the columns still say what a row would
hold), shown while the list has no rows and has been read at least once:

    self.empty = EmptyState(self.table)
    self.empty.set_message(self.tr("No contacts yet."), self.tr("New contact…"),
                           self.add_contact)
    ...
    self.empty.loaded()   # after the first answer arrived (before it the list is not empty,
                          # it is not read yet)

Any feature's page can use it; ``set_message`` may change the words with the filters
(«nothing matches» and «clear the filters» instead of «nothing yet»).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.view = view
        self._ready = False
        self._callback: Callable[[], object] | None = None
        self.text = QLabel()
        self.text.setObjectName("emptyStateText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self._watched: QObject | None = None
        self._watch(view.model())
        self.hide()

    def set_message(self, text: str, button_text: str = "",
                    callback: Callable[[], object] | None = None) -> None:
        """The sentence, and the button that fills the list (none without ``button_text``)."""
        self.text.setText(text)
        self._callback = callback
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text and callback))
        self.refresh()

    def loaded(self) -> None:
        """The list has been read: from now on an empty list shows the message."""
        self._ready = True
        self.refresh()

    def is_showing(self) -> bool:
        return not self.isHidden()

    def refresh(self) -> None:
        model = self.view.model()
        if model is not self._watched:
            self._watch(model)
        empty = model is None or model.rowCount() == 0
        show = self._ready and empty
        if show:
            self.setGeometry(self.view.viewport().rect())
            self.raise_()
        self.setVisible(show)

    def _watch(self, model: QObject | None) -> None:
        self._watched = model
        if model is None:
            return
        for signal in (model.rowsInserted, model.rowsRemoved,  # type: ignore[attr-defined]
                       model.modelReset, model.layoutChanged):  # type: ignore[attr-defined]
            signal.connect(self._model_changed)

    def _model_changed(self, *_args: object) -> None:
        if shiboken6.isValid(self):
            self.refresh()

    def _clicked(self) -> None:
        if self._callback is not None:
            self._callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.view.viewport().rect())
        return False
