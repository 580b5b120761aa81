"""What ``secretariat check`` hands its checks and collects from them (see ``integrity``).

Kept apart from the runner so that small kernel services (counters) can report problems
without importing the registry's readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[str, int, int], None]  # (check name, done, total; total 0: unknown)


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    checks: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    features: dict[str, str] = field(default_factory=dict)  # check name -> feature name
    counts: dict[str, int] = field(default_factory=dict)  # check name -> problems it found
    quick: bool = False  # --quick: each check does its light part only (see Check.quick)
    progress: Progress | None = field(default=None, repr=False)
    # Work shared between checks of one run (the audit chain's folded states).
    shared: dict[str, Any] = field(default_factory=dict, repr=False)
    current: str = ""  # the check running now (for progress lines)
    # Said, but not a failure (a file others may read): check still passes.
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, code: str, **params: Any) -> None:
        self.problems.append(Problem(code, params))

    def warn(self, code: str, params: dict[str, Any]) -> None:
        self.warnings.append(Problem(code, params))

    def step(self, done: int, total: int = 0) -> None:
        """Tell the progress line how far the running check is."""
        if self.progress is not None:
            self.progress(self.current, done, total)
