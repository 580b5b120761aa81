"""What a form (or the CLI, or an import) hands to the services, and its first cleaning.

Inputs carry Python values (``date`` objects, not typed Jalali text): the form's
date picker and the CLI's parser turn text into dates with ``parse_jalali``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secretariat.kernel.errors import ValidationError


@dataclass(frozen=True)
class PartyInput:
    """A sender, recipient or cc line: an existing contact by id, or a name.

    A name is matched to an existing contact by its normalised form (so «شركت»
    finds «شرکت») or a new contact of ``kind`` is created with it.
    """

    name: str = ""
    contact_id: int | None = None
    purpose: str = ""  # cc lines: information | action ("" = information)
    kind: str = "organisation"  # used only when a new contact is created


@dataclass(frozen=True)
class LetterInput:
    kind: str
    subject: str
    registered_on: date | None = None  # None: today in Tehran
    sender: PartyInput | None = None  # required for incoming letters
    recipients: tuple[PartyInput, ...] = ()  # required for outgoing letters
    cc: tuple[PartyInput, ...] = ()
    summary: str = ""
    body: str = ""
    sender_number: str = ""  # incoming: the sender's own number and date
    sender_date: date | None = None
    urgency: str = "normal"
    classification: str = "normal"
    keywords: tuple[str, ...] = ()
    signatory: str | None = None  # username; outgoing
    dispatch_method: str = ""
    dispatch_date: date | None = None
    postal_tracking_code: str = ""
    reply_expected_by: date | None = None  # outgoing: a reply is expected by then
    from_unit: str = ""  # internal letters
    to_unit: str = ""
    reply_to: str | int | None = None  # عطف / بازگشت: a letter number or id
    follows: str | int | None = None  # پیرو: a letter number or id
    draft: bool = False  # outgoing only: no number until signed


@dataclass(frozen=True)
class ContactInput:
    name: str
    kind: str = "organisation"
    post_title: str = ""
    organisation_id: int | None = None  # a person's organisation
    phone: str = ""
    mobile: str = ""
    postal_code: str = ""
    national_id: str = ""
    legal_id: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


# --- cleaning helpers shared by the services ------------------------------------------

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
