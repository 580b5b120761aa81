"""The PDF text layer: what copy, search, screen readers and ``pdftotext`` get from a page.

We draw Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: the joined
shapes arabic-reshaper picks), and reportlab's ToUnicode map sends each glyph
back to the code point it was drawn from, so a reader copied «ﻧﺎﻣﻪ» and a
search for «نامه» found nothing. ``LogicalTextTTFont`` writes a ToUnicode map
that sends each presentation form to its letters instead (NFKC: «ﻧ» -> «ن»).

Glyphs stand in the content stream in visual order (left to right) and every
reader puts right-to-left text back by reversing it character by character. A
ligature's letters are therefore given in visual order too: the lam-alef glyph
«ﻻ» maps to «ال», which a reader's reversal turns back into «لا»; mapping it to
«لا» would come out «ال» (seen with poppler).

Brackets and guillemets mirrored in a right-to-left run are drawn as private-use code points
(``bidi_order.DRAWN_MIRRORS``): the font gets each one's glyph from the mirror character
(«(» drawn with the glyph of «)») and the text layer maps it to the character itself, so the
reader's reversal gives «(...)» and «...» back in logical order.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from secretariat.printing.bidi_order import DRAWN_MIRROR_OF

PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def is_presentation_form(code: int) -> bool:
    return any(low <= code <= high for low, high in PRESENTATION_FORMS)


@cache
def logical_text(code: int) -> str:
    """What a reader should get for the glyph drawn for ``code`` (visual order)."""
    if code in DRAWN_MIRROR_OF:
        return DRAWN_MIRROR_OF[code][0]
    if not is_presentation_form(code):
        return chr(code)
    letters = unicodedata.normalize("NFKC", chr(code))
    # Isolated forms of marks decompose to a space and the mark: keep the mark.
    letters = letters.strip() or letters
    return letters[::-1]


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one font subset, with logical letters."""
    mapping = [
        f"<{code:02X}> <{logical_text(unicode).encode('utf-16-be').hex().upper()}>"
        for code, unicode in enumerate(subset)
    ]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *mapping,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])  # fmt: skip


class LogicalTextTTFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font whose PDF text layer holds letters, not presentation forms, and that
    draws the mirrored brackets of right-to-left runs (``DRAWN_MIRROR_OF``)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        for code, (_char, mirror) in DRAWN_MIRROR_OF.items():
            glyph = face.charToGlyph.get(ord(mirror))
            if glyph is not None:
                face.charToGlyph[code] = glyph
                face.charWidths[code] = face.charWidths.get(ord(mirror), face.defaultWidth)

    def addObjects(self, doc: Any) -> None:  # reportlab's name
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        # reportlab has just written each subset's ToUnicode stream under this name.
        face = self.face
        for number, subset in enumerate(subsets):
            base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX))
            font_name = base_name.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + font_name)
            if stream is not None:
                stream.content = to_unicode_cmap(font_name, subset)
