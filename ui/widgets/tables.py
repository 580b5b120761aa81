"""Shared set-up for the read-only list tables, and a row selection that works right-to-left."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.bidi import isolate_cells


def configure_list_table(table: QTableView, stretch: int | None = None,
                         widths: dict[int, int] | None = None) -> None:
    """Whole rows, one at a time, not editable in place, each cell's text isolated
    (``ui.bidi``), columns sized to their contents; column ``stretch`` (the subject, a name)
    takes the width left over — without it, the last column does; ``widths`` gives some
    columns a width of their own (longer text is cut with «…» and shown whole on hover)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    isolate_cells(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, width)


def select_row(table: QTableView, row: int) -> None:
    """Select ``row`` and make it current.

    ``QTableView.selectRow`` picks its column at the viewport's right edge in a
    right-to-left view, misses, and selects nothing; this selects by index.
    """
    model = table.model()
    if not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)
