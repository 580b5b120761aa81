"""keys: this database's secret keys on this workstation (show, export, import), and the
public key its printed codes are checked with (public)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secretariat.cli.output import info, print_json
from secretariat.cli.session import context_from, sign_in
from secretariat.kernel import key_transfer, signing
from secretariat.kernel.errors import SecretariatError


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = sub.add_parser("keys", help="this database's secret keys on this workstation")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    show = keys_sub.add_parser("show", help="where the key file is and which keys it holds")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    export = keys_sub.add_parser(
        "export", help="write the keys to a file for another workstation (admin only)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)
    imp = keys_sub.add_parser("import", help="add keys exported on another workstation")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--replace", action="store_true",
                     help="replace a key this workstation holds with another value")
    imp.set_defaults(func=cmd_import)
    public = keys_sub.add_parser(
        "public", help="the public key printed codes are checked with (PEM), for verifiers")
    public.add_argument("--out", type=Path, default=None, metavar="FILE.pem",
                        help="write it to this file (default: print it)")
    public.set_defaults(func=cmd_public)


def cmd_show(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        status = key_transfer.key_status(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json({"database_id": status.database_id, "folder": str(status.folder),
                    "file": str(status.file), "keys": list(status.names),
                    "private": status.private})
        return 0
    info(f"شناسهٔ پایگاه داده: {status.database_id}")
    info(f"پروندهٔ کلید: {status.file}")
    if status.names:
        info("کلیدهای موجود در این رایانه: " + "، ".join(status.names))
    else:
        info("این رایانه کلید این پایگاه داده را ندارد؛ آن را با «secretariat keys import» وارد کنید.")
    if not status.private:
        info("هشدار: پروندهٔ کلید را حساب‌های دیگر این رایانه هم می‌توانند بخوانند.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        names = key_transfer.export_keys(ctx, sign_in(ctx, args), args.out)
    finally:
        ctx.close()
    info(f"کلیدها ({'، '.join(names)}) در «{args.out}» نوشته شد. این پرونده رمز است: آن را فقط به"
         " رایانه‌های همین دفتر ببرید، با «secretariat keys import» وارد کنید و سپس پاکش کنید.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        names = key_transfer.import_keys(ctx, args.file, replace=args.replace)
    finally:
        ctx.close()
    info(f"کلیدها ({'، '.join(names)}) در این رایانه نگه‌داری شد.")
    return 0


def cmd_public(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        with ctx.read() as session:
            public = signing.stored_public_key(session)
    finally:
        ctx.close()
    if public is None:
        raise SecretariatError("public_key_needed")
    pem = signing.public_key_pem(public)
    if args.out is None:
        sys.stdout.write(pem)
        return 0
    args.out.write_text(pem, encoding="ascii")
    info(f"کلید عمومی (اثر انگشت {signing.fingerprint(public)}) در «{args.out}» نوشته شد؛"
         " هر کس با آن و «secretariat verify --public-key» رمزینهٔ نامه‌ها را می‌سنجد.")
    return 0
