"""The case page: its deadline state up front, every field, the timeline (who did what, on
which day), its letters both ways, site visits and workgroup resolutions; and the actions
that work it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import (
    PAUSED_STATUSES,
    Agency,
    CaseDetail,
    CasePermission,
    CaseStatus,
    LetterRole,
    ResolutionStatus,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.permissions import role_allows
from ui.bidi import isolate_cells
from ui.cases import labels
from ui.cases.case_actions import (
    AssignDialog,
    CaseActionDialog,
    CloseDialog,
    LinkLetterDialog,
    NoteDialog,
    PauseDialog,
    ResumeDialog,
    SiteVisitDialog,
    StepDialog,
)
from ui.crash import report_exception
from ui.dialogs.letter_view import open_letter_view
from ui.messages import error_text
from ui.tasks import run_task

NUMBER_POINT_SIZE = 17
LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def open_case_view(ctx: AppContext, user: CurrentUser, case_id: int,
                   parent: QWidget | None = None) -> CaseViewDialog:
    view = CaseViewDialog(ctx, user, case_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    isolate_cells(table)  # each cell's text keeps its own direction (ui.bidi)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class CaseViewDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, case_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.case_id = ctx, user, case_id
        self.case: CaseDetail | None = None
        self.workers: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Case"))
        self.resize(980, 640)
        self.setSizeGripEnabled(True)
        self.number = QLabel()
        font = self.number.font()
        font.setPointSize(NUMBER_POINT_SIZE)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.sla = QLabel()
        self.clock = QLabel()
        self.clock.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setProperty("role", "formMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.timeline = _table([self.tr("Date"), self.tr("Step"), self.tr("Status"),
                                self.tr("By"), self.tr("Note")])
        self.letters = _table([self.tr("Number"), self.tr("Role"), self.tr("Date"),
                               self.tr("Subject")])
        self.letters.itemActivated.connect(self._open_letter)
        self.visits = _table([self.tr("Date"), self.tr("Expert"), self.tr("Progress"),
                              self.tr("Findings"), self.tr("Files")])
        self.resolutions = _table([self.tr("Meeting"), self.tr("Agency"), self.tr("Deadline"),
                                   self.tr("Status"), self.tr("Resolution")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.letters, self.tr("Letters"))
        self.tabs.addTab(self.visits, self.tr("Site visits"))
        self.tabs.addTab(self.resolutions, self.tr("Workgroup"))

        self.step_button = QPushButton(self.tr("Next step…"))
        self.step_button.clicked.connect(lambda: self._act(StepDialog))
        self.pause_button = QPushButton(self.tr("Wait…"))
        self.pause_button.clicked.connect(lambda: self._act(PauseDialog))
        self.resume_button = QPushButton(self.tr("Resume…"))
        self.resume_button.clicked.connect(lambda: self._act(ResumeDialog))
        self.assign_button = QPushButton(self.tr("Give to…"))
        self.assign_button.clicked.connect(self.assign)
        self.close_case_button = QPushButton(self.tr("Close case…"))
        self.close_case_button.clicked.connect(lambda: self._act(CloseDialog))
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.clicked.connect(lambda: self._act(NoteDialog))
        self.visit_button = QPushButton(self.tr("Site visit…"))
        self.visit_button.clicked.connect(self.site_visit)
        self.link_button = QPushButton(self.tr("Link letter…"))
        self.link_button.clicked.connect(lambda: self._act(LinkLetterDialog))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.action_buttons = (self.step_button, self.pause_button, self.resume_button,
                               self.assign_button, self.close_case_button, self.note_button,
                               self.visit_button, self.link_button)

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.sla)
        actions = QHBoxLayout()
        for button in self.action_buttons:
            actions.addWidget(button)
            button.setEnabled(False)
        actions.addStretch()
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.clock)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self.load()

    def _may(self, permission: str) -> bool:
        return role_allows(self.user.role, permission)

    # --- loading -------------------------------------------------------------------

    def load(self) -> None:
        ctx, user, case_id = self.ctx, self.user, self.case_id

        def read() -> tuple[CaseDetail, list[tuple[str, str]]]:
            return cases.get_case(ctx, user, case_id), cases.list_workers(ctx, user)

        run_task(read, on_finished=self._loaded, on_failed=self._failed, context=self)

    def _loaded(self, found: tuple[CaseDetail, list[tuple[str, str]]]) -> None:
        self.workers = found[1]
        self.show_case(found[0])
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretariatError):
            self.problem.setText(error_text(exc))
            self.problem.show()
        else:
            report_exception(exc, self)

    def show_case(self, case: CaseDetail) -> None:
        self.case = case
        self.problem.hide()
        self.setWindowTitle(self.tr("Case {number}").format(number=labels.number_text(case.number)))
        self.number.setText(labels.number_text(case.number))
        self.heading.setText(f"{case.duty_title} — {case.subject}")
        look = labels.SLA_LOOKS.get(case.sla_state)
        self.sla.setText(labels.sla_text(case.sla_state))
        if look:
            self.sla.setStyleSheet(f"QLabel {{ background: {look.background}; color: "
                                   f"{look.foreground}; font-weight: bold; padding: 4px 10px;"
                                   " border-radius: 4px; }")
        self.clock.setText(self._clock_text(case))
        self._details(case)
        _fill(self.timeline, [
            (labels.date_text(e.on), labels.action_text(e.action),
             labels.status_text(e.to_status) if e.to_status else "",
             e.by_name or e.by, e.note or self._detail_text(e.action, e.detail))
            for e in reversed(case.events)])
        _fill(self.letters, [(labels.number_text(x.number or str(x.letter_id)),
                              LetterRole.label_of(x.role), labels.date_text(x.registered_on),
                              x.subject) for x in case.letters])
        for row, x in enumerate(case.letters):
            item = self.letters.item(row, 0)
            if item is not None:
                item.setData(LETTER_ID_ROLE, x.letter_id)
        _fill(self.visits, [(labels.date_text(v.visited_on), v.expert_name or v.expert,
                             labels.digits(v.progress) + "٪", v.findings,
                             "، ".join(f.filename for f in v.files)) for v in case.visits])
        _fill(self.resolutions, [(labels.date_text(r.held_on), Agency.label_of(r.agency),
                                  labels.date_text(r.deadline),
                                  ResolutionStatus.label_of(r.status), r.text)
                                 for r in case.resolutions])
        for index, title, count in ((2, self.tr("Letters"), len(case.letters)),
                                    (3, self.tr("Site visits"), len(case.visits)),
                                    (4, self.tr("Workgroup"), len(case.resolutions))):
            self.tabs.setTabText(index, f"{title} ({labels.digits(count)})" if count else title)
        self._enable(case)

    def _clock_text(self, case: CaseDetail) -> str:
        if case.status == CaseStatus.CLOSED:
            return self.tr("Closed on {closed} ({outcome}) after {days} working days; it was "
                           "due on {due}.").format(
                closed=labels.date_text(case.closed_on), outcome=labels.outcome_text(case.outcome),
                days=labels.digits(case.days_to_close), due=labels.date_text(case.due_on))
        left = case.working_days_left or 0
        if left < 0:
            text = self.tr("Due on {due} — {late} working days late ({service} working days "
                           "for this duty).").format(due=labels.date_text(case.due_on),
                                                     late=labels.digits(-left),
                                                     service=labels.digits(case.service_days))
        else:
            text = self.tr("Due on {due} — {left} working days left ({service} working days "
                           "for this duty).").format(due=labels.date_text(case.due_on),
                                                     left=labels.digits(left),
                                                     service=labels.digits(case.service_days))
        if case.paused_since is not None:
            text += " " + self.tr("The clock has stood still since {day}: the due date moves "
                                  "later for every working day it waits.").format(
                day=labels.date_text(case.paused_since))
        return text

    def _detail_text(self, action: str, detail: str) -> str:
        if action == "close":
            return labels.outcome_text(detail)
        if action == "assign":
            return next((n or u for u, n in self.workers if u == detail), detail)
        if action == "visit":
            return labels.digits(detail) + "٪"
        if action == "recalculate" and detail:
            return ""
        return ""

    def _details(self, case: CaseDetail) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = (
            (self.tr("Duty type:"), f"{case.duty_title} ({case.duty_code})"),
            (self.tr("Received by:"), labels.channel_text(case.channel)),
            (self.tr("Received on:"), labels.date_text(case.received_on)),
            (self.tr("Applicant:"), case.applicant or labels.DASH),
            (self.tr("Applicant's ID:"), labels.digits(case.applicant_code)),
            (self.tr("124 reference:"), labels.digits(case.ref_124)),
            (self.tr("Tracking number:"), labels.digits(case.tracking_no)),
            (self.tr("Expert:"), case.assignee_name or case.assignee or labels.DASH),
            (self.tr("Status:"), labels.status_text(case.status)),
            (self.tr("Due date:"), labels.date_text(case.due_on)),
            (self.tr("Due soon from:"), labels.date_text(case.warn_on)),
            (self.tr("Days waited:"), labels.digits(case.paused_days)),
            (self.tr("Classification:"), cases.Classification.label_of(case.classification)),
            (self.tr("Description:"), case.description or labels.DASH),
        )
        for caption, text in rows:
            value = QLabel(labels.rtl(text))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(caption, value)

    def _enable(self, case: CaseDetail) -> None:
        works = self._may(CasePermission.WORK)
        live = case.status != CaseStatus.CLOSED
        waiting = case.status in PAUSED_STATUSES
        self.step_button.setEnabled(works and live and not waiting
                                    and case.status != CaseStatus.ANSWERED)
        self.pause_button.setEnabled(works and live and not waiting
                                     and case.status != CaseStatus.ANSWERED)
        self.resume_button.setEnabled(works and live and waiting)
        self.assign_button.setEnabled(live and (self._may(CasePermission.MANAGE) or (
            works and case.assignee is None)))
        self.close_case_button.setEnabled(works and live)
        self.note_button.setEnabled(works)
        self.visit_button.setEnabled(works)
        self.link_button.setEnabled(works)

    # --- actions -------------------------------------------------------------------

    def _show(self, dialog: CaseActionDialog) -> CaseActionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._applied)
        dialog.open()
        return dialog

    def _act(self, kind: type[CaseActionDialog]) -> CaseActionDialog | None:
        if self.case is None:
            return None
        return self._show(kind(self.ctx, self.user, self.case, self))

    def assign(self) -> CaseActionDialog | None:
        if self.case is None:
            return None
        return self._show(AssignDialog(self.ctx, self.user, self.case, self.workers, self))

    def site_visit(self) -> CaseActionDialog | None:
        if self.case is None:
            return None
        return self._show(SiteVisitDialog(self.ctx, self.user, self.case, self.workers, self))

    def _applied(self, case: CaseDetail) -> None:
        self.show_case(case)
        self.changed.emit()

    def _open_letter(self, item: QTableWidgetItem) -> QWidget | None:
        first = self.letters.item(item.row(), 0)
        letter_id = first.data(LETTER_ID_ROLE) if first is not None else None
        if letter_id is None:
            return None
        return open_letter_view(self.ctx, self.user, int(letter_id), self)
