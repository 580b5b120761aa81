"""The verification string a printed letter carries in its QR code.

``SMT1|<number>|<Jalali date>|<hash>``: the register number, the registration
date (ASCII digits) and the first 16 hex digits of a SHA-256 over the letter's
printed content (number, date, subject, body, recipients, رونوشت, signatory).
The string is ASCII only: the number's Persian letters are percent-encoded
(«1403/%D8%B5/125»), because QR readers guess the character set of byte data and
some read UTF-8 Persian as Shift-JIS.
Whoever holds the paper can scan it and ask the register (``verify``) whether
a letter with that number exists and still says the same thing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote

from secretariat.kernel.jalali import format_jalali

PREFIX = "SMT1"
HASH_DIGITS = 16
_SEPARATOR = "|"


@dataclass(frozen=True)
class VerificationCode:
    number: str
    date_text: str  # Jalali, ASCII digits: 1403/02/15
    content_hash: str


def content_hash(
    number: str,
    registered_on: date,
    subject: str,
    body: str,
    recipients: Sequence[str],
    cc: Sequence[str],
    signatory: str,
) -> str:
    """Hex digest of the letter's printed content; line endings and outer spaces ignored."""
    canonical = json.dumps(
        [
            number,
            registered_on.isoformat(),
            subject.strip(),
            body.replace("\r\n", "\n").strip(),
            list(recipients),
            list(cc),
            signatory,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_DIGITS]


def verification_string(number: str, registered_on: date, digest: str) -> str:
    encoded = quote(number, safe="/-.")
    return _SEPARATOR.join((PREFIX, encoded, format_jalali(registered_on, persian=False), digest))


def parse_verification(text: str) -> VerificationCode | None:
    """The parts of a scanned string, or None when it is not one of ours."""
    parts = text.strip().split(_SEPARATOR)
    if len(parts) != 4 or parts[0] != PREFIX:
        return None
    _, encoded, date_text, digest = parts
    number = unquote(encoded)
    if not number or len(digest) != HASH_DIGITS:
        return None
    return VerificationCode(number, date_text, digest.lower())


def short_code(digest: str) -> str:
    """The part of the hash printed under the code for people to read out or type."""
    return digest[:8].upper()
