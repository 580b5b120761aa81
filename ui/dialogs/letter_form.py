"""Register a letter (وارده، صادره، داخلی) from the keyboard, one after another.

Enter (or Ctrl+Enter from a text box) registers; the new number appears large
at the top and the form empties for the next letter of the batch, keeping the
registration date. The same sender, sender's number and date registered before
brings up a warning that shows the earlier letter, with «register anyway».
The dialog also edits an existing letter (``existing``): then it closes on save.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import (
    DuplicateLetter,
    LetterDetail,
    LetterInput,
    LetterKind,
    LetterSummary,
)
from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.dialogs.letter_form_banners import DuplicateWarning, RegisteredBanner
from ui.dialogs.letter_form_fields import LetterFields
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.form_scroll import form_scroll
from ui.window_fit import remember_window

DEFAULT_SIZE = QSize(1040, 680)
OUTGOING_SIZE = QSize(1060, 700)


class LetterFormDialog(QDialog):
    registered = Signal(object)  # LetterDetail, after each save
    openRequested = Signal(int)  # a letter id the user asked to see

    def __init__(self, ctx: AppContext, user: CurrentUser, kind: str,
                 parent: QWidget | None = None, existing: LetterDetail | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.kind, self.existing = ctx, user, kind, existing
        self.last: LetterDetail | None = None
        self.setWindowTitle(self._title())
        self.setMinimumSize(720, 460)
        self.setSizeGripEnabled(True)
        self.discard_question: QMessageBox | None = None
        self.errors = FormErrors()
        self.banner = RegisteredBanner()
        self.banner.open_button.clicked.connect(self._open_last)
        self.duplicate = DuplicateWarning()
        self.duplicate.open_requested.connect(self.open_letter)
        self.duplicate.register_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.fields = LetterFields(ctx, user, kind, self.errors)
        scroll = form_scroll(self.fields)

        self.save_button = QPushButton(self.tr("Register") if existing is None
                                       else self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save())

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.duplicate)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # again, now that it is inside the dialog
        self._watch_duplicates()
        if existing is not None:
            self.fields.load(existing)
        self._pristine: LetterInput = self.fields.to_input()
        self._load_users()
        remember_window(self, f"letter-form-{kind}",
                        OUTGOING_SIZE if kind == LetterKind.OUTGOING else DEFAULT_SIZE)
        self.fields.first_field().setFocus()

    def _title(self) -> str:
        if self.existing is not None:
            return self.tr("Edit letter {number}").format(
                number=labels.number_text(self.existing.number))
        titles = {"incoming": self.tr("Register incoming letters"),
                  "outgoing": self.tr("Register outgoing letters"),
                  "internal": self.tr("Register internal letters")}
        return titles[self.kind]

    def _load_users(self) -> None:
        if self.fields.signatory is None:
            return
        ctx, user = self.ctx, self.user
        chosen = self.existing.signatory if self.existing else None
        run_task(lambda: accounts.people(ctx, user),
                 on_finished=lambda people: self._people_loaded(people, chosen), context=self)

    def _people_loaded(self, people: list[accounts.UserCard], chosen: str | None) -> None:
        self.fields.set_users(people, chosen)
        self._pristine = self.fields.to_input()  # the signatory shown is not a change

    # --- leaving with something typed ---------------------------------------------------

    def has_changes(self) -> bool:
        """Something typed (or a file added) since the form opened or last registered."""
        return (self.fields.to_input() != self._pristine
                or bool(self.fields.attachments.files()))

    def reject(self) -> None:
        """Esc, Close or the window's ✕: what was typed is not thrown away without asking."""
        if not self.has_changes():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Close the form? What you have typed is not registered "
                                  "and will be lost."), QMessageBox.StandardButton.NoButton,
                          self)
        discard = box.addButton(self.tr("Close and discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        discard.clicked.connect(self._discard)
        self.discard_question = box
        box.open()

    def _discard(self) -> None:
        self._pristine = self.fields.to_input()
        self.fields.attachments.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- the early duplicate warning ---------------------------------------------------

    def _watch_duplicates(self) -> None:
        fields = self.fields
        if (fields.sender_field is None or fields.sender_number is None
                or fields.sender_date is None):
            return
        fields.sender_field.contactChosen.connect(lambda _c: self.check_duplicates())
        fields.sender_field.line_edit.editingFinished.connect(self.check_duplicates)
        fields.sender_number.editingFinished.connect(self.check_duplicates)
        fields.sender_date.dateChanged.connect(lambda _d: self.check_duplicates())

    def check_duplicates(self) -> None:
        """Warn as soon as sender, sender's number and date match an earlier letter."""
        fields = self.fields
        if self.existing is not None or fields.sender_field is None:
            return
        assert fields.sender_number is not None and fields.sender_date is not None
        party, number, day = (fields.sender_field.party(), fields.sender_number.text().strip(),
                              fields.sender_date.date())
        if party is None or not number or day is None:
            self.duplicate.hide()
            return
        ctx, user = self.ctx, self.user
        asked = (party, number, day)
        self._duplicate_question = asked
        run_task(lambda: letters.find_duplicates(ctx, user, party, number, day),
                 on_finished=lambda found: self._duplicates_found(asked, found), context=self)

    def _duplicates_found(self, asked: object, found: list[LetterSummary]) -> None:
        if asked != getattr(self, "_duplicate_question", None):
            return
        if found:
            self.duplicate.show_letters(found)
        else:
            self.duplicate.hide()

    # --- saving --------------------------------------------------------------------

    def save(self, allow_duplicate: bool = False) -> None:
        if not self.save_button.isEnabled():
            return  # a save is under way
        self.errors.clear()
        if not self.fields.check_dates():
            return
        data = self.fields.to_input()
        files = self.fields.attachments.files()
        ctx, user, existing = self.ctx, self.user, self.existing
        self._busy(True)
        if existing is not None:
            letter_id = existing.id
            run_task(lambda: letters.update_letter(ctx, user, letter_id, data),
                     on_finished=self._saved, on_failed=self._failed, context=self)
            return
        # One call, one transaction: a refused file refuses the letter, and says why.
        run_task(lambda: letters.register_letter(ctx, user, data, allow_duplicate, files=files),
                 on_finished=self._saved, on_failed=self._failed, context=self)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.duplicate.register_anyway.setEnabled(not busy)

    def _saved(self, letter: LetterDetail) -> None:
        self._busy(False)
        self.last = letter
        self.registered.emit(letter)
        if self.existing is not None:
            self.accept()
            return
        self.duplicate.hide()
        self.banner.show_letter(letter, "")
        self.fields.clear_for_next()
        self._pristine = self.fields.to_input()
        self.fields.first_field().setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, DuplicateLetter):
            # Enter again does not register a duplicate: «register anyway» needs a click
            # (or its Alt shortcut).
            self.duplicate.show_letters(list(exc.earlier), saving=True)
            return
        self.errors.show_failure(exc, self)

    # --- opening letters -----------------------------------------------------------

    def _open_last(self) -> None:
        if self.last is not None:
            self.open_letter(self.last.id)

    def open_letter(self, letter_id: int) -> None:
        """Ask whoever opened the form to show the letter (``openRequested``)."""
        self.openRequested.emit(letter_id)
