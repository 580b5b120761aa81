"""Right-to-left screens showing text people typed, which may start in Latin or hold numbers.

Without isolation a cell or a label guesses one direction for the whole line, and text mixing
Persian, Latin and numbers comes out scrambled: «Scan نامه 12.pdf» reads «pdf.12 نامه Scan»,
a letter number «۱۴۰۵/و/۱۲» inside Latin text loses its order. Each piece of user text is
therefore shown as a first-strong isolate (U+2068 … U+2069, Unicode bidi rules FSI/PDI): it
keeps its own direction (from its first strong letter) and cannot disturb what is around it.
A letter number inside the text is isolated on its own as well.

- every list, table and tree uses ``BidiDelegate`` (``isolate_cells``): each cell is isolated
  when painted, the model's data stay as typed (copying, sorting and tests see no marks);
- labels that show user text use ``label_text`` (a right-to-left mark first, so the label
  stays right-aligned in a right-to-left window, then the isolate; on the English screens a
  left-to-right mark);
- input fields need nothing: Qt lays out a line edit by its text's first strong letter.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate
LRI = "\u2066"  # left-to-right isolate
RLM = "\u200f"  # right-to-left mark
LRM = "\u200e"  # left-to-right mark (the English screens)
MARKS = frozenset((FSI, PDI, LRI, RLM, "\u2067", "\u200e"))

# A letter number or a similar code: digits and a letter code between slashes
# («۱۴۰۵/و/۱۲», «1405/ص/3», «۱۲۳/الف»). Plain dates (digits only) need no isolate.
_NUMBER = re.compile(
    r"[0-9۰-۹٠-٩]+(?:/[0-9۰-۹٠-٩]*[^\W\d_][^\s/]*)+(?:/[0-9۰-۹٠-٩]+)?"
    r"|[^\W\d_]+/[0-9۰-۹٠-٩]+(?:/[0-9۰-۹٠-٩]+)*"
)


def _isolate_numbers(text: str) -> str:
    return _NUMBER.sub(lambda m: FSI + m.group(0) + PDI, text)


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate (its letter numbers isolated inside it)."""
    if not text or text.startswith(FSI):
        return text
    return FSI + _isolate_numbers(text) + PDI


def label_text(text: str) -> str:
    """User text for a QLabel in a right-to-left window: aligned right, each line read in its
    own order (a line break ends an isolate, so each line gets its own)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mark = RLM if rtl else LRM
    return "\n".join(mark + isolate(line) if line else line for line in text.split("\n"))


def strip_marks(text: str) -> str:
    """The text without the direction marks added for showing it."""
    return "".join(ch for ch in text if ch not in MARKS)


class BidiDelegate(QStyledItemDelegate):
    """Paints each cell's text as a first-strong isolate (see the module's docstring)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolate(option.text)


def isolate_cells(view: QAbstractItemView) -> BidiDelegate:
    """Give ``view`` the isolating delegate (parented to the view)."""
    delegate = BidiDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
