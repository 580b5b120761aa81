"""Where things live: bundled resources and the user's data folder.

Resources are found by one rule that holds for a checkout, an installed wheel
and a PyInstaller bundle: ``<secretariat package>/resources`` (the wheel and the
bundle put them there), else ``resources/`` beside the package (a checkout).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

import secretariat

APP_NAME = "Secretariat"
DATA_DIR_ENV = "SECRETARIAT_DATA_DIR"


@cache
def resources_dir() -> Path:
    package_dir = Path(secretariat.__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("bundled resources folder not found next to " + str(package_dir))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return Path(secretariat.__file__).resolve().parent / "migrations"


def platform_data_dir() -> Path:
    """The per-user app-data folder of this platform (never the install folder)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)) / (
        "data-location.txt"
    )


def default_data_dir() -> Path:
    """Where this user's data lives: SECRETARIAT_DATA_DIR, else the folder chosen at first
    run (remembered for the app and the CLI alike), else the platform's app-data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    try:
        chosen = _pointer_file().read_text(encoding="utf-8").strip()
    except OSError:
        chosen = ""
    return Path(chosen) if chosen else platform_data_dir()


def remember_data_dir(path: Path) -> None:
    """Remember a folder chosen at first run; choosing the platform default forgets it."""
    pointer = _pointer_file()
    if path.resolve() == platform_data_dir().resolve():
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text(str(path.resolve()), encoding="utf-8")
