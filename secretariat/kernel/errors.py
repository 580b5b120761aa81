"""Structured errors raised by services.

Services never build sentences for people: they raise a code with parameters,
and the UI and the CLI turn the code into Persian text (see ``messages``).
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from secretariat.kernel.messages import describe


class SecretariatError(Exception):
    """Base of every error a service raises on purpose."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code, params)

    def __str__(self) -> str:
        return describe(self)


class ValidationError(SecretariatError):
    """Bad input on one field; nothing was written."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class NotFound(SecretariatError):
    code = "not_found"


class PermissionDenied(SecretariatError):
    code = "permission_denied"


class Conflict(SecretariatError):
    code = "conflict"


class AuthenticationFailed(SecretariatError):
    code = "auth_failed"


class LoginThrottled(SecretariatError):
    """Too many failed logins: wait ``seconds`` before trying again."""

    code = "login_throttled"


class AccountLocked(SecretariatError):
    """Too many wrong tries for this name: locked for ``minutes`` (an admin may unlock)."""

    code = "account_locked"


class DatabaseError(SecretariatError):
    """The database is unreachable, corrupt, or a migration failed."""

    code = "database_error"


class FileProblem(SecretariatError):
    """A file or folder could not be read or written; the OS's own words go to the log."""


_FILE_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EACCES: "file_not_allowed",
    errno.EPERM: "file_not_allowed",
    errno.EROFS: "file_read_only",
    errno.ENOENT: "file_not_found",
}


def file_problem(exc: OSError, path: Path | str | None = None) -> FileProblem:
    """The Persian-speaking error for an ``OSError`` (raise it ``from exc``, so the log keeps
    the system's message): disk full, not allowed, read-only, not found, or unreadable."""
    name = str(path if path is not None else exc.filename or "")
    return FileProblem(_FILE_CODES.get(exc.errno or 0, "file_unreadable"), name=name)
