"""One audit entry in detail: each field's value before and after, changes in bold."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secretariat.kernel.audit import AuditRow
from ui.audit_values import field_text, value_text
from ui.bidi import isolate_cells


class AuditDetail(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        isolate_cells(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_entry(self, row: AuditRow | None) -> None:
        self.setRowCount(0)
        if row is None:
            return
        before, after = row.before or {}, row.after or {}
        keys = list(dict.fromkeys([*before, *after]))  # union, in the snapshot's own order
        one_sided = row.before is None or row.after is None  # made, or (never) removed
        if one_sided:  # only the fields that hold something: not a column of dashes
            keys = [key for key in keys if not _empty(before.get(key, after.get(key)))]
        self.setRowCount(len(keys))
        for line, key in enumerate(keys):
            cells = (field_text(key),
                     value_text(row.entity, key, before.get(key))
                     if row.before is not None else "—",
                     value_text(row.entity, key, after.get(key))
                     if row.after is not None else "—")
            changed = not one_sided and before.get(key) != after.get(key)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if changed:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(line, column, item)


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}
