"""Bring a database to the newest schema, safely.

Before upgrading a SQLite database that already holds data, a consistent copy is
taken with SQLite's backup API into ``<data>/backups``; if the upgrade fails the
user's file is left as it was and the error names the copy.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.paths import migrations_dir


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise DatabaseError("migration_branches", heads=", ".join(heads))
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(engine: Engine, backups_dir: Path, label: str) -> Path | None:
    """Copy a SQLite database aside (WAL-safe). Returns None for other databases."""
    db_path = engine.url.database
    if engine.dialect.name != "sqlite" or not db_path or db_path == ":memory:":
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{label}-{stamp}.sqlite"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade_to_head(engine: Engine, backups_dir: Path) -> Path | None:
    """Upgrade; returns the backup taken before upgrading (None when nothing to back up)."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    has_data = bool(inspect(engine).get_table_names())
    backup = None
    if has_data:
        try:
            backup = backup_sqlite(engine, backups_dir, f"pre-upgrade-{current or 'none'}")
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError("backup_failed", detail=str(exc)) from exc
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise DatabaseError(
            "migration_failed", detail=str(exc), backup=str(backup) if backup else ""
        ) from exc
    return backup
