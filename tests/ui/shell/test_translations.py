"""Every user-visible string is translated, and the shipped .qm matches the .ts.

On failure: run scripts/update_translations.sh, translate what it marks
unfinished in resources/translations/secretariat_fa.ts, and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from secretariat.kernel.paths import resource_path

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[3]
TS = resource_path("translations", "secretariat_fa.ts")
QM = resource_path("translations", "secretariat_fa.qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
Entry = tuple[str, str]  # (context, source)


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def entries(ts_file: Path) -> dict[Entry, ET.Element]:
    root = ET.parse(ts_file).getroot()
    found: dict[Entry, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_string_in_the_catalogue_is_translated() -> None:
    problems = []
    for (context, source), translation in entries(TS).items():
        kind = translation.get("type")
        text = (translation.text or "").strip()
        if kind or not text:
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
    assert not problems, "\n".join(problems)


def test_catalogue_matches_the_source(tmp_path: Path) -> None:
    """lupdate over ui/ finds exactly the strings the catalogue has: none new, none stale."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (REPO / "ui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    in_source, in_catalogue = set(entries(fresh)), set(entries(TS))
    assert not in_source - in_catalogue, f"missing from the .ts: {in_source - in_catalogue}"
    assert not in_catalogue - in_source, f"stale in the .ts: {in_catalogue - in_source}"


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh"


def test_translations_are_used_at_run_time() -> None:
    assert QCoreApplication.translate("Navigation", "Audit log") == "گزارش ممیزی"
    assert QCoreApplication.translate("Labels", "Organisation name") == "نام سازمان"
