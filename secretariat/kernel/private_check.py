"""``secretariat check``'s "files not private" step (the kernel's registry entry): a warning,
not a failure, for each file or folder of the data folder another local account could read
(POSIX; on Windows the per-user app-data folder is private already)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretariat.kernel.private import POSIX, not_private

if TYPE_CHECKING:
    from secretariat.kernel.context import AppContext
    from secretariat.kernel.integrity import CheckReport


def check_private_files(ctx: AppContext, report: CheckReport) -> bool:
    if not POSIX:
        return False
    for path, mode in not_private(ctx.data_dir):
        where = "." if path == ctx.data_dir else str(path.relative_to(ctx.data_dir))
        report.warn("not_private", {"path": where, "mode": f"{mode:04o}"})
    return True
