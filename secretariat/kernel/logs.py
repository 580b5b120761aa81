"""The application's log: rotating files under the data folder's ``logs/``, private to their
owner, shared by the CLI and the GUI (standard ``logging`` handlers).

What goes in: one line per command or action with the user, the command and its outcome,
and the full traceback of anything unexpected. What never goes in: passwords and the text
of letters (callers log codes, field names and ids, never values).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from secretariat.kernel.private import private_dir

LOG_FOLDER = "logs"
LOG_FILE = "secretariat.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file created owner-only (0600 on POSIX), the rotated ones too."""

    def _open(self):  # type: ignore[no-untyped-def]  # logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "secretariat", False))


def start_file_log(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``<data_dir>/logs/secretariat.log`` (1 MB × 5). The data folder itself is never
    created here (an ordinary command must not make one); None when it does not exist or
    its logs folder cannot be written (the log then goes nowhere, the work goes on)."""
    if not data_dir.is_dir():
        return None
    folder = data_dir / LOG_FOLDER
    try:
        private_dir(folder)
        handler = PrivateRotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES,
                                             backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    _install(handler, level)
    return folder / LOG_FILE


def no_log_elsewhere() -> None:
    """No file and no --verbose: the log goes nowhere, rather than Python's last-resort
    handler printing warnings (a database error's traceback) on a person's terminal."""
    _install(logging.NullHandler(), logging.INFO)


def echo_to_stderr(level: int = logging.INFO) -> None:
    """``--verbose``: what goes to the log is printed on stderr too."""
    _install(logging.StreamHandler(sys.stderr), level)


def _install(handler: logging.Handler, level: int) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.secretariat = True  # type: ignore[attr-defined]  # marks our handlers
    root = logging.getLogger()
    if isinstance(handler, RotatingFileHandler):
        for old in [h for h in root.handlers if _ours(h) and isinstance(h, RotatingFileHandler)]:
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level else level)


def log_file() -> Path | None:
    """The file the log is written to now (None: no file log)."""
    for handler in logging.getLogger().handlers:
        if _ours(handler) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
