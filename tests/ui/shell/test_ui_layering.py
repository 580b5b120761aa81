"""The UI talks to the core through services only: no SQL, no sessions, no ORM models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

UI_DIR = Path(__file__).resolve().parents[3] / "ui"
FORBIDDEN = ("sqlalchemy", "alembic", "secretariat.db")


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
