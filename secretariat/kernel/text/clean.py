"""Cleaning what people type, one rule set for every feature and every way in.

One-line fields are trimmed with inner runs of whitespace made one space; running text
keeps its line breaks; lengths and required fields give ``ValidationError``s naming the
field. (Stricter rules for every field are the hardening step's.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from secretariat.kernel.errors import ValidationError

_SPACES = re.compile(r"\s+")


def clean_choice(value: str | None, choices: type[StrEnum], field: str) -> str:
    text = (value or "").strip()
    allowed = [c.value for c in choices]
    if text not in allowed:
        raise ValidationError(field, "invalid_choice", value=text, allowed="، ".join(allowed))
    return text


def clean_line(value: str | None, field: str, max_len: int, required: bool = False) -> str:
    """One line of text: trimmed, inner runs of whitespace made one space."""
    text = _SPACES.sub(" ", value or "").strip()
    return _check_text(text, field, max_len, required)


def clean_block(value: str | None, field: str, max_len: int = 200_000) -> str:
    """Running text (body, summary): line breaks kept, outer blank space trimmed."""
    text = (value or "").replace("\r\n", "\n").strip()
    return _check_text(text, field, max_len, False)


def _check_text(text: str, field: str, max_len: int, required: bool) -> str:
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > max_len:
        raise ValidationError(field, "too_long", max=max_len)
    return text


def clean_keywords(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if not isinstance(value, str):
            raise ValidationError("keywords", "invalid_value")
        word = clean_line(value, "keywords", 100)
        if word:
            seen.setdefault(word, None)
    return tuple(seen)
