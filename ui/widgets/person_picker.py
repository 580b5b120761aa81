"""Choosing a colleague: people by full name and post title; typing finds them by either, or by
their login name (which is not shown: people are not known by it).

``PersonCombo`` is a combo box for one person (a signatory, the audit log's user filter);
``PeopleFilter`` narrows a checkable list of people (the referral's recipients) as one types.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListWidget, QWidget

from secretariat.kernel.accounts import UserCard
from secretariat.kernel.text.normalize import normalize_for_search
from ui.labels import person_text

USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def search_text(card: UserCard) -> str:
    """What typing matches: the name, the post and the login name, normalised (ي/ك, ZWNJ)."""
    return normalize_for_search(f"{card.full_name} {card.post_title} {card.username}")


def matches(card_text: str, typed: str) -> bool:
    """Every word typed appears in the person's name, post or login name."""
    words = normalize_for_search(typed).split()
    return all(word in card_text for word in words)


class PersonCombo(QComboBox):
    """One person, or the ``none_text`` entry (None) first when given."""

    personChosen = Signal(object)  # username | None

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        # Arrowing through the suggestions shows each person as people read them.
        completer.highlighted[QModelIndex].connect(self._highlighted)  # type: ignore[index]
        self.currentIndexChanged.connect(lambda _i: self.personChosen.emit(self.username()))
        self.line().editingFinished.connect(self._settle_text)
        self.set_people(())

    def set_people(self, people: Iterable[UserCard], selected: str | None = None) -> None:
        keep = selected if selected is not None else self.username()
        self.blockSignals(True)
        self.clear()
        if self.none_text is not None:
            self.addItem(self.none_text, None)
            self.setItemData(0, normalize_for_search(self.none_text), SEARCH_ROLE)
        for card in people:
            self.addItem(person_text(card.full_name, card.post_title, card.username),
                         card.username)
            self.setItemData(self.count() - 1, search_text(card), SEARCH_ROLE)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.personChosen.emit(self.username())

    def username(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def choose(self, username: str | None) -> None:
        self.setCurrentIndex(max(self.findData(username), 0))

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = self.findData(index.data(Qt.ItemDataRole.UserRole))  # addItem's data
        if row >= 0:
            self.setCurrentIndex(row)
        QTimer.singleShot(0, self, self._settle_text)

    def _highlighted(self, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            self.line().setText(text)

    def _settle_text(self) -> None:
        """The field always shows the chosen person (what was typed only while typing)."""
        self.line().setText(self.itemText(self.currentIndex()))

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo is editable
        return line


class PeopleFilter:
    """Hides the rows of a people list that do not match what is typed (name, post, login)."""

    def __init__(self, listing: QListWidget) -> None:
        self.listing = listing

    def apply(self, typed: str) -> int:
        """Filter; returns how many rows stay visible."""
        shown = 0
        for row in range(self.listing.count()):
            item = self.listing.item(row)
            visible = matches(str(item.data(SEARCH_ROLE) or ""), typed)
            item.setHidden(not visible)
            shown += visible
        return shown
