"""How far a long piece of work is, and how it is asked to stop: the callbacks every feature's
long actions take (backups, copies, exports), so that the GUI shows one progress dialog with
Cancel and the CLI one progress line for all of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secretariat.kernel.errors import SecretariatError


class Cancelled(SecretariatError):
    """Stopped on request (Cancel, closing the window); whatever was half-written has been
    removed."""

    code = "operation_cancelled"


@dataclass(frozen=True)
class Progress:
    """How far a long operation is: a stage (``snapshot``, ``files``, ``verify``, ``copy``,
    ``export``), and ``done`` of ``total`` units of it (rows, bytes or files)."""

    stage: str
    done: int
    total: int
    detail: str = ""  # e.g. the table being copied

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0


ProgressFn = Callable[[Progress], None]
StopFn = Callable[[], bool]
