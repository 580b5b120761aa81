"""backup and db commands: archives that restore, and moving the office's database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from secretariat.cli.output import error, info, print_json
from secretariat.cli.progress import TerminalProgress
from secretariat.cli.session import run_signed_in
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.messages import describe
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import BackupInfo, OperationRefused


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="back up, verify, list and restore archives")
    bs = backup.add_subparsers(dest="backup_command", required=True)

    create = bs.add_parser("create", help="write a verified archive; prints its path")
    create.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="where to write it (default: backups/ in the data folder)")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=cmd_create)

    verify = bs.add_parser("verify", help="judge an archive: exit 0 good, 1 bad with why")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    lst = bs.add_parser("list", help="the archives in the backup folders, newest first")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    restore = bs.add_parser("restore", help="restore an archive into an empty folder or server")
    restore.add_argument("file", type=Path)
    where = restore.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=Path, metavar="DIR", help="a data folder (empty)")
    where.add_argument("--to-url", metavar="URL", help="a database server (empty)")
    restore.add_argument("--replace", action="store_true",
                         help="restore over what is there, backing it up first")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(func=cmd_restore)

    db = sub.add_parser("db", help="copy the office's database to another (SQLite or PostgreSQL)")
    ds = db.add_subparsers(dest="db_command", required=True)
    copy = ds.add_parser("copy", help="every row to an EMPTY database, then counts and check")
    copy.add_argument("--to", required=True, metavar="URL", dest="url",
                      help="postgresql+psycopg://user:password@host/name or sqlite:///file")
    copy.add_argument("--json", action="store_true")
    copy.set_defaults(func=cmd_copy)
    test = ds.add_parser("test", help="can the database at URL be reached? is it empty?")
    test.add_argument("url", metavar="URL")
    test.add_argument("--json", action="store_true")
    test.set_defaults(func=cmd_test)


def backup_json(b: BackupInfo) -> dict[str, Any]:
    return {"path": str(b.path), "created": b.created.isoformat(), "kind": b.kind,
            "verified": b.verified, "size": b.size, "counts": b.counts,
            "schema_revision": b.schema_revision, "app_version": b.app_version,
            "keys": b.keys.get("included", [])}


def _backup_line(b: BackupInfo) -> str:
    state = {True: "سالم", False: "نادرست", None: "وارسی‌نشده"}[b.verified]
    return (f"{format_jalali_datetime(b.created)}\t{state}\t"
            f"{to_persian_digits(str(b.letters))} نامه\t{b.path}")


def cmd_create(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        with TerminalProgress("پشتیبان") as progress:
            made = operations.create_backup(ctx, actor, args.out, progress)
        if args.json:
            print_json(backup_json(made))
        else:
            info(str(made.path))
        return 0

    return run_signed_in(args, act)


def cmd_verify(args: argparse.Namespace) -> int:
    with TerminalProgress("وارسی") as progress:
        verdict = operations.verify_backup(args.file, progress)
    reason = describe(OperationRefused(verdict.code, **verdict.params)) if not verdict.ok else ""
    if args.json:
        print_json({"ok": verdict.ok, "code": verdict.code, "reason": reason,
                    "params": verdict.params})
    elif verdict.ok:
        info("پشتیبان سالم است.")
    if not verdict.ok:
        error(reason)
    return 0 if verdict.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    found = operations.list_backups(args.data_dir)
    if args.json:
        print_json([backup_json(b) for b in found])
    else:
        for b in found:
            info(_backup_line(b))
        if not found:
            info("پشتیبانی پیدا نشد.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with TerminalProgress("بازیابی") as progress:
        if args.to_url:
            result = operations.restore_backup_to_server(args.file, args.to_url, args.data_dir,
                                                         args.replace, progress=progress)
        else:
            result = operations.restore_backup(args.file, args.to, args.replace,
                                               progress=progress)
    if args.json:
        print_json({"target": result.target, "created": result.created.isoformat(),
                    "counts": result.counts,
                    "previous": str(result.previous) if result.previous else None})
    else:
        info(f"پشتیبان {format_jalali_datetime(result.created)} در «{result.target}» بازیابی شد.")
        if result.previous:
            info(f"پشتیبانِ آنچه جایگزین شد: {result.previous}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        with TerminalProgress("رونوشت") as progress:
            result = operations.copy_database(ctx, actor, args.url, progress)
        if args.json:
            print_json({"target": result.target, "counts": result.counts,
                        "check_ok": result.ok, "problems": list(result.problems),
                        "seconds": result.seconds})
        else:
            total = sum(result.counts.values())
            info(f"{to_persian_digits(str(total))} ردیف به «{result.target}» رونوشت شد.")
        for problem in result.problems:
            error(problem)
        return 0 if result.ok else 1

    return run_signed_in(args, act)


def cmd_test(args: argparse.Namespace) -> int:
    found = operations.test_connection(args.url)
    if args.json:
        print_json(found)
    else:
        state = "خالی است" if found["empty"] else "داده دارد"
        info(f"{found['engine']} {found['version']}: پایگاه داده در دسترس است و {state}.")
    return 0

