"""The register list as the GUI shows it, on an existing database: how long until it paints.

    python benchmarks/register_view.py DATA_DIR [--user clerk] [--password PW] [--repeat 5]

Opens the data folder (no migration), signs in, and drives the real register
table (``ui.pages.letters.register_table.RegisterTable`` over
``ui.models.letter_window_model.LetterWindowModel``) offscreen, then prints one
JSON object:

- list_first_page_ms: from asking for the register (newest first) until its
  first rows are painted (the count comes after; the table grows then)
- list_count_ms: until the match count is known (the scroll bar's full length)
- list_jump_to_end_ms: the scroll bar dragged to the bottom, until the last
  rows are painted
- list_jump_to_middle_ms: the same for the middle of the register
- list_scroll_page_ms: one Page Down from the top, until painted
- rss_mb / rss_peak_mb: this process (Qt, the app and the open database)

Each figure is the median of ``--repeat`` runs after one warm-up run (the first
run's figures are given too, as ``*_first_ms``). ``benchmarks/letters_at_scale.py``
seeds a database (``--data-dir DIR --keep``) and can run this on it in a
separate process, so the RSS is the GUI's own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from secretariat.correspondence.api import LetterQuery  # noqa: E402
from secretariat.kernel import accounts  # noqa: E402
from secretariat.kernel.context import open_context  # noqa: E402
from ui.bootstrap import configure_application  # noqa: E402
from ui.models.letter_window_model import LetterWindowModel  # noqa: E402
from ui.pages.letters.register_table import RegisterTable  # noqa: E402

DEFAULT_PASSWORD = "bench-password-1"  # what letters_at_scale.py gives its users
TIMEOUT_S = 60.0


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the register did not answer in time")
        time.sleep(0.0002)


def rss(field: str = "VmRSS") -> float | None:
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def visible_rows(table: RegisterTable) -> range:
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = table.model().rowCount() - 1
    return range(first, last + 1)


def painted(table: RegisterTable, model: LetterWindowModel) -> Callable[[], bool]:
    """True once every row in view has its letter (then the view is painted once more)."""

    def check() -> bool:
        rows = visible_rows(table)
        return len(rows) > 0 and all(model.letter_at(r) is not None for r in rows)

    return check


def ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def one_run(table: RegisterTable, model: LetterWindowModel) -> dict[str, float]:
    result: dict[str, float] = {}
    table.scrollToTop()
    start = time.perf_counter()
    model.set_query(LetterQuery())
    wait_until(lambda: model.rowCount() > 0)
    wait_until(painted(table, model))
    table.viewport().repaint()
    result["first_page"] = ms(start)
    wait_until(lambda: model.total() is not None)
    result["count"] = ms(start)
    wait_until(model.is_idle)

    for name, move in (("jump_to_end", table.scrollToBottom),
                       ("jump_to_middle", lambda: table.verticalScrollBar().setValue(
                           table.verticalScrollBar().maximum() // 2)),
                       ("scroll_page", None)):
        if move is None:
            table.scrollToTop()
            wait_until(painted(table, model))
            wait_until(model.is_idle)
            bar = table.verticalScrollBar()
            start = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
        else:
            start = time.perf_counter()
            move()
        QCoreApplication.processEvents()
        wait_until(painted(table, model))
        table.viewport().repaint()
        result[name] = ms(start)
        wait_until(model.is_idle)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--user", default="clerk")
    parser.add_argument("--password", default=DEFAULT_PASSWORD)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    configure_application(app)
    ctx = open_context(args.data_dir, migrate_db=False)
    try:
        user = accounts.authenticate(ctx, args.user, args.password)
        model = LetterWindowModel(ctx, user)
        table = RegisterTable(model)
        table.resize(1100, 650)
        table.show()
        QCoreApplication.processEvents()
        first = one_run(table, model)
        runs = [one_run(table, model) for _ in range(max(1, args.repeat))]
        result: dict[str, object] = {"rows": model.rowCount(), "user": user.username}
        for key in first:
            result[f"list_{key}_ms"] = statistics.median(run[key] for run in runs)
            result[f"list_{key}_first_ms"] = first[key]
        result["blocks_in_memory"] = model.loaded_blocks()
        result["rss_mb"] = rss()
        result["rss_peak_mb"] = rss("VmHWM")
    finally:
        from ui.tasks import wait_for_tasks

        wait_for_tasks()
        ctx.close()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
