"""The core never imports Qt or the UI package (docs/ARCHITECTURE.md, "Layers")."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import secretariat

ROOT = Path(__file__).resolve().parents[2]


def _all_core_modules() -> list[str]:
    names = ["secretariat"]
    for info in pkgutil.walk_packages(secretariat.__path__, "secretariat."):
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue  # Alembic scripts are loaded by Alembic, not imported
        names.append(info.name)
    return names


def test_core_modules_pull_in_no_qt_and_no_ui() -> None:
    modules = _all_core_modules()
    assert "secretariat.kernel.accounts" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
