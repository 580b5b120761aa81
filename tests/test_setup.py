"""Every Python package of the tree goes into the wheel (setup.py finds them; none is listed)."""

from __future__ import annotations

from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_in_the_wheel() -> None:
    listed = set(find_packages(str(ROOT), include=["secretariat", "secretariat.*", "ui", "ui.*"]))
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("secretariat", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set()
    assert listed - found == set()
