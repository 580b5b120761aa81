"""The text rules: what people type is text. One rule set for every field of every feature and
every way in (the forms, the CLI, imports), applied in the core.

A field is **single-line** (a subject, a name, a number, a code) or **multi-line** (a body, a
summary, an address, a note, a reason):

- Control characters (C0, DEL, C1, NUL) are refused, naming the character and its place.
  A multi-line field keeps line breaks (CR LF and CR become LF; U+2028/U+2029 too) and tabs;
  in a single-line field a line break or a tab is folded into a space, like any run of
  whitespace, because that is what pasting a line from another document means.
- Explicit direction controls: embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069) are refused in single-line fields (an override makes a subject read
  backwards on screen and on paper). A multi-line field may hold embeddings and isolates
  (word processors put them into pasted text) but never an override.
- Kept: ZWNJ (نیم‌فاصله), ZWJ, LRM, RLM and ALM — Persian text needs them.
- Refused everywhere: lone surrogates (text that is not Unicode), non-characters, the
  deprecated format controls U+206A–U+206F and the interlinear annotation marks. A stray
  BOM / zero-width no-break space (U+FEFF) is dropped.
- Outer whitespace is trimmed (and a single-line field's outer ZWNJs). A **required** field
  must then hold at least one letter or digit: spaces, ZWNJs and dots are not a subject.
- Lengths count characters after cleaning.

Every refusal is a ``ValidationError(field, code, ...)``: ``control_character``,
``direction_character``, ``invalid_character`` (with ``char`` as U+XXXX and ``position``
counted from 1), ``required``, ``needs_letter``, ``too_long`` (``max``), ``invalid_value``
(not text at all), ``invalid_choice``.

``text_problem`` applies the same rules to text already stored, for ``secretariat check``
(data written before the rules existed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.chars import (
    DIRECTION,
    DROPPED,
    MULTI_LINE_BAD,
    SINGLE_LINE_BAD,
    SPACES,
    STORED_LINE_BAD,
    printable,
)

_LINE_ENDS = re.compile("\r\n|[\r\u2028\u2029]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_\u0640]")  # tatweel stretches a letter; it is none
_OUTER = " \u200c"  # what a single-line field loses at its ends (after folding whitespace)


def _refuse(field: str, match: re.Match[str]) -> ValidationError:
    char = match.group()
    if DIRECTION.fullmatch(char):
        code = "direction_character"
    elif ord(char) < 0xA0:
        code = "control_character"
    else:
        code = "invalid_character"
    return ValidationError(field, code, char=f"U+{ord(char):04X}", position=match.start() + 1)


def _as_text(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "invalid_value")
    return value


def clean_line(value: str | None, field: str, max_len: int, required: bool = False) -> str:
    """One line of text: the rules above; inner runs of whitespace become one space."""
    text = _as_text(value, field).translate(DROPPED)
    bad = SINGLE_LINE_BAD.search(text)
    if bad is not None:
        raise _refuse(field, bad)
    text = SPACES.sub(" ", text).strip(_OUTER)
    return _check_text(text, field, max_len, required)


def clean_block(
    value: str | None, field: str, max_len: int = 200_000, required: bool = False
) -> str:
    """Running text (body, summary, address): line breaks and tabs kept, outer blank space
    trimmed."""
    text = _LINE_ENDS.sub("\n", _as_text(value, field).translate(DROPPED))
    bad = MULTI_LINE_BAD.search(text)
    if bad is not None:
        raise _refuse(field, bad)
    return _check_text(text.strip(), field, max_len, required)


def _check_text(text: str, field: str, max_len: int, required: bool) -> str:
    if required and not text.strip(_OUTER):
        raise ValidationError(field, "required")
    if required and _LETTER_OR_DIGIT.search(text) is None:
        raise ValidationError(field, "needs_letter")
    if len(text) > max_len:
        raise ValidationError(field, "too_long", max=max_len)
    return text


def clean_choice(value: str | None, choices: type[StrEnum], field: str) -> str:
    """One of a vocabulary's stored values (``invalid_choice`` names what is allowed)."""
    text = _as_text(value, field).strip()
    allowed = [c.value for c in choices]
    if text not in allowed:
        raise ValidationError(field, "invalid_choice", value=printable(text),
                              allowed="، ".join(allowed))
    return text


def clean_keywords(values: Iterable[str]) -> tuple[str, ...]:
    """Keywords: each a single line of at most 100 characters; empty ones and repeats dropped."""
    seen: dict[str, None] = {}
    for value in values:
        if not isinstance(value, str):
            raise ValidationError("keywords", "invalid_value")
        word = clean_line(value, "keywords", 100)
        if word:
            seen.setdefault(word, None)
    return tuple(seen)


def text_problem(text: str, multiline: bool) -> tuple[str, str] | None:
    """What stored ``text`` breaks (code, U+XXXX), or None: the rules of ``clean_line`` /
    ``clean_block`` for a field saved before they existed."""
    bad = (MULTI_LINE_BAD if multiline else STORED_LINE_BAD).search(text)
    if bad is None:
        return None
    error = _refuse("", bad)
    return error.code, str(error.params["char"])
