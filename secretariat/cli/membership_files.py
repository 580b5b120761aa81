"""Membership's sub-commands in the shared groups (declared in the registry, ``group=True``):

    secretariat print card MEMBERSHIP --out F.pdf [--layout a4|card]
    secretariat print certificate MEMBERSHIP --out F.pdf [--size A4|A5]
    secretariat print member-receipt RECEIPT --out F.pdf
    secretariat export members [--association CODE] --out F.xlsx
    secretariat import units F.xlsx [--dry-run] [--report R.xlsx]  → {"added", "refused", "duplicates"}

A card or certificate for a membership that is not active prints nothing and says why
(exit 1). An import writes nothing with --dry-run, and is one transaction otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from secretariat.cli.output import info, print_json
from secretariat.cli.progress import TerminalProgress
from secretariat.cli.session import run_signed_in
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.membership import api as membership
from secretariat.membership.api import CardLayout, CertificateSize
from secretariat.printing.api import save_pdf


def add_subcommands(group: str, sub: argparse._SubParsersAction[argparse.ArgumentParser]
                    ) -> None:
    if group == "print":
        card = sub.add_parser("card", help="a membership card (active memberships only)")
        card.add_argument("membership", metavar="MEMBERSHIP")
        card.add_argument("--layout", choices=[c.value for c in CardLayout], default="a4")
        _out(card).set_defaults(func=cmd_card)
        certificate = sub.add_parser("certificate", help="a membership certificate")
        certificate.add_argument("membership", metavar="MEMBERSHIP")
        certificate.add_argument("--size", choices=[s.value for s in CertificateSize],
                                 default="A4")
        _out(certificate).set_defaults(func=cmd_certificate)
        receipt = sub.add_parser("member-receipt", help="a membership payment's receipt")
        receipt.add_argument("receipt", metavar="RECEIPT")
        _out(receipt).set_defaults(func=cmd_receipt)
    elif group == "export":
        members = sub.add_parser("members", help="the member directory (Excel)")
        members.add_argument("--association", default=None, metavar="CODE")
        members.add_argument("--out", required=True, type=Path, metavar="F.xlsx")
        members.set_defaults(func=cmd_export)
    elif group == "import":
        units = sub.add_parser("units", help="member units from Excel (deduplicated on the ID)")
        units.add_argument("file", type=Path, metavar="F.xlsx")
        units.add_argument("--dry-run", action="store_true", help="write nothing, count the same")
        units.add_argument("--report", type=Path, default=None, metavar="R.xlsx",
                           help="a workbook of every refused row and why")
        units.set_defaults(func=cmd_import)


def _out(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--out", required=True, type=Path, metavar="F.pdf")
    return parser


def _written(data: bytes, out: Path) -> int:
    save_pdf(data, out)
    info(f"نوشته شد: {out}")
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        membership.card_pdf(ctx, actor, [args.membership], args.layout), args.out))


def cmd_certificate(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        membership.certificate_pdf(ctx, actor, args.membership, args.size), args.out))


def cmd_receipt(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        membership.receipt_pdf(ctx, actor, args.receipt), args.out))


def cmd_export(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        with TerminalProgress("فهرست اعضا") as progress:  # a line on a terminal only
            count = membership.export_directory(ctx, actor, args.out, args.association, progress)
        print_json({"rows": count, "file": str(args.out)})
        return 0

    return run_signed_in(args, act)


def cmd_import(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        outcome = membership.import_units(ctx, actor, args.file, dry_run=args.dry_run,
                                          report=args.report)
        print_json({"added": outcome.added, "refused": outcome.refused,
                    "duplicates": outcome.duplicates, "dry_run": outcome.dry_run,
                    "report": outcome.report})
        return 0

    return run_signed_in(args, act)
