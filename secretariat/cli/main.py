"""The ``secretariat`` command: the application's services without a window.

Exit codes: 0 success, 1 any refused or failed operation, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from secretariat import __version__
from secretariat.cli import admin_commands
from secretariat.cli.output import error, use_utf8
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.paths import DATA_DIR_ENV, default_data_dir

USER_ENV = "SECRETARIAT_USER"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secretariat",
        description="Secretariat (دبیرخانه) command line: the same services as the app.",
    )
    parser.add_argument("--version", action="version", version=f"secretariat {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"data folder (env {DATA_DIR_ENV}; default: the per-user app-data folder)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy database URL, e.g. postgresql+psycopg://... "
        "(env SECRETARIAT_DATABASE_URL; default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get(USER_ENV),
        help=f"user name to act as (env {USER_ENV}); password from SECRETARIAT_PASSWORD or a prompt",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    admin_commands.add_parsers(sub)
    for extra in _feature_modules():
        extra.add_parsers(sub)
    return parser


def _feature_modules() -> list[ModuleType]:
    """CLI modules of later features register here (letters, printing...)."""
    from secretariat.cli import letter_commands, print_commands

    return [letter_commands, print_commands]


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8()
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on wrong usage
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    try:
        result: int = args.func(args)
        return result
    except SecretariatError as exc:
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        error("لغو شد.")
        return 1
    except OSError as exc:
        error(f"خطای پرونده یا دیسک: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
