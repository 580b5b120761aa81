"""This workstation's own settings, kept in ``settings.json`` in the data folder.

Organisation-wide settings (name, secretariat code, number format...) live in the
database instead, so every workstation sharing a PostgreSQL server sees the same.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from secretariat.kernel.private import private_dir, private_file

DATABASE_URL_ENV = "SECRETARIAT_DATABASE_URL"
SETTINGS_FILE = "settings.json"
DATABASE_FILE = "secretariat.sqlite"


@dataclass
class LocalSettings:
    database_url: str | None = None  # None: the embedded SQLite file in the data folder
    ui_scale: float = 1.0
    backup_folder: str | None = None  # a second home for automatic backups (USB drive, share)

    @classmethod
    def load(cls, data_dir: Path) -> LocalSettings:
        path = data_dir / SETTINGS_FILE
        if not path.is_file():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # A damaged settings file falls back to defaults; the database is untouched.
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, data_dir: Path) -> None:
        private_dir(data_dir)
        tmp = private_file(data_dir / (SETTINGS_FILE + ".tmp"))
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(data_dir / SETTINGS_FILE)  # atomic: a full disk never leaves half a file


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + str(path)


def resolve_database_url(data_dir: Path, explicit: str | None = None) -> str:
    """Command line beats environment beats settings.json beats the embedded default."""
    url = explicit or os.environ.get(DATABASE_URL_ENV) or LocalSettings.load(data_dir).database_url
    return url or sqlite_url(data_dir / DATABASE_FILE)
