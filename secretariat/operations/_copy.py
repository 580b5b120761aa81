"""Every row of every feature's tables, from one database to another (SQLite or PostgreSQL).

The tables come from the registry's models (``REGISTRY.import_models()``), so a feature
added later is copied without a line here. The target is migrated to the same schema
first and must never have been used (no user, no audit entry; what its migrations put in it
is replaced). The source is read in one transaction (a consistent snapshot:
SQLite's WAL reader, PostgreSQL's REPEATABLE READ) and the target written in one, so a
failure leaves it empty. Rows keep their ids (the audit chain hashes them); a row naming a
later row of its own table (a letter's «replied by») gets that value in a second pass.
Derived data is rebuilt where it lives: SQLite's full-text tables are rebuilt from their
content table, PostgreSQL computes its tsvector column itself and its sequences are moved
past the copied ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from secretariat import features
from secretariat.correspondence.api import index_all_letters
from secretariat.kernel import keys
from secretariat.kernel.db.base import Base
from secretariat.kernel.models import DatabaseIdentity
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.operations._dto import OperationRefused

BATCH = 5000


def app_tables() -> list[Table]:
    """Every feature's tables, parents before the tables that point at them."""
    features.REGISTRY.import_models()
    return list(Base.metadata.sorted_tables)


def table_counts(conn: Connection, tables: list[Table] | None = None) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in (tables if tables is not None else app_tables())}


@contextmanager
def snapshot_reader(engine: Engine) -> Iterator[Connection]:
    """A connection reading one consistent state of the database for as long as it is open."""
    options: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


# Every use of the application leaves rows here (a first admin, audit entries); a database
# without any has never been used: what it holds came from its migrations (its identity).
USE_TABLES = ("users", "audit_log")


def ensure_unused(conn: Connection) -> None:
    """Refuse a target the application has been used with (nothing is overwritten)."""
    names = set(conn.dialect.get_table_names(conn))
    for table in app_tables():
        if table.name in USE_TABLES and table.name in names:
            count = int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
            if count:
                raise OperationRefused("copy_target_not_empty", table=table.name, count=count)


def clear_seeded(conn: Connection, tables: list[Table]) -> list[str]:
    """Remove what the target's migrations put in it (its own new identity among them); the
    source's rows replace them. Returns the identities removed (their keys are forgotten)."""
    seeded = [str(i) for i in conn.scalars(select(DatabaseIdentity.id))]
    for table in reversed(tables):
        conn.execute(delete(table))
    return seeded


def forget_keys(database_ids: list[str], keep: set[str]) -> None:
    """The key files a migration made for identities that no longer exist."""
    store = keys.KeyStore()
    for database_id in database_ids:
        if database_id not in keep:
            store.path_for(database_id).unlink(missing_ok=True)


def _later_self_references(table: Table) -> list[str]:
    """Columns pointing at another row of the same table (filled in a second pass when the
    row they name comes later in id order)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _single_int_key(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].type.python_type is int:
        return keys[0].name
    return None


def copy_rows(
    source: Connection,
    target: Connection,
    tables: list[Table],
    counts: dict[str, int],
    progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
) -> None:
    """Insert every row of ``tables`` read from ``source`` into ``target`` (both inside
    their transactions; ``counts`` are the source's, for progress)."""
    total = sum(counts.values())
    done = 0
    for table in tables:
        key = _single_int_key(table)
        refs = _later_self_references(table) if key else []
        later: list[dict[str, Any]] = []
        order = list(table.primary_key.columns)
        result = source.execution_options(yield_per=BATCH, stream_results=True).execute(
            select(table).order_by(*order))
        for partition in result.partitions(BATCH):
            if should_stop is not None and should_stop():
                raise Cancelled()
            rows = [dict(row._mapping) for row in partition]
            for row in rows:
                pending = {c: row[c] for c in refs if row[c] is not None and row[c] >= row[key]}
                if pending:
                    later.append({"_key": row[key], **pending})
                    for c in pending:
                        row[c] = None
            target.execute(insert(table), rows)
            done += len(rows)
            if progress is not None:
                progress(Progress("copy", done, total, table.name))
        if later and key is not None:
            for column in refs:
                values = [{"_key": r["_key"], "_value": r[column]} for r in later if column in r]
                if values:
                    target.execute(
                        update(table).where(table.c[key] == bindparam("_key"))
                        .values({column: bindparam("_value")}), values)
    finish_target(target, tables)


def finish_target(target: Connection, tables: list[Table]) -> None:
    """What a database computes from its rows: search indexes, id sequences, statistics."""
    dialect = target.dialect.name
    # The letters' search index is derived from their rows and kept nowhere else on SQLite
    # (a contentless FTS5 table) and only as a column on PostgreSQL: computed again here.
    with Session(bind=target) as session:
        index_all_letters(session)
        session.flush()
    if dialect == "postgresql":
        for table in tables:
            key = _single_int_key(table)
            if key is None:
                continue
            target.execute(text(
                f"SELECT setval(pg_get_serial_sequence(:t, :k), "
                f"COALESCE((SELECT max({key}) FROM {table.name}), 1), "
                f"(SELECT max({key}) FROM {table.name}) IS NOT NULL) "
                f"WHERE pg_get_serial_sequence(:t, :k) IS NOT NULL"),
                {"t": table.name, "k": key})


def analyze(engine: Engine) -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL plans the search with them)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
