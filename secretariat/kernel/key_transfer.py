"""Moving a database's secret keys between workstations (``secretariat keys ...``).

Every workstation of a PostgreSQL office signs audit entries with the same key, so the key
file made where the database was created (or upgraded) is copied to the others: an admin
exports it there and imports it here. Exporting is an admin action and is audited; importing
changes nothing in the database (it adds a file to this user's key store) and needs the file
only, because a workstation without the key cannot write an audit entry yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from secretariat.kernel import audit, keys
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import Permission, require


@dataclass(frozen=True)
class KeyStatus:
    database_id: str
    folder: Path
    file: Path
    names: tuple[str, ...]  # the secrets this workstation holds (never their values)
    private: bool  # False: other local accounts can read the key file


def key_status(ctx: AppContext, store: keys.KeyStore | None = None) -> KeyStatus:
    store = store or keys.KeyStore()
    with ctx.read() as session:
        db_id = keys.database_id(session)
    return KeyStatus(db_id, store.folder, store.path_for(db_id), tuple(sorted(store.load(db_id))),
                     store.is_private(db_id))


def export_keys(
    ctx: AppContext, actor: CurrentUser, out: Path, store: keys.KeyStore | None = None
) -> tuple[str, ...]:
    """Write this database's secrets to ``out`` (admin only; audited)."""
    require(actor, Permission.MANAGE_KEYS)
    store = store or keys.KeyStore()
    with ctx.write() as session:
        db_id = keys.database_id(session)
        names = store.export(db_id, out)
        audit.record(session, actor, "export_keys", "database", db_id, None, {"keys": list(names)})
    return names


def import_keys(
    ctx: AppContext, source: Path, replace: bool = False, store: keys.KeyStore | None = None
) -> tuple[str, ...]:
    """Add the secrets of an exported key file to this workstation's store."""
    store = store or keys.KeyStore()
    with ctx.read() as session:
        db_id = keys.database_id(session)
    return store.import_file(source, db_id, replace=replace)
