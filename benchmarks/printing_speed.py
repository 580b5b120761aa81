"""How fast documents render in a running process (no database): one letter, a big register book.

    python benchmarks/printing_speed.py [--letters 200] [--rows 10000]

Targets (issue "Printing"): one letter ≤ 15 ms p95; a 10,000-row register book ≤ 10 s.
Both wall-clock and CPU time are shown: on a busy machine wall time includes waiting.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib import rl_accel

from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import PrintLayout
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.register_book import render_register
from secretariat.printing.documents.samples import (
    sample_letter,
    sample_letterhead,
    sample_register,
)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def bench_letters(count: int) -> None:
    head, layout = sample_letterhead(), PrintLayout()
    render_letter(sample_letter(), head, layout)  # warm-up: fonts, caches
    wall: list[float] = []
    cpu: list[float] = []
    for index in range(1, count + 1):
        # A new number and subject each time: no cache holds the whole letter.
        letter = sample_letter(number=f"1403/ص/{index}",
                               subject=f"تمدید کارت عضویت {to_persian_digits(str(index))}")
        started, started_cpu = time.perf_counter(), time.process_time()
        render_letter(letter, head, layout)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    print(f"letter ({count} renders, 1 A4 page, logo + QR): "
          f"median {statistics.median(wall):.1f} ms, p95 {percentile(wall, 0.95):.1f} ms wall; "
          f"p95 {percentile(cpu, 0.95):.1f} ms CPU")  # fmt: skip


def bench_register(rows: int) -> None:
    register = sample_register(rows)
    started, started_cpu = time.perf_counter(), time.process_time()
    data = render_register(register)
    wall = time.perf_counter() - started
    cpu = time.process_time() - started_cpu
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    print(f"register book ({rows:,} rows, ~{pages} pages, {len(data) // 1024:,} KB): "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    accelerated = type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    print(f"reportlab C accelerator (rl_accel): {'yes' if accelerated else 'no'}")
    bench_letters(args.letters)
    bench_register(args.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
