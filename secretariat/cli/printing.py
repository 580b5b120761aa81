"""print commands: letters, the register book, receipts, envelopes as PDF files.

    secretariat print letter REF --out FILE.pdf [--preprinted]
    secretariat print register --from D --to D [--kind K] --out FILE.pdf
    secretariat print receipt REF --out FILE.pdf [--size A6|roll80]
    secretariat print envelope REF [--size DL|C5] --out FILE.pdf
    secretariat print calibration --out FILE.pdf

(A printed code is checked with ``secretariat verify``: ``secretariat.cli.verify``.)

A letter the user may not see is refused (exit 1) and no file is written: the
PDF is built in memory first and written with a rename only when it is complete.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from secretariat.cli.output import info
from secretariat.cli.session import run_signed_in
from secretariat.correspondence.api import LetterKind
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import parse_jalali
from secretariat.printing import api as printing
from secretariat.printing.api import ENVELOPE_SIZES, RECEIPT_SIZES

Action = Callable[[AppContext, CurrentUser], int]


def add_subcommands(group: str, ps: argparse._SubParsersAction[argparse.ArgumentParser]
                    ) -> None:
    """The letters' documents in the shared ``print`` group (other features add theirs)."""
    del group  # this module adds to one group only
    letter = ps.add_parser("letter", help="a letter on letterhead (by number or id)")
    letter.add_argument("ref")
    _out(letter)
    letter.add_argument("--preprinted", action="store_true", default=None,
                        help="only the fields, for pre-printed letterhead paper")  # fmt: skip
    letter.set_defaults(func=cmd_letter)

    register = ps.add_parser("register", help="the register book (دفتر اندیکاتور) for a period")
    register.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                          help="first day, Jalali (1403/01/01)")  # fmt: skip
    register.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                          help="last day, Jalali")  # fmt: skip
    register.add_argument("--kind", choices=[k.value for k in LetterKind], default=None)
    _out(register)
    register.set_defaults(func=cmd_register)

    receipt = ps.add_parser("receipt", help="the receipt slip of an incoming letter")
    receipt.add_argument("ref")
    receipt.add_argument("--size", choices=RECEIPT_SIZES, default=None)
    _out(receipt)
    receipt.set_defaults(func=cmd_receipt)

    envelope = ps.add_parser("envelope", help="envelopes for a letter's recipients")
    envelope.add_argument("ref")
    envelope.add_argument("--size", choices=ENVELOPE_SIZES, default=None)
    _out(envelope)
    envelope.set_defaults(func=cmd_envelope)

    calibration = ps.add_parser("calibration", help="calibration page for pre-printed paper")
    _out(calibration)
    calibration.set_defaults(func=cmd_calibration)


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def _written(data: bytes, out: Path) -> int:
    printing.save_pdf(data, out)
    info(f"نوشته شد: {out}")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        printing.letter_pdf(ctx, actor, args.ref, args.preprinted), args.out))


def cmd_register(args: argparse.Namespace) -> int:
    date_from = parse_jalali(args.date_from, "date_from")
    date_to = parse_jalali(args.date_to, "date_to")
    return run_signed_in(args, lambda ctx, actor: _written(
        printing.register_pdf(ctx, actor, date_from, date_to, args.kind), args.out))


def cmd_receipt(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        printing.receipt_pdf(ctx, actor, args.ref, args.size), args.out))


def cmd_envelope(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(
        printing.envelope_pdf(ctx, actor, args.ref, args.size), args.out))


def cmd_calibration(args: argparse.Namespace) -> int:
    return run_signed_in(args, lambda ctx, actor: _written(printing.calibration_pdf(ctx), args.out))
