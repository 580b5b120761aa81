"""Helpers shared by the operations tests (core and screens)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path


def age_backup(path: Path, days: int) -> None:
    """Make a backup look ``days`` old: its manifest's creation time moved back (the file
    itself is rewritten now)."""
    with zipfile.ZipFile(path) as src:
        entries = {i.filename: src.read(i.filename) for i in src.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["created"] = (datetime.now(UTC) - timedelta(days=days)).isoformat()
    entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in entries.items():
            dst.writestr(name, data)
