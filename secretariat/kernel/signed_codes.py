"""The text of a printed QR code: compact, signed, checkable offline with the public key.

    SMT2:<kind>:<number>:<Jalali date>:<digest>:<key id>:<signature>

- ``kind``: one letter for the document (``DocumentKind``: L a letter, R the receipt of an
  incoming letter, M a membership card, C a certificate);
- ``number``: the register number, its Persian letters and anything outside ``0-9 A-Z . / -``
  percent-encoded as UTF-8 («1405/%D8%B5/12»);
- the date as ``1405/09/21`` (ASCII digits);
- ``digest``: base32 of the first 16 bytes of a SHA-256 over the document's content (a
  letter: subject, recipients, body), so the register can tell whether it still says the
  same thing;
- ``key id``: five base32 characters of the SHA-256 of the public key the code was signed
  with, so a verifier can tell a code signed with a key it does not know (another office's
  database, or a forger's own key) from one altered after signing;
- ``signature``: base32 of the Ed25519 signature (``kernel.signing``) of everything before it.

Every character is in the QR code's alphanumeric set (upper-case letters, digits, ``%``, ``/``,
``.``, ``-``, ``:``), so the code stays small (version 7 at level M for a letter) and no
reader has to guess a character set. ``SMT1|...`` codes printed before signing existed are
recognised and reported as unsigned: anyone could have made one, and so are the ``SMT1M|...``
codes of membership cards and certificates printed before them.

A card or a certificate (kinds M and C) signs the membership number, the date its membership
is valid until, and a digest of the unit and the association it names (``facts_digest``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

from sqlalchemy.orm import Session

from secretariat.kernel import signing
from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.vocab import LabeledEnum

PREFIX = "SMT2"
OLD_PREFIX = "SMT1|"
OLD_CARD_PREFIX = "SMT1M|"  # membership cards and certificates before signing
SEPARATOR = ":"
DIGEST_BYTES = 16
KEY_ID_BYTES = 3  # five base32 characters
SAMPLE_KEY_ID = "AAAAA"  # sample pages: no key signs them
_KEPT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ./-")
_BASE32 = re.compile(r"[A-Z2-7]+")
_DATE = re.compile(r"[0-9]{4}/[0-9]{2}/[0-9]{2}")


class DocumentKind(LabeledEnum):
    LETTER = "L", "نامه", "Letter"
    RECEIPT = "R", "رسید نامهٔ وارده", "Receipt of an incoming letter"
    MEMBERSHIP_CARD = "M", "کارت عضویت", "Membership card"
    CERTIFICATE = "C", "گواهی", "Certificate"


class Reason(LabeledEnum):
    """Why a code is valid or not (the CLI's ``reason``, the Verify dialog's sentence)."""

    SIGNED = "signed", "امضای رمزینه درست است.", "The signature is valid."
    BAD_SIGNATURE = (
        "bad_signature", "امضای رمزینه نادرست است: رمزینه ساختگی است یا دست خورده است.",
        "The signature does not match: the code was made up or altered.")
    UNSIGNED = (
        "unsigned", "رمزینهٔ قدیمی و بی‌امضاست؛ درستی آن را نمی‌توان سنجید.",
        "An old code without a signature: it proves nothing.")
    UNKNOWN_KEY = (
        "unknown_key", "رمزینه با کلیدی امضا شده که کلید این دبیرخانه نیست: این برگه را این"
        " دبیرخانه چاپ نکرده است (یا کلید عمومی دبیرخانهٔ دیگری لازم است).",
        "Signed with a key that is not this office's: this office did not print it (or another"
        " office's public key is needed).")
    NOT_OURS = ("not_ours", "این متن رمزینهٔ این نرم‌افزار نیست.",
                "Not a code of this application.")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def key_id(public: bytes) -> str:
    """The short name of a public key that a code carries."""
    return _b32(hashlib.sha256(public).digest()[:KEY_ID_BYTES])


def encode_number(number: str) -> str:
    return "".join(c if c in _KEPT else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
                   for c in number)


def content_digest(subject: str, parties: Sequence[str], body: str) -> str:
    """Base32 digest of a document's content; line endings and outer spaces ignored."""
    canonical = json.dumps([subject.strip(), [p.strip() for p in parties],
                            body.replace("\r\n", "\n").strip()],
                           ensure_ascii=False, separators=(",", ":"))
    return _b32(hashlib.sha256(canonical.encode("utf-8")).digest()[:DIGEST_BYTES])


def facts_digest(facts: Sequence[str]) -> str:
    """Base32 digest of the facts a card or certificate prints (unit, association...)."""
    canonical = json.dumps([f.strip() for f in facts], ensure_ascii=False, separators=(",", ":"))
    return _b32(hashlib.sha256(canonical.encode("utf-8")).digest()[:DIGEST_BYTES])


@dataclass(frozen=True)
class CodeFields:
    """What a code says, before it is signed."""

    kind: str  # DocumentKind value
    number: str
    date_text: str  # Jalali, ASCII digits: 1405/09/21
    digest: str

    @classmethod
    def of(cls, kind: DocumentKind, number: str, day: date, digest: str) -> CodeFields:
        return cls(kind.value, number, format_jalali(day, persian=False), digest)

    def message(self, signer: str) -> bytes:
        """The signed part: everything before the signature (``signer``: the key id)."""
        return SEPARATOR.join((PREFIX, self.kind, encode_number(self.number), self.date_text,
                               self.digest, signer)).encode("ascii")


def signed_code(session: Session, fields: CodeFields) -> str:
    """The code's text, signed with the private key of ``session``'s database."""
    private = signing.private_key(session)
    message = fields.message(key_id(signing.public_of_key(private)))
    return message.decode("ascii") + SEPARATOR + _b32(private.sign(message))


def unsigned_sample(fields: CodeFields) -> str:
    """A code-shaped text with an empty signature, for sample and preview pages: it scans
    like a real one and is reported invalid."""
    return fields.message(SAMPLE_KEY_ID).decode("ascii") + SEPARATOR + _b32(bytes(64))


@dataclass(frozen=True)
class CodeCheck:
    valid: bool
    reason: Reason
    fields: CodeFields | None  # what the code claims (also when invalid), None: not ours


@dataclass(frozen=True)
class RegisterMatch:
    """What a feature's records say about a validly signed code (``CodeRegister``)."""

    registered: bool  # a record with that number exists
    digest_matches: bool  # and it still says what the paper says
    cancelled: bool | None = None  # a letter: cancelled since
    status: str | None = None  # the record's state today, in words (a membership: «فعال»)
    in_force: bool | None = None  # a card: its membership is active, its printed date not past


def _old_fields(text: str) -> CodeFields | None:
    parts = text.split("|")
    if len(parts) != 4:
        return None
    kind = DocumentKind.MEMBERSHIP_CARD.value if parts[0] == OLD_CARD_PREFIX[:-1] else "L"
    return CodeFields(kind, unquote(parts[1]), parts[2], parts[3])


@dataclass(frozen=True)
class ParsedCode:
    fields: CodeFields
    signer: str  # the key id
    signature: bytes


def parse_code(text: str) -> ParsedCode | None:
    """A code's fields, key id and signature, or None when ``text`` is not an SMT2 code."""
    parts = text.strip().upper().split(SEPARATOR)
    if len(parts) != 7 or parts[0] != PREFIX:
        return None
    _prefix, kind, number, date_text, digest, signer, signature = parts
    if (len(kind) != 1 or not kind.isalpha() or not _DATE.fullmatch(date_text)
            or not _BASE32.fullmatch(digest) or not _BASE32.fullmatch(signature)
            or not _BASE32.fullmatch(signer)):
        return None
    try:
        decoded = unquote(number, errors="strict")
        raw = _unb32(signature)
    except (UnicodeDecodeError, binascii.Error):
        return None
    if not decoded or encode_number(decoded) != number or _b32(raw) != signature:
        return None  # only one spelling of a number (or a signature) is ever signed
    return ParsedCode(CodeFields(kind, decoded, date_text, digest), signer, raw)


def check_code(text: str, public: bytes) -> CodeCheck:
    """Is ``text`` a code signed by the holder of ``public``'s private key? Needs nothing
    else: no database, no network."""
    stripped = text.strip()
    if stripped.startswith((OLD_PREFIX, OLD_CARD_PREFIX)):
        return CodeCheck(False, Reason.UNSIGNED, _old_fields(stripped))
    parsed = parse_code(stripped)
    if parsed is None:
        return CodeCheck(False, Reason.NOT_OURS, None)
    fields = parsed.fields
    if parsed.signer != key_id(public):
        return CodeCheck(False, Reason.UNKNOWN_KEY, fields)
    if signing.verify(public, fields.message(parsed.signer), parsed.signature):
        return CodeCheck(True, Reason.SIGNED, fields)
    return CodeCheck(False, Reason.BAD_SIGNATURE, fields)
