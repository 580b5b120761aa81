"""Is this printed letter genuine? Paste the text a phone read from its QR code, or choose the
PDF or a scan; the code's signature is checked with the database's public key and the code is
compared with the register (``printing.verify_code``), off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext
from secretariat.kernel.signed_codes import DocumentKind
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing import api as printing
from secretariat.printing.api import CodeVerdict
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors

FILE_FILTER = "PDF / PNG / JPG (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"
GOOD, BAD = "#1b5e20", "#b00020"
RLM = "\u200f"
CARD_KINDS = (DocumentKind.MEMBERSHIP_CARD.value, DocumentKind.CERTIFICATE.value)


@dataclass(frozen=True)
class Checked:
    text: str  # the code's text (read from the file when one was chosen)
    verdict: CodeVerdict


def check(ctx: AppContext, text: str, file: Path | None) -> Checked:
    """The work done off the UI thread: read the file's code, then verify it."""
    if file is not None:
        codes = printing.codes_in_file(file)
        ours = [c for c in codes if c.strip().upper().startswith(("SMT2:", "SMT1|", "SMT1M|"))]
        text = (ours or codes)[0]
    return Checked(text, printing.verify_code(text, ctx=ctx))


class VerifyDialog(QDialog):
    checked = Signal(object)  # Checked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file: Path | None = None
        self.setWindowTitle(self.tr("Verify a printed code"))
        self.setMinimumWidth(560)
        hint = QLabel(self.tr(
            "Paste the text a phone or a reader got from the QR code of a letter, a receipt, a "
            "membership card or a certificate, or choose its PDF or a scan of it. The code's "
            "signature shows whether this office printed it; the register shows whether the "
            "record still says the same."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.errors = FormErrors()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("SMT2:L:…")
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the code is Latin
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.text.textChanged.connect(self._typed)
        self.choose_button = QPushButton(self.tr("Choose a PDF or an image…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_box = QWidget()
        file_box.setLayout(file_row)

        self.verdict = QLabel()
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.verdict.setFont(font)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.kind = QLabel()
        self.number = QLabel()
        self.date = QLabel()
        self.register = QLabel()
        self.register.setWordWrap(True)
        self.result_box = QFrame()
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.verdict)
        result_layout.addWidget(self.reason)
        facts = QFormLayout()
        facts.addRow(self.tr("Document:"), self.kind)
        facts.addRow(self.tr("Number:"), self.number)
        self.date_label = QLabel(self.tr("Date:"))
        facts.addRow(self.date_label, self.date)
        facts.addRow(self.tr("Register:"), self.register)
        result_layout.addLayout(facts)
        self.result_box.hide()

        form = QFormLayout()
        form.addRow(self.tr("Code text:"), self.errors.add_field("code", self.text))
        form.addRow(self.tr("Or a file:"), self.errors.add_field("file", file_box))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = self.buttons.addButton(
            self.tr("Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.result_box)
        layout.addStretch()
        layout.addWidget(self.buttons)

    def _typed(self) -> None:
        if self.text.toPlainText().strip() and self.file is not None:
            self.set_file(None)  # the text typed last is what is checked

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the letter or its scan"),
                                              "", FILE_FILTER)
        if name:
            self.set_file(Path(name))
            self.run()

    def set_file(self, path: Path | None) -> None:
        self.file = path
        self.file_label.setText(path.name if path is not None else "")
        if path is not None:
            self.text.blockSignals(True)
            self.text.clear()
            self.text.blockSignals(False)

    def run(self) -> None:
        self.errors.clear()
        text = self.text.toPlainText().strip()
        if not text and self.file is None:
            self.text.setFocus()
            return
        ctx, file = self.ctx, self.file
        self.verify_button.setEnabled(False)
        run_task(lambda: check(ctx, text, file), on_finished=self._done,
                 on_failed=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result_box.hide()
        self.errors.show_failure(exc, self)

    def _done(self, result: Checked) -> None:
        self.verify_button.setEnabled(True)
        self.show_verdict(result.verdict)
        self.checked.emit(result)

    def show_verdict(self, verdict: CodeVerdict) -> None:
        good = (verdict.valid and verdict.registered is not False and not verdict.cancelled
                and verdict.digest_matches is not False and verdict.in_force is not False)
        if good:
            self.verdict.setText(self.tr("✔ Genuine: printed by this office"))
        elif verdict.valid:
            self.verdict.setText(self.tr("⚠ Printed by this office, but see the register"))
        else:
            self.verdict.setText(self.tr("✖ Not genuine"))
        colour = GOOD if good else BAD
        self.verdict.setStyleSheet(f"QLabel#verifyVerdict {{ color: {colour}; }}")
        self.reason.setText(verdict.reason.label)
        self.kind.setText(DocumentKind.label_of(verdict.kind) if verdict.kind else "—")
        # As on paper: a number with Latin letters (a membership's ANJ-0034) keeps its digits.
        number = verdict.number or ""
        shown = number if any("A" <= c <= "Z" for c in number.upper()) else to_persian_digits(number)
        self.number.setText(RLM + shown if number else "—")
        # The mark makes a line of digits and slashes sit on the right like the others.
        self.date.setText(RLM + to_persian_digits(verdict.date) if verdict.date else "—")
        self.date_label.setText(self.tr("Valid until:") if verdict.kind in CARD_KINDS
                                else self.tr("Date:"))
        self.register.setText(self.register_text(verdict))
        self.result_box.show()
        # Wrapped lines need more height than the layout first gives them.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def register_text(self, verdict: CodeVerdict) -> str:
        if verdict.registered is None:
            return self.tr("Not compared (only a validly signed code is looked up).")
        if verdict.kind in CARD_KINDS:
            return self.card_text(verdict)
        if not verdict.registered:
            return self.tr("No letter with this number is in the register.")
        text = (self.tr("Registered; its subject, parties and text are what was printed.")
                if verdict.digest_matches else
                self.tr("Registered, but its subject, parties or text now differ from the "
                        "printed letter."))
        if verdict.cancelled:
            text += " " + self.tr("The letter has been cancelled.")
        return text


    def card_text(self, verdict: CodeVerdict) -> str:
        """A membership card's or certificate's register line."""
        if not verdict.registered:
            return self.tr("No membership with this number is in the register.")
        text = (self.tr("Registered; its unit, association and membership type are what was "
                        "printed.")
                if verdict.digest_matches else
                self.tr("Registered, but its unit, association, membership type or validity "
                        "now differ from the printed paper."))
        text += " " + self.tr("Membership status today: %s.") % (verdict.status or "—")
        if verdict.in_force is False:
            text += " " + self.tr("This paper is not in force today.")
        return text


def open_verify_dialog(parent: QWidget, ctx: AppContext) -> VerifyDialog:
    dialog = VerifyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
