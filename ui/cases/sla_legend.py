"""The legend under every case list: each SLA state's colour, symbol and word."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.cases.labels import SLA_LOOKS, sla_text


class SlaLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Deadline:")))
        for state, look in SLA_LOOKS.items():
            chip = QLabel(sla_text(state))
            chip.setStyleSheet(f"QLabel {{ background: {look.background}; color: {look.foreground};"
                               " border-radius: 3px; padding: 2px 8px; }")
            layout.addWidget(chip)
        layout.addStretch()
