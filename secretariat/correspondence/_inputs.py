"""What a form (or the CLI, or an import) hands to the services, and its first cleaning.

Inputs carry Python values (``date`` objects, not typed Jalali text): the form's
date picker and the CLI's parser turn text into dates with ``parse_jalali``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
