"""The recipient's panel on the letter page of a referral sent to them: who referred it, the
type, priority, due date and the sender's هامش; the recipient's reply; close it or refer it
onward."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import ReferralNode, ReferralStatus
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.bidi import label_text
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.plain_text import PlainTextEdit


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
        self.margin = QLabel()
        self.margin.setObjectName("referralMargin")
        self.margin.setWordWrap(True)
        self.note = PlainTextEdit(lines=3, fixed=True)
        self.note.setPlaceholderText(self.tr("Your reply"))
        self.save_button = QPushButton(self.tr("Save reply"))
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
        layout.addWidget(self.margin)
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
        kind = labels.referral_kind_label(node.kind)
        if node.priority != "normal":
            kind += f" ({labels.priority_label(node.priority)})"
        self.summary.setText(self.tr("Referred to you by {name} on {at}{due} — {kind}").format(
            name=labels.person_text(node.from_name, node.from_post, node.from_user),
            at=labels.datetime_text(node.created_at), due=due, kind=kind))
        self.margin.setText(label_text(node.instruction))
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
