"""The register's table view, set up for a model of a million rows.

Nothing here measures rows: fixed row heights and preset column widths (Qt's
"resize to contents" would read a thousand rows to size a column), and sorting
goes through the header's clicks rather than ``setSortingEnabled``, which sorts
at once by whatever column its indicator happens to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from secretariat.correspondence.api import LetterSort, LetterSummary
from ui.bidi import isolate_cells
from ui.models.letter_window_model import (
    COLUMN_KEYS,
    COLUMNS,
    LETTER_ROLE,
    LetterWindowModel,
)

ROW_PADDING = 6


class RegisterTable(QTableView):
    sortChanged = Signal()

    def __init__(self, model: LetterWindowModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.window_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        isolate_cells(self)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The subject takes what the other columns leave, so the row fits the window.
        header.setSectionResizeMode(COLUMN_KEYS.index("subject"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, spec in enumerate(COLUMNS):
            self.setColumnWidth(column, spec.width)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.show_sort_indicator()

    def show_sort_indicator(self) -> None:
        query = self.window_model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.window_model.sort_column(), order)
        header.blockSignals(False)

    def _header_clicked(self, column: int) -> None:
        spec = COLUMNS[column]
        if spec.sort is None:
            self.show_sort_indicator()  # this column does not sort: the indicator stays put
            return
        query = self.window_model.query
        if spec.sort == query.sort:
            descending = not query.descending
        else:  # numbers and dates newest first, subjects from alef
            descending = spec.sort != LetterSort.SUBJECT
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.window_model.sort(column, order)
        self.show_sort_indicator()
        self.sortChanged.emit()

    def current_letter(self) -> LetterSummary | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        letter = self.window_model.index(index.row(), 0).data(LETTER_ROLE)
        return letter if isinstance(letter, LetterSummary) else None
