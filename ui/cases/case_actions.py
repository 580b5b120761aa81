"""What can be done to a case from its page, each a small form running one service call:
a step forward, a pause (the clock stops), resuming, reassigning, closing with an outcome,
a note, a site visit with files, linking a letter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import (
    STEP_LABELS,
    CaseDetail,
    CaseStatus,
    LetterRole,
    Outcome,
    Waiting,
)
from secretariat.kernel.context import AppContext, CurrentUser
from ui.cases import labels
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit

Work = Callable[[], CaseDetail]


class CaseActionDialog(QDialog):
    """A small form that runs one service call and reports the case as it is after it."""

    applied = Signal(object)  # CaseDetail

    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.case = ctx, user, case
        self.setMinimumWidth(460)
        self.errors = FormErrors()
        self.form = QFormLayout()
        title = QLabel(labels.rtl(f"{labels.number_text(case.number)} — {case.subject}"))
        title.setWordWrap(True)
        # tr() here would look in the subclass's context: name this one.
        self.form.addRow(QCoreApplication.translate("CaseActionDialog", "Case:"), title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def add(self, caption: str, field: str, widget: QWidget) -> QWidget:
        self.form.addRow(caption, self.errors.add_field(field, widget))
        return widget

    def text_box(self, caption: str, field: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMaximumHeight(90)
        self.add(caption, field, box)
        return box

    def date_field(self, caption: str, field: str = "on") -> JalaliDateEdit:
        edit = JalaliDateEdit(allow_empty=False)
        self.add(caption, field, edit)
        return edit

    def work(self) -> Work | None:
        raise NotImplementedError

    def run(self) -> None:
        self.errors.clear()
        work = self.work()
        if work is None:
            return
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def _done(self, case: CaseDetail) -> None:
        self.buttons.setEnabled(True)
        self.applied.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)


class StepDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Next step"))
        self.form.addRow(self.tr("Now:"), QLabel(labels.status_text(case.status)))
        self.target = QComboBox()
        order = list(STEP_LABELS)
        now = order.index(case.status) if case.status in order else -1
        for status in order[now + 1:]:
            self.target.addItem(CaseStatus.label_of(status), status)
        self.add(self.tr("To:"), "step", self.target)
        self.on = self.date_field(self.tr("On:"))
        self.note = self.text_box(self.tr("Note:"), "case_note")

    def work(self) -> Work | None:
        ctx, user, case_id = self.ctx, self.user, self.case.id
        target, on, note = str(self.target.currentData()), self.on.date(), self.note.toPlainText()
        return lambda: cases.step_case(ctx, user, case_id, target, note, on)


class PauseDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Wait (the clock stops)"))
        self.waiting = QComboBox()
        for who in Waiting:
            self.waiting.addItem(who.label, who.value)
        self.add(self.tr("Waiting for:"), "waiting", self.waiting)
        self.on = self.date_field(self.tr("From:"))
        self.reason = self.text_box(self.tr("Why:"), "pause_reason")

    def work(self) -> Work | None:
        ctx, user, case_id = self.ctx, self.user, self.case.id
        reason, who, on = self.reason.toPlainText(), str(self.waiting.currentData()), self.on.date()
        return lambda: cases.pause_case(ctx, user, case_id, reason, who, on)


class ResumeDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Resume (the clock runs again)"))
        self.on = self.date_field(self.tr("On:"))
        self.note = self.text_box(self.tr("Note:"), "case_note")

    def work(self) -> Work | None:
        ctx, user, case_id, on = self.ctx, self.user, self.case.id, self.on.date()
        note = self.note.toPlainText()
        return lambda: cases.resume_case(ctx, user, case_id, on, note)


class AssignDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 workers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Give to an expert"))
        self.expert = QComboBox()
        for username, name in workers:
            if username != case.assignee:
                self.expert.addItem(name or username, username)
        self.add(self.tr("Expert:"), "assignee", self.expert)
        self.reason = self.text_box(self.tr("Why:"), "assign_reason")

    def work(self) -> Work | None:
        to = self.expert.currentData()
        if to is None:
            return None
        ctx, user, case_id, reason = self.ctx, self.user, self.case.id, self.reason.toPlainText()
        return lambda: cases.assign_case(ctx, user, case_id, str(to), reason)


class CloseDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.add(self.tr("Outcome:"), "outcome", self.outcome)
        self.reply = QLineEdit()
        self.reply.setPlaceholderText(self.tr("Our reply letter's number (optional)"))
        self.add(self.tr("Reply letter:"), "reply", self.reply)
        self.on = self.date_field(self.tr("Closed on:"))
        self.note = self.text_box(self.tr("Note:"), "case_note")
        hint = QLabel(self.tr("Closed on or before the due date counts as answered on time; "
                              "it cannot be changed afterwards."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.form.addRow("", hint)

    def work(self) -> Work | None:
        ctx, user, case_id = self.ctx, self.user, self.case.id
        outcome, reply = str(self.outcome.currentData()), self.reply.text().strip() or None
        on, note = self.on.date(), self.note.toPlainText()
        return lambda: cases.close_case(ctx, user, case_id, outcome, reply, on, note)


class NoteDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Note"))
        self.text = self.text_box(self.tr("Note:"), "case_note")

    def work(self) -> Work | None:
        ctx, user, case_id, text = self.ctx, self.user, self.case.id, self.text.toPlainText()
        return lambda: cases.add_note(ctx, user, case_id, text)


class SiteVisitDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 workers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Site visit"))
        self.files: list[Path] = []
        self.on = self.date_field(self.tr("Visited on:"), "visited_on")
        self.expert = QComboBox()
        for username, name in workers:
            self.expert.addItem(name or username, username)
        self.expert.setCurrentIndex(max(0, self.expert.findData(user.username)))
        self.add(self.tr("Expert:"), "expert", self.expert)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix("٪")
        self.add(self.tr("Progress:"), "progress", self.progress)
        self.findings = self.text_box(self.tr("Findings:"), "findings")
        self.files_label = QLabel(self.tr("No files"))
        choose = QPushButton(self.tr("Add files…"))
        choose.clicked.connect(self.choose_files)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.files_label, 1)
        line.addWidget(choose)
        self.add(self.tr("Files:"), "file", row)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Files of the visit"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self.files += paths
        self.files_label.setText("، ".join(p.name for p in self.files) or self.tr("No files"))

    def work(self) -> Work | None:
        ctx, user, case_id, on = self.ctx, self.user, self.case.id, self.on.date()
        if on is None:
            return None
        expert, progress = self.expert.currentData(), self.progress.value()
        findings, files = self.findings.toPlainText(), list(self.files)
        return lambda: cases.add_site_visit(ctx, user, case_id, on, progress, findings,
                                            expert, files)


class LinkLetterDialog(CaseActionDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, case, parent)
        self.setWindowTitle(self.tr("Link a letter"))
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("Letter number, e.g. 1405/و/12"))
        self.add(self.tr("Letter:"), "letter", self.letter)
        self.role = QComboBox()
        for role in (LetterRole.RELATED, LetterRole.REPLY, LetterRole.ORIGIN):
            self.role.addItem(role.label, role.value)
        self.add(self.tr("As:"), "role", self.role)

    def work(self) -> Work | None:
        ctx, user, case_id = self.ctx, self.user, self.case.id
        letter, role = self.letter.text().strip(), str(self.role.currentData())
        return lambda: cases.link_letter(ctx, user, case_id, letter, role)
