"""The Windows installer, built and smoke-tested under Wine on Linux.

installer/build-windows.sh --smoke installs what it needs with apt (as root), builds the
bundle with a Windows Python under Wine, compiles the NSIS setup and installs, upgrades
and uninstalls it in a fresh Wine prefix. Several minutes, so marked ``packaging``:
    pytest -m packaging tests/packaging/test_windows_installer.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds under Wine on Linux"),
    pytest.mark.skipif(
        shutil.which("wine") is None and os.geteuid() != 0,
        reason="needs Wine, or root to install it with apt",
    ),
]


def test_setup_builds_installs_upgrades_and_uninstalls() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "installer" / "build-windows.sh"), "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "smoke test passed" in output
    setups = list((ROOT / "dist").glob("Secretariat-*-setup.exe"))
    assert setups and all(s.stat().st_size <= 40_000_000 for s in setups)
