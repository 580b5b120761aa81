"""Which register columns a user sees: a menu of check marks, remembered per user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QToolButton, QWidget

from ui.models.letter_window_model import COLUMN_KEYS, LetterWindowModel
from ui.preferences import Preferences

KEY = "hidden_letter_columns"
DEFAULT_HIDDEN = ("sender_date", "classification", "reply_expected_by", "archive_code")


class ColumnChooser(QToolButton):
    """A «Columns» button; the table header's context menu offers the same choices."""

    def __init__(self, table: QTableView, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.preferences = preferences
        self.setText(self.tr("Columns"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        model = table.model()
        assert isinstance(model, LetterWindowModel)
        for column, key in enumerate(COLUMN_KEYS):
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, c=column: self._toggled(c, on))
            self.menu_.addAction(action)
            self.actions_[key] = action
        self.setMenu(self.menu_)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.apply(self.saved_hidden())

    def saved_hidden(self) -> list[str]:
        stored = self.preferences.get(KEY)
        if not isinstance(stored, list):
            return list(DEFAULT_HIDDEN)
        return [key for key in stored if key in COLUMN_KEYS]

    def hidden(self) -> list[str]:
        return [key for key in COLUMN_KEYS if not self.actions_[key].isChecked()]

    def apply(self, hidden: list[str]) -> None:
        for key, action in self.actions_.items():
            action.blockSignals(True)  # shown as saved: nothing to save again
            action.setChecked(key not in hidden)
            action.blockSignals(False)
            self.table.setColumnHidden(COLUMN_KEYS.index(key), key in hidden)

    def set_visible(self, key: str, visible: bool) -> None:
        self.actions_[key].setChecked(visible)

    def _toggled(self, column: int, on: bool) -> None:
        if not on and len(self.hidden()) >= len(COLUMN_KEYS):
            self.actions_[COLUMN_KEYS[column]].setChecked(True)  # keep one column at least
            return
        self.table.setColumnHidden(column, not on)
        self.preferences.set(KEY, self.hidden())

    def _header_menu(self, position: QPoint) -> None:
        self.menu_.popup(self.table.horizontalHeader().mapToGlobal(position))
