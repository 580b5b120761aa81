"""Referral (ارجاع): send a letter to several colleagues at once, with a type (for action /
for information / for comment), a priority, a due date and the هامش.

The house's standard phrases are one key away (Ctrl+1 … Ctrl+9 on either keyboard layout, or
Enter on the list), the due date follows the type and priority from the settings until the
sender changes it, the recipients are found by name, post or login name. One click refers
to all of them in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import (
    ReferralKind,
    ReferralNode,
    ReferralSettings,
    Urgency,
    default_due_on,
)
from secretariat.kernel import accounts
from secretariat.kernel.accounts import UserCard
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from ui import letter_labels as labels
from ui.bidi import isolate, isolate_cells, label_text
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.jalali_date_edit import JalaliDateEdit
from ui.widgets.person_picker import SEARCH_ROLE, PeopleFilter, search_text
from ui.widgets.plain_text import PlainTextEdit
from ui.window_fit import remember_window

USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the full name, for the list of those chosen
PHRASE_KEYS = 9  # Ctrl+1 … Ctrl+9
DEFAULT_SIZE = QSize(900, 600)


class ReferralDialog(QDialog):
    """Refer ``letter_id`` (or, with ``parent_referral``, pass one's own referral onward)."""

    referred = Signal(list)  # the new ReferralNodes

    def __init__(self, ctx: AppContext, user: CurrentUser, letter_id: int, letter_title: str,
                 parent: QWidget | None = None,
                 parent_referral: ReferralNode | None = None,
                 urgency: str = Urgency.NORMAL.value) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.letter_id, self.parent_referral = letter_id, parent_referral
        self.settings = ReferralSettings()
        self._due_by_hand = False
        self._setting_due = False
        self.setWindowTitle(self.tr("Refer onward") if parent_referral else self.tr("Refer"))
        self.setSizeGripEnabled(True)
        self.errors = FormErrors()

        title = QLabel(label_text(letter_title))
        title.setWordWrap(True)
        title.setObjectName("referralLetter")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find by name, post or user name"))
        self.people = QListWidget()
        isolate_cells(self.people)
        self.people.setMinimumHeight(160)
        self.filter = PeopleFilter(self.people)
        self.search.textChanged.connect(self.filter.apply)
        self.search.returnPressed.connect(self._check_first_match)
        self.people.itemChanged.connect(lambda _item: self._count_chosen())
        self.chosen_label = QLabel()  # who is ticked, also those a search hides
        self.chosen_label.setProperty("role", "hint")
        self.chosen_label.setWordWrap(True)
        people_box = QVBoxLayout()
        people_box.setContentsMargins(0, 0, 0, 0)
        to_label = QLabel(self.tr("Refer to:"))
        to_label.setBuddy(self.search)
        people_box.addWidget(to_label)
        people_box.addWidget(self.search)
        people_box.addWidget(self.errors.add_field("to", self.people), 1)
        people_box.addWidget(self.chosen_label)

        self.kinds = QButtonGroup(self)
        kinds_row = QHBoxLayout()
        kinds_row.setContentsMargins(0, 0, 0, 0)
        for kind in ReferralKind:
            radio = QRadioButton(labels.referral_kind_label(kind.value))
            radio.setProperty("kind", kind.value)
            self.kinds.addButton(radio)
            kinds_row.addWidget(radio)
        kinds_row.addStretch()
        self.kinds.buttons()[0].setChecked(True)
        kinds_holder = QWidget()
        kinds_holder.setLayout(kinds_row)
        self.priority = QComboBox()
        for level in Urgency:
            self.priority.addItem(labels.priority_label(level.value), level.value)
        self.priority.setCurrentIndex(max(self.priority.findData(urgency), 0))
        self.due_on = JalaliDateEdit()
        self.due_on.setMaximumWidth(170)
        self.due_hint = QLabel()
        self.due_hint.setProperty("role", "hint")
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.errors.add_field("due_on", self.due_on))
        due_row.addWidget(self.due_hint, 1)
        due_holder = QWidget()
        due_holder.setLayout(due_row)
        self.instruction = PlainTextEdit(lines=6, fixed=True)
        self.instruction.setPlaceholderText(self.tr(
            "Write the margin note, or pick a standard phrase below (left empty: the type)"))
        self.phrases = QListWidget()
        isolate_cells(self.phrases)
        self.phrases.setMinimumHeight(120)  # the room the هامش leaves: most phrases in view
        self.phrases.itemActivated.connect(lambda item: self.insert_phrase(self.phrases.row(item)))

        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.errors.add_field("referral_kind", kinds_holder))
        form.addRow(self.tr("Priority:"), self.errors.add_field("priority", self.priority))
        form.addRow(self.tr("Due date:"), due_holder)
        form.addRow(self.tr("Margin note:"), self.errors.add_field("instruction",
                                                                   self.instruction))
        form.addRow(self.tr("Standard phrases:"), self.phrases)

        columns = QHBoxLayout()
        columns.addLayout(people_box, 2)  # first in a right-to-left layout: on the right
        columns.addSpacing(12)
        columns.addLayout(form, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

        for number in range(1, PHRASE_KEYS + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.insert_phrase(n - 1))
        self.kinds.buttonToggled.connect(lambda _b, on: self._default_due() if on else None)
        self.priority.currentIndexChanged.connect(lambda _i: self._default_due())
        self.due_on.line_edit.textEdited.connect(self._due_typed)
        self.due_on.dateChanged.connect(lambda _d: self._due_picked())
        remember_window(self, "referral", DEFAULT_SIZE)
        self._count_chosen()
        self.search.setFocus()
        run_task(lambda: (accounts.people(ctx, user), referrals.referral_settings(ctx)),
                 on_finished=self._fill, context=self)

    # --- filling ------------------------------------------------------------------------

    def _fill(self, loaded: tuple[list[UserCard], ReferralSettings]) -> None:
        people, self.settings = loaded
        self.people.clear()
        for card in people:
            if card.username == self.user.username:
                continue  # not to oneself
            item = QListWidgetItem(labels.person_text(card.full_name, card.post_title,
                                                      card.username))
            item.setData(USERNAME_ROLE, card.username)
            item.setData(NAME_ROLE, card.full_name or card.username)
            item.setData(SEARCH_ROLE, search_text(card))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)
        self.filter.apply(self.search.text())
        self.phrases.clear()
        for number, phrase in enumerate(self.settings.phrases, start=1):
            shown = f"{labels.digits(number)}. {phrase}" if number <= PHRASE_KEYS else phrase
            item = QListWidgetItem(shown)
            item.setToolTip(phrase)
            self.phrases.addItem(item)
        self._default_due()

    # --- recipients -----------------------------------------------------------------------

    def check(self, username: str, on: bool = True) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(USERNAME_ROLE) == username:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [str(self.people.item(i).data(USERNAME_ROLE)) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def _check_first_match(self) -> None:
        """Enter in the search box ticks the first person shown and clears the search."""
        for i in range(self.people.count()):
            item = self.people.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)
                self.search.clear()
                return

    def _count_chosen(self) -> None:
        names = [str(self.people.item(i).data(NAME_ROLE)) for i in range(self.people.count())
                 if self.people.item(i).checkState() == Qt.CheckState.Checked]
        if not names:
            self.chosen_label.setText(self.tr("Tick one or more people."))
            return
        comma = "، " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
        self.chosen_label.setText(self.tr("Chosen ({n}): {names}").format(
            n=labels.digits(len(names)), names=comma.join(isolate(name) for name in names)))

    # --- type, priority and due date ------------------------------------------------------

    def kind(self) -> str:
        checked = self.kinds.checkedButton()
        return str(checked.property("kind")) if checked else ReferralKind.ACTION.value

    def set_kind(self, kind: str) -> None:
        for button in self.kinds.buttons():
            if button.property("kind") == kind:
                button.setChecked(True)

    def _due_typed(self, _text: str) -> None:
        self._due_by_hand = True

    def _due_picked(self) -> None:
        if not self._setting_due:
            self._due_by_hand = True

    def _default_due(self) -> None:
        """The house's due date for this type and priority, unless one was chosen by hand."""
        kind, priority = self.kind(), str(self.priority.currentData())
        days = self.settings.days_for(kind, priority)
        self.due_hint.setText(self.tr("No due date for this type.") if days is None else
                              self.tr("Usually {n} days.").format(n=labels.digits(days)))
        if self._due_by_hand:
            return
        self._setting_due = True
        self.due_on.setDate(default_due_on(self.settings, kind, priority))
        self._setting_due = False

    # --- the هامش -------------------------------------------------------------------------

    def insert_phrase(self, index: int) -> None:
        """Put standard phrase ``index`` where the cursor is in the هامش."""
        if not 0 <= index < len(self.settings.phrases):
            return
        phrase = self.settings.phrases[index]
        cursor = self.instruction.textCursor()
        before = self.instruction.toPlainText()[:cursor.position()]
        if before and not before.endswith(("\n", " ")):
            phrase = " " + phrase
        cursor.insertText(phrase)
        self.instruction.setFocus()

    # --- saving ---------------------------------------------------------------------------

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
        kind, priority = self.kind(), str(self.priority.currentData())
        # No هامش written: the type says it («جهت اقدام»), as a one-line referral does.
        text = self.instruction.toPlainText().strip() or labels.referral_kind_label(kind)
        due = self.due_on.date()
        if self.parent_referral is not None:
            parent_id = self.parent_referral.id
            work = lambda: referrals.refer_onward(  # noqa: E731
                ctx, user, parent_id, people, text, due, kind=kind, priority=priority)
        else:
            letter_id = self.letter_id
            work = lambda: referrals.refer_letter(  # noqa: E731
                ctx, user, letter_id, people, text, due, kind=kind, priority=priority)
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._done, on_failed=self._failed, context=self)

    def _done(self, nodes: list[ReferralNode]) -> None:
        self.buttons.setEnabled(True)
        self.referred.emit(nodes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
