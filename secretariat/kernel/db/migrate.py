"""Bring a database to the newest schema, safely.

Before upgrading a SQLite database that already holds data, a consistent copy is
taken with SQLite's backup API into ``<data>/backups``; if the upgrade fails the
user's file is left as it was and the error names the copy.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.paths import migrations_dir
from secretariat.kernel.private import private_dir, private_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?\s*$", re.M)


def alembic_config() -> Config:
    # Deferred: Alembic costs a tenth of a second to import; only an upgrade needs it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def known_revisions() -> dict[str, str | None]:
    """Every revision this version of the application knows -> the one it follows, read from
    the scripts' ``revision``/``down_revision`` lines (no Alembic import: every command asks
    this)."""
    revisions: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        found = dict((k, v) for k, v in _REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    return revisions


def head_revision() -> str:
    """The newest revision this version of the application knows."""
    revisions = known_revisions()
    pointed = {down for down in revisions.values() if down}
    heads = sorted(set(revisions) - pointed)
    if len(heads) != 1:
        raise DatabaseError("migration_branches", heads=", ".join(heads))
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for a database Alembic has never touched)."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


def backup_sqlite(engine: Engine, backups_dir: Path, label: str) -> Path | None:
    """Copy a SQLite database aside (WAL-safe). Returns None for other databases."""
    db_path = engine.url.database
    if engine.dialect.name != "sqlite" or not db_path or db_path == ":memory:":
        return None
    private_dir(backups_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = private_file(backups_dir / f"{label}-{stamp}.sqlite")  # owner-only before written
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


def has_tables(engine: Engine) -> bool:
    """Whether the database holds any table at all (an empty server database holds none)."""
    return bool(inspect(engine).get_table_names())


def upgrade_to_head(engine: Engine, backups_dir: Path) -> Path | None:
    """Upgrade; returns the backup taken before upgrading (None when nothing to back up)."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        # Written by a newer version: upgrading is impossible and downgrading would lose data.
        raise DatabaseError("database_newer", revision=current)
    has_data = bool(inspect(engine).get_table_names())
    backup = None
    if has_data:
        try:
            backup = backup_sqlite(engine, backups_dir, f"pre-upgrade-{current or 'none'}")
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError("backup_failed", detail=str(exc)) from exc
    # Deferred: see alembic_config.
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise DatabaseError(
            "migration_failed", detail=str(exc), backup=str(backup) if backup else ""
        ) from exc
    _give_back_free_space(engine)
    return backup


def _give_back_free_space(engine: Engine) -> None:
    """After an upgrade that freed much of a SQLite file (0011c: a third of its size),
    rewrite it so the disk gets the space back. Best effort: without room for the copy
    VACUUM makes, the file only stays as large as it was (SQLite reuses its free pages)."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # autocommit (see db.engine): VACUUM refuses a transaction
    try:
        cursor = raw.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0] or 0
        free = cursor.execute("PRAGMA freelist_count").fetchone()[0] or 0
        if pages and free * 4 > pages:
            try:
                cursor.execute("VACUUM")
            except sqlite3.OperationalError as exc:
                log.warning("VACUUM after the upgrade failed, the file keeps its size: %s", exc)
    finally:
        raw.close()
