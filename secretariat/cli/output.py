"""How the CLI talks: UTF-8 JSON on stdout, Persian errors on stderr."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any


def use_utf8() -> None:
    # A Windows console defaults to a legacy code page that cannot print Persian.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_default) + "\n")


def error(message: str) -> None:
    sys.stderr.write("خطا: " + message + "\n")


def info(message: str) -> None:
    sys.stdout.write(message + "\n")
