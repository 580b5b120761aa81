"""init, user, check, self-test and audit commands."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from secretariat.cli.output import ProgressLine, error, info, print_json
from secretariat.cli.session import (
    context_from,
    read_new_password,
    read_stdin_password,
    sign_in,
)
from secretariat.kernel import accounts, audit_log, key_transfer, messages, setup
from secretariat.kernel.errors import Conflict, SecretariatError, ValidationError
from secretariat.kernel.integrity import problem_details, run_check
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.messages import describe_problem
from secretariat.kernel.permissions import Clearance, Permission, Role, allows
from secretariat.kernel.selftest import run_self_test
from secretariat.kernel.text.digits import to_persian_digits


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or upgrade the database; create the first admin")
    p.add_argument("--admin", metavar="NAME", help="first administrator's user name")
    p.add_argument("--full-name", default="", help="the administrator's full name")
    p.add_argument("--org-name", default=None, help="organisation name")
    p.add_argument("--secretariat-code", default="1")
    p.add_argument("--logo", type=Path, default=None, help="logo image (PNG/JPG)")
    p.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="manage users (admin only)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--clearance", default="normal", choices=[c.value for c in Clearance])
    add.add_argument("--full-name", default="")
    add.add_argument("--post-title", default="")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the new user's password from the first line of stdin",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_user_add)
    lst = user_sub.add_parser("list", help="list users")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_user_list)
    pw = user_sub.add_parser("reset-password", help="set a new password for a user")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true", required=True)
    pw.set_defaults(func=cmd_user_reset)
    unlock = user_sub.add_parser(
        "unlock", help="let a name locked after too many wrong sign-ins sign in again")
    unlock.add_argument("name")
    unlock.set_defaults(func=cmd_user_unlock)
    st = user_sub.add_parser("set", help="change a user's role, clearance or state")
    st.add_argument("name")
    st.add_argument("--role", choices=[r.value for r in Role])
    st.add_argument("--clearance", choices=[c.value for c in Clearance])
    st.add_argument("--full-name")
    st.add_argument("--post-title")
    st.add_argument("--active", dest="active", action="store_true", default=None)
    st.add_argument("--inactive", dest="active", action="store_false")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_user_set)

    chk = sub.add_parser(
        "check", help="verify database integrity, audit chain, audited state and counters",
        description="Problems are named (with record ids) only to an admin signed in with"
                    " --user; anyone else sees each check's result and its problem count.")
    chk.add_argument("--quick", action="store_true",
                     help="seconds, at any size: SQLite quick_check, the audit chain's tail,"
                          " attachments' sizes")
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(func=cmd_check)

    sub.add_parser("self-test", help="check this installation on throwaway data").set_defaults(
        func=cmd_self_test
    )

    aud = sub.add_parser("audit", help="read the audit log")
    aud.add_argument("--limit", type=int, default=50)
    aud.add_argument("--entity")
    aud.add_argument("--actor")
    aud.add_argument("--json", action="store_true")
    aud.set_defaults(func=cmd_audit)


def _user_json(u: accounts.UserInfo) -> dict[str, object]:
    return {
        "id": u.id,
        "name": u.username,
        "full_name": u.full_name,
        "post_title": u.post_title,
        "role": u.role,
        "clearance": u.clearance,
        "active": u.active,
        # Locked after too many wrong passwords until then (UTC, ISO 8601); null: not locked.
        "locked_until": u.locked_until.isoformat() if u.locked_until else None,
    }


def cmd_init(args: argparse.Namespace) -> int:
    ctx = context_from(args, create=True)  # creates or upgrades
    try:
        initialized = setup.is_initialized(ctx)
        if args.admin is None:
            state = "آماده است" if initialized else "آماده است؛ مدیر سامانه هنوز ساخته نشده"
            info(f"پایگاه داده {ctx.database_label} {state}.")
            return 0
        if initialized:
            raise Conflict("already_initialized")
        password = read_new_password("گذرواژهٔ مدیر سامانه: ")
        accounts.check_password(password, "password", args.admin, args.full_name or "")
        kwargs = {"org_name": args.org_name} if args.org_name else {}
        setup.initialize(
            ctx,
            args.admin,
            password,
            args.full_name,
            secretariat_code=args.secretariat_code,
            logo=args.logo,
            **kwargs,
        )
        info(f"پایگاه داده {ctx.database_label} راه‌اندازی شد؛ مدیر سامانه: {args.admin}")
        info(f"کلید امنیتی این پایگاه داده در «{key_transfer.key_status(ctx).file}» است؛"
             " رایانه‌های دیگرِ همین پایگاه داده آن را با «secretariat keys import» می‌گیرند.")
        return 0
    finally:
        ctx.close()


def cmd_user_add(args: argparse.Namespace) -> int:
    new_password = read_stdin_password()
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        user = accounts.add_user(
            ctx,
            actor,
            args.name,
            new_password,
            args.role,
            args.clearance,
            args.full_name,
            args.post_title,
        )
        if args.json:
            print_json(_user_json(user))
        else:
            info(f"کاربر {user.username} افزوده شد.")
        return 0
    finally:
        ctx.close()


def cmd_user_list(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        users = accounts.list_users(ctx, actor)
        if args.json:
            print_json([_user_json(u) for u in users])
        else:
            for u in users:
                state = "" if u.active else " (غیرفعال)"
                if u.locked_until is not None:
                    state += f" (قفل تا {format_jalali_datetime(u.locked_until)})"
                info(f"{u.username}\t{u.role}\t{u.clearance}\t{u.full_name}{state}")
        return 0
    finally:
        ctx.close()


def cmd_user_reset(args: argparse.Namespace) -> int:
    new_password = read_stdin_password()
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        accounts.reset_password(ctx, actor, args.name, new_password)
        info(f"گذرواژهٔ {args.name} تغییر کرد.")
        return 0
    finally:
        ctx.close()


def cmd_user_unlock(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        if accounts.unlock_user(ctx, actor, args.name):
            info(f"ورود با نام {args.name} دوباره باز شد.")
        else:
            info(f"ورود با نام {args.name} بسته نبود.")
        return 0
    finally:
        ctx.close()


def cmd_user_set(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        user = accounts.update_user(
            ctx,
            actor,
            args.name,
            full_name=args.full_name,
            post_title=args.post_title,
            role=args.role,
            clearance=args.clearance,
            active=args.active,
        )
        if args.json:
            print_json(_user_json(user))
        else:
            info(f"کاربر {user.username} به‌روز شد.")
        return 0
    finally:
        ctx.close()


def cmd_check(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        # Record ids only for an admin: a problem's details say which letters exist.
        details = allows(actor, Permission.CHECK_DETAILS)
        line = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
        report = run_check(ctx, actor, quick=args.quick, progress=line)
        if line is not None:
            line.clear()
        problems = problem_details(report, actor) if details else []
    finally:
        ctx.close()
    summary = {name: {"ok": not report.counts.get(name), "problems": report.counts.get(name, 0)}
               for name in report.checks}
    if args.json:
        out: dict[str, object] = {
            "ok": report.ok, "quick": report.quick, "checks": report.checks,
            "check_features": report.features, "summary": summary, "details": details,
            "warnings": [{"code": w.code, "params": w.params,
                          "message": describe_problem(w.code, w.params)}
                         for w in report.warnings]}
        if details:
            out["problems"] = [
                {"code": p.code, "params": p.params, "message": describe_problem(p.code, p.params)}
                for p in problems]
        else:
            out["problem_counts"] = dict(Counter(p.code for p in report.problems))
        print_json(out)
    else:
        for name in report.checks:
            count = summary[name]["problems"]
            state = "درست" if not count else f"{to_persian_digits(str(count))} مشکل"
            info(f"بررسی شد: {name} — {state}")
        for w in report.warnings:
            info(f"هشدار: {describe_problem(w.code, w.params)}")
        if details:
            for p in problems:
                error(describe_problem(p.code, p.params))
        if report.ok:
            info("همه چیز درست است.")
        else:
            total = to_persian_digits(str(len(report.problems)))
            info(f"{total} مشکل پیدا شد." if details else
                 f"{total} مشکل پیدا شد؛ جزئیات را مدیر سامانه می‌بیند.")
    return 0 if report.ok else 1


def cmd_self_test(args: argparse.Namespace) -> int:
    failed = 0
    for result in run_self_test():
        mark = "OK  " if result.ok else "FAIL"
        info(f"[{mark}] {result.name}: {result.detail.splitlines()[0] if result.detail else ''}")
        if not result.ok:
            failed += 1
            error(result.detail)
    info("self-test: all checks passed" if not failed else f"self-test: {failed} check(s) failed")
    return 0 if not failed else 1


def cmd_audit(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        actor = sign_in(ctx, args)
        rows, total = audit_log.read_audit(
            ctx,
            actor,
            audit_log.AuditQuery(actor=args.actor, entity=args.entity),
            limit=args.limit,
        )
    finally:
        ctx.close()
    if args.json:
        print_json({"total": total, "entries": rows})
    else:
        for r in rows:
            info(f"{format_jalali_datetime(r.at)}\t{r.actor}\t{r.action}\t{r.entity} {r.entity_id}")
    return 0


def report_error(exc: SecretariatError) -> None:
    error(messages.describe(exc))


__all__ = ["ValidationError", "add_parsers", "report_error"]
