"""verify: is a printed QR code genuine? Offline, with the public key alone.

    secretariat verify PAYLOAD|FILE.pdf|FILE.png [--public-key FILE.pem] [--json]

The code's signature is checked with ``--public-key`` (the PEM that Settings exports) or, when
a data folder with a database is at hand, the key its database records; with a database the
code is also compared with the register (needs no sign-in: only yes or no is said about what
the paper shows). ``--json`` prints ``{"valid", "number", "date", "digest_matches",
"registered", "kind", "cancelled", "status", "in_force", "reason"}`` (all but ``valid``,
``number``, ``date``, ``kind`` and ``reason`` are null when no register was compared; ``date``
of a membership card or certificate is the date it is valid until, ``status`` and ``in_force``
say whether its membership is active today and that date not past).

Exit code 0: a valid code that the register (when compared) holds unchanged and uncancelled;
1 for anything else.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from secretariat.cli.output import info, print_json
from secretariat.cli.session import context_from
from secretariat.kernel import signing
from secretariat.kernel.config import DATABASE_FILE, DATABASE_URL_ENV, LocalSettings
from secretariat.kernel.context import AppContext
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.signed_codes import DocumentKind, Reason
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing import api as printing
from secretariat.printing.api import CodeVerdict

MAX_PAYLOAD = 4096
CARD_KINDS = (DocumentKind.MEMBERSHIP_CARD.value, DocumentKind.CERTIFICATE.value)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = sub.add_parser(
        "verify", help="check a printed QR code (its text, a PDF or a scan), offline",
        description="Check a printed QR code's signature (and the register when a database "
                    "is at hand).")  # fmt: skip
    verify.add_argument("code", metavar="PAYLOAD|FILE",
                        help="the code's text, or a PDF or image (PNG, JPG...) holding it")
    verify.add_argument("--public-key", type=Path, default=None, metavar="FILE.pem",
                        help="the organisation's public key (Settings → export)")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)


def _database_at_hand(args: argparse.Namespace) -> bool:
    """A database named on the command line or in the environment, or one in the data folder
    (verifying never creates a database)."""
    if args.database_url or os.environ.get(DATABASE_URL_ENV):
        return True
    data_dir: Path = args.data_dir
    if not data_dir.is_dir():
        return False
    return (data_dir / DATABASE_FILE).is_file() or bool(LocalSettings.load(data_dir).database_url)


def _payload(argument: str) -> str:
    """The code's text: read from the file ``argument`` names, or ``argument`` itself."""
    path = Path(argument)
    if len(argument) < 1024 and path.is_file():
        codes = printing.codes_in_file(path)
        ours = [c for c in codes if c.strip().upper().startswith(("SMT2:", "SMT1|", "SMT1M|"))]
        return (ours or codes)[0]
    if len(argument) > MAX_PAYLOAD:
        raise ValidationError("code", "too_long", max=MAX_PAYLOAD)
    return argument


def _public_key(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        data = path.read_bytes()[: signing.MAX_KEY_FILE_BYTES + 1]
    except OSError as exc:
        raise ValidationError("public_key", "file_unreadable", detail=exc.strerror or str(exc)
                              ) from exc
    return signing.read_public_key(data, str(path))


def _say_card(verdict: CodeVerdict) -> None:
    """A card's or a certificate's register lines."""
    if not verdict.registered:
        info("عضویتی با این شماره در دفتر نیست.")
        return
    if verdict.digest_matches:
        info("در دفتر ثبت است و واحد، انجمن و نوع عضویت همان است که چاپ شده.")
    else:
        info("در دفتر ثبت است، ولی واحد، انجمن، نوع عضویت یا تاریخ اعتبار آن در دفتر اکنون"
             " چیز دیگری است.")
    info(f"وضعیت عضویت امروز: {verdict.status or '—'}.")
    if verdict.in_force is False:
        info("این برگه امروز اعتبار ندارد (عضویت فعال نیست یا تاریخ اعتبار چاپ‌شده گذشته است).")


def _say(verdict: CodeVerdict) -> None:
    info(verdict.reason.label)
    card = verdict.kind in CARD_KINDS
    if verdict.number is not None:
        kind = DocumentKind.label_of(verdict.kind or "")
        day = "معتبر تا" if card else "مورخ"
        info(f"{kind} شمارهٔ {to_persian_digits(verdict.number)}"
             f" {day} {to_persian_digits(verdict.date or '')}")
    if verdict.registered is None:
        if verdict.valid:
            info("با دفتر سنجیده نشد (پایگاه داده‌ای در دست نیست).")
    elif card:
        _say_card(verdict)
    elif not verdict.registered:
        info("نامه‌ای با این شماره در دفتر نیست.")
    elif verdict.digest_matches:
        info("در دفتر ثبت است و موضوع، طرف‌ها و متن آن همان است که چاپ شده.")
    else:
        info("در دفتر ثبت است، ولی موضوع، طرف‌ها یا متن آن در دفتر اکنون چیز دیگری است.")
    if verdict.cancelled:
        info("این نامه ابطال شده است.")


def cmd_verify(args: argparse.Namespace) -> int:
    payload = _payload(args.code)
    public = _public_key(args.public_key)
    ctx: AppContext | None = context_from(args) if _database_at_hand(args) else None
    try:
        verdict = printing.verify_code(payload, public, ctx)
    finally:
        if ctx is not None:
            ctx.close()
    if args.json:
        print_json({
            "valid": verdict.valid, "number": verdict.number, "date": verdict.date,
            "digest_matches": verdict.digest_matches, "registered": verdict.registered,
            "kind": verdict.kind, "cancelled": verdict.cancelled,
            "status": verdict.status, "in_force": verdict.in_force,
            "reason": verdict.reason.value,
        })  # fmt: skip
    else:
        _say(verdict)
    good = (verdict.valid and verdict.reason == Reason.SIGNED
            and verdict.registered is not False and verdict.digest_matches is not False
            and not verdict.cancelled and verdict.in_force is not False)
    return 0 if good else 1
