"""Printing's steps of ``secretariat self-test`` (named in the registry)."""

from __future__ import annotations

from pathlib import Path

from secretariat.printing.fonts import font_files, register_fonts
from secretariat.printing.selftest_pdf import render_selftest_pdf


def check_fonts(_workdir: Path) -> str:
    files = font_files()
    if not files:
        raise AssertionError("no bundled fonts")
    register_fonts()
    return ", ".join(f.name for f in files)


def check_pdf(workdir: Path) -> str:
    out = workdir / "selftest.pdf"
    render_selftest_pdf(out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise AssertionError("not a complete PDF")
    return f"{len(data)} bytes"
