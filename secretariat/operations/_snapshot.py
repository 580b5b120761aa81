"""A consistent, standalone SQLite copy of the office's database, whatever it runs on.

SQLite: the online backup API (never a copy of a live file: it copies pages under a read
transaction, so a letter being registered meanwhile is either wholly in or wholly out).
PostgreSQL: an empty SQLite file migrated to the same schema, filled through ``_copy`` from
one REPEATABLE READ transaction: the same portable file a laptop restores.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from secretariat.kernel.db import migrate
from secretariat.kernel.db.engine import sqlite_url
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.operations import _copy

PAGES_PER_STEP = 2048


def snapshot(engine: Engine, target: Path, progress: ProgressFn | None = None,
             should_stop: StopFn | None = None) -> dict[str, int]:
    """Write the database as one SQLite file at ``target``; returns its row counts."""
    if engine.dialect.name == "sqlite":
        _sqlite_backup(Path(str(engine.url.database)), target, progress, should_stop)
    else:
        _copy_into_sqlite(engine, target, progress, should_stop)
    return counts_of(target)


def _sqlite_backup(source_path: Path, target: Path, progress: ProgressFn | None,
                   should_stop: StopFn | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if should_stop is not None and should_stop():
            raise Cancelled()
        if progress is not None:
            progress(Progress("snapshot", total - remaining, total))

    source = sqlite3.connect(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest, pages=PAGES_PER_STEP, progress=step)
            # A standalone file: no -wal/-shm beside it in the archive or after restoring.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def plain_sqlite_engine(path: Path) -> Engine:
    """An engine for a fresh file nobody else opens: foreign keys on, no WAL (the file
    stays standalone), no fsync per commit (it is thrown away if anything fails)."""
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.close()

    return engine


def _copy_into_sqlite(engine: Engine, target: Path, progress: ProgressFn | None,
                      should_stop: StopFn | None) -> None:
    dest = plain_sqlite_engine(target)
    try:
        migrate.upgrade_to_head(dest, target.parent)
        tables = _copy.app_tables()
        with _copy.snapshot_reader(engine) as source, dest.begin() as out:
            seeded = _copy.clear_seeded(out, tables)
            counts = _copy.table_counts(source, tables)
            _copy.copy_rows(source, out, tables, counts, progress, should_stop)
        _copy.forget_keys(seeded, set())
    finally:
        dest.dispose()


def counts_of(path: Path) -> dict[str, int]:
    """Row counts of every feature's table in a SQLite file (opened read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        # An archive of an older schema may lack a later feature's tables.
        return {t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
                for t in _copy.app_tables() if t.name in present}
    finally:
        conn.close()


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def last_audit(path: Path) -> tuple[int, str]:
    """The newest audit entry's id and mac, hex (what «changed since this backup?» compares)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return (int(row[0]), bytes(row[1] or b"").hex()) if row else (0, "")


def integrity_problem(path: Path) -> str | None:
    """None when the file opens read-only and passes ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:5])


def identity_of(path: Path) -> str | None:
    """The database's identity (its key file's name in the key store), if it has one."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id FROM database_identity LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None
