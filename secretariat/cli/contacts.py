"""contact commands: the address book from the command line (same services as the app)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from secretariat.cli.output import info, print_json
from secretariat.cli.session import run_signed_in
from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInfo, ContactInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.messages import describe
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contact = sub.add_parser("contact", help="contacts: organisations and persons")
    cs = contact.add_subparsers(dest="contact_command", required=True)
    cadd = cs.add_parser("add", help="add a contact")
    cadd.add_argument("name")
    cadd.add_argument("--kind", default="organisation", help="organisation | person")
    cadd.add_argument("--post-title", default="")
    cadd.add_argument("--organisation", default=None, metavar="NAME_OR_ID",
                      help="a person's organisation (an existing contact)")
    for option in ("phone", "mobile", "postal-code", "national-id", "legal-id", "email",
                   "address", "note"):
        cadd.add_argument(f"--{option}", default="")
    cadd.add_argument("--allow-duplicate", action="store_true",
                      help="add even if a contact with the same name exists")
    cadd.add_argument("--json", action="store_true")
    cadd.set_defaults(func=cmd_contact_add)
    clist = cs.add_parser("list", help="list contacts (optionally whose names start so)")
    clist.add_argument("text", nargs="?", default="")
    clist.add_argument("--kind", default=None)
    clist.add_argument("--limit", type=int, default=100)
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(func=cmd_contact_list)


# --- contact commands ----------------------------------------------------------------

def _contact_json(c: ContactInfo) -> dict[str, Any]:
    return {
        "id": c.id, "kind": c.kind, "name": c.name, "post_title": c.post_title,
        "organisation_id": c.organisation_id, "organisation": c.organisation_name,
        "phone": c.phone, "mobile": c.mobile, "postal_code": c.postal_code,
        "national_id": c.national_id, "legal_id": c.legal_id, "email": c.email,
        "address": c.address, "note": c.note, "merged_into_id": c.merged_into_id,
    }


def _organisation_id(ctx: AppContext, actor: CurrentUser, ref: str | None) -> int | None:
    if not ref:
        return None
    text = to_ascii_digits(ref).strip()
    if text.isascii() and text.isdigit():
        return int(text) if len(text) <= 10 else 0  # too long to be an id: «not found»
    found = contacts.find_similar_contacts(ctx, actor, ref)
    if not found:
        raise ValidationError("organisation", "contact_not_found", ref=ref)
    return found[0].id


def cmd_contact_add(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        data = ContactInput(
            name=args.name, kind=args.kind, post_title=args.post_title,
            organisation_id=_organisation_id(ctx, actor, args.organisation),
            phone=args.phone, mobile=args.mobile, postal_code=args.postal_code,
            national_id=args.national_id, legal_id=args.legal_id, email=args.email,
            address=args.address, note=args.note,
        )
        saved = contacts.add_contact(ctx, actor, data, allow_duplicate=args.allow_duplicate)
        for code in saved.warnings:
            sys.stderr.write("هشدار: " + describe(ValidationError("postal_code", code)) + "\n")
        if args.json:
            out = _contact_json(saved.contact)
            out["warnings"] = list(saved.warnings)
            print_json(out)
        else:
            info(f"مخاطب «{saved.contact.name}» افزوده شد "
                 f"(شناسه {to_persian_digits(str(saved.contact.id))}).")
        return 0

    return run_signed_in(args, act)


def cmd_contact_list(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        found = contacts.list_contacts(ctx, actor, args.text, args.kind, args.limit)
        if args.json:
            print_json([_contact_json(c) for c in found])
        else:
            for c in found:
                info(f"{to_persian_digits(str(c.id))}\t{c.display_name}")
        return 0

    return run_signed_in(args, act)

