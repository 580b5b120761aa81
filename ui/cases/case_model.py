"""The rows of a case list, each coloured by its SLA state (with the state's word and symbol
in its own column, so colour is never the only cue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from secretariat.cases.api import CaseSummary
from ui.cases import labels
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.row_list_model import RowListModel

HEADERS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Number"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Due"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Working days left"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Duty"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Applicant"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Expert"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Subject"),
)
SLA_COLUMN = 1
DUTY_COLUMN = 5
SUBJECT_COLUMN = 9
SHORT = 34  # characters of a duty's title in a list (the whole title in its tooltip)


def short(text: str) -> str:
    return text if len(text) <= SHORT else text[:SHORT - 1].rstrip() + "…"


def days_left(left: int | None) -> str:
    """«۸», or «۳ روز دیر» for an overdue case (a minus sign reads badly right to left)."""
    if left is None or left >= 0:
        return labels.days_left_text(left)
    return QCoreApplication.translate("CaseTableModel", "{days} late").format(
        days=labels.digits(-left))


class CaseTableModel(RowListModel):
    def __init__(self) -> None:
        super().__init__([QCoreApplication.translate("CaseTableModel", h) for h in HEADERS])

    def case_at(self, row: int) -> CaseSummary:
        found: CaseSummary = self.row_at(row)
        return found

    def cell_text(self, row: Any, column: int) -> str:
        c: CaseSummary = row
        status = labels.status_text(c.status)
        return (
            labels.number_text(c.number),
            labels.sla_text(c.sla_state),
            labels.date_text(c.due_on),
            days_left(c.working_days_left),
            status,
            short(c.duty_title),
            c.applicant or labels.DASH,
            c.assignee_name or c.assignee or labels.DASH,
            labels.date_text(c.received_on),
            c.subject,
        )[column]

    def cell_data(self, row: Any, column: int, role: int) -> object:
        c: CaseSummary = row
        if role == Qt.ItemDataRole.BackgroundRole:
            return labels.sla_background(c.sla_state)
        if role == Qt.ItemDataRole.ForegroundRole and column == SLA_COLUMN:
            return labels.sla_foreground(c.sla_state)
        if role == Qt.ItemDataRole.ToolTipRole and column == SUBJECT_COLUMN:
            return c.subject
        if role == Qt.ItemDataRole.ToolTipRole and column == DUTY_COLUMN:
            return f"{c.duty_title} ({c.duty_code})"
        return None
