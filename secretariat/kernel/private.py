"""Files private to their owner: the data folder and what it holds (database, WAL/SHM,
attachments, backups, logs, settings) are created 0700 (folders) / 0600 (files) on POSIX,
so another local account cannot read a letter. On Windows the per-user app-data folder is
already private and these calls change nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

POSIX = os.name == "posix"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) as a folder only its owner may enter."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if POSIX:
        path.chmod(FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it is missing, and make it owner-only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    os.close(fd)
    if POSIX:
        path.chmod(FILE_MODE)
    return path


def make_private(path: Path) -> Path:
    """An existing file or folder made owner-only (a copy just written, a rotated log)."""
    if POSIX:
        path.chmod(FOLDER_MODE if path.is_dir() else FILE_MODE)
    return path


def not_private(data_dir: Path) -> list[tuple[Path, int]]:
    """Everything in ``data_dir`` (itself included) that another account may read or enter:
    (path, mode). Symbolic links are not followed."""
    if not POSIX or not data_dir.is_dir():
        return []
    found: list[tuple[Path, int]] = []
    for folder, dirs, files in os.walk(data_dir, followlinks=False):
        for name in [".", *dirs, *files]:
            path = Path(folder) / name if name != "." else Path(folder)
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue  # gone meanwhile
            if not stat.S_ISLNK(mode) and mode & _OTHERS:
                found.append((path, stat.S_IMODE(mode)))
    return found

