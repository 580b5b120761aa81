"""The register's search box and filters, turned into a ``LetterQuery``.

Every change is reported by ``changed`` (the search box after a short pause in
typing, or at once with Enter), and the page reads the register again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.contacts import api as contacts
from secretariat.correspondence.api import LetterQuery, LetterStatus, Urgency, visible_levels
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.tasks import run_task
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.jalali_date_edit import JalaliDateEdit

SEARCH_PAUSE_MS = 400
ANY = None


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _choose_value(combo: QComboBox, value: object) -> None:
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return
    combo.setCurrentIndex(0)


class LetterFilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search number, subject, text, parties and keywords"))
        self.search.setToolTip(self.tr(
            "Every word must match. A word ending in * matches its beginning: «مصو*» finds "
            "«مصوبه»."))
        self.match_count = QLabel()
        self.match_count.setObjectName("matchCount")
        self.date_from = JalaliDateEdit()
        self.date_to = JalaliDateEdit()
        everything = self.tr("All")
        self.status = _combo([(everything, ANY)] + [
            (labels.status_label(s.value), s.value) for s in LetterStatus])
        self.urgency = _combo([(everything, ANY)] + [
            (labels.urgency_label(u.value), u.value) for u in Urgency])
        self.classification = _combo([(everything, ANY)] + [
            (labels.classification_label(level), level) for level in visible_levels(user)])
        self.contact = ContactPicker(ctx, user)
        self.contact.line_edit.setPlaceholderText(self.tr("Sender or recipient"))
        self.attachments = _combo([(everything, ANY), (self.tr("With attachments"), True),
                                   (self.tr("Without attachments"), False)])
        self.cancelled = _combo([(self.tr("Cancelled too"), ANY),
                                 (self.tr("Not cancelled"), False),
                                 (self.tr("Cancelled only"), True)])
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.awaiting = QCheckBox(self.tr("Awaiting reply"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.error = QLabel()
        self.error.setProperty("role", "formMessage")
        self.error.hide()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.textChanged.connect(self._search_cleared)
        for combo in (self.status, self.urgency, self.classification, self.attachments,
                      self.cancelled):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.overdue, self.awaiting):
            box.toggled.connect(lambda _on: self.changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _day: self.changed.emit())
        self.contact.contactChosen.connect(self._contact_changed)
        self.contact.line_edit.textChanged.connect(self._contact_text_changed)

        # The search box and the count are laid out by the page, on the line above.
        for edit in (self.date_from, self.date_to):
            edit.setFixedWidth(140)
        self.contact.setMinimumWidth(200)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first = ((self.tr("From:"), self.date_from), (self.tr("To:"), self.date_to),
                 (self.tr("Status:"), self.status), (self.tr("Urgency:"), self.urgency),
                 (self.tr("Classification:"), self.classification))
        second = ((self.tr("Party:"), self.contact), (self.tr("Attachments:"), self.attachments),
                  (self.tr("Cancelled:"), self.cancelled))
        for items in (first, second):
            row = QHBoxLayout()
            for text, widget in items:
                row.addWidget(QLabel(text))
                row.addWidget(widget)
                row.addSpacing(6)
            if items is second:
                row.addWidget(self.overdue)
                row.addWidget(self.awaiting)
            row.addStretch(1)
            if items is second:
                row.addWidget(self.clear_button)
            rows.addLayout(row)

    def _contact_changed(self, info: object) -> None:
        # While a name is being typed the filter waits for a suggestion to be picked.
        if info is not None or not self.contact.text():
            self.changed.emit()

    def _contact_text_changed(self, text: str) -> None:
        if not text.strip() and self.contact.chosen_id() is None:
            self.changed.emit()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _search_cleared(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted
            self._search_now()

    # --- the query -----------------------------------------------------------------

    def query(self, base: LetterQuery) -> LetterQuery | None:
        """``base`` (kind, order) with these filters; None and a message if one is wrong."""
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return None
        self.error.hide()
        return replace(
            base,
            text=self.search.text().strip(),
            date_from=self.date_from.date(), date_to=self.date_to.date(),
            status=self.status.currentData(), urgency=self.urgency.currentData(),
            classification=self.classification.currentData(),
            contact_id=self.contact.chosen_id(),
            has_attachments=self.attachments.currentData(),
            cancelled=self.cancelled.currentData(),
            overdue=True if self.overdue.isChecked() else None,
            awaiting_reply=True if self.awaiting.isChecked() else None,
        )

    def _problem(self) -> str:
        for edit in (self.date_from, self.date_to):
            if not edit.is_valid():
                return edit.error()
        start, end = self.date_from.date(), self.date_to.date()
        if start and end and start > end:
            return self.tr("The «from» date is after the «to» date.")
        if self.contact.text() and self.contact.chosen_id() is None:
            return self.tr("Choose the sender or recipient from the suggestions.")
        return ""

    def apply(self, query: LetterQuery) -> None:
        """Show ``query``'s filters (a saved filter chosen), then report one change."""
        widgets = (self.search, self.date_from, self.date_to, self.status, self.urgency,
                   self.classification, self.attachments, self.cancelled, self.overdue,
                   self.awaiting, self.contact, self.contact.line_edit)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.search.setText(query.text)
        self.date_from.setDate(query.date_from)
        self.date_to.setDate(query.date_to)
        _choose_value(self.status, query.status)
        _choose_value(self.urgency, query.urgency)
        _choose_value(self.classification, query.classification)
        _choose_value(self.attachments, query.has_attachments)
        _choose_value(self.cancelled, query.cancelled)
        self.overdue.setChecked(bool(query.overdue))
        self.awaiting.setChecked(bool(query.awaiting_reply))
        if query.contact_id is None:
            self.contact.clear()
        del blockers
        if query.contact_id is not None:
            self._load_contact(query.contact_id)
        else:
            self.changed.emit()

    def _load_contact(self, contact_id: int) -> None:
        ctx, user = self.contact.ctx, self.contact.user

        def shown(info: object) -> None:
            self.contact.set_contact(info)  # type: ignore[arg-type]  # emits changed

        def missing(_exc: BaseException) -> None:
            self.contact.clear()
            self.changed.emit()

        run_task(lambda: contacts.get_contact(ctx, user, contact_id), on_finished=shown,
                 on_failed=missing, context=self)

    def clear(self) -> None:
        self.apply(LetterQuery())

    def active_count(self) -> int:
        """How many of the filters (not the search box) narrow the list."""
        combos = (self.status, self.urgency, self.classification, self.attachments)
        return (sum(c.currentIndex() > 0 for c in combos) + (self.cancelled.currentIndex() > 0)
                + sum(e.date() is not None for e in (self.date_from, self.date_to))
                + bool(self.contact.text()) + self.overdue.isChecked()
                + self.awaiting.isChecked())

    def show_count(self, count: int | None, searching: bool) -> None:
        if count is None:
            self.match_count.setText(self.tr("Counting…"))
        elif searching:
            self.match_count.setText(
                self.tr("{n} letters found").format(n=labels.count_text(count)))
        else:
            self.match_count.setText(self.tr("{n} letters").format(n=labels.count_text(count)))
