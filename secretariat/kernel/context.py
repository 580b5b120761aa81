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

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from secretariat import features
from secretariat.kernel.blobs import BlobStore
from secretariat.kernel.config import DATABASE_FILE, resolve_database_url
from secretariat.kernel.db import migrate
from secretariat.kernel.db.engine import make_engine, writer
from secretariat.kernel.errors import DatabaseError
from secretariat.kernel.events import DomainEvent, EventBus
from secretariat.kernel.paths import default_data_dir
from secretariat.kernel.private import private_dir, private_file


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
        with _translate_db_errors(self.database_label), self._writer() as session, \
                session.begin():
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
        with _translate_db_errors(self.database_label), self._reader() as session, \
                session.begin():
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


def database_problem(exc: BaseException, where: str) -> DatabaseError:
    """The error people are told for a database failure: which kind it is, in words without
    the driver's text (that stays in the chain, for the log). ``where``: the file or server."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text and ("disk" in text or "database" in text):
        return DatabaseError("disk_full")
    if getattr(exc, "connection_invalidated", False) or _lost_connection(text):
        # A server never reached is unreachable; one that went away mid-work is "lost".
        never = "connection refused" in text or "could not connect" in text
        return DatabaseError("database_unreachable" if never else "server_connection_lost",
                             path=where)
    if "disk i/o error" in text:  # SQLite's word for a write the disk refused (often: full)
        return DatabaseError("disk_io_error", path=where)
    if "locked" in text or "busy" in text:
        return DatabaseError("database_busy", path=where)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseError("database_read_only", path=where)
    if "malformed" in text or "not a database" in text or "no such table" in text:
        return DatabaseError("database_corrupt", path=where)
    if isinstance(exc, OperationalError) and not where.endswith(DATABASE_FILE):
        return DatabaseError("database_unreachable", path=where)
    return DatabaseError("database_error", path=where)


@contextmanager
def _translate_db_errors(where: str) -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as exc:
        if type(exc).__name__ == "IntegrityError":
            raise
        raise database_problem(exc, where) from exc
    except sqlite3.Error as exc:
        raise database_problem(exc, where) from exc


def _sqlite_file(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


# What PostgreSQL's driver says when the server went away or cannot be reached.
_CONNECTION_WORDS = ("server closed the connection", "connection refused", "could not connect",
                     "terminating connection", "connection to server", "connection is closed",
                     "consuming input failed", "the connection is lost")


def _lost_connection(text: str) -> bool:
    lowered = text.lower()
    return any(words in lowered for words in _CONNECTION_WORDS)


def open_context(
    data_dir: Path | None = None,
    database_url: str | None = None,
    migrate_db: bool = True,
    create: bool = False,
) -> AppContext:
    """Open the data folder's database, upgrading its schema (a copy is taken first).

    Only ``create=True`` (``secretariat init``, the first-run wizard) makes a new data folder
    and database; anything else finding none raises DatabaseError "no_database", so a
    mistyped folder never turns into an empty register.
    """
    data_dir = data_dir or default_data_dir()
    url = resolve_database_url(data_dir, database_url)
    file = _sqlite_file(url)
    if create:
        try:
            private_dir(data_dir)
            if file is not None and not file.exists():
                private_file(file)  # SQLite gives its WAL and SHM files the same mode
        except OSError as exc:
            raise DatabaseError("data_dir_unwritable", path=str(data_dir)) from exc
    elif file is not None and not file.is_file():
        if file.parent.resolve() != data_dir.resolve():  # a database URL set elsewhere
            raise DatabaseError("database_missing", path=str(file))
        raise DatabaseError("no_database", path=str(data_dir))
    engine = make_engine(url)
    ctx = AppContext(data_dir=data_dir, database_url=url, engine=engine)
    try:
        if not create and file is None and not migrate.has_tables(engine):
            raise DatabaseError("no_database", path=ctx.database_label)
        if migrate_db:
            ctx.last_backup = migrate.upgrade_to_head(engine, ctx.backups_dir)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise database_problem(exc, ctx.database_label) from exc
    return ctx
