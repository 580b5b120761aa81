"""Moving an office between databases: ``db copy --to URL`` and restoring into a server.

The target is reached and migrated to this version's schema, must hold no rows, receives
every row in one pass (``_copy``), and is then judged: every table's row count against the
source's, and ``secretariat check`` run on it (the audit chain verifies there because every
entry keeps its id, time and hash). The copy is recorded in the target's audit log.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.db import migrate
from secretariat.kernel.db.base import Base
from secretariat.kernel.db.engine import make_engine
from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.integrity import run_check
from secretariat.kernel.messages import describe_problem
from secretariat.kernel.models import DatabaseIdentity
from secretariat.kernel.progress import ProgressFn, StopFn
from secretariat.operations import _copy
from secretariat.operations._dto import CopyResult, OperationRefused


def shown(url: str) -> str:
    """A URL as people may see it: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def target_engine(url: str) -> Engine:
    """An engine for ``url`` (refused with a Persian reason when it cannot be one)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise OperationRefused("invalid_database_url", detail=str(exc)) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise OperationRefused("invalid_database_url", detail=parsed.get_backend_name())
    try:
        return make_engine(url)
    except (ImportError, ModuleNotFoundError) as exc:
        raise OperationRefused("database_driver_missing", detail=str(exc)) from exc
    except ArgumentError as exc:
        raise OperationRefused("invalid_database_url", detail=str(exc)) from exc


def same_database(a: Engine, b: Engine) -> bool:
    ua, ub = a.url, b.url
    if ua.get_backend_name() == "sqlite" and ub.get_backend_name() == "sqlite":
        return Path(str(ua.database)).resolve() == Path(str(ub.database)).resolve()
    return (ua.host, ua.port, ua.database) == (ub.host, ub.port, ub.database)


def probe(url: str) -> dict[str, Any]:
    """The connection test: reachable, which server, and how many of our tables hold rows."""
    engine = target_engine(url)
    try:
        with engine.connect() as conn:
            version = (conn.exec_driver_sql("SELECT sqlite_version()").scalar()
                       if engine.dialect.name == "sqlite"
                       else conn.exec_driver_sql("SHOW server_version").scalar())
            names = set(engine.dialect.get_table_names(conn))
            tables = [t for t in _copy.app_tables() if t.name in names]
            filled = {name: n for name, n in _copy.table_counts(conn, tables).items() if n}
            used = any(filled.get(name) for name in _copy.USE_TABLES)
    except SQLAlchemyError as exc:
        raise DatabaseError("database_unreachable", path=shown(url),
                            detail=str(getattr(exc, "orig", exc))) from exc
    finally:
        engine.dispose()
    return {"engine": engine.dialect.name, "version": str(version), "empty": not used,
            "rows": filled}


def copy_database(
    source: Engine,
    url: str,
    data_dir: Path,
    actor: CurrentUser,
    note: dict[str, Any],
    progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
    action: str = "copy_in",
) -> CopyResult:
    """Copy every row of ``source`` into the empty database at ``url``; ``note`` goes into
    the target's audit entry (``action``: copied in, or restored), saying where the rows
    came from."""
    started = time.perf_counter()
    target = target_engine(url)
    try:
        if same_database(source, target):
            raise OperationRefused("copy_same_database")
        head = migrate.head_revision()
        if migrate.current_revision(source) != head:
            raise OperationRefused("copy_source_not_current",
                                   revision=str(migrate.current_revision(source)))
        with target.connect() as probe_conn:
            _copy.ensure_unused(probe_conn)  # before migrating: a used database is not touched
        try:
            migrate.upgrade_to_head(target, data_dir / "backups")
        except SQLAlchemyError as exc:
            raise DatabaseError("database_unreachable", path=shown(url),
                                detail=str(getattr(exc, "orig", exc))) from exc
        tables = _copy.app_tables()
        with _copy.snapshot_reader(source) as src, target.begin() as dst:
            _copy.ensure_unused(dst)
            seeded = _copy.clear_seeded(dst, tables)
            counts = _copy.table_counts(src, tables)
            _copy.copy_rows(src, dst, tables, counts, progress, should_stop)
            kept = {str(i) for i in dst.scalars(select(DatabaseIdentity.id))}
            with Session(bind=dst) as session:
                audit.record(session, actor, action, "database", shown(url), None,
                             {**note, "counts": counts})
        _copy.forget_keys(seeded, kept)
        _copy.analyze(target)
        with target.connect() as conn:
            found = _copy.table_counts(conn, tables)
        expected = {**counts, "audit_log": counts.get("audit_log", 0) + 1}
        for table in tables:
            if found.get(table.name) != expected.get(table.name):
                raise OperationRefused("copy_counts_differ", table=table.name,
                                       found=found.get(table.name, 0),
                                       expected=expected.get(table.name, 0))
        problems = _check(data_dir, url, target, actor)
    except SQLAlchemyError as exc:
        raise DatabaseError("database_error", path=shown(url),
                            detail=str(getattr(exc, "orig", exc))) from exc
    finally:
        target.dispose()
    return CopyResult(shown(url), found, tuple(problems),
                      round(time.perf_counter() - started, 1))


def _check(data_dir: Path, url: str, engine: Engine, actor: CurrentUser) -> list[str]:
    """``secretariat check`` on the target, with this data folder's files."""
    ctx = AppContext(data_dir=data_dir, database_url=url, engine=engine)
    report = run_check(ctx, actor)
    return [describe_problem(p.code, p.params) for p in report.problems]


def empty_server_database(url: str) -> None:
    """Drop every table of ours from the database at ``url`` (``restore --replace`` into a
    server, after what was there has been backed up)."""
    engine = target_engine(url)
    try:
        _copy.app_tables()
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()

