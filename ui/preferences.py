"""Each user's view preferences on this workstation: saved filters, hidden columns.

Kept in ``ui_preferences.json`` in the data folder (next to settings.json), by
user name. They are conveniences, not records: a damaged file falls back to
nothing saved, and nothing here is audited.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "ui_preferences.json"


class Preferences:
    def __init__(self, data_dir: Path, username: str) -> None:
        self.path = data_dir / FILE_NAME
        self.username = username

    def _read_all(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("preferences not read (%s): %s", self.path, exc)
            return {}
        return raw if isinstance(raw, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        mine = self._read_all().get(self.username, {})
        return mine.get(key, default) if isinstance(mine, dict) else default

    def set(self, key: str, value: Any) -> None:
        everything = self._read_all()
        mine = everything.get(self.username)
        if not isinstance(mine, dict):
            mine = everything[self.username] = {}
        mine[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(FILE_NAME + ".tmp")
            tmp.write_text(json.dumps(everything, ensure_ascii=False, indent=2),
                           encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            log.warning("preferences not saved (%s): %s", self.path, exc)
