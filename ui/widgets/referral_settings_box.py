"""The house's referral conventions in the settings: the standard هامش phrases (one a line,
offered one key away in the referral form) and the days a referral gets by type and priority
(the form's default due date)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import ReferralKind, ReferralSettings, Urgency
from ui import letter_labels as labels

NO_DUE_DATE = -1  # the spin box's lowest value reads «no due date»
MAX_DAYS = 365


class ReferralSettingsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referrals (all workstations)"), parent)
        self.phrases = QTextEdit()
        self.phrases.setAcceptRichText(False)
        self.phrases.setTabChangesFocus(True)
        self.phrases.setMinimumHeight(110)
        self.phrases.setAccessibleName(self.tr("Standard margin phrases"))
        self.days: dict[tuple[str, str], QSpinBox] = {}
        grid = QGridLayout()
        for column, priority in enumerate(Urgency, start=1):
            grid.addWidget(QLabel(labels.priority_label(priority.value)), 0, column)
        for row, kind in enumerate(ReferralKind, start=1):
            grid.addWidget(QLabel(labels.referral_kind_label(kind.value)), row, 0)
            for column, priority in enumerate(Urgency, start=1):
                box = QSpinBox()
                box.setRange(NO_DUE_DATE, MAX_DAYS)
                box.setSpecialValueText(self.tr("no due date"))
                box.setSuffix(self.tr(" days"))
                box.setAccessibleName(self.tr("Days for {kind}, {priority}").format(
                    kind=labels.referral_kind_label(kind.value),
                    priority=labels.priority_label(priority.value)))
                self.days[(kind.value, priority.value)] = box
                grid.addWidget(box, row, column)
        hint = QLabel(self.tr("Standard phrases, one a line: the referral form offers them "
                              "with Ctrl+1, Ctrl+2…"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        days_hint = QLabel(self.tr("Days until a referral is due, by its type and priority "
                                   "(a due date on a Friday moves to Saturday)."))
        days_hint.setProperty("role", "hint")
        days_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Standard margin phrases:")))
        layout.addWidget(self.phrases)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(days_hint)
        layout.addLayout(grid)

    def show_settings(self, settings: ReferralSettings) -> None:
        self.loaded = settings
        self.phrases.setPlainText("\n".join(settings.phrases))
        for (kind, priority), box in self.days.items():
            days = settings.days_for(kind, priority)
            box.setValue(NO_DUE_DATE if days is None else days)

    def phrase_list(self) -> list[str]:
        return [line.strip() for line in self.phrases.toPlainText().splitlines()
                if line.strip()]

    def due_days(self) -> dict[str, dict[str, Any]]:
        table: dict[str, dict[str, Any]] = {}
        for (kind, priority), box in self.days.items():
            value = box.value()
            table.setdefault(kind, {})[priority] = None if value == NO_DUE_DATE else value
        return table

    def changes(self) -> dict[str, Any]:
        """What differs from what was loaded (nothing loaded: nothing to save)."""
        loaded: ReferralSettings | None = getattr(self, "loaded", None)
        if loaded is None:
            return {}
        changed: dict[str, Any] = {}
        phrases = self.phrase_list()
        if tuple(phrases) != loaded.phrases:
            changed["phrases"] = phrases
        days = self.due_days()
        if days != loaded.due_days:
            changed["due_days"] = days
        return changed
