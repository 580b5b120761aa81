"""association, unit, membership-type and member commands (the same services as the app).

    secretariat association add --json FILE|-      secretariat association list --json
    secretariat unit add --json FILE|-             secretariat unit get ID --json
    secretariat unit list [--search TEXT] --json
    secretariat membership-type add --json FILE|-
    secretariat member join --unit ID --association CODE --type NAME --on DATE
    secretariat member pay MEMBERSHIP --amount RIALS --on DATE [--method M] [--ref R]
    secretariat member reverse-payment RECEIPT --reason T
    secretariat member renew MEMBERSHIP [--on DATE]
    secretariat member suspend|terminate MEMBERSHIP --reason T [--on DATE]
    secretariat member resume MEMBERSHIP [--on DATE]
    secretariat member get MEMBERSHIP --json
    secretariat member list [--association CODE] [--status S] [--expiring-within DAYS]
                            [--arrears] --json
    secretariat member verify CODE [--json]       a scanned card's QR text against the register

JSON is for scripts: dates Jalali with ASCII digits, amounts whole rials. A refused command
writes nothing and consumes no number (exit 1, the reason in Persian on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from secretariat.cli.output import info, print_json
from secretariat.cli.session import run_signed_in
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali
from secretariat.kernel.messages import describe
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership import api as membership
from secretariat.membership.api import (
    AssociationInfo,
    AssociationInput,
    MemberQuery,
    MembershipDetail,
    MembershipRow,
    PaymentInfo,
    PaymentInput,
    PeriodInfo,
    RepresentativeInput,
    Status,
    TypeInput,
    UnitInfo,
    UnitInput,
)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    association = sub.add_parser("association", help="associations of industry (انجمن‌ها)")
    asub = association.add_subparsers(dest="association_command", required=True)
    _json_input(asub.add_parser("add", help="add an association from a JSON object"),
                cmd_association_add)
    alist = asub.add_parser("list", help="every association")
    alist.add_argument("--json", action="store_true")
    alist.set_defaults(func=cmd_association_list)

    unit = sub.add_parser("unit", help="member units (واحدهای عضو)")
    usub = unit.add_subparsers(dest="unit_command", required=True)
    _json_input(usub.add_parser("add", help="add a member unit from a JSON object"),
                cmd_unit_add)
    uget = usub.add_parser("get", help="a unit with its memberships")
    uget.add_argument("id")
    uget.add_argument("--json", action="store_true")
    uget.set_defaults(func=cmd_unit_get)
    ulist = usub.add_parser("list", help="units, newest first")
    ulist.add_argument("--search", default="")
    ulist.add_argument("--limit", type=int, default=100)
    ulist.add_argument("--json", action="store_true")
    ulist.set_defaults(func=cmd_unit_list)

    mtype = sub.add_parser("membership-type", help="membership types of an association")
    tsub = mtype.add_subparsers(dest="type_command", required=True)
    _json_input(tsub.add_parser("add", help="add a membership type from a JSON object"),
                cmd_type_add)

    member = sub.add_parser("member", help="memberships: join, pay, renew, suspend, list")
    msub = member.add_subparsers(dest="member_command", required=True)
    join = msub.add_parser("join", help="a unit joins an association")
    join.add_argument("--unit", required=True, metavar="ID")
    join.add_argument("--association", required=True, metavar="CODE")
    join.add_argument("--type", required=True, metavar="NAME")
    join.add_argument("--on", required=True, metavar="DATE", help="Jalali date")
    _quiet_json(join, cmd_join)

    pay = msub.add_parser("pay", help="record a payment (oldest unpaid period first)")
    pay.add_argument("membership", metavar="MEMBERSHIP", help="membership number or id")
    pay.add_argument("--amount", required=True, type=int, metavar="RIALS")
    pay.add_argument("--on", required=True, metavar="DATE")
    pay.add_argument("--method", choices=[m.value for m in membership.PaymentMethod],
                     default="slip")
    pay.add_argument("--ref", default="", metavar="R", help="bank reference")
    _quiet_json(pay, cmd_pay)

    reverse = msub.add_parser("reverse-payment", help="reverse a payment (it stays, marked)")
    reverse.add_argument("receipt", metavar="RECEIPT", help="receipt number or id")
    reverse.add_argument("--reason", required=True)
    _quiet_json(reverse, cmd_reverse)

    renew = msub.add_parser("renew", help="the next period (from the day after the last)")
    renew.add_argument("membership", metavar="MEMBERSHIP")
    renew.add_argument("--on", default=None, metavar="DATE")
    _quiet_json(renew, cmd_renew)

    for name, text in (("suspend", "suspend (a board decision)"),
                       ("terminate", "end a membership (a board decision)")):
        decision = msub.add_parser(name, help=text)
        decision.add_argument("membership", metavar="MEMBERSHIP")
        decision.add_argument("--reason", required=True)
        decision.add_argument("--on", default=None, metavar="DATE")
        _quiet_json(decision, cmd_decide, decision=name)
    resume = msub.add_parser("resume", help="end a suspension")
    resume.add_argument("membership", metavar="MEMBERSHIP")
    resume.add_argument("--on", default=None, metavar="DATE")
    _quiet_json(resume, cmd_decide, decision="resume", reason="")

    get = msub.add_parser("get", help="a membership with its periods and payments")
    get.add_argument("membership", metavar="MEMBERSHIP")
    get.add_argument("--json", action="store_true")
    get.set_defaults(func=cmd_get)

    mlist = msub.add_parser("list", help="memberships (status computed today)")
    mlist.add_argument("--association", default=None, metavar="CODE")
    mlist.add_argument("--status", choices=[s.value for s in Status], default=None)
    mlist.add_argument("--expiring-within", type=int, default=None, metavar="DAYS")
    mlist.add_argument("--arrears", action="store_true")
    mlist.add_argument("--search", default="")
    mlist.add_argument("--limit", type=int, default=1000)
    mlist.add_argument("--json", action="store_true")
    mlist.set_defaults(func=cmd_list)

    verify = msub.add_parser("verify", help="check a card's QR text against the register")
    verify.add_argument("code")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)


def _json_input(parser: argparse.ArgumentParser, func: Callable[[argparse.Namespace], int]
                ) -> None:
    parser.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                        help="a file holding one JSON object, or - for standard input")
    parser.set_defaults(func=func)


def _quiet_json(parser: argparse.ArgumentParser, func: Callable[[argparse.Namespace], int],
                **defaults: object) -> None:
    """These commands always print their result as JSON (``--json`` is accepted too)."""
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=func, **defaults)


# --- JSON in and out ------------------------------------------------------------------------

def read_object(source: str, allowed: set[str]) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("json", "invalid_json", detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise ValidationError("json", "invalid_json", detail="not an object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValidationError("json", "invalid_json", detail="unknown keys: " + ", ".join(unknown))
    return data


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ValidationError(key, "invalid_value")
    return str(value)


def _day(value: date | None) -> str | None:
    return format_jalali(value, persian=False) if value is not None else None


def association_json(a: AssociationInfo) -> dict[str, Any]:
    return {"id": a.id, "code": a.code, "name": a.name, "legal_id": a.legal_id,
            "registration_no": a.registration_no, "chair": a.chair, "secretary": a.secretary,
            "phone": a.phone, "address": a.address, "active": a.active, "members": a.members}


def unit_json(u: UnitInfo) -> dict[str, Any]:
    rep = u.representative
    return {"id": u.id, "contact_id": u.contact_id, "name": u.name, "person": u.person,
            "national_id": u.national_id, "economic_code": u.economic_code,
            "registration_no": u.registration_no, "registration_office": u.registration_office,
            "registration_date": _day(u.registration_date), "isic": u.isic,
            "industrial_park": u.industrial_park, "postal_code": u.postal_code,
            "mobile": u.mobile, "phone": u.phone, "address": u.address, "website": u.website,
            "representative": {"name": rep.name, "national_id": rep.national_id,
                               "mobile": rep.mobile, "post": rep.post}}


def period_json(p: PeriodInfo) -> dict[str, Any]:
    return {"id": p.id, "seq": p.seq, "start": _day(p.start), "end": _day(p.end), "due": p.due,
            "paid": p.paid}


def payment_json(p: PaymentInfo) -> dict[str, Any]:
    return {"id": p.id, "receipt": p.receipt, "amount": p.amount, "paid_on": _day(p.paid_on),
            "method": p.method, "reference": p.reference, "reversed": p.reversed,
            "reversal_reason": p.reversal_reason,
            "applied": [{"period": a.period_seq, "start": _day(a.start), "end": _day(a.end),
                         "amount": a.amount} for a in p.allocations]}


def row_json(r: MembershipRow) -> dict[str, Any]:
    return {"id": r.id, "number": r.number, "association": r.association_code,
            "unit": {"id": r.unit_id, "name": r.unit_name, "national_id": r.national_id},
            "type": r.type_name, "joined_on": _day(r.joined_on), "status": r.status,
            "valid_until": _day(r.valid_until), "arrears": r.arrears}


def detail_json(m: MembershipDetail) -> dict[str, Any]:
    return {"id": m.id, "number": m.number,
            "unit": {"id": m.unit.id, "name": m.unit.name, "national_id": m.unit.national_id},
            "association": {"id": m.association.id, "code": m.association.code,
                            "name": m.association.name},
            "type": m.type.name, "status": m.status, "joined_on": _day(m.joined_on),
            "valid_until": _day(m.valid_until), "periods": [period_json(p) for p in m.periods],
            "arrears": m.arrears, "payments": [payment_json(p) for p in m.payments],
            "decisions": [{"kind": d.kind, "on": _day(d.on), "reason": d.reason}
                          for d in m.decisions]}


def _date(text: str | None, field: str = "on") -> date | None:
    return parse_jalali(text, field) if text else None


def _signed_in(action: Callable[[AppContext, CurrentUser], Any]
               ) -> Callable[[argparse.Namespace], int]:
    """A command whose action returns what to print as JSON."""
    def run(args: argparse.Namespace) -> int:
        return run_signed_in(args, lambda ctx, actor: _printed(action(ctx, actor)))
    return run


def _printed(value: Any) -> int:
    print_json(value)
    return 0


# --- associations, types, units ------------------------------------------------------------

ASSOCIATION_KEYS = {"code", "name", "legal_id", "registration_no", "chair", "secretary",
                    "phone", "address"}


def cmd_association_add(args: argparse.Namespace) -> int:
    data = read_object(args.json_file, ASSOCIATION_KEYS)
    given = AssociationInput(**{k: _text(data, k) for k in ASSOCIATION_KEYS})

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        saved = membership.add_association(ctx, actor, given)
        return {"id": saved.id, "code": saved.code, "name": saved.name}

    return _signed_in(act)(args)


def cmd_association_list(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        found = membership.list_associations(ctx, actor)
        if args.json:
            print_json([association_json(a) for a in found])
        for a in found if not args.json else ():
            info(f"{a.code}\t{a.name}\t{to_persian_digits(str(a.members))} عضو")
        return 0

    return run_signed_in(args, act)


TYPE_KEYS = {"association", "name", "entry_fee", "yearly_fee", "renewal_fee", "vote", "period",
             "grace_days"}


def cmd_type_add(args: argparse.Namespace) -> int:
    data = read_object(args.json_file, TYPE_KEYS)
    vote = data.get("vote", False)
    if not isinstance(vote, bool):
        raise ValidationError("vote", "invalid_value")
    given = TypeInput(
        association=_text(data, "association"), name=_text(data, "name"),
        entry_fee=data.get("entry_fee", 0), yearly_fee=data.get("yearly_fee", 0),
        renewal_fee=data.get("renewal_fee"), vote=vote,
        period=_text(data, "period") or "jalali_year", grace_days=data.get("grace_days", 30))

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        t = membership.add_type(ctx, actor, given)
        return {"id": t.id, "association": t.association_code, "name": t.name,
                "entry_fee": t.entry_fee, "yearly_fee": t.yearly_fee,
                "renewal_fee": t.renewal_fee, "vote": t.vote, "period": t.period_text,
                "grace_days": t.grace_days}

    return _signed_in(act)(args)


UNIT_KEYS = {"name", "person", "national_id", "economic_code", "registration_no",
             "registration_office", "registration_date", "isic", "industrial_park",
             "postal_code", "mobile", "phone", "address", "website", "representative"}
REPRESENTATIVE_KEYS = {"name", "national_id", "mobile", "post"}


def unit_input_from_json(data: dict[str, Any]) -> UnitInput:
    rep = data.get("representative") or {}
    if not isinstance(rep, dict) or set(rep) - REPRESENTATIVE_KEYS:
        raise ValidationError("representative", "invalid_value")
    plain = {k: _text(data, k) for k in UNIT_KEYS - {"representative", "registration_date"}}
    return UnitInput(
        **plain, registration_date=_date(_text(data, "registration_date"), "registration_date"),
        representative=RepresentativeInput(**{k: _text(rep, k) for k in REPRESENTATIVE_KEYS}))


def cmd_unit_add(args: argparse.Namespace) -> int:
    given = unit_input_from_json(read_object(args.json_file, UNIT_KEYS))

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        saved = membership.add_unit(ctx, actor, given)
        for code in saved.warnings:
            sys.stderr.write("هشدار: " + describe(ValidationError("postal_code", code)) + "\n")
        return {"id": saved.unit.id, "name": saved.unit.name,
                "national_id": saved.unit.national_id, "warnings": list(saved.warnings)}

    return _signed_in(act)(args)


def cmd_unit_get(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        found = membership.get_unit(ctx, actor, _id(args.id, "unit"))
        if args.json:
            out = unit_json(found.unit)
            out["memberships"] = [row_json(r) for r in found.memberships]
            out["documents"] = [{"id": d.id, "kind": d.kind, "filename": d.filename,
                                 "size": d.size} for d in found.documents]
            print_json(out)
        else:
            info(f"{found.unit.name} — {to_persian_digits(found.unit.national_id)}")
            for r in found.memberships:
                info(f"  {r.number}\t{r.association_name}\t{Status.label_of(r.status)}")
        return 0

    return run_signed_in(args, act)


def _id(text: str, field: str) -> int:
    value = text.strip()
    if not value.isdigit():
        raise ValidationError(field, "unit_not_found", ref=text)
    return int(value)


def cmd_unit_list(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        found = membership.list_units(ctx, actor, args.search, args.limit)
        if args.json:
            print_json([unit_json(u) for u in found])
        for u in found if not args.json else ():
            info(f"{to_persian_digits(str(u.id))}\t{u.name}\t{to_persian_digits(u.national_id)}")
        return 0

    return run_signed_in(args, act)


# --- memberships ------------------------------------------------------------------------------

def cmd_join(args: argparse.Namespace) -> int:
    on = parse_jalali(args.on, "on")

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        m = membership.join(ctx, actor, args.unit, args.association, args.type, on)
        return {"id": m.id, "number": m.number, "status": m.status,
                "periods": [period_json(p) for p in m.periods]}

    return _signed_in(act)(args)


def cmd_pay(args: argparse.Namespace) -> int:
    paid_on = parse_jalali(args.on, "paid_on")
    given = PaymentInput(amount=args.amount, paid_on=paid_on, method=args.method,
                         reference=args.ref)

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        result = membership.record_payment(ctx, actor, args.membership, given)
        shown = payment_json(result.payment)
        return {"receipt": result.payment.receipt, "applied": shown["applied"],
                "arrears": result.arrears, "status": result.status}

    return _signed_in(act)(args)


def cmd_reverse(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        result = membership.reverse_payment(ctx, actor, args.receipt, args.reason)
        return {"receipt": result.payment.receipt, "reversed": True,
                "arrears": result.arrears, "status": result.status}

    return _signed_in(act)(args)


def cmd_renew(args: argparse.Namespace) -> int:
    on = _date(args.on)
    return _signed_in(lambda ctx, actor: period_json(
        membership.renew(ctx, actor, args.membership, on)))(args)


def cmd_decide(args: argparse.Namespace) -> int:
    on = _date(args.on)

    def act(ctx: AppContext, actor: CurrentUser) -> dict[str, Any]:
        m = membership.decide(ctx, actor, args.membership, args.decision, args.reason, on)
        return {"id": m.id, "number": m.number, "status": m.status}

    return _signed_in(act)(args)


def cmd_get(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        m = membership.get_membership(ctx, actor, args.membership)
        if args.json:
            print_json(detail_json(m))
            return 0
        info(f"{m.number} — {m.unit.name} — {m.association.name} — {Status.label_of(m.status)}")
        for p in m.periods:
            info(f"  {format_jalali(p.start)} تا {format_jalali(p.end)}: "
                 f"{membership.grouped(p.due)} / {membership.grouped(p.paid)}")
        return 0

    return run_signed_in(args, act)


def cmd_list(args: argparse.Namespace) -> int:
    query = MemberQuery(association=args.association, status=args.status,
                        expiring_within=args.expiring_within, arrears=args.arrears,
                        search=args.search, limit=max(1, min(args.limit, 1000)))

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        page = membership.list_memberships(ctx, actor, query)
        if args.json:
            print_json([row_json(r) for r in page.rows])
        for r in page.rows if not args.json else ():
            info(f"{r.number}\t{r.unit_name}\t{Status.label_of(r.status)}")
        return 0

    return run_signed_in(args, act)


def cmd_verify(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        found = membership.verify_card(ctx, actor, args.code)
        if args.json:
            print_json({"number": found.number, "matches": found.matches,
                        "status": found.status, "valid_until": _day(found.valid_until),
                        "unit": found.unit_name, "association": found.association_name})
        elif found.matches:
            info(f"عضویت {found.number} با دفتر می‌خواند؛ وضعیت امروز: "
                 f"{Status.label_of(found.status)}.")
        else:
            info(f"عضویت {found.number} در دفتر هست، ولی کارت با آن نمی‌خواند.")
        return 0 if found.matches else 1

    return run_signed_in(args, act)
