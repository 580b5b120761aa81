"""The frozen bundle: build.spec builds, and the frozen programs run.

Slow (a full PyInstaller build, about a minute), so marked ``packaging`` and left out of
the default run:  pytest -m packaging tests/packaging/test_bundle.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "Secretariat"

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def built_bundle() -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON": sys.executable}
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


def test_build_script_builds_and_self_tests_the_bundle(
    built_bundle: subprocess.CompletedProcess[str],
) -> None:
    assert built_bundle.returncode == 0, built_bundle.stdout[-4000:] + built_bundle.stderr[-4000:]
    assert "self-test: all checks passed" in built_bundle.stdout + built_bundle.stderr


def test_two_programs_share_one_internal_folder(
    built_bundle: subprocess.CompletedProcess[str],
) -> None:
    assert built_bundle.returncode == 0
    programs = sorted(p.name for p in BUNDLE.iterdir() if p.is_file())
    assert programs == ["Secretariat", "secretariat-cli"]
    assert [p.name for p in BUNDLE.iterdir() if p.is_dir()] == ["_internal"]


def test_bundle_carries_resources_and_migrations_as_files(
    built_bundle: subprocess.CompletedProcess[str],
) -> None:
    assert built_bundle.returncode == 0
    package = BUNDLE / "_internal" / "secretariat"
    assert (package / "resources" / "icons" / "secretariat.png").is_file()
    assert any((package / "resources" / "fonts").glob("*.ttf"))
    migrations = package / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    checkout_versions = {p.name for p in (ROOT / "secretariat/migrations/versions").glob("*.py")}
    assert checkout_versions <= {p.name for p in (migrations / "versions").glob("*.py")}


def test_unused_qt_parts_are_trimmed(built_bundle: subprocess.CompletedProcess[str]) -> None:
    assert built_bundle.returncode == 0
    internal = BUNDLE / "_internal"
    names = {p.name.lower() for p in internal.rglob("*")}
    assert not any("virtualkeyboard" in name or name.startswith("libqt6quick") for name in names)
    qt_translations = {p.name for p in internal.rglob("PySide6/**/translations/*.qm")}
    assert qt_translations == {"qtbase_fa.qm", "qt_fa.qm"}
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
