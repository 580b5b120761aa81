"""Signed QR codes: the database's key pair, the compact signed text, offline checking."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from qrcode.util import MODE_ALPHA_NUM

from secretariat.kernel import keys, signed_codes, signing
from secretariat.kernel.context import AppContext, open_context
from secretariat.kernel.db.engine import make_engine, sqlite_url
from secretariat.kernel.db.migrate import alembic_config
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.signed_codes import CodeFields, DocumentKind, Reason
from tests.helpers import must

FIELDS = CodeFields.of(DocumentKind.LETTER, "1405/ص/1234", date(2026, 12, 12),
                       signed_codes.content_digest("دعوت به نشست", ["سازمان صمت"], "متن نامه"))


@pytest.fixture
def code(ctx: AppContext) -> str:
    with ctx.read() as session:
        return signed_codes.signed_code(session, FIELDS)


@pytest.fixture
def public(ctx: AppContext) -> bytes:
    with ctx.read() as session:
        return must(signing.stored_public_key(session))


def test_the_database_has_a_key_pair_with_the_private_half_outside(ctx: AppContext) -> None:
    with ctx.read() as session:
        public = must(signing.stored_public_key(session))
        db_id = keys.database_id(session)
    private = must(keys.KeyStore().get(db_id, signing.SIGNING_KEY))
    assert signing.public_of(private) == public
    assert len(public) == 32
    database = (ctx.data_dir / "secretariat.sqlite").read_bytes()
    assert private not in database and base64.b64encode(private) not in database


def test_a_signed_code_is_compact_and_valid_offline(code: str, public: bytes) -> None:
    assert code.startswith("SMT2:L:1405/%D8%B5/1234:1405/09/21:")
    assert set(code) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ %$*+-./:")
    matrix = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    matrix.add_data(code.encode("ascii"))
    matrix.make(fit=True)
    assert matrix.version <= 7 and all(d.mode == MODE_ALPHA_NUM for d in matrix.data_list)
    check = signed_codes.check_code(code, public)
    assert check.valid and check.reason == Reason.SIGNED
    assert check.fields == FIELDS
    assert signed_codes.check_code(f"  {code.lower()}\n", public).valid  # as a reader may give it


def test_every_changed_byte_fails(code: str, public: bytes) -> None:
    """Any one character of a real code changed (to another the reader could give) makes
    it invalid, wherever it is."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ%/.-:"
    for index, char in enumerate(code):
        other = alphabet[(alphabet.index(char) + 7) % len(alphabet)]
        changed = code[:index] + other + code[index + 1:]
        check = signed_codes.check_code(changed, public)
        assert not check.valid, (index, changed)
        assert check.reason != Reason.SIGNED


@pytest.mark.parametrize("change", [
    ("1405/%D8%B5/1234", "1405/%D8%B5/1235"),  # another number
    ("1405/09/21", "1405/09/22"),  # another date
    (":L:", ":R:"),  # another kind of document
])
def test_an_altered_code_is_invalid(code: str, public: bytes, change: tuple[str, str]) -> None:
    altered = code.replace(*change)
    assert altered != code
    check = signed_codes.check_code(altered, public)
    assert not check.valid and check.reason == Reason.BAD_SIGNATURE


def test_a_forged_code_is_invalid(code: str, public: bytes) -> None:
    digest = signed_codes.content_digest("موضوع ساختگی", ["گیرنده"], "متن ساختگی")
    forged_fields = CodeFields("L", "1405/ص/1234", "1405/09/21", digest)
    # Someone who knows the format and copies a real signature onto other content:
    signature = code.rsplit(":", 1)[1]
    ours = signed_codes.key_id(public)
    forged = forged_fields.message(ours).decode("ascii") + ":" + signature
    assert signed_codes.check_code(forged, public).reason == Reason.BAD_SIGNATURE
    # ...or signs with a key of their own, naming it or naming ours:
    other = signing.new_private_key()
    for signer, reason in ((signed_codes.key_id(signing.public_of(other)), Reason.UNKNOWN_KEY),
                           (ours, Reason.BAD_SIGNATURE)):
        message = forged_fields.message(signer)
        own = base64.b32encode(Ed25519PrivateKey.from_private_bytes(other).sign(
            message)).decode().rstrip("=")
        check = signed_codes.check_code(message.decode() + ":" + own, public)
        assert not check.valid and check.reason == reason
        assert check.fields == forged_fields  # what it claims is still shown
    # Valid with the forger's key only:
    message = forged_fields.message(signed_codes.key_id(signing.public_of(other)))
    own = base64.b32encode(Ed25519PrivateKey.from_private_bytes(other).sign(
        message)).decode().rstrip("=")
    assert signed_codes.check_code(message.decode() + ":" + own, signing.public_of(other)).valid
    sample = signed_codes.unsigned_sample(FIELDS)
    assert sample.startswith(FIELDS.message(signed_codes.SAMPLE_KEY_ID).decode())
    assert not signed_codes.check_code(sample, public).valid


def test_old_and_foreign_codes(public: bytes) -> None:
    old = signed_codes.check_code("SMT1|1403/%D8%B5/125|1403/02/15|0123456789abcdef", public)
    assert not old.valid and old.reason == Reason.UNSIGNED
    assert must(old.fields).number == "1403/ص/125"
    for text in ("hello", "https://example.org", "SMT2:L:1:2:3:4:5",
                 "SMT2:LL:1/2:1405/01/01:A:B:C", "SMT2:L:%ZZ:1405/01/01:AAAA:AAAAA:AAAA",
                 "SMT2:L:1/2:1405/01/01:AAAA:AAAA", ""):
        check = signed_codes.check_code(text, public)
        assert not check.valid and check.reason == Reason.NOT_OURS and check.fields is None


def test_public_key_files(public: bytes) -> None:
    pem = signing.public_key_pem(public)
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert signing.read_public_key(pem.encode(), "k.pem") == public
    assert signing.read_public_key(base64.b64encode(public), "k.txt") == public
    for junk in (b"", b"not a key", base64.b64encode(b"short"), b"-----BEGIN PUBLIC KEY-----\n"):
        with pytest.raises(ValidationError):
            signing.read_public_key(junk, "junk")
    assert len(signing.fingerprint(public).split()) == 8


def test_another_databases_key_is_refused(ctx: AppContext) -> None:
    with ctx.read() as session:
        db_id = keys.database_id(session)
    keys.KeyStore().put(db_id, signing.SIGNING_KEY, signing.new_private_key(), replace=True)
    with ctx.read() as session, pytest.raises(Conflict) as refused:
        signed_codes.signed_code(session, FIELDS)
    assert refused.value.code == "signing_key_mismatch"


def test_a_workstation_without_the_key_cannot_sign(ctx: AppContext, tmp_path_factory:
                                                   pytest.TempPathFactory) -> None:
    empty = keys.KeyStore(tmp_path_factory.mktemp("other-workstation"))
    with ctx.read() as session, pytest.raises(keys.KeyMissing) as missing:
        signing.sign(session, b"message", empty)
    assert missing.value.code == "signing_key_missing"
    assert "keys import" in str(missing.value)


def test_an_existing_database_gets_its_key_pair_at_upgrade(tmp_path: Path) -> None:
    from alembic import command

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(sqlite_url(data / "secretariat.sqlite"))
    cfg = alembic_config()
    with engine.begin() as conn:  # a database of the release before signed codes
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011_integrity")
    engine.dispose()
    ctx = open_context(data)
    try:
        with ctx.read() as session:
            public = must(signing.stored_public_key(session))
            db_id = keys.database_id(session)
            code = signed_codes.signed_code(session, FIELDS)
    finally:
        ctx.close()
    store = keys.KeyStore()
    assert store.get(db_id, keys.AUDIT_KEY) is not None  # kept beside the audit key
    assert signing.public_of(must(store.get(db_id, signing.SIGNING_KEY))) == public
    assert signed_codes.check_code(code, public).valid
