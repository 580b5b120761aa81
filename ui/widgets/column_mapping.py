"""The column-mapping step of every Excel import (a legacy register, member units): which
column of the sheet fills which field (``kernel.sheet_import.Field``), the first choice from
``guess_mapping``; each field shows its column's first values as a hint, so people can tell
«تاریخ» from «تاریخ نامه». ``mapping()`` is field -> header, as ``resolve_mapping`` takes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QWidget

from secretariat.kernel.sheet_import import Field, ReadSheet, cell_text
from secretariat.kernel.text.digits import to_persian_digits

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
            # A long value is cut at the form's edge (whole in the tooltip) instead of
            # widening the form past its scroll area.
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        text = self._sample_text(header) if header else ""
        self.samples[name].setText(text)
        self.samples[name].setToolTip(text)
        if emit:
            self.changed.emit()

    def _sample_text(self, header: str) -> str:
        if self.sheet is None or header not in self.sheet.headers:
            return ""
        column = self.sheet.headers.index(header)
        values: list[Any] = [v[column] for _n, v in self.sheet.rows[:SAMPLES]]
        shown = to_persian_digits("، ".join(cell_text(v) for v in values if cell_text(v)))
        return self.tr("e.g. {values}").format(values=shown) if shown else ""

    def mapping(self) -> dict[str, str]:
        """field -> header, for the fields given a column."""
        return {name: box.currentData() for name, box in self.boxes.items()
                if box.currentData()}

    def missing(self) -> list[str]:
        """The labels of required fields left without a column."""
        chosen = self.mapping()
        return [f.label for f in self.fields if f.required and f.name not in chosen]
