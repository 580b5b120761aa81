"""The database's Ed25519 key pair: what the printed codes are signed with.

A printed letter (or receipt, card, certificate) carries a QR code that anyone can check
offline with the public key alone (``signed_codes``). The private key is a secret of the key
store (``keys.SIGNING_KEY``: outside the database, moved between workstations by
``secretariat keys export/import``), so a copy of the database cannot sign. The public key
is stored in the database (``database_identity.signing_key``), so every copy can verify,
and is shown in Settings and exported as a PEM file for whoever verifies without a database.

Made by the migration that introduced it (so at ``init`` for a new database and at the
upgrade for an existing one).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.kernel import keys
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.models import DatabaseIdentity

if TYPE_CHECKING:
    from secretariat.kernel.context import AppContext

SIGNING_KEY = "qr-ed25519"  # the key store's name for the 32-byte private key
PUBLIC_KEY_BYTES = 32
MAX_KEY_FILE_BYTES = 16 * 1024


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())


def public_of(private: bytes) -> bytes:
    """The 32-byte public key of a 32-byte private key."""
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_of_key(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def encode_public(public: bytes) -> str:
    """As stored in the database: base64 of the 32 raw bytes."""
    return base64.b64encode(public).decode("ascii")


def ensure_key_pair(db_id: str, store: keys.KeyStore | None = None) -> bytes:
    """This database's private key (made and stored first if the key store has none); the
    caller stores its public half in the database."""
    return (store or keys.KeyStore()).ensure(db_id, SIGNING_KEY, new_private_key)


def stored_public_key(session: Session) -> bytes | None:
    """The public key recorded in the database (None before the upgrade that made it)."""
    text = session.scalar(select(DatabaseIdentity.signing_key).limit(1))
    return base64.b64decode(text) if text else None


def database_public_key(ctx: AppContext) -> bytes | None:
    """The public key of ``ctx``'s database, in its own read (Settings shows and exports it)."""
    with ctx.read() as session:
        return stored_public_key(session)


def private_key(session: Session, store: keys.KeyStore | None = None) -> Ed25519PrivateKey:
    """The private key of the database ``session`` is connected to. KeyMissing (with its
    own sentence) when this workstation lacks it; Conflict when the key held here is not
    the one whose public half the database records (another database's file)."""
    store = store or keys.KeyStore()
    db_id = keys.database_id(session)
    raw = store.get(db_id, SIGNING_KEY)
    if raw is None:
        raise keys.KeyMissing("signing_key_missing", database_id=db_id, folder=str(store.folder))
    if public_of(raw) != stored_public_key(session):
        raise Conflict("signing_key_mismatch")
    return Ed25519PrivateKey.from_private_bytes(raw)


def sign(session: Session, message: bytes, store: keys.KeyStore | None = None) -> bytes:
    """A 64-byte Ed25519 signature of ``message`` with this database's private key."""
    return private_key(session, store).sign(message)


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_pem(public: bytes) -> str:
    """The public key as a PEM file's text (what Settings exports)."""
    key = Ed25519PublicKey.from_public_bytes(public)
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def fingerprint(public: bytes) -> str:
    """What people compare by eye or over the phone: the first 16 bytes of SHA-256 of the
    key, in groups of four hex digits."""
    digest = hashlib.sha256(public).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def read_public_key(data: bytes, source: str) -> bytes:
    """A public key from a file: the PEM that Settings exports, or the bare base64 of the
    32 bytes. ValidationError ``public_key_invalid`` for anything else."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise ValidationError("public_key", "public_key_invalid", path=source)
    text = data.strip()
    try:
        if text.startswith(b"-----BEGIN"):
            key = serialization.load_pem_public_key(text)
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError("not an Ed25519 key")
            return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise ValidationError("public_key", "public_key_invalid", path=source) from exc
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValidationError("public_key", "public_key_invalid", path=source)
    return raw
