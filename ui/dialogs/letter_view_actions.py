"""What can be done to a letter from its page: cancel with a reason, change status, sign."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import STATUS_TRANSITIONS, LetterDetail, LetterStatus
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.plain_text import PlainTextEdit


class _LetterActionDialog(QDialog):
    """A small form that runs one service call and reports the letter as it is after it."""

    applied = Signal(object)  # LetterDetail, as it is after the action

    def __init__(self, ctx: AppContext, user: CurrentUser, letter: LetterDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.letter = ctx, user, letter
        self.setMinimumWidth(440)
        self.errors = FormErrors()
        self.form = QFormLayout()
        # tr() here would look in the subclass's context: name this one.
        self.form.addRow(QCoreApplication.translate("LetterActionDialog", "Letter:"),
                         QLabel(labels.letter_title(letter)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def work(self) -> Callable[[], LetterDetail] | None:
        raise NotImplementedError

    def run(self) -> None:
        self.errors.clear()
        work = self.work()
        if work is None:
            return
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def _done(self, letter: LetterDetail) -> None:
        self.buttons.setEnabled(True)
        self.applied.emit(letter)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)


class CancelLetterDialog(_LetterActionDialog):
    """ابطال: the letter stays in the register, marked; its number is never given again."""

    def __init__(self, ctx: AppContext, user: CurrentUser, letter: LetterDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, letter, parent)
        self.setWindowTitle(self.tr("Cancel letter"))
        note = QLabel(self.tr("A cancelled letter stays in the register, marked as cancelled; "
                              "its number is never given to another letter."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.reason = PlainTextEdit(lines=3, fixed=True)
        self.form.addRow("", note)
        self.form.addRow(self.tr("Reason:"), self.errors.add_field("reason", self.reason))
        self.reason.setFocus()

    def work(self) -> Callable[[], LetterDetail] | None:
        ctx, user, letter_id, reason = (self.ctx, self.user, self.letter.id,
                                        self.reason.toPlainText())
        return lambda: letters.cancel_letter(ctx, user, letter_id, reason)


def next_statuses(status: str) -> list[str]:
    """Where a letter may go from ``status``, in the register's order."""
    allowed = STATUS_TRANSITIONS.get(LetterStatus(status), frozenset())
    return [s.value for s in LetterStatus if s in allowed]


class StatusDialog(_LetterActionDialog):
    """registered → in progress → closed (مختومه) → archived with a file code."""

    def __init__(self, ctx: AppContext, user: CurrentUser, letter: LetterDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, letter, parent)
        self.setWindowTitle(self.tr("Change status"))
        self.form.addRow(self.tr("Now:"), QLabel(labels.status_label(letter.status)))
        self.status = QComboBox()
        for status in next_statuses(letter.status):
            self.status.addItem(labels.status_label(status), status)
        self.archive_code = QLineEdit()
        self.archive_code.setPlaceholderText(self.tr("e.g. the file or folder code"))
        self.form.addRow(self.tr("New status:"), self.errors.add_field("status", self.status))
        self.archive_label = QLabel(self.tr("Archive code:"))
        self.archive_row = self.errors.add_field("archive_code", self.archive_code)
        self.form.addRow(self.archive_label, self.archive_row)
        self.status.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        archiving = self.status.currentData() == LetterStatus.ARCHIVED
        self.form.setRowVisible(self.archive_row, archiving)
        if archiving:
            self.archive_code.setFocus()

    def choose(self, status: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def work(self) -> Callable[[], LetterDetail] | None:
        status = self.status.currentData()
        if status is None:
            return None
        ctx, user, letter_id = self.ctx, self.user, self.letter.id
        code = self.archive_code.text().strip()
        return lambda: letters.change_status(ctx, user, letter_id, str(status), code)


class SignDialog(_LetterActionDialog):
    """A manager signs an outgoing draft: it gets its number now, dated today. The signatory
    chosen on the draft stays its signatory; an admin or a manager may sign for them."""

    def __init__(self, ctx: AppContext, user: CurrentUser, letter: LetterDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, letter, parent)
        self.setWindowTitle(self.tr("Sign draft"))
        note = QLabel(self.tr("Signing gives the letter its number in today's register. "
                              "It cannot be undone; a signed letter can only be cancelled."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        signatory = letter.signatory_name or letter.signatory
        self.signatory = QLabel(signatory or user.full_name or user.username)
        self.form.addRow(self.tr("Signatory:"), self.errors.add_field("signatory", self.signatory))
        self.on_behalf = QLabel()
        self.on_behalf.setWordWrap(True)
        self.on_behalf.setProperty("role", "hint")
        if letter.signatory not in (None, user.username):
            self.on_behalf.setText(self.tr(
                "You sign on behalf of {name}; they stay the letter's signatory and the audit "
                "log records that you signed for them.").format(name=signatory))
            self.form.addRow("", self.on_behalf)
        self.form.addRow("", self.errors.add_field("signed_on", note))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign and number"))

    def work(self) -> Callable[[], LetterDetail] | None:
        ctx, user, letter_id = self.ctx, self.user, self.letter.id
        return lambda: letters.sign_letter(ctx, user, letter_id)
