"""How the CLI talks: UTF-8 JSON on stdout, Persian errors on stderr."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any, TextIO


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


class ProgressLine:
    """One line on a terminal, rewritten in place: «check audit_chain 250,000/1,000,000»."""

    def __init__(self, stream: TextIO, every: float = 0.2) -> None:
        self.stream = stream
        self.every = every
        self._last = 0.0
        self._width = 0

    def __call__(self, name: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < self.every:
            return
        self._last = now
        text = f"check {name} {done:,}" + (f"/{total:,}" if total else "")
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
