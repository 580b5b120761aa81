"""The letter page's «cases» section (contributed through ``ui.features``'s letter-page
sections, so correspondence's screens never import cases): the cases a letter opened or
answered, and «open a case from this letter», which fills the case form from it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import CaseInput, CasePermission, CaseSummary
from secretariat.correspondence.api import LetterDetail, LetterKind
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.kernel.text.digits import to_persian_digits
from ui.cases.case_form import CaseFormDialog
from ui.cases.case_model import CaseTableModel
from ui.cases.case_view import open_case_view
from ui.tasks import run_task
from ui.widgets.tables import configure_list_table


class LetterCasesSection(QWidget):
    """``show_letter(letter)`` fills it and returns how many cases it lists (the tab's count)."""

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.letter: LetterDetail | None = None
        self.model = CaseTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.activated.connect(self.open_case)
        self.empty = QLabel(self.tr("No case is linked to this letter."))
        self.empty.setProperty("role", "hint")
        self.open_button = QPushButton(self.tr("Open a case from this letter…"))
        self.open_button.clicked.connect(self.new_case)
        self.open_button.setVisible(role_allows(user.role, CasePermission.OPEN))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_letter(self, letter: LetterDetail) -> int:
        self.letter = letter
        self.open_button.setEnabled(not letter.cancelled and letter.number is not None
                                    and letter.kind == LetterKind.INCOMING)
        ctx, user, letter_id = self.ctx, self.user, letter.id
        run_task(lambda: cases.cases_of_letter(ctx, user, letter_id),
                 on_finished=self._show, context=self)
        return self.model.rowCount()

    def _show(self, rows: list[CaseSummary]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        # The count arrives after the letter page set its tab's title: put it there now.
        stack = self.parentWidget()
        tabs = stack.parentWidget() if stack is not None else None
        if isinstance(tabs, QTabWidget):
            title = QCoreApplication.translate("Navigation", "Cases")
            tabs.setTabText(tabs.indexOf(self), f"{title} ({to_persian_digits(str(len(rows)))})"
                            if rows else title)

    def open_case(self) -> QWidget | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return open_case_view(self.ctx, self.user, self.model.case_at(rows[0].row()).id, self)

    def new_case(self) -> QWidget | None:
        letter = self.letter
        if letter is None:
            return None
        ctx, user = self.ctx, self.user
        initial = CaseInput(duty="", channel="org_letter", subject=letter.subject,
                            received_on=letter.registered_on, letter=letter.number or letter.id,
                            description=letter.summary, classification=letter.classification)
        dialog = CaseFormDialog(ctx, user, self, initial=initial)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(lambda detail: (self.show_letter(letter),
                                              open_case_view(ctx, user, detail.id, self)))
        dialog.open()
        return dialog


def letter_cases_section(ctx: AppContext, user: CurrentUser, parent: QWidget) -> QWidget:
    return LetterCasesSection(ctx, user, parent)
