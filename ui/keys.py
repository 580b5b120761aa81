"""Shortcuts by key, not by typed character: Ctrl+N and Alt+… work on the Persian and the English
keyboard layout alike.

Qt matches a shortcut by the character the layout types: with the Persian layout the N key
types «د», so Ctrl+N arrives as Ctrl+د; a Persian mnemonic «&فایل» (Alt+ف) arrives as Alt+T
on the English layout. ``LayoutTwins`` (installed once on the application) gives such a
key press a second chance: when nothing took it, the same physical key on the other layout
is tried (Alt+T → Alt+ف, Ctrl+د → Ctrl+N). An open menu's plain letters (its items'
mnemonics) get the same treatment. The two layouts agree on where the letters sit: the
standard Persian keyboard (ISIRI 9147) and the older Windows Persian layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

# The English key and the Persian letter on the same key.
_PAIRS = {
    "Q": "ض", "W": "ص", "E": "ث", "R": "ق", "T": "ف", "Y": "غ", "U": "ع", "I": "ه",
    "O": "خ", "P": "ح", "[": "ج", "]": "چ", "A": "ش", "S": "س", "D": "ی", "F": "ب",
    "G": "ل", "H": "ا", "J": "ت", "K": "ن", "L": "م", ";": "ک", "'": "گ", "Z": "ظ",
    "X": "ط", "C": "ز", "V": "ر", "B": "ذ", "N": "د", "M": "پ", ",": "و",
}
# Qt key codes: a Latin letter's is its capital's code point, a Persian letter's its own.
TWIN_KEYS: dict[int, int] = {}
TWIN_TEXT: dict[str, str] = {}
for _latin, _persian in _PAIRS.items():
    TWIN_KEYS[ord(_latin)] = ord(_persian)
    TWIN_KEYS[ord(_persian)] = ord(_latin)
    TWIN_TEXT[_latin.lower()] = _persian
    TWIN_TEXT[_persian] = _latin.lower()
# The digits: the Persian layout types ۰-۹ on the number row (Ctrl+1 arrives as Ctrl+۱).
for _digit in range(10):
    TWIN_KEYS[ord("0") + _digit] = 0x06F0 + _digit
    TWIN_KEYS[0x06F0 + _digit] = ord("0") + _digit
    TWIN_TEXT[str(_digit)] = chr(0x06F0 + _digit)
    TWIN_TEXT[chr(0x06F0 + _digit)] = str(_digit)
# Arabic letters some keyboards type on the same keys (ي, ك).
TWIN_KEYS[ord("ي")] = ord("D")
TWIN_KEYS[ord("ك")] = ord(";")
TWIN_TEXT["ي"] = "d"
TWIN_TEXT["ك"] = ";"

_SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def twin_key(key: int) -> int | None:
    """The key on the other layout at the same place (None when it has none)."""
    return TWIN_KEYS.get(key)


class LayoutTwins(QObject):
    """The application's event filter: a key press nothing took is tried on the other layout."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._resending or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers()
        command = bool(modifiers & _SHORTCUT_MODIFIERS)
        if command and (modifiers & _SHORTCUT_MODIFIERS) == _SHORTCUT_MODIFIERS:
            return False  # Ctrl+Alt is AltGr on Windows: it types characters
        in_menu = isinstance(watched, QMenu) and not command
        twin = twin_key(event.key())
        if twin is None or not (command or in_menu):
            return False
        # Alt+letter is only ever a mnemonic, and no shortcut took this one: its twin is
        # tried at once. Ctrl+letter and a letter in an open menu first go where they were
        # sent (Ctrl+C in a field), and only a key nobody took is tried as its twin.
        alt_only = command and not modifiers & Qt.KeyboardModifier.ControlModifier
        if not alt_only and self._send(watched, event.key(), modifiers, event.text(), event):
            return True
        text = event.text()
        self._send(watched, twin, modifiers, TWIN_TEXT.get(text.lower(), text), event)
        return True

    def _send(self, receiver: QObject, key: int, modifiers: Qt.KeyboardModifier, text: str,
              original: QKeyEvent) -> bool:
        """Deliver a copy, not spontaneous: Qt tries the shortcuts with it first, as for a
        real key press, then the widget and its parents. True when someone took it."""
        copy = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text, original.isAutoRepeat(),
                         original.count())
        self._resending = True
        try:
            QApplication.sendEvent(receiver, copy)
        finally:
            self._resending = False
        return copy.isAccepted()


_installed: LayoutTwins | None = None


def install_layout_twins(app: QApplication) -> None:
    global _installed
    if _installed is None:
        _installed = LayoutTwins(app)
        app.installEventFilter(_installed)
