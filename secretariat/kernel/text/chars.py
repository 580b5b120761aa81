"""The characters the text rules (``clean``) treat specially, as compiled classes.

Kept apart from ``clean`` (which raises errors) so the error sentences (``messages``) can
quote a typed value through ``printable`` without an import cycle.
"""

from __future__ import annotations

import re

# Control characters: C0 but tab/LF/CR, DEL and C1. Tab, LF and CR are handled per field.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_LINE_BREAKS = "\t\n\r"
_OVERRIDES = "\u202d\u202e"  # LRO, RLO
_EMBEDDINGS_ISOLATES = "\u202a\u202b\u202c\u2066-\u2069"  # LRE RLE PDF, LRI RLI FSI PDI
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(1, 17)
)
_ALWAYS_REFUSED = (
    "\ud800-\udfff"  # lone surrogates: a decoder let through something that is not text
    + _NONCHARACTERS
    + "\u206a-\u206f"  # deprecated format controls (symmetric swapping, shaping...)
    + "\ufff9-\ufffb"  # interlinear annotation marks
)

DROPPED = dict.fromkeys(map(ord, "\ufeff"))  # a stray BOM / zero-width no-break space
SINGLE_LINE_BAD = re.compile(f"[{_CONTROL}{_OVERRIDES}{_EMBEDDINGS_ISOLATES}{_ALWAYS_REFUSED}]")
MULTI_LINE_BAD = re.compile(f"[{_CONTROL}{_OVERRIDES}{_ALWAYS_REFUSED}]")
# A single-line value as stored: line breaks and tabs are wrong there too.
STORED_LINE_BAD = re.compile(
    f"[{_CONTROL}{_LINE_BREAKS}{_OVERRIDES}{_EMBEDDINGS_ISOLATES}{_ALWAYS_REFUSED}]")
DIRECTION = re.compile(f"[{_OVERRIDES}{_EMBEDDINGS_ISOLATES}]")
SPACES = re.compile(r"\s+")


def printable(text: str, max_len: int = 80) -> str:
    """``text`` as a message may quote it: without the characters the rules refuse (they
    would garble the sentence or a terminal), whitespace folded, and short."""
    shown = SPACES.sub(" ", STORED_LINE_BAD.sub("", text.translate(DROPPED))).strip()
    return shown if len(shown) <= max_len else shown[: max_len - 1] + "…"
