"""The letter page: every field, the text, attachments, links both ways, the referral tree
and the history; refer, sign a draft, change status or archive, cancel, edit, print.

Opened from the registers, the inbox (with the referral it came from: it is
marked read, and the recipient writes the هامش here) and from links.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as letters
from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import (
    LetterDetail,
    LetterKind,
    LetterPermission,
    LetterStatus,
    ReferralNode,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.permissions import role_allows
from secretariat.kernel.registry import load
from secretariat.printing.api import PRINT_LETTERS
from ui import letter_labels as labels
from ui.bidi import label_text
from ui.crash import report_exception
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.letter_view_actions import (
    CancelLetterDialog,
    SignDialog,
    StatusDialog,
    next_statuses,
)
from ui.dialogs.letter_view_attachments import AttachmentsSection
from ui.dialogs.letter_view_sections import (
    DetailsSection,
    HistorySection,
    LinksSection,
    ReferralTree,
)
from ui.dialogs.referral_dialog import ReferralDialog
from ui.dialogs.referral_panel import ReferralWorkPanel
from ui.features import letter_sections_for
from ui.messages import error_text
from ui.printing.actions import (
    allow_letter_print,
    letter_print_action,
    preview_envelope,
    preview_receipt,
)
from ui.tasks import run_task
from ui.widgets.plain_text import PlainTextEdit
from ui.window_fit import remember_window

NUMBER_POINT_SIZE = 18
DEFAULT_SIZE = QSize(940, 660)


@dataclass(frozen=True)
class Opened:
    letter: LetterDetail
    referral: ReferralNode | None


def find_referral(roots: tuple[ReferralNode, ...], referral_id: int) -> ReferralNode | None:
    for node in roots:
        if node.id == referral_id:
            return node
        found = find_referral(node.children, referral_id)
        if found is not None:
            return found
    return None


def open_letter_view(ctx: AppContext, user: CurrentUser, letter_id: int,
                     parent: QWidget | None = None,
                     referral_id: int | None = None) -> LetterViewDialog:
    view = LetterViewDialog(ctx, user, letter_id, parent, referral_id)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view


class LetterViewDialog(QDialog):
    changed = Signal()  # something about the letter changed: lists should read again
    loaded = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, letter_id: int,
                 parent: QWidget | None = None, referral_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.letter_id, self.referral_id = ctx, user, letter_id, referral_id
        self.letter: LetterDetail | None = None
        self.setWindowTitle(self.tr("Letter"))
        self.setSizeGripEnabled(True)
        remember_window(self, "letter", DEFAULT_SIZE)

        self.number = QLabel()
        font = self.number.font()
        font.setPointSize(NUMBER_POINT_SIZE)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.cancelled = QLabel()
        self.cancelled.setObjectName("cancelledBanner")
        self.cancelled.setStyleSheet("QLabel#cancelledBanner { background: #fdecea; "
                                     "color: #b00020; border: 1px solid #f0b4ae; "
                                     "padding: 6px; font-weight: bold; }")
        self.cancelled.setWordWrap(True)
        self.cancelled.hide()
        self.problem = QLabel()
        self.problem.setProperty("role", "formMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.work_panel = ReferralWorkPanel(ctx, user)
        self.work_panel.changed.connect(self._changed_elsewhere)
        self.work_panel.referOnward.connect(self.refer_onward)

        self.details = DetailsSection()
        self.body = PlainTextEdit()
        self.body.setReadOnly(True)
        self.attachments = AttachmentsSection(ctx, user, self._may(LetterPermission.ATTACH))
        self.attachments.attached.connect(self._changed_elsewhere)
        self.links = LinksSection()
        self.links.letterChosen.connect(self.open_linked)
        self.referral_tree = ReferralTree()
        self.history = HistorySection()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.body, self.tr("Text"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.links, self.tr("Links"))
        self.tabs.addTab(self.referral_tree, self.tr("Referrals"))
        self.tabs.addTab(self.history, self.tr("History"))
        # Tabs other features add (the cases a letter opened...), through the UI registry.
        self.sections = [(section, load(section.factory)(ctx, user, self))
                         for section in letter_sections_for(user.role)]
        for section, widget in self.sections:
            self.tabs.addTab(widget, section.title)

        self.refer_button = QPushButton(self.tr("Refer…"))
        self.refer_button.clicked.connect(self.refer)
        self.sign_button = QPushButton(self.tr("Sign and number…"))
        self.sign_button.clicked.connect(self.sign)
        self.status_button = QPushButton(self.tr("Status / archive…"))
        self.status_button.clicked.connect(self.change_status)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.cancel_button = QPushButton(self.tr("Cancel letter…"))
        self.cancel_button.clicked.connect(self.cancel_letter)
        self.print_action = letter_print_action(self, ctx, user, lambda: self.letter_id)
        self.addAction(self.print_action)  # Ctrl+P
        self.print_menu = QMenu(self)
        self.print_menu.setToolTipsVisible(True)  # why «Print letter» is off
        self.print_menu.addAction(self.print_action)
        self.receipt_action = self.print_menu.addAction(self.tr("Receipt…"))
        self.receipt_action.triggered.connect(
            lambda: preview_receipt(self, self.ctx, self.user, self.letter_id))
        self.envelope_action = self.print_menu.addAction(self.tr("Envelope…"))
        self.envelope_action.triggered.connect(
            lambda: preview_envelope(self, self.ctx, self.user, self.letter_id))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setMenu(self.print_menu)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.action_buttons = (self.refer_button, self.sign_button, self.status_button,
                               self.edit_button, self.cancel_button, self.print_button)

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        actions = QHBoxLayout()
        for button in self.action_buttons:
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cancelled)
        layout.addWidget(self.work_panel)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        for button in self.action_buttons:
            button.setEnabled(False)
        self.load()

    def _may(self, permission: str, own: bool | None = None) -> bool:
        return role_allows(self.user.role, permission, own)

    # --- loading -------------------------------------------------------------------

    def load(self) -> None:
        ctx, user, letter_id, referral_id = self.ctx, self.user, self.letter_id, self.referral_id

        def read() -> Opened:
            if referral_id is not None:
                referrals.mark_read(ctx, user, referral_id)
            letter = letters.get_letter(ctx, user, letter_id)
            node = find_referral(letter.referrals, referral_id) if referral_id else None
            return Opened(letter, node)

        run_task(read, on_finished=self._loaded, on_failed=self._failed, context=self)

    def _loaded(self, opened: Opened) -> None:
        self.show_letter(opened.letter)
        self.work_panel.show_referral(opened.referral)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretariatError):
            self.problem.setText(error_text(exc))
            self.problem.show()
        else:
            report_exception(exc, self)

    def show_letter(self, letter: LetterDetail) -> None:
        self.letter = letter
        self.problem.hide()
        self.setWindowTitle(labels.letter_title(letter))
        self.number.setText(labels.number_text(letter.number))
        self.heading.setText(label_text(f"{labels.kind_label(letter.kind)} — "
                                        f"{labels.date_text(letter.registered_on)} — "
                                        f"{letter.subject}"))
        if letter.cancellation is not None:
            c = letter.cancellation
            self.cancelled.setText(self.tr("Cancelled on {at} by {name}. Reason: {reason}").format(
                at=labels.datetime_text(c.at), name=c.by_name or c.by, reason=c.reason))
            self.cancelled.show()
        else:
            self.cancelled.hide()
        self.details.show_letter(letter)
        self.body.setPlainText(letter.body)
        live = not letter.cancelled
        self.attachments.show_attachments(
            letter.id, letter.attachments, live and self._may(LetterPermission.ATTACH))
        counts = (
            (2, self.tr("Attachments"), len(letter.attachments)),
            (3, self.tr("Links"), self.links.show_letter(letter)),
            (4, self.tr("Referrals"), self.referral_tree.show_referrals(letter.referrals)),
        )
        for index, title, count in counts:
            self.tabs.setTabText(index, f"{title} ({labels.digits(count)})" if count else title)
        self.history.show_history(letter.history)
        for section, widget in self.sections:
            count = widget.show_letter(letter)
            index = self.tabs.indexOf(widget)
            self.tabs.setTabText(index, f"{section.title} ({labels.digits(count)})" if count
                                 else section.title)
        draft = letter.status == LetterStatus.DRAFT
        self.refer_button.setEnabled(live and self._may(LetterPermission.REFER))
        self.sign_button.setVisible(draft and self._may(LetterPermission.SIGN))
        may_sign = letters.may_sign(self.user, letter.signatory)
        self.sign_button.setEnabled(live and draft and may_sign)
        self.sign_button.setToolTip("" if may_sign else self.tr(
            "Only {name}, the chosen signatory, or a manager signs this letter.").format(
                name=letter.signatory_name or letter.signatory))
        self.status_button.setEnabled(
            live and bool(next_statuses(letter.status)) and self._may(LetterPermission.STATUS))
        self.edit_button.setEnabled(live and self._may(LetterPermission.EDIT))
        mine = letter.created_by == self.user.username
        self.cancel_button.setEnabled(live and self._may(LetterPermission.CANCEL, own=mine))
        numbered = letter.number is not None
        self.print_button.setEnabled(self._may(PRINT_LETTERS))
        allow_letter_print(self.print_action, letter.kind)
        self.receipt_action.setVisible(letter.kind == LetterKind.INCOMING and numbered)
        self.envelope_action.setVisible(
            letter.kind == LetterKind.OUTGOING and numbered and bool(letter.recipients))

    def _changed_elsewhere(self) -> None:
        """A change made by a panel: read the letter again and tell the lists."""
        self.changed.emit()
        self.load()

    def _letter_changed(self, letter: LetterDetail) -> None:
        self.show_letter(letter)
        self.changed.emit()

    # --- actions -------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refer(self) -> QDialog | None:
        if self.letter is None:
            return None
        dialog = ReferralDialog(self.ctx, self.user, self.letter.id,
                                labels.letter_title(self.letter), self,
                                urgency=self.letter.urgency)
        dialog.referred.connect(lambda _nodes: self._changed_elsewhere())
        return self._open(dialog)

    def refer_onward(self, node: ReferralNode | None) -> QDialog | None:
        if self.letter is None or node is None:
            return None
        dialog = ReferralDialog(self.ctx, self.user, self.letter.id,
                                labels.letter_title(self.letter), self, parent_referral=node,
                                urgency=node.priority)
        dialog.referred.connect(lambda _nodes: self._changed_elsewhere())
        return self._open(dialog)

    def sign(self) -> QDialog | None:
        if self.letter is None:
            return None
        dialog = SignDialog(self.ctx, self.user, self.letter, self)
        dialog.applied.connect(self._letter_changed)
        return self._open(dialog)

    def change_status(self) -> StatusDialog | None:
        if self.letter is None:
            return None
        dialog = StatusDialog(self.ctx, self.user, self.letter, self)
        dialog.applied.connect(self._letter_changed)
        self._open(dialog)
        return dialog

    def cancel_letter(self) -> QDialog | None:
        if self.letter is None:
            return None
        dialog = CancelLetterDialog(self.ctx, self.user, self.letter, self)
        dialog.applied.connect(self._letter_changed)
        return self._open(dialog)

    def edit(self) -> QDialog | None:
        if self.letter is None:
            return None
        dialog = LetterFormDialog(self.ctx, self.user, self.letter.kind, self,
                                  existing=self.letter)
        dialog.registered.connect(self._letter_changed)
        return self._open(dialog)

    def open_linked(self, letter_id: int) -> LetterViewDialog:
        view = open_letter_view(self.ctx, self.user, letter_id, self.parentWidget() or self)
        view.changed.connect(self.changed)
        return view
