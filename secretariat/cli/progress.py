"""A progress line on a terminal (stderr) for long commands; silent when not a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from secretariat.kernel.progress import Progress

STAGES = {"snapshot": "رونوشت پایگاه داده", "files": "نوشتن پرونده‌ها", "verify": "وارسی",
          "copy": "رونوشت ردیف‌ها", "restore": "بازیابی", "export": "نوشتن"}


class TerminalProgress:
    def __init__(self, title: str) -> None:
        self.title = title
        self.shown = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        if not self.shown or (now - self._last < 0.2 and p.done < p.total):
            return
        self._last = now
        stage = STAGES.get(p.stage, p.stage)
        detail = f" ({p.detail})" if p.detail else ""
        sys.stderr.write(f"\r{self.title}: {stage}{detail} {p.fraction * 100:5.1f}%   ")
        sys.stderr.flush()

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.shown:
            sys.stderr.write("\n")
