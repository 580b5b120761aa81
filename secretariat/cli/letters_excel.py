"""``letter export`` and ``letter import``: the register to Excel, and an earlier register
from Excel (the operations feature's, in the letters' command group)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from secretariat.cli.output import error, info, print_json
from secretariat.cli.progress import TerminalProgress
from secretariat.cli.session import run_signed_in
from secretariat.correspondence.api import LetterQuery
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations


def add_parsers(ls: argparse._SubParsersAction[argparse.ArgumentParser],
                filters: Callable[[argparse.ArgumentParser], None],
                query: Callable[[argparse.Namespace], LetterQuery]) -> None:
    export = ls.add_parser("export", help="the register (with list's filters) to an Excel file")
    filters(export)
    export.add_argument("--text", default="", help="full-text search, as `letter search`")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    export.set_defaults(func=lambda args: cmd_export(args, query))

    imp = ls.add_parser("import", help="an earlier register from an Excel file")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--mapping", required=True, type=Path, metavar="MAP.json",
                     help='{"columns": {"number": "شماره", ...}, "values": {"kind": "incoming"}}')
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--report", type=Path, default=None, metavar="R.xlsx",
                     help="a workbook of every refused row and why")
    imp.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace, query: Callable[[argparse.Namespace], LetterQuery]
               ) -> int:
    wanted = query(args)
    if args.text.strip():
        from dataclasses import replace

        wanted = replace(wanted, text=args.text)

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        with TerminalProgress("خروجی اکسل") as progress:
            count = operations.export_letters(ctx, actor, wanted, args.out, progress)
        if args.json:
            print_json({"path": str(args.out), "letters": count})
        else:
            info(f"{to_persian_digits(str(count))} نامه در «{args.out}» نوشته شد.")
        return 0

    return run_signed_in(args, act)


def cmd_import(args: argparse.Namespace) -> int:
    mapping = operations.ImportMapping.load(args.mapping)  # refuse a bad mapping before login

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        result = operations.import_register(ctx, actor, args.file, mapping, args.dry_run,
                                            args.report)
        for refused in result.refused:
            error(f"ردیف {to_persian_digits(str(refused.row))}: {refused.reason}")
        print_json({"added": result.added, "refused": len(result.refused),
                    "rows": result.rows, "dry_run": result.dry_run,
                    "report": str(result.report) if result.report else None})
        return 0

    return run_signed_in(args, act)
