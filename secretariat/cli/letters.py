"""letter commands: the register from the command line (same services as the app).

Output with --json is for scripts: dates Jalali with ASCII digits, numbers with
ASCII digits. Without --json it is for people: Persian digits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from secretariat.cli.output import info, print_json
from secretariat.cli.session import run_signed_in
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import (
    KIND_LABELS,
    STATUS_LABELS,
    LetterDetail,
    LetterInput,
    LetterKind,
    LetterQuery,
    LetterSummary,
    ReferralKind,
    Urgency,
    attachment_json,
    detail_json,
    letter_input_from_json,
    referral_json,
    summary_json,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali
from secretariat.kernel.json_input import parse_json, read_limited
from secretariat.kernel.messages import describe
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letter = sub.add_parser("letter", help="register, find and work letters")
    ls = letter.add_subparsers(dest="letter_command", required=True)

    add = ls.add_parser("add", help="register a letter from a JSON object")
    add.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                     help="a file holding one JSON object, or - for standard input")
    add.set_defaults(func=cmd_add)

    get = ls.add_parser("get", help="show one letter (by number or id)")
    get.add_argument("ref")
    get.add_argument("--json", action="store_true")
    get.set_defaults(func=cmd_get)

    lst = ls.add_parser("list", help="list letters, newest first")
    _filters(lst)
    lst.set_defaults(func=cmd_list)

    search = ls.add_parser("search", help="full-text search, newest first")
    search.add_argument("text")
    _filters(search)
    search.set_defaults(func=cmd_search)

    cancel = ls.add_parser("cancel", help="cancel (ابطال) a letter; it stays in the register")
    cancel.add_argument("ref")
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--json", action="store_true")
    cancel.set_defaults(func=cmd_cancel)

    refer = ls.add_parser("refer", help="refer (ارجاع) a letter to users")
    refer.add_argument("ref")
    refer.add_argument("--to", required=True, nargs="+", action="extend", metavar="USER")
    refer.add_argument("--instruction", required=True)
    refer.add_argument("--due", default=None, metavar="DATE", help="Jalali due date")
    refer.add_argument("--type", dest="kind", default=ReferralKind.ACTION.value,
                       choices=[k.value for k in ReferralKind],
                       help="for action (default), for information or for comment")
    refer.add_argument("--priority", default=Urgency.NORMAL.value,
                       choices=[u.value for u in Urgency])
    refer.add_argument("--default-due", action="store_true",
                       help="the house's due date for this type and priority (settings)")
    refer.add_argument("--json", action="store_true")
    refer.set_defaults(func=cmd_refer)

    attach = ls.add_parser("attach", help="attach files to a letter")
    attach.add_argument("ref")
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE")
    attach.add_argument("--json", action="store_true")
    attach.set_defaults(func=cmd_attach)

    sign = ls.add_parser("sign", help="sign an outgoing draft: it gets its number")
    sign.add_argument("ref")
    sign.add_argument("--on", default=None, metavar="DATE", help="Jalali date (default today)")
    sign.add_argument("--json", action="store_true")
    sign.set_defaults(func=cmd_sign)

    status = ls.add_parser("status", help="move a letter to another status")
    status.add_argument("ref")
    status.add_argument("--to", required=True, metavar="STATUS",
                        help="in_progress | closed | archived | registered")
    status.add_argument("--archive-code", default="")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)

    reindex = ls.add_parser("reindex", help="rebuild the search index from the letters (admin;"
                            " after a copy of the tables)")
    reindex.add_argument("--json", action="store_true")
    reindex.set_defaults(func=cmd_reindex)

    inbox = ls.add_parser("inbox", help="your referrals (کارتابل)")
    inbox.add_argument("--all", action="store_true", help="closed referrals too")
    inbox.add_argument("--json", action="store_true")
    inbox.set_defaults(func=cmd_inbox)

    # Excel out and in (the operations feature's; its commands live in its own module).
    from secretariat.cli import letters_excel

    letters_excel.add_parsers(ls, _filters, _query)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", default=None, help="incoming | outgoing | internal")
    p.add_argument("--year", default=None, help="Jalali year, e.g. 1405")
    p.add_argument("--from", dest="date_from", default=None, metavar="DATE", help="Jalali")
    p.add_argument("--to", dest="date_to", default=None, metavar="DATE", help="Jalali")
    p.add_argument("--status", default=None)
    p.add_argument("--urgency", default=None)
    p.add_argument("--classification", default=None)
    p.add_argument("--overdue", action="store_true", default=None)
    p.add_argument("--with-attachments", dest="has_attachments", action="store_true",
                   default=None)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")


# --- helpers -------------------------------------------------------------------------

def _date(text: str | None, field: str) -> Any:
    return parse_jalali(text, field=field) if text else None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = to_ascii_digits(text).strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 4):
        raise ValidationError("year", "invalid_year", value=text)
    return int(value)


def _query(args: argparse.Namespace) -> LetterQuery:
    return LetterQuery(
        kind=args.kind, year=_year(args.year), date_from=_date(args.date_from, "date_from"),
        date_to=_date(args.date_to, "date_to"), status=args.status, urgency=args.urgency,
        classification=args.classification, overdue=args.overdue,
        has_attachments=args.has_attachments,
    )


def _read_json(source: str) -> Any:
    """The JSON object of ``source`` (a file, or - for standard input), its limits checked
    before parsing (kernel.json_input)."""
    try:
        if source == "-":
            raw = read_limited(sys.stdin.buffer)
        else:
            with Path(source).open("rb") as stream:
                raw = read_limited(stream)
    except OSError as exc:
        raise ValidationError("json", "file_unreadable", name=source) from exc
    return parse_json(raw)


def _line(s: LetterSummary) -> str:
    party = s.sender.name if s.sender else (s.recipients[0].name if s.recipients else "")
    mark = " [ابطال]" if s.cancelled else ""
    number = to_persian_digits(s.number) if s.number else "پیش‌نویس"
    return (f"{number}\t{format_jalali(s.registered_on)}\t{KIND_LABELS[s.kind]}\t"
            f"{STATUS_LABELS[s.status]}\t{s.subject}\t{party}{mark}")


def _show(detail: LetterDetail, as_json: bool) -> None:
    if as_json:
        print_json(detail_json(detail))
    else:
        info(_line(detail))


# --- letter commands -----------------------------------------------------------------

def cmd_add(args: argparse.Namespace) -> int:
    data = letter_input_from_json(_read_json(args.json_file))  # refuse bad input before login

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        warnings = _duplicate_warnings(ctx, actor, data)
        detail = letters.register_letter(ctx, actor, data, allow_duplicate=True)
        out = detail_json(detail)
        out["warnings"] = warnings
        print_json(out)
        return 0

    return run_signed_in(args, act)


def _duplicate_warnings(
    ctx: AppContext, actor: CurrentUser, data: LetterInput
) -> list[dict[str, Any]]:
    """Registering the same sender + number + date again is allowed, with a warning."""
    if data.kind != LetterKind.INCOMING or data.sender is None or not data.sender_date:
        return []
    earlier = letters.find_duplicates(ctx, actor, data.sender, data.sender_number,
                                      data.sender_date)
    if not earlier:
        return []
    number = earlier[0].number or str(earlier[0].id)
    message = describe(Conflict("duplicate_letter", number=number))
    sys.stderr.write("هشدار: " + message + "\n")
    return [{"code": "duplicate_letter", "message": message,
             "earlier": [{"id": e.id, "number": e.number} for e in earlier]}]


def cmd_get(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        detail = letters.get_letter_by_ref(ctx, actor, args.ref)
        if args.json:
            print_json(detail_json(detail))
        else:
            _print_detail(detail)
        return 0

    return run_signed_in(args, act)


def _print_detail(d: LetterDetail) -> None:
    info(_line(d))
    if d.cancellation:
        info(f"ابطال: {d.cancellation.reason} ({d.cancellation.by})")
    for label, ref in (("عطف", d.reply_to), ("پیرو", d.follows)):
        if ref is not None:
            info(f"{label}: {to_persian_digits(ref.number or '')} {ref.subject}")
    for ref in d.replies:
        info(f"پاسخ: {to_persian_digits(ref.number or '')} {ref.subject}")
    for a in d.attachments:
        info(f"پیوست: {a.filename}")


def _print_list(rows: list[LetterSummary] | tuple[LetterSummary, ...], as_json: bool,
                total: int | None = None) -> None:
    if as_json:
        print_json([summary_json(r) for r in rows])
        return
    for row in rows:
        info(_line(row))
    if total is not None:
        info(f"{to_persian_digits(str(total))} نامه پیدا شد.")


def cmd_list(args: argparse.Namespace) -> int:
    query = _query(args)

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        _print_list(letters.list_letters(ctx, actor, query, limit=args.limit), args.json)
        return 0

    return run_signed_in(args, act)


def cmd_search(args: argparse.Namespace) -> int:
    query = _query(args)

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        result = letters.search_letters(ctx, actor, args.text, query, limit=args.limit)
        _print_list(result.rows, args.json, None if args.json else result.total)
        return 0

    return run_signed_in(args, act)


def cmd_cancel(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        letter_id = letters.resolve_letter(ctx, actor, args.ref)
        _show(letters.cancel_letter(ctx, actor, letter_id, args.reason), args.json)
        return 0

    return run_signed_in(args, act)


def cmd_reindex(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        count = letters.rebuild_search_index(ctx, actor)
        if args.json:
            print_json({"letters": count})
        else:
            info(f"نمایهٔ جست‌وجوی {to_persian_digits(str(count))} نامه از نو ساخته شد.")
        return 0

    return run_signed_in(args, act)


def cmd_refer(args: argparse.Namespace) -> int:
    due = _date(args.due, "due_on")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        letter_id = letters.resolve_letter(ctx, actor, args.ref)
        when = due
        if when is None and args.default_due:
            when = letters.default_due_on(letters.referral_settings(ctx), args.kind,
                                          args.priority)
        made = letters.refer_letter(ctx, actor, letter_id, args.to, args.instruction, when,
                                    kind=args.kind, priority=args.priority)
        if args.json:
            print_json([referral_json(r) for r in made])
        else:
            for r in made:
                info(f"ارجاع به {r.to_user}: {r.instruction}")
        return 0

    return run_signed_in(args, act)


def cmd_attach(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        letter_id = letters.resolve_letter(ctx, actor, args.ref)
        added = letters.attach_files(ctx, actor, letter_id, args.files)
        if args.json:
            print_json([attachment_json(a) for a in added])
        else:
            for a in added:
                info(f"پیوست شد: {a.filename}")
        return 0

    return run_signed_in(args, act)


def cmd_sign(args: argparse.Namespace) -> int:
    on = _date(args.on, "signed_on")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        letter_id = letters.resolve_letter(ctx, actor, args.ref)
        _show(letters.sign_letter(ctx, actor, letter_id, on), args.json)
        return 0

    return run_signed_in(args, act)


def cmd_status(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        letter_id = letters.resolve_letter(ctx, actor, args.ref)
        detail = letters.change_status(ctx, actor, letter_id, args.to, args.archive_code)
        _show(detail, args.json)
        return 0

    return run_signed_in(args, act)


def cmd_inbox(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        items = letters.inbox(ctx, actor, include_closed=args.all)
        if args.json:
            print_json([
                {"referral": referral_json(i.referral), "letter": summary_json(i.letter),
                 "unread": i.unread, "overdue": i.overdue}
                for i in items
            ])
        else:
            for i in items:
                flags = ("● " if i.unread else "") + ("دیرکرد " if i.overdue else "")
                info(f"{flags}{_line(i.letter)}\t{i.referral.instruction}")
        return 0

    return run_signed_in(args, act)
