"""The key store: secrets outside the database, one file per database, owner-only."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat.kernel import audit_log, key_transfer, keys
from secretariat.kernel.audit_log import AuditQuery
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.db.engine import make_engine, sqlite_url
from secretariat.kernel.db.migrate import alembic_config
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from secretariat.kernel.models import DatabaseIdentity
from secretariat.kernel.signing import SIGNING_KEY
from tests.conftest import MakeUser

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _db_id(ctx: AppContext) -> str:
    with ctx.read() as session:
        return keys.database_id(session)


def test_a_new_database_gets_an_id_and_a_private_key_file(tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "data", create=True)
    try:
        with ctx.read() as session:
            assert session.scalar(select(func.count()).select_from(DatabaseIdentity)) == 1
        db_id = _db_id(ctx)
    finally:
        ctx.close()
    store = keys.KeyStore()
    path = store.path_for(db_id)
    assert path.parent == keys.keys_dir()
    assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])  # the per-user config folder
    key = store.get(db_id, keys.AUDIT_KEY)
    assert key is not None and len(key) == 32
    # Nothing of the key is in the database file.
    assert key not in (tmp_path / "data" / "secretariat.sqlite").read_bytes()
    ctx = open_context(tmp_path / "data")  # opening again keeps the same id and key
    try:
        assert _db_id(ctx) == db_id
    finally:
        ctx.close()
    assert store.get(db_id, keys.AUDIT_KEY) == key


@posix_only
def test_key_file_and_folder_are_owner_only(ctx: AppContext) -> None:
    store = keys.KeyStore()
    path = store.path_for(_db_id(ctx))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.is_private(_db_id(ctx))
    os.chmod(path, 0o644)
    assert not store.is_private(_db_id(ctx))


def test_two_databases_have_their_own_ids_and_keys(tmp_path: Path) -> None:
    ids = []
    for name in ("one", "two"):
        context = open_context(tmp_path / name, create=True)
        ids.append(_db_id(context))
        context.close()
    store = keys.KeyStore()
    assert ids[0] != ids[1]
    assert store.get(ids[0], keys.AUDIT_KEY) != store.get(ids[1], keys.AUDIT_KEY)


def test_an_existing_database_gets_its_key_at_upgrade(tmp_path: Path) -> None:
    from alembic import command

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(sqlite_url(data / "secretariat.sqlite"))
    cfg = alembic_config()
    with engine.begin() as conn:  # a database of the release before the key store
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    ctx = open_context(data)
    try:
        db_id = _db_id(ctx)
    finally:
        ctx.close()
    assert keys.KeyStore().get(db_id, keys.AUDIT_KEY) is not None


def test_the_store_holds_named_secrets(tmp_path: Path) -> None:
    store = keys.KeyStore(tmp_path / "keys")
    db_id = keys.new_database_id()
    audit_key = store.ensure(db_id, keys.AUDIT_KEY)
    store.put(db_id, "qr-ed25519", b"private key bytes")
    assert store.load(db_id) == {keys.AUDIT_KEY: audit_key, "qr-ed25519": b"private key bytes"}
    assert store.ensure(db_id, keys.AUDIT_KEY) == audit_key  # never remade
    with pytest.raises(Conflict) as refused:
        store.put(db_id, keys.AUDIT_KEY, b"another value")
    assert refused.value.code == "key_differs"
    assert store.get(db_id, keys.AUDIT_KEY) == audit_key
    assert store.get(keys.new_database_id(), keys.AUDIT_KEY) is None
    with pytest.raises(keys.KeyMissing) as missing:
        store.require(keys.new_database_id(), keys.AUDIT_KEY)
    assert "keys import" in str(missing.value)


def test_export_then_import_on_another_workstation(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    here = keys.KeyStore()
    out = tmp_path / "office.keys"
    names = key_transfer.export_keys(ctx, admin, out)
    assert names == (keys.AUDIT_KEY, SIGNING_KEY)  # and the printed codes' signing key
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(Conflict):  # an existing file is never overwritten
        key_transfer.export_keys(ctx, admin, out)
    other = keys.KeyStore(tmp_path / "other-workstation")
    db_id = _db_id(ctx)
    assert other.get(db_id, keys.AUDIT_KEY) is None
    assert key_transfer.import_keys(ctx, out, store=other) == (keys.AUDIT_KEY, SIGNING_KEY)
    assert other.get(db_id, keys.AUDIT_KEY) == here.get(db_id, keys.AUDIT_KEY)
    assert other.get(db_id, SIGNING_KEY) == here.get(db_id, SIGNING_KEY)
    assert key_transfer.key_status(ctx, other).names == (keys.AUDIT_KEY, SIGNING_KEY)
    rows, _ = audit_log.read_audit(ctx, admin, AuditQuery(entity="database"))
    assert [(r.action, r.actor, r.entity_id) for r in rows] == [("export_keys", "admin", db_id)]


def test_import_refuses_another_databases_file_and_garbage(
    ctx: AppContext, tmp_path: Path
) -> None:
    foreign = keys.KeyStore(tmp_path / "foreign")
    foreign_id = keys.new_database_id()
    foreign.ensure(foreign_id, keys.AUDIT_KEY)
    foreign.export(foreign_id, tmp_path / "foreign.keys")
    target = keys.KeyStore(tmp_path / "target")
    with pytest.raises(ValidationError) as other_db:
        key_transfer.import_keys(ctx, tmp_path / "foreign.keys", store=target)
    assert other_db.value.code == "keys_other_database"
    garbage = tmp_path / "garbage.keys"
    garbage.write_bytes(b"\xff\xfe not json")
    with pytest.raises(ValidationError) as invalid:
        key_transfer.import_keys(ctx, garbage, store=target)
    assert invalid.value.code == "keys_file_invalid"
    assert not any((tmp_path / "target").glob("*.json"))


def test_import_keeps_a_different_key_unless_replace(ctx: AppContext, tmp_path: Path) -> None:
    db_id = _db_id(ctx)
    forged = tmp_path / "forged.keys"
    forged.write_bytes(keys.KeyFile(db_id, {keys.AUDIT_KEY: b"x" * 32}).to_bytes())
    store = keys.KeyStore()
    held = store.get(db_id, keys.AUDIT_KEY)
    with pytest.raises(Conflict):
        key_transfer.import_keys(ctx, forged)
    assert store.get(db_id, keys.AUDIT_KEY) == held
    key_transfer.import_keys(ctx, forged, replace=True)
    assert store.get(db_id, keys.AUDIT_KEY) == b"x" * 32


def test_only_an_admin_exports_keys(ctx: AppContext, make_user: MakeUser, tmp_path: Path) -> None:
    manager = make_user("manager1", role="manager")
    with pytest.raises(PermissionDenied):
        key_transfer.export_keys(ctx, manager, tmp_path / "k.keys")
    assert not (tmp_path / "k.keys").exists()


def test_key_file_format_is_plain_json(ctx: AppContext) -> None:
    db_id = _db_id(ctx)
    raw = json.loads(keys.KeyStore().path_for(db_id).read_text(encoding="utf-8"))
    assert raw["format"] == keys.FILE_FORMAT and raw["database_id"] == db_id
    assert set(raw["secrets"]) == {keys.AUDIT_KEY, SIGNING_KEY}
