"""Printing's screens for the screen tour: a letter's print preview, the register book's
dialog and its preview, the letterhead and print layout settings with their live preview."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterQuery
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.printing import api as printing
from ui.printing.letterhead_dialog import LetterheadDialog
from ui.printing.preview_dialog import PdfPreviewDialog
from ui.printing.register_dialog import RegisterBookDialog
from ui.tour.support import settle

Screens = Iterator[tuple[str, QWidget]]


def seed(ctx: AppContext, admin: CurrentUser) -> None:
    """Printing prints the register's letters (the correspondence tour seeds them)."""


def screens(ctx: AppContext, user: CurrentUser) -> Screens:
    found = letters.list_letters(ctx, user, LetterQuery(kind="outgoing"), limit=1)
    if found:
        data = printing.letter_pdf(ctx, user, found[0].id)
        preview = PdfPreviewDialog(data, "نامهٔ صادره", "letter.pdf")
        preview.show()
        settle(20)  # QPdfView paints in the background
        yield "print-preview-letter", preview
        preview.close()
    register = RegisterBookDialog(ctx, user)
    yield "register-book", register
    register.close()
    letterhead = LetterheadDialog(ctx, user)
    letterhead.show()
    settle(20)
    yield "letterhead", letterhead
    letterhead.close()
