"""A sender/recipient field: type a few letters, pick a contact, or keep a new name.

Suggestions come from ``contacts.list_contacts`` (word prefixes, Persian
normalisation: «شركت» finds «شرکت»), read off the UI thread as the clerk types.
A name that matches no contact is kept as typed; the service then finds the
contact by its normalised name or creates it. The «+» button opens the full
contact form (a person with a post title, an organisation's details).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInfo, ContactPermission
from secretariat.correspondence.api import PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from ui.tasks import run_task

SUGGESTIONS = 15
TYPING_PAUSE_MS = 150
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


NewContact = Callable[["ContactPicker"], QWidget]


class ContactPicker(QWidget):
    """``party()`` is what the letter form sends; ``contact()`` the picked contact, if any."""

    contactChosen = Signal(object)  # ContactInfo | None
    suggestionsShown = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, kind: str | None = None,
                 new_contact: NewContact | None = None, parent: QWidget | None = None) -> None:
        """``new_contact(picker)`` opens the «new contact» dialog (``contact_dialog.
        new_contact_for``); without it the picker only finds existing contacts."""
        super().__init__(parent)
        self.ctx, self.user, self.kind = ctx, user, kind
        self._contact: ContactInfo | None = None
        self._chosen_id: int | None = None  # also set for a letter's party shown for editing
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("Type to search contacts"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.line_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.line_edit.textEdited.connect(self._typed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.suggest)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        self.new_button: QToolButton | None = None
        self._new_contact = new_contact
        if new_contact is not None and role_allows(user.role, ContactPermission.EDIT):
            self.new_button = QToolButton()
            self.new_button.setText("+")
            self.new_button.setToolTip(self.tr("New contact…"))
            self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
            self.new_button.clicked.connect(self.new_contact)
            layout.addWidget(self.new_button)
        self.setFocusProxy(self.line_edit)

    # --- value ---------------------------------------------------------------------

    def contact(self) -> ContactInfo | None:
        return self._contact

    def chosen_id(self) -> int | None:
        return self._chosen_id

    def text(self) -> str:
        return self.line_edit.text().strip()

    def party(self, purpose: str = "") -> PartyInput | None:
        if self._chosen_id is not None:
            return PartyInput(contact_id=self._chosen_id, purpose=purpose)
        name = self.text()
        return PartyInput(name=name, purpose=purpose) if name else None

    def set_contact(self, info: ContactInfo | None) -> None:
        self._contact = info
        self._chosen_id = info.id if info else None
        self.line_edit.setText(info.display_name if info else "")
        self.contactChosen.emit(info)

    def set_party(self, contact_id: int, text: str) -> None:
        """A letter's party shown for editing: that contact, without its full details."""
        self._contact = None
        self._chosen_id = contact_id
        self.line_edit.setText(text)

    def clear(self) -> None:
        self._timer.stop()
        self._contact = None
        self._chosen_id = None
        self.line_edit.clear()

    # --- suggestions ---------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self._chosen_id is not None:
            self._contact = None
            self._chosen_id = None
            self.contactChosen.emit(None)
        self._timer.start()

    def suggest(self) -> None:
        text = self.text()
        if not text:
            self.suggestions.clear()
            return
        ctx, user, kind = self.ctx, self.user, self.kind
        run_task(lambda: contacts.list_contacts(ctx, user, text, kind=kind, limit=SUGGESTIONS),
                 on_finished=lambda found: self._show(text, found), context=self)

    def _show(self, asked: str, found: list[ContactInfo]) -> None:
        if asked != self.text() or self._chosen_id is not None:
            return  # typed on meanwhile: a newer request follows
        self.suggestions.clear()
        for info in found:
            item = QStandardItem(info.display_name)
            item.setData(info, CONTACT_ROLE)
            self.suggestions.appendRow(item)
        if found and self.line_edit.hasFocus():
            self.completer.complete()
        self.suggestionsShown.emit()

    def _picked(self, index: QModelIndex) -> None:
        info = index.data(CONTACT_ROLE)
        if isinstance(info, ContactInfo):
            self._contact = info
            self._chosen_id = info.id
            # The completer writes the shown text itself; the same text, set once more
            # after it, keeps the line in step whichever order Qt runs the slots in.
            QTimer.singleShot(0, self, lambda: self._confirm(info))
            self.contactChosen.emit(info)

    def _confirm(self, info: ContactInfo) -> None:
        if self._contact is info:
            self.line_edit.setText(info.display_name)

    def pick_suggestion(self, row: int) -> None:
        """Choose a suggestion as a click or Enter in the popup would (keyboard tests too)."""
        index = self.suggestions.index(row, 0)
        if index.isValid():
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            self._picked(index)
            self._confirm(index.data(CONTACT_ROLE))

    # --- a new contact -------------------------------------------------------------

    def new_contact(self) -> QWidget | None:
        return self._new_contact(self) if self._new_contact is not None else None
