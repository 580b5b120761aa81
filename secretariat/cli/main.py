"""The ``secretariat`` command: the application's services without a window.

Exit codes: 0 success, 1 any refused or failed operation, 2 wrong usage.

``main`` is the one error boundary of the command line: a refusal prints its Persian
sentence; anything unexpected prints a short sentence saying what to do, and its traceback
goes to the log only (``<data>/logs/secretariat.log``; ``--verbose`` prints the log on stderr
too). Every command leaves one line in the log: user, command, outcome.

The commands come from the registry (``Command``: name, help, module). Only the module of
the command being run is imported and builds its sub-parser; the others appear in
``--help`` by name, so ``--version`` and ``--help`` import no feature and no database code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from secretariat import __version__, features
from secretariat.cli.output import error, use_utf8
from secretariat.kernel.errors import SecretariatError, file_problem
from secretariat.kernel.logs import echo_to_stderr, no_log_elsewhere, start_file_log
from secretariat.kernel.messages import boundary_sentence
from secretariat.kernel.paths import DATA_DIR_ENV, default_data_dir
from secretariat.kernel.registry import Command

USER_ENV = "SECRETARIAT_USER"


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--database-url", "--user")
log = logging.getLogger("secretariat.cli")


def command_of(argv: Sequence[str]) -> str | None:
    """The command word in ``argv`` (the first word that is not a global option)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; ``command``'s module builds its own part, the rest are named only."""
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
    parser.add_argument("--verbose", action="store_true",
                        help="print the log (each command's outcome, errors' details) on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    registry = features.REGISTRY
    wanted = registry.command(command) if command else None
    built = False
    listed: set[str] = set()
    for _feature, entry in registry.commands():
        if entry.name in listed:
            continue  # a shared group, declared by several features, is listed once
        listed.add(entry.name)
        if wanted is not None and wanted.group and entry.name == wanted.name:
            _build_group(sub, entry)
        elif (wanted is not None and not wanted.group and not entry.group
              and entry.module == wanted.module):
            if not built:
                registry.resolve(entry.module).add_parsers(sub)
                built = True
        else:
            sub.add_parser(entry.name, help=entry.help)
    return parser


def command_words(args: argparse.Namespace) -> str:
    """«letter add»: the command and its sub-command, never an argument's value (a subject,
    a reason, a password) — what the log may say about a command."""
    words = [str(args.command)]
    words += [str(v) for k, v in sorted(vars(args).items()) if k.endswith("_command") and v]
    return " ".join(words)


def _build_group(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 first: Command) -> None:
    """A shared command group: every feature declaring it adds its sub-commands."""
    registry = features.REGISTRY
    parser = sub.add_parser(first.name, help=first.help)
    group_sub = parser.add_subparsers(dest=f"{first.name}_command", required=True,
                                      metavar="SUBCOMMAND")
    modules = dict.fromkeys(c.module for _f, c in registry.commands()
                            if c.group and c.name == first.name)
    for module in modules:
        registry.resolve(module).add_subcommands(first.name, group_sub)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser(command_of(arguments))
        args = parser.parse_args(arguments)  # exits with 2 on wrong usage
    except Exception:  # the boundary: a broken installation says so, without a traceback
        log.exception("the command line could not start")
        error(boundary_sentence("unexpected", None))
        return 1
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    if args.verbose:
        echo_to_stderr()
    log_path = start_file_log(args.data_dir)
    if log_path is None and not args.verbose:
        no_log_elsewhere()
    return run(args, log_path)


def run(args: argparse.Namespace, log_path: Path | None) -> int:
    """Run the parsed command inside the boundary; one log line tells how it ended."""
    command = command_words(args)
    who = args.user or "-"
    try:
        result: int = args.func(args)
    except SecretariatError as exc:
        field = getattr(exc, "field", None)
        log.info("user=%s command=%s outcome=refused code=%s%s", who, command, exc.code,
                 f" field={field}" if field else "")
        if exc.__cause__ is not None:  # a database or file error: the system's own words
            log.warning("details of %s", exc.code, exc_info=exc.__cause__)
        error(str(exc))
        _recovery_hint(exc, args.data_dir)
        return 1
    except KeyboardInterrupt:
        log.info("user=%s command=%s outcome=interrupted", who, command)
        error(boundary_sentence("interrupted", None))
        return 1
    except OSError as exc:
        log.warning("user=%s command=%s outcome=failed", who, command, exc_info=exc)
        error(str(file_problem(exc)))
        return 1
    except Exception as exc:  # the boundary: nothing escapes as a traceback
        log.error("user=%s command=%s outcome=error %s", who, command, type(exc).__name__,
                  exc_info=exc)
        error(boundary_sentence("unexpected", log_path))
        return 1
    log.info("user=%s command=%s outcome=%s", who, command, "ok" if result == 0 else result)
    return result


def _recovery_hint(exc: SecretariatError, data_dir: Path) -> None:
    """A database that cannot be opened: say where the latest good backup is."""
    # Deferred: only a failing command pays for it.
    from secretariat.operations.api import RECOVERY_CODES, recovery_hint

    if exc.code in RECOVERY_CODES:
        sys.stderr.write(recovery_hint(data_dir) + "\n")


if __name__ == "__main__":
    sys.exit(main())
