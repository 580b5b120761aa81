"""The migration chain: one head, upgrades an empty database, and matches the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from secretariat import features
from secretariat.kernel.context import open_context
from secretariat.kernel.db.base import is_managed_name
from secretariat.kernel.db.engine import make_engine, sqlite_url
from secretariat.kernel.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.models import Base


def test_chain_has_one_head_and_no_branches() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    for rev in script.walk_revisions():
        assert not rev.is_merge_point
        assert not rev.is_branch_point


def test_empty_database_upgrades_to_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "db.sqlite"))
    assert current_revision(engine) is None
    assert upgrade_to_head(engine, tmp_path / "backups") is None  # nothing to back up yet
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_models_match_migrations(tmp_path: Path) -> None:
    features.REGISTRY.import_models()  # every feature's tables, as the Alembic env sees them
    engine = make_engine(sqlite_url(tmp_path / "db.sqlite"))
    upgrade_to_head(engine, tmp_path / "backups")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": is_managed_name}
            ),
            Base.metadata,
        )
    engine.dispose()
    assert diff == []


def test_sqlite_pragmas(tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "data", create=True)
    with ctx.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 5000
    ctx.close()


def test_upgrade_of_existing_data_is_backed_up_first(tmp_path: Path) -> None:
    db = tmp_path / "data" / "secretariat.sqlite"
    db.parent.mkdir()
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE keepme (x TEXT)")
    raw.execute("INSERT INTO keepme VALUES ('داده')")
    raw.commit()
    raw.close()
    ctx = open_context(tmp_path / "data")
    assert ctx.last_backup is not None and ctx.last_backup.is_file()
    copy = sqlite3.connect(ctx.last_backup)
    assert copy.execute("SELECT x FROM keepme").fetchall() == [("داده",)]
    copy.close()
    ctx.close()


def test_failed_migration_keeps_data_and_names_backup(tmp_path: Path) -> None:
    db = tmp_path / "data" / "secretariat.sqlite"
    db.parent.mkdir()
    raw = sqlite3.connect(db)
    # A table in the way of the first migration makes it fail half-way.
    raw.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, note TEXT)")
    raw.execute("INSERT INTO users VALUES (1, 'دادهٔ کاربر')")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError) as info:
        open_context(tmp_path / "data")
    assert info.value.code == "migration_failed"
    assert info.value.params["backup"]
    assert Path(info.value.params["backup"]).is_file()
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT note FROM users").fetchall() == [("دادهٔ کاربر",)]
    raw.close()
    assert "پشتیبان" in str(info.value)


def test_corrupt_database_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "data" / "secretariat.sqlite"
    db.parent.mkdir()
    db.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError) as info:
        open_context(tmp_path / "data")
    assert info.value.code in {"database_corrupt", "migration_failed"}
    assert db.read_bytes().startswith(b"this is not")  # left as it was
