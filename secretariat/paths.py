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
    return Path(secretariat.__file__).resolve().parent / "db" / "migrations"


def default_data_dir() -> Path:
    """The per-user data folder (never the install folder): database, attachments, backups."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
