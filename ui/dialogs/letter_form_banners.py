"""The two notes above the letter form: the number just given, and the duplicate warning."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secretariat.correspondence.api import LetterDetail, LetterSummary
from ui import letter_labels as labels
from ui.bidi import label_text

NUMBER_POINT_SIZE = 22


class RegisteredBanner(QFrame):
    """«Registered: ۱۴۰۵/و/۱۲», large enough to copy onto the paper letter at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registeredBanner")
        self.setStyleSheet("QFrame#registeredBanner { background: #e8f3ea; "
                           "border: 1px solid #9cc7a4; border-radius: 4px; }")
        self.caption = QLabel()
        self.number = QLabel()
        self.number.setObjectName("registeredNumber")
        font = self.number.font()
        font.setPointSize(NUMBER_POINT_SIZE)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet("color: #1f5f2e;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setProperty("role", "fieldError")
        self.problem.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open this letter"))
        self.open_button.setAutoDefault(False)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        texts = QVBoxLayout()
        texts.addWidget(self.caption)
        texts.addWidget(self.subject)
        texts.addWidget(self.problem)
        layout = QHBoxLayout(self)
        layout.addWidget(self.number)
        layout.addSpacing(16)
        layout.addLayout(texts, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_letter(self, letter: LetterDetail, problem: str = "") -> None:
        if letter.number:
            self.caption.setText(self.tr("Registered {kind} letter number:").format(
                kind=labels.kind_label(letter.kind)))
            self.number.setText(labels.number_text(letter.number))
        else:
            self.caption.setText(self.tr("Draft saved; it is numbered when it is signed."))
            self.number.setText(labels.number_text(None))
        on = labels.date_text(letter.registered_on)
        self.subject.setText(label_text(f"{on} — {letter.subject}"))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.show()


class DuplicateWarning(QFrame):
    """The earlier letter(s) with the same sender, sender's number and date."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setStyleSheet("QFrame#duplicateWarning { background: #fff4e0; "
                           "border: 1px solid #e0a84a; border-radius: 4px; }")
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.letters = QLabel()
        self.letters.setWordWrap(True)
        self.letters.setTextFormat(Qt.TextFormat.RichText)
        self.letters.linkActivated.connect(self._link)
        self.register_anyway = QPushButton(self.tr("Register &anyway"))
        self.register_anyway.setAutoDefault(False)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.letters)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.register_anyway, 0, Qt.AlignmentFlag.AlignBottom)
        self.earlier: list[LetterSummary] = []
        self.hide()

    def show_letters(self, earlier: list[LetterSummary], saving: bool = False) -> None:
        self.earlier = list(earlier)
        self.title.setText(
            self.tr("Not registered: this sender's letter with this number and date is "
                    "already in the register.") if saving else
            self.tr("This sender's letter with this number and date is already in the "
                    "register."))
        lines = [
            f'<a href="{letter.id}">{html.escape(labels.number_text(letter.number))}</a>'
            f" — {html.escape(labels.date_text(letter.registered_on))} — "
            f"{html.escape(letter.subject)}"
            for letter in earlier
        ]
        self.letters.setText("<br>".join(lines))
        self.show()

    def _link(self, target: str) -> None:
        if target.isdigit():
            self.open_requested.emit(int(target))
