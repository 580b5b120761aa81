"""The column-mapping step of an Excel import: which column of the sheet fills which field.

Generic (member units today, a legacy letter register tomorrow): give it the sheet's headers,
the fields (``kernel.sheet_import.ImportField``) and the mapping the core recognised; each
field gets a combo of the sheet's columns. ``mapping()`` is what the import takes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from secretariat.kernel.sheet_import import ImportField
from secretariat.kernel.text.digits import to_persian_digits


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
