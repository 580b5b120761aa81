"""The UI talks to the core through services only: no SQL, no sessions, no ORM models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

UI_DIR = Path(__file__).resolve().parents[3] / "ui"
FORBIDDEN = ("sqlalchemy", "alembic", "secretariat.kernel.db", "secretariat.kernel.models",
             "secretariat.migrations")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_never_imports_the_database_layer() -> None:
    offenders = {
        f"{path.relative_to(UI_DIR.parent)}: {name}"
        for path in UI_DIR.rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    }
    assert not offenders


def units_of_work_opened(path: Path) -> list[int]:
    """Lines where ui code opens a unit of work itself (``ctx.write()``, ``self.ctx.read()``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"write", "read"}
        and ast.unparse(node.func.value).split(".")[-1] == "ctx"
    ]


def test_ui_never_opens_a_unit_of_work() -> None:
    """Sessions belong to the features' api: a page calls an action, never ctx.write()."""
    offenders = {
        f"{path.relative_to(UI_DIR.parent)}:{line}"
        for path in UI_DIR.rglob("*.py")
        for line in units_of_work_opened(path)
    }
    assert not offenders
