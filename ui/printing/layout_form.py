"""The print layout as a form: letterhead, margins, paper, pre-printed field positions.

``set_layout`` fills it from a ``PrintLayout``; ``layout()`` reads one back;
``changed`` fires on every edit (the dialog uses it for the live preview).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits
from secretariat.printing.api import (
    ENVELOPE_SIZES,
    FONT_SIZE_RANGE,
    MARGIN_RANGE,
    PREPRINTED_FIELD_LABELS,
    FieldBox,
    PreprintedFields,
    PrintLayout,
)
from ui.widgets.form_errors import FormErrors

MARGINS = ("margin_top_mm", "margin_bottom_mm", "margin_right_mm", "margin_left_mm")
CHECKS = ("show_logo", "bismillah", "show_footer", "qr_code", "a5_for_short_letters",
          "preprinted")  # fmt: skip
BOX_COLUMNS = ("x_mm", "y_mm", "width_mm", "height_mm")


def _spin(low: float, high: float, step: float = 1.0, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setKeyboardTracking(False)  # one change per finished number, not per keystroke
    return spin


class LayoutForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self.name_lines = QPlainTextEdit()
        self.name_lines.setPlaceholderText(self.tr("The organisation's name (from the settings)"))
        self.name_lines.setFixedHeight(72)
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(10)
        self.postal_code.setPlaceholderText("۳۱۵۵۶۷۸۹۱۲")
        self.checks = {name: QCheckBox() for name in CHECKS}
        self.checks["show_logo"].setText(self.tr("Logo"))
        self.checks["bismillah"].setText(self.tr("«بسمه تعالی» at the top"))
        self.checks["show_footer"].setText(self.tr("Address and phone at the foot"))
        self.checks["qr_code"].setText(self.tr("QR code to check the letter"))
        self.checks["a5_for_short_letters"].setText(self.tr("A5 paper for short letters"))
        self.checks["preprinted"].setText(
            self.tr("Print letters on pre-printed letterhead paper (fields only)"))
        self.margins = {name: _spin(*MARGIN_RANGE) for name in MARGINS}
        self.font_size = _spin(*FONT_SIZE_RANGE, step=0.5)
        self.receipt_size = QComboBox()
        self.receipt_size.addItem(self.tr("A6"), "A6")
        self.receipt_size.addItem(self.tr("80 mm roll"), "roll80")
        self.envelope_size = QComboBox()
        for size in ENVELOPE_SIZES:
            self.envelope_size.addItem(size, size)
        self.boxes = self._boxes_table()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._letterhead_group())
        layout.addWidget(self._page_group())
        layout.addWidget(self._preprinted_group())
        layout.addWidget(self.errors.message_label)
        layout.addStretch(1)
        self._connect()

    # --- building ---------------------------------------------------------------------

    def _letterhead_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Letterhead"))
        form = QFormLayout(group)
        form.addRow(self.tr("Name lines"), self.errors.add_field("name_lines", self.name_lines))
        for name in ("show_logo", "bismillah", "show_footer", "qr_code"):
            form.addRow("", self.checks[name])
        form.addRow(self.tr("Postal code"), self.errors.add_field("postal_code", self.postal_code))
        return group

    def _page_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Paper and margins (mm)"))
        form = QFormLayout(group)
        labels = (self.tr("Top"), self.tr("Bottom"), self.tr("Right"), self.tr("Left"))
        for name, label in zip(MARGINS, labels, strict=True):
            form.addRow(label, self.errors.add_field(name, self.margins[name]))
        form.addRow(self.tr("Body text size"),
                    self.errors.add_field("body_font_size", self.font_size))  # fmt: skip
        form.addRow("", self.checks["a5_for_short_letters"])
        sizes = QHBoxLayout()
        sizes.addWidget(self.receipt_size)
        sizes.addWidget(self.envelope_size)
        form.addRow(self.tr("Receipt / envelope"), sizes)
        return group

    def _preprinted_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pre-printed paper: field positions (mm from the left and top edges)"))
        box = QVBoxLayout(group)
        box.addWidget(self.checks["preprinted"])
        aliases = [f"preprinted_fields.{n}.{c}" for n in PreprintedFields.names()
                   for c in BOX_COLUMNS]  # fmt: skip
        box.addWidget(self.errors.add_field("preprinted_fields", self.boxes, *aliases))
        return group

    def _boxes_table(self) -> QTableWidget:
        names = PreprintedFields.names()
        table = QTableWidget(len(names), len(BOX_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr("From left"), self.tr("From top"),
                                         self.tr("Width"), self.tr("Height")])  # fmt: skip
        for row, name in enumerate(names):
            table.setVerticalHeaderItem(row, QTableWidgetItem(PREPRINTED_FIELD_LABELS[name]))
            for column, key in enumerate(BOX_COLUMNS):
                spin = _spin(0.0, 297.0, step=0.5)
                spin.setEnabled(key != "height_mm" or name == "body")
                spin.setObjectName(f"{name}.{key}")
                table.setCellWidget(row, column, spin)
        table.resizeColumnsToContents()
        table.setMinimumHeight(table.verticalHeader().length() + 40)
        return table

    def _connect(self) -> None:
        self.name_lines.textChanged.connect(self.changed)
        self.postal_code.textChanged.connect(self.changed)
        for check in self.checks.values():
            check.toggled.connect(self.changed)
        for spin in [*self.margins.values(), self.font_size, *self._box_spins()]:
            spin.valueChanged.connect(self.changed)
        self.receipt_size.currentIndexChanged.connect(self.changed)
        self.envelope_size.currentIndexChanged.connect(self.changed)

    def _box_spins(self) -> list[QDoubleSpinBox]:
        spins = []
        for row in range(self.boxes.rowCount()):
            for column in range(self.boxes.columnCount()):
                widget = self.boxes.cellWidget(row, column)
                assert isinstance(widget, QDoubleSpinBox)
                spins.append(widget)
        return spins

    def _box_spin(self, row: int, column: int) -> QDoubleSpinBox:
        widget = self.boxes.cellWidget(row, column)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    # --- values -----------------------------------------------------------------------

    def set_layout(self, layout: PrintLayout) -> None:
        self.blockSignals(True)
        try:
            self.name_lines.setPlainText("\n".join(layout.name_lines))
            self.postal_code.setText(to_persian_digits(layout.postal_code))
            for name, check in self.checks.items():
                check.setChecked(bool(getattr(layout, name)))
            for name, spin in self.margins.items():
                spin.setValue(getattr(layout, name))
            self.font_size.setValue(layout.body_font_size)
            self.receipt_size.setCurrentIndex(max(0, self.receipt_size.findData(layout.receipt_size)))
            self.envelope_size.setCurrentIndex(max(0, self.envelope_size.findData(layout.envelope_size)))
            for row, name in enumerate(PreprintedFields.names()):
                box = getattr(layout.preprinted_fields, name)
                for column, key in enumerate(BOX_COLUMNS):
                    self._box_spin(row, column).setValue(getattr(box, key))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def layout_value(self) -> PrintLayout:
        boxes = {}
        for row, name in enumerate(PreprintedFields.names()):
            values = {key: self._box_spin(row, column).value()
                      for column, key in enumerate(BOX_COLUMNS)}  # fmt: skip
            if name != "body":
                values["height_mm"] = 0.0
            boxes[name] = FieldBox(**values)
        lines = tuple(line.strip() for line in self.name_lines.toPlainText().splitlines()
                      if line.strip())  # fmt: skip
        options: dict[str, Any] = {
            name: check.isChecked() for name, check in self.checks.items()}
        options.update({name: spin.value() for name, spin in self.margins.items()})
        return PrintLayout(
            name_lines=lines,
            postal_code=to_ascii_digits(self.postal_code.text()).strip(),
            body_font_size=self.font_size.value(),
            preprinted_fields=PreprintedFields(**boxes),
            receipt_size=str(self.receipt_size.currentData()),
            envelope_size=str(self.envelope_size.currentData()),
            **options,
        )
