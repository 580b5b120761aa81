"""Plain, frozen data the operations services hand out, and their errors and events (progress
and cancelling are the kernel's, ``kernel.progress``, shared with every feature's long work)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.events import DomainEvent


class OperationRefused(SecretariatError):
    """A backup, restore or copy refused or failed; nothing was written (the code says why)."""

    code = "operation_refused"


@dataclass(frozen=True)
class BackupInfo:
    """One archive as ``backup list`` shows it."""

    path: Path
    created: datetime  # aware UTC
    kind: str  # manual | daily | close | pre-restore
    size: int
    counts: dict[str, int]
    app_version: str
    schema_revision: str
    source: str  # the database it was taken from (no password)
    verified: bool | None  # None: never verified on this machine
    verified_at: datetime | None = None
    reason: str = ""  # why it failed verification
    keys: dict[str, Any] = field(default_factory=dict)

    @property
    def letters(self) -> int:
        return self.counts.get("letters", 0)


@dataclass(frozen=True)
class Verification:
    """The verdict on one archive: ``ok``, or the code and params of the first fault found."""

    ok: bool
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    manifest: dict[str, Any] | None = None


@dataclass(frozen=True)
class BackupFailure:
    at: datetime
    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar shows: the newest verified backup, its age, and the last failure
    of an automatic backup (if none has succeeded since)."""

    last_good: BackupInfo | None
    age_days: int | None
    overdue: bool  # no good backup in OVERDUE_DAYS days
    last_failure: BackupFailure | None


@dataclass(frozen=True)
class RestoreResult:
    target: str  # a folder, or a database URL without its password
    created: datetime  # when the archive was made
    counts: dict[str, int]
    previous: Path | None  # the backup of what --replace replaced


@dataclass(frozen=True)
class CopyResult:
    target: str  # without the password
    counts: dict[str, int]
    problems: tuple[str, ...]  # `check` on the target, in Persian
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupMade(DomainEvent):
    """An archive was written and verified (``ok``), or a backup failed (``ok`` False)."""

    path: str
    ok: bool
