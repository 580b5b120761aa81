"""init, user, check, self-test and audit commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from secretariat.cli.output import error, info, print_json
from secretariat.cli.session import context_from, read_password, read_stdin_password, sign_in
from secretariat.kernel import accounts, audit_log, key_transfer, messages, setup
from secretariat.kernel.errors import Conflict, SecretariatError, ValidationError
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.messages import describe_problem
from secretariat.kernel.permissions import Clearance, Role
from secretariat.kernel.selftest import run_self_test


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

    chk = sub.add_parser("check", help="verify database integrity, audit chain and audited state")
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
    }


def cmd_init(args: argparse.Namespace) -> int:
    ctx = context_from(args)  # creates or upgrades
    try:
        initialized = setup.is_initialized(ctx)
        if args.admin is None:
            state = "آماده است" if initialized else "آماده است؛ مدیر سامانه هنوز ساخته نشده"
            info(f"پایگاه داده {ctx.database_label} {state}.")
            return 0
        if initialized:
            raise Conflict("already_initialized")
        password = read_password("گذرواژهٔ مدیر سامانه: ")
        accounts.check_password(password)
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
        report = run_check(ctx, sign_in(ctx, args))
    finally:
        ctx.close()
    problems = [
        {"code": p.code, "params": p.params, "message": describe_problem(p.code, p.params)}
        for p in report.problems
    ]
    if args.json:
        print_json({"ok": report.ok, "checks": report.checks, "problems": problems,
                    "check_features": report.features})
    else:
        for name in report.checks:
            info(f"بررسی شد: {name}")
        for p in problems:
            error(str(p["message"]))
        info("همه چیز درست است." if report.ok else f"{len(problems)} مشکل پیدا شد.")
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
