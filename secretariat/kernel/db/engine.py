"""Engines for SQLite (default, embedded) and PostgreSQL (several workstations).

SQLite gets WAL, foreign keys, a busy timeout, and ``BEGIN IMMEDIATE`` for write
transactions so two writers queue up instead of failing half-way with
"database is locked". Reads stay ``BEGIN DEFERRED`` and never block writers.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from secretariat.kernel.config import sqlite_url

__all__ = ["has_fts5", "is_sqlite", "make_engine", "sqlite_url", "writer"]

BUSY_TIMEOUT_MS = 15_000  # how long a writer waits for another's lock (SQLite)
BUSY_TIMEOUT_ENV = "SECRETARIAT_BUSY_TIMEOUT_MS"
WRITE_OPTION = "secretariat_write"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


# Any constant: the key of the advisory lock that serialises writers on PostgreSQL.
PG_WRITE_LOCK = 0x5EC4E7A1


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _make_sqlite_engine(url)
    return _make_server_engine(url)


def _make_server_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)

    if engine.dialect.name == "postgresql":
        # Writers queue up one at a time, as on SQLite: numbering, the audit chain and
        # "insert if missing" stay simple and correct across workstations.
        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            if conn.get_execution_options().get(WRITE_OPTION, False):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")

    return engine


def busy_timeout_ms() -> int:
    """The lock wait: BUSY_TIMEOUT_MS, or SECRETARIAT_BUSY_TIMEOUT_MS when set to a number."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "")
    return int(value) if value.isascii() and value.isdigit() else BUSY_TIMEOUT_MS


def _make_sqlite_engine(url: str) -> Engine:
    wait_ms = busy_timeout_ms()
    engine = create_engine(
        url,
        connect_args={"timeout": wait_ms / 1000, "check_same_thread": False},
        # A database error's text goes to the log: without the values, which may be a
        # letter's text or a password hash.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling would defer BEGIN; we issue it ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={wait_ms}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions take the write lock up front."""
    return engine.execution_options(**{WRITE_OPTION: True})


def has_fts5(engine: Engine) -> bool:
    if not is_sqlite(engine):
        return True
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
            conn.exec_driver_sql("DROP TABLE temp.fts5_probe")
        except Exception:  # noqa: BLE001 - any failure here means "no FTS5"
            return False
    return True
