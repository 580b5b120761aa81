"""What the rest of the application calls to print. Each builds the PDF off the UI thread
(through ``secretariat.services.printing``, so confidentiality applies) and opens the preview.

    action = letter_print_action(page, ctx, user, current_letter_id)   # Ctrl+P on a letter
    page.addAction(action)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from secretariat.correspondence.api import LetterKind
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing import api as printing
from secretariat.printing.api import PrintLayout
from ui.printing.background import ProgressCallback, render_in_background
from ui.printing.preview_dialog import show_preview
from ui.tasks import Task

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_name(kind: str, ref: object) -> str:
    """«letter-1403-ص-125.pdf»: a number's slashes cannot go into a file name."""
    return f"{kind}-{_UNSAFE.sub('-', str(ref)).strip('-')}.pdf"


def _preview(parent: QWidget, work: Callable[[], bytes], label: str, title: str,
             name: str) -> Task:  # fmt: skip
    def done(data: bytes) -> None:
        show_preview(data, title, name, parent)

    def run(_progress: ProgressCallback) -> bytes:
        return work()

    return render_in_background(parent, run, label, done)


def preview_letter(parent: QWidget, ctx: AppContext, user: CurrentUser, ref: int | str,
                   preprinted: bool | None = None) -> Task:  # fmt: skip
    """The letter (by id or number) on letterhead, or on pre-printed paper."""
    label = QCoreApplication.translate("PrintActions", "Preparing the letter…")
    title = QCoreApplication.translate("PrintActions", "Letter {ref}")
    return _preview(parent, lambda: printing.letter_pdf(ctx, user, ref, preprinted), label,
                    title.format(ref=to_persian_digits(str(ref))), file_name("letter", ref))


def preview_receipt(parent: QWidget, ctx: AppContext, user: CurrentUser, ref: int | str,
                    size: str | None = None) -> Task:  # fmt: skip
    label = QCoreApplication.translate("PrintActions", "Preparing the receipt…")
    title = QCoreApplication.translate("PrintActions", "Receipt for letter {ref}")
    return _preview(parent, lambda: printing.receipt_pdf(ctx, user, ref, size), label,
                    title.format(ref=to_persian_digits(str(ref))), file_name("receipt", ref))


def preview_envelope(parent: QWidget, ctx: AppContext, user: CurrentUser, ref: int | str,
                     size: str | None = None) -> Task:  # fmt: skip
    label = QCoreApplication.translate("PrintActions", "Preparing the envelopes…")
    title = QCoreApplication.translate("PrintActions", "Envelopes for letter {ref}")
    return _preview(parent, lambda: printing.envelope_pdf(ctx, user, ref, size), label,
                    title.format(ref=to_persian_digits(str(ref))), file_name("envelope", ref))


def preview_calibration(parent: QWidget, ctx: AppContext,
                        layout: PrintLayout | None = None) -> Task:  # fmt: skip
    label = QCoreApplication.translate("PrintActions", "Preparing the calibration page…")
    title = QCoreApplication.translate("PrintActions", "Calibration page")
    return _preview(parent, lambda: printing.calibration_pdf(ctx, layout), label, title,
                    "calibration.pdf")


def letter_print_action(parent: QWidget, ctx: AppContext, user: CurrentUser,
                        current_letter: Callable[[], int | None]) -> QAction:  # fmt: skip
    """«Print letter…» with Ctrl+P for a page or dialog that shows a letter.

    ``current_letter`` returns the id of the letter on screen (None: nothing to print).
    Add the action to the widget (``widget.addAction``) so the shortcut works inside it.
    """
    action = QAction(QCoreApplication.translate("PrintActions", "Print letter…"), parent)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def triggered() -> None:
        letter_id = current_letter()
        if letter_id is not None:
            preview_letter(parent, ctx, user, letter_id)

    action.triggered.connect(triggered)
    action.setVisible(role_allows(user.role, printing.PRINT_LETTERS))
    return action


def incoming_refusal() -> str:
    """Why «Print letter» is off for an incoming letter (the service says the same)."""
    return QCoreApplication.translate(
        "PrintActions", "An incoming letter is the sender's letter: it is not printed on our "
        "letterhead. Print its receipt instead (Print ▸ Receipt…).")


def allow_letter_print(action: QAction, kind: str | None, *widgets: QWidget) -> None:
    """Turn «Print letter…» (and the ``widgets`` that trigger it) off for an incoming letter,
    with a tooltip saying why; on for any other letter (``kind`` None: nothing chosen)."""
    refused = kind == LetterKind.INCOMING
    tip = incoming_refusal() if refused else ""
    action.setEnabled(kind is not None and not refused)
    action.setToolTip(tip or action.text())
    for widget in widgets:
        widget.setEnabled(action.isEnabled())
        widget.setToolTip(tip)
