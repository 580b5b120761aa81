"""The facilitation workgroup: its meetings, each meeting's resolutions per case with the
responsible agency, deadline and implementation status, and the open resolutions past their
deadline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import (
    Agency,
    CasePermission,
    MeetingInfo,
    MeetingInput,
    ResolutionInfo,
    ResolutionInput,
    ResolutionStatus,
    WorkgroupChanged,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from ui.cases import labels
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.tables import configure_list_table, select_row

LATE = "#fbe3e1"


class _Dialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[], object]) -> None:
        self.errors.clear()
        run_task(work, on_finished=self._done,
                 on_failed=lambda exc: self.errors.show_failure(exc, self), context=self)

    def _done(self, _result: object) -> None:
        self.saved.emit()
        self.accept()


class MeetingDialog(_Dialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setWindowTitle(self.tr("Workgroup meeting"))
        self.held_on = JalaliDateEdit(allow_empty=False)
        self.minutes = QLineEdit()
        self.attendees = QPlainTextEdit()
        self.attendees.setPlaceholderText(self.tr("One per line"))
        self.attendees.setMaximumHeight(110)
        for caption, field, widget in ((self.tr("Held on:"), "held_on", self.held_on),
                                       (self.tr("Minutes number:"), "minutes_number",
                                        self.minutes),
                                       (self.tr("Attendees:"), "attendees", self.attendees)):
            self.form.addRow(caption, self.errors.add_field(field, widget))

    def save(self) -> None:
        held = self.held_on.date()
        if held is None:
            return
        data = MeetingInput(held, self.minutes.text(),
                            tuple(self.attendees.toPlainText().splitlines()))
        ctx, user = self.ctx, self.user
        self.run(lambda: cases.add_meeting(ctx, user, data))


class ResolutionDialog(_Dialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, meeting: MeetingInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.meeting = ctx, user, meeting
        self.setWindowTitle(self.tr("Resolution"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case number, e.g. 1405/پ/12"))
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(100)
        self.agency = QComboBox()
        for a in Agency:
            self.agency.addItem(a.label, a.value)
        self.deadline = JalaliDateEdit()
        self.status = QComboBox()
        for s in ResolutionStatus:
            self.status.addItem(s.label, s.value)
        for caption, field, widget in ((self.tr("Case:"), "case", self.case),
                                       (self.tr("Resolution:"), "text", self.text),
                                       (self.tr("Responsible agency:"), "agency", self.agency),
                                       (self.tr("Deadline:"), "deadline", self.deadline),
                                       (self.tr("Implementation:"), "status", self.status)):
            self.form.addRow(caption, self.errors.add_field(field, widget))

    def save(self) -> None:
        data = ResolutionInput(self.meeting.id, self.case.text().strip(),
                               self.text.toPlainText(), str(self.agency.currentData()),
                               self.deadline.date(), str(self.status.currentData()))
        ctx, user = self.ctx, self.user
        self.run(lambda: cases.add_resolution(ctx, user, data))


class WorkgroupPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.meetings: list[MeetingInfo] = []
        self.resolutions: list[ResolutionInfo] = []
        works = role_allows(user.role, CasePermission.WORK)
        self.meeting_table = QTableWidget(0, 4)
        self.meeting_table.setHorizontalHeaderLabels([
            self.tr("Held on"), self.tr("Minutes"), self.tr("Attendees"), self.tr("Resolutions")])
        configure_list_table(self.meeting_table)
        self.meeting_table.setMaximumHeight(170)
        self.meeting_table.itemSelectionChanged.connect(self.load_resolutions)
        self.late_only = QCheckBox(self.tr("Only open resolutions past their deadline"))
        self.late_only.toggled.connect(lambda _on: self.load_resolutions())
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Subject"), self.tr("Agency"), self.tr("Deadline"),
            self.tr("Implementation"), self.tr("Meeting"), self.tr("Resolution")])
        configure_list_table(self.table)
        self.new_meeting = QPushButton(self.tr("New meeting…"))
        self.new_meeting.clicked.connect(self.add_meeting)
        self.new_resolution = QPushButton(self.tr("New resolution…"))
        self.new_resolution.clicked.connect(self.add_resolution)
        self.status = QComboBox()
        for s in ResolutionStatus:
            self.status.addItem(s.label, s.value)
        self.set_status = QPushButton(self.tr("Set implementation"))
        self.set_status.clicked.connect(self.change_status)
        for widget in (self.new_meeting, self.new_resolution, self.status, self.set_status):
            widget.setEnabled(works)
        top = QHBoxLayout()
        top.addWidget(self.new_meeting)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_resolution)
        bottom.addWidget(self.status)
        bottom.addWidget(self.set_status)
        bottom.addStretch()
        bottom.addWidget(self.late_only)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Facilitation workgroup")))
        layout.addWidget(self.meeting_table)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.follow((WorkgroupChanged,))

    def activate(self) -> None:
        ctx, user = self.ctx, self.user
        self.requests.run("meetings", lambda: cases.list_meetings(ctx, user), self._meetings)

    def _meetings(self, meetings: list[MeetingInfo]) -> None:
        chosen = self.selected_meeting()
        self.meetings = meetings
        self.meeting_table.setRowCount(len(meetings))
        for r, m in enumerate(meetings):
            for c, text in enumerate((labels.date_text(m.held_on), labels.digits(m.minutes_number),
                                      "، ".join(m.attendees), labels.digits(m.resolutions))):
                self.meeting_table.setItem(r, c, QTableWidgetItem(text))
        index = next((i for i, m in enumerate(meetings) if chosen and m.id == chosen.id), 0)
        if meetings:
            select_row(self.meeting_table, index)
        self.load_resolutions()

    def selected_meeting(self) -> MeetingInfo | None:
        rows = self.meeting_table.selectionModel().selectedRows()
        return self.meetings[rows[0].row()] if rows and rows[0].row() < len(self.meetings) else None

    def load_resolutions(self) -> None:
        ctx, user = self.ctx, self.user
        late = self.late_only.isChecked()
        meeting = None if late else self.selected_meeting()
        meeting_id = meeting.id if meeting else None
        if meeting_id is None and not late:
            self._resolutions([])
            return
        self.requests.run("resolutions", lambda: cases.list_resolutions(
            ctx, user, meeting_id=meeting_id, late_only=late), self._resolutions)

    def _resolutions(self, rows: list[ResolutionInfo]) -> None:
        self.resolutions = rows
        self.table.setRowCount(len(rows))
        for r, x in enumerate(rows):
            values = (labels.number_text(x.case_number), x.case_subject, Agency.label_of(x.agency),
                      labels.date_text(x.deadline), ResolutionStatus.label_of(x.status),
                      labels.date_text(x.held_on), x.text)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if x.overdue:
                    item.setBackground(QBrush(QColor(LATE)))
                    if c == 4:
                        item.setText(self.tr("{status} — past its deadline").format(status=text))
                self.table.setItem(r, c, item)
        self.new_resolution.setEnabled(self.new_meeting.isEnabled()
                                       and self.selected_meeting() is not None)

    def add_meeting(self) -> QDialog:
        dialog = MeetingDialog(self.ctx, self.user, self)
        dialog.saved.connect(self.activate)
        dialog.open()
        return dialog

    def add_resolution(self) -> QDialog | None:
        meeting = self.selected_meeting()
        if meeting is None:
            return None
        dialog = ResolutionDialog(self.ctx, self.user, meeting, self)
        dialog.saved.connect(self.activate)
        dialog.open()
        return dialog

    def change_status(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        resolution = self.resolutions[rows[0].row()]
        ctx, user, status = self.ctx, self.user, str(self.status.currentData())
        self.requests.run("status", lambda: cases.set_resolution_status(
            ctx, user, resolution.id, status), lambda _r: self.load_resolutions())
