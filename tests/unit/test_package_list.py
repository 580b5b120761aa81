"""Every Python package of the tree is listed in pyproject.toml, or the wheel would miss it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("secretariat", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set()
    assert listed - found == {"secretariat.resources"}
