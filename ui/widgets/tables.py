"""Shared set-up for the read-only list tables, and a row selection that works right-to-left."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_list_table(table: QTableView) -> None:
    """Whole rows, one at a time, not editable in place, columns sized to their contents."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


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
