"""The column-mapping step of an Excel import: which column of the sheet fills which field.

Two widgets, one per import toolkit of the kernel (to be made one):
- ``ColumnMapping``: fields from ``kernel.workbook.Field`` (the earlier letter register's
  import), the first choice from ``guess_mapping``; each field shows a column's first values
  as a hint so people can tell «تاریخ» from «تاریخ نامه».
- ``ColumnMappingWidget``: fields from ``kernel.sheet_import.ImportField`` (member units);
  ``mapping()`` is column index -> field key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from secretariat.kernel.sheet_import import ImportField
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.kernel.workbook import Field, ReadSheet, cell_text

SAMPLES = 3


class ColumnMapping(QWidget):
    changed = Signal()

    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.boxes: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.sheet: ReadSheet | None = None
        form = QFormLayout(self)
        for f in self.fields:
            box = QComboBox()
            box.setMinimumWidth(200)
            box.currentIndexChanged.connect(lambda _i, name=f.name: self._chosen(name))
            sample = QLabel()
            sample.setProperty("role", "hint")
            self.boxes[f.name], self.samples[f.name] = box, sample
            label = f.label + (" *" if f.required else "")
            form.addRow(label, box)
            form.addRow("", sample)

    def set_sheet(self, sheet: ReadSheet, mapping: dict[str, str]) -> None:
        """Offer ``sheet``'s headers, ``mapping`` (field -> header) chosen."""
        self.sheet = sheet
        none = self.tr("(not in the file)")
        for f in self.fields:
            box = self.boxes[f.name]
            box.blockSignals(True)
            box.clear()
            box.addItem(none, "")
            for header in sheet.headers:
                if header:
                    box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(mapping.get(f.name, ""))))
            box.blockSignals(False)
            self._chosen(f.name, emit=False)
        self.changed.emit()

    def _chosen(self, name: str, emit: bool = True) -> None:
        header = self.boxes[name].currentData()
        self.samples[name].setText(self._sample_text(header) if header else "")
        if emit:
            self.changed.emit()

    def _sample_text(self, header: str) -> str:
        if self.sheet is None or header not in self.sheet.headers:
            return ""
        column = self.sheet.headers.index(header)
        values: list[Any] = [v[column] for _n, v in self.sheet.rows[:SAMPLES]]
        shown = "، ".join(cell_text(v) for v in values if cell_text(v))
        return self.tr("e.g. {values}").format(values=shown) if shown else ""

    def mapping(self) -> dict[str, str]:
        """field -> header, for the fields given a column."""
        return {name: box.currentData() for name, box in self.boxes.items()
                if box.currentData()}

    def missing(self) -> list[str]:
        """The labels of required fields left without a column."""
        chosen = self.mapping()
        return [f.label for f in self.fields if f.required and f.name not in chosen]


class ColumnMappingWidget(QWidget):
    changed = Signal()

    def __init__(self, headers: Sequence[str], fields: Sequence[ImportField],
                 mapping: Mapping[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.combos: dict[str, QComboBox] = {}
        by_field = {key: index for index, key in mapping.items()}
        form = QFormLayout(self)
        for f in self.fields:
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(headers):
                column = to_persian_digits(str(index + 1))
                combo.addItem(self.tr("Column {n}: {header}").format(n=column, header=header),
                              index)
            if f.key in by_field:
                combo.setCurrentIndex(combo.findData(by_field[f.key]))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.combos[f.key] = combo
            caption = f.label + (" *" if f.required else "")
            form.addRow(QLabel(caption), combo)

    def mapping(self) -> dict[int, str]:
        """Column index -> field key for every field given a column."""
        return {combo.currentData(): key for key, combo in self.combos.items()
                if combo.currentData() is not None}

    def missing(self) -> list[str]:
        """Required fields without a column (their labels)."""
        chosen = set(self.mapping().values())
        return [f.label for f in self.fields if f.required and f.key not in chosen]
