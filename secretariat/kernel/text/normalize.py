"""Normalisation of Persian (and Latin) text for search.

``normalize_for_search`` is the ONE function applied both when text is indexed
and when a query is typed, so that spelling variants that look the same to a
reader compare equal. Stored text always keeps what the user typed; this form
is only ever used for matching.

Rules, in order:

1. Unicode NFKC: composes combining sequences (ا + ◌ٓ → آ, ا + ◌ٔ → أ) and
   folds Arabic presentation forms (text pasted from PDFs), ligatures such as
   «ﻻ» and full-width Latin to their ordinary letters.
2. Latin is case-folded.
3. Letter variants from Arabic keyboards and Arabic spelling:
   ي ى ئ → ی, ك ڪ → ک, ۀ ة ە ہ ۂ → ه, أ إ ٱ ٲ ٳ ٵ → ا, ؤ → و.
   Hamza above is treated as a diacritic whether it is precomposed (أ ؤ ئ ۀ)
   or typed as the combining mark U+0654, so both spellings normalise equal.
4. آ is KEPT as its own letter: it is a distinct letter of the Persian
   alphabet (آن ≠ ان), and step 1 makes its two encodings equal, so «آب» finds
   «آب» however it was typed. (Change ``_LETTER_VARIANTS`` to fold it.)
5. Tatweel «ـ» and every non-spacing mark are dropped: Arabic diacritics
   U+064B–U+065F (including hamza above U+0654), superscript alef U+0670,
   Quranic marks, and Latin combining accents left over after step 1.
   The soft hyphen is dropped too (it only marks a hyphenation point).
6. Persian and Arabic-Indic digits become ASCII.
7. ZWNJ (نیم‌فاصله), ZWJ, other zero-width characters and bidi controls
   become a space, so «بهره‌برداری» and «بهره برداری» are the same words.
8. Runs of whitespace, punctuation and symbols (anything that is not a letter
   or digit, and «_») collapse to one space; the result is stripped.
"""

from __future__ import annotations

import re
import unicodedata

from secretariat.kernel.text.digits import ARABIC_INDIC_DIGITS, ASCII_DIGITS, PERSIAN_DIGITS

_LETTER_VARIANTS = {
    "ی": "يىئ",  # Arabic yeh, alef maksura, yeh with hamza above
    "ک": "كڪ",  # Arabic kaf, swash kaf
    "ه": "ۀةەہۂ",  # heh with yeh above, teh marbuta, ae, heh goal (+ hamza)
    "ا": "أإٱٲٳٵ",  # alef with hamza above/below, wasla, wavy hamza, high hamza
    "و": "ؤ",  # waw with hamza above
}

# Invisible characters: word separators for search, noise in a typed number.
INVISIBLE_MARKS = (
    "\u200b\u200c\u200d"  # zero-width space, ZWNJ, ZWJ
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u2060\ufeff"  # word joiner, BOM / zero-width no-break space
)

_DROPPED = "\u0640\u00ad"  # tatweel, soft hyphen


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Non-spacing and enclosing marks, found once at import so that each call
    # is a single str.translate in C. The Basic Multilingual Plane holds every
    # mark seen in Persian or Latin text (scanning all planes costs ~0.1 s of
    # start-up); the supplementary variation selectors are added by range.
    for code_point in [*range(0x10000), *range(0xE0100, 0xE01F0)]:
        if unicodedata.category(chr(code_point)) in ("Mn", "Me"):
            table[code_point] = None
    for char in _DROPPED:
        table[ord(char)] = None
    for char in INVISIBLE_MARKS:
        table[ord(char)] = " "
    for target, variants in _LETTER_VARIANTS.items():
        for char in variants:
            table[ord(char)] = target
    for persian, arabic, ascii_digit in zip(
        PERSIAN_DIGITS, ARABIC_INDIC_DIGITS, ASCII_DIGITS, strict=True
    ):
        table[ord(persian)] = ascii_digit
        table[ord(arabic)] = ascii_digit
    return table


_TABLE = _build_table()
_REMOVE_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_MARKS + "\u00ad"))
_SEPARATORS = re.compile(r"[\W_]+")


def normalize_for_search(text: str) -> str:
    """Return the search form of ``text`` (see the module notes for the rules)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_TABLE)
    return _SEPARATORS.sub(" ", text).strip()


def search_tokens(text: str) -> list[str]:
    """The normalised words of ``text``, in order (duplicates kept)."""
    return normalize_for_search(text).split()


def remove_invisible_marks(text: str) -> str:
    """Drop zero-width characters, bidi controls and soft hyphens.

    For identifiers and dates pasted from other programs, which often carry an
    invisible left-to-right mark; not for running text, where ZWNJ matters.
    """
    return text.translate(_REMOVE_INVISIBLE)
