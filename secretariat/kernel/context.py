"""The application context: one database, one data folder, and units of work.

Every user action opens exactly one unit of work (one Session, one transaction) through
``ctx.write()`` or ``ctx.read()``; callers outside ``secretariat`` never see a Session.

A ``write()`` or ``read()`` opened while a ``write()`` of the same context is open on the
same thread joins it: one feature's action may call another feature's api inside its own
transaction, and the whole stays one transaction. ``emit(event, actor)`` runs the
registry's reactions inside the transaction and publishes the event to ``events`` after
the outermost unit commits (see ``secretariat.kernel.events``).
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from secretariat import features
from secretariat.kernel.blobs import BlobStore
from secretariat.kernel.config import resolve_database_url
from secretariat.kernel.db import migrate
from secretariat.kernel.db.engine import make_engine, writer
from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.events import DomainEvent, EventBus
from secretariat.kernel.paths import default_data_dir


@dataclass(frozen=True)
class CurrentUser:
    """Who is acting. Plain data, safe to hand to the UI."""

    id: int
    username: str
    full_name: str
    role: str
    clearance: str


SYSTEM_USER = CurrentUser(id=0, username="system", full_name="", role="admin", clearance="secret")


@dataclass
class _Unit:
    session: Session
    writes: bool
    pending: list[DomainEvent] = field(default_factory=list)


@dataclass
class AppContext:
    data_dir: Path
    database_url: str
    engine: Engine
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)
    last_backup: Path | None = None
    events: EventBus = field(default_factory=EventBus, repr=False)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def blobs(self) -> BlobStore:
        """Files by content (sha256) under the data folder: attachments and documents."""
        return BlobStore(self.attachments_dir)

    @property
    def database_label(self) -> str:
        """What the status bar shows: the file for SQLite, host/name for a server (no password)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return str(url.database)
        return url.render_as_string(hide_password=True)

    def _unit(self) -> _Unit | None:
        unit: _Unit | None = getattr(self._local, "unit", None)
        return unit

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction that takes the write lock up front; commits or rolls back whole.
        Inside an open write of this context (same thread) it joins that transaction."""
        outer = self._unit()
        if outer is not None:
            if not outer.writes:
                raise RuntimeError("a write unit of work cannot start inside a read")
            yield outer.session
            return
        with _translate_db_errors(), self._writer() as session, session.begin():
            unit = _Unit(session, writes=True)
            self._local.unit = unit
            try:
                yield session
            finally:
                self._local.unit = None
        if unit.pending:
            self.events.publish(unit.pending)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (joins an open one of this context on this thread)."""
        outer = self._unit()
        if outer is not None:
            yield outer.session
            return
        with _translate_db_errors(), self._reader() as session, session.begin():
            self._local.unit = _Unit(session, writes=False)
            try:
                yield session
            finally:
                self._local.unit = None

    def emit(self, event: DomainEvent, actor: CurrentUser) -> None:
        """Inside a write: run the registry's reactions to ``event`` in this transaction,
        and publish it once the transaction has committed."""
        unit = self._unit()
        if unit is None or not unit.writes:
            raise RuntimeError("emit() belongs inside ctx.write()")
        for reaction in features.REGISTRY.reactions_to(type(event)):
            reaction(unit.session, actor, event)
        unit.pending.append(event)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translate_db_errors() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "disk" in text and "full" in text:
            raise DatabaseError("disk_full") from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseError("database_read_only", detail=text) from exc
        if exc.connection_invalidated or _lost_connection(text):
            raise DatabaseError("server_connection_lost", detail=text) from exc
        if "locked" in text or "busy" in text:
            raise DatabaseError("database_busy") from exc
        if "disk I/O error" in text:
            raise DatabaseError("disk_io_error", detail=text) from exc
        if "malformed" in text or "not a database" in text:
            raise DatabaseError("database_corrupt", detail=text) from exc
        raise DatabaseError("database_error", detail=text) from exc
    except SQLAlchemyError as exc:
        if type(exc).__name__ == "IntegrityError":
            raise
        raise DatabaseError("database_error", detail=str(exc)) from exc


# What PostgreSQL's driver says when the server went away or cannot be reached.
_CONNECTION_WORDS = ("server closed the connection", "connection refused", "could not connect",
                     "terminating connection", "connection to server", "connection is closed",
                     "consuming input failed", "the connection is lost")


def _lost_connection(text: str) -> bool:
    lowered = text.lower()
    return any(words in lowered for words in _CONNECTION_WORDS)


def _ensure_writable(data_dir: Path) -> None:
    """A read-only data folder is named as such up front (the database would fail later with
    a vaguer error). A probe file, not ``os.access``: that says yes to an administrator on a
    read-only disk."""
    try:
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as exc:
        raise DatabaseError("data_dir_read_only", path=str(data_dir), detail=str(exc)) from exc


def open_context(
    data_dir: Path | None = None, database_url: str | None = None, migrate_db: bool = True
) -> AppContext:
    """Open (creating if needed) the data folder and database, upgrading the schema."""
    data_dir = data_dir or default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("data_dir_unwritable", path=str(data_dir), detail=str(exc)) from exc
    _ensure_writable(data_dir)
    url = resolve_database_url(data_dir, database_url)
    engine = make_engine(url)
    ctx = AppContext(data_dir=data_dir, database_url=url, engine=engine)
    if migrate_db:
        try:
            ctx.last_backup = migrate.upgrade_to_head(engine, ctx.backups_dir)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError("database_unreachable", detail=str(exc.orig)) from exc
        except DatabaseError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise DatabaseError("database_corrupt", detail=str(exc)) from exc
    return ctx
