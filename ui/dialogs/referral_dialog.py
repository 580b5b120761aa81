"""Referral (ارجاع): send a letter to people with an instruction and a due date; and the
recipient's panel on the letter page (هامش, close, refer onward)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import COMMON_INSTRUCTIONS, ReferralNode, ReferralStatus
from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from ui import letter_labels as labels
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit

USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferralDialog(QDialog):
    """Refer ``letter_id`` (or, with ``parent_referral``, pass one's own referral onward)."""

    referred = Signal(list)  # the new ReferralNodes

    def __init__(self, ctx: AppContext, user: CurrentUser, letter_id: int, letter_title: str,
                 parent: QWidget | None = None,
                 parent_referral: ReferralNode | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.letter_id, self.parent_referral = letter_id, parent_referral
        self.setWindowTitle(self.tr("Refer onward") if parent_referral else self.tr("Refer"))
        self.setMinimumWidth(520)
        self.errors = FormErrors()
        self.people = QListWidget()
        self.people.setMinimumHeight(150)
        self.instruction = QComboBox()
        self.instruction.setEditable(True)
        self.instruction.addItems(list(COMMON_INSTRUCTIONS))
        self.instruction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.due_on = JalaliDateEdit()
        self.due_on.setMaximumWidth(170)
        title = QLabel(letter_title)
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Letter:"), title)
        form.addRow(self.tr("To:"), self.errors.add_field("to", self.people))
        form.addRow(self.tr("Instruction:"), self.errors.add_field("instruction", self.instruction))
        form.addRow(self.tr("Due date:"), self.errors.add_field("due_on", self.due_on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)
        run_task(lambda: accounts.user_directory(ctx, user), on_finished=self._fill,
                 context=self)

    def _fill(self, people: list[tuple[str, str]]) -> None:
        self.people.clear()
        for username, full_name in people:
            if username == self.user.username:
                continue
            item = QListWidgetItem(f"{full_name} ({username})" if full_name else username)
            item.setData(USERNAME_ROLE, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)

    def check(self, username: str, on: bool = True) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(USERNAME_ROLE) == username:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [str(self.people.item(i).data(USERNAME_ROLE)) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.errors.clear()
        self.due_on.line_edit.editingFinished.emit()
        if not self.due_on.is_valid():
            self.errors.show_text("due_on", self.due_on.error())
            return
        people = self.chosen()
        if not people:
            self.errors.show_error(ValidationError("to", "required"))
            return
        ctx, user = self.ctx, self.user
        instruction, due = self.instruction.currentText(), self.due_on.date()
        if self.parent_referral is not None:
            parent_id = self.parent_referral.id
            work = lambda: referrals.refer_onward(  # noqa: E731
                ctx, user, parent_id, people, instruction, due)
        else:
            letter_id = self.letter_id
            work = lambda: referrals.refer_letter(  # noqa: E731
                ctx, user, letter_id, people, instruction, due)
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def _done(self, nodes: list[ReferralNode]) -> None:
        self.buttons.setEnabled(True)
        self.referred.emit(nodes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)


class ReferralWorkPanel(QFrame):
    """On the letter page of a referral sent to me: the instruction, my هامش, close it."""

    changed = Signal()
    referOnward = Signal(object)  # the ReferralNode to pass on

    def __init__(self, ctx: AppContext, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.node: ReferralNode | None = None
        self.setObjectName("referralPanel")
        self.setStyleSheet("QFrame#referralPanel { background: #eef3fa; "
                           "border: 1px solid #b8c8de; border-radius: 4px; }")
        self.errors = FormErrors()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note.setPlaceholderText(self.tr("Your margin note"))
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self.save_note)
        self.close_button = QPushButton(self.tr("Done: close referral"))
        self.close_button.clicked.connect(self.close_referral)
        self.onward_button = QPushButton(self.tr("Refer onward…"))
        self.onward_button.clicked.connect(lambda: self.referOnward.emit(self.node))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.close_button, self.onward_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors.add_field("note", self.note))
        layout.addWidget(self.errors.message_label)
        layout.addLayout(buttons)
        self.hide()

    def show_referral(self, node: ReferralNode | None) -> None:
        self.node = node
        if node is None or node.to_user != self.user.username:
            self.hide()
            return
        due = (self.tr(", due {date}").format(date=labels.date_text(node.due_on))
               if node.due_on else "")
        self.summary.setText(self.tr("Referred to you by {name} on {at}{due}: {instruction}")
                             .format(name=node.from_name or node.from_user,
                                     at=labels.datetime_text(node.created_at), due=due,
                                     instruction=node.instruction))
        self.summary.setStyleSheet("color: #c62828;" if node.overdue else "")
        self.note.setPlainText(node.note)
        open_ = node.status == ReferralStatus.OPEN
        for widget in (self.note, self.save_button, self.close_button, self.onward_button):
            widget.setEnabled(open_)
        if not open_:
            self.summary.setText(self.summary.text() + " — " + self.tr("closed"))
        self.show()

    def _run(self, work: object) -> None:
        self.errors.clear()
        self.setEnabled(False)

        def done(node: ReferralNode) -> None:
            self.setEnabled(True)
            self.show_referral(node)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            self.errors.show_failure(exc, self)

        run_task(work, on_finished=done, on_failed=failed, context=self)  # type: ignore[arg-type]

    def save_note(self) -> None:
        if self.node is None:
            return
        ctx, user, referral_id, note = self.ctx, self.user, self.node.id, self.note.toPlainText()
        self._run(lambda: referrals.write_note(ctx, user, referral_id, note))

    def close_referral(self) -> None:
        if self.node is None:
            return
        ctx, user, referral_id, note = self.ctx, self.user, self.node.id, self.note.toPlainText()
        self._run(lambda: referrals.close_referral(ctx, user, referral_id, note))
