"""Every user-visible string is translated, and each shipped .qm matches its .ts.

One catalogue per UI feature package (``ui/<name>/`` → ``<name>_fa.ts``), the shell's
(``secretariat_fa.ts``) for the rest of ui/. On failure: run scripts/update_translations.sh,
translate what it marks unfinished, and run it again.
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
CATALOGUES = sorted(resource_path("translations").glob("*_fa.ts"))
SHELL = "secretariat"
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


def name_of(ts_file: Path) -> str:
    return ts_file.name.removesuffix("_fa.ts")


def sources_of(name: str) -> list[Path]:
    """The files whose strings belong to catalogue ``name`` (scripts/update_translations.sh)."""
    features = {name_of(ts) for ts in CATALOGUES} - {SHELL}
    if name != SHELL:
        return sorted((REPO / "ui" / name).rglob("*.py"))
    return sorted(path for path in (REPO / "ui").rglob("*.py")
                  if path.relative_to(REPO / "ui").parts[0] not in features)


def test_there_is_the_shells_catalogue_and_each_feature_has_its_package() -> None:
    names = [name_of(ts) for ts in CATALOGUES]
    assert SHELL in names
    for name in names:
        assert name == SHELL or (REPO / "ui" / name / "__init__.py").is_file(), name


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=name_of)
def test_every_string_in_the_catalogue_is_translated(ts_file: Path) -> None:
    problems = []
    for (context, source), translation in entries(ts_file).items():
        kind = translation.get("type")
        text = (translation.text or "").strip()
        if kind or not text:
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=name_of)
def test_catalogue_matches_the_source(ts_file: Path, tmp_path: Path) -> None:
    """lupdate over the catalogue's files finds exactly its strings: none new, none stale."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(path) for path in sources_of(name_of(ts_file))]
    subprocess.run([qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    in_source, in_catalogue = set(entries(fresh)), set(entries(ts_file))
    assert not in_source - in_catalogue, f"missing from the .ts: {in_source - in_catalogue}"
    assert not in_catalogue - in_source, f"stale in the .ts: {in_catalogue - in_source}"


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=name_of)
def test_compiled_catalogue_is_up_to_date(ts_file: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "run scripts/update_translations.sh")


def test_translations_are_used_at_run_time() -> None:
    assert QCoreApplication.translate("Navigation", "Audit log") == "گزارش ممیزی"
    assert QCoreApplication.translate("Labels", "Organisation name") == "نام سازمان"
